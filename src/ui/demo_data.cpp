// "Load demo data" (issue 5): the File menu item and the start screen's button.
//
// The demo data is an ordinary interchange file, assets/demo.json (written by
// tools/gen_demo.mjs), that the wasm build serves beside the page as demo.json (not in
// app.data: 64 KB gzipped that a start need not download). Both commands fetch it and
// hand it to the import dialog (OpenImportDialog), the same path as File > Import JSON…:
// the user sees what it would add, chooses Merge or Replace and applies it (or cancels).
// A missing or unreadable file says so and changes nothing; a damaged one is rejected by
// the dialog with the reason, changing nothing. A read-only tab (another tab holds the
// data) shows both disabled, with a tooltip saying why.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

// The shipped file. In the browser demo.json beside the page (fetched when asked for, so
// it is not part of the start's download); natively assets/ of the working directory (the
// tests run from the source tree), else of the source tree this file was compiled from.
std::string DefaultDemoPath() {
#ifdef __EMSCRIPTEN__
    return "demo.json";
#else
    const std::string relative = "assets/demo.json";
    if (std::FILE* f = std::fopen(relative.c_str(), "rb")) {
        std::fclose(f);
        return relative;
    }
    const std::string self = __FILE__;  // <source>/src/ui/demo_data.cpp
    const std::string marker = "src/ui/demo_data.cpp";
    if (self.size() > marker.size() && self.compare(self.size() - marker.size(), marker.size(), marker) == 0)
        return self.substr(0, self.size() - marker.size()) + relative;
    return relative;
#endif
}

std::string Format(Str fmt, const std::string& arg) {
    char buf[512];
    std::snprintf(buf, sizeof buf, Tr(fmt), arg.c_str());
    return buf;
}

// Fetches the demo file and opens the import dialog with it (the store is never touched
// here). A failure's reason goes under the start screen's button, or to the status message
// for the menu's item (`from_menu`). In the browser the answer comes in a later frame;
// meanwhile both commands are disabled.
void StartDemoImport(UiState& ui, bool from_menu) {
    const std::string path = ui.demo.path.empty() ? DefaultDemoPath() : ui.demo.path;
    ui.demo.error.clear();
    ui.demo.fetching = true;
    UiState* state = &ui;  // the app's, alive as long as the page
    platform::FetchFile(path, [state, path, from_menu](std::string text, const std::string& error) {
        UiState& u = *state;
        u.demo.fetching = false;
        std::string reason;
        if (error == "missing") reason = Format(Str::DemoMissing, path);
        else if (!error.empty()) reason = Format(Str::DemoUnreadable, path);  // the browser's reason says no more
        else if (text.find_first_not_of(" \t\r\n") == std::string::npos) reason = Format(Str::DemoEmpty, path);
        if (reason.empty()) OpenImportDialog(u, Tr(Str::DemoFileName), std::move(text));
        else if (from_menu) u.message = reason;
        else u.demo.error = reason;
    });
}

void ReadOnlyTooltip(bool read_only) {
    const ImGuiHoveredFlags flags = ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_AllowWhenDisabled;
    if (!ImGui::IsItemHovered(flags)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    TextHint(Tr(read_only ? Str::DemoReadOnlyTip : Str::DemoTip));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void DrawDemoDataMenuItem(App& app) {
    const bool read_only = app.env.read_only;
    const bool clicked = ImGui::MenuItem(Tr(Str::DemoMenuItem), nullptr, false, !read_only && !app.ui.demo.fetching);
    ReadOnlyTooltip(read_only);
    if (clicked && !read_only) StartDemoImport(app.ui, true);
}

void DrawDemoDataStartButton(UiState& ui, bool read_only) {
    ImGui::Spacing();
    ImGui::Spacing();
    DisabledHint(Tr(Str::DemoStartHint));
    ImGui::Spacing();
    ImGui::BeginDisabled(read_only || ui.demo.fetching);
    const bool clicked = ImGui::Button(Tr(Str::DemoStartButton));
    ImGui::EndDisabled();
    ReadOnlyTooltip(read_only);
    if (clicked && !read_only) StartDemoImport(ui, false);
    if (!ui.demo.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint(ui.demo.error.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace card
