// The left pane: search box, "New client", and the list of clients. The list draws only
// the rows on screen (ImGuiListClipper) from a cached, filtered order (client_filter.h),
// so it stays smooth at 100k clients and allocates nothing per frame.
#include <algorithm>

#include "imgui.h"
#include "ui/client_filter.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawClientList(Store& store, UiState& ui, bool read_only) {
    const ImGuiStyle& style = ImGui::GetStyle();

    // The visible label "Search" stays next to the box so that tests (and people) find it.
    const char* search_label = Tr(Str::Search);
    const float label_w = ImGui::CalcTextSize(search_label, nullptr, true).x;
    ImGui::SetNextItemWidth(-(label_w > 0 ? label_w + style.ItemInnerSpacing.x : 0.0f));
    InputStringWithHint(search_label, Tr(Str::SearchHint), ui.search);

    ImGui::BeginDisabled(read_only);
    if (ImGui::Button(Tr(Str::NewClient), ImVec2(-FLT_MIN, 0))) NewClient(store, ui);
    ImGui::EndDisabled();

    UpdateClientList(store, ui);
    const auto& visible = ui.list.visible;
    const auto& all = store.clients.All();

    ImGui::Spacing();
    if (!ui.search.empty() && visible.empty() && !all.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", Tr(Str::NoMatches));
        ImGui::PopTextWrapPos();
    }

    if (ImGui::BeginChild("##client_list", ImVec2(0, 0), ImGuiChildFlags_Border)) {
        const float row_h = ImGui::GetTextLineHeightWithSpacing();
        if (ui.scroll_to_selected) {
            ui.scroll_to_selected = false;
            for (size_t i = 0; i < visible.size(); ++i) {
                const uint32_t pos = visible[i];
                if (pos < all.size() && all[pos].id == ui.selected_id) {
                    const float y = static_cast<float>(i) * row_h;
                    const float view_h = ImGui::GetWindowHeight();
                    if (y < ImGui::GetScrollY() || y + row_h > ImGui::GetScrollY() + view_h)
                        ImGui::SetScrollY(std::max(0.0f, y - view_h * 0.5f));
                    break;
                }
            }
        }

        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(visible.size()), row_h);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const uint32_t pos = visible[static_cast<size_t>(i)];
                if (pos >= all.size()) continue;  // the store shrank; the list rebuilds next frame
                const Client& c = all[pos];
                const bool selected = c.id == ui.selected_id;
                const char* name = c.name.empty() ? Tr(Str::NoName) : c.name.c_str();
                ImGui::PushID(static_cast<int>(pos));
                bool clicked;
                if (c.name.find("##") == std::string::npos) {
                    clicked = ImGui::Selectable(name, selected);
                } else {  // "##" would cut the label: draw the text apart from the widget
                    clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap);
                    ImGui::SameLine(style.ItemSpacing.x);
                    ImGui::TextUnformatted(name);
                }
                if (clicked && !selected) ui.selected_id = c.id;
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && (!c.legal_name.empty() || !c.inn.empty())) {
                    ImGui::BeginTooltip();
                    if (!c.legal_name.empty()) ImGui::TextUnformatted(c.legal_name.c_str());
                    if (!c.inn.empty()) ImGui::Text(Tr(Str::ListTooltipInn), c.inn.c_str());
                    ImGui::EndTooltip();
                }
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();
}

}  // namespace card
