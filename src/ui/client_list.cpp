// The left pane: search box, "New client", the quick filters, and the list of clients. The
// list draws only the rows on screen from a cached, filtered and ranked order
// (client_filter.h), so it stays smooth at 100k clients and allocates nothing per frame.
// A row whose match is not the name has a second line with the field that matched
// ("INN 7714123459", "tel. +7 495 …", "contact: Белова Н. С.") and the matched part marked.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/client_filter.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr ImU32 kMatchBg = IM_COL32(255, 224, 130, 255);
// After the count while the filter pass is still going on (any language).
constexpr const char* kStillSearching = "\xE2\x80\xA6";  // …

bool Searching(const UiState& ui) { return ui.search.find_first_not_of(" \t") != std::string::npos; }

const char* EmployeeName(const Store& store, const std::string& id) {
    const Employee* e = store.employees.Find(id);
    return e && !e->name.empty() ? e->name.c_str() : id.c_str();
}

// Appends `piece` to buf (size `size`, NUL-terminated), after " · " unless it is the first.
void AppendPiece(char* buf, size_t size, const char* piece) {
    const size_t n = std::strlen(buf);
    if (n + 1 >= size) return;
    std::snprintf(buf + n, size - n, "%s%s", n ? "  ·  " : "", piece);
}

// "active · no contract in force": the filters that are on, in the popup's order.
void FilterSummary(const Store& store, const ClientQuickFilter& f, char* buf, size_t size) {
    buf[0] = '\0';
    const Str status_names[] = {Str::QfSumProspect, Str::QfSumActive, Str::QfSumFormer};
    for (int s = 0; s < 3; ++s)
        if (f.status_mask & (1u << s)) AppendPiece(buf, size, Tr(status_names[s]));
    char piece[256];
    if (!f.segment.empty()) {
        std::snprintf(piece, sizeof piece, Tr(Str::QfSumSegment), f.segment.c_str());
        AppendPiece(buf, size, piece);
    }
    if (!f.responsible_id.empty()) {
        char short_name[128];
        ShortPersonName(EmployeeName(store, f.responsible_id), short_name, sizeof short_name);
        std::snprintf(piece, sizeof piece, Tr(Str::QfSumResponsible), short_name);
        AppendPiece(buf, size, piece);
    }
    if (f.no_contract) AppendPiece(buf, size, Tr(Str::QfSumNoContract));
    if (f.needs_update) AppendPiece(buf, size, Tr(Str::QfSumNeedsUpdate));
    if (f.overdue) AppendPiece(buf, size, Tr(Str::QfSumOverdue));
}

void DrawFilterPopup(const Store& store, UiState& ui) {
    ClientListCache& l = ui.list;
    ClientQuickFilter& f = l.filter;
    const float em = ImGui::GetFontSize();
    UpdateQuickFilterChoices(store, ui);

    ImGui::TextDisabled("%s", Tr(Str::QfTitle));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr(Str::QfStatus));
    const Str status_labels[] = {Str::QfProspect, Str::QfActive, Str::QfFormer};
    for (int s = 0; s < 3; ++s) {
        ImGui::SameLine();
        bool on = (f.status_mask & (1u << s)) != 0;
        if (ImGui::Checkbox(Tr(status_labels[s]), &on))
            f.status_mask = static_cast<uint8_t>(on ? f.status_mask | (1u << s) : f.status_mask & ~(1u << s));
    }

    ImGui::SetNextItemWidth(em * 14);
    if (BeginFindableCombo(Tr(Str::QfSegment), f.segment.empty() ? Tr(Str::QfAnySegment) : f.segment.c_str(),
                           ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(Tr(Str::QfAnySegment), f.segment.empty())) f.segment.clear();
        for (size_t i = 0; i < l.segments.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(l.segments[i].c_str(), f.segment == l.segments[i])) f.segment = l.segments[i];
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(em * 14);
    const char* resp_preview = f.responsible_id.empty() ? Tr(Str::QfAnyone) : EmployeeName(store, f.responsible_id);
    if (BeginFindableCombo(Tr(Str::QfResponsible), resp_preview, ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(Tr(Str::QfAnyone), f.responsible_id.empty())) f.responsible_id.clear();
        for (size_t i = 0; i < l.responsible_ids.size(); ++i) {
            const std::string& id = l.responsible_ids[i];
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(EmployeeName(store, id), f.responsible_id == id)) f.responsible_id = id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::Checkbox(Tr(Str::QfNoContract), &f.no_contract);
    ImGui::Checkbox(Tr(Str::QfNeedsUpdate), &f.needs_update);
    ImGui::Checkbox(Tr(Str::QfOverdue), &f.overdue);

    ImGui::Separator();
    UpdateClientListForFrame(store, ui);  // the count below follows the boxes just ticked
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(Tr(Str::QfShownOf), l.visible.size(), store.clients.size());
    if (ClientListPending(ui)) {  // still counting (100k clients): more frames come
        ImGui::SameLine(0, 0);
        ImGui::TextDisabled("%s", kStillSearching);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!f.Any());
    if (ImGui::SmallButton(Tr(Str::QfClearFilters))) f = ClientQuickFilter{};
    ImGui::EndDisabled();
}

// The second line of a row: the matched field with the matched part marked; reported to
// automation by its whole text.
void DrawMatchLine(const Store& store, UiState& ui, const Client& c, const ClientMatch& m, ImVec2 at, float right) {
    Str fmt_key = Str::SrchMatchLegal;
    const char* value = nullptr;
    char short_name[160];
    switch (m.field) {
        case ClientMatchField::LegalName: value = c.legal_name.c_str(); break;
        case ClientMatchField::Inn:
            fmt_key = Str::SrchMatchInn;
            value = c.inn.c_str();
            break;
        case ClientMatchField::Phone:
            fmt_key = Str::SrchMatchPhone;
            if (m.item < c.phones.size()) value = c.phones[m.item].c_str();
            break;
        case ClientMatchField::Email:
            fmt_key = Str::SrchMatchEmail;
            if (m.item < c.emails.size()) value = c.emails[m.item].c_str();
            break;
        case ClientMatchField::Contact: {
            fmt_key = Str::SrchMatchContact;
            const auto& contacts = store.contacts.All();
            if (m.item < contacts.size() && contacts[m.item].client_id == c.id) {
                const std::string& full = contacts[m.item].name;
                ShortPersonName(full, short_name, sizeof short_name);
                size_t from, len;
                // The short form when it still shows what was found, else the full name.
                value = FindMatchInShown(ui, m, short_name, from, len) ? short_name : full.c_str();
            }
            break;
        }
        default: return;
    }
    if (!value) return;
    const char* fmt = Tr(fmt_key);
    const char* hole = std::strstr(fmt, "%s");
    if (!hole) return;
    char line[512];
    std::snprintf(line, sizeof line, fmt, value);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line_h = ImGui::GetTextLineHeight();
    dl->PushClipRect(ImVec2(at.x, at.y), ImVec2(right, at.y + line_h), true);
    const ImU32 grey = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 dark = ImGui::GetColorU32(ImGuiCol_Text);
    float x = at.x;
    auto put = [&](const char* b, const char* e, ImU32 col) {
        if (b >= e) return;
        dl->AddText(ImVec2(x, at.y), col, b, e);
        x += ImGui::CalcTextSize(b, e).x;
    };
    put(fmt, hole, grey);
    const size_t vlen = std::strlen(value);
    size_t from = 0, len = 0;
    if (FindMatchInShown(ui, m, std::string_view(value, vlen), from, len) && from + len <= vlen) {
        put(value, value + from, grey);
        const float w = ImGui::CalcTextSize(value + from, value + from + len).x;
        dl->AddRectFilled(ImVec2(x - 1, at.y), ImVec2(x + w + 1, at.y + line_h), kMatchBg, 2.0f);
        put(value + from, value + from + len, dark);
        put(value + from + len, value + vlen, grey);
    } else {
        put(value, value + vlen, grey);
    }
    put(hole + 2, hole + std::strlen(hole), grey);
    dl->PopClipRect();
    // An item for automation (and the layout) where the line is.
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(std::max(1.0f, std::min(x, right) - at.x), line_h));
    ReportLastItem(line);
}

// The list has the keyboard (a click on a row, or Tab and Enter into it): Up / Down,
// Page Up / Page Down, Home / End move the selection itself, as in a list box, and the list
// scrolls to it. ImGui's own navigation could not: rows out of view are not drawn, so it
// would stop at the last visible one. The keys are claimed while the list is focused, so
// that navigation does not move as well. Call inside the list's child window.
void MoveSelectionByKeys(Store& store, UiState& ui, int page_rows) {
    const auto& visible = ui.list.visible;
    if (!ImGui::IsWindowFocused() || ImGui::GetIO().WantTextInput || visible.empty()) return;
    const ImGuiID owner = ImGui::GetID("##list_keys");
    static constexpr ImGuiKey kKeys[] = {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp,
                                         ImGuiKey_PageDown, ImGuiKey_Home, ImGuiKey_End};
    for (const ImGuiKey k : kKeys) ImGui::SetKeyOwner(k, owner);
    if (ImGui::GetIO().KeyMods != 0) return;  // Alt+Down and the like are shortcuts (shortcuts.cpp)
    const long n = static_cast<long>(visible.size());
    long delta = 0;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow, owner, ImGuiInputFlags_Repeat)) delta = 1;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow, owner, ImGuiInputFlags_Repeat)) delta = -1;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown, owner, ImGuiInputFlags_Repeat)) delta = page_rows;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp, owner, ImGuiInputFlags_Repeat)) delta = -page_rows;
    if (ImGui::IsKeyPressed(ImGuiKey_Home, owner)) delta = -n;
    if (ImGui::IsKeyPressed(ImGuiKey_End, owner)) delta = n;
    if (delta == 0) return;
    const auto& all = store.clients.All();
    long at = -1;
    for (long i = 0; i < n; ++i)
        if (visible[i] < all.size() && all[visible[i]].id == ui.selected_id) {
            at = i;
            break;
        }
    const long target = at < 0 ? (delta > 0 ? 0 : n - 1) : std::clamp(at + delta, 0L, n - 1);
    if (visible[target] >= all.size()) return;
    if (all[visible[target]].id != ui.selected_id) ui.SelectClient(all[visible[target]].id);
    ui.scroll_to_selected = true;
    ui.shortcuts.list_nav_follow = true;
}

}  // namespace

void DrawClientList(Store& store, UiState& ui, bool read_only, bool loading) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ClientListCache& l = ui.list;

    // The visible label "Search" stays next to the box so that tests (and people) find it.
    const char* search_label = Tr(Str::Search);
    const float label_w = ImGui::CalcTextSize(search_label, nullptr, true).x;
    ImGui::SetNextItemWidth(-(label_w > 0 ? label_w + style.ItemInnerSpacing.x : 0.0f));
    if (l.focus_search) {  // activated when the box is drawn next frame, typing goes there
        ImGui::ActivateItemByID(ImGui::GetID(search_label));
        l.focus_search = false;
    }
    const bool enter = InputStringWithHint(search_label, Tr(Str::SrchHint), ui.search, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemActive()) PrepareClientSearch(store, ui);  // not at the first keystroke

    // "New client" and the filter button on one line.
    const ClientQuickFilter& f = l.filter;
    char filter_label[96];
    if (f.Any())
        std::snprintf(filter_label, sizeof filter_label, Tr(Str::QfButtonCount), f.Count());
    else
        std::snprintf(filter_label, sizeof filter_label, "%s", Tr(Str::QfButton));
    const float filter_w = style.FramePadding.x * 2 + ImGui::CalcTextSize(ICON_FILTER).x + style.ItemInnerSpacing.x +
                           ImGui::CalcTextSize(filter_label, nullptr, true).x;
    ImGui::BeginDisabled(read_only || loading);
    if (ImGui::Button(Tr(Str::NewClient), ImVec2(std::max(1.0f, ImGui::GetContentRegionAvail().x - filter_w - style.ItemSpacing.x), 0)))
        NewClient(store, ui);
    ImGui::EndDisabled();
    if (loading) LoadingTooltip();
    ImGui::SameLine();
    if (f.Any()) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderHovered));
    const ImVec2 button_pos = ImGui::GetCursorScreenPos();
    ImGui::BeginDisabled(loading);
    const bool filter_pressed = IconTextButton(ICON_FILTER, filter_label);
    ImGui::EndDisabled();
    if (f.Any()) ImGui::PopStyleColor();
    if (loading) LoadingTooltip();
    else ImGui::SetItemTooltip("%s", Tr(Str::QfButtonTip));
    if (filter_pressed) ImGui::OpenPopup("##qf_popup");
    // Beside the pane rather than over the list, so that the list narrows in view.
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() + style.ItemSpacing.x, button_pos.y));
    if (ImGui::BeginPopup("##qf_popup")) {
        DrawFilterPopup(store, ui);
        ImGui::EndPopup();
    }

    // A frame's share of the filtering: at 100k clients a short query's pass goes on over
    // the next frames, the list showing what it found so far.
    UpdateClientListForFrame(store, ui);
    if (enter && ClientListPending(ui)) UpdateClientList(store, ui);  // Enter opens the best match of all
    const bool pending = ClientListPending(ui);
    const auto& visible = l.visible;
    const auto& all = store.clients.All();
    if (enter && !visible.empty() && visible[0] < all.size()) ui.SelectClient(all[visible[0]].id);

    // What is shown of how many, what the filters are, and one click back to everything.
    const bool searching = Searching(ui), filtering = l.filter.Any();
    if (searching || filtering) {
        char summary[640];
        std::snprintf(summary, sizeof summary, Tr(Str::QfShownOf), visible.size(), all.size());
        if (pending) {
            const size_t len = std::strlen(summary);
            std::snprintf(summary + len, sizeof summary - len, "%s", kStillSearching);
        }
        if (filtering) {
            char filters[512];
            FilterSummary(store, l.filter, filters, sizeof filters);
            AppendPiece(summary, sizeof summary, filters);
        }
        const float clear_w = ImGui::CalcTextSize(Tr(Str::QfClear), nullptr, true).x + style.FramePadding.x * 2;
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(1.0f, ImGui::GetContentRegionAvail().x - clear_w - style.ItemSpacing.x));
        ImGui::AlignTextToFramePadding();
        DisabledHint(summary);
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - clear_w));
        if (ImGui::SmallButton(Tr(Str::QfClear))) {
            ui.search.clear();
            l.filter = ClientQuickFilter{};
        }
        ImGui::SetItemTooltip("%s", Tr(Str::QfClearTip));
    }

    if (searching && loading) {  // the contacts come with the rest of a large store
        ImGui::PushTextWrapPos(0);
        DisabledHint(Tr(Str::LoadingSearchHint));
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    if ((searching || filtering) && visible.empty() && !all.empty() && !pending) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", Tr(filtering ? Str::QfNoMatches : Str::NoMatches));
        ImGui::PopTextWrapPos();
    }

    if (ImGui::BeginChild("##client_list", ImVec2(0, 0), ImGuiChildFlags_Border)) {
        // Rows of one line, or two when the match is shown under the name: row i starts
        // i pitches plus two_line_before[i] lines down (computed by the filter pass).
        const float line_h = ImGui::GetTextLineHeight();
        const float pitch = line_h + style.ItemSpacing.y;
        const float second_h = line_h + std::floor(style.ItemSpacing.y * 0.5f);  // the match line and its gap
        const size_t n = visible.size();
        const bool lines_ok = l.two_line_before.size() == n + 1 && l.matches.size() == n;
        auto row_y = [&](size_t i) {
            return static_cast<float>(i) * pitch + (lines_ok ? static_cast<float>(l.two_line_before[i]) * second_h : 0.0f);
        };
        const float top = ImGui::GetCursorPosY();
        const float view_h = ImGui::GetWindowHeight();
        MoveSelectionByKeys(store, ui, std::max(1, static_cast<int>(view_h / pitch) - 1));
        if (ui.scroll_to_selected) {
            ui.scroll_to_selected = false;
            for (size_t i = 0; i < n; ++i) {
                const uint32_t pos = visible[i];
                if (pos < all.size() && all[pos].id == ui.selected_id) {
                    const float y = row_y(i), h = row_y(i + 1) - y;
                    if (y < ImGui::GetScrollY() || y + h > ImGui::GetScrollY() + view_h)
                        ImGui::SetScrollY(std::max(0.0f, y - view_h * 0.5f));
                    break;
                }
            }
        }
        const float scroll = ImGui::GetScrollY() - top;
        // The first row that reaches below the top of the view (binary search).
        size_t lo = 0, hi = n;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (row_y(mid + 1) <= scroll) lo = mid + 1;
            else hi = mid;
        }
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        for (size_t i = lo; i < n && row_y(i) < scroll + view_h; ++i) {
            const uint32_t pos = visible[i];
            if (pos >= all.size()) continue;  // the store shrank; the list rebuilds next frame
            const Client& c = all[pos];
            const ClientMatch m = lines_ok ? l.matches[i] : ClientMatch{};
            const bool two = m.field != ClientMatchField::None && m.field != ClientMatchField::Name;
            ImGui::SetCursorPosY(top + row_y(i));
            const bool selected = c.id == ui.selected_id;
            const char* name = c.name.empty() ? Tr(Str::NoName) : c.name.c_str();
            const ImVec2 size(0, two ? line_h + second_h : line_h);
            ImGui::PushID(static_cast<int>(pos));
            bool clicked;
            if (c.name.find("##") == std::string::npos) {
                clicked = ImGui::Selectable(name, selected, ImGuiSelectableFlags_AllowOverlap, size);
            } else {  // "##" would cut the label: draw the text apart from the widget
                clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, size);
                ImGui::GetWindowDrawList()->AddText(ImGui::GetItemRectMin(), ImGui::GetColorU32(ImGuiCol_Text), name);
                ReportLastItem(name);
            }
            if (selected && ui.shortcuts.list_nav_follow) {  // the keyboard moved here: focus follows
                ui.shortcuts.list_nav_follow = false;
                ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
                GImGui->NavDisableHighlight = false;
            }
            if (clicked && !selected) ui.selected_id = c.id;
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && (!c.legal_name.empty() || !c.inn.empty())) {
                ImGui::BeginTooltip();
                if (!c.legal_name.empty()) ImGui::TextUnformatted(c.legal_name.c_str());
                if (!c.inn.empty()) ImGui::Text(Tr(Str::ListTooltipInn), c.inn.c_str());
                ImGui::EndTooltip();
            }
            if (two) {
                const ImVec2 row_min = ImGui::GetItemRectMin();
                DrawMatchLine(store, ui, c, m, ImVec2(row_min.x + ImGui::GetFontSize() * 0.6f, row_min.y + second_h), right);
            }
            ImGui::PopID();
        }
        ImGui::SetCursorPosY(top + row_y(n));
        ImGui::Dummy(ImVec2(0, 0));
    }
    ImGui::EndChild();
}

}  // namespace card
