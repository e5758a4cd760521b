// The contact persons section and the links of the requisites section, driven through the
// UI harness by clicks and typing (labels are the English text before "###").
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/requisites.h"
#include "platform/native_testing.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/requisite_checks.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;
namespace nt = card::platform::native_testing;

Contact MakeContact(const char* id, const char* client, const char* name, bool primary) {
    Contact k;
    k.id = id;
    k.client_id = client;
    k.name = name;
    k.primary = primary;
    return k;
}

// c1 with two contacts (Петров primary), c2 with none.
void Fill(Store& s) {
    Client a;
    a.id = "c1";
    a.name = "Ромашка";
    a.inn = "7707083893";
    a.legal_address = "г. Москва, ул. Лесная, д. 5";
    a.actual_address = "г. Москва, ул. Садовая, д. 1";
    a.phones = {"+7 495 123-45-67", "not a phone"};
    a.emails = {"info@romashka.ru"};
    a.website = "romashka.ru";
    s.clients.Upsert(a);
    Client b;
    b.id = "c2";
    b.name = "Лютик";
    s.clients.Upsert(b);

    Contact k = MakeContact("k1", "c1", "Петров Пётр", true);
    k.position = "Директор";
    k.role = "ЛПР";
    k.phones = {"+7 916 000-00-00", "8 (495) 123-45-67 доб. 3"};
    k.emails = {"petrov@romashka.ru"};
    k.notes = "Звонить после 11:00";
    s.contacts.Upsert(k);
    Contact m = MakeContact("k2", "c1", "Андреева Анна", false);
    m.position = "Главный бухгалтер";
    m.phones = {"12345"};  // invalid: drawn plain, no link
    s.contacts.Upsert(m);
}

// A harness tall enough that the whole left half of the Main tab is on screen.
struct Fixture {
    EnglishUi en;
    UiHarness h;
    App app;
    explicit Fixture(const char* client = "c1") {
        ImGui::GetIO().DisplaySize = ImVec2(1400, 2600);
        Fill(app.store);
        app.store.ClearDirty();
        app.ui.SelectClient(client);
        app.ui.SelectTab(CardTab::Main);
        h.Frame(app, 3);
    }
    std::vector<const Contact*> Contacts(const char* client = "c1") {
        std::vector<const Contact*> out;
        for (uint32_t pos : app.store.contacts.OwnedBy(client)) out.push_back(&app.store.contacts[pos]);
        return out;
    }
    int Primaries(const char* client = "c1") {
        int n = 0;
        for (const Contact* k : Contacts(client)) n += k->primary ? 1 : 0;
        return n;
    }
};

std::string Problem(const char* value, CheckReason reason) {
    char line[512];
    std::snprintf(line, sizeof line, Tr(Str::ProblemWithValue), value, Tr(CheckReasonStr(reason)));
    return line;
}

}  // namespace

TEST_CASE("contacts: the list shows both contacts, primary first, and an empty state") {
    Fixture f;
    CHECK(UiHarness::Has("Петров Пётр"));
    CHECK(UiHarness::Has("Андреева Анна"));
    CHECK(UiHarness::Has("Add contact"));
    CHECK_FALSE(UiHarness::Has("No contact persons yet."));
    // Primary first although "Андреева" sorts before "Петров".
    const auto& rows = f.app.ui.contacts.rows;
    REQUIRE(rows.order.size() == 2);
    CHECK(f.app.store.contacts[rows.order[0]].id == "k1");
    CHECK(f.app.store.contacts[rows.order[1]].id == "k2");
    automation::Rect a, b;
    REQUIRE(automation::Locate("Петров Пётр", a));
    REQUIRE(automation::Locate("Андреева Анна", b));
    CHECK(a.y < b.y);
    // Drawing again neither rebuilds the cache nor writes anything.
    const uint64_t built = rows.built;
    f.h.Frame(f.app, 5);
    CHECK(rows.built == built);
    CHECK_FALSE(f.app.store.HasChanges());

    f.app.ui.SelectClient("c2");
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("No contact persons yet."));
}

TEST_CASE("contacts: add a contact by clicking and typing; warnings do not stop the save") {
    Fixture f("c2");
    f.h.Click(f.app, "Add contact");
    REQUIRE(UiHarness::Has("Full name"));
    CHECK_FALSE(UiHarness::Has("No contact persons yet."));
    CHECK(f.app.store.contacts.size() == 2);  // nothing written before Save
    f.h.Type(f.app, "Сидоров Иван");          // the name field has the keyboard
    f.h.Click(f.app, "Position");
    f.h.Type(f.app, "Главный инженер");
    f.h.Click(f.app, "ЛПР");  // a role suggestion: used by a contact of another client
    CHECK(f.app.ui.contacts.draft.role == "ЛПР");
    f.h.Click(f.app, "Phone numbers");
    f.h.Type(f.app, "+7 916 111-22-33\n12-34");
    f.h.Click(f.app, "E-mail addresses");
    f.h.Type(f.app, "ivan@lutik.ru\nnot-an-email");
    CHECK(UiHarness::Has(Problem("12-34", ValidatePhone("12-34").reason).c_str()));
    CHECK(UiHarness::Has(Problem("not-an-email", ValidateEmail("not-an-email").reason).c_str()));
    CHECK_FALSE(UiHarness::Has(Problem("ivan@lutik.ru", CheckReason::EmailAt).c_str()));
    f.h.Click(f.app, "Note");
    f.h.Type(f.app, "Через секретаря");
    f.h.Click(f.app, "Save");

    const auto list = f.Contacts("c2");
    REQUIRE(list.size() == 1);
    const Contact& k = *list[0];
    CHECK(k.id.size() == 36);  // a UUID from NewId
    CHECK(k.client_id == "c2");
    CHECK(k.name == "Сидоров Иван");
    CHECK(k.position == "Главный инженер");
    CHECK(k.role == "ЛПР");
    CHECK(k.phones == std::vector<std::string>{"+7 916 111-22-33", "12-34"});
    CHECK(k.emails == std::vector<std::string>{"ivan@lutik.ru", "not-an-email"});
    CHECK(k.notes == "Через секретаря");
    CHECK(k.primary);  // the first contact of a client is the primary one
    CHECK(f.app.store.contacts.DirtyIds().count(k.id) == 1);
    CHECK_FALSE(UiHarness::Has("Full name"));  // the editor closed
    CHECK(UiHarness::Has("Сидоров Иван"));
    CHECK(UiHarness::Has("+7 916 111-22-33"));  // as a link
}

TEST_CASE("contacts: Cancel writes nothing") {
    Fixture f("c2");
    f.h.Click(f.app, "Add contact");
    f.h.Type(f.app, "Черновик");
    f.h.Click(f.app, "Cancel");
    CHECK(f.Contacts("c2").empty());
    CHECK_FALSE(f.app.store.HasChanges());
    CHECK(UiHarness::Has("Add contact"));
}

TEST_CASE("contacts: an editor left open for another client comes back as it was") {
    Fixture f("c2");
    f.h.Click(f.app, "Add contact");
    f.h.Type(f.app, "Сидоров Иван");
    f.h.Click(f.app, "Phone numbers");
    f.h.Type(f.app, "12-34");
    f.app.ui.SelectClient("c1");  // look at another card meanwhile
    f.h.Frame(f.app, 3);
    CHECK_FALSE(UiHarness::Has("Full name"));  // c1 has no editor open
    CHECK(UiHarness::Has("Петров Пётр"));
    f.app.ui.SelectClient("c2");
    f.h.Frame(f.app, 3);
    REQUIRE(UiHarness::Has("Full name"));  // the draft is back, with its warnings
    CHECK(f.app.ui.contacts.draft.name == "Сидоров Иван");
    CHECK(UiHarness::Has(Problem("12-34", ValidatePhone("12-34").reason).c_str()));
    CHECK(f.Contacts("c2").empty());  // still nothing written
    f.h.Click(f.app, "Save");
    REQUIRE(f.Contacts("c2").size() == 1);
    CHECK(f.Contacts("c2")[0]->phones == std::vector<std::string>{"12-34"});
}

TEST_CASE("contacts: edit a contact through its editor") {
    Fixture f;
    f.h.Click(f.app, "Андреева Анна");  // a click on the name opens the editor
    REQUIRE(UiHarness::Has("Full name"));
    f.h.Type(f.app, "Андреева Анна Сергеевна");  // the name's text was selected: replaced
    f.h.Click(f.app, "Add contact");  // disabled: one editor at a time
    CHECK(f.app.ui.contacts.editing_id == "k2");
    CHECK(f.app.ui.contacts.draft.name == "Андреева Анна Сергеевна");
    f.h.Click(f.app, "Phone numbers");
    f.h.Key(f.app, ImGuiKey_End);
    for (int i = 0; i < 5; ++i) f.h.Key(f.app, ImGuiKey_Backspace);
    f.h.Type(f.app, "8 (495) 765-43-21");
    f.h.Click(f.app, "Save");
    const Contact* k = f.app.store.contacts.Find("k2");
    REQUIRE(k);
    CHECK(k->name == "Андреева Анна Сергеевна");
    CHECK(k->phones == std::vector<std::string>{"8 (495) 765-43-21"});
    CHECK(k->position == "Главный бухгалтер");
    CHECK_FALSE(k->primary);
    CHECK(f.app.store.contacts.size() == 2);
    // Saving an unchanged contact writes nothing.
    f.app.store.ClearDirty();
    f.h.Click(f.app, "Андреева Анна Сергеевна");
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("contacts: one primary per client") {
    Fixture f;
    // In the editor: the primary checkbox of Андреева.
    f.h.Click(f.app, "Андреева Анна");
    f.h.Click(f.app, "Primary contact");
    CHECK(f.app.ui.contacts.draft.primary);
    CHECK(f.app.store.contacts.Find("k1")->primary);  // nothing written before Save
    f.h.Click(f.app, "Save");
    CHECK(f.app.store.contacts.Find("k2")->primary);
    CHECK_FALSE(f.app.store.contacts.Find("k1")->primary);
    CHECK(f.Primaries() == 1);
    CHECK(f.app.store.contacts[f.app.ui.contacts.rows.order[0]].id == "k2");  // primary first
    // From the list: the star button of the (only) non-primary contact.
    f.h.Click(f.app, ICON_STAR);
    CHECK(f.app.store.contacts.Find("k1")->primary);
    CHECK_FALSE(f.app.store.contacts.Find("k2")->primary);
    CHECK(f.Primaries() == 1);
}

TEST_CASE("contacts: remove, then Undo puts the same record back") {
    Fixture f;
    const Contact before = *f.app.store.contacts.Find("k1");
    f.h.Click(f.app, "Петров Пётр");
    f.h.Click(f.app, "Remove contact");
    CHECK_FALSE(f.app.store.contacts.Contains("k1"));
    CHECK_FALSE(UiHarness::Has("Петров Пётр"));
    REQUIRE(UiHarness::Has("Contact “Петров Пётр” removed."));
    f.h.Frame(f.app, 10);
    CHECK(UiHarness::Has("Contact “Петров Пётр” removed."));  // it stays
    f.h.Click(f.app, "Undo");
    const Contact* back = f.app.store.contacts.Find("k1");
    REQUIRE(back);
    CHECK(back->client_id == before.client_id);
    CHECK(back->name == before.name);
    CHECK(back->phones == before.phones);
    CHECK(back->emails == before.emails);
    CHECK(back->notes == before.notes);
    CHECK(back->primary);
    CHECK_FALSE(UiHarness::Has("Contact “Петров Пётр” removed."));
    CHECK(UiHarness::Has("Петров Пётр"));

    // The next removal replaces the undo; the row's trash button removes too.
    f.h.Click(f.app, ICON_TRASH);  // the first row: Петров (primary first)
    CHECK_FALSE(f.app.store.contacts.Contains("k1"));
    f.h.Click(f.app, "Андреева Анна");
    f.h.Click(f.app, "Remove contact");
    CHECK(UiHarness::Has("Contact “Андреева Анна” removed."));
    CHECK_FALSE(UiHarness::Has("Contact “Петров Пётр” removed."));
    // A client switch forgets it.
    f.app.ui.SelectClient("c2");
    f.h.Frame(f.app, 3);
    f.app.ui.SelectClient("c1");
    f.h.Frame(f.app, 3);
    CHECK_FALSE(UiHarness::Has("Undo"));
    CHECK(f.Contacts().empty());
}

TEST_CASE("contacts: undoing the removal of the primary keeps a primary chosen meanwhile") {
    Fixture f;
    f.h.Click(f.app, "Петров Пётр");
    f.h.Click(f.app, "Remove contact");
    f.h.Click(f.app, ICON_STAR);  // Андреева becomes primary
    CHECK(f.app.store.contacts.Find("k2")->primary);
    f.h.Click(f.app, "Undo");
    REQUIRE(f.app.store.contacts.Contains("k1"));
    CHECK(f.Primaries() == 1);
    CHECK(f.app.store.contacts.Find("k2")->primary);
}

TEST_CASE("contacts: the dismiss button hides the undo bar") {
    Fixture f;
    f.h.Click(f.app, ICON_TRASH);
    REQUIRE(UiHarness::Has("Undo"));
    f.h.Click(f.app, ICON_TIMES);
    CHECK_FALSE(UiHarness::Has("Undo"));
    CHECK_FALSE(f.app.store.contacts.Contains("k1"));
}

TEST_CASE("contacts: phones and e-mails are links; an invalid number is not") {
    Fixture f;
    const int before = nt::LastUrl().count;
    f.h.Click(f.app, "+7 916 000-00-00");
    CHECK(nt::LastUrl().name == "tel:+79160000000");
    CHECK(nt::LastUrl().count == before + 1);
    f.h.Click(f.app, "8 (495) 123-45-67 доб. 3");
    CHECK(nt::LastUrl().name == "tel:+74951234567;ext=3");
    f.h.Click(f.app, "petrov@romashka.ru");
    CHECK(nt::LastUrl().name == "mailto:petrov@romashka.ru");
    CHECK_FALSE(UiHarness::Has("12345"));  // plain text, not a clickable link
    CHECK(nt::LastUrl().count == before + 3);
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("requisites: the client's valid phones, e-mails and website are links") {
    Fixture f;
    f.h.Click(f.app, "+7 495 123-45-67");
    CHECK(nt::LastUrl().name == "tel:+74951234567");
    f.h.Click(f.app, "info@romashka.ru");
    CHECK(nt::LastUrl().name == "mailto:info@romashka.ru");
    f.h.Click(f.app, "romashka.ru");
    CHECK(nt::LastUrl().name == "https://romashka.ru");
    // "not a phone" is in the Phones field and its warning, but is no link.
    const int count = nt::LastUrl().count;
    automation::Rect r;
    CHECK_FALSE(automation::Locate("not a phone", r));
    CHECK(nt::LastUrl().count == count);
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("contacts: read-only shows the list and links, but no add, edit or remove") {
    EnglishUi en;
    UiHarness h;
    App app;
    ImGui::GetIO().DisplaySize = ImVec2(1400, 2600);
    Fill(app.store);
    app.store.ClearDirty();
    app.env.read_only = true;
    app.ui.SelectClient("c1");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    CHECK(app.ui.contacts.rows.order.size() == 2);
    CHECK_FALSE(UiHarness::Has("Петров Пётр"));  // the name is plain text, not a button
    CHECK_FALSE(UiHarness::Has("Add contact"));
    CHECK_FALSE(UiHarness::Has(ICON_PENCIL));
    CHECK_FALSE(UiHarness::Has(ICON_TRASH));
    CHECK_FALSE(UiHarness::Has(ICON_STAR));
    h.Click(app, "+7 916 000-00-00");  // dialling changes nothing: allowed
    CHECK(nt::LastUrl().name == "tel:+79160000000");
    h.Click(app, "info@romashka.ru");
    CHECK(nt::LastUrl().name == "mailto:info@romashka.ru");
    h.Click(app, "Same as legal");
    CHECK(app.store.clients.Find("c1")->actual_address == "г. Москва, ул. Садовая, д. 1");
    CHECK_FALSE(app.store.HasChanges());
}

TEST_CASE("requisites: same as legal keeps the actual address in step") {
    Fixture f;
    const auto client = [&] { return f.app.store.clients.Find("c1"); };
    CHECK_FALSE(f.app.ui.contacts.same_as_legal.checked);  // the addresses differ
    f.h.Click(f.app, "Same as legal");
    CHECK(f.app.ui.contacts.same_as_legal.checked);
    CHECK(client()->actual_address == "г. Москва, ул. Лесная, д. 5");
    // Editing the legal address moves the actual one with it.
    f.h.Click(f.app, "Legal address");
    f.h.Key(f.app, ImGuiKey_End);
    f.h.Type(f.app, ", офис 3");
    CHECK(client()->legal_address == "г. Москва, ул. Лесная, д. 5, офис 3");
    CHECK(client()->actual_address == "г. Москва, ул. Лесная, д. 5, офис 3");
    // The actual field is disabled while checked: typing there changes nothing.
    f.h.Click(f.app, "Actual address");
    f.h.Type(f.app, "X");
    CHECK(client()->actual_address == "г. Москва, ул. Лесная, д. 5, офис 3");
    // Unchecking leaves the copy to edit on its own.
    f.h.Click(f.app, "Same as legal");
    CHECK_FALSE(f.app.ui.contacts.same_as_legal.checked);
    CHECK(client()->actual_address == "г. Москва, ул. Лесная, д. 5, офис 3");
    f.h.Click(f.app, "Actual address");
    f.h.Key(f.app, ImGuiKey_End);
    f.h.Type(f.app, ", склад");
    CHECK(client()->actual_address == "г. Москва, ул. Лесная, д. 5, офис 3, склад");
    CHECK(client()->legal_address == "г. Москва, ул. Лесная, д. 5, офис 3");

    // Another client whose addresses are equal opens with the box checked.
    Client c = *f.app.store.clients.Find("c2");
    c.legal_address = c.actual_address = "г. Тула, ул. Мира, 2";
    f.app.store.clients.Upsert(c);
    f.app.ui.SelectClient("c2");
    f.h.Frame(f.app, 3);
    CHECK(f.app.ui.contacts.same_as_legal.checked);
}
