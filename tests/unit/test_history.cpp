// The change history: journal steps -> HistoryEntry records (io/history.h), and the
// history's trip through export / import.
#include <doctest/doctest.h>

#include <chrono>

#include "io/history.h"
#include "io/import.h"
#include "io/json_codec.h"
#include "io_samples.h"
#include "model/journal.h"

using namespace card;
using namespace card::samples;

namespace {

const Moment kAt = *Moment::Parse("2026-11-27T14:05:00+03:00");
const Moment kLater = *Moment::Parse("2026-11-27T14:10:00+03:00");

// A store with FullStore's records and a journal listening to it.
struct Fixture {
    Store store = FullStore();
    Journal journal;
    double ms = 0;
    Fixture() {
        journal.Attach(store);
    }
    ~Fixture() { journal.Detach(); }
    // Ends the frame (no text field active: the step is sealed at once) and records it.
    std::vector<HistoryEntry> Step(const std::string& author = "e-1", const Moment& at = kAt) {
        journal.EndFrame(0, ms += 10, at);
        std::vector<HistoryEntry> all;
        for (const JournalStep& s : journal.TakeSealed())
            for (HistoryEntry& e : HistoryFromStep(s, store, kLater, author)) all.push_back(std::move(e));
        return all;
    }
};

}  // namespace

TEST_CASE("history: a field edit gives one entry with old and new, author and time") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    const std::string old_inn = c.inn;
    c.inn = "7702345678";
    f.store.clients.Upsert(c);
    const auto entries = f.Step();
    REQUIRE(entries.size() == 1);
    const HistoryEntry& e = entries[0];
    CHECK(e.client_id == "c-1");
    CHECK(e.entity == "client");
    CHECK(e.record_id == "c-1");
    CHECK(e.record == c.name);
    CHECK(e.action == "changed");
    CHECK(e.field == "inn");
    CHECK(e.old_value == old_inn);
    CHECK(e.new_value == "7702345678");
    CHECK(e.author_id == "e-1");
    CHECK(e.author == f.store.employees.Find("e-1")->name);
    CHECK(e.at == kAt);
    CHECK(e.origin == "edit");
    CHECK_FALSE(e.id.empty());
}

TEST_CASE("history: typing into one field in many frames is one entry") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    const std::string old_name = c.name;
    for (const char* typed : {"Р", "Ро", "Роз", "Роза"}) {
        c.name = typed;
        f.store.clients.Upsert(c);
        f.journal.EndFrame(42, f.ms += 100, kAt);  // the same text field active
        CHECK(f.journal.TakeSealed().empty());
    }
    const auto entries = f.Step();  // the field is left
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].field == "name");
    CHECK(entries[0].old_value == old_name);
    CHECK(entries[0].new_value == "Роза");
    CHECK(entries[0].record == "Роза");
}

TEST_CASE("history: no entries for a step that changes nothing") {
    Fixture f;
    f.store.clients.Upsert(*f.store.clients.Find("c-1"));  // the same record again
    CHECK(f.Step().empty());
    // An interaction or an employee is not recorded either.
    Interaction i = *f.store.interactions.Find("i-1");
    i.subject = "Другая тема";
    f.store.interactions.Upsert(i);
    Employee e = *f.store.employees.Find("e-2");
    e.phone = "+7 900 000-00-00";
    f.store.employees.Upsert(e);
    CHECK(f.Step().empty());
    // Only unknown fields changed: nothing the user reads.
    Client c = *f.store.clients.Find("c-1");
    c.extra_json = R"({"x_other":1})";
    f.store.clients.Upsert(c);
    CHECK(f.Step().empty());
}

TEST_CASE("history: adding and removing a contact person, one entry each") {
    Fixture f;
    Contact k;
    k.id = "k-new";
    k.client_id = "c-1";
    k.name = "Смирнова Ольга";
    k.phones = {"+7 495 111-22-33"};
    f.store.contacts.Upsert(k);
    auto entries = f.Step();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entity == "contact");
    CHECK(entries[0].action == "created");
    CHECK(entries[0].record == "Смирнова Ольга");
    CHECK(entries[0].record_id == "k-new");
    CHECK(entries[0].client_id == "c-1");
    CHECK(entries[0].field.empty());

    f.store.contacts.Remove("k-new");
    entries = f.Step();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == "removed");
    CHECK(entries[0].record == "Смирнова Ольга");
    CHECK(entries[0].client_id == "c-1");
}

TEST_CASE("history: a contract's status and amount change, as format values") {
    Fixture f;
    Contract ct = *f.store.contracts.Find("ct-1");
    ct.status = ContractStatus::Suspended;
    ct.amount.minor = 150000050;
    ct.amount.currency = "RUB";
    ct.valid_to = *Date::Parse("2027-12-31");
    f.store.contracts.Upsert(ct);
    const auto entries = f.Step();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].entity == "contract");
    CHECK(entries[0].record == ct.number);
    CHECK(entries[0].field == "valid_to");
    CHECK(entries[0].old_value == "2027-01-31");
    CHECK(entries[0].new_value == "2027-12-31");
    CHECK(entries[1].field == "status");
    CHECK(entries[1].old_value == "active");
    CHECK(entries[1].new_value == "suspended");
    CHECK(entries[2].field == "amount");
    CHECK(entries[2].old_value == "123456.78 EUR");
    CHECK(entries[2].new_value == "1500000.50 RUB");
}

TEST_CASE("history: an interest's state and responsible by name") {
    Fixture f;
    Interest d = *f.store.interests.Find("d-1");
    d.state = InterestState::Won;
    d.responsible_id = "e-2";
    f.store.interests.Upsert(d);
    const auto entries = f.Step();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].field == "responsible_id");
    CHECK(entries[0].old_value == f.store.employees.Find("e-1")->name);
    CHECK(entries[0].new_value == "Сидоров Иван");
    CHECK(entries[1].field == "state");
    CHECK(entries[1].new_value == "won");
}

TEST_CASE("history: list fields read as joined text") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    c.phones = {"+7 495 123-45-67", "8 (800) 555-35-35"};
    c.tags = {"VIP", "ИТС"};
    c.responsibles = {Responsible{"e-2", ResponsibleRole::SalesManager, ""}};
    f.store.clients.Upsert(c);
    const auto entries = f.Step();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].field == "phones");
    CHECK(entries[0].new_value == "+7 495 123-45-67, 8 (800) 555-35-35");
    CHECK(entries[1].field == "tags");
    CHECK(entries[1].new_value == "VIP, ИТС");
    CHECK(entries[2].field == "responsibles");
    CHECK(entries[2].new_value == "Сидоров Иван (sales_manager)");
}

TEST_CASE("history: undo gives a reverting entry, redo another") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    const std::string old_inn = c.inn;
    c.inn = "7702345678";
    f.store.clients.Upsert(c);
    REQUIRE(f.Step().size() == 1);
    REQUIRE(f.journal.Undo(f.store, kLater));
    auto entries = f.Step("e-2", kLater);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].origin == "undo");
    CHECK(entries[0].field == "inn");
    CHECK(entries[0].old_value == "7702345678");
    CHECK(entries[0].new_value == old_inn);
    CHECK(entries[0].author == "Сидоров Иван");
    CHECK(entries[0].at == kLater);
    REQUIRE(f.journal.Redo(f.store, kLater));
    entries = f.Step();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].origin == "redo");
    CHECK(entries[0].new_value == "7702345678");
}

TEST_CASE("history: the author's name is a snapshot; unknown author stays empty") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    c.website = "https://example.ru";
    f.store.clients.Upsert(c);
    auto entries = f.Step("e-2");
    REQUIRE(entries.size() == 1);
    f.store.history.Upsert(entries[0]);
    f.store.employees.Remove("e-2");  // the employee leaves
    const HistoryEntry* kept = f.store.history.Find(entries[0].id);
    REQUIRE(kept);
    CHECK(kept->author == "Сидоров Иван");
    CHECK(kept->author_id == "e-2");

    c.website = "https://example.com";
    f.store.clients.Upsert(c);
    entries = f.Step("");
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].author.empty());
    CHECK(entries[0].author_id.empty());
}

TEST_CASE("history: removing a client is one entry; its history is kept") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    c.inn = "7702345678";
    f.store.clients.Upsert(c);
    f.journal.EndFrame(0, f.ms += 10, kAt);
    CHECK(RecordHistorySteps(f.journal.TakeSealed(), f.store, kAt, "e-1") == 1);
    f.store.RemoveClientCascade("c-1");
    f.journal.EndFrame(0, f.ms += 10, kLater);
    CHECK(RecordHistorySteps(f.journal.TakeSealed(), f.store, kLater, "e-1") == 1);
    const auto hist = ClientHistory(f.store, "c-1");
    REQUIRE(hist.size() == 2);
    CHECK(hist[0]->action == "removed");  // newest first
    CHECK(hist[0]->entity == "client");
    CHECK(hist[0]->record == c.name);
    CHECK(hist[1]->field == "inn");
    // Undoing the removal brings the client back with its records: one "created" entry
    // (origin undo); the old entries stay.
    REQUIRE(f.journal.Undo(f.store, kLater));
    f.journal.EndFrame(0, f.ms += 10, kLater);
    CHECK(RecordHistorySteps(f.journal.TakeSealed(), f.store, kLater, "e-1") == 1);
    CHECK(f.store.clients.Contains("c-1"));
    CHECK(f.store.contacts.Contains("k-1"));
    const auto after_undo = ClientHistory(f.store, "c-1");
    REQUIRE(after_undo.size() == 3);
    CHECK(after_undo[0]->action == "created");
    CHECK(after_undo[0]->entity == "client");
    CHECK(after_undo[0]->origin == "undo");
}

TEST_CASE("history: the history is not journalled") {
    Fixture f;
    f.store.history.Upsert(FullHistoryEntry("h-x", "c-1"));
    f.journal.EndFrame(0, f.ms += 10, kAt);
    CHECK_FALSE(f.journal.CanUndo());
    CHECK(f.journal.TakeSealed().empty());
}

TEST_CASE("history: export / import round trip keeps the entries") {
    Fixture f;
    Client c = *f.store.clients.Find("c-1");
    c.phones = {"+7 495 765-43-21"};
    c.status = ClientStatus::Former;
    f.store.clients.Upsert(c);
    f.journal.EndFrame(0, f.ms += 10, kAt);
    REQUIRE(RecordHistorySteps(f.journal.TakeSealed(), f.store, kAt, "e-1") == 2);
    f.store.history.Upsert(FullHistoryEntry("h-other", "c-2"));

    for (bool whole : {true, false}) {
        INFO(std::string(whole ? "ExportStore" : "ExportClient"));
        const std::string text = whole ? ExportStore(f.store, kAt) : ExportClient(f.store, "c-1", kAt);
        CHECK(text.find("\n  \"history\": [") != std::string::npos);
        Store fresh;
        const ImportResult r = ApplyImport(fresh, text, ImportMode::Replace);
        REQUIRE_MESSAGE(r.ok, r.error);
        CHECK(r.summary.added[static_cast<size_t>(CollectionId::History)] == (whole ? 3u : 2u));
        CHECK(fresh.history.size() == (whole ? 3u : 2u));  // ExportClient: c-1's only
        for (const HistoryEntry& e : f.store.history.All()) {
            const HistoryEntry* back = fresh.history.Find(e.id);
            if (!whole && e.client_id != "c-1") {
                CHECK_FALSE(back);
                continue;
            }
            REQUIRE(back);
            CHECK(RecordsEqual(*back, e));
        }
        // Export again: the same text.
        CHECK((whole ? ExportStore(fresh, kAt) : ExportClient(fresh, "c-1", kAt)) == text);
    }
}

TEST_CASE("history: files without history import; entries may outlive their client") {
    Store s;
    const std::string old_file = R"({"format":"client-card","version":1,"clients":[{"id":"c-1","name":"А"}]})";
    REQUIRE(ApplyImport(s, old_file, ImportMode::Replace).ok);
    CHECK(s.history.empty());
    CHECK(ExportStore(s, kAt).find("history") == std::string::npos);  // written only when some
    const std::string orphan =
        R"({"format":"client-card","version":1,"history":[{"id":"h-1","client_id":"c-gone","at":"2026-11-27T14:05:00+03:00",)"
        R"("entity":"contact","record_id":"k-gone","action":"removed"}]})";
    const ImportResult r = ApplyImport(s, orphan, ImportMode::Merge);
    REQUIRE_MESSAGE(r.ok, r.error);
    REQUIRE(s.history.Find("h-1"));
    CHECK(s.history.Find("h-1")->origin == "edit");
    CHECK(s.history.OwnedBy("c-gone").size() == 1);
}

TEST_CASE("history: bad entries are refused with a message") {
    Store s;
    auto check = [&](const std::string& entry, const std::string& expected) {
        const std::string text = R"({"format":"client-card","version":1,"history":[)" + entry + "]}";
        const ImportResult r = CheckImport(s, text, ImportMode::Merge);
        CHECK_FALSE(r.ok);
        CHECK_MESSAGE(r.error.find(expected) != std::string::npos, r.error);
    };
    check(R"({"id":"h-1","client_id":"c-1","at":"2026-11-27T14:05:00+03:00","entity":"deal","record_id":"x","action":"changed"})",
          R"(history[0] (id "h-1"): field "entity": unknown value "deal" (expected client, contact, contract, interest))");
    check(R"({"id":"h-1","client_id":"c-1","entity":"client","record_id":"x","action":"changed"})",
          R"(field "at": required field is missing)");
    check(R"({"id":"h-1","client_id":"c-1","at":"2026-11-27T14:05:00+03:00","entity":"client","record_id":"x","action":"edited"})",
          R"(field "action": unknown value "edited")");
    check(R"({"id":"h-1","client_id":"c-1","at":"2026-11-27T14:05:00+03:00","entity":"client","record_id":"x","action":"changed","origin":"merge"})",
          R"(field "origin": unknown value "merge")");
    check(R"({"id":"h-1","client_id":"c-1","at":"2026-11-27T14:05:00+03:00","entity":"client","record_id":"x","action":"changed","old":5})",
          R"(field "old": expected a string, got a number)");
}

TEST_CASE("history: 10k entries of one client are found via OwnedBy quickly") {
    Store s;
    for (int c = 0; c < 50; ++c) {
        Client cl;
        cl.id = "c-" + std::to_string(c);
        cl.name = "Клиент " + std::to_string(c);
        s.clients.Upsert(cl);
    }
    HistoryEntry proto = FullHistoryEntry();
    proto.extra_json.clear();
    for (int i = 0; i < 50000; ++i) {
        HistoryEntry e = proto;
        e.id = "h-" + std::to_string(i);
        e.client_id = i % 5 == 0 ? "c-7" : "c-" + std::to_string(i % 50);
        e.at.utc_ms += i * 1000;
        s.history.Upsert(std::move(e));
    }
    const size_t expected = s.history.OwnedBy("c-7").size();
    CHECK(expected >= 10000);
    const auto t0 = std::chrono::steady_clock::now();
    const auto hist = ClientHistory(s, "c-7");
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("history of one client, " << hist.size() << " of 50000 entries, sorted: " << ms << " ms");
    CHECK(hist.size() == expected);
    for (size_t i = 1; i < hist.size(); ++i) CHECK(hist[i - 1]->at.utc_ms >= hist[i]->at.utc_ms);
    CHECK(ms < 200);
}
