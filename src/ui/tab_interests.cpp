// The Interests tab (deals). Editing comes in a later issue; for now an honest note and a
// read-only table of what the store holds for the client.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

// The "next activity" of an interest (FORMAT.md): its earliest planned interaction.
const Interaction* NextActivity(const Store& store, const Interest& interest) {
    const Interaction* best = nullptr;
    for (uint32_t pos : store.interactions.OwnedBy(interest.client_id)) {
        const Interaction& i = store.interactions[pos];
        if (i.interest_id != interest.id || i.status != InteractionStatus::Planned || i.at.empty()) continue;
        if (!best || i.at.utc_ms < best->at.utc_ms) best = &i;
    }
    return best;
}

}  // namespace

void DrawInterestsTab(Store& store, UiState& ui, const Client& client, bool read_only) {
    (void)read_only;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr(Str::InterestsComing));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    auto& rows = ui.rows_scratch;
    const auto& owned = store.interests.OwnedBy(client.id);
    rows.assign(owned.begin(), owned.end());
    const auto& all = store.interests.All();
    std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {  // newest first
        return all[a].opened_on != all[b].opened_on ? all[b].opened_on < all[a].opened_on : a < b;
    });
    if (rows.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::InterestsNone));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##interests", 7, flags)) return;
    // Text columns share the width (auto-fitted columns would leave the title nothing);
    // the short ones keep the width of their header or value.
    const ImGuiTableColumnFlags stretch = ImGuiTableColumnFlags_WidthStretch;
    ImGui::TableSetupColumn(Tr(Str::ColTitle), stretch, 3.0f);
    ImGui::TableSetupColumn(Tr(Str::ColState));
    ImGui::TableSetupColumn(Tr(Str::ColExpected));
    ImGui::TableSetupColumn(Tr(Str::ColProbability));
    ImGui::TableSetupColumn(Tr(Str::ColCloseOn));
    ImGui::TableSetupColumn(Tr(Str::ColResponsible), stretch, 2.0f);
    ImGui::TableSetupColumn(Tr(Str::ColNextActivity), stretch, 3.0f);
    ImGui::TableHeadersRow();
    char buf[64];
    for (uint32_t pos : rows) {
        const Interest& r = all[pos];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.title.c_str());
        if (!r.project.empty()) ImGui::TextDisabled("%s", r.project.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(EnumLabel(r.state));
        ImGui::TableNextColumn();
        FormatMoney(r.expected_revenue, buf, sizeof buf);
        ImGui::TextUnformatted(buf);
        ImGui::TableNextColumn();
        ImGui::Text("%lld%%", static_cast<long long>(r.probability));
        ImGui::TableNextColumn();
        FormatDate(r.close_on, buf, sizeof buf);
        ImGui::TextUnformatted(buf);
        ImGui::TableNextColumn();
        if (const Employee* e = r.responsible_id.empty() ? nullptr : store.employees.Find(r.responsible_id))
            ImGui::TextUnformatted(e->name.c_str());
        ImGui::TableNextColumn();
        if (const Interaction* next = NextActivity(store, r)) {
            FormatDate(next->at.LocalDate(), buf, sizeof buf);
            ImGui::Text("%s  %s", buf, next->subject.c_str());
        }
    }
    ImGui::EndTable();
}

}  // namespace card
