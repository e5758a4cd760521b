#include "ui/widgets.h"

#include "imgui_internal.h"  // the test-engine hook for TextHint
#include "ui/icons.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

namespace card {

std::string FormatString(const char* fmt, ...) {
    va_list args, copy;
    va_start(args, fmt);
    va_copy(copy, args);
    const int n = std::vsnprintf(nullptr, 0, fmt, copy);
    va_end(copy);
    std::string out;
    if (n > 0) {
        out.resize(static_cast<size_t>(n) + 1);
        std::vsnprintf(out.data(), out.size(), fmt, args);
        out.resize(static_cast<size_t>(n));
    }
    va_end(args);
    return out;
}
namespace {

int ResizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

// Groups of three digits, separated by `sep` (a UTF-8 sequence).
void GroupDigits(unsigned long long v, const char* sep, char* buf, size_t size) {
    char digits[32];
    const int n = std::snprintf(digits, sizeof digits, "%llu", v);
    size_t o = 0;
    for (int i = 0; i < n && o + 1 < size; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            for (const char* p = sep; *p && o + 1 < size; ++p) buf[o++] = *p;
        if (o + 1 < size) buf[o++] = digits[i];
    }
    buf[o] = '\0';
}

}  // namespace

bool InputString(const char* label, std::string& s, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputText(label, s.data(), s.capacity() + 1, flags, ResizeCallback, &s);
}

bool InputStringWithHint(const char* label, const char* hint, std::string& s, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextWithHint(label, hint, s.data(), s.capacity() + 1, flags, ResizeCallback, &s);
}

bool InputStringMultiline(const char* label, std::string& s, const ImVec2& size, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextMultiline(label, s.data(), s.capacity() + 1, size, flags, ResizeCallback, &s);
}

void FormatDate(Date d, char* buf, size_t size) {
    if (size == 0) return;
    buf[0] = '\0';
    if (d.empty()) return;
    int y;
    unsigned m, day;
    d.ToYmd(y, m, day);
    if (CurrentLanguage() == Lang::Ru)
        std::snprintf(buf, size, "%02u.%02u.%04d", day, m, y);
    else
        std::snprintf(buf, size, "%04d-%02u-%02u", y, m, day);
}

void FormatMoney(const Money& m, char* buf, size_t size) {
    const bool ru = CurrentLanguage() == Lang::Ru;
    const unsigned long long a =
        m.minor < 0 ? 0ULL - static_cast<unsigned long long>(m.minor) : static_cast<unsigned long long>(m.minor);
    char units[48];
    GroupDigits(a / 100, ru ? "\xC2\xA0" : ",", units, sizeof units);  // no-break space in Russian
    std::snprintf(buf, size, "%s%s%c%02llu %s", m.minor < 0 ? "-" : "", units, ru ? ',' : '.', a % 100,
                  m.currency.c_str());
}

const char* EnumLabel(ClientKind v) {
    switch (v) {
        case ClientKind::LegalEntity: return Tr(Str::KindLegalEntity);
        case ClientKind::SoleTrader: return Tr(Str::KindSoleTrader);
        case ClientKind::Person: return Tr(Str::KindPerson);
    }
    return "";
}

const char* EnumLabel(ClientStatus v) {
    switch (v) {
        case ClientStatus::Prospect: return Tr(Str::StatusProspect);
        case ClientStatus::Active: return Tr(Str::StatusActive);
        case ClientStatus::Former: return Tr(Str::StatusFormer);
    }
    return "";
}

const char* EnumLabel(InterestState v) {
    switch (v) {
        case InterestState::New: return Tr(Str::StateNew);
        case InterestState::Qualification: return Tr(Str::StateQualification);
        case InterestState::Proposal: return Tr(Str::StateProposal);
        case InterestState::Negotiation: return Tr(Str::StateNegotiation);
        case InterestState::Won: return Tr(Str::StateWon);
        case InterestState::Lost: return Tr(Str::StateLost);
    }
    return "";
}

const char* EnumLabel(ContractKind v) {
    switch (v) {
        case ContractKind::Contract: return Tr(Str::ContractKindContract);
        case ContractKind::Agreement: return Tr(Str::ContractKindAgreement);
        case ContractKind::ServiceAgreement: return Tr(Str::ContractKindService);
    }
    return "";
}

const char* EnumLabel(ContractStatus v) {
    switch (v) {
        case ContractStatus::Draft: return Tr(Str::ContractDraft);
        case ContractStatus::Active: return Tr(Str::ContractActive);
        case ContractStatus::Suspended: return Tr(Str::ContractSuspended);
        case ContractStatus::Closed: return Tr(Str::ContractClosed);
    }
    return "";
}

const char* RelationLabel(RelationshipKind v, bool from_side) {
    switch (v) {
        case RelationshipKind::ParentOf: return Tr(from_side ? Str::RelParentOf : Str::RelSubsidiaryOf);
        case RelationshipKind::SameGroup: return Tr(Str::RelSameGroup);
        case RelationshipKind::Partner: return Tr(Str::RelPartner);
        case RelationshipKind::Supplier: return Tr(from_side ? Str::RelSupplierTo : Str::RelCustomerOf);
        case RelationshipKind::Customer: return Tr(from_side ? Str::RelCustomerOf : Str::RelSupplierTo);
        case RelationshipKind::Competitor: return Tr(Str::RelCompetitor);
        case RelationshipKind::Affiliated: return Tr(Str::RelAffiliated);
    }
    return "";
}

int BannerBarButtons(ImU32 background, const char* text, std::initializer_list<const char*> buttons,
                     unsigned disabled) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = style.FramePadding;
    float buttons_w = 0;
    for (const char* b : buttons) buttons_w += ImGui::CalcTextSize(b, nullptr, true).x + pad.x * 2 + style.ItemSpacing.x;
    const float wrap_w = std::max(width - pad.x * 2 - buttons_w, 1.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(text, nullptr, false, wrap_w);
    const float height = std::max(text_size.y, buttons.size() ? ImGui::GetFrameHeight() : 0.0f) + pad.y * 2;

    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), background,
                                              style.FrameRounding);
    // An inert item under the text, labelled with it, so that the banner is an item with a
    // visible label for the test hooks (cardApp.locate(text)), like any widget.
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton(text, ImVec2(std::max(width - buttons_w, 1.0f), height));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad.x, origin.y + (height - text_size.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    int pressed = -1, index = 0;
    float x = origin.x + width - pad.x - (buttons_w - style.ItemSpacing.x);
    for (const char* b : buttons) {
        ImGui::SetCursorScreenPos(ImVec2(x, origin.y + (height - ImGui::GetFrameHeight()) * 0.5f));
        ImGui::BeginDisabled((disabled >> index) & 1u);
        if (ImGui::Button(b)) pressed = index;
        ImGui::EndDisabled();
        x += ImGui::GetItemRectSize().x + style.ItemSpacing.x;
        ++index;
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));  // the banner's place in the layout
    return pressed;
}

bool BannerBar(ImU32 background, const char* text, const char* button) {
    if (!button) return BannerBarButtons(background, text, {}) >= 0;
    return BannerBarButtons(background, text, {button}) == 0;
}

int UndoBar(const char* text, const char* undo, const char* dismiss, const char* tip) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = style.FramePadding;
    const float undo_w = ImGui::CalcTextSize(undo, nullptr, true).x + pad.x * 2;
    const float dismiss_w = ImGui::CalcTextSize(dismiss, nullptr, true).x + pad.x * 2;
    const float buttons_w = undo_w + style.ItemSpacing.x + dismiss_w + style.ItemSpacing.x;
    const float wrap_w = std::max(width - pad.x * 2 - buttons_w, 1.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(text, nullptr, false, wrap_w);
    const float height = std::max(text_size.y, ImGui::GetFrameHeight()) + pad.y * 2;
    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), colors::kInfoBg,
                                              style.FrameRounding);
    // An inert item labelled with the text, so that automation finds the bar by it.
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton(text, ImVec2(std::max(width - buttons_w, 1.0f), height));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad.x, origin.y + (height - text_size.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    int result = 0;
    const float by = origin.y + (height - ImGui::GetFrameHeight()) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - pad.x - dismiss_w - style.ItemSpacing.x - undo_w, by));
    if (ImGui::Button(undo)) result = 1;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button(dismiss)) result = 2;
    ImGui::PopStyleColor();
    if (tip) ImGui::SetItemTooltip("%s", tip);
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    return result;
}

void TextHint(const char* text) {
    ImGui::TextWrapped("%s", text);
    ImGuiContext& g = *GImGui;
    // A text item has no id; the hook takes the last item's rectangle (skipped if clipped).
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, text, g.LastItemData.StatusFlags);
}

void DisabledHint(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    TextHint(text);
    ImGui::PopStyleColor();
}

void ReportLastItem(const char* text) {
    ImGuiContext& g = *GImGui;
    (void)g;  // the hook macro's name for the context
    (void)text;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, text, g.LastItemData.StatusFlags);
}

void MarkText(const char* text, const ImVec4& color) {
    ImGui::TextColored(color, "%s", text);
    ReportLastItem(text);
}

bool BeginFindableCombo(const char* label, const char* preview, ImGuiComboFlags flags) {
    ImGuiContext& g = *GImGui;
    (void)g;
    // Reported before the combo exists: the hook keeps it until the combo's ItemAdd.
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetID(label), label, 0);
    return ImGui::BeginCombo(label, preview, flags);
}

bool GhostIconButton(const char* label, const char* tip) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    const bool pressed = ImGui::SmallButton(label);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::SetItemTooltip("%s", tip);
    return pressed;
}

bool IconTextButton(const char* icon, const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* label_end = ImGui::FindRenderedTextEnd(label);
    const ImVec2 icon_size = ImGui::CalcTextSize(icon);
    const ImVec2 text_size = ImGui::CalcTextSize(label, label_end);
    const float gap = style.ItemInnerSpacing.x;
    const ImVec2 size(style.FramePadding.x * 2 + icon_size.x + gap + text_size.x, ImGui::GetFrameHeight());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // An invisible button carries the label (so automation finds it by its text) and the
    // behaviour; the frame, icon and text are drawn over it like ImGui::Button would.
    const bool pressed = ImGui::InvisibleButton(label, size);
    const bool held = ImGui::IsItemActive();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    const ImU32 bg = ImGui::GetColorU32(held ? ImGuiCol_ButtonActive : hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    dl->AddRectFilled(pos, max, bg, style.FrameRounding);
    if (style.FrameBorderSize > 0)
        dl->AddRect(pos, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
    const ImU32 fg = ImGui::GetColorU32(ImGuiCol_Text);
    const float y = pos.y + style.FramePadding.y;
    dl->AddText(ImVec2(pos.x + style.FramePadding.x, y), fg, icon);
    dl->AddText(ImVec2(pos.x + style.FramePadding.x + icon_size.x + gap, y), fg, label, label_end);
    return pressed;
}

void SameLineIfFits(float width) {
    const float right = ImGui::GetContentRegionMax().x + ImGui::GetWindowPos().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
}

const char* InteractionIcon(InteractionType t) {
    switch (t) {
        case InteractionType::Call: return ICON_PHONE;
        case InteractionType::Meeting: return ICON_USERS;
        case InteractionType::Email: return ICON_ENVELOPE;
        case InteractionType::Letter: return ICON_ENVELOPE_O;
        case InteractionType::Task: return ICON_CHECK_SQUARE;
        case InteractionType::Note: return ICON_STICKY_NOTE;
        case InteractionType::Document: return ICON_FILE_TEXT;
    }
    return ICON_STICKY_NOTE;
}

void JoinLines(const std::vector<std::string>& items, std::string& out) {
    out.clear();
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += '\n';
        out += items[i];
    }
}

std::vector<std::string> SplitLines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    auto blank = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r'; };
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        size_t b = start, e = end;
        while (b < e && blank(text[b])) ++b;
        while (e > b && blank(text[e - 1])) --e;
        if (e > b) out.emplace_back(text, b, e - b);
        start = end + 1;
    }
    return out;
}

void ShortPersonName(const std::string& name, char* buf, size_t size) {
    if (size == 0) return;
    size_t n = 0;
    auto put = [&](const char* p, size_t len) {
        len = std::min(len, size - 1 - n);
        std::memcpy(buf + n, p, len);
        n += len;
    };
    const auto lead = name.empty() ? 0 : static_cast<unsigned char>(name[0]);
    size_t words = 0, i = 0;
    size_t starts[4] = {0, 0, 0, 0};
    while (i < name.size() && words < 4) {
        while (i < name.size() && name[i] == ' ') ++i;
        if (i >= name.size()) break;
        starts[words++] = i;
        while (i < name.size() && name[i] != ' ') ++i;
    }
    if (words != 3 || (lead != 0xD0 && lead != 0xD1)) {
        put(name.data(), name.size());
    } else {
        const size_t surname_end = name.find(' ', starts[0]);
        put(name.data() + starts[0], surname_end - starts[0]);
        for (int w = 1; w < 3; ++w) {
            const auto c = static_cast<unsigned char>(name[starts[w]]);
            const size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
            put(" ", 1);
            put(name.data() + starts[w], std::min(len, name.size() - starts[w]));
            put(".", 1);
        }
    }
    buf[n] = '\0';
}

}  // namespace card
