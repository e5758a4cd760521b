// The incoming-call window driven like a user would (tests/unit/ui_harness.h): F2 or the
// menu bar button, a number typed in three formats, Open card, Log call, an unknown
// number turned into a new client or added to an existing one, Esc, read-only, Russian.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "model/phone.h"
#include "platform/native_testing.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/incoming_call.h"
#include "ui/main_sections.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::UiHarness;

struct Fixture {
    card::test::EnglishUi english;
    UiHarness h;
    App app;
    Fixture() {
        platform::native_testing::ClearSettings();
        ImGui::GetIO().DisplaySize = ImVec2(1600, 1200);
        Store& s = app.store;
        Employee e;
        e.id = "e1";
        e.name = "Орлова Екатерина Дмитриевна";
        e.position = "Менеджер по продажам";
        e.phone = "+7 495 777-10-10 доб. 123";
        s.employees.Upsert(e);
        Employee e2;
        e2.id = "e2";
        e2.name = "Лебедев Максим Олегович";
        e2.phone = "+7 495 777-10-10 доб. 214";
        s.employees.Upsert(e2);

        Client c;
        c.id = "c1";
        c.name = "ТехноСтрой";
        c.inn = "7714123459";
        c.phones = {"+7 495 640-12-00"};
        c.responsibles = {{"e1", ResponsibleRole::SalesManager, ""}, {"e2", ResponsibleRole::ServiceEngineer, ""}};
        s.clients.Upsert(c);
        Client d;
        d.id = "c2";
        d.name = "Северный ветер";
        d.inn = "7802148766";
        d.phones = {"+7 (812) 309-55-10"};
        s.clients.Upsert(d);

        Contact k;
        k.id = "k1";
        k.client_id = "c1";
        k.name = "Волков Игорь Николаевич";
        k.position = "Генеральный директор";
        k.phones = {"+7 495 640-12-00 доб. 100", "+7 903 123-45-67"};
        s.contacts.Upsert(k);

        Contract ct;
        ct.id = "ct1";
        ct.client_id = "c1";
        ct.number = "Д-15";
        ct.status = ContractStatus::Active;
        ct.valid_from = Date::FromYmd(2020, 1, 1);
        s.contracts.Upsert(ct);
        s.ClearDirty();
        h.Frame(app, 2);
    }
    ~Fixture() { platform::native_testing::ClearSettings(); }
    void OpenWithF2() {
        h.Key(app, ImGuiKey_F2);
        h.Frame(app, 2);
        REQUIRE(app.ui.incoming.open);
    }
    size_t Calls() const { return app.store.interactions.size(); }
};

const char* kTechnoHeader = "ТехноСтрой \xC2\xB7 INN 7714123459";

}  // namespace

TEST_CASE("incoming call: F2 opens the window with the number field focused; three formats find the client") {
    Fixture f;
    CHECK_FALSE(f.app.ui.incoming.open);
    for (const char* number : {"8 (495) 640-12-00", "+7 495 6401200", "4956401200"}) {
        CAPTURE(number);
        f.OpenWithF2();
        CHECK(UiHarness::Has("Caller's number"));
        CHECK_FALSE(UiHarness::Has(kTechnoHeader));
        f.h.Type(f.app, number);  // no click: the field has the keyboard
        CHECK(f.app.ui.incoming.number == number);
        CHECK(UiHarness::Has(kTechnoHeader));
        CHECK(UiHarness::Has(ICON_CHECK " Contract in force: № Д-15, open-ended"));
        // The contact on an extension of that line, and whom to put the call through to.
        CHECK(UiHarness::Has("Волков Игорь Николаевич, Генеральный директор"));
        CHECK(UiHarness::Has("Орлова Екатерина Дмитриевна"));
        CHECK(UiHarness::Has("+7 495 777-10-10 доб. 123"));  // a tel: link
        CHECK(UiHarness::Has("ext. 123"));
        CHECK_FALSE(UiHarness::Has("Северный ветер \xC2\xB7 INN 7802148766"));
        // Esc closes at once, even from the field, and the next call starts empty.
        f.h.Key(f.app, ImGuiKey_Escape);
        CHECK_FALSE(f.app.ui.incoming.open);
        CHECK_FALSE(UiHarness::Has("Caller's number"));
    }
    CHECK(f.Calls() == 0);
}

TEST_CASE("incoming call: the menu bar button, Open card") {
    Fixture f;
    f.app.ui.SelectClient("c2");
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "Incoming call…");
    REQUIRE(f.app.ui.incoming.open);
    f.h.Type(f.app, "8 903 123 45 67");  // Волков's mobile: the contact and its client
    CHECK(UiHarness::Has(kTechnoHeader));
    CHECK(UiHarness::Has("Волков Игорь Николаевич, Генеральный директор"));
    f.h.Click(f.app, "Open card");
    CHECK_FALSE(f.app.ui.incoming.open);
    CHECK(f.app.ui.selected_id == "c1");
    CHECK(f.app.ui.tab == CardTab::Main);
    CHECK(f.Calls() == 0);
}

TEST_CASE("incoming call: Log call adds an incoming call with the contact and shows it on the card") {
    Fixture f;
    SetCurrentUserId(f.app.ui, "e1");
    f.OpenWithF2();
    f.h.Type(f.app, "+7 903 123-45-67");
    f.h.Click(f.app, "Log call");
    REQUIRE(f.Calls() == 1);
    const Interaction& x = f.app.store.interactions.All()[0];
    CHECK(x.client_id == "c1");
    CHECK(x.contact_id == "k1");
    CHECK(x.type == InteractionType::Call);
    CHECK(x.direction == Direction::In);
    CHECK(x.status == InteractionStatus::Done);
    CHECK(x.owner_id == "e1");
    CHECK_FALSE(x.at.empty());
    CHECK(x.subject == "Incoming call from +7 903 123-45-67");
    CHECK_FALSE(f.app.ui.incoming.open);
    CHECK(f.app.ui.selected_id == "c1");
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("Incoming call from +7 903 123-45-67"));  // on the timeline
    CHECK(f.app.ui.timeline.selected_id == x.id);                 // highlighted there
    const std::string first_id = x.id;  // `x` lives in a vector the next call may move

    // The company's own line: a call with no contact person.
    f.OpenWithF2();
    f.h.Type(f.app, "84956401200");
    f.h.Click(f.app, "Log call");  // the first row: the company phone
    REQUIRE(f.Calls() == 2);
    for (const Interaction& y : f.app.store.interactions.All())
        if (y.id != first_id) {
            CHECK(y.contact_id.empty());
            CHECK(y.subject == "Incoming call from +7 495 640-12-00");
        }
}

TEST_CASE("incoming call: partial typing, then the whole number") {
    Fixture f;
    f.OpenWithF2();
    f.h.Type(f.app, "8 (4");
    CHECK(UiHarness::Has("Type at least 4 digits."));
    f.h.Type(f.app, "95) 640");
    CHECK(UiHarness::Has("The number is not complete: partial matches."));
    CHECK(UiHarness::Has(kTechnoHeader));
    f.h.Type(f.app, "-12-00");
    CHECK_FALSE(UiHarness::Has("The number is not complete: partial matches."));
    CHECK(UiHarness::Has(kTechnoHeader));
    CHECK(f.app.ui.incoming.result.complete);
}

TEST_CASE("incoming call: an unknown number becomes a new client") {
    Fixture f;
    f.OpenWithF2();
    f.h.Type(f.app, "8 (495) 000-00-01 доб. 7");
    CHECK(UiHarness::Has("Unknown number: no client, contact person or employee has it."));
    const size_t before = f.app.store.clients.size();
    f.h.Click(f.app, "New client with this number");
    REQUIRE(f.app.store.clients.size() == before + 1);
    CHECK_FALSE(f.app.ui.incoming.open);
    const Client* c = f.app.store.clients.Find(f.app.ui.selected_id);
    REQUIRE(c != nullptr);
    REQUIRE(c->phones.size() == 1);
    CHECK(c->phones[0] == "+7 495 000-00-01 ext. 7");
    CHECK(PhoneMatchKey(c->phones[0]) == "+74950000001");
    CHECK(f.app.ui.tab == CardTab::Main);
    // Now the number is known.
    CHECK(LookupPhoneJson(f.app.store, f.app.ui, "84950000001").find(f.app.ui.selected_id) != std::string::npos);
}

TEST_CASE("incoming call: an unknown number added to an existing client found by name") {
    Fixture f;
    f.OpenWithF2();
    f.h.Type(f.app, "+7 812 111-22-33");
    f.h.Click(f.app, "Add to an existing client…");
    CHECK(UiHarness::Has("Find the client"));
    f.h.Type(f.app, "СЕВЕР");  // folded: case does not matter; the field has the keyboard
    CHECK_FALSE(UiHarness::Has("ТехноСтрой \xC2\xB7 7714123459"));
    f.h.Click(f.app, "Северный ветер \xC2\xB7 7802148766");
    const Client& c = *f.app.store.clients.Find("c2");
    REQUIRE(c.phones.size() == 2);
    CHECK(c.phones[1] == "+7 812 111-22-33");
    // The window stays, now with the client as an exact match.
    CHECK(f.app.ui.incoming.open);
    CHECK(UiHarness::Has("The number was added to the phones of Северный ветер."));
    CHECK(UiHarness::Has("Северный ветер \xC2\xB7 INN 7802148766"));
    CHECK(UiHarness::Has("No contract in force") == false);  // the line carries the icon
    CHECK(UiHarness::Has(ICON_WARNING " No contract in force"));
}

TEST_CASE("incoming call: read-only looks up and opens cards, but changes nothing") {
    Fixture f;
    f.app.env.read_only = true;
    f.OpenWithF2();
    CHECK(UiHarness::Has(
        "Read-only: another tab is editing the data. Look-ups and Open card work here; logging calls and adding "
        "numbers do not."));
    f.h.Type(f.app, "+7 903 123-45-67");
    CHECK(UiHarness::Has(kTechnoHeader));
    f.h.Click(f.app, "Log call");
    CHECK(f.Calls() == 0);
    CHECK(f.app.ui.incoming.open);
    f.h.Key(f.app, ImGuiKey_Escape);
    f.OpenWithF2();
    f.h.Type(f.app, "+7 495 000-00-02");
    const size_t before = f.app.store.clients.size();
    f.h.Click(f.app, "New client with this number");
    CHECK(f.app.store.clients.size() == before);
    f.h.Click(f.app, "Add to an existing client…");
    CHECK_FALSE(UiHarness::Has("Find the client"));
    CHECK(NewClientWithNumber(f.app.store, f.app.ui, "+7 495 000-00-02", true).empty());
    CHECK_FALSE(AddNumberToClient(f.app.store, f.app.ui, "c1", "+7 495 000-00-02", true));
    f.h.Key(f.app, ImGuiKey_Escape);
    f.OpenWithF2();
    f.h.Type(f.app, "4956401200");
    f.h.Click(f.app, "Open card");
    CHECK(f.app.ui.selected_id == "c1");
    CHECK_FALSE(f.app.ui.incoming.open);
}

TEST_CASE("incoming call: in Russian") {
    Fixture f;
    SetCurrentLanguage(Lang::Ru);
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "Входящий звонок…");
    REQUIRE(f.app.ui.incoming.open);
    f.h.Type(f.app, "8 (495) 640-12-00 доб. 100");
    CHECK(UiHarness::Has("ТехноСтрой \xC2\xB7 ИНН 7714123459"));
    CHECK(UiHarness::Has(ICON_CHECK " Договор действует: № Д-15, бессрочный"));
    CHECK(UiHarness::Has("доб. 123"));
    // The contact on extension 100 comes first: its Log call is the first one.
    CHECK(f.app.ui.incoming.result.matches.front().contact_id == "k1");
    f.h.Click(f.app, "Записать звонок");
    REQUIRE(f.Calls() == 1);
    const Interaction& x = f.app.store.interactions.All()[0];
    CHECK(x.contact_id == "k1");
    CHECK(x.subject == "Входящий звонок с +7 495 640-12-00 доб. 100");
}

TEST_CASE("incoming call: cardApp.lookupPhone's JSON") {
    Fixture f;
    const std::string json = LookupPhoneJson(f.app.store, f.app.ui, "+7 495 640-12-00 ext. 100");
    CHECK(json.find("\"clientId\":\"c1\"") != std::string::npos);
    CHECK(json.find("\"contactId\":\"k1\"") != std::string::npos);
    CHECK(json.find("\"contactName\":\"Волков Игорь Николаевич\"") != std::string::npos);
    CHECK(json.find("\"contractInForce\":true") != std::string::npos);
    CHECK(json.find("\"rank\":\"exact_extension\"") != std::string::npos);
    CHECK(json.find("\"extension\":\"123\"") != std::string::npos);
    // The contact (extension 100) comes before the client's own line.
    CHECK(json.find("\"contactId\":\"k1\"") < json.find("\"contactId\":\"\""));
    CHECK(LookupPhoneJson(f.app.store, f.app.ui, "+7 495 000-00-00") == "[]");
    CHECK(LookupPhoneJson(f.app.store, f.app.ui, "") == "[]");
}

TEST_CASE("incoming call: phone formatting for new numbers") {
    card::test::EnglishUi english;
    CHECK(FormatPhoneNumber("84951234567") == "+7 495 123-45-67");
    CHECK(FormatPhoneNumber("4951234567 доб. 12") == "+7 495 123-45-67 ext. 12");
    CHECK(FormatPhoneNumber("+44 20 7946 0958") == "+442079460958");
    CHECK(FormatPhoneNumber("  123-45-67 ") == "123-45-67");
    SetCurrentLanguage(Lang::Ru);
    CHECK(FormatPhoneNumber("4951234567 ext 12") == "+7 495 123-45-67 доб. 12");
}
