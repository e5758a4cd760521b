// A large store's start (AppEnv::Loading): the card pane shows how far the rest of the
// store has been read, and what waits for it says so.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawLoadingCard(float fraction) {
    const float font = ImGui::GetFontSize();
    const float width = std::min(ImGui::GetContentRegionAvail().x, font * 32);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) * 0.5f,
                               ImGui::GetCursorPosY() + ImGui::GetContentRegionAvail().y * 0.3f));
    const float x = ImGui::GetCursorPosX();
    char line[160];
    std::snprintf(line, sizeof line, Tr(Str::LoadingRest), static_cast<int>(fraction * 100));
    ImGui::PushTextWrapPos(x + width);
    TextHint(line);
    ImGui::SetCursorPosX(x);
    ImGui::ProgressBar(fraction, ImVec2(width, 0), "");
    ImGui::SetCursorPosX(x);
    DisabledHint(Tr(Str::LoadingRestHint));
    ImGui::PopTextWrapPos();
}

void LoadingTooltip() {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_ForTooltip))
        ImGui::SetTooltip("%s", Tr(Str::LoadingTip));
}

}  // namespace card
