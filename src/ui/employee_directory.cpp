// The employee directory (menu Employees) and the current user setting.
//
// The directory is a window of its own over the card: a searchable list of our employees
// (name, position, department, phone, e-mail) above the fields of the one selected. Edits
// of an existing employee are written in the frame the text changed (an emptied name is
// not written, and says why); a new employee is a draft until Save, which refuses an empty
// name. Phone and e-mail are checked with the same validators as the client's requisites:
// a reason is shown, the value is kept. An employee still referenced (a client's
// responsibles, an interaction's owner, an interest's responsible) is not removed: the
// window says where they are used.
//
// The current user is a per-browser setting ("current_user"), not client data: each
// person at their own computer says who they are (menu Employees > I am, or "This is me"
// in the directory), and new activities default to them.
#include <algorithm>
#include <cstdio>
#include <string_view>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"
#include "ui/requisite_checks.h"
#include "ui/widgets.h"

namespace card {
namespace {

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void AppendKey(std::string_view field, std::string& out) {
    AppendFolded(field, out);
    out += '\x1f';  // a separator no search text contains: no match across two fields
}

// ---- The list

void HeaderRow(const Str* headers, int n) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int i = 0; i < n; ++i) {
        ImGui::TableSetColumnIndex(i);
        // Plain text, not TableHeader: the headers are not widgets, so that tests and
        // automation find the form's fields ("Position") by label, not the column.
        ImGui::TextUnformatted(Tr(headers[i]));
    }
}

void ProblemText(const std::string& value, CheckReason reason) {
    if (value.empty()) return;
    if (reason == CheckReason::Ok || reason == CheckReason::Empty) {
        ImGui::TextUnformatted(value.c_str());
        return;
    }
    ImGui::TextColored(colors::kWarningText, "%s", value.c_str());
    ImGui::SetItemTooltip("%s", Tr(CheckReasonStr(reason)));
}

constexpr Str kHeaders[] = {Str::EmpColName, Str::EmpColPosition, Str::EmpColDepartment, Str::EmpColPhone,
                            Str::EmpColEmail};

void Select(PeopleUi& p, const std::string& id) {
    p.selected_id = id;
    p.adding = false;
    p.name_blank = false;
    p.draft_name_missing = false;
    p.confirm_remove_id.clear();
    p.blocked_id.clear();
}

void DrawList(const Store& store, UiState& ui, float height) {
    PeopleUi& p = ui.people;
    const auto& all = store.employees.All();
    if (all.empty()) {
        DisabledHint(Tr(Str::EmpNone));
        return;
    }
    if (p.directory_filter.visible.empty()) {
        DisabledHint(Tr(Str::EmpNoMatch));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##employees", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("##position", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("##department", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("##phone", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("##email", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    HeaderRow(kHeaders, 5);

    const std::string& me = CurrentUserId(ui);
    const std::vector<uint32_t>& rows = p.directory_filter.visible;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const uint32_t pos = rows[static_cast<size_t>(r)];
            const Employee& e = all[pos];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(pos));
            const float cell_w = ImGui::GetContentRegionAvail().x;
            const bool selected = !p.adding && e.id == p.selected_id;
            if (ImGui::Selectable(e.name.c_str(), selected,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
                Select(p, e.id);
            // Long positions and departments are clipped by their columns: the whole text.
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal) && (!e.position.empty() || !e.department.empty()))
                ImGui::SetTooltip("%s\n%s", e.position.c_str(), e.department.c_str());
            // "(you)" after the name when the column has room; the form says it anyway.
            if (e.id == me && ImGui::CalcTextSize(e.name.c_str()).x + ImGui::GetStyle().ItemSpacing.x +
                                      ImGui::CalcTextSize(Tr(Str::RespYou)).x <= cell_w) {
                ImGui::SameLine();
                MarkText(Tr(Str::RespYou), colors::kOkText);
            }
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(e.position.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(e.department.c_str());
            ImGui::TableNextColumn();
            ProblemText(e.phone, p.index.phone[pos]);
            ImGui::TableNextColumn();
            ProblemText(e.email, p.index.email[pos]);
        }
    }
    ImGui::EndTable();
}

// ---- The form

void Reason(CheckReason reason) {
    if (reason == CheckReason::Ok || reason == CheckReason::Empty) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
    TextHint(Tr(CheckReasonStr(reason)));
    ImGui::PopStyleColor();
}

void WriteField(Store& store, const Employee& e, std::string Employee::*member, const std::string& value) {
    if (e.*member == value) return;
    Employee copy = e;
    copy.*member = value;
    store.employees.Upsert(std::move(copy));
}

bool TextField(UiState& ui, Str label, const std::string& value, const char* hint = nullptr) {
    ui.scratch = value;  // reuses the buffer's capacity
    return hint ? InputStringWithHint(Tr(label), hint, ui.scratch) : InputString(Tr(label), ui.scratch);
}

void DrawUsage(const Employee& e, const EmployeeUsage& u) {
    char line[512];
    ImGui::PushTextWrapPos(0);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
    std::snprintf(line, sizeof line, Tr(Str::EmpInUse), e.name.c_str());
    TextHint(line);
    ImGui::PopStyleColor();
    const struct {
        Str text;
        size_t n;
    } parts[] = {{Str::EmpUsedClients, u.clients},
                 {Str::EmpUsedInteractions, u.interactions},
                 {Str::EmpUsedInterests, u.interests}};
    for (const auto& part : parts) {
        if (!part.n) continue;
        std::snprintf(line, sizeof line, Tr(part.text), part.n);
        ImGui::Bullet();
        TextHint(line);
    }
    ImGui::TextDisabled("%s", Tr(Str::EmpInUseHint));
    ImGui::PopTextWrapPos();
}

void CurrentUserLine(UiState& ui, const std::string& id) {
    if (CurrentUserId(ui) == id) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kOkText);
        TextHint(Tr(Str::EmpThisIsYou));
        ImGui::PopStyleColor();
        return;
    }
    // A per-browser setting, not client data: allowed in a read-only tab too.
    if (ImGui::Button(Tr(Str::EmpThisIsMe))) SetCurrentUserId(ui, id);
}

void DrawEditForm(Store& store, UiState& ui, const Employee& e, bool read_only, float field_w) {
    PeopleUi& p = ui.people;
    // The selection names `e` and, unlike e.id, stays put through a write or a removal.
    const std::string& id = p.selected_id;
    const auto& all = store.employees.All();
    const size_t pos = static_cast<size_t>(&e - all.data());

    ImGui::BeginDisabled(read_only);
    ImGui::PushItemWidth(field_w);
    ui.scratch = e.name;
    if (InputString(Tr(Str::EmpName), ui.scratch)) {
        p.name_blank = IsBlank(ui.scratch);
        if (!p.name_blank) WriteField(store, e, &Employee::name, ui.scratch);
    }
    if (!ImGui::IsItemActive()) p.name_blank = false;
    if (p.name_blank) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(Tr(Str::EmpNameRequired));
        ImGui::PopStyleColor();
    }
    if (TextField(ui, Str::EmpPosition, e.position)) WriteField(store, e, &Employee::position, ui.scratch);
    if (TextField(ui, Str::EmpDepartment, e.department)) WriteField(store, e, &Employee::department, ui.scratch);
    if (TextField(ui, Str::EmpPhone, e.phone, Tr(Str::EmpPhoneHint))) WriteField(store, e, &Employee::phone, ui.scratch);
    // The index is one frame behind an edit made just now: validate that one field afresh.
    const bool fresh = p.index.built_version == store.employees.Version() && pos < p.index.phone.size();
    Reason(fresh ? p.index.phone[pos] : ValidatePhone(e.phone).reason);
    if (TextField(ui, Str::EmpEmail, e.email)) WriteField(store, e, &Employee::email, ui.scratch);
    Reason(fresh ? p.index.email[pos] : ValidateEmail(e.email).reason);
    ImGui::PopItemWidth();
    ImGui::EndDisabled();

    ImGui::Spacing();
    CurrentUserLine(ui, id);
    ImGui::SameLine();
    ImGui::BeginDisabled(read_only);
    if (p.confirm_remove_id == id) {
        char question[512];
        std::snprintf(question, sizeof question, Tr(Str::EmpRemoveQuestion), e.name.c_str());
        ImGui::NewLine();
        ImGui::TextColored(colors::kErrorText, "%s", question);
        if (ImGui::Button(Tr(Str::EmpRemoveConfirm))) {
            // Counted again: something may have started using them meanwhile.
            const EmployeeUsage usage = CountEmployeeUsage(store, id);
            p.confirm_remove_id.clear();
            if (usage.Total()) {
                p.blocked_id = id;
                p.blocked_usage = usage;
            } else {
                store.employees.Remove(id);
                if (CurrentUserId(ui) == id) SetCurrentUserId(ui, "");
                Select(p, "");  // `id` is empty from here on
                ImGui::EndDisabled();
                return;
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(Tr(Str::EmpRemoveKeep))) p.confirm_remove_id.clear();
    } else if (ImGui::Button(Tr(Str::EmpRemove))) {
        const EmployeeUsage usage = CountEmployeeUsage(store, id);
        if (usage.Total()) {
            p.blocked_id = id;
            p.blocked_usage = usage;
        } else {
            p.blocked_id.clear();
            p.confirm_remove_id = id;
        }
    }
    ImGui::EndDisabled();
    if (p.blocked_id == id) DrawUsage(e, p.blocked_usage);
}

void DrawNewForm(Store& store, UiState& ui, bool read_only, float field_w) {
    PeopleUi& p = ui.people;
    Employee& d = p.draft;
    ImGui::TextUnformatted(Tr(Str::EmpNewTitle));
    ImGui::BeginDisabled(read_only);
    ImGui::PushItemWidth(field_w);
    if (p.focus_name && !read_only) {
        // Focus this child first: SetKeyboardFocusHere only reaches items in the focus
        // scope that has the keyboard (after a click on Add, the window above).
        ImGui::SetWindowFocus();
        ImGui::SetKeyboardFocusHere();
        p.focus_name = false;
    }
    bool save = InputString(Tr(Str::EmpName), d.name, ImGuiInputTextFlags_EnterReturnsTrue);
    if (p.draft_name_missing && IsBlank(d.name)) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(Tr(Str::EmpDraftNameRequired));
        ImGui::PopStyleColor();
    }
    InputString(Tr(Str::EmpPosition), d.position);
    InputString(Tr(Str::EmpDepartment), d.department);
    if (InputStringWithHint(Tr(Str::EmpPhone), Tr(Str::EmpPhoneHint), d.phone))
        p.draft_phone_reason = ValidatePhone(d.phone).reason;
    Reason(p.draft_phone_reason);
    if (InputString(Tr(Str::EmpEmail), d.email)) p.draft_email_reason = ValidateEmail(d.email).reason;
    Reason(p.draft_email_reason);
    ImGui::PopItemWidth();

    ImGui::Spacing();
    save = ImGui::Button(Tr(Str::EmpSave)) || save;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::EmpCancel))) {
        p.adding = false;
        return;
    }
    if (!save || read_only) return;
    if (IsBlank(d.name)) {
        p.draft_name_missing = true;
        p.focus_name = true;
        return;
    }
    d.id = NewId();
    const std::string id = d.id;
    store.employees.Upsert(std::move(d));
    d = Employee{};
    Select(p, id);
}

void StartAdding(PeopleUi& p) {
    Select(p, "");
    p.adding = true;
    p.draft = Employee{};
    p.draft_phone_reason = CheckReason::Empty;
    p.draft_email_reason = CheckReason::Empty;
    p.focus_name = true;
}

void CloseDirectory(PeopleUi& p) {
    p.directory_open = false;
    p.adding = false;
    p.confirm_remove_id.clear();
    p.blocked_id.clear();
}

void DrawDirectoryBody(Store& store, UiState& ui, bool read_only) {
    PeopleUi& p = ui.people;
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    UpdateEmployeeIndex(store.employees, p.index);
    UpdateEmployeeFilter(p.index, p.directory_filter);
    if (!p.selected_id.empty() && !store.employees.Contains(p.selected_id)) Select(p, "");

    if (read_only) ImGui::TextColored(colors::kWarningText, "%s", Tr(Str::EmpReadOnly));
    if (CurrentUserId(ui).empty() && !store.employees.empty()) BannerBar(colors::kInfoBg, Tr(Str::EmpWhoAreYou));

    ImGui::SetNextItemWidth(em * 20);
    InputStringWithHint(Tr(Str::EmpSearch), Tr(Str::EmpSearchHint), p.directory_filter.text);
    ImGui::SameLine();
    ImGui::BeginDisabled(read_only);
    if (ImGui::Button(Tr(Str::EmpAdd))) StartAdding(p);
    ImGui::EndDisabled();
    ImGui::SameLine();
    const size_t total = store.employees.size(), shown = p.directory_filter.visible.size();
    if (shown == total)
        ImGui::TextDisabled(Tr(Str::EmpCount), total);
    else
        ImGui::TextDisabled(Tr(Str::EmpCountShown), total, shown);

    // The list takes what the form and the Close row leave.
    const float line = ImGui::GetFrameHeightWithSpacing();
    const float form_h = line * 10;
    const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    // Rows plus the header, each with its 1 px inner border, and half a row to spare so that
    // the last row is never cut (a scrollbar then appears only when it is really needed).
    const float rows = static_cast<float>(p.directory_filter.visible.size() + 1);
    const float rows_h = (row_h + 1.0f) * rows + row_h * 0.5f + style.FramePadding.y * 2;
    const float list_h = std::max(em * 6, std::min(rows_h, ImGui::GetContentRegionAvail().y - form_h));
    DrawList(store, ui, list_h);

    ImGui::Separator();
    const float field_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.55f, em * 12, em * 26);
    if (ImGui::BeginChild("##employee_form", ImVec2(0, -line - style.ItemSpacing.y))) {
        if (p.adding) {
            DrawNewForm(store, ui, read_only, field_w);
        } else if (const Employee* e = store.employees.Find(p.selected_id)) {
            DrawEditForm(store, ui, *e, read_only, field_w);
        } else if (!store.employees.empty()) {
            ImGui::TextDisabled("%s", Tr(Str::EmpSelectHint));
        }
    }
    ImGui::EndChild();

    ImGui::Separator();
    const char* close = Tr(Str::EmpClose);
    const float close_w = ImGui::CalcTextSize(close, nullptr, true).x + style.FramePadding.x * 2;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - close_w));
    if (ImGui::Button(close)) CloseDirectory(p);
}

}  // namespace

// ---- Shared with the responsibles section

void UpdateEmployeeIndex(const Collection<Employee>& employees, EmployeeIndex& index) {
    const auto& all = employees.All();
    if (index.built_version == employees.Version() && index.built_data == all.data() &&
        index.built_count == all.size())
        return;
    index.built_version = employees.Version();
    index.built_data = all.data();
    index.built_count = all.size();
    ++index.generation;
    index.text.clear();
    index.offsets.assign(all.size() + 1, 0);
    index.phone.assign(all.size(), CheckReason::Empty);
    index.email.assign(all.size(), CheckReason::Empty);
    for (size_t i = 0; i < all.size(); ++i) {
        const Employee& e = all[i];
        index.offsets[i] = static_cast<uint32_t>(index.text.size());
        AppendKey(e.name, index.text);
        AppendKey(e.position, index.text);
        AppendKey(e.department, index.text);
        AppendKey(e.phone, index.text);
        AppendKey(e.email, index.text);
        index.phone[i] = ValidatePhone(e.phone).reason;
        index.email[i] = ValidateEmail(e.email).reason;
    }
    index.offsets[all.size()] = static_cast<uint32_t>(index.text.size());
    index.sorted.resize(all.size());
    for (size_t i = 0; i < all.size(); ++i) index.sorted[i] = static_cast<uint32_t>(i);
    std::sort(index.sorted.begin(), index.sorted.end(), [&](uint32_t a, uint32_t b) {
        const int c = CompareFolded(all[a].name, all[b].name);
        return c != 0 ? c < 0 : a < b;
    });
}

void UpdateEmployeeFilter(const EmployeeIndex& index, EmployeeFilter& filter) {
    if (filter.built_generation == index.generation && filter.built_text == filter.text) return;
    filter.built_generation = index.generation;
    filter.built_text = filter.text;
    filter.folded.clear();
    const size_t b = filter.text.find_first_not_of(" \t");
    const size_t e = filter.text.find_last_not_of(" \t");
    if (b != std::string::npos) AppendFolded(std::string_view(filter.text).substr(b, e - b + 1), filter.folded);
    filter.visible.clear();
    const std::string_view text = index.text;
    for (uint32_t pos : index.sorted) {
        const std::string_view key = text.substr(index.offsets[pos], index.offsets[pos + 1] - index.offsets[pos]);
        if (filter.folded.empty() || key.find(filter.folded) != std::string_view::npos) filter.visible.push_back(pos);
    }
}

EmployeeUsage CountEmployeeUsage(const Store& store, const std::string& employee_id) {
    EmployeeUsage u;
    for (const Client& c : store.clients.All())
        for (const Responsible& r : c.responsibles)
            if (r.employee_id == employee_id) {
                ++u.clients;
                break;
            }
    for (const Interaction& x : store.interactions.All()) u.interactions += x.owner_id == employee_id;
    for (const Interest& i : store.interests.All()) u.interests += i.responsible_id == employee_id;
    return u;
}

// ---- The window

void OpenEmployeeDirectory(UiState& ui) {
    if (!ui.people.directory_open) ui.people.directory_appearing = true;
    ui.people.directory_open = true;
}

void DrawEmployeeDirectory(Store& store, UiState& ui, bool read_only) {
    PeopleUi& p = ui.people;
    if (!p.directory_open) return;
    const float em = ImGui::GetFontSize();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    if (p.directory_appearing) {
        p.directory_appearing = false;
        ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(std::min(em * 66, vp->WorkSize.x * 0.95f),
                                        std::min(em * 36, vp->WorkSize.y * 0.9f)),
                                 ImGuiCond_Always);
        ImGui::SetNextWindowFocus();
    }
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(em * 30, vp->WorkSize.x), std::min(em * 22, vp->WorkSize.y)),
                                        vp->WorkSize);
    bool open = true;
    if (ImGui::Begin(Tr(Str::EmpTitle), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        // Escape closes the window, unless it is leaving a text field.
        if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && ImGui::GetIO().WantTextInput == false &&
            ImGui::IsKeyPressed(ImGuiKey_Escape, false))
            open = false;
        DrawDirectoryBody(store, ui, read_only);
    }
    ImGui::End();
    if (!open) CloseDirectory(p);
}

// ---- The current user

void DrawCurrentUserMenu(const Store& store, UiState& ui) {
    if (!ImGui::BeginMenu(Tr(Str::EmpIAm))) return;
    PeopleUi& p = ui.people;
    const std::string& me = CurrentUserId(ui);
    if (ImGui::MenuItem(Tr(Str::EmpNobody), nullptr, me.empty()) && !me.empty()) SetCurrentUserId(ui, "");
    if (!me.empty() && !store.employees.Contains(me)) {
        // Chosen earlier, then removed from the directory (e.g. by an import).
        ImGui::MenuItem(me.c_str(), Tr(Str::RespNotInDirectory), true, false);
    }
    UpdateEmployeeIndex(store.employees, p.index);
    if (!p.index.sorted.empty()) ImGui::Separator();
    const auto& all = store.employees.All();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(p.index.sorted.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const uint32_t pos = p.index.sorted[static_cast<size_t>(r)];
            const Employee& e = all[pos];
            ImGui::PushID(static_cast<int>(pos));
            const bool mine = e.id == me;
            if (ImGui::MenuItem(e.name.c_str(), e.position.c_str(), mine) && !mine) SetCurrentUserId(ui, e.id);
            ImGui::PopID();
        }
    ImGui::EndMenu();
}

const std::string& CurrentUserId(UiState& ui) {
    if (!ui.people.current_user_loaded) {
        ui.people.current_user_id = platform::GetSetting("current_user");
        ui.people.current_user_loaded = true;
    }
    return ui.people.current_user_id;
}

void SetCurrentUserId(UiState& ui, const std::string& employee_id) {
    ui.people.current_user_id = employee_id;
    ui.people.current_user_loaded = true;
    platform::SetSetting("current_user", employee_id);
}

}  // namespace card
