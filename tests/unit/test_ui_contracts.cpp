// The Contracts and agreements tab driven like a user (tests/unit/ui_harness.h): the
// table's marks for today, the contract window (new, edit, refusals with their messages),
// the row menu (status changes, renewal, removal with Undo), and the Main tab following.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "model/contracts.h"
#include "model/current_contract.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

Date Today() { return platform::Now().LocalDate(); }
Date InDays(int n) { return Date{Today().days + n}; }
std::string Iso(Date d) { return d.Format(); }

Contract MakeContract(const char* id, const char* client, const char* number, Date from, Date to,
                      ContractStatus status = ContractStatus::Active, ContractKind kind = ContractKind::Contract) {
    Contract k;
    k.id = id;
    k.client_id = client;
    k.number = number;
    k.kind = kind;
    k.title = "Сопровождение 1С";
    k.valid_from = from;
    k.valid_to = to;
    k.status = status;
    return k;
}

// "sv": one service agreement, expired 12 days ago but still marked active (no contract in
// force); "ts": in force (ends in 18 days, current), a closed one, a draft renewal.
void Fill(Store& s) {
    Client sv;
    sv.id = "sv";
    sv.name = "Северный ветер";
    s.clients.Upsert(sv);
    Client ts;
    ts.id = "ts";
    ts.name = "ТехноСтрой";
    s.clients.Upsert(ts);
    s.contracts.Upsert(MakeContract("sv-its", "sv", "С-12/2025", InDays(-377), InDays(-12), ContractStatus::Active,
                                    ContractKind::ServiceAgreement));
    Contract its = MakeContract("ts-its", "ts", "ИТС-2025/118", InDays(-347), InDays(18), ContractStatus::Active,
                                ContractKind::ServiceAgreement);
    its.has_amount = true;
    its.amount.minor = 41280000;
    its.terms = "Абонентское обслуживание 1С:ИТС ПРОФ.\nЛиния консультаций: 8 часов в месяц.";
    s.contracts.Upsert(its);
    s.contracts.Upsert(MakeContract("ts-impl", "ts", "Д-47/2023", InDays(-1000), InDays(-640), ContractStatus::Closed));
    s.contracts.Upsert(
        MakeContract("ts-next", "ts", "ИТС-2026/проект", InDays(19), InDays(383), ContractStatus::Draft));
}

struct Fixture {
    EnglishUi en;
    UiHarness h;
    App app;
    explicit Fixture(const char* client, CardTab tab = CardTab::Contracts) {
        ImGui::GetIO().DisplaySize = ImVec2(1600, 1000);
        Fill(app.store);
        app.ui.SelectClient(client);
        app.ui.SelectTab(tab);
        h.Frame(app, 4);
    }
    void SelectAll() {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(ImGuiKey_A, true);
        h.Frame(app);
        io.AddKeyEvent(ImGuiKey_A, false);
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
        h.Frame(app);
    }
    // Clicks the field and replaces its text.
    void Retype(const char* field, const char* text) {
        h.Click(app, field);
        SelectAll();
        h.Type(app, text);
    }
    void RightClick(const char* label) {
        automation::Rect r;
        REQUIRE_MESSAGE(automation::Locate(label, r), "no widget labelled ", std::string(label));
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
        h.Frame(app);
        io.AddMouseButtonEvent(ImGuiMouseButton_Right, true);
        h.Frame(app);
        io.AddMouseButtonEvent(ImGuiMouseButton_Right, false);
        h.Frame(app, 3);
    }
    bool WindowOpen() const { return app.ui.contracts.editor.mode != ContractWindow::Closed; }
};

}  // namespace

TEST_CASE("contracts tab: each row's state today, the current one starred, no banner while one is in force") {
    Fixture f("ts");
    CHECK(UiHarness::Has("ИТС-2025/118"));
    CHECK(UiHarness::Has(ICON_CLOCK " Expires in 18 days"));
    CHECK(UiHarness::Has(ICON_TIMES " Closed"));
    CHECK(UiHarness::Has(ICON_PENCIL " Draft: not in force"));
    CHECK(UiHarness::Has("current"));
    CHECK_FALSE(UiHarness::Has("No contract in force"));
    // The tab's own banner: the current one expires soon, with Renew.
    CHECK(UiHarness::Has("Service agreement № ИТС-2025/118 expires in 18 days"));
    CHECK(UiHarness::Has("Renew…"));
    // Column titles are all there (the wide layout at this size).
    for (const char* col : {"Today", "Kind", "Number", "Title", "Signed", "Valid", "Status", "Amount"}) {
        CAPTURE(col);
        CHECK(UiHarness::Has(col));
    }
    // The order: current first, then the draft (not in force), the closed one last.
    const auto& order = f.app.ui.contracts.rows.order;
    REQUIRE(order.size() == 3);
    CHECK(f.app.store.contracts[order[0]].id == "ts-its");
    CHECK(f.app.store.contracts[order[1]].id == "ts-next");
    CHECK(f.app.store.contracts[order[2]].id == "ts-impl");

    // Russian, with its plural forms.
    f.app.SetLanguage("ru");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has(ICON_CLOCK " Истекает через 18 дней"));
    CHECK(UiHarness::Has("текущий"));
    for (const char* col : {"На сегодня", "Вид", "Номер", "Предмет договора", "Подписан", "Срок действия", "Статус",
                            "Сумма"}) {
        CAPTURE(col);
        CHECK(UiHarness::Has(col));
    }
    struct {
        int days;
        const char* ru;
    } cases[] = {{1, "Истекает через 1 день"}, {3, "Истекает через 3 дня"}, {21, "Истекает через 21 день"},
                 {0, "Истекает сегодня"}};
    for (const auto& c : cases) {
        CAPTURE(c.days);
        Contract k = *f.app.store.contracts.Find("ts-its");
        k.valid_to = InDays(c.days);
        f.app.store.contracts.Upsert(k);
        f.h.Frame(f.app, 2);
        CHECK(UiHarness::Has((std::string(ICON_CLOCK " ") + c.ru).c_str()));
    }
    // Beyond 30 days: plainly in force, no banner.
    Contract k = *f.app.store.contracts.Find("ts-its");
    k.valid_to = InDays(31);
    f.app.store.contracts.Upsert(k);
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has(ICON_CHECK " Действует"));
    CHECK_FALSE(UiHarness::Has("Продлить…"));
}

TEST_CASE("contracts tab: an expired contract still marked active stands out; the red banner") {
    Fixture f("sv");
    CHECK(UiHarness::Has("No contract in force"));
    CHECK(UiHarness::Has(ICON_WARNING " Expired, still marked active"));
    CHECK_FALSE(UiHarness::Has("current"));
    // Narrow card: kind and signing date move under the number and the term, titles stay whole.
    ImGui::GetIO().DisplaySize = ImVec2(1000, 700);
    f.h.Frame(f.app, 3);
    CHECK_FALSE(UiHarness::Has("Kind"));
    CHECK(UiHarness::Has("Service agreement"));
    CHECK(UiHarness::Has("Number"));
    CHECK(UiHarness::Has(ICON_WARNING " Expired, still marked active"));
}

TEST_CASE("new contract: bad dates and a duplicate number are refused with messages; saved active it is in force") {
    Fixture f("sv");
    f.h.Click(f.app, "New contract");
    REQUIRE(f.WindowOpen());
    CHECK(UiHarness::Has("Number"));
    CHECK(UiHarness::Has("A draft is never in force: make it Active once it is signed."));
    // The defaults: from today for a year, less a day.
    CHECK(f.app.ui.contracts.editor.input.valid_from == Iso(Today()));
    CHECK(f.app.ui.contracts.editor.input.valid_to == Iso(YearAfter(Today())));
    CHECK(UiHarness::ActiveId() != 0);  // the keyboard is in the number field

    f.h.Type(f.app, "с-12/2025 ");  // the expired one's number, in lower case, with a space
    f.Retype("Valid from", "31.02.2026");
    f.h.Click(f.app, "Save");
    REQUIRE(f.WindowOpen());
    CHECK(f.app.store.contracts.OwnedBy("sv").size() == 1);  // nothing written
    CHECK(f.app.ui.contracts.editor.tried_save);
    CHECK(f.app.ui.contracts.editor.input.valid_from == "31.02.2026");
    CHECK(f.app.ui.contracts.editor.input.record.number == "с-12/2025 ");
    CHECK(UiHarness::Has("Not saved: correct the fields marked in red."));
    CHECK(UiHarness::Has("There is no such day: 31.02.2026."));
    const std::string taken = "The client already has № С-12/2025 (Active, " + Iso(InDays(-377)) + " \xE2\x80\x93 " +
                              Iso(InDays(-12)) + ").";
    CHECK(UiHarness::Has(taken.c_str()));

    // The end before the start.
    f.Retype("Valid from", Iso(Today()).c_str());
    f.Retype("Valid to", Iso(InDays(-1)).c_str());
    f.h.Click(f.app, "Save");
    REQUIRE(f.WindowOpen());
    CHECK_FALSE(UiHarness::Has("There is no such day: 31.02.2026."));
    const std::string order = "Ends (" + Iso(InDays(-1)) + ") before it starts (" + Iso(Today()) + ").";
    CHECK(UiHarness::Has(order.c_str()));

    // Put right: another number, a year's term, active, an amount.
    f.Retype("Number", "С-13/2026");
    f.h.Click(f.app, "+1 year");
    CHECK(f.app.ui.contracts.editor.input.valid_to == Iso(YearAfter(Today())));
    f.h.Click(f.app, "Status");
    f.h.Click(f.app, "Active");
    f.Retype("Amount", "198 000,50");
    f.h.Click(f.app, "Title");
    f.h.Type(f.app, "Сопровождение 1С:УТ");
    CHECK(UiHarness::Has("Once saved, it is in force today."));
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.WindowOpen());

    const Contract* k = CurrentContract(f.app.store, "sv", Today());
    REQUIRE(k != nullptr);
    CHECK(k->number == "С-13/2026");  // trimmed
    CHECK(k->status == ContractStatus::Active);
    CHECK(k->valid_from == Today());
    CHECK(k->valid_to == YearAfter(Today()));
    CHECK(k->has_amount);
    CHECK(k->amount.minor == 19800050);
    CHECK(k->amount.currency == "RUB");
    CHECK(k->title == "Сопровождение 1С:УТ");
    // The table: the new row is current and highlighted; the banner is gone.
    f.h.Frame(f.app, 2);
    CHECK(f.app.ui.sections.highlighted_contract_id == k->id);
    CHECK_FALSE(UiHarness::Has("No contract in force"));
    CHECK(UiHarness::Has("current"));
    CHECK(UiHarness::Has(ICON_WARNING " Expired, still marked active"));  // the old one still asks for action

    // The Main tab reads the same store: the banner is gone, the block shows the new number.
    ImGui::GetIO().DisplaySize = ImVec2(1600, 3000);
    f.h.Click(f.app, "Main");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(UiHarness::Has("No contract in force"));
    CHECK(UiHarness::Has(ICON_BRIEFCASE " Contract № С-13/2026"));
}

TEST_CASE("contract window: read in full, edit without clashing with itself, Cancel keeps the record") {
    Fixture f("ts");
    f.h.Click(f.app, "ИТС-2025/118");
    REQUIRE(f.WindowOpen());
    CHECK(f.app.ui.contracts.editor.mode == ContractWindow::View);
    CHECK(UiHarness::Has("Абонентское обслуживание 1С:ИТС ПРОФ.\nЛиния консультаций: 8 часов в месяц."));
    CHECK(UiHarness::Has("412,800.00 RUB"));
    CHECK(UiHarness::Has("not signed"));
    f.h.Click(f.app, "Edit");
    CHECK(f.app.ui.contracts.editor.mode == ContractWindow::Edit);
    CHECK(f.app.ui.contracts.editor.input.amount == "412800.00");

    // Its own number, retyped in another case: no clash. Saved with a new end date.
    f.Retype("Number", "итс-2025/118");
    f.Retype("Valid to", Iso(InDays(200)).c_str());
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.WindowOpen());
    const Contract* k = f.app.store.contracts.Find("ts-its");
    REQUIRE(k != nullptr);
    CHECK(k->number == "итс-2025/118");
    CHECK(k->valid_to == InDays(200));
    CHECK(k->terms == "Абонентское обслуживание 1С:ИТС ПРОФ.\nЛиния консультаций: 8 часов в месяц.");
    CHECK(f.app.store.contracts.size() == 4);

    // The closed one's number is taken; Cancel writes nothing.
    f.h.Click(f.app, "итс-2025/118");
    f.h.Click(f.app, "Edit");
    f.Retype("Number", "Д-47/2023");
    f.h.Click(f.app, "Title");  // leaves the number field: its problem shows
    CHECK(UiHarness::Has(("The client already has № Д-47/2023 (Closed, " + Iso(InDays(-1000)) + " \xE2\x80\x93 " +
                          Iso(InDays(-640)) + ").")
                             .c_str()));
    f.h.Click(f.app, "Cancel");
    CHECK_FALSE(f.WindowOpen());
    CHECK(f.app.store.contracts.Find("ts-its")->number == "итс-2025/118");
}

TEST_CASE("contract window: read-only shows the contract and its terms, nothing to edit") {
    Fixture f("ts");
    f.app.env.read_only = true;
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("New contract"));  // drawn, but disabled
    f.h.Click(f.app, "New contract");
    CHECK_FALSE(f.WindowOpen());
    f.h.Click(f.app, "ИТС-2025/118");
    REQUIRE(f.WindowOpen());
    CHECK(UiHarness::Has("Абонентское обслуживание 1С:ИТС ПРОФ.\nЛиния консультаций: 8 часов в месяц."));
    CHECK(UiHarness::Has("Read-only: Client Card is open for editing in another tab."));
    CHECK_FALSE(UiHarness::Has("Edit"));
    f.h.Click(f.app, "Close");
    CHECK_FALSE(f.WindowOpen());
}

TEST_CASE("row menu: close the expired one, renew it, remove with Undo; an ended term is not made active") {
    Fixture f("sv");
    // Making the expired (suspended) contract active again is refused with the reason.
    Contract k = *f.app.store.contracts.Find("sv-its");
    k.status = ContractStatus::Suspended;
    f.app.store.contracts.Upsert(k);
    f.h.Frame(f.app, 2);
    f.RightClick("С-12/2025");
    f.h.Click(f.app, "Make active");
    CHECK(f.app.store.contracts.Find("sv-its")->status == ContractStatus::Suspended);
    const std::string refused = "№ С-12/2025 was not made active: its term ended on " + Iso(InDays(-12)) +
                                ". Change the dates in the contract, or renew it.";
    CHECK(UiHarness::Has(refused.c_str()));

    // Renewing it while it is still marked active offers to close it on save; left unticked,
    // it stays as it is.
    Contract active = *f.app.store.contracts.Find("sv-its");
    active.status = ContractStatus::Active;
    f.app.store.contracts.Upsert(active);
    f.h.Frame(f.app, 2);
    f.RightClick("С-12/2025");
    f.h.Click(f.app, "Renew…");
    REQUIRE(f.WindowOpen());
    CHECK(f.app.ui.contracts.editor.close_renewed);
    f.h.Click(f.app, "Close the expired № С-12/2025 on save");
    CHECK_FALSE(f.app.ui.contracts.editor.close_renewed);
    f.h.Click(f.app, "Cancel");
    CHECK(f.app.store.contracts.OwnedBy("sv").size() == 1);
    // Opened for editing, it says why it shows as expired.
    f.h.Click(f.app, "С-12/2025");
    f.h.Click(f.app, "Edit");
    const std::string ended = "The term ended on " + Iso(InDays(-12)) +
                              ": an active contract will show as expired. Extend it, or close it.";
    CHECK(UiHarness::Has(ended.c_str()));
    f.Retype("Valid to", Iso(InDays(30)).c_str());
    CHECK_FALSE(UiHarness::Has(ended.c_str()));
    f.h.Click(f.app, "Cancel");
    CHECK(f.app.store.contracts.Find("sv-its")->status == ContractStatus::Active);

    // Close it.
    f.RightClick("С-12/2025");
    f.h.Click(f.app, "Close the contract");
    CHECK(f.app.store.contracts.Find("sv-its")->status == ContractStatus::Closed);
    CHECK(UiHarness::Has(ICON_TIMES " Closed"));
    CHECK_FALSE(UiHarness::Has(refused.c_str()));

    // Renew: a draft for the next term, starting the day after it ended.
    f.RightClick("С-12/2025");
    f.h.Click(f.app, "Renew…");
    REQUIRE(f.WindowOpen());
    const ContractEditorUi& e = f.app.ui.contracts.editor;
    CHECK(e.is_new);
    CHECK(e.input.record.kind == ContractKind::ServiceAgreement);
    CHECK(e.input.record.title == "Сопровождение 1С");
    CHECK(e.input.record.status == ContractStatus::Draft);
    CHECK(e.input.valid_from == Iso(InDays(-11)));
    CHECK(e.input.valid_to == Iso(YearAfter(InDays(-11))));
    CHECK_FALSE(e.close_renewed);  // it is closed already
    CHECK_FALSE(UiHarness::Has("Close the expired № С-12/2025 on save"));
    f.h.Type(f.app, "С-12/2026");
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.WindowOpen());
    CHECK(f.app.store.contracts.OwnedBy("sv").size() == 2);

    // Remove the old one, then Undo.
    f.RightClick("С-12/2025");
    f.h.Click(f.app, "Remove");
    CHECK(f.app.store.contracts.Find("sv-its") == nullptr);
    CHECK(UiHarness::Has("Removed: Service agreement № С-12/2025"));
    f.h.Click(f.app, "Undo");
    REQUIRE(f.app.store.contracts.Find("sv-its") != nullptr);
    CHECK(f.app.store.contracts.Find("sv-its")->status == ContractStatus::Closed);
    CHECK_FALSE(UiHarness::Has("Removed: Service agreement № С-12/2025"));
}

TEST_CASE("contracts tab: a header click sorts by that column, again reverses; the order is cached") {
    Fixture f("ts");
    const auto& rows = f.app.ui.contracts.rows;
    const uint64_t built = rows.built;
    f.h.Frame(f.app, 5);
    CHECK(rows.built == built);  // drawing again sorts nothing
    f.h.Click(f.app, "Number");
    auto first = [&] { return f.app.store.contracts[rows.order[0]].id; };
    CHECK(first() == "ts-impl");  // Д… before И…
    f.h.Click(f.app, "Number");
    CHECK(first() == "ts-next");  // ИТС-2026… last ascending, first descending
    CHECK(rows.built > built);
}

TEST_CASE("renewing an expired contract still marked active: saved as active, the old one is closed") {
    Fixture f("sv");
    CHECK_FALSE(UiHarness::Has("Renew…"));  // the red banner has no Renew: none is in force
    f.RightClick("С-12/2025");
    f.h.Click(f.app, "Renew…");
    REQUIRE(f.WindowOpen());
    CHECK(f.app.ui.contracts.editor.renew_number == "С-12/2025");  // the window's title: "Renewal of № С-12/2025"
    CHECK(UiHarness::Has("Close the expired № С-12/2025 on save"));
    f.h.Type(f.app, "С-12/2026");
    f.Retype("Valid from", Iso(Today()).c_str());
    f.h.Click(f.app, "+1 year");
    f.h.Click(f.app, "Status");
    f.h.Click(f.app, "Active");
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.WindowOpen());
    CHECK(f.app.store.contracts.Find("sv-its")->status == ContractStatus::Closed);
    const Contract* k = CurrentContract(f.app.store, "sv", Today());
    REQUIRE(k != nullptr);
    CHECK(k->number == "С-12/2026");
    CHECK(k->kind == ContractKind::ServiceAgreement);
    CHECK(k->title == "Сопровождение 1С");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(UiHarness::Has(ICON_WARNING " Expired, still marked active"));
    CHECK(UiHarness::Has(ICON_TIMES " Closed"));
}
