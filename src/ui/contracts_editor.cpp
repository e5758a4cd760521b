// The contract window of the Contracts tab (see contracts_tab.h): a modal that shows one
// contract in full, its terms wrapped for reading (View), and the form that changes it or
// enters a new one (Edit).
//
// The form works on ui.contracts.editor.input, a copy of the record with its dates and
// amount as typed; CheckContract (model/contracts.h) says what is wrong with it, and is
// rerun only when a field changed or the contracts changed underneath. A field's problem
// shows under it once the field has been typed in and left, or after a refused Save; Save
// writes the record with one store.contracts.Upsert, then closes the window and shows the
// saved row highlighted in the table.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "model/current_contract.h"
#include "platform/platform.h"
#include "ui/contracts_tab.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr int kTermsMinLines = 4, kTermsMaxLines = 12;  // the terms field's height in the form

Date Today() { return platform::Now().LocalDate(); }

std::string DateString(Date d) {
    char buf[32];
    FormatDate(d, buf, sizeof buf);
    return buf;
}

// Where the visible part of a "Label###id" ends.
const char* VisibleEnd(const char* label) {
    const char* hash = std::strstr(label, "##");
    return hash ? hash : label + std::strlen(label);
}

void Reset(ContractEditorUi& e) { e = ContractEditorUi{}; }

void Close(ContractEditorUi& e) {
    Reset(e);
    ImGui::CloseCurrentPopup();
}

void Touch(ContractEditorUi& e, ContractField f) {
    e.touched |= 1u << static_cast<unsigned>(f);
    e.dirty = true;
}

bool Touched(const ContractEditorUi& e, ContractField f) { return (e.touched >> static_cast<unsigned>(f)) & 1u; }

// Keeps `check` current with the typed fields and the store.
void Recheck(const Store& store, ContractEditorUi& e) {
    if (!e.dirty && e.checked_version == store.contracts.Version()) return;
    e.check = CheckContract(store, e.input);
    e.checked_version = store.contracts.Version();
    e.dirty = false;
}

void StartEditing(ContractEditorUi& e, const Contract& k) {
    e.input = InputOf(k, DateString);
    if (CurrentLanguage() == Lang::Ru)  // "412800,00", as a Russian user types it
        std::replace(e.input.amount.begin(), e.input.amount.end(), '.', ',');
    e.mode = ContractWindow::Edit;
    e.dirty = true;
    e.tried_save = false;
    e.touched = 0;
    e.focus_first = true;
    e.focus_field = ContractField::Number;
}

// ---- Labels

const char* KindLabel(ContractKind k) { return EnumLabel(k); }
const char* StatusLabel(ContractStatus s) { return EnumLabel(s); }

template <class E, class Label>
bool EnumCombo(const char* label, E& value, Label text_of) {
    bool changed = false;
    if (!BeginFindableCombo(label, text_of(value))) return false;
    for (size_t i = 0; i < EnumCount<E>(); ++i) {
        const E v = static_cast<E>(i);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(text_of(v), v == value) && v != value) {
            value = v;
            changed = true;
        }
        if (v == value) ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

// The message for a field's problem, in the current language.
void ProblemText(const ContractEditorUi& e, ContractField f, char* buf, size_t size) {
    buf[0] = '\0';
    const ContractReason r = e.check.reason(f);
    const std::string* typed = f == ContractField::SignedOn    ? &e.input.signed_on
                               : f == ContractField::ValidFrom ? &e.input.valid_from
                               : f == ContractField::ValidTo   ? &e.input.valid_to
                                                               : nullptr;
    char a[64], b[64];
    switch (r) {
        case ContractReason::Ok: break;
        case ContractReason::NumberRequired: std::snprintf(buf, size, "%s", Tr(Str::CtrNumberRequired)); break;
        case ContractReason::NumberTaken:
            if (const Contract* k = e.check.clash) {
                char validity[128];
                ContractValidityText(*k, validity, sizeof validity);
                std::snprintf(buf, size, Tr(Str::CtrNumberTaken), k->number.c_str(), StatusLabel(k->status), validity);
            }
            break;
        case ContractReason::DateFormat: std::snprintf(buf, size, Tr(Str::CtrDateFormat), Tr(Str::CtrDateExample)); break;
        case ContractReason::NoSuchDay: {
            std::string t = typed ? *typed : std::string();
            while (!t.empty() && t.back() == ' ') t.pop_back();
            while (!t.empty() && t.front() == ' ') t.erase(0, 1);
            std::snprintf(buf, size, Tr(Str::CtrNoSuchDay), t.c_str());
            break;
        }
        case ContractReason::EndBeforeStart:
            FormatDate(e.check.result.valid_to, a, sizeof a);
            FormatDate(e.check.result.valid_from, b, sizeof b);
            std::snprintf(buf, size, Tr(Str::CtrEndBeforeStart), a, b);
            break;
        case ContractReason::ActiveNeedsStart: std::snprintf(buf, size, "%s", Tr(Str::CtrActiveNeedsStart)); break;
        case ContractReason::AmountFormat: std::snprintf(buf, size, "%s", Tr(Str::CtrAmountFormat)); break;
        case ContractReason::AmountNegative: std::snprintf(buf, size, "%s", Tr(Str::CtrAmountNegative)); break;
        case ContractReason::CurrencyInvalid: std::snprintf(buf, size, "%s", Tr(Str::CtrCurrencyInvalid)); break;
    }
}

// Whether a problem is shown while its field is still being typed in: those that typing
// on cannot cure (a taken number, 31.02, an end before the start) at once; a half-typed date
// or currency only once it is as long as a whole one. Shown early, the message never
// appears at the moment the user clicks elsewhere, where it would push Save from under
// the mouse.
bool ShowWhileTyping(ContractReason r, const std::string* typed) {
    switch (r) {
        case ContractReason::NumberRequired: return false;
        case ContractReason::DateFormat: return typed && typed->size() >= 10;
        case ContractReason::CurrencyInvalid: return typed && typed->size() >= 3;
        default: return true;
    }
}

// The red reason under a field, once the user has had a go at it (or pressed Save).
void FieldProblem(const Store& store, ContractEditorUi& e, ContractField f, bool field_active, float wrap_w) {
    Recheck(store, e);  // the field may have changed this frame
    const ContractReason r = e.check.reason(f);
    if (r == ContractReason::Ok) return;
    const std::string* typed = f == ContractField::SignedOn    ? &e.input.signed_on
                               : f == ContractField::ValidFrom ? &e.input.valid_from
                               : f == ContractField::ValidTo   ? &e.input.valid_to
                               : f == ContractField::Currency  ? &e.input.currency
                                                               : nullptr;
    if (!e.tried_save && (!Touched(e, f) || (field_active && !ShowWhileTyping(r, typed)))) return;
    char msg[512];
    ProblemText(e, f, msg, sizeof msg);
    if (!msg[0]) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
    TextHint(msg);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void FocusIf(ContractEditorUi& e, ContractField f) {
    if (e.focus_first && e.focus_field == f) {
        ImGui::SetKeyboardFocusHere();
        e.focus_first = false;
    }
}

// [date field][buttons…] Label: the label follows the buttons, so the field is reported
// to automation under it by hand. Returns true when the text changed (typed or a button).
struct QuickDate {
    const char* label;  // button label
    const char* tip;    // "" = none
    Date value;         // what it sets; empty = clears the field
};
bool DateField(ContractEditorUi& e, ContractField f, const char* label, const char* hint, std::string& text,
               const QuickDate* quick, size_t quick_count, float field_w, bool& active) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float buttons_w = 0;
    for (size_t i = 0; i < quick_count; ++i)
        buttons_w += ImGui::CalcTextSize(quick[i].label, nullptr, true).x + style.FramePadding.x * 2 +
                     style.ItemInnerSpacing.x;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(std::max(em * 7, field_w - buttons_w));
    FocusIf(e, f);
    char id[64];
    std::snprintf(id, sizeof id, "##%s", std::strstr(label, "###") ? std::strstr(label, "###") + 3 : label);
    bool changed = InputStringWithHint(id, hint, text, ImGuiInputTextFlags_AutoSelectAll);
    ReportLastItem(label);
    active = ImGui::IsItemActive();
    for (size_t i = 0; i < quick_count; ++i) {
        ImGui::SameLine(0, style.ItemInnerSpacing.x);
        if (ImGui::Button(quick[i].label)) {
            text = DateString(quick[i].value);
            changed = true;
        }
        if (quick[i].tip[0]) ImGui::SetItemTooltip("%s", quick[i].tip);
    }
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::TextUnformatted(label, VisibleEnd(label));
    if (changed) Touch(e, f);
    return changed;
}

// Writes the form when it is valid; otherwise shows every problem and puts the keyboard
// into the first field that has one.
bool Commit(Store& store, UiState& ui, ContractEditorUi& e) {
    Recheck(store, e);
    if (!e.check.ok()) {
        e.tried_save = true;
        e.focus_first = true;
        e.focus_field = e.check.first_problem();
        return false;
    }
    Contract k = e.check.result;
    k.id = e.contract_id;
    k.client_id = e.client_id;
    const Contract* old = store.contracts.Find(k.id);
    k.extra_json = old ? old->extra_json : std::string();
    store.contracts.Upsert(std::move(k));
    if (e.close_renewed) {
        const Contract* renewed = store.contracts.Find(e.renew_id);
        if (renewed && renewed->status == ContractStatus::Active) {
            Contract closed = *renewed;
            closed.status = ContractStatus::Closed;
            store.contracts.Upsert(std::move(closed));
        }
    }
    // The table scrolls to the saved row and highlights it.
    ui.focus_contract_id = e.contract_id;
    Close(e);
    return true;
}

// ---- Edit

void DrawForm(const Store& store, ContractEditorUi& e) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    constexpr Str kLabels[] = {Str::CtrFKind,  Str::CtrFNumber, Str::CtrFTitle,  Str::CtrFSigned,   Str::CtrFFrom,
                               Str::CtrFTo,    Str::CtrFStatus, Str::CtrFAmount, Str::CtrFCurrency, Str::CtrFTerms};
    float label_w = 0;
    for (Str s : kLabels) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(s), nullptr, true).x);
    const float field_w = std::max(em * 12, ImGui::GetContentRegionAvail().x - label_w - style.ItemInnerSpacing.x);
    Contract& r = e.input.record;
    bool active = false;

    ImGui::PushItemWidth(field_w);
    if (EnumCombo(Tr(Str::CtrFKind), r.kind, KindLabel)) e.dirty = true;

    FocusIf(e, ContractField::Number);
    if (InputString(Tr(Str::CtrFNumber), r.number)) Touch(e, ContractField::Number);
    FieldProblem(store, e, ContractField::Number, ImGui::IsItemActive(), field_w);

    if (InputString(Tr(Str::CtrFTitle), r.title)) e.dirty = true;

    const Date today = Today();
    const QuickDate signed_quick[] = {{Tr(Str::CtrSignedToday), "", today}};
    DateField(e, ContractField::SignedOn, Tr(Str::CtrFSigned), Tr(Str::CtrDateHint), e.input.signed_on, signed_quick,
              1, field_w, active);
    FieldProblem(store, e, ContractField::SignedOn, active, field_w);

    const QuickDate from_quick[] = {{Tr(Str::CtrFromToday), "", today}};
    if (DateField(e, ContractField::ValidFrom, Tr(Str::CtrFFrom), Tr(Str::CtrDateHint), e.input.valid_from,
                  from_quick, 1, field_w, active))
        Touch(e, ContractField::ValidTo);  // the order of the two is shown under valid_to
    FieldProblem(store, e, ContractField::ValidFrom, active, field_w);

    // "+1 year" counts from the start as typed (from today while it does not parse).
    Date from = today;
    ParseDateText(e.input.valid_from, from);
    const QuickDate to_quick[] = {{Tr(Str::CtrToYear), Tr(Str::CtrToYearTip), YearAfter(from)},
                                  {Tr(Str::CtrToOpen), "", Date{}}};
    DateField(e, ContractField::ValidTo, Tr(Str::CtrFTo), Tr(Str::CtrToHint), e.input.valid_to, to_quick, 2, field_w,
              active);
    FieldProblem(store, e, ContractField::ValidTo, active, field_w);

    // Not an error, but the reason it would show as "expired, still marked active".
    if (e.check.ok() && e.check.result.status == ContractStatus::Active && !e.check.result.valid_to.empty() &&
        e.check.result.valid_to < today) {
        char date[32], msg[256];
        FormatDate(e.check.result.valid_to, date, sizeof date);
        std::snprintf(msg, sizeof msg, Tr(Str::CtrEndedWarning), date);
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field_w);
        TextHint(msg);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    if (EnumCombo(Tr(Str::CtrFStatus), r.status, StatusLabel)) {
        e.dirty = true;
        Touch(e, ContractField::ValidFrom);  // active needs a start: say so at once
    }
    if (r.status == ContractStatus::Draft) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field_w);
        DisabledHint(Tr(Str::CtrDraftHint));
        ImGui::PopTextWrapPos();
    }

    // Amount and currency on one line: [amount] [RUB] Amount.
    const float currency_w = ImGui::CalcTextSize("MMMM").x + style.FramePadding.x * 2;
    ImGui::SetNextItemWidth(std::max(em * 6, field_w - currency_w - style.ItemInnerSpacing.x));
    FocusIf(e, ContractField::Amount);
    if (InputStringWithHint("##ctr_f_amount", Tr(Str::CtrAmountHint), e.input.amount)) Touch(e, ContractField::Amount);
    ReportLastItem(Tr(Str::CtrFAmount));
    const bool amount_active = ImGui::IsItemActive();
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(currency_w);
    FocusIf(e, ContractField::Currency);
    if (InputString("##ctr_f_currency", e.input.currency, ImGuiInputTextFlags_CharsUppercase))
        Touch(e, ContractField::Currency);
    ReportLastItem(Tr(Str::CtrFCurrency));
    const bool currency_active = ImGui::IsItemActive();
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::TextUnformatted(Tr(Str::CtrFAmount), VisibleEnd(Tr(Str::CtrFAmount)));
    FieldProblem(store, e, ContractField::Amount, amount_active, field_w);
    FieldProblem(store, e, ContractField::Currency, currency_active, field_w);

    // As many lines as the screen leaves under the fields above, with room for the footer
    // (a message line or two and the buttons).
    const float line_h = ImGui::GetTextLineHeight();
    const float used = ImGui::GetCursorScreenPos().y - ImGui::GetWindowPos().y;
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * 2 +
                         style.WindowPadding.y * 2 + style.ItemSpacing.y * 2;
    const float room = ImGui::GetMainViewport()->WorkSize.y * 0.96f - used - footer - style.FramePadding.y * 2;
    const int lines = std::clamp(static_cast<int>(room / line_h), kTermsMinLines, kTermsMaxLines);
    const float terms_h = line_h * static_cast<float>(lines) + style.FramePadding.y * 2;
    if (InputStringMultiline(Tr(Str::CtrFTerms), r.terms, ImVec2(field_w, terms_h))) e.dirty = true;
    if (r.terms.empty()) {
        // A hint inside the empty field (multiline fields have none of their own).
        const ImVec2 min = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), Tr(Str::CtrTermsHint));
    }
    ImGui::PopItemWidth();

    // What Save would do to today's picture: a contract that is not in force now will be.
    const Contract* stored = store.contracts.Find(e.contract_id);
    if (e.check.ok() && InForce(e.check.result, Today()) && !(stored && InForce(*stored, Today()))) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kOkText);
        TextHint(ICON_CHECK " ");
        ImGui::SameLine(0, 0);
        TextHint(Tr(Str::CtrWillBeInForce));
        ImGui::PopStyleColor();
    }
}

// ---- View

void ViewRow(Str label, const char* value, bool grey = false) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", Tr(label));
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0);
    if (grey)
        DisabledHint(value);
    else
        TextHint(value);
    ImGui::PopTextWrapPos();
}

void DrawView(const Store& store, const Contract& k) {
    const Date today = Today();
    char line[512];
    const ContractStateLook look = ContractStateText(k, today, line, sizeof line);
    ImGui::PushStyleColor(ImGuiCol_Text, look.color);
    ImGui::TextUnformatted(look.icon);
    ImGui::SameLine();
    TextHint(line);
    ImGui::PopStyleColor();
    if (CurrentContract(store, k.client_id, today) == &k) {
        ImGui::SameLine();
        ImGui::TextColored(colors::kBusyText, ICON_STAR " %s", Tr(Str::CtrCurrent));
        ImGui::SetItemTooltip("%s", Tr(Str::CtrCurrentTip));
    }
    ImGui::Spacing();

    if (ImGui::BeginTable("##ctr_view", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("##l", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##v", ImGuiTableColumnFlags_WidthStretch);
        char buf[256];
        ViewRow(Str::CtrColKind, EnumLabel(k.kind));
        ViewRow(Str::CtrColNumber, k.number.c_str());
        if (!k.title.empty()) ViewRow(Str::CtrColTitle, k.title.c_str());
        FormatDate(k.signed_on, buf, sizeof buf);
        ViewRow(Str::CtrColSigned, k.signed_on.empty() ? Tr(Str::CtrNotSigned) : buf, k.signed_on.empty());
        ContractValidityText(k, buf, sizeof buf);
        ViewRow(Str::CtrColValidity, buf);
        ViewRow(Str::CtrColStatus, EnumLabel(k.status));
        if (k.has_amount) FormatMoney(k.amount, buf, sizeof buf);
        ViewRow(Str::CtrColAmount, k.has_amount ? buf : Tr(Str::CtrNoAmount), !k.has_amount);
        ImGui::EndTable();
    }

    const char* terms_label = Tr(Str::CtrFTerms);
    std::snprintf(line, sizeof line, "%.*s", static_cast<int>(VisibleEnd(terms_label) - terms_label),
                  terms_label);
    ImGui::SeparatorText(line);
    if (k.terms.empty()) {
        DisabledHint(Tr(Str::CtrNoTerms));
        return;
    }
    // The terms in full, wrapped; a long text scrolls inside its box.
    const float w = ImGui::GetContentRegionAvail().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float text_h = ImGui::CalcTextSize(k.terms.c_str(), nullptr, false, w - style.WindowPadding.x * 2 -
                                                                                  style.ScrollbarSize).y;
    const float max_h = ImGui::GetMainViewport()->WorkSize.y * 0.45f;
    const float h = std::min(text_h + style.WindowPadding.y * 2, max_h);
    if (ImGui::BeginChild("##ctr_terms", ImVec2(w, h), ImGuiChildFlags_Border)) {
        ImGui::PushTextWrapPos(0);
        TextHint(k.terms.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
}

}  // namespace

// ---- Shared texts

ContractStateLook ContractStateText(const Contract& k, Date today, char* buf, size_t size) {
    ContractStateLook look;
    look.color = ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
    char date[32];
    switch (StandingOn(k, today)) {
        case ContractStanding::InForce: {
            const int days = DaysLeft(k, today);
            if (days >= 0 && days <= kExpiringDays) {
                look.color = colors::kWarningText;
                look.icon = ICON_CLOCK;
                if (days == 0)
                    std::snprintf(buf, size, "%s", Tr(Str::CtrStExpiresToday));
                else
                    std::snprintf(buf, size,
                                  TrPlural(days, Str::CtrStExpiresOne, Str::CtrStExpiresFew, Str::CtrStExpiresMany),
                                  days);
            } else {
                look.color = colors::kOkText;
                look.icon = ICON_CHECK;
                std::snprintf(buf, size, "%s", Tr(Str::CtrStInForce));
            }
            break;
        }
        case ContractStanding::Expired:
            look.color = colors::kErrorText;
            look.icon = ICON_WARNING;
            look.alarm = true;
            std::snprintf(buf, size, "%s", Tr(Str::CtrStExpired));
            break;
        case ContractStanding::NotYetValid:
            look.color = colors::kBusyText;
            look.icon = ICON_CALENDAR;
            FormatDate(k.valid_from, date, sizeof date);
            std::snprintf(buf, size, Tr(Str::CtrStNotYet), date);
            break;
        case ContractStanding::Draft:
            look.greyed = true;
            look.icon = ICON_PENCIL;
            std::snprintf(buf, size, "%s", Tr(Str::CtrStDraft));
            break;
        case ContractStanding::Suspended:
            look.greyed = true;
            look.icon = ICON_BAN;
            std::snprintf(buf, size, "%s", Tr(Str::CtrStSuspended));
            break;
        case ContractStanding::Closed:
            look.greyed = true;
            look.icon = ICON_TIMES;
            std::snprintf(buf, size, "%s", Tr(Str::CtrStClosed));
            break;
    }
    return look;
}

void ContractValidityText(const Contract& k, char* buf, size_t size) {
    char from[32], to[32];
    FormatDate(k.valid_from, from, sizeof from);
    FormatDate(k.valid_to, to, sizeof to);
    if (!k.valid_from.empty() && !k.valid_to.empty())
        std::snprintf(buf, size, Tr(Str::CtrValidFromTo), from, to);
    else if (!k.valid_from.empty())
        std::snprintf(buf, size, Tr(Str::CtrValidOpen), from);
    else if (!k.valid_to.empty())
        std::snprintf(buf, size, Tr(Str::CtrValidUntil), to);
    else
        std::snprintf(buf, size, "%s", Tr(Str::CtrValidAny));
}

// ---- Opening

void OpenContractWindow(UiState& ui, const Contract& k) {
    ContractEditorUi& e = ui.contracts.editor;
    Reset(e);
    e.mode = ContractWindow::View;
    e.open_requested = true;
    e.client_id = k.client_id;
    e.contract_id = k.id;
}

void StartNewContract(const Store& store, UiState& ui, const Client& c, const Contract* renew) {
    (void)store;
    ContractEditorUi& e = ui.contracts.editor;
    Reset(e);
    e.open_requested = true;
    e.is_new = true;
    e.client_id = c.id;
    e.contract_id = NewId();
    Contract k;
    k.id = e.contract_id;
    k.client_id = c.id;
    k.kind = ContractKind::Contract;
    k.status = ContractStatus::Draft;  // in force only once it is made active (signed)
    k.valid_from = Today();
    if (renew) {
        k.kind = renew->kind;
        k.title = renew->title;
        k.terms = renew->terms;
        k.has_amount = renew->has_amount;
        k.amount = renew->amount;
        if (!renew->valid_to.empty()) k.valid_from = Date{renew->valid_to.days + 1};
        e.renew_number = renew->number;
        e.renew_id = renew->id;
        // An expired contract still marked active is what the renewal replaces: close it.
        e.close_renewed = StandingOn(*renew, Today()) == ContractStanding::Expired;
    }
    k.valid_to = YearAfter(k.valid_from);
    StartEditing(e, k);
}

// ---- The window

void DrawContractWindow(Store& store, UiState& ui, const Client& c, bool read_only) {
    ContractEditorUi& e = ui.contracts.editor;
    if (e.mode == ContractWindow::Closed) return;
    const Contract* stored = store.contracts.Find(e.contract_id);
    // Another card, or the contract went away (removed, an import): nothing to show.
    if (e.client_id != c.id || (!e.is_new && !stored)) {
        Reset(e);
        return;
    }
    if (read_only && e.mode == ContractWindow::Edit) {
        if (e.is_new) {
            Reset(e);
            return;
        }
        e.mode = ContractWindow::View;
    }

    char title[512];
    if (e.is_new && !e.renew_number.empty())
        std::snprintf(title, sizeof title, Tr(Str::CtrRenewTitle), e.renew_number.c_str(), c.name.c_str());
    else if (e.is_new)
        std::snprintf(title, sizeof title, Tr(Str::CtrNewTitle), c.name.c_str());
    else
        std::snprintf(title, sizeof title, Tr(Str::CtrWindowTitle), EnumLabel(stored->kind), stored->number.c_str(),
                      c.name.c_str());
    std::strncat(title, "###ctr_window", sizeof title - std::strlen(title) - 1);
    if (e.open_requested) {
        ImGui::OpenPopup("###ctr_window");
        e.open_requested = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    const float width = std::min(em * 44, vp->WorkSize.x * 0.96f);
    // Centred every frame: the window grows with the problems shown and with Edit.
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.96f));
    bool keep = true;
    if (!ImGui::BeginPopupModal(title, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        Reset(e);  // closed from outside
        return;
    }
    if (!keep) {
        Close(e);
        ImGui::EndPopup();
        return;
    }
    if (read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(Tr(Str::CtrReadOnly));
        ImGui::PopStyleColor();
    }

    if (e.mode == ContractWindow::View) {
        DrawView(store, *stored);
        ImGui::Separator();
        if (!read_only) {
            if (IconTextButton(ICON_PENCIL, Tr(Str::CtrEdit))) StartEditing(e, *stored);
            ImGui::SameLine();
        }
        if (ImGui::Button(Tr(Str::CtrCloseWindow))) Close(e);
        ImGui::EndPopup();
        return;
    }

    Recheck(store, e);
    DrawForm(store, e);
    Recheck(store, e);
    if (e.is_new && !e.renew_id.empty()) {
        const Contract* renewed = store.contracts.Find(e.renew_id);
        if (renewed && StandingOn(*renewed, Today()) == ContractStanding::Expired) {
            char label[256];
            std::snprintf(label, sizeof label, Tr(Str::CtrCloseRenewed), renewed->number.c_str());
            ImGui::Checkbox(label, &e.close_renewed);
        } else {
            e.close_renewed = false;
        }
    }
    ImGui::Separator();
    if (e.tried_save && !e.check.ok()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        TextHint(Tr(Str::CtrNotSaved));
        ImGui::PopStyleColor();
    }
    if (ImGui::Button(Tr(Str::CtrSave))) {
        if (Commit(store, ui, e)) {
            ImGui::EndPopup();
            return;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::CtrCancel))) Close(e);
    ImGui::EndPopup();
}

}  // namespace card
