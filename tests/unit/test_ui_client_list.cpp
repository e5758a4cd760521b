// The client list's search and order (src/ui/client_filter.h): Cyrillic case folding,
// matching by name / legal name / INN, and a cache that is rebuilt only when the set of
// clients or the search changes, fast enough for 100k clients.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/client_filter.h"
#include "ui_harness.h"

using namespace card;

namespace {

std::string Folded(const std::string& s) {
    std::string out;
    AppendFolded(s, out);
    return out;
}

Client MakeClient(const std::string& id, const std::string& name, const std::string& legal = "",
                  const std::string& inn = "") {
    Client c;
    c.id = id;
    c.name = name;
    c.legal_name = legal;
    c.inn = inn;
    return c;
}

std::vector<std::string> VisibleNames(const Store& s, const UiState& ui) {
    std::vector<std::string> out;
    for (uint32_t pos : ui.list.visible) out.push_back(s.clients[pos].name);
    return out;
}

}  // namespace

TEST_CASE("folding lower-cases Latin and Cyrillic, and reads ё as е") {
    CHECK(Folded("ООО «РОМАШКА» Ltd") == "ооо «ромашка» ltd");
    CHECK(Folded("ЁЛКА ёлка Елка") == "елка елка елка");
    CHECK(Folded("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдежзийклмнопрстуфхцчшщъыьэюя");
    CHECK(Folded("ÀÉ × Ü") == "àé × ü");
    CHECK(Folded(std::string("a\xFF" "b")) == std::string("a\xFF" "b"));  // invalid byte kept
    CHECK(CompareFolded("ромашка", "РОМАШКА") == 0);
    CHECK(CompareFolded("Астра", "берёза") < 0);
    CHECK(CompareFolded("Ёж", "Жук") < 0);  // ё sorts with е, before ж
    CHECK(CompareFolded("abc", "ab") > 0);
}

TEST_CASE("the list filters by name, legal name and INN, sorted by name") {
    Store s;
    s.clients.Upsert(MakeClient("1", "Ромашка", "ООО «Ромашка»", "7701234567"));
    s.clients.Upsert(MakeClient("2", "лютик", "ИП Лютиков", "500100732259"));
    s.clients.Upsert(MakeClient("3", "Астра", "АО «Астра»", "7812345678"));
    s.clients.Upsert(MakeClient("4", "Ёлочка"));
    UiState ui;
    UpdateClientList(s, ui);
    CHECK(VisibleNames(s, ui) == std::vector<std::string>{"Астра", "Ёлочка", "лютик", "Ромашка"});

    ui.search = "РОМАШ";
    UpdateClientList(s, ui);
    CHECK(VisibleNames(s, ui) == std::vector<std::string>{"Ромашка"});
    ui.search = "лютиков";  // legal name only
    UpdateClientList(s, ui);
    CHECK(VisibleNames(s, ui) == std::vector<std::string>{"лютик"});
    ui.search = "78123";  // INN
    UpdateClientList(s, ui);
    CHECK(VisibleNames(s, ui) == std::vector<std::string>{"Астра"});
    ui.search = "елоч";  // ё typed as е
    UpdateClientList(s, ui);
    CHECK(VisibleNames(s, ui) == std::vector<std::string>{"Ёлочка"});
    ui.search = "  ";
    UpdateClientList(s, ui);
    CHECK(ui.list.visible.size() == 4);
}

TEST_CASE("the list cache is rebuilt only when clients or the search change") {
    Store s;
    for (int i = 0; i < 50; ++i) s.clients.Upsert(MakeClient(std::to_string(i), "Клиент " + std::to_string(i)));
    UiState ui;
    UpdateClientList(s, ui);
    const uint32_t* sorted = ui.list.sorted.data();
    const uint32_t* visible = ui.list.visible.data();
    // Renaming a client is not a rebuild: it keeps its place until the next one.
    Client c = *s.clients.Find("7");
    c.name = "Аааа";
    s.clients.Upsert(c);
    UpdateClientList(s, ui);
    CHECK(ui.list.sorted.data() == sorted);
    CHECK(ui.list.visible.data() == visible);
    CHECK(s.clients[ui.list.visible[0]].name != "Аааа");
    // ...but the search finds it by its new name once the interface reports the edit.
    NoteClientEdited(s, ui, "7");
    ui.search = "аааа";
    UpdateClientList(s, ui);
    REQUIRE(ui.list.visible.size() == 1);
    CHECK(s.clients[ui.list.visible[0]].id == "7");
    ui.search.clear();
    UpdateClientList(s, ui);
    // An import bumps the revision: the order is rebuilt.
    ++ui.store_revision;
    UpdateClientList(s, ui);
    CHECK(s.clients[ui.list.visible[0]].name == "Аааа");
    // A client added by the interface is inserted in place, without a re-sort.
    s.clients.Upsert(MakeClient("new", ""));
    NoteClientAdded(s, ui, static_cast<uint32_t>(s.clients.size() - 1));
    const uint64_t revision = ui.list.built_revision;
    UpdateClientList(s, ui);
    CHECK(ui.list.built_revision == revision);
    REQUIRE(ui.list.visible.size() == 51);
    CHECK(s.clients[ui.list.visible[0]].id == "new");  // an empty name sorts first
    // A client added behind the interface's back (e.g. loaded by the host) is noticed.
    s.clients.Upsert(MakeClient("other", "Яблоко"));
    UpdateClientList(s, ui);
    CHECK(ui.list.visible.size() == 52);
    CHECK(s.clients[ui.list.visible.back()].id == "other");
}

TEST_CASE("100k clients: sorting once and filtering stay fast") {
    Store s;
    s.clients.Reserve(100000);
    const char* words[] = {"Ромашка", "Лютик", "Астра", "Василёк", "Тюльпан", "Гвоздика", "Fialka", "Роза"};
    for (int i = 0; i < 100000; ++i) {
        const std::string n = std::to_string(i);
        s.clients.Upsert(MakeClient(n, std::string(words[i % 8]) + " " + n, "ООО «" + std::string(words[i % 8]) + "»",
                                    "77" + n));
    }
    UiState ui;
    using Clock = std::chrono::steady_clock;
    auto t0 = Clock::now();
    UpdateClientList(s, ui);
    const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    CHECK(ui.list.visible.size() == 100000);

    t0 = Clock::now();
    ui.search = "ВАСИЛЁК 1";
    UpdateClientList(s, ui);
    const double filter_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    CHECK(ui.list.visible.size() > 100);
    // Both words must match (anywhere); the names that start with the whole query come first.
    size_t starting = 0;
    for (const Client& c : s.clients.All()) starting += c.name.rfind("Василёк 1", 0) == 0;
    REQUIRE(starting > 100);
    REQUIRE(ui.list.visible.size() >= starting);
    for (size_t i = 0; i < ui.list.visible.size(); ++i) {
        const Client& c = s.clients[ui.list.visible[i]];
        CHECK(c.name.find("Василёк") != std::string::npos);
        if (i < starting) CHECK(c.name.rfind("Василёк 1", 0) == 0);
    }

    t0 = Clock::now();
    for (int i = 0; i < 1000; ++i) UpdateClientList(s, ui);  // frames with nothing changed
    const double idle_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    MESSAGE("100k clients: sort ", build_ms, " ms, filter ", filter_ms, " ms, 1000 idle frames ", idle_ms, " ms");
    CHECK(idle_ms < 50);  // nothing is rebuilt per frame
}

namespace {

// Three companies: «ТехноСтрой» (a contract in force, contact Белова), «Северный ветер» and
// «Волга» (a prospect) without one.
void FillForUi(Store& s) {
    Client ts = MakeClient("ts", "ООО «ТехноСтрой»", "", "7714123459");
    ts.phones = {"+7 (495) 123-45-67"};
    ts.segment = "Крупный бизнес";
    s.clients.Upsert(ts);
    Client sv = MakeClient("sv", "ООО «Северный ветер»", "", "7802148766");
    sv.phones = {"+7 (812) 309-55-10"};
    sv.segment = "Средний бизнес";
    s.clients.Upsert(sv);
    Client vol = MakeClient("vol", "АО «Волга»", "", "5260123451");
    vol.status = ClientStatus::Prospect;
    vol.segment = "Средний бизнес";
    s.clients.Upsert(vol);
    Contact c;
    c.id = "c1";
    c.client_id = "ts";
    c.name = "Белова Наталья Сергеевна";
    s.contacts.Upsert(c);
    Contract k;
    k.id = "k1";
    k.client_id = "ts";
    k.status = ContractStatus::Active;  // no dates: in force
    s.contracts.Upsert(k);
}

float RowY(const char* label) {
    automation::Rect r;
    REQUIRE_MESSAGE(automation::Locate(label, r), "no row ", std::string(label));
    return r.y;
}

}  // namespace

TEST_CASE("the client list through the UI: typing finds by contact and phone, Enter opens the first") {
    card::test::EnglishUi en;
    card::test::UiHarness h;
    App app;
    FillForUi(app.store);
    h.Frame(app, 2);
    CHECK(card::test::UiHarness::Has("ООО «Северный ветер»"));

    h.Click(app, "Search");
    h.Type(app, "БЕЛОВА");
    CHECK(app.ui.list.visible.size() == 1);
    CHECK(card::test::UiHarness::Has("ООО «ТехноСтрой»"));
    CHECK(card::test::UiHarness::Has("contact: Белова Н. С."));
    CHECK(!card::test::UiHarness::Has("ООО «Северный ветер»"));
    CHECK(card::test::UiHarness::Has("1 of 3"));
    h.Key(app, ImGuiKey_Enter);
    CHECK(app.ui.selected_id == "ts");

    h.Click(app, "Clear");
    CHECK(app.ui.search.empty());
    CHECK(app.ui.list.visible.size() == 3);
    h.Click(app, "Search");
    h.Type(app, "8 812 309");
    REQUIRE(app.ui.list.visible.size() == 1);
    CHECK(card::test::UiHarness::Has("tel. +7 (812) 309-55-10"));
    // A name match has no second line; an INN match does, under its row.
    h.Click(app, "Clear");
    h.Click(app, "Search");
    h.Type(app, "ооо");
    CHECK(app.ui.list.visible.size() == 2);
    CHECK(!card::test::UiHarness::Has("INN 7714123459"));
    h.Click(app, "Clear");
    h.Click(app, "Search");
    h.Type(app, "14");
    REQUIRE(app.ui.list.visible.size() == 2);
    CHECK(card::test::UiHarness::Has("INN 7714123459"));
    CHECK(RowY("ООО «Северный ветер»") < RowY("ООО «ТехноСтрой»"));  // name order within a rank
    CHECK(RowY("INN 7714123459") > RowY("ООО «ТехноСтрой»"));
}

TEST_CASE("the client list through the UI: quick filters in their popup, with the count and Clear") {
    card::test::EnglishUi en;
    card::test::UiHarness h;
    App app;
    FillForUi(app.store);
    h.Frame(app, 2);
    h.Click(app, "Filters");
    h.Click(app, "No contract in force");
    CHECK(app.ui.list.filter.no_contract);
    CHECK(app.ui.list.visible.size() == 2);
    CHECK(card::test::UiHarness::Has("Filters (1)"));
    CHECK(card::test::UiHarness::Has("2 of 3  ·  no contract in force"));
    CHECK(!card::test::UiHarness::Has("ООО «ТехноСтрой»"));
    h.Click(app, "active");
    CHECK(app.ui.list.visible.size() == 1);
    CHECK(card::test::UiHarness::Has("1 of 3  ·  active  ·  no contract in force"));
    h.Click(app, "active");  // off again
    h.Click(app, "Segment");
    h.Click(app, "Средний бизнес");
    CHECK(app.ui.list.filter.segment == "Средний бизнес");
    CHECK(app.ui.list.visible.size() == 2);
    // With the search text too.
    h.Click(app, "Search");  // the first click outside closes the popup (as in any ImGui popup)
    CHECK(!card::test::UiHarness::Has("No contract in force"));
    h.Click(app, "Search");
    h.Type(app, "волга");
    CHECK(app.ui.list.visible.size() == 1);
    CHECK(card::test::UiHarness::Has("АО «Волга»"));
    h.Click(app, "Clear");
    CHECK(!app.ui.list.filter.Any());
    CHECK(app.ui.search.empty());
    CHECK(app.ui.list.visible.size() == 3);
    CHECK(card::test::UiHarness::Has("Filters"));
}

TEST_CASE("the client list through the UI: focus_search puts the keyboard in the search box") {
    card::test::EnglishUi en;
    card::test::UiHarness h;
    App app;
    FillForUi(app.store);
    h.Frame(app, 2);
    app.ui.list.focus_search = true;  // what a shortcut (Ctrl+K, /) sets
    h.Frame(app, 2);
    CHECK(!app.ui.list.focus_search);
    h.Type(app, "северный");
    CHECK(app.ui.search == "северный");
    CHECK(app.ui.list.visible.size() == 1);
}
