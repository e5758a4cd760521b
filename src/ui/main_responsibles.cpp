// Our employees responsible for the client, with role and phone (Main tab, left half).
//
// Made for the person who takes an incoming call: each responsible shows their role, name
// and, right under it, their phone with extension as a tel: link (and e-mail as mailto:),
// so the call can be put through at once. The current user is marked "(you)". A
// responsible whose employee is not in the directory (an imported id) shows the id, greyed.
// Edits: add (role, then the employee, filtered when the directory is long), change the
// role (the role chip opens a menu), remove (with Undo). Each edit writes a modified copy
// of the client through store.clients.Upsert once, after the list is drawn.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"  // RenderArrow
#include "ui/icons.h"
#include "ui/i18n.h"
#include "ui/links.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {

// The role in the current language (widgets.h's EnumLabel has no ResponsibleRole).
const char* ResponsibleRoleLabel(ResponsibleRole v) {
    switch (v) {
        case ResponsibleRole::SalesManager: return Tr(Str::RespRoleSalesManager);
        case ResponsibleRole::ServiceEngineer: return Tr(Str::RespRoleServiceEngineer);
        case ResponsibleRole::AccountManager: return Tr(Str::RespRoleAccountManager);
        case ResponsibleRole::Other: return Tr(Str::RespRoleOther);
    }
    return "";
}

const char* ResponsibleRoleShortLabel(ResponsibleRole v) {
    switch (v) {
        case ResponsibleRole::SalesManager: return Tr(Str::RespShortSales);
        case ResponsibleRole::ServiceEngineer: return Tr(Str::RespShortService);
        case ResponsibleRole::AccountManager: return Tr(Str::RespShortAccount);
        case ResponsibleRole::Other: return Tr(Str::RespShortOther);
    }
    return "";
}

namespace {

constexpr char kPickerPopup[] = "##resp_picker";
constexpr size_t kFilterFrom = 8;  // the picker shows a filter from this many employees on

// What the user asked for while the list was drawn; applied once the list is done, so
// that the client is not replaced under the loop that reads it.
struct Edit {
    enum Kind { None, SetRole, Remove, Add, Undo } kind = None;
    size_t index = 0;
    ResponsibleRole role = ResponsibleRole::Other;
    const Employee* employee = nullptr;  // Add
};

const ImVec4 kLinkColor(0.10f, 0.36f, 0.78f, 1.0f);
const ImVec4 kRoleBg(0.886f, 0.925f, 0.980f, 1.0f);  // the contact persons' role tags
const ImVec4 kRoleHovered(0.800f, 0.870f, 0.970f, 1.0f);

// A tag-like button that reads as the role, with a down arrow: opens the menu of roles.
float RoleChipWidth(ResponsibleRole role) {
    return ImGui::CalcTextSize(ResponsibleRoleLabel(role)).x + ImGui::GetStyle().FramePadding.x * 2.5f +
           ImGui::GetFontSize() * 0.8f;
}

bool RoleChip(ResponsibleRole role) {
    char label[128];
    std::snprintf(label, sizeof label, "%s###resp_role", ResponsibleRoleLabel(role));
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em * 0.4f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_Button, kRoleBg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kRoleHovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, kRoleHovered);
    const bool pressed = ImGui::Button(label, ImVec2(RoleChipWidth(role), 0));
    ImGui::PopStyleColor(3);
    ImGui::PopStyleVar(4);
    const ImVec2 max = ImGui::GetItemRectMax(), min = ImGui::GetItemRectMin();
    ImGui::RenderArrow(ImGui::GetWindowDrawList(),
                       ImVec2(max.x - style.FramePadding.x * 0.75f - em * 0.6f, min.y + (max.y - min.y - em * 0.6f) * 0.5f),
                       ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down, 0.6f);
    return pressed;
}

// The first line: the name (or the unknown id), "(you)", then the role chip, on the same
// line when it fits, else first on the next one. Returns true when the chip was clicked.
bool NameAndRole(const Employee* e, const Responsible& r, const std::string& me, float name_w, bool read_only) {
    const float em = ImGui::GetFontSize();
    const float line_start = ImGui::GetCursorPosX();
    if (!e) {
        MarkText(r.employee_id.c_str(), ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::SameLine();
        char note[128];
        std::snprintf(note, sizeof note, "(%s)", Tr(Str::RespNotInDirectory));
        MarkText(note, colors::kWarningText);
    } else {
        ImGui::PushTextWrapPos(line_start + name_w);
        ImGui::TextUnformatted(e->name.c_str());
        ImGui::PopTextWrapPos();
        if (e->id == me) {
            ImGui::SameLine();
            MarkText(Tr(Str::RespYou), colors::kOkText);
        }
    }
    ImGui::SameLine(0, em);
    if (ImGui::GetCursorPosX() + RoleChipWidth(r.role) > line_start + name_w) {
        ImGui::NewLine();
        ImGui::SetCursorPosX(line_start);
    }
    ImGui::BeginDisabled(read_only);
    const bool pressed = RoleChip(r.role);
    ImGui::EndDisabled();
    return pressed;
}

// Phone (first, in the link colour: what the person taking a call looks for), e-mail,
// then position and department.
void Reach(const Employee& e) {
    const float em = ImGui::GetFontSize();
    if (!e.phone.empty()) {
        ImGui::TextColored(kLinkColor, ICON_PHONE);
        ImGui::SameLine(0, em * 0.4f);
        PhoneLink(e.phone);
    } else {
        ImGui::TextDisabled("%s", Tr(Str::RespNoPhone));
    }
    if (!e.email.empty()) {
        const float right = ImGui::GetContentRegionMax().x + ImGui::GetWindowPos().x;
        ImGui::SameLine(0, em * 1.2f);
        if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(e.email.c_str()).x + em * 1.6f > right) ImGui::NewLine();
        ImGui::TextDisabled(ICON_ENVELOPE);
        ImGui::SameLine(0, em * 0.4f);
        EmailLink(e.email);
    }
    if (!e.position.empty() || !e.department.empty()) {
        ImGui::PushTextWrapPos(0);
        if (!e.position.empty() && !e.department.empty())
            ImGui::TextDisabled("%s · %s", e.position.c_str(), e.department.c_str());
        else
            ImGui::TextDisabled("%s", e.position.empty() ? e.department.c_str() : e.position.c_str());
        ImGui::PopTextWrapPos();
    }
}

void DrawList(const Store& store, UiState& ui, const Client& c, bool read_only, Edit& edit) {
    const std::string& me = CurrentUserId(ui);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float remove_w = ImGui::CalcTextSize(ICON_TRASH).x + style.FramePadding.x * 2;

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##responsibles", 1, flags)) return;
    for (size_t i = 0; i < c.responsibles.size(); ++i) {
        const Responsible& r = c.responsibles[i];
        const Employee* e = store.employees.Find(r.employee_id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        // Remove at the right end of the first line; the rest of the line is the person's.
        const ImVec2 origin = ImGui::GetCursorPos();
        const float avail = ImGui::GetContentRegionAvail().x;
        ImGui::SetCursorPos(ImVec2(origin.x + avail - remove_w, origin.y));
        ImGui::BeginDisabled(read_only);
        if (GhostIconButton(ICON_TRASH "###resp_remove", Tr(Str::RespRemoveTip))) {
            edit.kind = Edit::Remove;
            edit.index = i;
        }
        ImGui::EndDisabled();
        ImGui::SetCursorPos(origin);
        if (NameAndRole(e, r, me, avail - remove_w - style.ItemSpacing.x, read_only)) ImGui::OpenPopup("##roles");
        if (ImGui::BeginPopup("##roles")) {
            if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
            for (size_t k = 0; k < EnumCount<ResponsibleRole>(); ++k) {
                const auto v = static_cast<ResponsibleRole>(k);
                ImGui::PushID(static_cast<int>(k));
                if (ImGui::Selectable(ResponsibleRoleLabel(v), v == r.role) && v != r.role) {
                    edit.kind = Edit::SetRole;
                    edit.index = i;
                    edit.role = v;
                }
                ImGui::PopID();
            }
            ImGui::EndPopup();
        }
        if (e) Reach(*e);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// The popup of "Add responsible": the role, then a click on the employee.
void DrawPicker(const Store& store, UiState& ui, const Client& c, Edit& edit) {
    PeopleUi& p = ui.people;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowSizeConstraints(ImVec2(em * 18, 0), ImVec2(em * 34, em * 30));
    if (!ImGui::BeginPopup(kPickerPopup)) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::TextDisabled("%s", Tr(Str::RespPickHint));
    // The role: radio buttons, two to a line, each labelled with the role.
    char label[128];
    for (size_t k = 0; k < EnumCount<ResponsibleRole>(); ++k) {
        const auto v = static_cast<ResponsibleRole>(k);
        std::snprintf(label, sizeof label, "%s###resp_new_role_%zu", ResponsibleRoleLabel(v), k);
        if (k % 2) ImGui::SameLine(em * 15);
        if (ImGui::RadioButton(label, v == p.new_role)) p.new_role = v;
    }
    ImGui::Spacing();
    const auto& all = store.employees.All();
    if (all.size() >= kFilterFrom) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(em * 16);
        InputStringWithHint(Tr(Str::RespFilter), Tr(Str::RespFilterHint), p.picker_filter.text);
    }
    UpdateEmployeeFilter(p.index, p.picker_filter);
    const std::vector<uint32_t>& rows = p.picker_filter.visible;
    if (rows.empty()) {
        ImGui::TextDisabled("%s", Tr(Str::RespPickNoMatch));
    } else {
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float h = line * static_cast<float>(std::min<size_t>(rows.size(), 12)) + ImGui::GetStyle().WindowPadding.y;
        if (ImGui::BeginChild("##resp_picker_list", ImVec2(em * 30, h), ImGuiChildFlags_None)) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(rows.size()));
            while (clipper.Step())
                for (int n = clipper.DisplayStart; n < clipper.DisplayEnd; ++n) {
                    const uint32_t pos = rows[static_cast<size_t>(n)];
                    const Employee& e = all[pos];
                    bool taken = false;
                    for (const Responsible& r : c.responsibles)
                        taken = taken || (r.employee_id == e.id && r.role == p.new_role);
                    ImGui::PushID(static_cast<int>(pos));
                    if (ImGui::Selectable(e.name.c_str(), false, taken ? ImGuiSelectableFlags_Disabled : 0)) {
                        edit.kind = Edit::Add;
                        edit.employee = &e;
                        edit.role = p.new_role;
                        ImGui::CloseCurrentPopup();
                    }
                    if (taken || !e.position.empty()) {
                        ImGui::SameLine();
                        ImGui::TextDisabled("%s", taken ? Tr(Str::RespAlready) : e.position.c_str());
                    }
                    ImGui::PopID();
                }
        }
        ImGui::EndChild();
    }
    ImGui::Separator();
    if (ImGui::Selectable(Tr(Str::RespOpenDirectory))) {
        OpenEmployeeDirectory(ui);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void Apply(Store& store, UiState& ui, const Client& c, const Edit& edit) {
    PeopleUi& p = ui.people;
    Client copy = c;
    switch (edit.kind) {
        case Edit::None: return;
        case Edit::SetRole:
            if (edit.index >= copy.responsibles.size()) return;
            copy.responsibles[edit.index].role = edit.role;
            break;
        case Edit::Remove:
            if (edit.index >= copy.responsibles.size()) return;
            p.undo_client_id = c.id;
            p.undo_index = edit.index;
            p.undo_responsible = copy.responsibles[edit.index];
            p.undo_available = true;
            copy.responsibles.erase(copy.responsibles.begin() + static_cast<std::ptrdiff_t>(edit.index));
            break;
        case Edit::Add: {
            Responsible r;
            r.employee_id = edit.employee->id;
            r.role = edit.role;
            copy.responsibles.push_back(std::move(r));
            p.undo_available = false;
            break;
        }
        case Edit::Undo:
            copy.responsibles.insert(
                copy.responsibles.begin() + static_cast<std::ptrdiff_t>(std::min(p.undo_index, copy.responsibles.size())),
                p.undo_responsible);
            p.undo_available = false;
            break;
    }
    store.clients.Upsert(std::move(copy));
}

}  // namespace

void DrawResponsiblesSection(Store& store, UiState& ui, const Client& c, bool read_only) {
    PeopleUi& p = ui.people;
    UpdateEmployeeIndex(store.employees, p.index);
    ImGui::SeparatorText(Tr(Str::RespSection));
    Edit edit;

    if (c.responsibles.empty()) {
        DisabledHint(Tr(Str::RespNone));
    } else {
        DrawList(store, ui, c, read_only, edit);
    }

    if (p.undo_available && p.undo_client_id == c.id) {
        const Employee* e = store.employees.Find(p.undo_responsible.employee_id);
        char line[512];
        std::snprintf(line, sizeof line, Tr(Str::RespRemoved), e ? e->name.c_str() : p.undo_responsible.employee_id.c_str(),
                      ResponsibleRoleLabel(p.undo_responsible.role));
        // Undo first, so that a long name cannot push it out of sight.
        ImGui::BeginDisabled(read_only);
        if (ImGui::Button(Tr(Str::RespUndo))) edit.kind = Edit::Undo;
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", line);
        ImGui::PopTextWrapPos();
    }

    if (store.employees.empty()) {
        DisabledHint(Tr(Str::RespDirectoryEmpty));
        if (ImGui::Button(Tr(Str::RespOpenDirectory))) OpenEmployeeDirectory(ui);
    } else {
        ImGui::BeginDisabled(read_only);
        if (ImGui::Button(Tr(Str::RespAdd))) {
            p.picker_filter.text.clear();
            ImGui::OpenPopup(kPickerPopup);
        }
        ImGui::EndDisabled();
        const char* open = Tr(Str::RespOpenDirectory);
        SameLineIfFits(ImGui::CalcTextSize(open, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(open)) OpenEmployeeDirectory(ui);
        if (!read_only) DrawPicker(store, ui, c, edit);
    }

    if (!read_only) Apply(store, ui, c, edit);
}

}  // namespace card
