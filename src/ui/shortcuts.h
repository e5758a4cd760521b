// Keyboard shortcuts (issue 5, "Keyboard first"): one table, kShortcuts, says which keys do
// what, where they act and how the help overlay names them. HandleShortcuts (panels.h)
// runs the table at the start of every frame, the help overlay (F1 or ?) lists it, the
// Edit and Help menus show its key text, and the browser build asks the page to keep the
// browser's own meaning of exactly those keys away (preventDefault) — all from the table.
#pragma once

#include <cstddef>
#include <cstdint>

#include "imgui.h"
#include "ui/i18n.h"

namespace card {

class App;

enum class ShortcutAction : uint8_t {
    None,  // a row of the help only: ImGui's own keyboard navigation (Tab, arrows, Enter...)
    Search,
    NewClient,
    IncomingCall,
    NewActivity,
    NextClient,
    PreviousClient,
    TabMain,
    TabInterests,
    TabRelationships,
    TabContracts,
    Undo,
    Redo,
    Help,
    ClosePopup,  // Esc: handled after the frame drew (the popup's own code sees Esc first)
};

enum class ShortcutWhere : uint8_t {
    Anywhere,     // also while typing in a text field (Ctrl+K, F1, F2, Esc, Ctrl+1..4)
    OutsideText,  // only when no text field is being typed in (plain keys, Ctrl+Z...)
    Info,         // not handled here: ImGui's own navigation, listed in the help only
};

// One key of a shortcut: a chord (ImGuiMod_* | ImGuiKey_*) or a typed character ('/', '?'
// are characters: on a Russian layout they sit on other keys than on an English one).
struct ShortcutKey {
    ImGuiKeyChord chord = 0;
    char ch = 0;
};

struct Shortcut {
    ShortcutAction action = ShortcutAction::None;
    ShortcutWhere where = ShortcutWhere::Anywhere;
    ShortcutKey keys[2];  // the second is optional (chord 0, ch 0)
    Str label;            // what it does, for the help overlay
    Str keys_text = Str::Count;  // Info rows: the keys as text (Str::Count: from `keys`)
};

// The table, in the order the help overlay lists it.
struct ShortcutTable {
    const Shortcut* first = nullptr;
    size_t count = 0;
    const Shortcut* begin() const { return first; }
    const Shortcut* end() const { return first + count; }
};
ShortcutTable Shortcuts();

// "Ctrl+K", "Alt+↓", "F1", "/" — a key as the help and the menus show it.
void FormatShortcutKey(const ShortcutKey& key, char* buf, size_t size);
// The first key of `action` ("" when none), for the menus' shortcut column.
const char* ShortcutText(ShortcutAction action);

// Runs a shortcut's command as if its keys were pressed (the menus call it too). Returns
// false when it did nothing (no client for Next, read-only for New client...).
bool RunShortcut(App& app, ShortcutAction action);

// "Undo: «Ромашка» — Contacts" for the Edit menu (undo = false: Redo). "" when nothing.
void DescribeUndoStep(const App& app, bool undo, char* buf, size_t size);

// Whether the page should keep the browser from acting on a keydown (DOM keyCode and
// modifiers) or a typed character; `typing`: a text field is active. True exactly for the
// keys of the table that act there. The browser build's key listener asks these (through
// card_shortcut_claims_key / _char); the unit test checks them against the table.
bool ShortcutClaimsDomKey(int key_code, bool ctrl, bool shift, bool alt, bool meta, bool typing);
bool ShortcutClaimsChar(unsigned ch, bool ctrl, bool alt, bool meta, bool typing);
// A text field has the keyboard (ImGui's active item is an InputText).
bool TextFieldActive();

}  // namespace card
