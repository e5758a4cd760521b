// Headless ImGui smoke tests of the interface (as in imgui's example_null: a context with a
// display size and a built font atlas, no renderer). Frames go through the same test-engine
// hooks as the web build, so the tests find widgets by visible label (automation::Locate)
// and click and type with queued mouse and keyboard events, like the browser tests.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "io/import.h"
#include "platform/test_hooks.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/requisite_checks.h"
#include "ui/style.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

Moment At(const char* s) { return *Moment::Parse(s); }
Date Day(const char* s) { return *Date::Parse(s); }

// Two clients with Cyrillic data and a record in every collection.
void FillStore(Store& s) {
    Employee e;
    e.id = "e1";
    e.name = "Иванова Мария";
    e.position = "Менеджер";
    s.employees.Upsert(e);

    Client a;
    a.id = "c1";
    a.name = "Ромашка";
    a.legal_name = "ООО «Ромашка»";
    a.inn = "7701234567";
    a.kpp = "770101001";
    a.ogrn = "1027700000000";
    a.legal_address = "г. Москва, ул. Лесная, д. 5";
    a.phones = {"+7 495 123-45-67", "8 (800) 555-35-35"};
    a.emails = {"info@romashka.ru"};
    a.website = "romashka.ru";
    a.notes = "Ключевой клиент.\nЗвонить после 10:00.";
    a.created_at = At("2026-11-27T10:30:00+03:00");
    a.responsibles = {{"e1", ResponsibleRole::SalesManager, ""}};
    s.clients.Upsert(a);

    Client b;
    b.id = "c2";
    b.name = "Лютик";
    b.kind = ClientKind::SoleTrader;
    s.clients.Upsert(b);

    Contact k;
    k.id = "k1";
    k.client_id = "c1";
    k.name = "Петров Пётр";
    k.position = "Директор";
    k.phones = {"+7 916 000-00-00"};
    k.primary = true;
    s.contacts.Upsert(k);

    Interest i;
    i.id = "i1";
    i.client_id = "c1";
    i.title = "Внедрение 1С:CRM";
    i.responsible_id = "e1";
    i.state = InterestState::Proposal;
    i.expected_revenue.minor = 150000050;
    i.probability = 60;
    i.opened_on = Day("2026-10-01");
    i.close_on = Day("2026-12-20");
    s.interests.Upsert(i);

    Interaction x;
    x.id = "x1";
    x.client_id = "c1";
    x.interest_id = "i1";
    x.type = InteractionType::Meeting;
    x.subject = "Демонстрация";
    x.at = At("2026-12-01T11:00:00+03:00");
    x.status = InteractionStatus::Planned;
    s.interactions.Upsert(x);

    Relationship r;
    r.id = "r1";
    r.from_client_id = "c1";
    r.to_client_id = "c2";
    r.kind = RelationshipKind::ParentOf;
    r.note = "100% долей";
    s.relationships.Upsert(r);

    Contract ct;
    ct.id = "d1";
    ct.client_id = "c1";
    ct.kind = ContractKind::ServiceAgreement;
    ct.number = "СО-17";
    ct.title = "Сопровождение";
    ct.valid_from = Day("2026-01-01");
    ct.status = ContractStatus::Active;
    ct.has_amount = true;
    ct.amount.minor = 1200000;
    ct.terms = "Скидка 5%";
    s.contracts.Upsert(ct);
}

}  // namespace

TEST_CASE("ui: an empty store draws the shell and the empty state") {
    EnglishUi en;
    UiHarness h;
    App app;
    h.Frame(app, 3);
    for (const char* label : {"File", "Search", "New client"}) CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    CHECK_FALSE(UiHarness::Has("Main"));  // no card without a client
    CHECK_FALSE(app.store.HasChanges());

    // The File menu opens and holds the commands.
    h.Click(app, "File");
    for (const char* label : {"Export JSON", "Export this client", "Import JSON…"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    h.Key(app, ImGuiKey_Escape);
}

TEST_CASE("ui: every tab of a full card draws, and drawing changes nothing") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillStore(app.store);
    app.store.ClearDirty();
    app.ui.SelectClient("c1");

    const struct {
        CardTab tab;
        const char* label;
        const char* inside;  // a labelled widget only that tab draws, or nullptr
    } tabs[] = {
        {CardTab::Main, "Main", "Name"},
        {CardTab::Interests, "Interests", nullptr},
        {CardTab::Relationships, "Relationships", nullptr},
        {CardTab::Contracts, "Contracts and agreements", nullptr},
    };
    for (const auto& t : tabs) {
        const std::string tab_label = t.label;
        CAPTURE(tab_label);
        app.ui.SelectTab(t.tab);
        h.Frame(app, 3);
        CHECK(app.ui.tab == t.tab);
        CHECK_FALSE(app.ui.tab_select_pending);
        for (const char* label : {"Main", "Interests", "Relationships", "Contracts and agreements"})
            CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
        if (t.inside) CHECK(UiHarness::Has(t.inside));
        if (t.tab != CardTab::Main) CHECK_FALSE(UiHarness::Has("Name"));
    }
    // The other side of the relationship, and the tabs switched by clicks.
    app.ui.SelectClient("c2");
    h.Frame(app, 2);
    h.Click(app, "Relationships");
    CHECK(app.ui.tab == CardTab::Relationships);
    CHECK_FALSE(UiHarness::Has("Name"));
    h.Click(app, "Main");
    CHECK(app.ui.tab == CardTab::Main);
    CHECK(UiHarness::Has("Name"));
    // c2 is a sole trader: its OGRN field reads OGRNIP.
    for (const char* label : {"Legal name", "INN", "KPP", "OGRNIP", "Legal address", "Actual address", "Phones",
                              "E-mails", "Website", "Notes"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    CHECK_FALSE(app.store.HasChanges());
}

TEST_CASE("ui: the Russian interface labels the same widgets") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillStore(app.store);
    app.ui.SelectClient("c1");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    app.SetLanguage("ru");
    h.Frame(app, 3);
    for (const char* label : {"Файл", "Поиск", "Новый клиент", "Основное", "Интересы", "Взаимосвязи",
                              "Договоры и соглашения", "Наименование"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    CHECK_FALSE(UiHarness::Has("Main"));
    CHECK(app.ui.tab == CardTab::Main);  // the "###id" keeps the selected tab across languages
    app.SetLanguage("en");
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Main"));
}

TEST_CASE("ui: New client, then typing a Cyrillic name with keyboard events") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillStore(app.store);
    app.store.ClearDirty();
    app.ui.search = "лют";  // a filter that the new client would not match
    h.Frame(app, 2);

    h.Click(app, "New client");
    REQUIRE(app.store.clients.size() == 3);
    CHECK(app.ui.search.empty());
    const Client* created = app.store.clients.Find(app.ui.selected_id);
    REQUIRE(created != nullptr);
    CHECK(created->name == "New client");  // valid from the start: autosave never refuses it
    CHECK_FALSE(created->created_at.empty());
    h.Frame(app, 2);
    CHECK(UiHarness::ActiveId() != 0);  // the Name field has the keyboard
    CHECK_FALSE(app.ui.focus_name);

    h.Type(app, "ООО «Ромашка»");
    created = app.store.clients.Find(app.ui.selected_id);
    REQUIRE(created != nullptr);
    CHECK(created->name == "ООО «Ромашка»");  // the focused field had its text selected: typing replaced it
    CHECK(app.store.clients.DirtyIds().count(created->id) == 1);
    CHECK(UiHarness::Has("ООО «Ромашка»"));  // in the client list

    // Idle frames with the field still active write nothing more.
    app.store.ClearDirty();
    h.Frame(app, 5);
    CHECK_FALSE(app.store.HasChanges());

    // Erasing the name does not write an empty (invalid) name: the last one is kept.
    for (int i = 0; i < 20; ++i) h.Key(app, ImGuiKey_Backspace);
    CHECK(app.ui.name_blank);
    CHECK(app.store.clients.Find(created->id)->name == "О");  // the last non-empty value
    h.Type(app, "ООО «Лютик-2»");
    CHECK_FALSE(app.ui.name_blank);
    CHECK(app.store.clients.Find(app.ui.selected_id)->name == "ООО «Лютик-2»");
}

TEST_CASE("ui: phones are typed one per line and stored without the empty line") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillStore(app.store);
    app.ui.SelectClient("c2");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    app.store.ClearDirty();
    h.Click(app, "Phones");
    h.Type(app, "+7 495 111-22-33");
    h.Key(app, ImGuiKey_Enter);
    CHECK(app.store.clients.Find("c2")->phones == std::vector<std::string>{"+7 495 111-22-33"});
    app.store.ClearDirty();
    h.Frame(app, 5);  // the raw text keeps its new empty line; the store is not rewritten
    CHECK_FALSE(app.store.HasChanges());
    h.Type(app, "8 800 000-00-00");
    CHECK(app.store.clients.Find("c2")->phones ==
          std::vector<std::string>{"+7 495 111-22-33", "8 800 000-00-00"});
}

TEST_CASE("ui: read-only mode disables editing and refuses imports") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillStore(app.store);
    app.store.ClearDirty();
    app.env.read_only = true;
    app.env.banner = "IndexedDB is unavailable";
    app.env.notice = "Recovered the previous save";
    app.env.save.kind = SaveState::Kind::Failed;
    app.env.save.reason = "quota exceeded";
    app.ui.SelectClient("c1");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    CHECK(UiHarness::Has(
        "Opened read-only: Client Card is already open in another tab. Close it to edit here."));
    CHECK(UiHarness::Has("IndexedDB is unavailable"));

    h.Click(app, "New client");
    CHECK(app.store.clients.size() == 2);
    h.Click(app, "Name");
    h.Type(app, "X");
    CHECK(app.store.clients.Find("c1")->name == "Ромашка");
    CHECK_FALSE(app.store.HasChanges());

    const std::string before = app.ExportJson();
    const ImportResult r = app.ImportJson(before, ImportMode::Replace);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.empty());
    CHECK_FALSE(app.store.HasChanges());

    h.Click(app, "Dismiss");
    CHECK(app.ui.dismissed_notice == app.env.notice);
}

TEST_CASE("ui: the import dialog previews, asks to confirm a replace, applies") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillStore(app.store);
    app.ui.SelectClient("c1");
    h.Frame(app, 2);

    // A file with one new client and one changed one.
    Store other;
    FillStore(other);
    Client c = *other.clients.Find("c2");
    c.name = "Лютик и партнёры";
    other.clients.Upsert(c);
    Client n;
    n.id = "c3";
    n.name = "Василёк";
    other.clients.Upsert(n);
    other.RemoveClientCascade("c1");
    const std::string file = ExportStore(other, At("2026-11-27T10:30:00+03:00"));

    OpenImportDialog(app.ui, "clients.json", file);
    h.Frame(app, 3);
    REQUIRE(app.ui.import.checked);
    REQUIRE(app.ui.import.check.ok);
    for (const char* label : {"Merge", "Replace", "Apply", "Cancel"}) CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    CHECK(app.ui.import.check.summary.added[static_cast<size_t>(CollectionId::Clients)] == 1);

    // Replace: the counts include removals, and Apply waits for the confirmation.
    h.Click(app, "Replace");
    CHECK(app.ui.import.mode == ImportMode::Replace);
    CHECK(app.ui.import.check.summary.TotalRemoved() > 0);
    h.Click(app, "Apply");
    CHECK(app.store.clients.Contains("c1"));  // disabled: nothing happened
    h.Click(app, "Yes, replace all current data");
    CHECK(app.ui.import.replace_confirmed);
    h.Click(app, "Apply");
    CHECK_FALSE(app.store.clients.Contains("c1"));
    CHECK(app.store.clients.Find("c2")->name == "Лютик и партнёры");
    CHECK(app.store.clients.Contains("c3"));
    CHECK(app.ui.selected_id.empty());  // the selected client is gone
    CHECK_FALSE(app.ui.message.empty());
    CHECK_FALSE(UiHarness::Has("Apply"));  // closed
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Василёк"));  // the list was rebuilt

    // A rejected file: the message is shown, the store is untouched.
    const Moment t = At("2026-11-27T10:30:00+03:00");
    const std::string before = ExportStore(app.store, t);
    OpenImportDialog(app.ui, "broken.json", "{\"format\": \"client-card\", \"version\": 1, \"clients\": [{]");
    h.Frame(app, 3);
    REQUIRE(app.ui.import.checked);
    CHECK_FALSE(app.ui.import.check.ok);
    CHECK_FALSE(app.ui.import.check.error.empty());
    CHECK(UiHarness::Has("Cancel"));
    CHECK_FALSE(UiHarness::Has("Merge"));
    CHECK_FALSE(UiHarness::Has("Apply"));  // a rejected file offers only Cancel
    h.Click(app, "Cancel");
    CHECK_FALSE(UiHarness::Has("Cancel"));
    CHECK_FALSE(app.ui.import.file);  // the file's records are dropped with the dialog
    CHECK(ExportStore(app.store, t) == before);
}

TEST_CASE("ui: export file names") {
    const Date d = *Date::Parse("2026-11-27");
    CHECK(ExportFileName("", d) == "client-card-2026-11-27.json");
    CHECK(ExportFileName("ООО «Ромашка»", d) == "client-card-ООО-«Ромашка»-2026-11-27.json");
    CHECK(ExportFileName("  A/B: C?  ", d) == "client-card-A_B_-C_-2026-11-27.json");
    const std::string long_name(200, 'x');
    CHECK(ExportFileName(long_name, d).size() == std::string("client-card--2026-11-27.json").size() + 80);
    // Never cut inside a Cyrillic letter (two bytes each).
    std::string cyr;
    for (int i = 0; i < 60; ++i) cyr += "ж";
    const std::string n = ExportFileName(cyr, d);
    CHECK(n.size() == std::string("client-card--2026-11-27.json").size() + 80);
}

TEST_CASE("ui: requisites are checked as typed, shown by the field and in the header, still saved") {
    EnglishUi en;
    UiHarness h;
    App app;
    Client c;  // Sberbank's real requisites: no problem
    c.id = "r1";
    c.name = "Сбербанк";
    c.inn = "7707083893";
    c.kpp = "773601001";
    c.ogrn = "1027700132195";
    c.phones = {"+7 495 500-55-50"};
    c.emails = {"sberbank@sberbank.ru"};
    c.website = "sberbank.ru";
    app.store.clients.Upsert(c);
    app.ui.SelectClient("r1");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    CHECK(app.ui.requisites.problems.empty());
    CHECK_FALSE(UiHarness::Has("\u25B2 Requisites to check: 1"));

    // Nothing is re-validated while the card does not change.
    const uint64_t computed = app.ui.requisites.computed;
    h.Frame(app, 5);
    CHECK(app.ui.requisites.computed == computed);

    // A typo in the last digit: the reason under the field, the marker in the header.
    h.Click(app, "INN");
    h.Key(app, ImGuiKey_End);
    h.Key(app, ImGuiKey_Backspace);
    h.Type(app, "4");
    CHECK(app.store.clients.Find("r1")->inn == "7707083894");  // saved as typed
    h.Frame(app, 2);
    REQUIRE(app.ui.requisites.problems.size() == 1);
    CHECK(app.ui.requisites.problems[0] == FieldProblem{RequisiteField::Inn, 0, CheckReason::InnCheckDigit});
    CHECK(UiHarness::Has("\u25B2 Requisites to check: 1"));
    CHECK(UiHarness::Has("INN check digit does not match"));  // under the field
    // Hovering the marker lists the problems.
    CHECK_FALSE(UiHarness::Has("INN: INN check digit does not match"));
    {
        automation::Rect r;
        REQUIRE(automation::Locate("\u25B2 Requisites to check: 1", r));
        ImGui::GetIO().AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
        h.Frame(app, 40);  // the tooltip waits for the hover delay
        CHECK(UiHarness::Has("INN: INN check digit does not match"));
        ImGui::GetIO().AddMousePosEvent(1, 790);
        h.Frame(app, 3);
        CHECK_FALSE(UiHarness::Has("INN: INN check digit does not match"));
    }
    const uint64_t after_typo = app.ui.requisites.computed;
    h.Frame(app, 5);
    CHECK(app.ui.requisites.computed == after_typo);

    // The same in Russian.
    app.SetLanguage("ru");
    h.Frame(app, 2);
    CHECK(UiHarness::Has("\u25B2 Проверьте реквизиты: 1"));
    CHECK(UiHarness::Has("Не сходится контрольное число ИНН"));
    app.SetLanguage("en");
    h.Frame(app, 2);

    // Fixed: the hint and the marker go away.
    h.Click(app, "INN");
    h.Key(app, ImGuiKey_End);
    h.Key(app, ImGuiKey_Backspace);
    h.Type(app, "3");
    CHECK(app.store.clients.Find("r1")->inn == "7707083893");
    h.Frame(app, 2);
    CHECK(app.ui.requisites.problems.empty());
    CHECK_FALSE(UiHarness::Has("\u25B2 Requisites to check: 1"));
    CHECK_FALSE(UiHarness::Has("INN check digit does not match"));
}

TEST_CASE("ui: a sole trader's field reads OGRNIP; phone and e-mail lines show their reasons") {
    EnglishUi en;
    UiHarness h;
    App app;
    Client c;
    c.id = "r2";
    c.name = "ИП Лютиков";
    c.kind = ClientKind::SoleTrader;
    c.phones = {"+7 495 500-55-50", "123"};
    c.emails = {"no-at.example.ru"};
    app.store.clients.Upsert(c);
    app.ui.SelectClient("r2");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    CHECK(UiHarness::Has("OGRNIP"));
    CHECK_FALSE(UiHarness::Has("OGRN"));
    REQUIRE(app.ui.requisites.problems.size() == 2);
    CHECK(app.ui.requisites.problems[0].field == RequisiteField::Phone);
    CHECK(app.ui.requisites.problems[0].index == 1);
    CHECK(app.ui.requisites.problems[1].field == RequisiteField::Email);
    CHECK(UiHarness::Has("\u25B2 Requisites to check: 2"));
    CHECK(UiHarness::Has("123: a Russian number has 10 digits, or 11 starting with 8 or 7"));
    CHECK(UiHarness::Has("no-at.example.ru: an e-mail address has exactly one @"));

    // The marker opens the Main tab.
    h.Click(app, "Interests");
    CHECK(app.ui.tab == CardTab::Interests);
    h.Click(app, "\u25B2 Requisites to check: 2");
    CHECK(app.ui.tab == CardTab::Main);

    app.SetLanguage("ru");
    h.Frame(app, 2);
    CHECK(UiHarness::Has("ОГРНИП"));
    app.SetLanguage("en");
    h.Frame(app, 1);
}

TEST_CASE("ui: every check reason has its own translation") {
    for (size_t i = 0; i < kCheckReasonCount; ++i) {
        const auto r = static_cast<CheckReason>(i);
        CAPTURE(CheckReasonId(r));
        if (r == CheckReason::Ok || r == CheckReason::Empty) {
            CHECK(CheckReasonStr(r) == Str::ReasonOk);
            continue;
        }
        CHECK(CheckReasonStr(r) != Str::ReasonOk);
        for (size_t j = 0; j < i; ++j)
            if (static_cast<CheckReason>(j) != CheckReason::Ok && static_cast<CheckReason>(j) != CheckReason::Empty)
                CHECK(CheckReasonStr(static_cast<CheckReason>(j)) != CheckReasonStr(r));
    }
    CHECK(std::string(Tr(CheckReasonStr(CheckReason::InnCheckDigit), Lang::En)) == "INN check digit does not match");
    CHECK(std::string(Tr(CheckReasonStr(CheckReason::InnCheckDigit), Lang::Ru)) ==
          "Не сходится контрольное число ИНН");
}
