// The menu bar: File (export, import), Edit (undo, redo), Employees (directory, current
// user), Language and Help (keyboard shortcuts). Shortcut texts come from the one table of
// shortcuts.cpp, and the items run the same commands as the keys.
#include <cstdio>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/main_sections.h"
#include "ui/panels.h"
#include "ui/shortcuts.h"

namespace card {

void DrawMenuBar(App& app) {
    if (!ImGui::BeginMenuBar()) return;
    // While the rest of a large store is read, what would change or export it waits.
    const bool loading = app.env.loading.active;
    const bool file_open = ImGui::BeginMenu(Tr(Str::MenuFile), !loading);
    if (loading) LoadingTooltip();
    if (file_open) {
        if (ImGui::MenuItem(Tr(Str::MenuExportJson))) ExportAllToDownload(app);
        const bool has_client = app.store.clients.Contains(app.ui.selected_id);
        if (ImGui::MenuItem(Tr(Str::MenuExportClient), nullptr, false, has_client))
            ExportClientToDownload(app, app.ui.selected_id);
        DrawLastExportMenuLine(app);
        ImGui::Separator();
        if (ImGui::MenuItem(Tr(Str::MenuImportJson), nullptr, false, !app.env.read_only))
            PickFileForImport(app.ui);
        DrawDemoDataMenuItem(app);
        ImGui::EndMenu();
    }
    // The Edit menu carries the undo icon: a bare "Edit" would be found by the automation
    // before the Edit buttons of the card (tests find widgets by their visible label).
    char edit_title[64];
    std::snprintf(edit_title, sizeof edit_title, ICON_UNDO " %s", Tr(Str::MenuEdit));
    const bool edit_open = ImGui::BeginMenu(edit_title, !loading);
    if (loading) LoadingTooltip();
    if (edit_open) {
        // "Undo: Contact persons — «Ромашка»": what the next Undo / Redo would change.
        char what[512], label[640];
        for (const bool undo : {true, false}) {
            DescribeUndoStep(app, undo, what, sizeof what);
            if (what[0])
                std::snprintf(label, sizeof label, Tr(undo ? Str::MenuUndoWhat : Str::MenuRedoWhat), what);
            else
                std::snprintf(label, sizeof label, "%s", Tr(undo ? Str::MenuUndo : Str::MenuRedo));
            const bool can = !app.env.read_only && (undo ? app.journal.CanUndo() : app.journal.CanRedo());
            if (ImGui::MenuItem(label, ShortcutText(undo ? ShortcutAction::Undo : ShortcutAction::Redo), false, can))
                RunShortcut(app, undo ? ShortcutAction::Undo : ShortcutAction::Redo);
            if (app.env.read_only) ImGui::SetItemTooltip("%s", Tr(Str::MenuUndoReadOnly));
        }
        ImGui::EndMenu();
    }
    const bool employees_open = ImGui::BeginMenu(Tr(Str::MenuEmployees), !loading);
    if (loading) LoadingTooltip();
    if (employees_open) {
        if (ImGui::MenuItem(Tr(Str::MenuEmployeeDirectory))) OpenEmployeeDirectory(app.ui);
        DrawCurrentUserMenu(app.store, app.ui);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(Tr(Str::MenuLanguage))) {
        const Lang current = CurrentLanguage();
        if (ImGui::MenuItem(Tr(Str::LangRussian), nullptr, current == Lang::Ru) && current != Lang::Ru) {
            app.SetLanguage("ru");
            platform::SetLanguageInUrl("ru");
        }
        if (ImGui::MenuItem(Tr(Str::LangEnglish), nullptr, current == Lang::En) && current != Lang::En) {
            app.SetLanguage("en");
            platform::SetLanguageInUrl("en");
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(Tr(Str::MenuHelp))) {
        if (ImGui::MenuItem(Tr(Str::MenuShortcuts), ShortcutText(ShortcutAction::Help)))
            RunShortcut(app, ShortcutAction::Help);
        ImGui::EndMenu();
    }
    ImGui::BeginDisabled(loading);
    DrawIncomingCallButton(app);
    ImGui::EndDisabled();
    if (loading) LoadingTooltip();
    ImGui::EndMenuBar();
}

}  // namespace card
