// The Relationships tab. Editing comes in a later issue; for now an honest note and a
// read-only table. A relationship is stored once and shown on both cards, on the second
// with the inverse wording ("parent company of" reads "subsidiary of").
#include <algorithm>

#include "imgui.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawRelationshipsTab(Store& store, UiState& ui, const Client& client, bool read_only) {
    (void)read_only;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr(Str::RelationshipsComing));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    auto& rows = ui.rows_scratch;
    const auto& owned = store.relationships.OwnedBy(client.id);
    rows.assign(owned.begin(), owned.end());
    const auto& all = store.relationships.All();
    std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
        return all[a].kind != all[b].kind ? all[a].kind < all[b].kind : a < b;
    });
    if (rows.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::RelationshipsNone));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##relationships", 3, flags)) return;
    ImGui::TableSetupColumn(Tr(Str::ColRelation));
    ImGui::TableSetupColumn(Tr(Str::ColClient), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(Tr(Str::ColNote), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (uint32_t pos : rows) {
        const Relationship& r = all[pos];
        const bool from_side = r.from_client_id == client.id;
        const std::string& other_id = from_side ? r.to_client_id : r.from_client_id;
        const Client* other = store.clients.Find(other_id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(RelationLabel(r.kind, from_side));
        ImGui::TableNextColumn();
        if (!other)
            ImGui::TextDisabled("%s", Tr(Str::MissingClient));
        else
            ImGui::TextUnformatted(other->name.empty() ? Tr(Str::NoName) : other->name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.note.c_str());
    }
    ImGui::EndTable();
}

}  // namespace card
