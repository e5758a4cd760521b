// The Contracts and agreements tab: every contract and agreement of the client in one
// table, with what each one is today (in force, expiring, expired but still marked active,
// not yet valid, draft, suspended, closed: FORMAT.md's rule, model/current_contract.h) and
// the current contract (the one the Main tab shows) starred.
//
// A click on a row opens the contract window (contracts_editor.cpp) to read it in full and
// edit it; a right click (or the row's "…") offers the quick status changes, renewal and
// removal (with Undo). The order is cached (ContractRowsCache) and rebuilt only when the
// client, the contracts, the day or the sort column change. Wide cards get a column each
// for kind, signing date and status; narrower ones show kind and signing date under the
// number and the term, and leave the status to the state column (which names it), so that
// no column title is clipped and the title keeps room.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "model/current_contract.h"
#include "platform/platform.h"
#include "ui/contracts_tab.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr ImU32 kAlarmRowBg = IM_COL32(253, 226, 226, 255);  // expired but still marked active
constexpr ImU32 kCurrentChipBg = IM_COL32(222, 236, 252, 255);
constexpr float kWideLayoutEm = 72;  // from this width (in font heights) every column has its own

// Another client on screen: the undo, the refusal and the window do not carry over.
void FollowClient(ContractsUi& cu, const Client& c) {
    if (cu.undo_client_id != c.id) {
        cu.has_undo = false;
        cu.removed = Contract{};
        cu.undo_client_id = c.id;
    }
    if (cu.refusal_client_id != c.id) {
        cu.refusal.clear();
        cu.refusal_client_id = c.id;
    }
}

const std::vector<uint32_t>& Rows(const Store& store, ContractsUi& cu, const Client& c, Date today, ContractSort by,
                                  bool descending) {
    ContractRowsCache& r = cu.rows;
    if (r.client_id == c.id && r.collection == &store.contracts && r.version == store.contracts.Version() &&
        r.today == today.days && r.sort == by && r.descending == descending)
        return r.order;
    r.client_id = c.id;
    r.collection = &store.contracts;
    r.version = store.contracts.Version();
    r.today = today.days;
    r.sort = by;
    r.descending = descending;
    ++r.built;
    OrderContracts(store, c.id, today, by, descending, r.order);
    r.row_height.assign(r.order.size(), 0.0f);
    return r.order;
}

// ---- Changes from a row

void Remove(Store& store, ContractsUi& cu, const Contract& k) {
    cu.removed = k;
    cu.has_undo = true;
    cu.undo_client_id = k.client_id;
    store.contracts.Remove(cu.removed.id);
}

void UndoRemove(Store& store, ContractsUi& cu) {
    cu.has_undo = false;
    Contract k = std::move(cu.removed);
    cu.removed = Contract{};
    if (k.id.empty() || store.contracts.Contains(k.id) || !store.clients.Contains(k.client_id)) return;
    store.contracts.Upsert(std::move(k));
}

// Active from the menu: refused (with the reason above the table) when the record would
// not pass the editor's checks, or when its term is over (it would be "expired, still
// marked active" at once: the dates need changing, or a renewal).
void Activate(Store& store, ContractsUi& cu, const Contract& k, Date today) {
    Contract copy = k;
    copy.status = ContractStatus::Active;
    const ContractCheck check = CheckContract(store, copy);
    char reason[512];
    reason[0] = '\0';
    if (!check.ok()) {
        switch (check.first_problem()) {
            case ContractField::Number:
                std::snprintf(reason, sizeof reason, "%s",
                              Tr(check.reason(ContractField::Number) == ContractReason::NumberRequired
                                     ? Str::CtrNumberRequired
                                     : Str::CtrNumberTaken));
                if (check.clash) {
                    char validity[128];
                    ContractValidityText(*check.clash, validity, sizeof validity);
                    std::snprintf(reason, sizeof reason, Tr(Str::CtrNumberTaken), check.clash->number.c_str(),
                                  EnumLabel(check.clash->status), validity);
                }
                break;
            case ContractField::ValidFrom:
                std::snprintf(reason, sizeof reason, "%s", Tr(Str::CtrActiveNeedsStart));
                break;
            default: {
                char a[32], b[32];
                FormatDate(copy.valid_to, a, sizeof a);
                FormatDate(copy.valid_from, b, sizeof b);
                std::snprintf(reason, sizeof reason, Tr(Str::CtrEndBeforeStart), a, b);
                break;
            }
        }
    } else if (!copy.valid_to.empty() && copy.valid_to < today) {
        char date[32];
        FormatDate(copy.valid_to, date, sizeof date);
        std::snprintf(reason, sizeof reason, Tr(Str::CtrEndedUseRenew), date);
    }
    if (reason[0]) {
        char text[1024];
        std::snprintf(text, sizeof text, Tr(Str::CtrRefused), k.number.c_str(), reason);
        cu.refusal = text;
        cu.refusal_client_id = k.client_id;
        return;
    }
    cu.refusal.clear();
    store.contracts.Upsert(std::move(copy));
}

void SetStatus(Store& store, ContractsUi& cu, const Contract& k, ContractStatus status) {
    cu.refusal.clear();
    Contract copy = k;
    copy.status = status;
    store.contracts.Upsert(std::move(copy));
}

// The row's menu (right click, or "…"). True when the store changed (stop drawing rows).
bool RowMenu(Store& store, UiState& ui, const Client& c, const Contract& k, Date today, bool read_only) {
    bool changed = false;
    if (!ImGui::BeginPopupContextItem("##ctr_menu")) return false;
    if (ImGui::MenuItem(Tr(Str::CtrOpen))) OpenContractWindow(ui, k);
    if (!read_only) {
        ImGui::Separator();
        if (ImGui::MenuItem(Tr(Str::CtrActivate), nullptr, false, k.status != ContractStatus::Active)) {
            Activate(store, ui.contracts, k, today);
            changed = true;
        } else if (ImGui::MenuItem(Tr(Str::CtrSuspend), nullptr, false, k.status == ContractStatus::Active)) {
            SetStatus(store, ui.contracts, k, ContractStatus::Suspended);
            changed = true;
        } else if (ImGui::MenuItem(Tr(Str::CtrCloseContract), nullptr, false, k.status != ContractStatus::Closed)) {
            SetStatus(store, ui.contracts, k, ContractStatus::Closed);
            changed = true;
        }
        if (ImGui::MenuItem(Tr(Str::CtrRenew))) StartNewContract(store, ui, c, &k);
        ImGui::SetItemTooltip("%s", Tr(Str::CtrRenewTip));
        ImGui::Separator();
        if (!changed && ImGui::MenuItem(Tr(Str::CtrRemove))) {
            Remove(store, ui.contracts, k);
            changed = true;
        }
    }
    ImGui::EndPopup();
    return changed;
}

// ---- Drawing pieces

// "★ current" on a light blue pill.
void CurrentChip() {
    char text[64];
    std::snprintf(text, sizeof text, ICON_STAR " %s", Tr(Str::CtrCurrent));
    const float px = ImGui::GetFontSize() * 0.35f;
    const ImVec2 sz = ImGui::CalcTextSize(text);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(sz.x + px * 2, sz.y));
    ReportLastItem(Tr(Str::CtrCurrent));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + sz.x + px * 2, p.y + sz.y), kCurrentChipBg, sz.y * 0.5f);
    dl->AddText(ImVec2(p.x + px, p.y), ImGui::GetColorU32(colors::kBusyText), text);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) ImGui::SetTooltip("%s", Tr(Str::CtrCurrentTip));
}

void Wrapped(const char* text) {
    ImGui::PushTextWrapPos(0);
    TextHint(text);
    ImGui::PopTextWrapPos();
}

void WrappedGrey(const char* text) {
    ImGui::PushTextWrapPos(0);
    DisabledHint(text);
    ImGui::PopTextWrapPos();
}

// "15.12.2025 –" over "15.12.2026": the term in two short lines.
void ValidityCell(const Contract& k) {
    char from[32], to[32], line[96];
    FormatDate(k.valid_from, from, sizeof from);
    FormatDate(k.valid_to, to, sizeof to);
    if (k.valid_from.empty() && k.valid_to.empty()) {
        ImGui::TextUnformatted(Tr(Str::CtrValidAny));
        return;
    }
    std::snprintf(line, sizeof line, "%s \xE2\x80\x93\n%s", k.valid_from.empty() ? "\xE2\x80\xA6" : from,
                  k.valid_to.empty() ? Tr(Str::CtrValidAny) : to);
    ImGui::TextUnformatted(line);
}

struct Layout {
    bool wide = false;
    float state_w = 0, kind_w = 0, number_w = 0, signed_w = 0, valid_w = 0, status_w = 0, amount_w = 0,
          actions_w = 0;
};

float TextW(const char* s) { return ImGui::CalcTextSize(s, nullptr, true).x; }

// A column title's width with room for the sort arrow TableHeader draws after it.
float HeaderW(Str title) {
    return TextW(Tr(title)) + ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x * 2 + 2;
}

Layout ComputeLayout(float avail) {
    const float em = ImGui::GetFontSize();
    Layout l;
    l.wide = avail >= em * kWideLayoutEm;
    // Each fixed column is as wide as its title and its usual content, whichever is wider.
    l.state_w = std::max(HeaderW(Str::CtrColState), em * 9.5f);
    l.kind_w = std::max(HeaderW(Str::CtrColKind), em * 7.5f);
    l.number_w = std::max(HeaderW(Str::CtrColNumber), em * (l.wide ? 7.5f : 9.0f));
    l.signed_w = std::max(HeaderW(Str::CtrColSigned), TextW("00.00.0000"));
    l.valid_w = std::max(HeaderW(Str::CtrColValidity), TextW("00.00.0000 \xE2\x80\x93"));
    if (!l.wide) {  // "signed 10.12.2025" under the term on one line
        char signed_on[64];
        std::snprintf(signed_on, sizeof signed_on, Tr(Str::CtrSignedOn), "00.00.0000");
        l.valid_w = std::max(l.valid_w, TextW(signed_on));
    }
    float status = HeaderW(Str::CtrColStatus);
    for (size_t i = 0; i < EnumCount<ContractStatus>(); ++i)
        status = std::max(status, TextW(EnumLabel(static_cast<ContractStatus>(i))));
    l.status_w = status;
    l.amount_w = std::max(HeaderW(Str::CtrColAmount), TextW("0 000 000,00 RUB"));
    const ImGuiStyle& style = ImGui::GetStyle();
    l.actions_w = (ImGui::CalcTextSize(ICON_PENCIL).x + style.FramePadding.x * 2) * 2 + style.ItemSpacing.x;
    return l;
}

// Sorting column ids: ContractSort values; the actions column does not sort.
constexpr ImGuiID kNoSortId = 100;

void SetupColumns(const Layout& l) {
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn(Tr(Str::CtrColState), fixed | ImGuiTableColumnFlags_DefaultSort, l.state_w,
                            static_cast<ImGuiID>(ContractSort::State));
    if (l.wide)
        ImGui::TableSetupColumn(Tr(Str::CtrColKind), fixed, l.kind_w, static_cast<ImGuiID>(ContractSort::Kind));
    ImGui::TableSetupColumn(Tr(Str::CtrColNumber), fixed, l.number_w, static_cast<ImGuiID>(ContractSort::Number));
    ImGui::TableSetupColumn(Tr(Str::CtrColTitle), ImGuiTableColumnFlags_WidthStretch, 0,
                            static_cast<ImGuiID>(ContractSort::Title));
    if (l.wide)
        ImGui::TableSetupColumn(Tr(Str::CtrColSigned), fixed, l.signed_w, static_cast<ImGuiID>(ContractSort::SignedOn));
    ImGui::TableSetupColumn(Tr(Str::CtrColValidity), fixed, l.valid_w, static_cast<ImGuiID>(ContractSort::Validity));
    if (l.wide)
        ImGui::TableSetupColumn(Tr(Str::CtrColStatus), fixed, l.status_w, static_cast<ImGuiID>(ContractSort::Status));
    ImGui::TableSetupColumn(Tr(Str::CtrColAmount), fixed, l.amount_w, static_cast<ImGuiID>(ContractSort::Amount));
    ImGui::TableSetupColumn("##ctr_actions", fixed | ImGuiTableColumnFlags_NoSort, l.actions_w, kNoSortId);
}

// One row. Returns true when the store changed (the caller stops drawing rows).
bool DrawRow(Store& store, UiState& ui, const Client& c, const Contract& k, size_t index, const Layout& l,
             const Contract* current, Date today, bool read_only) {
    ContractsUi& cu = ui.contracts;
    const ImGuiStyle& style = ImGui::GetStyle();
    char state[256], buf[256];
    const ContractStateLook look = ContractStateText(k, today, state, sizeof state);
    const bool highlighted = k.id == ui.sections.highlighted_contract_id;

    ImGui::PushID(k.id.c_str());
    ImGui::TableNextRow();
    if (highlighted)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colors::kInfoBg);
    else if (look.alarm)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kAlarmRowBg);

    // The whole row is one click target, as tall as its content was in the last frame;
    // the cells are drawn over it.
    ImGui::TableNextColumn();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    float& row_h = cu.rows.row_height[index];
    if (ImGui::Selectable("##ctr_row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                          ImVec2(0, std::max(row_h, ImGui::GetTextLineHeight()))))
        OpenContractWindow(ui, k);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal) && look.alarm) {
        char date[32];
        FormatDate(k.valid_to, date, sizeof date);
        std::snprintf(buf, sizeof buf, Tr(Str::CtrStExpiredTip), date);
        ImGui::SetTooltip("%s", buf);
    }
    if (RowMenu(store, ui, c, k, today, read_only)) {  // `k` may be gone: draw no more of it
        ImGui::PopID();
        return true;
    }
    if (k.id == ui.focus_contract_id) ImGui::SetScrollHereY(0.5f);
    ImGui::SetCursorScreenPos(top);
    float bottom = top.y;
    auto measure = [&] { bottom = std::max(bottom, ImGui::GetCursorScreenPos().y - style.ItemSpacing.y); };

    // Today: coloured words with an icon; the current contract's star under them.
    ImGui::PushStyleColor(ImGuiCol_Text, look.color);
    std::snprintf(buf, sizeof buf, "%s %s", look.icon, state);
    Wrapped(buf);
    ImGui::PopStyleColor();
    if (&k == current) CurrentChip();
    measure();

    if (look.greyed) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (l.wide) {
        ImGui::TableNextColumn();
        Wrapped(EnumLabel(k.kind));
        measure();
    }
    ImGui::TableNextColumn();
    Wrapped(k.number.empty() ? "\xE2\x80\x94" : k.number.c_str());
    if (!l.wide) WrappedGrey(EnumLabel(k.kind));
    measure();

    ImGui::TableNextColumn();
    if (!k.title.empty()) Wrapped(k.title.c_str());
    measure();

    if (l.wide) {
        ImGui::TableNextColumn();
        FormatDate(k.signed_on, buf, sizeof buf);
        if (k.signed_on.empty())
            WrappedGrey(Tr(Str::CtrNotSigned));
        else
            ImGui::TextUnformatted(buf);
        measure();
    }
    ImGui::TableNextColumn();
    ValidityCell(k);
    if (!l.wide && !k.signed_on.empty()) {
        char date[32];
        FormatDate(k.signed_on, date, sizeof date);
        std::snprintf(buf, sizeof buf, Tr(Str::CtrSignedOn), date);
        WrappedGrey(buf);
    }
    measure();

    if (l.wide) {  // narrower: the state column says it (active unless draft, suspended, closed)
        ImGui::TableNextColumn();
        Wrapped(EnumLabel(k.status));
        measure();
    }

    ImGui::TableNextColumn();
    if (k.has_amount) {
        FormatMoney(k.amount, buf, sizeof buf);
        const float w = ImGui::CalcTextSize(buf).x;
        const float avail = ImGui::GetContentRegionAvail().x;
        if (w < avail) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);  // right-aligned
        ImGui::TextUnformatted(buf);
    }
    measure();
    if (look.greyed) ImGui::PopStyleColor();

    ImGui::TableNextColumn();
    if (GhostIconButton(ICON_PENCIL "###ctr_row_open", Tr(Str::CtrOpen))) OpenContractWindow(ui, k);
    ImGui::SameLine(0, style.ItemSpacing.x * 0.5f);
    if (GhostIconButton("\xE2\x80\xA6###ctr_row_menu", Tr(Str::CtrActions))) ImGui::OpenPopup("##ctr_menu");
    measure();

    row_h = bottom - top.y;
    ImGui::PopID();
    return false;
}

}  // namespace

void DrawContractsTab(Store& store, UiState& ui, const Client& client, bool read_only) {
    ContractsUi& cu = ui.contracts;
    FollowClient(cu, client);
    if (read_only) cu.has_undo = false;
    const Date today = platform::Now().LocalDate();

    // A jump from the Main tab (the current contract clicked) or a save in the window:
    // highlight that row and scroll to it once (the table clears the request; the window,
    // drawn after it, may make a new one); the highlight stays until the Main tab is shown
    // again.
    if (!ui.focus_contract_id.empty()) ui.sections.highlighted_contract_id = ui.focus_contract_id;

    DrawContractsTabBanner(store, ui, client, read_only);

    ImGui::BeginDisabled(read_only);
    if (IconTextButton(ICON_PLUS, Tr(Str::CtrNew))) StartNewContract(store, ui, client, nullptr);
    ImGui::EndDisabled();
    ImGui::SetItemTooltip("%s", Tr(Str::CtrNewTip));

    if (cu.has_undo) {
        char text[512];
        std::snprintf(text, sizeof text, Tr(Str::CtrRemoved), EnumLabel(cu.removed.kind), cu.removed.number.c_str());
        const int r = UndoBar(text, Tr(Str::CtrUndo), ICON_TIMES "###ctr_undo_dismiss", Tr(Str::CtrUndoDismissTip));
        if (r == 1) UndoRemove(store, cu);
        if (r == 2) {
            cu.has_undo = false;
            cu.removed = Contract{};
        }
    }
    if (!cu.refusal.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        const bool dismissed = BannerBar(colors::kErrorBg, cu.refusal.c_str(), ICON_TIMES "###ctr_refusal_dismiss");
        ImGui::PopStyleColor();
        if (dismissed) cu.refusal.clear();
    }
    ImGui::Spacing();

    if (store.contracts.OwnedBy(client.id).empty()) {
        DisabledHint(Tr(Str::CtrNone));
        ui.focus_contract_id.clear();
        DrawContractWindow(store, ui, client, read_only);
        return;
    }

    const Layout layout = ComputeLayout(ImGui::GetContentRegionAvail().x);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingFixedFit |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_NoSavedSettings;
    const int columns = layout.wide ? 9 : 6;
    // One table id per layout: each keeps its own sort column.
    if (ImGui::BeginTable(layout.wide ? "##contracts_wide" : "##contracts", columns, flags)) {
        SetupColumns(layout);
        // The header row by hand: each title reported to automation (1.90.1's headers are
        // not), so that tests click a column title like a user to sort.
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int col = 0; col < columns; ++col) {
            if (!ImGui::TableSetColumnIndex(col)) continue;
            const char* name = ImGui::TableGetColumnName(col);
            ImGui::TableHeader(name);
            if (name[0] != '#') ReportLastItem(name);
        }
        ContractSort by = ContractSort::State;
        bool descending = false;
        if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0 &&
                                                                           specs->Specs[0].ColumnUserID != kNoSortId) {
            by = static_cast<ContractSort>(specs->Specs[0].ColumnUserID);
            descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        const std::vector<uint32_t>& order = Rows(store, cu, client, today, by, descending);
        const Contract* current = CurrentContract(store, client.id, today);
        const auto& all = store.contracts.All();
        for (size_t i = 0; i < order.size(); ++i)
            if (DrawRow(store, ui, client, all[order[i]], i, layout, current, today, read_only)) break;
        ImGui::EndTable();
    }
    ui.focus_contract_id.clear();
    DrawContractWindow(store, ui, client, read_only);
}

}  // namespace card
