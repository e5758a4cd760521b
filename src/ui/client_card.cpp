// The right pane: the selected client's card (header + tab bar), or an empty state.
#include <algorithm>

#include "imgui.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

void DrawEmptyState(const Store& store) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float width = std::min(avail.x, ImGui::GetFontSize() * 30);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + (avail.x - width) * 0.5f,
                               ImGui::GetCursorPosY() + avail.y * 0.3f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (store.clients.empty()) {
        ImGui::TextUnformatted(Tr(Str::EmptyStoreTitle));
        ImGui::Spacing();
        ImGui::TextDisabled("%s", Tr(Str::EmptyStoreHint));
    } else {
        ImGui::TextDisabled("%s", Tr(Str::NoSelection));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

struct TabDef {
    CardTab tab;
    Str label;
};
constexpr TabDef kTabs[] = {
    {CardTab::Main, Str::TabMain},
    {CardTab::Interests, Str::TabInterests},
    {CardTab::Relationships, Str::TabRelationships},
    {CardTab::Contracts, Str::TabContracts},
};

}  // namespace

void DrawClientCard(Store& store, UiState& ui, bool read_only) {
    const Client* client = ui.selected_id.empty() ? nullptr : store.clients.Find(ui.selected_id);
    if (!client) {
        DrawEmptyState(store);
        return;
    }

    // Header: the name as the user will look for it, with the legal name and kind below.
    ImGui::TextUnformatted(client->name.empty() ? Tr(Str::NoName) : client->name.c_str());
    ImGui::TextDisabled("%s%s%s", client->legal_name.c_str(), client->legal_name.empty() ? "" : "  \xC2\xB7  ",
                        EnumLabel(client->kind));
    ImGui::Spacing();

    if (ImGui::BeginTabBar("##card_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        for (const TabDef& t : kTabs) {
            const bool force = ui.tab_select_pending && ui.tab == t.tab;
            if (!ImGui::BeginTabItem(Tr(t.label), nullptr, force ? ImGuiTabItemFlags_SetSelected : 0)) continue;
            // A requested tab takes effect a frame later; until then keep the request.
            if (ui.tab_select_pending && ui.tab == t.tab) ui.tab_select_pending = false;
            if (!ui.tab_select_pending) ui.tab = t.tab;
            if (ImGui::BeginChild("##tab_content", ImVec2(0, 0), ImGuiChildFlags_None)) {
                // Widget ids inside depend on the client, so a field being typed in never
                // carries its text over to another client when the selection changes.
                ImGui::PushID(client->id.c_str());
                switch (t.tab) {
                    case CardTab::Main: DrawMainTab(store, ui, *client, read_only); break;
                    case CardTab::Interests: DrawInterestsTab(store, ui, *client); break;
                    case CardTab::Relationships: DrawRelationshipsTab(store, ui, *client); break;
                    case CardTab::Contracts: DrawContractsTab(store, ui, *client); break;
                }
                ImGui::PopID();
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

}  // namespace card
