// The Relationships tab driven through the UI harness by clicks and typing: adding a link
// by searching the other company (by INN and by a part of its name in another case), the
// inverse wording on the other card, refusals (duplicate, cycle, itself) that save
// nothing, editing, removal with Undo, the group of companies, read-only.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

void AddClient(Store& s, const char* id, const char* name, const char* inn) {
    Client c;
    c.id = id;
    c.name = name;
    c.inn = inn;
    s.clients.Upsert(c);
}

Relationship Link(const char* id, const char* from, RelationshipKind kind, const char* to, const char* note = "") {
    Relationship r;
    r.id = id;
    r.from_client_id = from;
    r.to_client_id = to;
    r.kind = kind;
    r.note = note;
    return r;
}

// A holding with two subsidiaries, one of which has its own; a supplier outside the group.
void Fill(Store& s) {
    AddClient(s, "hold", "СтройИнвест Холдинг", "7701234564");
    AddClient(s, "ts", "ТехноСтрой", "7714123459");
    AddClient(s, "mont", "ТехноСтрой-Монтаж", "7714987652");
    AddClient(s, "small", "Монтаж-Сервис", "7714555006");
    AddClient(s, "volga", "Волга-Логистик", "5260123450");
    AddClient(s, "alone", "Ёлка и Ко", "7812000017");
    s.relationships.Upsert(Link("r1", "hold", RelationshipKind::ParentOf, "ts"));
    s.relationships.Upsert(Link("r2", "hold", RelationshipKind::ParentOf, "mont"));
    s.relationships.Upsert(Link("r3", "mont", RelationshipKind::ParentOf, "small"));
}

struct Fixture {
    EnglishUi en;
    UiHarness h;
    App app;
    explicit Fixture(const char* client) {
        ImGui::GetIO().DisplaySize = ImVec2(1600, 1000);
        Fill(app.store);
        app.store.ClearDirty();
        app.ui.SelectClient(client);
        app.ui.SelectTab(CardTab::Relationships);
        h.Frame(app, 3);
    }
    // Every link between a and b, either direction.
    int LinksBetween(const char* a, const char* b) {
        int n = 0;
        for (uint32_t pos : app.store.relationships.OwnedBy(a)) {
            const Relationship& r = app.store.relationships[pos];
            n += (r.from_client_id == b || r.to_client_id == b) ? 1 : 0;
        }
        return n;
    }
};

std::string Fmt(Str s, const char* a, const char* b = "") {
    char buf[1024];
    std::snprintf(buf, sizeof buf, Tr(s), a, b);
    return buf;
}

}  // namespace

TEST_CASE("relationships tab: the list reads each link from this card, the group is a tree") {
    Fixture f("mont");
    CHECK(UiHarness::Has("Subsidiary of СтройИнвест Холдинг"));
    CHECK(UiHarness::Has("Parent company of Монтаж-Сервис"));
    CHECK(UiHarness::Has("Group: 4 companies"));
    // Every company of the group is drawn; the others link to their cards.
    CHECK(UiHarness::Has("ТехноСтрой-Монтаж"));  // this card: plain text
    CHECK(UiHarness::Has(Fmt(Str::RelOpenCard, "ТехноСтрой").c_str()));
    // The tree as drawn: the holding on top, its subsidiaries by name below.
    const auto& rows = f.app.ui.relationships.group.tree.rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].client_id == "hold");
    CHECK(rows[1].client_id == "ts");  // "ТехноСтрой" < "ТехноСтрой-Монтаж"
    CHECK(rows[2].client_id == "mont");
    CHECK(rows[3].client_id == "small");
    CHECK(rows[3].depth == 2);
    const uint64_t built = f.app.ui.relationships.rows.built, grouped = f.app.ui.relationships.group.built;
    f.h.Frame(f.app, 5);
    CHECK(f.app.ui.relationships.rows.built == built);  // idle frames rebuild nothing
    CHECK(f.app.ui.relationships.group.built == grouped);
    CHECK_FALSE(f.app.store.HasChanges());

    // A click on a company in the group opens its card, on the same tab.
    f.h.Click(f.app, "Open card: ТехноСтрой");
    CHECK(f.app.ui.selected_id == "ts");
    CHECK(f.app.ui.tab == CardTab::Relationships);
    CHECK(UiHarness::Has("Subsidiary of СтройИнвест Холдинг"));

    // A company outside any group.
    f.app.ui.SelectClient("volga");
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("Links to other companies (0)"));
    CHECK(UiHarness::Has(Tr(Str::RelGroupNone)));
}

TEST_CASE("relationships tab: add a link by INN, see it inverted on the other card, duplicates refused") {
    Fixture f("volga");
    f.h.Click(f.app, "Add link");
    f.h.Type(f.app, "7714123459");  // the search field has the keyboard: ТехноСтрой's INN
    CHECK(f.app.ui.relationships.search.results.size() == 1);
    f.h.Click(f.app, "ТехноСтрой  ·  INN 7714123459");
    CHECK(f.app.ui.relationships.form.other_id == "ts");
    f.h.Click(f.app, "This company is");
    f.h.Click(f.app, "Supplier to");
    CHECK(UiHarness::Has("On the card of ТехноСтрой it reads: Customer of Волга-Логистик"));
    f.h.Click(f.app, "Note");
    f.h.Type(f.app, "Перевозка материалов");
    f.h.Click(f.app, "Save");
    REQUIRE(f.LinksBetween("volga", "ts") == 1);
    const Relationship& r = f.app.store.relationships[f.app.store.relationships.OwnedBy("volga")[0]];
    CHECK(r.from_client_id == "volga");
    CHECK(r.to_client_id == "ts");
    CHECK(r.kind == RelationshipKind::Supplier);
    CHECK(r.note == "Перевозка материалов");
    CHECK(UiHarness::Has("Supplier to ТехноСтрой"));
    CHECK_FALSE(f.app.ui.relationships.form.open);

    // The other card, opened by a click on the name: the inverse wording.
    f.h.Click(f.app, "Open card: ТехноСтрой");
    CHECK(f.app.ui.selected_id == "ts");
    CHECK(UiHarness::Has("Customer of Волга-Логистик"));

    // From here, the same link the other way round ("customer of Волга") is a duplicate:
    // refused next to the form, nothing saved. Search by part of the name, other case.
    f.h.Click(f.app, "Add link");
    f.h.Type(f.app, "волга");
    f.h.Click(f.app, "Волга-Логистик  ·  INN 5260123450");
    f.h.Click(f.app, "This company is");
    f.h.Click(f.app, "Customer of");
    const std::string dup = "\xEF\x81\xB1 " + Fmt(Str::RelErrDuplicate, "Customer of", "Волга-Логистик");
    CHECK(UiHarness::Has(dup.c_str()));
    const uint64_t version = f.app.store.relationships.Version();
    f.h.Click(f.app, "Save");
    CHECK(f.app.store.relationships.Version() == version);
    CHECK(f.LinksBetween("volga", "ts") == 1);
    CHECK(f.app.ui.relationships.form.open);
    // Another meaning between the same pair is fine: a partner too.
    f.h.Click(f.app, "This company is");
    f.h.Click(f.app, "Partner of");
    CHECK_FALSE(UiHarness::Has(dup.c_str()));
    f.h.Click(f.app, "Save");
    CHECK(f.LinksBetween("volga", "ts") == 2);
}

TEST_CASE("relationships tab: a parent cycle and a link to itself are refused with a message") {
    Fixture f("small");
    f.h.Click(f.app, "Add link");
    f.h.Type(f.app, "холдинг");
    f.h.Click(f.app, "СтройИнвест Холдинг  ·  INN 7701234564");
    f.h.Click(f.app, "This company is");
    f.h.Click(f.app, "Parent company of");
    // Монтаж-Сервис parent of the holding: the holding is already above it.
    const std::string cycle = "\xEF\x81\xB1 " + Fmt(Str::RelErrCycle,
                                                     "Монтаж-Сервис › СтройИнвест Холдинг › ТехноСтрой-Монтаж › Монтаж-Сервис");
    CHECK(UiHarness::Has(cycle.c_str()));
    f.h.Click(f.app, "Save");
    CHECK(f.LinksBetween("small", "hold") == 0);

    // The company itself: found by the search, marked, and refused when picked.
    f.h.Click(f.app, "Change");
    f.h.Type(f.app, "монтаж-сервис");
    CHECK(UiHarness::Has("(this company)"));
    f.h.Click(f.app, "Монтаж-Сервис  ·  INN 7714555006");
    CHECK(UiHarness::Has(("\xEF\x81\xB1 " + std::string(Tr(Str::RelErrSelf))).c_str()));
    f.h.Click(f.app, "Save");
    CHECK(f.app.store.relationships.size() == 3);
    f.h.Click(f.app, "Cancel");
    CHECK_FALSE(f.app.ui.relationships.form.open);
}

TEST_CASE("relationships tab: search folds case and ё, and runs only when the text changes") {
    Fixture f("volga");
    f.h.Click(f.app, "Add link");
    f.h.Type(f.app, "ЕЛКА");  // «Ёлка и Ко»: ё = е, any case
    const auto& s = f.app.ui.relationships.search;
    REQUIRE(s.results.size() == 1);
    CHECK(s.results[0] == "alone");
    const uint64_t runs = s.runs;
    f.h.Frame(f.app, 10);
    CHECK(s.runs == runs);
    f.h.Key(f.app, ImGuiKey_Backspace);
    CHECK(s.runs == runs + 1);
    // Enter takes the first result.
    f.h.Key(f.app, ImGuiKey_Enter);
    CHECK(f.app.ui.relationships.form.other_id == "alone");
}

TEST_CASE("relationships tab: Down and Enter in the search take the second result") {
    Fixture f("volga");
    // As in the web build: keyboard navigation on (Down must not leave the field).
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    f.h.Click(f.app, "Add link");
    f.h.Type(f.app, "техностр");  // ТехноСтрой, ТехноСтрой-Монтаж (by name)
    const auto& s = f.app.ui.relationships.search;
    REQUIRE(s.results.size() == 2);
    f.h.Key(f.app, ImGuiKey_DownArrow);
    CHECK(f.app.ui.relationships.form.highlighted == 1);
    f.h.Key(f.app, ImGuiKey_DownArrow);  // stays on the last
    CHECK(f.app.ui.relationships.form.highlighted == 1);
    const std::string second = s.results[1];
    f.h.Key(f.app, ImGuiKey_Enter);
    CHECK(f.app.ui.relationships.form.other_id == second);
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
}

TEST_CASE("relationships tab: edit the kind and note, remove with Undo") {
    Fixture f("mont");
    f.h.Click(f.app, "Edit the link with Монтаж-Сервис");
    REQUIRE(f.app.ui.relationships.form.open);
    f.h.Click(f.app, "This company is");
    f.h.Click(f.app, "Affiliated with");
    f.h.Click(f.app, "Note");
    f.h.Type(f.app, "49%");
    f.h.Click(f.app, "Save");
    const Relationship* r3 = f.app.store.relationships.Find("r3");
    REQUIRE(r3);
    CHECK(r3->kind == RelationshipKind::Affiliated);
    CHECK(r3->note == "49%");
    CHECK(f.app.store.relationships.size() == 3);  // edited in place, same id
    CHECK(UiHarness::Has("Group: 3 companies"));   // affiliated is not the group

    f.h.Click(f.app, "Remove the link with СтройИнвест Холдинг");
    CHECK_FALSE(f.app.store.relationships.Contains("r2"));
    CHECK(UiHarness::Has("Link removed: Subsidiary of СтройИнвест Холдинг"));
    f.h.Click(f.app, "Undo");
    const Relationship* back = f.app.store.relationships.Find("r2");
    REQUIRE(back);
    CHECK(back->from_client_id == "hold");
    CHECK(back->kind == RelationshipKind::ParentOf);
}

TEST_CASE("relationships tab: read-only shows the links without edit buttons") {
    Fixture f("mont");
    f.app.env.read_only = true;
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("Subsidiary of СтройИнвест Холдинг"));
    CHECK_FALSE(UiHarness::Has("Add link"));
    CHECK_FALSE(UiHarness::Has("Edit the link with Монтаж-Сервис"));
    CHECK_FALSE(UiHarness::Has("Remove the link with Монтаж-Сервис"));
}

TEST_CASE("relationships tab: Russian labels") {
    Fixture f("mont");
    SetCurrentLanguage(Lang::Ru);
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("Дочерняя компания СтройИнвест Холдинг"));
    CHECK(UiHarness::Has("Группа: 4 компании"));
    CHECK(UiHarness::Has("Добавить связь"));
    f.h.Click(f.app, "Добавить связь");
    CHECK(UiHarness::Has("Компания"));
    CHECK(UiHarness::Has("Эта компания"));
}
