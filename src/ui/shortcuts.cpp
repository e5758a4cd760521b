// Keyboard shortcuts and the help overlay listing them (issue 5, "Keyboard first").
//
// Which keys, and why (browsers on Linux and Windows, Chromium and Firefox):
// - Ctrl+W/T/N (also with Shift), Ctrl+Tab and Ctrl+PgUp/PgDn are never handed to a page
//   (Chromium's reserved commands, Firefox's reserved keys): none of them is used.
// - Ctrl+K (both browsers: the address bar's search), F1 (browser help) and '/' (Firefox's
//   quick find) belong to the browser only while the page does not claim them: the key
//   listener at the end of this file calls preventDefault for exactly the keys of the table
//   that act at that moment (a '/' typed into a field stays a '/').
// - Ctrl+1..4 switch the card's tabs, as the issue asks. Both browsers select browser tab
//   1..8 with Ctrl+digit (Firefox on Linux with Alt+digit), but Chromium reserves only
//   close/new tab or window, restore tab and next/previous tab, and Firefox does not reserve
//   tab selection: a page that calls preventDefault keeps Ctrl+1..4, and the listener does.
//   (Headless tests see the keys either way.) Alt+1..4 are not offered as well: Firefox on
//   Linux selects browser tabs with Alt+1..9, so it would steal what the listener keeps.
// - New client Alt+N, new activity Alt+I, next / previous client Alt+↓ / Alt+↑: none is a
//   menu access key of Firefox's menu bar, English (File F, Edit E, View V, History S,
//   Bookmarks B, Tools T, Help H) or Russian (Файл, Правка, Вид, Журнал, Закладки,
//   Инструменты, Справка: the keys A, G, D, ;, P, B, C of the ЙЦУКЕН layout), nor one of
//   Chromium's (Alt+F / Alt+E menu, Alt+D address bar, Alt+Home); Alt+←/→ (back/forward)
//   are left alone. The listener prevents them too, so even a menu letter would be safe.
// - Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y act only outside text fields: inside one they are the
//   field's own undo and redo. '/' and '?' likewise (they are characters to type).
// - Esc closes the popup or window that is open; a text field's own Esc (revert, leave the
//   field) happens too. ImGui's navigation (Tab, arrows, Enter, Space) does the rest.
#include "ui/shortcuts.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.h"
#include "ui/activity_editor.h"
#include "ui/app.h"
#include "ui/collection_labels.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/incoming_call.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

using A = ShortcutAction;
using W = ShortcutWhere;

constexpr ShortcutKey K(ImGuiKeyChord chord) { return ShortcutKey{chord, 0}; }
constexpr ShortcutKey C(char ch) { return ShortcutKey{0, ch}; }

// The one table: handling, the help overlay, the menus' key text and the browser listener
// all read it.
const Shortcut kTable[] = {
    {A::Search, W::Anywhere, {K(ImGuiMod_Ctrl | ImGuiKey_K), {}}, Str::ScSearch},
    {A::Search, W::OutsideText, {C('/'), {}}, Str::ScSearch},
    {A::NewClient, W::Anywhere, {K(ImGuiMod_Alt | ImGuiKey_N), {}}, Str::ScNewClient},
    {A::IncomingCall, W::Anywhere, {K(ImGuiKey_F2), {}}, Str::ScIncomingCall},
    {A::NewActivity, W::Anywhere, {K(ImGuiMod_Alt | ImGuiKey_I), {}}, Str::ScNewActivity},
    {A::NextClient, W::Anywhere, {K(ImGuiMod_Alt | ImGuiKey_DownArrow), {}}, Str::ScNextClient},
    {A::PreviousClient, W::Anywhere, {K(ImGuiMod_Alt | ImGuiKey_UpArrow), {}}, Str::ScPrevClient},
    {A::TabMain, W::Anywhere, {K(ImGuiMod_Ctrl | ImGuiKey_1), {}}, Str::ScTabMain},
    {A::TabInterests, W::Anywhere, {K(ImGuiMod_Ctrl | ImGuiKey_2), {}}, Str::ScTabInterests},
    {A::TabRelationships, W::Anywhere, {K(ImGuiMod_Ctrl | ImGuiKey_3), {}}, Str::ScTabRelationships},
    {A::TabContracts, W::Anywhere, {K(ImGuiMod_Ctrl | ImGuiKey_4), {}}, Str::ScTabContracts},
    {A::Help, W::Anywhere, {K(ImGuiKey_F1), {}}, Str::ScHelp},
    {A::ClosePopup, W::Anywhere, {K(ImGuiKey_Escape), {}}, Str::ScClosePopup},
    {A::Undo, W::OutsideText, {K(ImGuiMod_Ctrl | ImGuiKey_Z), {}}, Str::ScUndo},
    {A::Redo, W::OutsideText, {K(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z), K(ImGuiMod_Ctrl | ImGuiKey_Y)},
     Str::ScRedo},
    {A::Help, W::OutsideText, {C('?'), {}}, Str::ScHelp},
    {A::None, W::Info, {}, Str::ScNavTab, Str::ScNavTabKeys},
    {A::None, W::Info, {}, Str::ScNavArrows, Str::ScNavArrowsKeys},
    {A::None, W::Info, {}, Str::ScNavEnter, Str::ScNavEnterKeys},
    {A::None, W::Info, {}, Str::ScNavEsc, Str::ScNavEscKeys},
};

const char* KeyName(ImGuiKey key) {
    switch (key) {
        case ImGuiKey_DownArrow: return Tr(Str::ScKeyDown);
        case ImGuiKey_UpArrow: return Tr(Str::ScKeyUp);
        case ImGuiKey_Escape: return "Esc";
        default: return ImGui::GetKeyName(key);
    }
}

bool KeyEmpty(const ShortcutKey& k) { return k.chord == 0 && k.ch == 0; }

// The DOM keyCode of the keys the table uses (what GLFW turns into ImGui keys).
int DomKeyCode(ImGuiKey key) {
    if (key >= ImGuiKey_A && key <= ImGuiKey_Z) return 65 + (key - ImGuiKey_A);
    if (key >= ImGuiKey_0 && key <= ImGuiKey_9) return 48 + (key - ImGuiKey_0);
    if (key >= ImGuiKey_F1 && key <= ImGuiKey_F12) return 112 + (key - ImGuiKey_F1);
    switch (key) {
        case ImGuiKey_Escape: return 27;
        case ImGuiKey_LeftArrow: return 37;
        case ImGuiKey_UpArrow: return 38;
        case ImGuiKey_RightArrow: return 39;
        case ImGuiKey_DownArrow: return 40;
        default: return -1;
    }
}

bool ChordPressed(ImGuiKeyChord chord) {
    const ImGuiKey key = static_cast<ImGuiKey>(chord & ~ImGuiMod_Mask_);
    const ImGuiKeyChord mods = chord & ImGuiMod_Mask_;
    return ImGui::IsKeyPressed(key, false) && ImGui::GetIO().KeyMods == mods;
}

bool CharTyped(char ch) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper) return false;
    for (const ImWchar c : io.InputQueueCharacters)
        if (c == static_cast<ImWchar>(static_cast<unsigned char>(ch))) return true;
    return false;
}

bool KeyPressed(const ShortcutKey& k) {
    if (k.chord) return ChordPressed(k.chord);
    if (k.ch) return CharTyped(k.ch);
    return false;
}

void Toast(App& app, const char* text) {
    app.ui.shortcuts.toast = text;
    app.ui.shortcuts.toast_until_ms = platform::NowMs() + 3000;
}

const char* NameOf(const App& app, const JournalStep& step, std::string& scratch) {
    for (const RecordChange& ch : step.changes) {
        const std::string* id = ClientOf(ch.after);
        if (!id) id = ClientOf(ch.before);
        if (!id || id->empty()) continue;
        if (const Client* c = app.store.clients.Find(*id)) return c->name.c_str();
        // A removed client: its name as the step remembers it.
        for (const RecordChange& k : step.changes) {
            for (const AnyRecord* r : {&k.before, &k.after})
                if (const Client* c = std::get_if<Client>(r); c && c->id == *id) {
                    scratch = c->name;
                    return scratch.c_str();
                }
        }
    }
    return nullptr;
}

bool AnyPopupOpen() { return ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }

void SelectRelative(App& app, int delta) {
    UiState& ui = app.ui;
    const auto& all = app.store.clients.All();
    const auto& visible = ui.list.visible;
    if (visible.empty()) return;
    size_t at = visible.size();
    for (size_t i = 0; i < visible.size(); ++i)
        if (visible[i] < all.size() && all[visible[i]].id == ui.selected_id) {
            at = i;
            break;
        }
    size_t next;
    if (at == visible.size())  // nothing selected in the list: start at an end
        next = delta > 0 ? 0 : visible.size() - 1;
    else if (delta > 0)
        next = std::min(at + 1, visible.size() - 1);
    else
        next = at == 0 ? 0 : at - 1;
    if (visible[next] >= all.size()) return;
    const std::string& id = all[visible[next]].id;
    if (id == ui.selected_id) return;
    ui.SelectClient(id);
}

void UndoRedo(App& app, bool undo) {
    if (app.env.read_only) {
        Toast(app, Tr(Str::ScUndoReadOnly));
        return;
    }
    char what[512];
    DescribeUndoStep(app, undo, what, sizeof what);
    const bool done = undo ? app.Undo() : app.Redo();
    if (!done) {
        Toast(app, Tr(undo ? Str::ScNothingToUndo : Str::ScNothingToRedo));
        return;
    }
    char line[600];
    std::snprintf(line, sizeof line, Tr(undo ? Str::ScUndone : Str::ScRedone), what);
    Toast(app, line);
}

// Esc: closes the modal on top when it is the one that was on top as the last frame ended
// (nothing else took this Esc: a menu, a combo, the popup's own Cancel). Its owner sees the
// popup closed from outside next frame and drops its draft, as with the window's close box.
void CloseTopModalOnEscape(App& app) {
    ImGuiContext& g = *GImGui;
    const ShortcutsUi& s = app.ui.shortcuts;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && s.last_top_popup != 0 && !g.OpenPopupStack.empty()) {
        const ImGuiPopupData& top = g.OpenPopupStack.back();
        if (top.PopupId == s.last_top_popup && top.Window && (top.Window->Flags & ImGuiWindowFlags_Modal))
            ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
    }
}

void RememberTopPopup(App& app) {
    const ImGuiContext& g = *GImGui;
    app.ui.shortcuts.last_top_popup = g.OpenPopupStack.empty() ? 0 : g.OpenPopupStack.back().PopupId;
}

// "Ctrl+Shift+Z or Ctrl+Y": every key of a row, or an Info row's text.
void KeysText(const Shortcut& s, std::string& text) {
    text.clear();
    if (s.keys_text != Str::Count) {
        text = Tr(s.keys_text);
        return;
    }
    char buf[96];
    for (const ShortcutKey& k : s.keys) {
        if (KeyEmpty(k)) continue;
        if (!text.empty()) text += Tr(Str::ScOr);
        FormatShortcutKey(k, buf, sizeof buf);
        text += buf;
    }
}

void DrawKeysCell(const Shortcut& s) {
    std::string text;
    KeysText(s, text);
    ImGui::TextUnformatted(text.c_str());
    ReportLastItem(text.c_str());
}

void DrawSection(const char* title, ShortcutWhere where, int id, float keys_w) {
    ImGui::SeparatorText(title);
    // Rows of the same action (Ctrl+K and / both search) stay apart: each names its keys.
    ImGui::PushID(id);
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("##k", ImGuiTableColumnFlags_WidthFixed, keys_w);
        ImGui::TableSetupColumn("##a", ImGuiTableColumnFlags_WidthStretch);
        for (const Shortcut& s : Shortcuts()) {
            if (s.where != where) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            DrawKeysCell(s);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(Tr(s.label));
            ImGui::PopTextWrapPos();
            ReportLastItem(Tr(s.label));
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

void DrawHelp(App& app) {
    ShortcutsUi& s = app.ui.shortcuts;
    const char* title = Tr(Str::ScTitle);
    if (s.help_requested) {
        s.help_requested = false;
        if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    const float width = std::min(em * 46, vp->WorkSize.x * 0.96f);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.94f));
    bool keep = true;
    if (!ImGui::BeginPopupModal(title, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        s.help_close_requested = false;
        return;
    }
    // The keys column as wide as its widest text (the table is small; only while open).
    float keys_w = em * 6;
    std::string text;
    for (const Shortcut& sc : Shortcuts()) {
        KeysText(sc, text);
        keys_w = std::max(keys_w, ImGui::CalcTextSize(text.c_str()).x + em);
    }
    DrawSection(Tr(Str::ScAnywhere), ShortcutWhere::Anywhere, 1, keys_w);
    DrawSection(Tr(Str::ScOutsideText), ShortcutWhere::OutsideText, 2, keys_w);
    DrawSection(Tr(Str::ScNavigation), ShortcutWhere::Info, 3, keys_w);
    ImGui::PushTextWrapPos(0);
    DisabledHint(Tr(Str::ScBrowserNote));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const bool close = ImGui::Button(Tr(Str::ScClose));
    if (ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
    if (close || !keep || s.help_close_requested) {
        s.help_close_requested = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Alt+I: which kind of activity, then the Main tab's editor opens on it.
void DrawNewActivityChooser(App& app) {
    ShortcutsUi& s = app.ui.shortcuts;
    const char* title = Tr(Str::ScNewActTitle);
    if (s.new_activity_requested) {
        s.new_activity_requested = false;
        ImGui::OpenPopup(title);
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    // Wide enough for the title and the hint (auto-resize measures the items only).
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(em * 22, vp->WorkSize.x * 0.96f), 0), vp->WorkSize);
    bool keep = true;
    if (!ImGui::BeginPopupModal(title, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const Client* c = app.store.clients.Find(app.ui.selected_id);
    if (!keep || !c || app.env.read_only) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    struct Kind {
        ActivityKind kind;
        const char* icon;
        Str label;
    };
    // The timeline's own "New:" buttons, in their order, with their names.
    static constexpr Kind kKinds[] = {
        {ActivityKind::Call, ICON_PHONE, Str::ActNewCall},
        {ActivityKind::IncomingCall, ICON_ARROW_IN, Str::ActNewIncoming},
        {ActivityKind::Meeting, ICON_USERS, Str::ActNewMeeting},
        {ActivityKind::Email, ICON_ENVELOPE, Str::ActNewEmail},
        {ActivityKind::Task, ICON_CHECK_SQUARE, Str::ActNewTask},
        {ActivityKind::Note, ICON_STICKY_NOTE, Str::ActNewNote},
    };
    const bool appearing = ImGui::IsWindowAppearing();
    if (appearing) GImGui->NavDisableHighlight = false;  // opened from the keyboard: show where it is
    DisabledHint(Tr(Str::ScNewActHint));
    int chosen = -1;
    char label[256];
    for (int i = 0; i < static_cast<int>(std::size(kKinds)); ++i) {
        const char* name = Tr(kKinds[i].label);
        const char* cut = std::strstr(name, "##");  // the button's id is not part of the name
        std::snprintf(label, sizeof label, "%d  %s  %.*s###kind%d", i + 1, kKinds[i].icon,
                      static_cast<int>(cut ? cut - name : std::strlen(name)), name, i);
        if (i == 0 && appearing) ImGui::SetKeyboardFocusHere();
        if (ImGui::Selectable(label, false, ImGuiSelectableFlags_DontClosePopups)) chosen = i;
        if (!ImGui::GetIO().KeyMods && ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + i), false)) chosen = i;
    }
    if (chosen >= 0) {
        app.ui.SelectTab(CardTab::Main);
        StartNewActivity(app.store, app.ui, *c, kKinds[chosen].kind);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void DrawToast(App& app) {
    ShortcutsUi& s = app.ui.shortcuts;
    if (s.toast.empty()) return;
    if (platform::NowMs() > s.toast_until_ms) {
        s.toast.clear();
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - em * 3.2f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::min(em * 40, vp->WorkSize.x * 0.9f), FLT_MAX));
    // A bordered blue-grey box, like the information banners.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(colors::kInfoBg));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_SeparatorHovered));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, std::max(1.0f, em / 16));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em * 0.8f, em * 0.5f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##shortcut_toast", nullptr, flags)) {
        ImGui::PushTextWrapPos(std::min(em * 38, vp->WorkSize.x * 0.85f));
        ImGui::TextUnformatted(s.toast.c_str());
        ImGui::PopTextWrapPos();
        ReportLastItem(s.toast.c_str());
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}


}  // namespace

ShortcutTable Shortcuts() { return ShortcutTable{kTable, std::size(kTable)}; }

bool TextFieldActive() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->ActiveId != 0 && g->ActiveId == g->InputTextState.ID;
}

void FormatShortcutKey(const ShortcutKey& key, char* buf, size_t size) {
    if (size == 0) return;
    buf[0] = 0;
    if (key.ch) {
        std::snprintf(buf, size, "%c", key.ch);
        return;
    }
    if (!key.chord) return;
    const ImGuiKey k = static_cast<ImGuiKey>(key.chord & ~ImGuiMod_Mask_);
    std::snprintf(buf, size, "%s%s%s%s", (key.chord & ImGuiMod_Ctrl) ? "Ctrl+" : "",
                  (key.chord & ImGuiMod_Shift) ? "Shift+" : "", (key.chord & ImGuiMod_Alt) ? "Alt+" : "", KeyName(k));
}

const char* ShortcutText(ShortcutAction action) {
    // Per language, built once (the key names of arrows come from the translation table).
    static std::string texts[2][static_cast<int>(ShortcutAction::ClosePopup) + 1];
    const int lang = CurrentLanguage() == Lang::Ru ? 1 : 0;
    std::string& out = texts[lang][static_cast<int>(action)];
    if (out.empty()) {
        for (const Shortcut& s : Shortcuts()) {
            if (s.action != action || KeyEmpty(s.keys[0])) continue;
            char buf[64];
            FormatShortcutKey(s.keys[0], buf, sizeof buf);
            out = buf;
            break;
        }
    }
    return out.c_str();
}

void DescribeUndoStep(const App& app, bool undo, char* buf, size_t size) {
    if (size == 0) return;
    buf[0] = 0;
    const JournalStep* step = undo ? app.journal.PeekUndo() : app.journal.PeekRedo();
    if (!step || step->changes.empty()) return;
    // What changed: the collection of the first change that is not the client itself, else
    // the client's own fields.
    CollectionId what = step->changes.front().collection;
    for (const RecordChange& ch : step->changes)
        if (ch.collection != CollectionId::Clients) {
            what = ch.collection;
            break;
        }
    // A client's own fields: "Card fields"; several clients at once: "N changes".
    char what_text[128];
    if (step->changes.size() > 1 && what == CollectionId::Clients)
        std::snprintf(what_text, sizeof what_text, Tr(Str::ScStepChanges), static_cast<int>(step->changes.size()));
    else
        std::snprintf(what_text, sizeof what_text, "%s",
                      Tr(what == CollectionId::Clients ? Str::ScStepCard : CollectionLabel(what)));
    std::string scratch;
    const char* name = NameOf(app, *step, scratch);
    if (name && *name)
        std::snprintf(buf, size, Tr(Str::ScStepOf), what_text, name);
    else
        std::snprintf(buf, size, "%s", what_text);
}

bool RunShortcut(App& app, ShortcutAction action) {
    UiState& ui = app.ui;
    const bool has_client = app.store.clients.Contains(ui.selected_id);
    switch (action) {
        case A::None:
        case A::ClosePopup: return false;
        case A::Search:
            ui.list.focus_search = true;
            return true;
        case A::NewClient:
            if (app.env.read_only) {
                Toast(app, Tr(Str::MenuUndoReadOnly));
                return false;
            }
            NewClient(app.store, ui);
            return true;
        case A::IncomingCall: OpenIncomingCall(ui); return true;
        case A::NewActivity:
            if (app.env.read_only) {
                Toast(app, Tr(Str::MenuUndoReadOnly));
                return false;
            }
            if (!has_client) {
                Toast(app, Tr(Str::ScNoClientSelected));
                return false;
            }
            ui.shortcuts.new_activity_requested = true;
            return true;
        case A::NextClient:
        case A::PreviousClient: {
            const std::string before = ui.selected_id;
            SelectRelative(app, action == A::NextClient ? 1 : -1);
            return ui.selected_id != before;
        }
        case A::TabMain: ui.SelectTab(CardTab::Main); return true;
        case A::TabInterests: ui.SelectTab(CardTab::Interests); return true;
        case A::TabRelationships: ui.SelectTab(CardTab::Relationships); return true;
        case A::TabContracts: ui.SelectTab(CardTab::Contracts); return true;
        case A::Undo: UndoRedo(app, true); return true;
        case A::Redo: UndoRedo(app, false); return true;
        case A::Help:
            if (ImGui::GetCurrentContext() && ImGui::IsPopupOpen(Tr(Str::ScTitle)))
                ui.shortcuts.help_close_requested = true;
            else
                ui.shortcuts.help_requested = true;
            return true;
    }
    return false;
}

bool ShortcutClaimsDomKey(int key_code, bool ctrl, bool shift, bool alt, bool meta, bool typing) {
    if (meta) return false;
    for (const Shortcut& s : Shortcuts()) {
        if (s.where == W::Info || s.action == A::ClosePopup) continue;  // Esc: the browser's (fullscreen)
        if (s.where == W::OutsideText && typing) continue;
        for (const ShortcutKey& k : s.keys) {
            if (!k.chord) continue;
            const ImGuiKey key = static_cast<ImGuiKey>(k.chord & ~ImGuiMod_Mask_);
            if (DomKeyCode(key) == key_code && ((k.chord & ImGuiMod_Ctrl) != 0) == ctrl &&
                ((k.chord & ImGuiMod_Shift) != 0) == shift && ((k.chord & ImGuiMod_Alt) != 0) == alt)
                return true;
        }
    }
    return false;
}

bool ShortcutClaimsChar(unsigned ch, bool ctrl, bool alt, bool meta, bool typing) {
    if (typing || ctrl || alt || meta) return false;
    for (const Shortcut& s : Shortcuts())
        for (const ShortcutKey& k : s.keys)
            if (k.ch && static_cast<unsigned char>(k.ch) == ch && s.where != W::Info) return true;
    return false;
}

void HandleShortcuts(App& app) {
    const bool typing = TextFieldActive() || ImGui::GetIO().WantTextInput;
    const bool help_open = ImGui::IsPopupOpen(Tr(Str::ScTitle));
    // Another popup (a menu, a combo, a dialog) has the keyboard: only F1 / ? of the help
    // itself act then (and Esc, after the frame).
    const bool other_popup = AnyPopupOpen() && !help_open;
    for (const Shortcut& s : Shortcuts()) {
        if (s.where == W::Info || s.action == A::ClosePopup) continue;
        if (s.where == W::OutsideText && typing) continue;
        if (other_popup) continue;
        if (help_open && s.action != A::Help) continue;
        bool pressed = false;
        for (const ShortcutKey& k : s.keys) {
            if (!KeyPressed(k)) continue;
            pressed = true;
            // ImGui's navigation moves to the menu bar when Alt is released after a press
            // that no text followed (Alt+↓ included): the Alt of a shortcut must not.
            if (k.chord & ImGuiMod_Alt) GImGui->NavWindowingToggleLayer = false;
        }
        if (pressed) RunShortcut(app, s.action);
    }
}

void DrawShortcutHelp(App& app) {
    CloseTopModalOnEscape(app);
    DrawHelp(app);
    DrawNewActivityChooser(app);
    DrawToast(app);
    RememberTopPopup(app);
}

}  // namespace card
