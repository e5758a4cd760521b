// The right pane: the selected client's card (header + tab bar), or an empty state. The
// header carries a warning marker when the requisites have problems (ui/requisite_checks.h):
// a small button (so it has a label tests and browser automation find) whose tooltip lists
// the problems and whose click opens the Main tab, where each field shows its reasons.
// After the name, a "···" menu (Merge with another client…, ui/duplicates.h); under the
// header, the undo bar of a merge just made.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/duplicates.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/panels.h"
#include "ui/requisite_checks.h"
#include "ui/widgets.h"

namespace card {
namespace {

void DrawEmptyState(const Store& store, UiState& ui, bool read_only) {
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
        DrawDemoDataStartButton(ui, read_only);
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

// One line per problem: "INN: INN check digit does not match", "Phones, 123: ...".
void DrawProblemList(const std::vector<FieldProblem>& problems, const Client& c) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35);
    char line[512];
    for (const FieldProblem& p : problems) {
        const char* field = Tr(RequisiteFieldStr(p.field, c.kind));
        const char* reason = Tr(CheckReasonStr(p.reason));
        const std::vector<std::string>* items = p.field == RequisiteField::Phone   ? &c.phones
                                                : p.field == RequisiteField::Email ? &c.emails
                                                                                   : nullptr;
        if (items && p.index < items->size())
            std::snprintf(line, sizeof line, Tr(Str::ProblemInListField), VisibleLength(field), field,
                          (*items)[p.index].c_str(), reason);
        else
            std::snprintf(line, sizeof line, Tr(Str::ProblemInField), VisibleLength(field), field, reason);
        TextHint(line);
    }
    ImGui::PopTextWrapPos();
}

void DrawRequisitesMarker(const Store& store, UiState& ui, const Client& c) {
    const std::vector<FieldProblem>& problems = RequisiteProblems(store, ui, c);
    if (problems.empty()) return;
    char label[160];
    std::snprintf(label, sizeof label, Tr(Str::RequisitesMarker), problems.size());
    ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    const bool clicked = ImGui::SmallButton(label);
    ImGui::PopStyleColor(2);
    if (clicked) ui.SelectTab(CardTab::Main);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip) && ImGui::BeginTooltip()) {
        DrawProblemList(problems, c);
        ImGui::Spacing();
        ImGui::TextDisabled("%s", Tr(Str::RequisitesMarkerHint));
        ImGui::EndTooltip();
    }
}

// Under the name, on every tab: our responsible people with their role and phone as a
// tel: link, so that whoever takes an incoming call can put it through at once. Two per
// line when the card is wide enough (a table of equal columns), else one.
void DrawResponsiblesLine(const Store& store, const Client& c) {
    if (c.responsibles.empty()) return;
    const int columns = ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 48 ? 2 : 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoSavedSettings |
                                  ImGuiTableFlags_NoPadOuterX;
    if (!ImGui::BeginTable("##card_responsibles", columns, flags)) return;
    for (const Responsible& r : c.responsibles) {
        const Employee* e = store.employees.Find(r.employee_id);
        if (!e) continue;
        ImGui::TableNextColumn();
        char name[160];
        ShortPersonName(e->name, name, sizeof name);
        ImGui::TextDisabled(ICON_USER " %s:", ResponsibleRoleShortLabel(r.role));
        ImGui::SameLine();
        ImGui::TextUnformatted(name);
        ImGui::SetItemTooltip("%s, %s", e->name.c_str(), ResponsibleRoleLabel(r.role));
        if (!e->phone.empty()) {
            ImGui::SameLine();
            ImGui::PushID(e->id.c_str());
            PhoneLink(e->phone);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace

void DrawClientCard(Store& store, UiState& ui, bool read_only) {
    const Client* client = ui.selected_id.empty() ? nullptr : store.clients.Find(ui.selected_id);
    if (!client) {
        DrawEmptyState(store, ui, read_only);
        return;
    }

    // Header: the name as the user will look for it, with the legal name and kind below.
    ImGui::TextUnformatted(client->name.empty() ? Tr(Str::NoName) : client->name.c_str());
    DrawRequisitesMarker(store, ui, *client);
    DrawCardMoreMenu(ui, *client, read_only);
    ImGui::TextDisabled("%s%s%s", client->legal_name.c_str(), client->legal_name.empty() ? "" : "  \xC2\xB7  ",
                        EnumLabel(client->kind));
    DrawResponsiblesLine(store, *client);
    DrawMergeUndoBar(ui, *client);
    ImGui::Spacing();

    if (ImGui::BeginTabBar("##card_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        for (const TabDef& t : kTabs) {
            const bool force = ui.tab_select_pending && ui.tab == t.tab;
            if (!ImGui::BeginTabItem(Tr(t.label), nullptr, force ? ImGuiTabItemFlags_SetSelected : 0)) continue;
            // A requested tab takes effect a frame later; until then keep the request.
            if (ui.tab_select_pending && ui.tab == t.tab) ui.tab_select_pending = false;
            if (!ui.tab_select_pending) ui.tab = t.tab;
            if (ImGui::BeginChild("##tab_content", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened)) {
                // Widget ids inside depend on the client, so a field being typed in never
                // carries its text over to another client when the selection changes.
                ImGui::PushID(client->id.c_str());
                switch (t.tab) {
                    case CardTab::Main: DrawMainTab(store, ui, *client, read_only); break;
                    case CardTab::Interests: DrawInterestsTab(store, ui, *client, read_only); break;
                    case CardTab::Relationships: DrawRelationshipsTab(store, ui, *client, read_only); break;
                    case CardTab::Contracts: DrawContractsTab(store, ui, *client, read_only); break;
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
