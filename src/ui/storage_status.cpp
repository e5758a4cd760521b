// Issue 6: storage full, and taking over from a tab that closed (panels.h). Under the menu
// bar, after the host's banners:
//  - storage full (quota; AppEnv::save.storage_full): a red bar that says the changes are
//    kept in this tab only, with Export a copy (what File > Export JSON does) and Try
//    again (HostRequests::retry_save); it goes away by itself once a save succeeds;
//  - a read-only tab whose writer tab closed (StorageStatusEnv::writer_gone): an amber bar
//    with Edit here (HostRequests::take_over); while the host reloads, a note; a failed
//    reload says why and offers the button again.
#include <algorithm>
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

// A full-width coloured bar with wrapped text and up to two buttons at its right end
// (`disabled` greys the second). The text is an item too (automation finds the bar by
// it). Returns the index of the button pressed, or -1.
int StatusBar(ImU32 background, const char* text, const char* first, const char* second = nullptr,
              bool second_disabled = false) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = style.FramePadding;
    const char* buttons[2] = {first, second};
    float buttons_w = 0;
    for (const char* b : buttons)
        if (b) buttons_w += ImGui::CalcTextSize(b, nullptr, true).x + pad.x * 2 + style.ItemSpacing.x;
    const float wrap_w = std::max(width - pad.x * 2 - buttons_w, 1.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(text, nullptr, false, wrap_w);
    const float height = std::max(text_size.y, ImGui::GetFrameHeight()) + pad.y * 2;

    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), background,
                                              style.FrameRounding);
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton(text, ImVec2(std::max(width - buttons_w, 1.0f), height));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad.x, origin.y + (height - text_size.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    int pressed = -1;
    float x = origin.x + width - pad.x - (buttons_w - style.ItemSpacing.x);
    for (int i = 0; i < 2; ++i) {
        if (!buttons[i]) continue;
        ImGui::SetCursorScreenPos(ImVec2(x, origin.y + (height - ImGui::GetFrameHeight()) * 0.5f));
        const bool disabled = i == 1 && second_disabled;
        ImGui::BeginDisabled(disabled);
        if (ImGui::Button(buttons[i])) pressed = i;
        ImGui::EndDisabled();
        x += ImGui::GetItemRectSize().x + style.ItemSpacing.x;
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));  // the bar's place in the layout
    return pressed;
}

void DrawStorageFull(App& app) {
    const bool retrying = app.env.storage.retrying || app.env.save.kind == SaveState::Kind::Saving;
    ImGui::PushID("storage_full");
    const int pressed = StatusBar(colors::kErrorBg, Tr(Str::StorageFullBanner), Tr(Str::StorageFullExport),
                                  Tr(retrying ? Str::StorageFullRetrying : Str::StorageFullRetry), retrying);
    ImGui::PopID();
    if (pressed == 0) ExportAllToDownload(app);
    if (pressed == 1) app.requests.retry_save = true;
}

void DrawTakeOver(App& app) {
    const StorageStatusEnv& st = app.env.storage;
    ImGui::PushID("take_over");
    if (st.taking_over) {
        StatusBar(colors::kInfoBg, Tr(Str::TakeOverLoading), nullptr);
    } else {
        std::string text = Tr(Str::TakeOverBanner);
        if (!st.take_over_error.empty()) {
            char buf[1024];
            std::snprintf(buf, sizeof buf, Tr(Str::TakeOverFailed), st.take_over_error.c_str());
            text = buf;
        }
        if (StatusBar(colors::kWarningBg, text.c_str(), Tr(Str::TakeOverButton)) == 0) app.requests.take_over = true;
    }
    ImGui::PopID();
}

}  // namespace

void DrawStorageStatusBanners(App& app) {
    if (app.env.read_only) {
        if (app.env.storage.writer_gone) DrawTakeOver(app);
        return;  // a read-only tab never saves: no storage-full bar
    }
    if (app.env.save.storage_full) DrawStorageFull(app);
}

}  // namespace card
