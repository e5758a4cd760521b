// The client search done a slice at a time (UpdateClientList with a budget, as the list
// does per frame at 100k clients): while a pass is under way the list holds the matches
// found so far in their final order, the next calls complete it, and the result is the
// same as a search in one go, for random queries typed letter by letter with keystrokes
// and edits arriving while a pass is still under way. Nothing runs when nothing changed.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "model/types.h"
#include "ui/client_filter.h"

using namespace card;

namespace {

Moment Noon() { return *Moment::Parse("2026-11-27T12:00:00+03:00"); }

// A budget of 0: one slice (1024 clients) per call, so a pass over the store below takes
// several calls.
constexpr double kOneSlice = 0.0;

const char* kNames[] = {"ООО «Ромашка»", "АО «Техносервис»", "ИП Белов", "ООО «Северная звезда»", "Romashka Trade",
                        "ЗАО «Волков и сыновья»", "ООО «Ёлочка»", "ПАО «Морозко»", "Ёжик и Ко", "СТРОЙМОНТАЖ"};
const char* kPeople[] = {"Белова Наталья Сергеевна", "Волков Игорь Петрович", "Ёлкин Пётр", "Сидорова Анна",
                         "Smith John"};

void Fill(Store& s, int n) {
    s.clients.Reserve(n);
    for (int i = 0; i < n; ++i) {
        Client c;
        c.id = "c" + std::to_string(i);
        c.name = std::string(kNames[i % 10]) + " " + std::to_string(i % 1000);
        if (i % 4 == 0) c.legal_name = "Общество с ограниченной ответственностью «" + std::to_string(i) + "»";
        char inn[16], phone[40];
        std::snprintf(inn, sizeof inn, "77%08d", i * 7919 % 100000000);
        c.inn = inn;
        std::snprintf(phone, sizeof phone, i % 2 ? "+7 (495) %03d-%02d-%02d" : "8 %03d %03d %02d %02d", 100 + i % 50,
                      i % 97, i % 89, i % 7);
        c.phones = {phone};
        if (i % 3 == 0) c.emails = {"mail" + std::to_string(i % 13) + "@firm.example"};
        c.status = static_cast<ClientStatus>(i % 3);
        s.clients.Upsert(std::move(c));
        Contact k;
        k.id = "k" + std::to_string(i);
        k.client_id = "c" + std::to_string(i);
        k.name = kPeople[i % 5];
        s.contacts.Upsert(std::move(k));
    }
}

struct Listed {
    std::vector<uint32_t> visible;
    std::vector<ClientMatch> matches;
};

Listed Fresh(const Store& s, const std::string& query, const ClientQuickFilter& filter, const Moment& now) {
    UiState ui;
    ui.search = query;
    ui.list.filter = filter;
    UpdateClientList(s, ui, now);
    REQUIRE_FALSE(ClientListPending(ui));
    return {ui.list.visible, ui.list.matches};
}

bool Same(const ClientListCache& l, const Listed& want) {
    if (l.visible != want.visible || l.matches.size() != want.matches.size()) return false;
    for (size_t i = 0; i < l.matches.size(); ++i) {
        const ClientMatch &a = l.matches[i], &b = want.matches[i];
        if (a.field != b.field || a.rank != b.rank || a.term != b.term || a.item != b.item) return false;
    }
    return l.two_line_before.size() == l.visible.size() + 1;
}

// The same rows with the same matches, in any order: after NoteClientEdited the edited
// client keeps its place in the name order until the next rebuild (by design, so that a
// row does not jump while its card is edited), where a fresh cache sorts it anew.
bool SameSet(const ClientListCache& l, const Listed& want) {
    auto rows = [](const std::vector<uint32_t>& v, const std::vector<ClientMatch>& m) {
        std::vector<std::tuple<uint32_t, int, int, int, uint32_t>> out;
        for (size_t i = 0; i < v.size() && i < m.size(); ++i)
            out.emplace_back(v[i], static_cast<int>(m[i].field), m[i].rank, m[i].term, m[i].item);
        std::sort(out.begin(), out.end());
        return out;
    };
    return l.visible.size() == want.visible.size() && rows(l.visible, l.matches) == rows(want.visible, want.matches);
}

// The partial list is the final one with the clients not visited yet left out: every row
// of it is in `want`, in the same relative order.
bool InFinalOrder(const ClientListCache& l, const Listed& want) {
    size_t j = 0;
    for (const uint32_t pos : l.visible) {
        while (j < want.visible.size() && want.visible[j] != pos) ++j;
        if (j == want.visible.size()) return false;
        ++j;
    }
    return true;
}

// Completes the pass a slice at a time; how many calls it took.
int Complete(const Store& s, UiState& ui, const Moment& now) {
    int calls = 0;
    while (ClientListPending(ui) && calls < 1000) {
        UpdateClientList(s, ui, now, kOneSlice);
        ++calls;
    }
    return calls;
}

// A random piece of the data to search for: part of a name, a contact, an INN, a phone
// (as written), an e-mail, in a random letter case; sometimes two words.
std::string RandomQuery(const Store& s, std::mt19937& rng) {
    const Client& c = s.clients[rng() % s.clients.size()];
    std::string src;
    switch (rng() % 6) {
        case 0: src = c.name; break;
        case 1: src = kPeople[rng() % 5]; break;
        case 2: src = c.inn; break;
        case 3: src = c.phones.empty() ? "8 495" : c.phones[0]; break;
        case 4: src = c.emails.empty() ? "firm" : c.emails[0]; break;
        default: src = std::string(kNames[rng() % 10]) + " " + kPeople[rng() % 5]; break;
    }
    // Whole code points only.
    std::vector<size_t> starts;
    for (size_t i = 0; i < src.size(); ++i)
        if ((static_cast<unsigned char>(src[i]) & 0xC0) != 0x80) starts.push_back(i);
    starts.push_back(src.size());
    const size_t a = rng() % (starts.size() - 1);
    const size_t b = a + 1 + rng() % std::min<size_t>(starts.size() - 1 - a, 12);
    std::string q = src.substr(starts[a], starts[b] - starts[a]);
    if (rng() % 3 == 0) {  // upper case (ASCII and Cyrillic А-Я, ё -> Ё)
        std::string up;
        for (size_t i = 0; i < q.size(); ++i) {
            const auto ch = static_cast<unsigned char>(q[i]);
            if (ch >= 'a' && ch <= 'z') up += static_cast<char>(ch - 32);
            else if (ch == 0xD0 && i + 1 < q.size() && static_cast<unsigned char>(q[i + 1]) >= 0xB0) {
                up += '\xD0';
                up += static_cast<char>(static_cast<unsigned char>(q[++i]) - 0x20);  // а-п -> А-П
            } else if (ch == 0xD1 && i + 1 < q.size() &&
                       (static_cast<unsigned char>(q[i + 1]) < 0x90 || static_cast<unsigned char>(q[i + 1]) == 0x91)) {
                const auto second = static_cast<unsigned char>(q[++i]);
                if (second == 0x91) up += "\xD0\x81";  // ё -> Ё
                else {
                    up += '\xD0';
                    up += static_cast<char>(second + 0x20);  // р-я -> Р-Я
                }
            } else up += q[i];
        }
        q = up;
    }
    return q;
}

}  // namespace

TEST_CASE("search in slices: the list grows in its final order and ends as one full search") {
    Store s;
    Fill(s, 9000);
    const Moment now = Noon();
    UiState ui;
    UpdateClientList(s, ui, now, kOneSlice);
    CHECK(Complete(s, ui, now) == 0);
    ui.search = "о";  // nearly every client
    const Listed want = Fresh(s, ui.search, ui.list.filter, now);
    REQUIRE(want.visible.size() > 4000);
    const uint64_t runs = ui.list.filter_runs;
    UpdateClientList(s, ui, now, kOneSlice);
    CHECK(ClientListPending(ui));
    CHECK(ui.list.visible.size() < want.visible.size());
    CHECK(!ui.list.visible.empty());
    CHECK(InFinalOrder(ui.list, want));
    CHECK(ui.list.two_line_before.size() == ui.list.visible.size() + 1);
    CHECK(Complete(s, ui, now) >= 2);
    CHECK(Same(ui.list, want));
    CHECK(ui.list.filter_runs == runs + 1);  // one pass over several calls
    // Idle: nothing pending, nothing runs.
    for (int i = 0; i < 50; ++i) UpdateClientList(s, ui, now, kOneSlice);
    CHECK_FALSE(ClientListPending(ui));
    CHECK(ui.list.filter_runs == runs + 1);
    // A quick filter alone goes in slices too.
    ui.search.clear();
    ui.list.filter.status_mask = 1u << static_cast<unsigned>(ClientStatus::Active);
    const Listed active = Fresh(s, "", ui.list.filter, now);
    UpdateClientList(s, ui, now, kOneSlice);
    CHECK(ClientListPending(ui));
    Complete(s, ui, now);
    CHECK(Same(ui.list, active));
    // The complete form finishes a pass under way at once.
    ui.list.filter = ClientQuickFilter{};
    ui.search = "ром";
    UpdateClientList(s, ui, now, kOneSlice);
    UpdateClientList(s, ui, now);
    CHECK_FALSE(ClientListPending(ui));
    CHECK(Same(ui.list, Fresh(s, "ром", ui.list.filter, now)));
}

TEST_CASE("search in slices: random queries typed letter by letter, the next letter before the pass ends") {
    Store s;
    Fill(s, 7000);
    const Moment now = Noon();
    UiState ui;
    std::mt19937 rng(20261128);
    for (int round = 0; round < 40; ++round) {
        const std::string query = RandomQuery(s, rng);
        CAPTURE(query);
        ui.search.clear();
        UpdateClientList(s, ui, now);
        for (size_t i = 1; i <= query.size(); ++i) {
            if (i < query.size() && (static_cast<unsigned char>(query[i]) & 0xC0) == 0x80) continue;  // whole letters
            ui.search = query.substr(0, i);
            // 0-2 slices of this pass before the next key (or before completing).
            const int slices = static_cast<int>(rng() % 3);
            for (int k = 0; k < slices; ++k) UpdateClientList(s, ui, now, kOneSlice);
            if (rng() % 4 == 0) {  // sometimes the list is complete between keys
                Complete(s, ui, now);
                CAPTURE(ui.search);
                CHECK(Same(ui.list, Fresh(s, ui.search, ui.list.filter, now)));
            }
        }
        Complete(s, ui, now);
        CHECK(Same(ui.list, Fresh(s, query, ui.list.filter, now)));
        // Backspace to a shorter query (a wider one: everything looked at again).
        ui.search = query.substr(0, query.size() / 2);
        UpdateClientList(s, ui, now, kOneSlice);
        Complete(s, ui, now);
        CHECK(Same(ui.list, Fresh(s, ui.search, ui.list.filter, now)));
    }
}

TEST_CASE("search in slices: edits while a pass is under way are seen") {
    Store s;
    Fill(s, 7000);
    const Moment now = Noon();
    UiState ui;
    auto fresh = [&] { return Fresh(s, ui.search, ui.list.filter, now); };
    // Typing on narrows among the last pass's matches; a client renamed meanwhile (reported)
    // is looked at even if it was not among them.
    ui.search = "ром";
    UpdateClientList(s, ui, now, kOneSlice);
    ui.search = "рома";
    UpdateClientList(s, ui, now, kOneSlice);
    Client c = *s.clients.Find("c6998");  // near the end: not visited yet
    c.name = "Ромашкин и партнёры";
    s.clients.Upsert(c);
    NoteClientEdited(s, ui, "c6998");
    Complete(s, ui, now);
    CHECK(SameSet(ui.list, fresh()));
    CHECK(std::find(ui.list.visible.begin(), ui.list.visible.end(), s.clients.Find("c6998") - s.clients.All().data()) !=
          ui.list.visible.end());
    // A contact renamed during a pass: the pass starts over with the new names.
    ui.search = "белов";
    UpdateClientList(s, ui, now, kOneSlice);
    Contact k = *s.contacts.Find("k6997");
    k.name = "Беловежский Иван";
    s.contacts.Upsert(k);
    UpdateClientList(s, ui, now, kOneSlice);
    ui.search = "беловеж";
    Complete(s, ui, now);
    CHECK(SameSet(ui.list, fresh()));
    CHECK(ui.list.visible.size() == 1);
    // A client added during a pass.
    ui.search = "ёлочка";
    UpdateClientList(s, ui, now, kOneSlice);
    Client added;
    added.id = "new";
    added.name = "Елочка новая";
    s.clients.Upsert(added);
    NoteClientAdded(s, ui, static_cast<uint32_t>(s.clients.size() - 1));
    UpdateClientList(s, ui, now, kOneSlice);
    ui.search = "ёлочка нов";
    Complete(s, ui, now);
    CHECK(SameSet(ui.list, fresh()));
    REQUIRE(!ui.list.visible.empty());
    CHECK(s.clients[ui.list.visible[0]].id == "new");
    // A quick filter set during a pass.
    ui.search = "о";
    UpdateClientList(s, ui, now, kOneSlice);
    ui.list.filter.status_mask = 1u << static_cast<unsigned>(ClientStatus::Former);
    Complete(s, ui, now);
    const Listed want = fresh();
    CHECK(ui.list.visible.size() == want.visible.size());
    CHECK(SameSet(ui.list, want));
}

TEST_CASE("search in slices: two lists, each completes its own search") {
    Store s;
    Fill(s, 6000);
    const Moment now = Noon();
    UiState a, b;
    a.search = "ооо";
    b.search = "волков";
    // Their passes take the one pass slot from each other; each still ends right.
    for (int i = 0; i < 20; ++i) {
        UpdateClientList(s, a, now, kOneSlice);
        UpdateClientList(s, b, now, kOneSlice);
        if (i == 3) a.search = "ооо «с";
    }
    Complete(s, a, now);
    Complete(s, b, now);
    CHECK(Same(a.list, Fresh(s, a.search, a.list.filter, now)));
    CHECK(Same(b.list, Fresh(s, b.search, b.list.filter, now)));
}
