// The contact persons of the client (Main tab, left half).
#include <algorithm>

#include "imgui.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {
namespace {

void DrawContactsTable(const Store& store, UiState& ui, const Client& c) {
    ImGui::SeparatorText(Tr(Str::SectionContacts));
    // The store keeps owned records in no particular order: show primary first, then by name.
    auto& rows = ui.rows_scratch;
    const auto& owned = store.contacts.OwnedBy(c.id);
    rows.assign(owned.begin(), owned.end());
    const auto& all = store.contacts.All();
    std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
        if (all[a].primary != all[b].primary) return all[a].primary;
        return all[a].name != all[b].name ? all[a].name < all[b].name : a < b;
    });
    if (rows.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::ContactsNone));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##contacts", 4, flags)) return;
    ImGui::TableSetupColumn(Tr(Str::ColFullName), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(Tr(Str::ColPosition));
    ImGui::TableSetupColumn(Tr(Str::ColPhone));
    ImGui::TableSetupColumn(Tr(Str::ColEmail));
    ImGui::TableHeadersRow();
    for (uint32_t pos : rows) {
        const Contact& k = all[pos];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(k.name.c_str());
        if (k.primary) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", Tr(Str::PrimaryMark));
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(k.position.c_str());
        ImGui::TableNextColumn();
        for (const auto& p : k.phones) ImGui::TextUnformatted(p.c_str());
        ImGui::TableNextColumn();
        for (const auto& e : k.emails) ImGui::TextUnformatted(e.c_str());
    }
    ImGui::EndTable();
}

}  // namespace

void DrawContactsSection(Store& store, UiState& ui, const Client& c, bool /*read_only*/) {
    DrawContactsTable(store, ui, c);
}

}  // namespace card
