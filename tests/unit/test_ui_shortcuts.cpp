// Keyboard shortcuts (src/ui/shortcuts.{h,cpp}) driven with queued key events like a user:
// the table itself (no browser-kept key, each action reachable), search, tabs, next /
// previous client, new client, incoming call, new activity, the help overlay, Esc, and
// Undo / Redo of a field edit through the keys and the Edit menu; read-only; Russian.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>
#include <set>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/native_testing.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/shortcuts.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::UiHarness;

// A key with modifiers held, as a browser sends it: the modifier down, the key down and up,
// the modifier up.
void Chord(UiHarness& h, App& app, ImGuiKeyChord chord) {
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiKey key = static_cast<ImGuiKey>(chord & ~ImGuiMod_Mask_);
    const struct {
        ImGuiKeyChord mod;
        ImGuiKey left;
    } mods[] = {{ImGuiMod_Ctrl, ImGuiKey_LeftCtrl}, {ImGuiMod_Shift, ImGuiKey_LeftShift}, {ImGuiMod_Alt, ImGuiKey_LeftAlt}};
    for (const auto& m : mods)
        if (chord & m.mod) {
            io.AddKeyEvent(m.left, true);
            io.AddKeyEvent(static_cast<ImGuiKey>(m.mod), true);
        }
    h.Frame(app);
    io.AddKeyEvent(key, true);
    h.Frame(app);
    io.AddKeyEvent(key, false);
    h.Frame(app);
    for (const auto& m : mods)
        if (chord & m.mod) {
            io.AddKeyEvent(m.left, false);
            io.AddKeyEvent(static_cast<ImGuiKey>(m.mod), false);
        }
    h.Frame(app, 2);
}

// A character typed outside a field ('/', '?'): its key and the character, as GLFW sends.
void TypeKeyChar(UiHarness& h, App& app, ImGuiKey key, char ch, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) {
        io.AddKeyEvent(ImGuiKey_LeftShift, true);
        io.AddKeyEvent(ImGuiMod_Shift, true);
    }
    io.AddKeyEvent(key, true);
    io.AddInputCharacter(static_cast<unsigned>(ch));
    h.Frame(app);
    io.AddKeyEvent(key, false);
    if (shift) {
        io.AddKeyEvent(ImGuiKey_LeftShift, false);
        io.AddKeyEvent(ImGuiMod_Shift, false);
    }
    h.Frame(app, 2);
}

struct Fixture {
    card::test::EnglishUi english;
    UiHarness h;
    App app;
    Fixture() {
        platform::native_testing::ClearSettings();
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as main_web.cpp
        for (const char* name : {"Альфа", "Бета", "Вега", "Гамма", "Дельта"}) {
            Client c;
            c.id = std::string("id-") + name;
            c.name = name;
            c.inn = "";
            app.store.clients.Upsert(c);
        }
        app.store.ClearDirty();
        app.ui.SelectClient("id-Бета");
        h.Frame(app, 3);
    }
    std::string Selected() const {
        const Client* c = app.store.clients.Find(app.ui.selected_id);
        return c ? c->name : "";
    }
};

bool Browserkept(ImGuiKeyChord chord) {
    const ImGuiKey key = static_cast<ImGuiKey>(chord & ~ImGuiMod_Mask_);
    const bool ctrl = chord & ImGuiMod_Ctrl, alt = chord & ImGuiMod_Alt, shift = chord & ImGuiMod_Shift;
    if (ctrl && (key == ImGuiKey_W || key == ImGuiKey_T || key == ImGuiKey_N || key == ImGuiKey_Tab ||
                 key == ImGuiKey_L || key == ImGuiKey_D || key == ImGuiKey_R || key == ImGuiKey_PageUp ||
                 key == ImGuiKey_PageDown || key == ImGuiKey_F4))
        return true;
    if (shift && key == ImGuiKey_Delete) return true;
    if (alt && (key == ImGuiKey_LeftArrow || key == ImGuiKey_RightArrow || key == ImGuiKey_Home ||
                key == ImGuiKey_F || key == ImGuiKey_E || key == ImGuiKey_D || key == ImGuiKey_F4))
        return true;
    if (alt && key >= ImGuiKey_0 && key <= ImGuiKey_9) return true;  // Firefox on Linux: tabs
    return key == ImGuiKey_F5 || key == ImGuiKey_F11 || key == ImGuiKey_F12;
}

}  // namespace

TEST_CASE("shortcuts: the table keeps away from browser keys and reaches every action once per key") {
    std::set<int> actions;
    std::set<ImGuiKeyChord> chords;
    for (const Shortcut& s : Shortcuts()) {
        CHECK(std::strlen(Tr(s.label)) > 0);
        if (s.where == ShortcutWhere::Info) {
            CHECK(s.keys_text != Str::Count);
            continue;
        }
        actions.insert(static_cast<int>(s.action));
        for (const ShortcutKey& k : s.keys) {
            if (!k.chord) continue;
            CAPTURE(k.chord);
            CHECK_FALSE(Browserkept(k.chord));
            CHECK(chords.insert(k.chord).second);  // no key does two things
            // A plain key (no Ctrl / Alt, not a function key or Esc) must wait for no text field.
            const ImGuiKey key = static_cast<ImGuiKey>(k.chord & ~ImGuiMod_Mask_);
            const bool plain = !(k.chord & (ImGuiMod_Ctrl | ImGuiMod_Alt)) &&
                               !(key >= ImGuiKey_F1 && key <= ImGuiKey_F12) && key != ImGuiKey_Escape;
            if (plain) CHECK(s.where == ShortcutWhere::OutsideText);
        }
        for (const ShortcutKey& k : s.keys)
            if (k.ch) CHECK(s.where == ShortcutWhere::OutsideText);  // a character is typed in a field
    }
    for (ShortcutAction a : {ShortcutAction::Search, ShortcutAction::NewClient, ShortcutAction::IncomingCall,
                             ShortcutAction::NewActivity, ShortcutAction::NextClient, ShortcutAction::PreviousClient,
                             ShortcutAction::TabMain, ShortcutAction::TabInterests, ShortcutAction::TabRelationships,
                             ShortcutAction::TabContracts, ShortcutAction::Undo, ShortcutAction::Redo,
                             ShortcutAction::Help, ShortcutAction::ClosePopup}) {
        CAPTURE(static_cast<int>(a));
        CHECK(actions.count(static_cast<int>(a)) == 1);
        CHECK(std::strlen(ShortcutText(a)) > 0);
    }
    CHECK(std::string(ShortcutText(ShortcutAction::Search)) == "Ctrl+K");
    CHECK(std::string(ShortcutText(ShortcutAction::Undo)) == "Ctrl+Z");
    CHECK(std::string(ShortcutText(ShortcutAction::Redo)) == "Ctrl+Shift+Z");
    CHECK(std::string(ShortcutText(ShortcutAction::Help)) == "F1");
    CHECK(std::string(ShortcutText(ShortcutAction::NextClient)) == "Alt+Down");

    // What the page keeps from the browser (DOM keyCodes): exactly the keys that act.
    CHECK(ShortcutClaimsDomKey(75, true, false, false, false, false));  // Ctrl+K
    CHECK(ShortcutClaimsDomKey(75, true, false, false, false, true));   // ... also while typing
    CHECK_FALSE(ShortcutClaimsDomKey(75, false, false, false, false, false));  // a plain K
    CHECK(ShortcutClaimsDomKey(50, true, false, false, false, false));  // Ctrl+2
    CHECK(ShortcutClaimsDomKey(112, false, false, false, false, true));  // F1
    CHECK(ShortcutClaimsDomKey(113, false, false, false, false, false));  // F2
    CHECK(ShortcutClaimsDomKey(78, false, false, true, false, false));   // Alt+N
    CHECK(ShortcutClaimsDomKey(40, false, false, true, false, false));   // Alt+Down
    CHECK(ShortcutClaimsDomKey(90, true, false, false, false, false));   // Ctrl+Z outside a field
    CHECK_FALSE(ShortcutClaimsDomKey(90, true, false, false, false, true));  // the field's own undo
    CHECK(ShortcutClaimsDomKey(90, true, true, false, false, false));    // Ctrl+Shift+Z
    CHECK_FALSE(ShortcutClaimsDomKey(87, true, false, false, false, false));  // Ctrl+W: the browser's
    CHECK_FALSE(ShortcutClaimsDomKey(84, true, false, false, false, false));  // Ctrl+T
    CHECK_FALSE(ShortcutClaimsDomKey(78, true, false, false, false, false));  // Ctrl+N
    CHECK_FALSE(ShortcutClaimsDomKey(37, false, false, true, false, false));  // Alt+Left: back
    CHECK_FALSE(ShortcutClaimsDomKey(27, false, false, false, false, false));  // Esc (fullscreen)
    CHECK_FALSE(ShortcutClaimsDomKey(75, false, false, false, true, false));   // Cmd+K: not ours
    CHECK(ShortcutClaimsChar('/', false, false, false, false));
    CHECK(ShortcutClaimsChar('?', false, false, false, false));
    CHECK_FALSE(ShortcutClaimsChar('/', false, false, false, true));  // typed into a field
    CHECK_FALSE(ShortcutClaimsChar('a', false, false, false, false));
}

TEST_CASE("shortcuts: Ctrl+K and / put the keyboard in the search; / in a field is a character") {
    Fixture f;
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_K);
    f.h.Type(f.app, "гам");
    CHECK(f.app.ui.search == "гам");
    REQUIRE(f.app.ui.list.visible.size() == 1);
    f.h.Key(f.app, ImGuiKey_Escape);  // the field's own Esc: back to what it was... and out
    f.app.ui.search.clear();
    f.h.Frame(f.app, 2);
    CHECK_FALSE(TextFieldActive());

    TypeKeyChar(f.h, f.app, ImGuiKey_Slash, '/', false);
    CHECK(TextFieldActive());
    f.h.Type(f.app, "дел");
    CHECK(f.app.ui.search == "дел");  // the '/' itself was not typed into the search
    f.h.Key(f.app, ImGuiKey_Enter);

    // In the Name field '/' is a character and Ctrl+K still jumps to the search.
    f.h.Click(f.app, "Name");
    REQUIRE(TextFieldActive());
    TypeKeyChar(f.h, f.app, ImGuiKey_Slash, '/', false);
    CHECK(f.app.store.clients.Find(f.app.ui.selected_id)->name.find('/') != std::string::npos);
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_K);
    f.h.Type(f.app, "x");
    CHECK(f.app.ui.search.find('x') != std::string::npos);
}

TEST_CASE("shortcuts: Ctrl+1..4 switch tabs, also from a text field") {
    Fixture f;
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_2);
    CHECK(f.app.ui.tab == CardTab::Interests);
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_4);
    CHECK(f.app.ui.tab == CardTab::Contracts);
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_3);
    CHECK(f.app.ui.tab == CardTab::Relationships);
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_1);
    CHECK(f.app.ui.tab == CardTab::Main);
    f.h.Click(f.app, "Name");
    REQUIRE(TextFieldActive());
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_2);
    CHECK(f.app.ui.tab == CardTab::Interests);
    // The tab bar really shows it (not just the state).
    CHECK(f.app.ui.tab_select_pending == false);
}

TEST_CASE("shortcuts: Alt+Down / Alt+Up walk the list in its visible order and stop at the ends") {
    Fixture f;
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_DownArrow);
    CHECK(f.Selected() == "Вега");
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_DownArrow);
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_DownArrow);
    CHECK(f.Selected() == "Дельта");
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_DownArrow);
    CHECK(f.Selected() == "Дельта");  // the last one stays
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_UpArrow);
    CHECK(f.Selected() == "Гамма");
    // Within the search's result only.
    f.app.ui.search = "а";  // every name has an "а"; "е" only Бета, Вега, Дельта
    f.app.ui.search = "е";
    f.h.Frame(f.app, 2);
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_UpArrow);  // Гамма is not shown: start from the end
    CHECK(f.Selected() == "Дельта");
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_UpArrow);
    CHECK(f.Selected() == "Вега");
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_UpArrow);
    CHECK(f.Selected() == "Бета");
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_UpArrow);
    CHECK(f.Selected() == "Бета");
}

TEST_CASE("shortcuts: Alt+N makes a new client, F2 opens the incoming call, Esc closes it") {
    Fixture f;
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_N);
    CHECK(f.app.store.clients.size() == 6);
    CHECK(f.Selected() == "New client");
    f.h.Frame(f.app, 2);
    CHECK(TextFieldActive());  // the Name field has the keyboard, as after the button
    f.h.Key(f.app, ImGuiKey_Enter);

    f.h.Key(f.app, ImGuiKey_F2);
    CHECK(f.app.ui.incoming.open);
    f.h.Key(f.app, ImGuiKey_Escape);
    CHECK_FALSE(f.app.ui.incoming.open);

    f.app.env.read_only = true;
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_N);
    CHECK(f.app.store.clients.size() == 6);
    CHECK(UiHarness::Has("Read-only: another tab is editing the data."));
}

TEST_CASE("shortcuts: Alt+I asks which activity, the digit opens the editor, Esc cancels it") {
    Fixture f;
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_2);  // from another tab: the Main tab comes back
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_I);
    CHECK(UiHarness::Has("3  " ICON_USERS "  Meeting"));
    f.h.Key(f.app, ImGuiKey_3);
    CHECK_FALSE(UiHarness::Has("3  " ICON_USERS "  Meeting"));
    CHECK(f.app.ui.tab == CardTab::Main);
    CHECK(f.app.ui.activity.open);
    CHECK(f.app.ui.activity.draft.type == InteractionType::Meeting);
    const size_t before = f.app.store.interactions.size();
    f.h.Key(f.app, ImGuiKey_Escape);
    f.h.Frame(f.app, 2);
    CHECK_FALSE(f.app.ui.activity.open);
    CHECK(f.app.store.interactions.size() == before);

    // Enter on the first (focused) kind: a planned call.
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_I);
    f.h.Key(f.app, ImGuiKey_Enter);
    CHECK(f.app.ui.activity.open);
    CHECK(f.app.ui.activity.draft.type == InteractionType::Call);
    f.h.Key(f.app, ImGuiKey_Escape);
    f.h.Frame(f.app, 2);
    CHECK_FALSE(f.app.ui.activity.open);

    // No client selected: it says so.
    f.app.ui.selected_id.clear();
    f.h.Frame(f.app);
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_I);
    CHECK_FALSE(UiHarness::Has("1  " ICON_PHONE "  Call"));
    CHECK(UiHarness::Has("Select a client first."));
}

TEST_CASE("shortcuts: F1 and ? show the help in the current language; F1 again or Esc closes it") {
    Fixture f;
    f.h.Key(f.app, ImGuiKey_F1);
    CHECK(UiHarness::Has("Ctrl+K"));
    CHECK(UiHarness::Has("Search the client list"));
    CHECK(UiHarness::Has("Alt+Down"));
    CHECK(UiHarness::Has("Ctrl+Shift+Z or Ctrl+Y"));
    CHECK(UiHarness::Has("Tab, Shift+Tab"));
    // While the help is open, the other shortcuts wait.
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_3);
    CHECK(f.app.ui.tab == CardTab::Main);
    f.h.Key(f.app, ImGuiKey_Escape);
    CHECK_FALSE(UiHarness::Has("Search the client list"));

    TypeKeyChar(f.h, f.app, ImGuiKey_Slash, '?', true);
    CHECK(UiHarness::Has("Search the client list"));
    f.h.Key(f.app, ImGuiKey_F1);
    CHECK_FALSE(UiHarness::Has("Search the client list"));

    // The Help menu opens it too.
    f.h.Click(f.app, "Help");
    f.h.Click(f.app, "Keyboard shortcuts");
    CHECK(UiHarness::Has("Search the client list"));
    f.h.Click(f.app, "Close");
    CHECK_FALSE(UiHarness::Has("Search the client list"));

    SetCurrentLanguage(Lang::Ru);
    f.h.Frame(f.app, 2);
    f.h.Key(f.app, ImGuiKey_F1);
    CHECK(UiHarness::Has("Поиск в списке клиентов"));
    CHECK(UiHarness::Has("Alt+Вниз"));
    f.h.Key(f.app, ImGuiKey_Escape);
    CHECK_FALSE(UiHarness::Has("Поиск в списке клиентов"));
}

TEST_CASE("shortcuts: Ctrl+Z undoes a field edit outside the field, Ctrl+Shift+Z and Ctrl+Y redo it") {
    Fixture f;
    // Nothing yet.
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Z);
    CHECK(UiHarness::Has("Nothing to undo."));

    f.h.Click(f.app, "Name");
    f.h.Type(f.app, " плюс");
    CHECK(f.Selected() == "Бета плюс");
    // Inside the field Ctrl+Z is the field's own: the app's undo does not run.
    const size_t depth = f.app.journal.UndoDepth();
    f.h.Key(f.app, ImGuiKey_Enter);  // leave the field
    CHECK_FALSE(TextFieldActive());
    CHECK(f.app.journal.UndoDepth() == depth);

    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Z);
    CHECK(f.Selected() == "Бета");
    CHECK(UiHarness::Has("Undone: Card fields — «Бета плюс»"));
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z);
    CHECK(f.Selected() == "Бета плюс");
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Z);
    CHECK(f.Selected() == "Бета");
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Y);
    CHECK(f.Selected() == "Бета плюс");
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z);
    CHECK(UiHarness::Has("Nothing to redo."));

    // Undo selects the client it was about, from another one.
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_DownArrow);
    CHECK(f.Selected() == "Вега");
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Z);
    CHECK(f.app.ui.selected_id == "id-Бета");
    CHECK(f.Selected() == "Бета");

    // While typing in a field, Ctrl+Z stays the field's.
    f.h.Click(f.app, "Name");
    f.h.Type(f.app, "!");
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Z);
    CHECK(f.app.journal.CanRedo() == false);  // no app undo ran (that would leave a redo)
}

TEST_CASE("shortcuts: the Edit menu names the step and undoes / redoes it; read-only cannot") {
    Fixture f;
    const std::string edit = ICON_UNDO " Edit";
    f.h.Click(f.app, edit.c_str());
    CHECK(UiHarness::Has("Undo"));
    CHECK(UiHarness::Has("Redo"));
    f.h.Key(f.app, ImGuiKey_Escape);

    f.h.Click(f.app, "Name");
    f.h.Type(f.app, "!");
    f.h.Key(f.app, ImGuiKey_Enter);
    CHECK(f.Selected() == "Бета!");
    CHECK(f.app.journal.CanUndo());
    f.h.Click(f.app, edit.c_str());
    REQUIRE(UiHarness::Has("Undo: Card fields — «Бета!»"));
    f.h.Click(f.app, "Undo: Card fields — «Бета!»");
    CHECK(f.Selected() == "Бета");
    f.h.Click(f.app, edit.c_str());
    f.h.Click(f.app, "Redo: Card fields — «Бета»");
    CHECK(f.Selected() == "Бета!");

    f.app.env.read_only = true;
    f.h.Frame(f.app, 2);
    Chord(f.h, f.app, ImGuiMod_Ctrl | ImGuiKey_Z);
    CHECK(f.Selected() == "Бета!");
    CHECK(UiHarness::Has("Read-only: another tab is editing the data, so this one cannot undo or redo."));
}

TEST_CASE("shortcuts: Esc closes the modal on top, one per press, after a combo inside it closed") {
    Fixture f;
    Chord(f.h, f.app, ImGuiMod_Alt | ImGuiKey_I);
    f.h.Key(f.app, ImGuiKey_1);
    REQUIRE(f.app.ui.activity.open);
    // The help over the editor? Shortcuts wait while a dialog is open.
    f.h.Key(f.app, ImGuiKey_F1);
    CHECK_FALSE(UiHarness::Has("Search the client list"));
    f.h.Key(f.app, ImGuiKey_Escape);
    CHECK_FALSE(f.app.ui.activity.open);
    // The next Esc finds nothing to close and changes nothing.
    f.h.Key(f.app, ImGuiKey_Escape);
    CHECK(f.app.store.clients.size() == 5);
}

TEST_CASE("client list: with the keyboard in it, arrows, Page Up/Down, Home and End move the selection and scroll") {
    card::test::EnglishUi english;
    UiHarness h;
    App app;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    char name[32];
    for (int i = 0; i < 80; ++i) {
        std::snprintf(name, sizeof name, "Клиент %03d", i);
        Client c;
        c.id = "c" + std::to_string(i);
        c.name = name;
        app.store.clients.Upsert(c);
    }
    app.ui.SelectClient("c0");
    h.Frame(app, 3);
    h.Click(app, "Клиент 001");
    CHECK(app.ui.selected_id == "c1");
    h.Key(app, ImGuiKey_DownArrow);
    CHECK(app.ui.selected_id == "c2");
    h.Key(app, ImGuiKey_UpArrow);
    h.Key(app, ImGuiKey_UpArrow);
    CHECK(app.ui.selected_id == "c0");
    h.Key(app, ImGuiKey_UpArrow);  // the first stays
    CHECK(app.ui.selected_id == "c0");
    h.Key(app, ImGuiKey_End);
    h.Frame(app, 2);
    CHECK(app.ui.selected_id == "c79");
    CHECK(UiHarness::Has("Клиент 079"));  // scrolled to, far below the first screen
    CHECK_FALSE(UiHarness::Has("Клиент 000"));
    h.Key(app, ImGuiKey_PageUp);
    const int after_page = std::stoi(app.ui.selected_id.substr(1));
    CHECK(after_page < 79);
    CHECK(after_page > 40);
    h.Key(app, ImGuiKey_Home);
    h.Frame(app, 2);
    CHECK(app.ui.selected_id == "c0");
    CHECK(UiHarness::Has("Клиент 000"));
    h.Key(app, ImGuiKey_PageDown);
    CHECK(std::stoi(app.ui.selected_id.substr(1)) == 79 - after_page);
    // Held down: the key repeats.
    const std::string before = app.ui.selected_id;
    ImGui::GetIO().AddKeyEvent(ImGuiKey_DownArrow, true);
    h.Frame(app, 60);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_DownArrow, false);
    h.Frame(app);
    CHECK(std::stoi(app.ui.selected_id.substr(1)) > std::stoi(before.substr(1)) + 3);
}
