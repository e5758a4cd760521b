// The menu bar: File (export, import), Employees (directory, current user) and Language.
#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"
#include "ui/panels.h"

namespace card {

void DrawMenuBar(App& app) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu(Tr(Str::MenuFile))) {
        if (ImGui::MenuItem(Tr(Str::MenuExportJson))) ExportAllToDownload(app);
        const bool has_client = app.store.clients.Contains(app.ui.selected_id);
        if (ImGui::MenuItem(Tr(Str::MenuExportClient), nullptr, false, has_client))
            ExportClientToDownload(app, app.ui.selected_id);
        ImGui::Separator();
        if (ImGui::MenuItem(Tr(Str::MenuImportJson), nullptr, false, !app.env.read_only))
            PickFileForImport(app.ui);
        DrawDemoDataMenuItem(app);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(Tr(Str::MenuEmployees))) {
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
    DrawIncomingCallButton(app);
    ImGui::EndMenuBar();
}

}  // namespace card
