// Duplicate warnings and the merge dialog, driven through the UI harness by clicks and
// typing: a new client whose INN is typed warns at once (both languages) with Open and
// Merge…; a phone warns under the phones; the warning is cached; Merge… merges into the
// existing client (one undo step, the undo bar's Undo brings both back, the bar hides when
// another edit comes); the card's "More actions" menu merges with a client found by name;
// Esc / Cancel change nothing; read-only refuses; the import dialog lists the file's new
// clients that look like existing ones and opens one.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "io/import.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/duplicates.h"
#include "ui/i18n.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

const Moment kAt = *Moment::Parse("2026-11-27T10:30:00+03:00");

// The merge dialog is open: its introduction is on screen.
bool DialogOpen() {
    return UiHarness::Has(
        "Two cards of one company become one: everything the removed card has (contacts, activities, interests, "
        "contracts, links) moves to the card that stays. You can undo it.");
}

// Альфа (an old client with a contact), its branch (same INN, another KPP), Бета (a phone).
void Fill(Store& s) {
    Client a;
    a.id = "a";
    a.name = "Альфа";
    a.inn = "7707083893";
    a.kpp = "770701001";
    a.created_at = *Moment::Parse("2020-01-10T09:00:00+03:00");
    s.clients.Upsert(a);
    Client b;
    b.id = "b";
    b.name = "Альфа Тверь";
    b.inn = "7707083893";
    b.kpp = "695201001";
    b.created_at = *Moment::Parse("2021-03-01T09:00:00+03:00");
    s.clients.Upsert(b);
    Client c;
    c.id = "c";
    c.name = "Бета";
    c.inn = "5024002119";
    c.phones = {"+7 495 123-45-67"};
    c.created_at = *Moment::Parse("2022-05-05T09:00:00+03:00");
    s.clients.Upsert(c);
    Contact k;
    k.id = "k1";
    k.client_id = "a";
    k.name = "Сидоров Иван";
    k.primary = true;
    s.contacts.Upsert(k);
}

struct Fixture {
    EnglishUi en;
    UiHarness h;
    App app;
    Fixture() {
        ImGui::GetIO().DisplaySize = ImVec2(1400, 2000);
        Fill(app.store);
        app.store.ClearDirty();
        h.Frame(app, 2);
    }
    // New client through the list's button, then its INN typed into the field.
    std::string NewClientWithInn(const char* inn) {
        h.Click(app, "New client");
        const std::string id = app.ui.selected_id;
        h.Frame(app, 2);
        h.Click(app, "INN");
        h.Type(app, inn);
        h.Frame(app, 2);
        return id;
    }
};

}  // namespace

TEST_CASE("ui duplicates: typing the INN of an existing client warns at once, Open opens it") {
    Fixture f;
    const std::string id = f.NewClientWithInn("7707083893");
    REQUIRE(f.app.store.clients.Find(id)->inn == "7707083893");
    // The new client has no KPP yet: both records with the INN are the same company.
    CHECK(UiHarness::Has("A client with this INN already exists: \u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
    CHECK(UiHarness::Has("A client with this INN already exists: \u201c\u0410\u043b\u044c\u0444\u0430 \u0422\u0432\u0435\u0440\u044c\u201d"));
    CHECK(UiHarness::Has("Open"));
    CHECK(UiHarness::Has("Merge\u2026"));

    // Typing the KPP of Альфа: Альфа is the same company, Альфа Тверь perhaps a branch.
    f.h.Click(f.app, "KPP");
    f.h.Type(f.app, "770701001");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("A client with this INN and KPP already exists: \u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
    CHECK(UiHarness::Has("The same INN with another KPP (perhaps a branch): \u201c\u0410\u043b\u044c\u0444\u0430 "
                         "\u0422\u0432\u0435\u0440\u044c\u201d, KPP 695201001"));

    // In Russian.
    f.app.SetLanguage("ru");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Клиент с таким ИНН и КПП уже есть: «Альфа»"));
    CHECK(UiHarness::Has("Тот же ИНН, другой КПП (возможно, филиал): «Альфа Тверь», КПП 695201001"));
    f.app.SetLanguage("en");
    f.h.Frame(f.app, 2);

    // Cached: idle frames look nothing up.
    const uint64_t computed = f.app.ui.duplicates.warning.computed;
    f.h.Frame(f.app, 5);
    CHECK(f.app.ui.duplicates.warning.computed == computed);

    // Open: Альфа's card (the first line's button).
    f.h.Click(f.app, "Open");
    CHECK(f.app.ui.selected_id == "a");
    f.h.Frame(f.app, 2);
    // Альфа's own card warns about the new record too.
    CHECK(UiHarness::Has("A client with this INN and KPP already exists: \u201cNew client\u201d"));
}

TEST_CASE("ui duplicates: an INN nobody has, and an erased INN, show no warning") {
    Fixture f;
    f.NewClientWithInn("7736207543");
    CHECK_FALSE(UiHarness::Has("Open"));
    f.h.Click(f.app, "INN");
    for (int i = 0; i < 12; ++i) f.h.Key(f.app, ImGuiKey_Backspace);
    f.h.Frame(f.app, 2);
    CHECK(f.app.store.clients.Find(f.app.ui.selected_id)->inn.empty());
    CHECK_FALSE(UiHarness::Has("Merge\u2026"));
}

TEST_CASE("ui duplicates: a phone of another client warns under the phones") {
    Fixture f;
    f.h.Click(f.app, "New client");
    const std::string id = f.app.ui.selected_id;
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "Phones");
    f.h.Type(f.app, "8 (495) 123-45-67");
    f.h.Frame(f.app, 2);
    CHECK(f.app.store.clients.Find(id)->phones == std::vector<std::string>{"8 (495) 123-45-67"});
    CHECK(UiHarness::Has("The phone +7 495 123-45-67 is already a phone of \u201c\u0411\u0435\u0442\u0430\u201d"));
    f.app.SetLanguage("ru");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Телефон +7 495 123-45-67 уже есть у клиента «Бета»"));
    f.app.SetLanguage("en");
    f.h.Frame(f.app, 2);
}

TEST_CASE("ui duplicates: Merge… merges the new client into the existing one; Undo brings both back") {
    Fixture f;
    const std::string id = f.NewClientWithInn("7707083893");
    // Something of the new record to move: its phone.
    f.h.Click(f.app, "Phones");
    f.h.Type(f.app, "+7 900 000-00-01");
    f.h.Click(f.app, "Website");  // leave the phones field
    const size_t clients = f.app.store.clients.size();
    const std::string before = ExportStore(f.app.store, kAt);

    f.h.Click(f.app, "Merge\u2026");
    f.h.Frame(f.app, 2);
    REQUIRE(DialogOpen());
    // The older card is proposed to stay, and the dialog says what goes.
    CHECK(UiHarness::Has("Proposed: the card created first stays."));
    CHECK(UiHarness::Has("\u201cNew client\u201d is removed after the merge."));
    CHECK(UiHarness::Has("Added to its lists: phones 1"));
    // Esc closes without a change.
    f.h.Key(f.app, ImGuiKey_Escape);
    f.h.Frame(f.app, 2);
    CHECK_FALSE(DialogOpen());
    CHECK(f.app.store.clients.size() == clients);

    f.h.Click(f.app, "Merge\u2026");
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "Merge");
    CHECK(f.app.store.clients.size() == clients - 1);
    CHECK_FALSE(f.app.store.clients.Contains(id));
    CHECK(f.app.ui.selected_id == "a");
    const Client& a = *f.app.store.clients.Find("a");
    CHECK(a.phones == std::vector<std::string>{"+7 900 000-00-01"});
    CHECK(a.name == "Альфа");
    CHECK(f.app.store.contacts.Find("k1")->client_id == "a");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(DialogOpen());
    REQUIRE(UiHarness::Has("Merged \u201cNew client\u201d into \u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
    CHECK(f.app.ui.duplicates.undo.visible);
    f.app.SetLanguage("ru");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Карточка «New client» объединена с «Альфа»"));
    f.app.SetLanguage("en");
    f.h.Frame(f.app, 2);

    f.h.Click(f.app, "Undo");
    f.h.Frame(f.app, 2);
    CHECK(f.app.store.clients.size() == clients);
    CHECK(f.app.store.clients.Contains(id));
    CHECK(f.app.store.clients.Find("a")->phones.empty());
    CHECK_FALSE(UiHarness::Has("Merged \u201cNew client\u201d into \u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
    // The records are back as they were (the export, line by line, in any order; the
    // history's entries aside).
    auto lines = [](std::string text) {
        std::vector<std::string> out;
        size_t pos = 0;
        while (pos < text.size()) {
            size_t end = text.find('\n', pos);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(pos, end - pos);
            while (!line.empty() && (line.back() == ',' || line.back() == ' ')) line.pop_back();
            // The change history records the merge and its undo: that is its job.
            if (line.find("\"origin\":\"") == std::string::npos) out.push_back(line);
            pos = end + 1;
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(lines(ExportStore(f.app.store, kAt)) == lines(before));
}

TEST_CASE("ui duplicates: the undo bar hides once another edit is the last step") {
    Fixture f;
    f.NewClientWithInn("7707083893");
    f.h.Click(f.app, "Merge\u2026");
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "Merge");
    f.h.Frame(f.app, 2);
    REQUIRE(f.app.ui.duplicates.undo.visible);
    f.h.Click(f.app, "Website");
    f.h.Type(f.app, "alfa.ru");
    f.h.Click(f.app, "Legal name");
    f.h.Frame(f.app, 3);
    CHECK(f.app.store.clients.Find("a")->website == "alfa.ru");
    CHECK_FALSE(f.app.ui.duplicates.undo.visible);
    CHECK_FALSE(UiHarness::Has("Undo"));
}

TEST_CASE("ui duplicates: the card's More actions menu merges with a client found by name") {
    Fixture f;
    f.app.ui.SelectClient("c");
    f.app.ui.SelectTab(CardTab::Main);
    f.h.Frame(f.app, 3);
    f.h.Click(f.app, "More actions");
    f.h.Click(f.app, "Merge with another client\u2026");
    f.h.Frame(f.app, 2);
    REQUIRE(DialogOpen());
    CHECK(UiHarness::Has("Type part of the name or the INN, then pick the client."));
    f.h.Type(f.app, "тверь");  // the search field has the keyboard; case-insensitive
    f.h.Frame(f.app, 2);
    const char* result = "\u0410\u043b\u044c\u0444\u0430 \u0422\u0432\u0435\u0440\u044c  \u00b7  INN 7707083893";
    REQUIRE(UiHarness::Has(result));
    f.h.Click(f.app, result);
    f.h.Frame(f.app, 2);
    // Бета (2022) and Альфа Тверь (2021): the older stays unless switched.
    CHECK(f.app.ui.duplicates.merge.other_id == "b");
    CHECK_FALSE(f.app.ui.duplicates.merge.this_survives);
    f.h.Click(f.app, "\u201c\u0411\u0435\u0442\u0430\u201d, created 2022-05-05");  // keep Бета instead
    CHECK(f.app.ui.duplicates.merge.this_survives);
    // Different names and INNs: Бета keeps its own, the dialog lists what is dropped.
    CHECK(UiHarness::Has("Different values: \u201c\u0411\u0435\u0442\u0430\u201d keeps its own, those of "
                         "\u201c\u0410\u043b\u044c\u0444\u0430 \u0422\u0432\u0435\u0440\u044c\u201d are dropped:"));
    CHECK(UiHarness::Has("INN: 5024002119 (kept), 7707083893 (dropped)"));
    CHECK(UiHarness::Has("Empty fields filled from \u201c\u0410\u043b\u044c\u0444\u0430 \u0422\u0432\u0435\u0440\u044c\u201d:"));
    CHECK(UiHarness::Has("KPP: 695201001"));
    // Cancel changes nothing.
    f.h.Click(f.app, "Cancel");
    CHECK(f.app.store.clients.Contains("b"));
    CHECK_FALSE(DialogOpen());

    f.h.Click(f.app, "More actions");
    f.h.Click(f.app, "Merge with another client\u2026");
    f.h.Frame(f.app, 2);
    f.h.Type(f.app, "695");  // no match by the KPP: name, legal name and INN only
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("No client matches \u201c695\u201d."));
    for (int i = 0; i < 3; ++i) f.h.Key(f.app, ImGuiKey_Backspace);
    f.h.Type(f.app, "7707083893");
    f.h.Frame(f.app, 2);
    f.h.Key(f.app, ImGuiKey_Enter);  // the first result: Альфа
    f.h.Frame(f.app, 2);
    CHECK(f.app.ui.duplicates.merge.other_id == "a");
    CHECK_FALSE(f.app.ui.duplicates.merge.this_survives);  // Альфа (2020) is older
    f.h.Click(f.app, "Merge");
    CHECK_FALSE(f.app.store.clients.Contains("c"));
    CHECK(f.app.ui.selected_id == "a");
    CHECK(f.app.store.clients.Find("a")->phones == std::vector<std::string>{"+7 495 123-45-67"});
}

TEST_CASE("ui duplicates: read-only offers Open but no merge") {
    Fixture f;
    f.NewClientWithInn("7707083893");
    const size_t clients = f.app.store.clients.size();
    f.app.env.read_only = true;
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "Merge\u2026");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(DialogOpen());
    f.h.Click(f.app, "More actions");
    f.h.Click(f.app, "Merge with another client\u2026");
    f.h.Frame(f.app, 2);
    CHECK_FALSE(DialogOpen());
    CHECK(f.app.store.clients.size() == clients);
    f.h.Key(f.app, ImGuiKey_Escape);  // closes the menu with its disabled item
    CHECK_FALSE(UiHarness::Has("Merge with another client\u2026"));
    f.h.Click(f.app, "Open");
    CHECK(f.app.ui.selected_id == "a");
}

TEST_CASE("ui duplicates: the import dialog lists new clients that look like existing ones") {
    Fixture f;
    Store file;
    Client n;
    n.id = "n1";
    n.name = "Альфа (из файла)";
    n.inn = "7707083893";
    n.kpp = "770701001";
    file.clients.Upsert(n);
    Client m;
    m.id = "n2";
    m.name = "Совсем новый";
    m.inn = "7736207543";
    file.clients.Upsert(m);
    OpenImportDialog(f.app.ui, "clients.json", ExportStore(file, kAt));
    f.h.Frame(f.app, 3);
    REQUIRE(UiHarness::Has("These new clients look like clients you already have:"));
    CHECK(UiHarness::Has("\u201c\u0410\u043b\u044c\u0444\u0430 (\u0438\u0437 \u0444\u0430\u0439\u043b\u0430)\u201d looks like "
                         "\u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
    CHECK(UiHarness::Has("same INN 7707083893"));
    CHECK(UiHarness::Has("same INN 7707083893, another KPP (a branch?)"));
    CHECK_FALSE(UiHarness::Has("\u201c\u0421\u043e\u0432\u0441\u0435\u043c \u043d\u043e\u0432\u044b\u0439\u201d looks like "
                               "\u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
    f.app.SetLanguage("ru");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Эти новые клиенты похожи на уже существующих:"));
    f.app.SetLanguage("en");
    f.h.Frame(f.app, 2);

    // Open existing: the dialog closes (nothing imported) and Альфа is open.
    f.h.Click(f.app, "Open existing");
    CHECK(f.app.ui.selected_id == "a");
    CHECK_FALSE(f.app.store.clients.Contains("n1"));
    CHECK_FALSE(UiHarness::Has("These new clients look like clients you already have:"));

    // Applied: both added, the message says so, the card warns.
    OpenImportDialog(f.app.ui, "clients.json", ExportStore(file, kAt));
    f.h.Frame(f.app, 3);
    f.h.Click(f.app, "Apply");
    CHECK(f.app.store.clients.Contains("n1"));
    CHECK(f.app.store.clients.Contains("n2"));
    CHECK(f.app.ui.message.find("1 of the new clients look like clients you already had") != std::string::npos);
    f.app.ui.SelectClient("n1");
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("A client with this INN and KPP already exists: \u201c\u0410\u043b\u044c\u0444\u0430\u201d"));
}
