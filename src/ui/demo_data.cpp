// "Load demo data" (issue 5): the File menu item and the start screen's button.
//
// The demo data is an ordinary interchange file, assets/demo.json (written by
// tools/gen_demo.mjs), that the wasm build packs into app.data at /assets/demo.json. Both
// commands read it and hand it to the import dialog (OpenImportDialog), the same path as
// File > Import JSON…: the user sees what it would add, chooses Merge or Replace and
// applies it (or cancels). A missing or unreadable file says so and changes nothing; a
// damaged one is rejected by the dialog with the reason, changing nothing. A read-only tab
// (another tab holds the data) shows both disabled, with a tooltip saying why.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

// The shipped file. In the browser the preloaded /assets; natively assets/ of the working
// directory (the tests run from the source tree), else of the source tree this file was
// compiled from.
std::string DefaultDemoPath() {
#ifdef __EMSCRIPTEN__
    return "/assets/demo.json";
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

// Reads the demo file and opens the import dialog with it. Returns "" when the dialog
// opens, else the reason (the store is never touched here).
std::string StartDemoImport(UiState& ui) {
    const std::string path = ui.demo.path.empty() ? DefaultDemoPath() : ui.demo.path;
    // stdio rather than <fstream>: this was the app's only iostream, and it brought the
    // locale machinery into app.wasm (74 KB, 25 KB gzipped) for this one read.
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) return Format(Str::DemoMissing, path);
    std::string text;
    char buf[16384];
    size_t got = 0;
    while ((got = std::fread(buf, 1, sizeof buf, in)) > 0) text.append(buf, got);
    const bool failed = std::ferror(in) != 0;
    std::fclose(in);
    if (failed) return Format(Str::DemoUnreadable, path);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return Format(Str::DemoEmpty, path);
    OpenImportDialog(ui, Tr(Str::DemoFileName), std::move(text));
    return "";
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
    const bool clicked = ImGui::MenuItem(Tr(Str::DemoMenuItem), nullptr, false, !read_only);
    ReadOnlyTooltip(read_only);
    if (!clicked || read_only) return;
    app.ui.demo.error.clear();
    const std::string error = StartDemoImport(app.ui);
    if (!error.empty()) app.ui.message = error;
}

void DrawDemoDataStartButton(UiState& ui, bool read_only) {
    ImGui::Spacing();
    ImGui::Spacing();
    DisabledHint(Tr(Str::DemoStartHint));
    ImGui::Spacing();
    ImGui::BeginDisabled(read_only);
    const bool clicked = ImGui::Button(Tr(Str::DemoStartButton));
    ImGui::EndDisabled();
    ReadOnlyTooltip(read_only);
    if (clicked && !read_only) ui.demo.error = StartDemoImport(ui);
    if (!ui.demo.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint(ui.demo.error.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace card
