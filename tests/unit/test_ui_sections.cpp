// The Main tab's segmentation, current contract and software sections, driven like a user:
// typing with keyboard events, clicking by visible label (tests/unit/ui_harness.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

Date Today() { return platform::Now().LocalDate(); }
Date InDays(int n) { return Date{Today().days + n}; }

Client MakeClient(const char* id, const char* name, const char* segment = "", const char* industry = "",
                  std::vector<std::string> tags = {}) {
    Client c;
    c.id = id;
    c.name = name;
    c.segment = segment;
    c.industry = industry;
    c.tags = std::move(tags);
    return c;
}

Contract MakeContract(const char* id, const char* client, const char* number, Date from, Date to,
                      ContractStatus status = ContractStatus::Active) {
    Contract k;
    k.id = id;
    k.client_id = client;
    k.number = number;
    k.kind = ContractKind::Contract;
    k.title = "Сопровождение";
    k.valid_from = from;
    k.valid_to = to;
    k.status = status;
    return k;
}

// Other clients whose values are offered; "target" is the card on screen.
void Fill(Store& s) {
    s.clients.Upsert(MakeClient("a", "Ромашка", "Средний бизнес", "Оптовая торговля", {"Москва", "ключевой"}));
    s.clients.Upsert(MakeClient("b", "Лютик", "средний бизнес", "Оптовая торговля", {"москва"}));
    s.clients.Upsert(MakeClient("c", "Василёк", "Крупный бизнес", "Производство", {"холдинг"}));
    s.clients.Upsert(MakeClient("target", "Одуванчик"));
}

// A card tall enough for every section of the left half to be drawn (not clipped).
void OpenCard(UiHarness& h, App& app, const char* id) {
    ImGui::GetIO().DisplaySize = ImVec2(1280, 3000);
    app.ui.SelectClient(id);
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
}

std::string Icon(const char* icon, const char* text) { return std::string(icon) + " " + text; }

}  // namespace

TEST_CASE("segmentation: typing filters the used values (case-folded Cyrillic), a click takes one") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    OpenCard(h, app, "target");
    for (const char* label : {"Segment", "Industry", "Size", "Source", "Status", "Add a tag"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));

    h.Click(app, "Segment");
    // Before typing, every used value is offered, spellings differing in case merged.
    CHECK(UiHarness::Has("Средний бизнес"));
    CHECK(UiHarness::Has("Крупный бизнес"));
    CHECK_FALSE(UiHarness::Has("средний бизнес"));
    const uint64_t rebuilds = app.ui.sections.suggestions.rebuilds;
    CHECK(rebuilds == 1);

    h.Type(app, "СРЕД");
    CHECK(app.store.clients.Find("target")->segment == "СРЕД");  // written as typed
    CHECK(UiHarness::Has("Средний бизнес"));
    CHECK_FALSE(UiHarness::Has("Крупный бизнес"));
    h.Frame(app, 3);
    // Typing changes the clients' version at each key, but the values are not rebuilt.
    CHECK(app.ui.sections.suggestions.rebuilds == rebuilds);

    h.Click(app, "Средний бизнес");
    CHECK(app.store.clients.Find("target")->segment == "Средний бизнес");
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Крупный бизнес"));  // the dropdown closed
    CHECK(app.ui.sections.popup.field_id == 0);

    // A text matching nothing shows no dropdown; idle frames rebuild nothing.
    h.Click(app, "Source");
    h.Type(app, "zzz");
    CHECK(app.ui.sections.popup.matches.empty());
    const uint64_t after = app.ui.sections.suggestions.rebuilds;
    h.Frame(app, 5);
    CHECK(app.ui.sections.suggestions.rebuilds == after);
}

TEST_CASE("segmentation: arrow keys and Enter take a suggestion; the status combo") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    OpenCard(h, app, "target");
    h.Click(app, "Industry");
    h.Type(app, "ПРО");  // "Производство" starts with it; nothing else contains it
    h.Key(app, ImGuiKey_DownArrow);
    CHECK(app.ui.sections.popup.highlighted == 0);
    h.Key(app, ImGuiKey_Enter);
    CHECK(app.store.clients.Find("target")->industry == "Производство");

    // Prefix matches come before other matches: "о" starts "Оптовая торговля" and is inside
    // "Производство".
    h.Click(app, "Industry");
    for (int i = 0; i < 20; ++i) h.Key(app, ImGuiKey_Backspace);
    h.Type(app, "о");
    REQUIRE(app.ui.sections.popup.matches.size() >= 1);
    const auto& list = app.ui.sections.suggestions.lists[static_cast<size_t>(SuggestList::Industry)];
    CHECK(list[app.ui.sections.popup.matches[0]].value == "Оптовая торговля");
    h.Key(app, ImGuiKey_Escape);

    h.Click(app, "Status");
    h.Click(app, "Former");
    CHECK(app.store.clients.Find("target")->status == ClientStatus::Former);
}

TEST_CASE("segmentation: tags are added with Enter or a suggestion, removed with their x") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    OpenCard(h, app, "target");
    CHECK(app.store.clients.Find("target")->tags.empty());

    h.Click(app, "Add a tag");
    h.Type(app, "vip");
    h.Key(app, ImGuiKey_Enter);
    CHECK(app.store.clients.Find("target")->tags == std::vector<std::string>{"vip"});
    CHECK(app.ui.sections.tag_input.empty());
    h.Frame(app, 2);
    CHECK(UiHarness::Has("vip"));  // the chip
    CHECK(UiHarness::ActiveId() != 0);  // still typing tags

    h.Type(app, "моск");
    CHECK(UiHarness::Has("Москва"));
    h.Key(app, ImGuiKey_DownArrow);
    h.Key(app, ImGuiKey_Enter);
    CHECK(app.store.clients.Find("target")->tags == std::vector<std::string>{"vip", "Москва"});

    // A tag the client already has (in another case) is not added twice, nor offered.
    h.Frame(app, 2);
    h.Type(app, "МОСКВА");
    CHECK(app.ui.sections.popup.matches.empty());
    h.Key(app, ImGuiKey_Enter);
    CHECK(app.store.clients.Find("target")->tags.size() == 2);

    h.Click(app, "Remove tag «vip»");
    CHECK(app.store.clients.Find("target")->tags == std::vector<std::string>{"Москва"});
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("vip"));
}

TEST_CASE("contract banner: none in force, expiring with plural forms, far away") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    app.store.contracts.Upsert(MakeContract("old", "target", "Д-3", InDays(-400), InDays(-10)));
    OpenCard(h, app, "target");
    CHECK(UiHarness::Has("No contract in force"));
    char expired[32];
    FormatDate(InDays(-10), expired, sizeof expired);
    CHECK(UiHarness::Has(("№ Д-3 expired on " + std::string(expired) + ".").c_str()));

    const struct {
        int days;
        const char* en;
        const char* ru;
    } cases[] = {
        {0, "Contract № K-1 expires today", "Договор № K-1 истекает сегодня"},
        {1, "Contract № K-1 expires in 1 day", "Договор № K-1 истекает через 1 день"},
        {3, "Contract № K-1 expires in 3 days", "Договор № K-1 истекает через 3 дня"},
        {5, "Contract № K-1 expires in 5 days", "Договор № K-1 истекает через 5 дней"},
        {21, "Contract № K-1 expires in 21 days", "Договор № K-1 истекает через 21 день"},
        {30, "Contract № K-1 expires in 30 days", "Договор № K-1 истекает через 30 дней"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.days);
        app.store.contracts.Upsert(MakeContract("k", "target", "K-1", InDays(-100), InDays(c.days)));
        app.SetLanguage("en");
        h.Frame(app, 2);
        CHECK(UiHarness::Has(c.en));
        CHECK_FALSE(UiHarness::Has("No contract in force"));
        app.SetLanguage("ru");
        h.Frame(app, 2);
        CHECK(UiHarness::Has(c.ru));
    }
    app.SetLanguage("en");
    app.store.contracts.Upsert(MakeContract("k", "target", "K-1", InDays(-100), InDays(31)));
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Contract № K-1 expires in 31 days"));
    CHECK_FALSE(UiHarness::Has("No contract in force"));
    // An open-ended contract beside it is the current one.
    app.store.contracts.Upsert(MakeContract("open", "target", "O-2", InDays(-5), Date{}));
    h.Frame(app, 2);
    CHECK(UiHarness::Has(Icon(ICON_BRIEFCASE, "Contract № O-2").c_str()));
}

TEST_CASE("current contract: a click opens the Contracts tab on its row") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    app.store.contracts.Upsert(MakeContract("k", "target", "K-1", InDays(-10), InDays(100)));
    OpenCard(h, app, "target");
    REQUIRE(UiHarness::Has("Open contract"));

    automation::Rect r;
    REQUIRE(automation::Locate("Open contract", r));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(r.x + r.w / 2, r.y + r.h / 2);
    h.Frame(app);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    h.Frame(app);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    h.Frame(app);
    CHECK(app.ui.focus_contract_id == "k");
    CHECK(app.ui.tab == CardTab::Contracts);
    h.Frame(app, 3);
    CHECK(app.ui.tab == CardTab::Contracts);
    CHECK(app.ui.focus_contract_id.empty());  // consumed by the Contracts tab
    CHECK(app.ui.sections.highlighted_contract_id == "k");

    // Back on the Main tab the highlight is gone; the number is a link too.
    h.Click(app, "Main");
    CHECK(app.ui.sections.highlighted_contract_id.empty());
    h.Click(app, Icon(ICON_BRIEFCASE, "Contract № K-1").c_str());
    CHECK(app.ui.tab == CardTab::Contracts);
    CHECK(app.ui.sections.highlighted_contract_id == "k");
}

TEST_CASE("current contract: none in force tells what became of the latest one") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    OpenCard(h, app, "target");
    CHECK(UiHarness::Has("The client has no contracts yet."));
    app.store.contracts.Upsert(MakeContract("d", "target", "12", InDays(-1), Date{}, ContractStatus::Draft));
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Draft № 12 is awaiting signature."));
    app.SetLanguage("ru");
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Черновик № 12 ожидает подписания."));
    CHECK(UiHarness::Has("Нет действующего договора"));
    h.Click(app, "Открыть");
    CHECK(app.ui.tab == CardTab::Contracts);
    CHECK(app.ui.sections.highlighted_contract_id == "d");
}

TEST_CASE("infobases: add one that needs an update, see the summary, mark it updated") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    OpenCard(h, app, "target");
    CHECK(UiHarness::Has("No infobases."));
    CHECK_FALSE(UiHarness::Has(Icon(ICON_REFRESH, "1 infobase needs an update").c_str()));

    h.Click(app, "Add infobase");
    CHECK(UiHarness::Has("New infobase"));
    CHECK(UiHarness::ActiveId() != 0);  // the name field has the keyboard
    h.Type(app, "Бухгалтерия (рабочая)");
    h.Click(app, "Configuration");
    h.Type(app, "Бухгалтерия предприятия КОРП");
    h.Click(app, "Needs an update");
    h.Click(app, "Last updated");
    h.Type(app, "2026-02-31");
    h.Click(app, "Save");
    // Refused: no such day, said under the field.
    CHECK(app.store.clients.Find("target")->infobases.empty());
    CHECK(UiHarness::Has("There is no such day: 2026-02-31."));
    CHECK(UiHarness::Has("Type the date as YYYY-MM-DD, e.g. 2026-11-27."));

    h.Click(app, "Today");
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("There is no such day: 2026-02-31."));
    h.Click(app, "Save");
    const Client* c = app.store.clients.Find("target");
    REQUIRE(c->infobases.size() == 1);
    CHECK(c->infobases[0].name == "Бухгалтерия (рабочая)");
    CHECK(c->infobases[0].configuration == "Бухгалтерия предприятия КОРП");
    CHECK(c->infobases[0].needs_update);
    CHECK(c->infobases[0].updated_on == Today());
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("New infobase"));  // the form closed
    CHECK(UiHarness::Has(Icon(ICON_REFRESH, "1 infobase needs an update").c_str()));
    CHECK(UiHarness::Has("Бухгалтерия (рабочая)"));

    // Russian: the plural form and the date format.
    Client two = *c;
    two.infobases.push_back(two.infobases[0]);
    two.infobases.back().name = "ЗУП";
    app.store.clients.Upsert(two);
    app.SetLanguage("ru");
    h.Frame(app, 2);
    CHECK(UiHarness::Has(Icon(ICON_REFRESH, "2 информационные базы требуют обновления").c_str()));
    app.SetLanguage("en");
    h.Frame(app, 2);
    CHECK(UiHarness::Has(Icon(ICON_REFRESH, "2 infobases need an update").c_str()));

    h.Click(app, "Mark updated today");
    CHECK_FALSE(app.store.clients.Find("target")->infobases[0].needs_update);
    CHECK(app.store.clients.Find("target")->infobases[1].needs_update);
    h.Frame(app, 2);
    CHECK(UiHarness::Has(Icon(ICON_REFRESH, "1 infobase needs an update").c_str()));
}

TEST_CASE("infobases: the date is typed the Russian way in Russian; a wrong format is explained") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    app.SetLanguage("ru");
    OpenCard(h, app, "target");
    h.Click(app, "Добавить базу");
    h.Type(app, "Торговля");
    h.Click(app, "Дата обновления");
    h.Type(app, "15/3/26");
    h.Click(app, "Сохранить");
    CHECK(app.store.clients.Find("target")->infobases.empty());
    CHECK(UiHarness::Has("Введите дату в виде ДД.ММ.ГГГГ, например 27.11.2026."));
    h.Click(app, "Дата обновления");
    for (int i = 0; i < 10; ++i) h.Key(app, ImGuiKey_Backspace);
    h.Type(app, "15.03.2026");
    h.Click(app, "Сохранить");
    const Client* c = app.store.clients.Find("target");
    REQUIRE(c->infobases.size() == 1);
    CHECK(c->infobases[0].updated_on == *Date::Parse("2026-03-15"));
    CHECK_FALSE(c->infobases[0].needs_update);
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("1 информационная база требует обновления"));
    app.SetLanguage("en");
}

TEST_CASE("products: add, edit, remove with Undo") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    OpenCard(h, app, "target");
    h.Click(app, "Add product");
    h.Type(app, "1С:ERP");
    h.Click(app, "Version");
    h.Type(app, "2.5.14");
    h.Click(app, "Licences");
    h.Type(app, "25");
    h.Click(app, "Save");
    REQUIRE(app.store.clients.Find("target")->products.size() == 1);
    CHECK(app.store.clients.Find("target")->products[0].licenses == 25);

    h.Click(app, "Add product");
    h.Type(app, "1С:Документооборот");
    h.Click(app, "Save");
    REQUIRE(app.store.clients.Find("target")->products.size() == 2);

    // Edit the first row: the form holds its values.
    h.Click(app, "Edit");
    CHECK(UiHarness::Has("Edit product"));
    h.Click(app, "Licences");
    h.Key(app, ImGuiKey_Backspace);
    h.Key(app, ImGuiKey_Backspace);
    h.Type(app, "40");
    h.Click(app, "Save");
    CHECK(app.store.clients.Find("target")->products[0].licenses == 40);
    CHECK(app.store.clients.Find("target")->products[0].version == "2.5.14");

    // An empty name is refused.
    h.Click(app, "Add product");
    h.Click(app, "Save");
    CHECK(UiHarness::Has("A name is required."));
    CHECK(app.store.clients.Find("target")->products.size() == 2);
    h.Click(app, "Cancel");

    h.Click(app, "Remove");
    CHECK(app.store.clients.Find("target")->products.size() == 1);
    CHECK(app.store.clients.Find("target")->products[0].name == "1С:Документооборот");
    CHECK(UiHarness::Has("Product «1С:ERP» removed."));
    h.Click(app, "Undo");
    const Client* c = app.store.clients.Find("target");
    REQUIRE(c->products.size() == 2);
    CHECK(c->products[0].name == "1С:ERP");
    CHECK(c->products[0].licenses == 40);
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Product «1С:ERP» removed."));
}

TEST_CASE("read-only: the sections change nothing") {
    EnglishUi en;
    UiHarness h;
    App app;
    Fill(app.store);
    Client t = *app.store.clients.Find("target");
    t.tags = {"vip"};
    t.products = {Product{"1С:ERP", "2.5", 10, "", ""}};
    app.store.clients.Upsert(t);
    app.store.ClearDirty();
    app.env.read_only = true;
    OpenCard(h, app, "target");
    CHECK_FALSE(UiHarness::Has("Add a tag"));
    h.Click(app, "Segment");
    h.Type(app, "x");
    h.Click(app, "Remove tag «vip»");
    h.Click(app, "Remove");
    h.Click(app, "Add product");
    CHECK_FALSE(UiHarness::Has("New product"));
    CHECK_FALSE(app.store.HasChanges());
    CHECK(app.store.clients.Find("target")->tags.size() == 1);
}
