// The contract in force today (Main tab): the banner above both halves and the block in
// the left half. "Today" is the local calendar day (platform::Now). A click on the contract
// opens the Contracts tab on its row (UiState::focus_contract_id).
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "model/current_contract.h"
#include "platform/platform.h"
#include "ui/contracts_tab.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr int kTermsLines = 3;  // terms longer than this are folded behind "Show all"

void GoToContract(UiState& ui, const Contract& k) {
    ui.focus_contract_id = k.id;
    ui.SelectTab(CardTab::Contracts);
}

// "expires in 5 days", "expires today"; "" when open-ended or further than 30 days away.
void FormatExpiry(int days, char* buf, size_t size) {
    buf[0] = '\0';
    if (days < 0 || days > kExpiringDays) return;
    if (days == 0) {
        std::snprintf(buf, size, "%s", Tr(Str::CurExpiresToday));
        return;
    }
    std::snprintf(buf, size, TrPlural(days, Str::CurExpiresOne, Str::CurExpiresFew, Str::CurExpiresMany), days);
}

// Where `text` stops after `lines` wrapped lines of `wrap_w` (== end when it all fits).
const char* CutAfterLines(const char* text, const char* end, float wrap_w, int lines) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* p = text;
    for (int i = 0; i < lines && p < end; ++i) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char* line_end = nl ? nl : end;
        const char* wrap = font->CalcWordWrapPositionA(scale, p, line_end, wrap_w);
        if (wrap >= line_end) {
            p = nl ? nl + 1 : end;
        } else {
            p = wrap;
            while (p < line_end && (*p == ' ' || *p == '\t')) ++p;
        }
    }
    while (p < end && (*p == '\n' || *p == ' ')) ++p;  // only blank left: it all fits
    return p;
}

void DrawTerms(UiState& ui, const Client& c, const Contract& k) {
    if (k.terms.empty()) return;
    ImGui::TextDisabled("%s", Tr(Str::CurTerms));
    const float wrap_w = ImGui::GetContentRegionAvail().x;
    const char* begin = k.terms.c_str();
    const char* end = begin + k.terms.size();
    const char* cut = CutAfterLines(begin, end, wrap_w, kTermsLines);
    const bool expanded = ui.sections.terms_expanded_for == c.id;
    ImGui::PushTextWrapPos(0);
    if (cut >= end || expanded) {
        ImGui::TextUnformatted(begin, end);
    } else {
        // The first lines, then an ellipsis (trailing blanks of the cut dropped).
        const char* e = cut;
        while (e > begin && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == ',' || e[-1] == '.')) --e;
        ui.scratch.assign(begin, e);
        ui.scratch += "\xE2\x80\xA6";  // …
        ImGui::TextUnformatted(ui.scratch.c_str());
    }
    ImGui::PopTextWrapPos();
    if (cut < end) {
        if (ImGui::SmallButton(Tr(expanded ? Str::CurTermsLess : Str::CurTermsMore))) {
            if (expanded)
                ui.sections.terms_expanded_for.clear();
            else
                ui.sections.terms_expanded_for = c.id;
        }
    }
}

// What became of the client's latest contract, when none is in force.
void DrawLatest(UiState& ui, const Contract& k, Date today) {
    char line[512], date[32];
    switch (StandingOn(k, today)) {
        case ContractStanding::Draft:
            std::snprintf(line, sizeof line, Tr(Str::CurLastDraft), k.number.c_str());
            break;
        case ContractStanding::Suspended:
            std::snprintf(line, sizeof line, Tr(Str::CurLastSuspended), k.number.c_str());
            break;
        case ContractStanding::Closed:
            std::snprintf(line, sizeof line, Tr(Str::CurLastClosed), k.number.c_str());
            break;
        case ContractStanding::Expired:
            FormatDate(k.valid_to, date, sizeof date);
            std::snprintf(line, sizeof line, Tr(Str::CurLastExpired), k.number.c_str(), date);
            break;
        case ContractStanding::NotYetValid:
            FormatDate(k.valid_from, date, sizeof date);
            std::snprintf(line, sizeof line, Tr(Str::CurLastNotYet), k.number.c_str(), date);
            break;
        case ContractStanding::InForce:  // not reached: a contract in force is shown instead
            line[0] = '\0';
            break;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button_w = ImGui::CalcTextSize(Tr(Str::CurOpenLast), nullptr, true).x + style.FramePadding.x * 2;
    const bool one_line =
        ImGui::CalcTextSize(line).x + style.ItemSpacing.x + button_w <= ImGui::GetContentRegionAvail().x;
    TextHint(line);
    if (one_line) ImGui::SameLine();
    if (ImGui::SmallButton(Tr(Str::CurOpenLast))) GoToContract(ui, k);
}

// The bar above a card's contracts, from the FORMAT.md rule: red when none is in force
// today; amber with `button` when the current contract ends within kExpiringDays; nothing
// otherwise. Returns the current contract when its button was pressed.
const Contract* ContractStateBar(const Store& store, const Client& c, const char* button) {
    const Date today = platform::Now().LocalDate();
    const Contract* k = CurrentContract(store, c.id, today);
    if (!k) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        BannerBar(colors::kErrorBg, Tr(Str::CurNoneBanner));
        ImGui::PopStyleColor();
        return nullptr;
    }
    const int days = DaysLeft(*k, today);
    if (days < 0 || days > kExpiringDays) return nullptr;
    char text[512];
    if (days == 0)
        std::snprintf(text, sizeof text, Tr(Str::CurBannerExpiresToday), EnumLabel(k->kind), k->number.c_str());
    else
        std::snprintf(text, sizeof text,
                      TrPlural(days, Str::CurBannerExpiresOne, Str::CurBannerExpiresFew, Str::CurBannerExpiresMany),
                      EnumLabel(k->kind), k->number.c_str(), days);
    return BannerBar(colors::kWarningBg, text, button) ? k : nullptr;
}

}  // namespace

void DrawContractBanner(const Store& store, UiState& ui, const Client& c) {
    // Back on the Main tab: the row the last jump highlighted is no longer marked.
    ui.sections.highlighted_contract_id.clear();
    if (const Contract* k = ContractStateBar(store, c, Tr(Str::CurBannerOpen))) GoToContract(ui, *k);
}

void DrawCurrentContractSection(const Store& store, UiState& ui, const Client& c) {
    ImGui::SeparatorText(Tr(Str::CurSection));
    const Date today = platform::Now().LocalDate();
    const Contract* k = CurrentContract(store, c.id, today);
    if (!k) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint(Tr(Str::CurNoneBanner));
        ImGui::PopStyleColor();
        if (const Contract* last = LatestContract(store, c.id))
            DrawLatest(ui, *last, today);
        else
            DisabledHint(Tr(Str::CurNoContracts));
        return;
    }

    // "Service agreement № ИТС-2026/47" as a link to the contract, the button beside it.
    char line[512], from[32], to[32];
    std::snprintf(line, sizeof line, ICON_BRIEFCASE " %s \xE2\x84\x96 %s###cur_number", EnumLabel(k->kind),
                  k->number.c_str());
    const ImVec2 size = ImGui::CalcTextSize(line, nullptr, true);
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kBusyText);
    if (ImGui::Selectable(line, false, ImGuiSelectableFlags_None, ImVec2(size.x, 0))) GoToContract(ui, *k);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const float button_w = ImGui::CalcTextSize(Tr(Str::CurOpen), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < button_w) ImGui::NewLine();
    if (ImGui::SmallButton(Tr(Str::CurOpen))) GoToContract(ui, *k);

    if (!k->title.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(k->title.c_str());
        ImGui::PopTextWrapPos();
    }

    FormatDate(k->valid_from, from, sizeof from);
    FormatDate(k->valid_to, to, sizeof to);
    if (!k->valid_from.empty() && !k->valid_to.empty())
        std::snprintf(line, sizeof line, Tr(Str::CurValidFromTo), from, to);
    else if (!k->valid_from.empty())
        std::snprintf(line, sizeof line, Tr(Str::CurValidFromOpen), from);
    else if (!k->valid_to.empty())
        std::snprintf(line, sizeof line, Tr(Str::CurValidTo), to);
    else
        std::snprintf(line, sizeof line, "%s", Tr(Str::CurValidOpen));
    ImGui::TextUnformatted(line);
    if (!k->signed_on.empty()) {
        FormatDate(k->signed_on, from, sizeof from);
        std::snprintf(to, sizeof to, "%s", from);
        std::snprintf(line, sizeof line, Tr(Str::CurSigned), to);
        const float w = ImGui::CalcTextSize(line).x + ImGui::CalcTextSize("()").x;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        ImGui::TextDisabled("(%s)", line);
    }
    FormatExpiry(DaysLeft(*k, today), line, sizeof line);
    if (line[0]) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        ImGui::TextUnformatted(ICON_CLOCK);
        ImGui::SameLine();
        TextHint(line);
        ImGui::PopStyleColor();
    }
    if (k->has_amount) {
        char amount[64];
        FormatMoney(k->amount, amount, sizeof amount);
        ImGui::Text(Tr(Str::CurAmount), amount);
    }
    DrawTerms(ui, c, *k);
}

// The same bar on the Contracts tab: "Renew…" (a new draft for the next term) instead of
// "Open" (its row is right below).
void DrawContractsTabBanner(const Store& store, UiState& ui, const Client& c, bool read_only) {
    if (const Contract* k = ContractStateBar(store, c, read_only ? nullptr : Tr(Str::CtrRenewBanner)))
        StartNewContract(store, ui, c, k);
}

}  // namespace card
