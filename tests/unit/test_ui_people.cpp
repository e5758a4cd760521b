// The responsible employees section, the employee directory window and the current user,
// driven through the interface with clicks and typing (tests/unit/ui_harness.h).
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "platform/native_testing.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/main_sections.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::UiHarness;

Moment At(const char* s) { return *Moment::Parse(s); }

Employee MakeEmployee(const char* id, const char* name, const char* position, const char* phone,
                      const char* email) {
    Employee e;
    e.id = id;
    e.name = name;
    e.position = position;
    e.department = "Отдел продаж";
    e.phone = phone;
    e.email = email;
    return e;
}

// Two employees: Иванова is a responsible of c1 and owns an interaction; Петров is the
// responsible of an interest; Сидорова is referenced nowhere.
struct Fixture {
    UiHarness h;
    App app;
    Fixture() {
        SetCurrentLanguage(Lang::En);
        platform::native_testing::ClearSettings();
        // Tall enough that the whole left half of the Main tab is on screen.
        ImGui::GetIO().DisplaySize = ImVec2(1600, 1600);
        Store& s = app.store;
        s.employees.Upsert(MakeEmployee("e1", "Иванова Мария", "Менеджер по продажам", "+7 (495) 111-22-33 доб. 101",
                                        "m.ivanova@example.ru"));
        s.employees.Upsert(MakeEmployee("e2", "Петров Алексей", "Инженер", "8 (916) 555-01-02", "a.petrov@example.ru"));
        s.employees.Upsert(MakeEmployee("e3", "Сидорова Ольга", "Бухгалтер", "", ""));

        Client c;
        c.id = "c1";
        c.name = "Ромашка";
        c.responsibles = {{"e1", ResponsibleRole::SalesManager, ""}};
        s.clients.Upsert(c);
        Client d;
        d.id = "c2";
        d.name = "Лютик";
        s.clients.Upsert(d);

        Interaction x;
        x.id = "x1";
        x.client_id = "c1";
        x.type = InteractionType::Call;
        x.subject = "Звонок";
        x.at = At("2026-11-27T10:30:00+03:00");
        x.owner_id = "e1";
        s.interactions.Upsert(x);
        Interaction y = x;
        y.id = "x2";
        s.interactions.Upsert(y);

        Interest i;
        i.id = "i1";
        i.client_id = "c2";
        i.title = "Внедрение";
        i.responsible_id = "e2";
        s.interests.Upsert(i);
        s.ClearDirty();
    }
    ~Fixture() {
        SetCurrentLanguage(Lang::En);
        platform::native_testing::ClearSettings();
    }
    void OpenCard(const char* id) {
        app.ui.SelectClient(id);
        app.ui.SelectTab(CardTab::Main);
        h.Frame(app, 3);
    }
    void OpenDirectoryThroughMenu() {
        h.Frame(app, 2);
        h.Click(app, "Employees");
        h.Click(app, "Employee directory…");
        h.Frame(app, 2);
    }
    const Client& C(const char* id) { return *app.store.clients.Find(id); }
};

}  // namespace

TEST_CASE("people: the directory opens through the menu and lists the employees") {
    Fixture f;
    CHECK_FALSE(f.app.ui.people.directory_open);
    f.OpenDirectoryThroughMenu();
    REQUIRE(f.app.ui.people.directory_open);
    for (const char* label : {"Search employees", "Add employee", "Close", "Иванова Мария", "Петров Алексей", "Сидорова Ольга"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    // Nobody said who they are yet: the window suggests it.
    CHECK(UiHarness::Has("Who are you? Select yourself in the list and press “This is me”: new activities will be "
                         "yours by default."));

    // The search folds case and finds by position too.
    f.h.Click(f.app, "Search employees");
    f.h.Type(f.app, "ИНЖЕНЕР");
    CHECK(UiHarness::Has("Петров Алексей"));
    CHECK_FALSE(UiHarness::Has("Иванова Мария"));
    CHECK_FALSE(UiHarness::Has("Сидорова Ольга"));

    f.h.Click(f.app, "Close");
    CHECK_FALSE(f.app.ui.people.directory_open);
    CHECK_FALSE(UiHarness::Has("Add employee"));
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("people: add an employee by typing; an empty name is refused with the reason") {
    Fixture f;
    f.OpenDirectoryThroughMenu();
    f.h.Click(f.app, "Add employee");
    REQUIRE(f.app.ui.people.adding);
    // The name field has the keyboard at once.
    f.h.Type(f.app, "Ж");
    CHECK(f.app.ui.people.draft.name == "Ж");
    f.h.Key(f.app, ImGuiKey_Backspace);
    CHECK(f.app.ui.people.draft.name.empty());

    // Save with no name: nothing is written, the form says why.
    f.h.Click(f.app, "Save");
    CHECK(f.app.store.employees.size() == 3);
    CHECK_FALSE(f.app.store.HasChanges());
    CHECK(UiHarness::Has("Type the employee's full name: an employee without a name is not saved."));
    // Spaces only are no name either.
    f.h.Click(f.app, "Full name");
    f.h.Type(f.app, "   ");
    f.h.Click(f.app, "Save");
    CHECK(f.app.store.employees.size() == 3);

    f.h.Click(f.app, "Full name");
    for (int i = 0; i < 3; ++i) f.h.Key(f.app, ImGuiKey_Backspace);
    f.h.Type(f.app, "Кузнецов Иван");
    CHECK_FALSE(UiHarness::Has("Type the employee's full name: an employee without a name is not saved."));
    f.h.Click(f.app, "Position");
    f.h.Type(f.app, "Инженер сопровождения");
    f.h.Click(f.app, "Phone, extension");
    f.h.Type(f.app, "12-34");  // too short: the reason shows, the value is kept
    CHECK(UiHarness::Has("a Russian number has 10 digits, or 11 starting with 8 or 7"));
    f.h.Click(f.app, "E-mail");
    f.h.Type(f.app, "kuznetsov@example");
    CHECK(UiHarness::Has("the domain after the @ needs a dot"));
    CHECK(f.app.store.employees.size() == 3);  // a draft until Save
    f.h.Click(f.app, "Save");

    REQUIRE(f.app.store.employees.size() == 4);
    CHECK_FALSE(f.app.ui.people.adding);
    const Employee* added = f.app.store.employees.Find(f.app.ui.people.selected_id);
    REQUIRE(added != nullptr);
    CHECK(added->id.size() == 36);  // a UUID from NewId
    CHECK(added->name == "Кузнецов Иван");
    CHECK(added->position == "Инженер сопровождения");
    CHECK(added->phone == "12-34");
    CHECK(added->email == "kuznetsov@example");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Кузнецов Иван"));  // in the list
    // Its fields are now edited in place; the reasons stay.
    CHECK(UiHarness::Has("the domain after the @ needs a dot"));
    f.h.Click(f.app, "E-mail");
    f.h.Type(f.app, ".ru");
    CHECK(f.app.store.employees.Find(added->id)->email == "kuznetsov@example.ru");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(UiHarness::Has("the domain after the @ needs a dot"));
}

TEST_CASE("people: an existing employee's name cannot be emptied") {
    Fixture f;
    f.OpenDirectoryThroughMenu();
    f.h.Click(f.app, "Сидорова Ольга");
    REQUIRE(f.app.ui.people.selected_id == "e3");
    f.h.Click(f.app, "Full name");
    for (int i = 0; i < 20; ++i) f.h.Key(f.app, ImGuiKey_End), f.h.Key(f.app, ImGuiKey_Backspace);
    CHECK(f.app.ui.people.name_blank);
    CHECK(UiHarness::Has("A name is required: the previous one is kept until you type a new one."));
    CHECK_FALSE(f.app.store.employees.Find("e3")->name.empty());
    f.h.Type(f.app, "Смирнова Ольга");
    CHECK(f.app.store.employees.Find("e3")->name == "Смирнова Ольга");
}

TEST_CASE("people: a referenced employee is not removed; an unreferenced one is, after a confirmation") {
    Fixture f;
    f.OpenDirectoryThroughMenu();

    f.h.Click(f.app, "Иванова Мария");
    f.h.Click(f.app, "Remove employee");
    CHECK(f.app.store.employees.Contains("e1"));
    CHECK_FALSE(UiHarness::Has("Yes, remove"));
    CHECK(UiHarness::Has("Иванова Мария cannot be removed while still referenced:"));
    CHECK(UiHarness::Has("responsible for clients: 1"));
    CHECK(UiHarness::Has("owner of interactions (calls, meetings, tasks…): 2"));
    CHECK_FALSE(UiHarness::Has("responsible for interests (deals): 0"));  // no zero lines

    f.h.Click(f.app, "Петров Алексей");
    CHECK_FALSE(UiHarness::Has("Иванова Мария cannot be removed while still referenced:"));
    f.h.Click(f.app, "Remove employee");
    CHECK(f.app.store.employees.Contains("e2"));
    CHECK(UiHarness::Has("responsible for interests (deals): 1"));

    // Сидорова is used nowhere: Remove asks, Keep keeps, Yes removes (and she is no
    // longer the current user).
    f.h.Click(f.app, "Сидорова Ольга");
    f.h.Click(f.app, "This is me");
    REQUIRE(platform::GetSetting("current_user") == "e3");
    f.h.Click(f.app, "Remove employee");
    CHECK(UiHarness::Has("Yes, remove"));
    f.h.Click(f.app, "Keep");
    CHECK(f.app.store.employees.Contains("e3"));
    f.h.Click(f.app, "Remove employee");
    f.h.Click(f.app, "Yes, remove");
    CHECK_FALSE(f.app.store.employees.Contains("e3"));
    CHECK(f.app.store.employees.size() == 2);
    CHECK(f.app.ui.people.selected_id.empty());
    CHECK_FALSE(UiHarness::Has("Сидорова Ольга"));
    CHECK(platform::GetSetting("current_user").empty());
    CHECK(f.app.store.employees.DirtyIds().count("e3") == 1);  // recorded for autosave
}

TEST_CASE("people: the current user is picked in the menu, stored in the setting, marked \"you\"") {
    Fixture f;
    f.OpenCard("c1");
    CHECK(CurrentUserId(f.app.ui).empty());
    CHECK_FALSE(UiHarness::Has("(you)"));

    f.h.Click(f.app, "Employees");
    f.h.Click(f.app, "I am");
    CHECK(UiHarness::Has("Nobody"));
    f.h.Click(f.app, "Иванова Мария");
    CHECK(platform::GetSetting("current_user") == "e1");
    CHECK(CurrentUserId(f.app.ui) == "e1");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("(you)"));  // e1 is c1's sales manager

    // A new start reads the setting: the same person is "you".
    {
        App again;
        CHECK(CurrentUserId(again.ui) == "e1");
    }

    // "This is me" in the directory switches to another employee.
    f.OpenDirectoryThroughMenu();
    CHECK_FALSE(UiHarness::Has("Who are you? Select yourself in the list and press “This is me”: new activities will "
                               "be yours by default."));
    f.h.Click(f.app, "Петров Алексей");
    f.h.Click(f.app, "This is me");
    CHECK(platform::GetSetting("current_user") == "e2");
    CHECK(UiHarness::Has("This is you: new activities are yours by default."));
    f.h.Click(f.app, "Close");
    CHECK_FALSE(UiHarness::Has("(you)"));  // Петров is not a responsible of c1

    f.h.Click(f.app, "Employees");
    f.h.Click(f.app, "I am");
    f.h.Click(f.app, "Nobody");
    CHECK(platform::GetSetting("current_user").empty());
    CHECK(CurrentUserId(f.app.ui).empty());
}

TEST_CASE("people: responsibles show phone and e-mail as links; a tel: click opens the dialer") {
    Fixture f;
    f.OpenCard("c1");
    CHECK(UiHarness::Has("Sales manager"));  // the role chip
    CHECK(UiHarness::Has("m.ivanova@example.ru"));
    const int before = platform::native_testing::LastUrl().count;
    f.h.Click(f.app, "+7 (495) 111-22-33 доб. 101");
    CHECK(platform::native_testing::LastUrl().count == before + 1);
    CHECK(platform::native_testing::LastUrl().name == "tel:+74951112233;ext=101");
    f.h.Click(f.app, "m.ivanova@example.ru");
    CHECK(platform::native_testing::LastUrl().name == "mailto:m.ivanova@example.ru");
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("people: add a responsible with a role, change the role, remove it, undo") {
    Fixture f;
    f.OpenCard("c1");
    f.h.Click(f.app, "Add responsible");
    CHECK_FALSE(UiHarness::Has("Filter"));  // three employees: no filter needed
    CHECK(UiHarness::Has("Account manager"));  // the roles, as radio buttons
    f.h.Click(f.app, "Service engineer");
    CHECK(f.app.ui.people.new_role == ResponsibleRole::ServiceEngineer);
    f.h.Click(f.app, "Петров Алексей");
    REQUIRE(f.C("c1").responsibles.size() == 2);
    CHECK(f.C("c1").responsibles[1].employee_id == "e2");
    CHECK(f.C("c1").responsibles[1].role == ResponsibleRole::ServiceEngineer);
    CHECK(f.app.store.clients.DirtyIds().count("c1") == 1);
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("8 (916) 555-01-02"));  // Петров's phone in the section

    // The same employee in the same role cannot be added twice.
    f.h.Click(f.app, "Add responsible");
    f.h.Click(f.app, "Петров Алексей");
    CHECK(f.C("c1").responsibles.size() == 2);
    f.h.Key(f.app, ImGuiKey_Escape);

    // Change Петров's role: the chip reads the role and opens the roles.
    CHECK_FALSE(UiHarness::Has("Other"));  // Escape closed the picker
    f.h.Click(f.app, "Service engineer");
    f.h.Click(f.app, "Account manager");
    CHECK(f.C("c1").responsibles[1].role == ResponsibleRole::AccountManager);
    CHECK(f.C("c1").responsibles[0].role == ResponsibleRole::SalesManager);

    // Remove the first (Иванова), then undo: she comes back in her place.
    f.h.Click(f.app, ICON_TRASH);
    REQUIRE(f.C("c1").responsibles.size() == 1);
    CHECK(f.C("c1").responsibles[0].employee_id == "e2");
    CHECK(UiHarness::Has("Undo"));
    f.h.Click(f.app, "Undo");
    REQUIRE(f.C("c1").responsibles.size() == 2);
    CHECK(f.C("c1").responsibles[0].employee_id == "e1");
    CHECK(f.C("c1").responsibles[0].role == ResponsibleRole::SalesManager);
    CHECK_FALSE(UiHarness::Has("Undo"));

    // Remove both: the empty state.
    f.h.Click(f.app, ICON_TRASH);
    f.h.Click(f.app, ICON_TRASH);
    CHECK(f.C("c1").responsibles.empty());
    CHECK(UiHarness::Has("No responsible employees yet."));
    // Undo is for this client's card only.
    f.OpenCard("c2");
    CHECK_FALSE(UiHarness::Has("Undo"));
}

TEST_CASE("people: the picker filters a long directory") {
    Fixture f;
    for (int i = 0; i < 12; ++i) {
        const std::string id = "x" + std::to_string(i);
        const std::string name = "Сотрудник " + std::to_string(i);
        f.app.store.employees.Upsert(MakeEmployee(id.c_str(), name.c_str(), "Стажёр", "", ""));
    }
    f.OpenCard("c2");
    f.h.Click(f.app, "Add responsible");
    REQUIRE(UiHarness::Has("Filter"));
    f.h.Type(f.app, "петров");  // the filter has the keyboard when the popup opens
    CHECK(UiHarness::Has("Петров Алексей"));
    CHECK_FALSE(UiHarness::Has("Сотрудник 3"));
    CHECK_FALSE(UiHarness::Has("Иванова Мария"));
    f.h.Click(f.app, "Петров Алексей");
    REQUIRE(f.C("c2").responsibles.size() == 1);
    CHECK(f.C("c2").responsibles[0].employee_id == "e2");
    CHECK(f.C("c2").responsibles[0].role == ResponsibleRole::SalesManager);  // the default role
}

TEST_CASE("people: an unknown employee id is shown greyed; an empty directory offers to open it") {
    Fixture f;
    Client c = f.C("c2");
    c.responsibles = {{"emp-gone", ResponsibleRole::Other, ""}};
    f.app.store.clients.Upsert(c);
    f.OpenCard("c2");
    CHECK(UiHarness::Has("emp-gone"));
    CHECK(UiHarness::Has("(not in directory)"));
    CHECK(UiHarness::Has("Other"));  // its role can still be changed, or it removed
    CHECK(UiHarness::Has("Add responsible"));

    // An empty directory: no Add, but the way to the directory.
    f.app.store.employees.Clear();
    f.h.Frame(f.app, 2);
    CHECK_FALSE(UiHarness::Has("Add responsible"));
    CHECK(UiHarness::Has("The employee directory is empty: add your colleagues there first."));
    CHECK_FALSE(f.app.ui.people.directory_open);
    f.h.Click(f.app, "Open employee directory");
    CHECK(f.app.ui.people.directory_open);
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has(
        "No employees yet. Add your colleagues: they become the responsibles of clients and the owners of activities."));
    CHECK(UiHarness::Has("Add employee"));
}

TEST_CASE("people: read-only mode changes nothing") {
    Fixture f;
    f.app.env.read_only = true;
    f.OpenCard("c1");
    f.h.Click(f.app, "Add responsible");
    CHECK_FALSE(UiHarness::Has("Service engineer"));  // the picker did not open
    f.h.Click(f.app, "Sales manager");
    CHECK_FALSE(UiHarness::Has("Account manager"));
    f.h.Click(f.app, ICON_TRASH);
    CHECK(f.C("c1").responsibles.size() == 1);
    // The phone still dials.
    f.h.Click(f.app, "+7 (495) 111-22-33 доб. 101");
    CHECK(platform::native_testing::LastUrl().name == "tel:+74951112233;ext=101");

    f.OpenDirectoryThroughMenu();
    CHECK(UiHarness::Has("Add employee"));
    f.h.Click(f.app, "Add employee");
    CHECK_FALSE(f.app.ui.people.adding);
    f.h.Click(f.app, "Сидорова Ольга");
    f.h.Click(f.app, "Full name");
    f.h.Type(f.app, "X");
    CHECK(f.app.store.employees.Find("e3")->name == "Сидорова Ольга");
    f.h.Click(f.app, "Remove employee");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(UiHarness::Has("Yes, remove"));
    CHECK(f.app.store.employees.Contains("e3"));
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("people: the Russian interface") {
    Fixture f;
    SetCurrentUserId(f.app.ui, "e1");
    f.OpenCard("c1");
    f.app.SetLanguage("ru");
    f.h.Frame(f.app, 3);
    for (const char* label : {"Менеджер по продажам", "Добавить ответственного", "Открыть справочник сотрудников", "(вы)"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    f.h.Click(f.app, "Сотрудники");
    f.h.Click(f.app, "Справочник сотрудников…");
    f.h.Frame(f.app, 2);
    for (const char* label : {"Добавить сотрудника", "Закрыть", "Поиск сотрудника"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    f.app.SetLanguage("en");
}
