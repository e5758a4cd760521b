// The Contracts and agreements tab. Editing comes in a later issue; for now an honest note
// and a read-only table, with whether each contract is in force today (FORMAT.md).
#include <algorithm>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawContractsTab(Store& store, UiState& ui, const Client& client, bool read_only) {
    (void)read_only;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr(Str::ContractsComing));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    auto& rows = ui.rows_scratch;
    const auto& owned = store.contracts.OwnedBy(client.id);
    rows.assign(owned.begin(), owned.end());
    const auto& all = store.contracts.All();
    std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {  // latest first
        return all[a].valid_from != all[b].valid_from ? all[b].valid_from < all[a].valid_from : a < b;
    });
    // A jump from the Main tab (the current contract clicked): highlight that row and scroll
    // to it once; the highlight stays until the Main tab is shown again.
    if (!ui.focus_contract_id.empty()) ui.sections.highlighted_contract_id = ui.focus_contract_id;
    struct ClearFocus {
        std::string& id;
        ~ClearFocus() { id.clear(); }
    } clear_focus{ui.focus_contract_id};
    if (rows.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::ContractsNone));
        return;
    }
    const Date today = platform::Now().LocalDate();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##contracts", 7, flags)) return;
    ImGui::TableSetupColumn(Tr(Str::ColNumber));
    ImGui::TableSetupColumn(Tr(Str::ColTitle), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(Tr(Str::ColKind));
    ImGui::TableSetupColumn(Tr(Str::ColStatus));
    ImGui::TableSetupColumn(Tr(Str::ColValidity));
    ImGui::TableSetupColumn(Tr(Str::ColAmount));
    ImGui::TableSetupColumn(Tr(Str::ColInForce));
    ImGui::TableHeadersRow();
    char from[32], to[32], amount[64];
    for (uint32_t pos : rows) {
        const Contract& r = all[pos];
        ImGui::TableNextRow();
        if (r.id == ui.sections.highlighted_contract_id)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colors::kInfoBg);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.number.c_str());
        if (r.id == ui.focus_contract_id) ImGui::SetScrollHereY(0.5f);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.title.c_str());
        if (!r.terms.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            ImGui::TextUnformatted(r.terms.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(EnumLabel(r.kind));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(EnumLabel(r.status));
        ImGui::TableNextColumn();
        FormatDate(r.valid_from, from, sizeof from);
        FormatDate(r.valid_to, to, sizeof to);
        ImGui::Text("%s \xE2\x80\x93 %s", from, r.valid_to.empty() ? Tr(Str::OpenEnded) : to);
        ImGui::TableNextColumn();
        if (r.has_amount) {
            FormatMoney(r.amount, amount, sizeof amount);
            ImGui::TextUnformatted(amount);
        }
        ImGui::TableNextColumn();
        if (InForce(r, today))
            ImGui::TextColored(colors::kOkText, "%s", Tr(Str::Yes));
        else
            ImGui::TextDisabled("%s", Tr(Str::No));
    }
    ImGui::EndTable();
}

}  // namespace card
