// The edit journal (src/model/journal.h) through Journal + Store directly, as App::Frame
// drives it: a frame's changes are one step, typing into one field (one merge key) is one
// step sealed by another key, leaving the field or a pause, a cascade removal is one step,
// Undo / Redo restore the records exactly, a new edit clears Redo, Pause / Clear /
// DropPending, the kMaxUndo cap, and the sealed steps handed to the history.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "io/import.h"
#include "model/journal.h"
#include "model/store.h"

using namespace card;

namespace {

const Moment kAt{};

Client MakeClient(const std::string& id, const std::string& name) {
    Client c;
    c.id = id;
    c.name = name;
    return c;
}

Contact MakeContact(const std::string& id, const std::string& client_id, const std::string& name) {
    Contact k;
    k.id = id;
    k.client_id = client_id;
    k.name = name;
    return k;
}

void Rename(Store& s, const std::string& id, const std::string& name) {
    Client c = *s.clients.Find(id);
    c.name = name;
    s.clients.Upsert(c);
}

std::string NameOf(const Store& s, const std::string& id) {
    const Client* c = s.clients.Find(id);
    return c ? c->name : "<none>";
}

// What the interface's frame does around its edits.
struct Host {
    Store store;
    Journal journal;
    double now_ms = 1000;
    Host() {
        store.clients.Upsert(MakeClient("a", "Альфа"));
        store.clients.Upsert(MakeClient("b", "Бета"));
        store.contacts.Upsert(MakeContact("k1", "a", "Иванов"));
        store.contacts.Upsert(MakeContact("k2", "a", "Петров"));
        journal.Attach(store);
    }
    ~Host() { journal.Detach(); }
    // One frame: DropPending, the edits, EndFrame with the active field's id.
    template <class F>
    void Frame(uint64_t key, F&& edits, double advance_ms = 16) {
        journal.DropPending();
        edits(store);
        now_ms += advance_ms;
        journal.EndFrame(key, now_ms, kAt);
    }
    void Idle(uint64_t key = 0, double advance_ms = 16) {
        journal.DropPending();
        now_ms += advance_ms;
        journal.EndFrame(key, now_ms, kAt);
    }
    // The export with its records sorted (one record per line in the export): Undo of a
    // removal puts the records back at the end of their collections, so the order of the
    // file may differ while every record is exactly the same.
    std::string Export() const {
        const std::string text = ExportStore(store, kAt);
        std::vector<std::string> lines;
        size_t pos = 0;
        while (pos < text.size()) {
            size_t end = text.find('\n', pos);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(pos, end - pos);
            while (!line.empty() && (line.back() == ',' || line.back() == ' ')) line.pop_back();
            lines.push_back(std::move(line));
            pos = end + 1;
        }
        std::sort(lines.begin(), lines.end());
        std::string out;
        for (const std::string& l : lines) out += l + "\n";
        return out;
    }
};

}  // namespace

TEST_CASE("journal: one frame's changes are one step; a record changed twice keeps its first before") {
    Host h;
    h.Frame(0, [](Store& s) {
        Rename(s, "a", "Альфа-1");
        Rename(s, "a", "Альфа-2");
        s.contacts.Remove("k1");
    });
    CHECK(h.journal.UndoDepth() == 1);
    const JournalStep* step = h.journal.PeekUndo();
    REQUIRE(step);
    REQUIRE(step->changes.size() == 2);
    CHECK(step->changes[0].collection == CollectionId::Clients);
    CHECK(std::get<Client>(step->changes[0].before).name == "Альфа");
    CHECK(std::get<Client>(step->changes[0].after).name == "Альфа-2");
    CHECK(std::holds_alternative<std::monostate>(step->changes[1].after));
    CHECK(h.journal.UndoClientId() == "a");

    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(NameOf(h.store, "a") == "Альфа");
    CHECK(h.store.contacts.Contains("k1"));
    CHECK_FALSE(h.journal.CanUndo());

    // A frame without changes makes no step.
    h.Idle();
    CHECK(h.journal.UndoDepth() == 0);
}

TEST_CASE("journal: typing into one field is one step, sealed by another key, leaving it, or a pause") {
    Host h;
    const uint64_t name_field = 101, legal_field = 202;
    for (const char* text : {"А", "Ал", "Алф", "Алфё"})
        h.Frame(name_field, [&](Store& s) { Rename(s, "a", text); });
    h.Idle(name_field);  // the caret blinks: no change, the step stays open
    CHECK(h.journal.UndoDepth() == 1);
    CHECK(std::get<Client>(h.journal.PeekUndo()->changes[0].before).name == "Альфа");
    CHECK(std::get<Client>(h.journal.PeekUndo()->changes[0].after).name == "Алфё");

    // Another field (another key): a new step, the first one sealed.
    h.Frame(legal_field, [](Store& s) {
        Client c = *s.clients.Find("a");
        c.legal_name = "ООО";
        s.clients.Upsert(c);
    });
    CHECK(h.journal.UndoDepth() == 2);

    // Leaving the field (key 0) seals; typing again in the same field is a new step.
    h.Idle(0);
    h.Frame(legal_field, [](Store& s) {
        Client c = *s.clients.Find("a");
        c.legal_name = "ООО «Альфа»";
        s.clients.Upsert(c);
    });
    CHECK(h.journal.UndoDepth() == 3);

    // A pause longer than kIdleSealMs: the next keystroke starts a new step.
    h.Frame(legal_field, [](Store& s) {
        Client c = *s.clients.Find("a");
        c.legal_name = "ООО «Альфа» и К";
        s.clients.Upsert(c);
    }, Journal::kIdleSealMs + 500);
    CHECK(h.journal.UndoDepth() == 4);

    // The same key but another record (the next client's Name field): its own step.
    h.Frame(legal_field, [](Store& s) { Rename(s, "b", "Бета-2"); });
    CHECK(h.journal.UndoDepth() == 5);

    // Undo walks back one step at a time.
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(NameOf(h.store, "b") == "Бета");
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(h.store.clients.Find("a")->legal_name == "ООО «Альфа»");
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(h.store.clients.Find("a")->legal_name == "ООО");
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(h.store.clients.Find("a")->legal_name == "");
    CHECK(NameOf(h.store, "a") == "Алфё");
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(NameOf(h.store, "a") == "Альфа");
    CHECK_FALSE(h.journal.Undo(h.store, kAt));
}

TEST_CASE("journal: a cascade removal is one step; Undo and Redo restore the store exactly") {
    Host h;
    Interaction x;
    x.id = "x1";
    x.client_id = "a";
    x.contact_id = "k1";
    x.subject = "Звонок";
    h.store.interactions.Upsert(x);
    h.journal.DropPending();  // set-up, not an edit
    const std::string before = h.Export();

    h.Frame(0, [](Store& s) { s.RemoveClientCascade("a"); });
    CHECK(h.journal.UndoDepth() == 1);
    CHECK(h.journal.PeekUndo()->changes.size() == 4);  // the client, two contacts, the call
    CHECK_FALSE(h.store.clients.Contains("a"));
    CHECK(h.store.contacts.size() == 0);
    const std::string removed = h.Export();

    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(h.Export() == before);
    REQUIRE(h.journal.Redo(h.store, kAt));
    CHECK(h.Export() == removed);
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(h.Export() == before);
    // Undo / Redo themselves are not journalled as edits.
    CHECK(h.journal.UndoDepth() == 0);
    CHECK(h.journal.RedoDepth() == 1);
    CHECK(h.journal.RedoClientId() == "a");
}

TEST_CASE("journal: a new edit clears Redo") {
    Host h;
    h.Frame(0, [](Store& s) { Rename(s, "a", "Один"); });
    h.Frame(0, [](Store& s) { Rename(s, "a", "Два"); });
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(h.journal.CanRedo());
    h.Frame(0, [](Store& s) { Rename(s, "b", "Три"); });
    CHECK_FALSE(h.journal.CanRedo());
    CHECK_FALSE(h.journal.Redo(h.store, kAt));
    CHECK(NameOf(h.store, "a") == "Один");
    // Undo goes back over the new edit, then the older one.
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(NameOf(h.store, "b") == "Бета");
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(NameOf(h.store, "a") == "Альфа");
}

TEST_CASE("journal: paused changes, DropPending and Clear leave nothing to undo") {
    Host h;
    h.journal.Pause();
    h.journal.Pause();  // pauses nest
    h.Frame(0, [](Store& s) { Rename(s, "a", "Импорт"); });
    h.journal.Resume();
    h.Frame(0, [](Store& s) { Rename(s, "a", "Импорт-2"); });
    CHECK_FALSE(h.journal.CanUndo());
    h.journal.Resume();

    // Changes made outside a frame (set-up, the host) are dropped as the next frame starts.
    Rename(h.store, "b", "Хост");
    h.Idle();
    CHECK_FALSE(h.journal.CanUndo());

    h.Frame(0, [](Store& s) { Rename(s, "a", "Правка"); });
    REQUIRE(h.journal.Undo(h.store, kAt));
    h.Frame(0, [](Store& s) { Rename(s, "b", "Правка"); });
    CHECK(h.journal.CanUndo());
    h.journal.Clear();
    CHECK_FALSE(h.journal.CanUndo());
    CHECK_FALSE(h.journal.CanRedo());
    CHECK(h.journal.TakeSealed().empty());
    CHECK(NameOf(h.store, "b") == "Правка");  // Clear forgets, it does not revert
}

TEST_CASE("journal: at most kMaxUndo steps are kept, the oldest dropped") {
    Host h;
    const int total = static_cast<int>(Journal::kMaxUndo) + 50;
    for (int i = 1; i <= total; ++i) {
        const std::string name = "Имя " + std::to_string(i);
        h.Frame(0, [&](Store& s) { Rename(s, "a", name); });
    }
    CHECK(h.journal.UndoDepth() == Journal::kMaxUndo);
    int undone = 0;
    while (h.journal.Undo(h.store, kAt)) ++undone;
    CHECK(undone == static_cast<int>(Journal::kMaxUndo));
    CHECK(NameOf(h.store, "a") == "Имя 50");  // the first 50 edits can no longer be undone
    CHECK(h.journal.RedoDepth() == Journal::kMaxUndo);
    int redone = 0;
    while (h.journal.Redo(h.store, kAt)) ++redone;
    CHECK(redone == static_cast<int>(Journal::kMaxUndo));
    CHECK(NameOf(h.store, "a") == "Имя " + std::to_string(total));
}

TEST_CASE("journal: a record added and removed again, or written back unchanged, is no step") {
    Host h;
    h.Frame(0, [](Store& s) {
        s.clients.Upsert(MakeClient("tmp", "Временный"));
        s.clients.Remove("tmp");
    });
    CHECK_FALSE(h.journal.CanUndo());

    // Typing a letter and deleting it again: with the codec's comparison, no step.
    h.journal.SetSameRecord([](const AnyRecord& a, const AnyRecord& b) {
        const Client* x = std::get_if<Client>(&a);
        const Client* y = std::get_if<Client>(&b);
        return x && y && x->id == y->id && x->name == y->name && x->legal_name == y->legal_name;
    });
    h.Frame(7, [](Store& s) { Rename(s, "a", "Альфаа"); });
    h.Frame(7, [](Store& s) { Rename(s, "a", "Альфа"); });
    h.Idle(0);
    CHECK_FALSE(h.journal.CanUndo());
}

TEST_CASE("journal: Undo takes the changes of the frame not yet ended; sealed steps carry their origin") {
    Host h;
    h.Frame(0, [](Store& s) { Rename(s, "a", "Первое"); });
    // The open frame: the change is made, EndFrame has not run (Ctrl+Z in the same frame).
    h.journal.DropPending();
    Rename(h.store, "b", "Незаконченное");
    REQUIRE(h.journal.Undo(h.store, kAt));
    CHECK(NameOf(h.store, "b") == "Бета");
    CHECK(NameOf(h.store, "a") == "Первое");
    REQUIRE(h.journal.Redo(h.store, kAt));
    CHECK(NameOf(h.store, "b") == "Незаконченное");

    const std::vector<JournalStep> sealed = h.journal.TakeSealed();
    REQUIRE(sealed.size() == 4);  // edit, edit, undo, redo
    CHECK(sealed[0].origin == StepOrigin::Edit);
    CHECK(sealed[1].origin == StepOrigin::Edit);
    CHECK(sealed[2].origin == StepOrigin::Undo);
    CHECK(std::get<Client>(sealed[2].changes[0].before).name == "Незаконченное");
    CHECK(std::get<Client>(sealed[2].changes[0].after).name == "Бета");
    CHECK(sealed[3].origin == StepOrigin::Redo);
    CHECK(h.journal.TakeSealed().empty());
}
