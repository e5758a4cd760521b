// The interest editor, the "close as won / lost" dialog and the commands that change an
// interest (see interests_ui.h).
//
// The editor works on a copy (ui.interests.editor.draft) plus the texts of the typed
// fields; Save checks them (title required, amount exact to kopecks, currency code,
// probability 0..100, real dates, close-by not before opened) and writes the copy with one
// store.interests.Upsert. Closing goes through its own small dialog because a lost deal
// needs a reason.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/activity_editor.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/interests_ui.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {
namespace {

void Problem(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
    TextHint(text);
    ImGui::PopStyleColor();
}

// The probability as typed: a whole number 0..100 (spaces around allowed). Empty is 0.
bool ParseProbability(const std::string& text, int64_t& out) {
    const std::string t = Trimmed(text);
    if (t.empty()) {
        out = 0;
        return true;
    }
    if (t.size() > 3) return false;
    int64_t v = 0;
    for (char ch : t) {
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + (ch - '0');
    }
    if (v > 100) return false;
    out = v;
    return true;
}

std::string FormatDay(Date d) {
    char buf[32];
    FormatDate(d, buf, sizeof buf);
    return buf;
}

const char* StateLabel(InterestState s) { return EnumLabel(s); }

// Upserts a changed copy of the interest.
void Write(Store& store, Interest rec) { store.interests.Upsert(std::move(rec)); }

// ---- The editor

struct Checked {
    bool title = false, amount = false, currency = false, probability = false, opened = false, close = false,
         order = true;
    int64_t minor = 0, prob = 0;
    Date opened_on, close_on;
    DayText opened_state = DayText::Empty, close_state = DayText::Empty;
    bool Ok() const { return title && amount && currency && probability && opened && close && order; }
};

Checked Check(const InterestEditorUi& e) {
    Checked c;
    c.title = !Trimmed(e.draft.title).empty();
    const std::string amount = Trimmed(e.amount_text);
    if (amount.empty()) {
        c.amount = true;
    } else if (auto m = Money::MinorFromText(amount)) {
        c.amount = *m >= 0;
        c.minor = *m;
    }
    c.currency = Money::IsCurrencyCode(e.draft.expected_revenue.currency);
    c.probability = ParseProbability(e.probability_text, c.prob);
    c.opened_state = ParseDayText(e.opened_text, c.opened_on);
    c.close_state = ParseDayText(e.close_text, c.close_on);
    c.opened = c.opened_state == DayText::Ok || c.opened_state == DayText::Empty;
    c.close = c.close_state == DayText::Ok || c.close_state == DayText::Empty;
    if (c.opened_state == DayText::Ok && c.close_state == DayText::Ok) c.order = !(c.close_on < c.opened_on);
    return c;
}

void CloseEditor(InterestEditorUi& e) {
    e = InterestEditorUi{};
    ImGui::CloseCurrentPopup();
}

// Labels are right of the fields, as ImGui draws them; the fields share one width.
void DrawEditorForm(const Store& store, UiState& ui, const Client& c, const Checked& ck, bool read_only) {
    InterestEditorUi& e = ui.interests.editor;
    Interest& d = e.draft;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    constexpr Str kLabels[] = {Str::IntFieldTitle, Str::IntFieldProject, Str::IntFieldResponsible,
                               Str::IntFieldState, Str::IntFieldAmount,  Str::IntFieldProbability,
                               Str::IntFieldOpened, Str::IntFieldCloseOn, Str::IntFieldNotes};
    float label_w = 0;
    for (Str s : kLabels) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(s), nullptr, true).x);
    const float field_w = std::max(em * 10, ImGui::GetContentRegionAvail().x - label_w - style.ItemInnerSpacing.x);
    const bool show_all = e.tried_save;
    ImGui::PushItemWidth(field_w);

    if (e.focus_title && !read_only) {
        ImGui::SetKeyboardFocusHere();
        e.focus_title = false;
    }
    InputString(Tr(Str::IntFieldTitle), d.title);
    if (!ck.title && show_all) Problem(Tr(Str::IntTitleRequired));

    InputString(Tr(Str::IntFieldProject), d.project);
    // The client's other projects as one-click suggestions (the cache holds them sorted).
    const auto& projects = ui.interests.cache.projects;
    bool any_other = false;
    for (const std::string& p : projects) any_other |= p != d.project;
    if (any_other && !read_only) {
        ImGui::TextDisabled("%s", Tr(Str::IntProjectsUsed));
        int shown = 0;
        for (size_t i = 0; i < projects.size() && shown < 6; ++i) {
            if (projects[i] == d.project) continue;
            ImGui::PushID(static_cast<int>(i));
            SameLineIfFits(ImGui::CalcTextSize(projects[i].c_str()).x + style.FramePadding.x * 2);
            if (ImGui::SmallButton(projects[i].c_str())) d.project = projects[i];
            ImGui::PopID();
            ++shown;
        }
    }

    // Responsible: any employee (the directory is small); "(none)" first.
    {
        const Employee* cur = d.responsible_id.empty() ? nullptr : store.employees.Find(d.responsible_id);
        const char* preview = cur ? cur->name.c_str() : Tr(Str::IntNoneChoice);
        if (BeginFindableCombo(Tr(Str::IntFieldResponsible), preview)) {
            if (ImGui::Selectable(Tr(Str::IntNoneChoice), d.responsible_id.empty())) d.responsible_id.clear();
            const auto& all = store.employees.All();
            for (size_t i = 0; i < all.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                const bool sel = all[i].id == d.responsible_id;
                if (ImGui::Selectable(all[i].name.c_str(), sel)) d.responsible_id = all[i].id;
                if (sel) ImGui::SetItemDefaultFocus();
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
    }

    // State: the open states here; won and lost go through their dialog (a reason), but an
    // interest already closed shows its state.
    if (BeginFindableCombo(Tr(Str::IntFieldState), StateLabel(d.state))) {
        for (size_t i = 0; i < kInterestStateCount; ++i) {
            const auto s = static_cast<InterestState>(i);
            if (IsClosed(s) && s != d.state) continue;
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(StateLabel(s), s == d.state) && s != d.state) {
                // The probability follows the state while it is the old state's usual value.
                int64_t prob = 0;
                if (!e.probability_typed ||
                    (ParseProbability(e.probability_text, prob) && prob == DefaultProbability(d.state)))
                    e.probability_text = std::to_string(DefaultProbability(s));
                if (IsClosed(d.state)) d.close_reason.clear();
                d.state = s;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (IsClosed(d.state)) {
        InputString(Tr(Str::IntFieldReason), d.close_reason);
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field_w + label_w);
        DisabledHint(Tr(Str::IntClosedNote));
        ImGui::PopTextWrapPos();
    }

    // Amount and currency on one line: [amount][RUB] Expected revenue.
    const float cur_w = ImGui::CalcTextSize("WWWW").x + style.FramePadding.x * 2;
    ImGui::SetNextItemWidth(std::max(em * 6, field_w - cur_w - style.ItemInnerSpacing.x));
    InputStringWithHint("##int_e_amount_field", "0,00", e.amount_text);
    ReportLastItem(Tr(Str::IntFieldAmount));
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(cur_w);
    if (InputString("##int_e_currency_field", d.expected_revenue.currency, ImGuiInputTextFlags_CharsUppercase)) {
        if (d.expected_revenue.currency.size() > 3) d.expected_revenue.currency.resize(3);
    }
    ReportLastItem(Tr(Str::IntFieldCurrency));
    ImGui::SameLine(0, style.ItemInnerSpacing.x);
    {
        const char* label = Tr(Str::IntFieldAmount);
        ImGui::TextUnformatted(label, std::strstr(label, "###"));
    }
    if (!ck.amount) Problem(Tr(Str::IntAmountInvalid));
    if (!ck.currency) Problem(Tr(Str::IntCurrencyInvalid));

    ImGui::SetNextItemWidth(std::min(field_w, em * 5));
    if (InputString(Tr(Str::IntFieldProbability), e.probability_text, ImGuiInputTextFlags_CharsDecimal))
        e.probability_typed = true;
    if (!ck.probability) {
        Problem(Tr(Str::IntProbabilityInvalid));
    } else if (ck.prob != DefaultProbability(d.state) && !IsClosed(d.state)) {
        char line[128];
        std::snprintf(line, sizeof line, Tr(Str::IntUsualProbabilityFmt),
                      static_cast<int>(DefaultProbability(d.state)));
        ImGui::TextDisabled("%s", line);
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr(Str::IntUseProbability))) {
            e.probability_text = std::to_string(DefaultProbability(d.state));
            e.probability_typed = false;
        }
    }

    char msg[256];
    ImGui::SetNextItemWidth(std::min(field_w, em * 9));
    InputStringWithHint(Tr(Str::IntFieldOpened), Tr(Str::IntDateHint), e.opened_text);
    if (!ck.opened) Problem(DayTextMessage(ck.opened_state, e.opened_text, msg, sizeof msg));
    ImGui::SetNextItemWidth(std::min(field_w, em * 9));
    InputStringWithHint(Tr(Str::IntFieldCloseOn), Tr(Str::IntDateHint), e.close_text);
    if (!ck.close) Problem(DayTextMessage(ck.close_state, e.close_text, msg, sizeof msg));
    if (!ck.order) Problem(Tr(Str::IntCloseBeforeOpened));

    InputStringMultiline(Tr(Str::IntFieldNotes), d.notes,
                         ImVec2(field_w, ImGui::GetTextLineHeight() * 4 + style.FramePadding.y * 2));
    ImGui::PopItemWidth();
    (void)c;
}

void SaveEditor(Store& store, UiState& ui, const Checked& ck) {
    InterestEditorUi& e = ui.interests.editor;
    Interest rec = e.draft;
    if (e.is_new) rec.id = NewId();
    rec.client_id = e.client_id;
    rec.title = Trimmed(rec.title);
    rec.project = Trimmed(rec.project);
    rec.close_reason = IsClosed(rec.state) ? Trimmed(rec.close_reason) : std::string();
    rec.expected_revenue.minor = ck.minor;
    rec.probability = ck.prob;
    rec.opened_on = ck.opened_state == DayText::Ok ? ck.opened_on : Date{};
    rec.close_on = ck.close_state == DayText::Ok ? ck.close_on : Date{};
    ui.interests.selected_id = rec.id;
    ui.interests.scroll_to_id = rec.id;
    const Interest* old = store.interests.Find(rec.id);
    if (!old || !(old->title == rec.title && old->project == rec.project && old->responsible_id == rec.responsible_id &&
                  old->state == rec.state && old->expected_revenue == rec.expected_revenue &&
                  old->probability == rec.probability && old->opened_on == rec.opened_on &&
                  old->close_on == rec.close_on && old->notes == rec.notes && old->close_reason == rec.close_reason))
        Write(store, std::move(rec));
}

}  // namespace

// ---- Shared helpers

ImU32 InterestStateColor(InterestState s) {
    switch (s) {
        case InterestState::New: return IM_COL32(214, 222, 235, 255);
        case InterestState::Qualification: return IM_COL32(190, 214, 245, 255);
        case InterestState::Proposal: return IM_COL32(140, 184, 240, 255);
        case InterestState::Negotiation: return IM_COL32(250, 200, 110, 255);
        case InterestState::Won: return IM_COL32(120, 196, 130, 255);
        case InterestState::Lost: return IM_COL32(200, 200, 200, 255);
    }
    return IM_COL32(200, 200, 200, 255);
}

Date InterestsToday() { return platform::Now().LocalDate(); }

const char* DayTextMessage(DayText state, const std::string& text, char* buf, size_t size) {
    if (size == 0) return "";
    buf[0] = '\0';
    const std::string t = Trimmed(text);
    if (state == DayText::BadFormat)
        std::snprintf(buf, size, Tr(Str::IntDateBadFormatFmt), t.c_str());
    else if (state == DayText::NoSuchDay)
        std::snprintf(buf, size, Tr(Str::IntDateNoSuchDayFmt), t.c_str());
    return buf;
}

void MoveInterest(Store& store, const Interest& r, InterestState to) {
    if (IsClosed(to) || r.state == to) return;
    Interest rec = r;
    if (IsClosed(r.state) || r.probability == DefaultProbability(r.state)) rec.probability = DefaultProbability(to);
    rec.state = to;
    rec.close_reason.clear();
    Write(store, std::move(rec));
}

void ReopenInterest(Store& store, const Interest& r) {
    if (!IsClosed(r.state)) return;
    MoveInterest(store, r, InterestState::Negotiation);
}

void RemoveInterest(Store& store, InterestsUi& s, const std::string& id) {
    const Interest* r = store.interests.Find(id);
    if (!r) return;
    s.removed = *r;
    s.has_undo = true;
    s.unlinked.clear();
    // Activities linked to it keep their history but lose the link: a reference to a removed
    // interest would make the export refuse to import (FORMAT.md, references).
    std::vector<uint32_t> linked;
    for (uint32_t pos : store.interactions.OwnedBy(s.removed.client_id))
        if (store.interactions[pos].interest_id == id) linked.push_back(pos);
    std::vector<Interaction> changed;
    changed.reserve(linked.size());
    for (uint32_t pos : linked) changed.push_back(store.interactions[pos]);
    for (Interaction& x : changed) {
        s.unlinked.push_back(x.id);
        x.interest_id.clear();
        store.interactions.Upsert(std::move(x));
    }
    if (s.selected_id == id) s.selected_id.clear();
    if (s.editor.open && s.editor.draft.id == id) s.editor = InterestEditorUi{};
    store.interests.Remove(id);
}

void UndoRemoveInterest(Store& store, InterestsUi& s) {
    s.has_undo = false;
    Interest rec = std::move(s.removed);
    s.removed = Interest{};
    if (rec.id.empty() || store.interests.Contains(rec.id) || !store.clients.Contains(rec.client_id)) return;
    const std::string id = rec.id;
    store.interests.Upsert(std::move(rec));
    for (const std::string& xid : s.unlinked)
        if (const Interaction* x = store.interactions.Find(xid); x && x->interest_id.empty()) {
            Interaction copy = *x;
            copy.interest_id = id;
            store.interactions.Upsert(std::move(copy));
        }
    s.unlinked.clear();
    s.selected_id = id;
    s.scroll_to_id = id;
}

void PlanNextActivity(const Store& store, UiState& ui, const Client& c, const Interest& r) {
    StartNewActivityFor(store, ui, c, r);
}

// ---- Editor

void OpenInterestEditor(const Store& store, UiState& ui, const Client& c, const Interest* existing) {
    InterestEditorUi& e = ui.interests.editor;
    e = InterestEditorUi{};
    e.open = true;
    e.open_requested = true;
    e.is_new = existing == nullptr;
    e.client_id = c.id;
    e.focus_title = true;
    if (existing) {
        e.draft = *existing;
        if (existing->expected_revenue.minor != 0) e.amount_text = existing->expected_revenue.AmountText();
        e.probability_text = std::to_string(existing->probability);
        e.probability_typed = existing->probability != DefaultProbability(existing->state);
        e.opened_text = FormatDay(existing->opened_on);
        e.close_text = FormatDay(existing->close_on);
    } else {
        Interest& d = e.draft;
        d.client_id = c.id;
        d.state = InterestState::New;
        d.probability = DefaultProbability(d.state);
        d.opened_on = InterestsToday();
        // The current user leads a deal they open; else the client's sales, then account manager.
        const std::string& me = CurrentUserId(ui);
        if (!me.empty() && store.employees.Contains(me)) {
            d.responsible_id = me;
        } else {
            for (ResponsibleRole role : {ResponsibleRole::SalesManager, ResponsibleRole::AccountManager}) {
                for (const Responsible& resp : c.responsibles)
                    if (resp.role == role && store.employees.Contains(resp.employee_id)) {
                        d.responsible_id = resp.employee_id;
                        break;
                    }
                if (!d.responsible_id.empty()) break;
            }
        }
        // The filter's project, when one is chosen: the new deal belongs where the user looks.
        if (!ui.interests.filter.any_project) d.project = ui.interests.filter.project;
        e.probability_text = std::to_string(d.probability);
        e.opened_text = FormatDay(d.opened_on);
    }
}

void DrawInterestEditor(Store& store, UiState& ui, const Client& c, bool read_only) {
    InterestEditorUi& e = ui.interests.editor;
    if (!e.open) return;
    char title[512];
    std::snprintf(title, sizeof title, ICON_BRIEFCASE " %s \xE2\x80\x94 %s###int_editor",
                  Tr(e.is_new ? Str::IntEditorNew : Str::IntEditorEdit), c.name.c_str());
    if (e.open_requested) {
        ImGui::OpenPopup("###int_editor");
        e.open_requested = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    const float width = std::min(em * 36, vp->WorkSize.x * 0.96f);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.94f));
    bool keep = true;
    if (!ImGui::BeginPopupModal(title, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        e = InterestEditorUi{};
        return;
    }
    if (!keep || e.client_id != c.id || (!e.is_new && !store.interests.Contains(e.draft.id))) {
        CloseEditor(e);
        ImGui::EndPopup();
        return;
    }
    if (read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(Tr(Str::IntReadOnly));
        ImGui::PopStyleColor();
    }
    const Checked ck = Check(e);
    ImGui::BeginDisabled(read_only);
    DrawEditorForm(store, ui, c, ck, read_only);
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::BeginDisabled(read_only);
    if (ImGui::Button(Tr(Str::IntSave)) && !read_only) {
        e.tried_save = true;
        if (ck.Ok()) {
            SaveEditor(store, ui, ck);
            CloseEditor(e);
            ImGui::EndDisabled();
            ImGui::EndPopup();
            return;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::IntCancel))) CloseEditor(e);
    ImGui::EndPopup();
}

// ---- Close dialog

void OpenCloseDialog(UiState& ui, const Interest& r, InterestState target) {
    CloseDialogUi& d = ui.interests.close;
    d = CloseDialogUi{};
    d.open = true;
    d.open_requested = true;
    d.interest_id = r.id;
    d.target = target;
    d.reason = r.state == target ? r.close_reason : std::string();
    d.focus = true;
    d.date_text = FormatDay(InterestsToday());
}

void DrawCloseDialog(Store& store, UiState& ui, const Client& c, bool read_only) {
    CloseDialogUi& d = ui.interests.close;
    if (!d.open) return;
    const bool lost = d.target == InterestState::Lost;
    char title[512];
    std::snprintf(title, sizeof title, "%s %s###int_close", lost ? ICON_TIMES : ICON_CHECK,
                  Tr(lost ? Str::IntCloseLostTitle : Str::IntCloseWonTitle));
    if (d.open_requested) {
        ImGui::OpenPopup("###int_close");
        d.open_requested = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    const float width = std::min(em * 30, vp->WorkSize.x * 0.96f);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.9f));
    bool keep = true;
    if (!ImGui::BeginPopupModal(title, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        d = CloseDialogUi{};
        return;
    }
    const Interest* r = store.interests.Find(d.interest_id);
    if (!keep || !r || r->client_id != c.id) {
        d = CloseDialogUi{};
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(r->title.empty() ? Tr(Str::IntNoneChoice) : r->title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const float field_w = ImGui::GetContentRegionAvail().x;
    if (d.focus && !read_only) {
        ImGui::SetKeyboardFocusHere();
        d.focus = false;
    }
    ImGui::BeginDisabled(read_only);
    // The reason: the label above the field (the field takes the dialog's width).
    {
        const char* label = Tr(Str::IntCloseReason);
        ImGui::TextUnformatted(label, std::strstr(label, "###"));
    }
    ImGui::SetNextItemWidth(field_w);
    InputStringWithHint("##int_c_reason_field", Tr(lost ? Str::IntReasonHintLost : Str::IntReasonHintWon), d.reason);
    ReportLastItem(Tr(Str::IntCloseReason));
    const std::string reason = Trimmed(d.reason);
    const bool reason_ok = !lost || !reason.empty();
    if (!reason_ok && d.tried) Problem(Tr(Str::IntReasonRequired));

    Date day;
    const DayText ds = ParseDayText(d.date_text, day);
    ImGui::SetNextItemWidth(em * 9);
    InputStringWithHint(Tr(Str::IntCloseOn), Tr(Str::IntDateHint), d.date_text);
    const bool date_ok = ds == DayText::Ok || ds == DayText::Empty;
    char msg[256];
    if (!date_ok) Problem(DayTextMessage(ds, d.date_text, msg, sizeof msg));
    DisabledHint(Tr(lost ? Str::IntCloseProbLost : Str::IntCloseProbWon));
    ImGui::EndDisabled();
    ImGui::Separator();
    ImGui::BeginDisabled(read_only);
    if (ImGui::Button(Tr(Str::IntCloseConfirm)) && !read_only) {
        d.tried = true;
        if (reason_ok && date_ok) {
            Interest rec = *r;
            rec.state = d.target;
            rec.close_reason = reason;
            rec.probability = lost ? 0 : 100;
            if (ds == DayText::Ok) rec.close_on = day;
            ui.interests.selected_id = rec.id;
            Write(store, std::move(rec));
            d = CloseDialogUi{};
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::IntCloseCancel))) {
        d = CloseDialogUi{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace card
