// The Main tab: the contract banner on top, then two halves that scroll on their own.
// Left: everything about the client (requisites, contact persons, segmentation, current
// contract, software, our responsible people). Right: the timeline of interactions. The
// border between them can be dragged. In a narrow window the halves stack (client first).
#include "imgui.h"
#include "ui/main_sections.h"
#include "ui/panels.h"

namespace card {
namespace {

void DrawClientHalf(Store& store, UiState& ui, const Client& c, bool read_only) {
    DrawRequisitesSection(store, ui, c, read_only);
    DrawResponsiblesSection(store, ui, c, read_only);
    DrawContactsSection(store, ui, c, read_only);
    DrawCurrentContractSection(store, ui, c);
    DrawSegmentationSection(store, ui, c, read_only);
    DrawProductsSection(store, ui, c, read_only);
}

}  // namespace

void DrawMainTab(Store& store, UiState& ui, const Client& c, bool read_only) {
    DrawContractBanner(store, ui, c);
    const float em = ImGui::GetFontSize();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < em * 50) {
        if (ImGui::BeginChild("##main_single", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened)) {
            DrawClientHalf(store, ui, c, read_only);
            ImGui::Spacing();
            DrawTimeline(store, ui, c, read_only);
        }
        ImGui::EndChild();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##main_halves", 2, flags, ImVec2(0, avail.y))) return;
    ImGui::TableSetupColumn("##client_half", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableSetupColumn("##timeline_half", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, avail.y);
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("##main_left", ImVec2(0, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened)) DrawClientHalf(store, ui, c, read_only);
    ImGui::EndChild();
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("##main_right", ImVec2(0, avail.y), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened)) DrawTimeline(store, ui, c, read_only);
    ImGui::EndChild();
    ImGui::EndTable();
}

}  // namespace card
