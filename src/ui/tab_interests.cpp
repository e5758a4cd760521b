// The Interests tab (deals): a command bar acting on the selected row (as in 1C), the filter
// bar (responsible, project, states, period with typed dates and quick choices), the totals
// of what is shown and the pipeline chart, then the sortable table with each interest's
// next activity. Dialogs: the interest editor, "close as won / lost" and the activity
// editor for "Plan next activity" (interests_editor.cpp, activity_editor.cpp).
//
// Nothing is sorted or filtered per frame: the rows, their next activities (one pass over
// the client's interactions), the totals and the pipeline live in ui.interests.cache and are
// rebuilt when the client, a collection's Version(), the filter or the sort changes.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"  // FindRenderedTextEnd, the test-engine hook of a combo
#include "platform/platform.h"
#include "ui/activity_editor.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/interests_ui.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr int kColumnCount = 8;

// ---- State and cache

// Another client: its dialogs, selection and undo go; the view settings stay, but the
// project filter belongs to the client.
void FollowClient(InterestsUi& s, const Client& c) {
    if (s.client_id == c.id) return;
    s.client_id = c.id;
    s.selected_id.clear();
    s.menu_id.clear();
    s.scroll_to_id.clear();
    s.editor = InterestEditorUi{};
    s.close = CloseDialogUi{};
    s.has_undo = false;
    s.removed = Interest{};
    s.unlinked.clear();
    if (!s.filter.any_project) {
        s.filter.any_project = true;
        s.filter.project.clear();
        ++s.filter_revision;
    }
}

void Rebuild(const Store& store, InterestsUi& s, const Client& c) {
    InterestsCache& k = s.cache;
    const bool client_changed = k.client_id != c.id || k.interests_data != store.interests.All().data();
    if (client_changed || k.interactions_version != store.interactions.Version()) {
        BuildNextActivities(store, c.id, k.next);
        ++k.next_built;
    }
    k.client_id = c.id;
    k.interests_data = store.interests.All().data();
    k.interests_version = store.interests.Version();
    k.interactions_version = store.interactions.Version();
    k.employees_version = store.employees.Version();
    k.filter_revision = s.filter_revision;
    k.sort_column = s.sort_column;
    k.sort_descending = s.sort_descending;
    ++k.built;

    const auto& owned = store.interests.OwnedBy(c.id);
    const auto& all = store.interests.All();
    k.total = owned.size();
    k.rows.clear();
    k.projects.clear();
    k.responsibles.clear();
    k.has_unassigned = false;
    for (uint32_t pos : owned) {
        const Interest& r = all[pos];
        if (!r.project.empty()) k.projects.push_back(r.project);
        if (r.responsible_id.empty()) k.has_unassigned = true;
        if (Matches(r, s.filter)) k.rows.push_back(pos);
    }
    std::sort(k.projects.begin(), k.projects.end());
    k.projects.erase(std::unique(k.projects.begin(), k.projects.end()), k.projects.end());
    // The employees who lead this client's deals, by name (the responsible filter's list).
    const auto& emps = store.employees.All();
    for (uint32_t pos : owned) {
        const Employee* e = all[pos].responsible_id.empty() ? nullptr : store.employees.Find(all[pos].responsible_id);
        if (!e) continue;
        const auto epos = static_cast<uint32_t>(e - emps.data());
        if (std::find(k.responsibles.begin(), k.responsibles.end(), epos) == k.responsibles.end())
            k.responsibles.push_back(epos);
    }
    std::sort(k.responsibles.begin(), k.responsibles.end(),
              [&](uint32_t a, uint32_t b) { return emps[a].name < emps[b].name; });
    SortInterests(store, k.next, s.sort_column, s.sort_descending, k.rows);
    TotalsByCurrency(store, k.rows, k.totals);
    BuildPipeline(store, k.rows, k.pipeline);
}

void EnsureCache(const Store& store, InterestsUi& s, const Client& c) {
    const InterestsCache& k = s.cache;
    if (k.client_id != c.id || k.interests_data != store.interests.All().data() ||
        k.interests_version != store.interests.Version() || k.interactions_version != store.interactions.Version() ||
        k.employees_version != store.employees.Version() || k.filter_revision != s.filter_revision ||
        k.sort_column != s.sort_column || k.sort_descending != s.sort_descending)
        Rebuild(store, s, c);
}

// ---- Small widgets

// Moves the cursor so that `text` ends at the cell's right edge; never left of the cell
// (the fixed column then grows to fit it instead of clipping its start).
void RightAlign(const char* text) {
    const float spare = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text).x;
    if (spare > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + spare);
}

// A rounded chip with the state's name in its colour; a click opens `popup`.
bool StateChip(InterestState st, const char* id) {
    const char* text = EnumLabel(st);
    const float pad = ImGui::GetFontSize() * 0.45f;
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, ImVec2(size.x + pad * 2, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = InterestStateColor(st);
    if (ImGui::IsItemHovered()) bg = ImGui::GetColorU32(ImGuiCol_ButtonHovered);
    dl->AddRectFilled(p, ImVec2(p.x + size.x + pad * 2, p.y + h), bg, h * 0.5f);
    dl->AddText(ImVec2(p.x + pad, p.y), ImGui::GetColorU32(ImGuiCol_Text), text);
    return pressed;
}

void ShortName(const Store& store, const std::string& id, char* buf, size_t size) {
    buf[0] = '\0';
    if (id.empty()) return;
    if (const Employee* e = store.employees.Find(id)) ShortPersonName(e->name, buf, size);
}

// The "move to" items (open states, then won / lost through their dialog, reopen).
void MoveItems(Store& store, UiState& ui, const Interest& r) {
    for (size_t i = 0; i < 4; ++i) {  // new .. negotiation
        const auto st = static_cast<InterestState>(i);
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::MenuItem(EnumLabel(st), nullptr, r.state == st, r.state != st)) MoveInterest(store, r, st);
        ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(Tr(Str::IntCloseWon), nullptr, r.state == InterestState::Won))
        OpenCloseDialog(ui, r, InterestState::Won);
    if (ImGui::MenuItem(Tr(Str::IntCloseLost), nullptr, r.state == InterestState::Lost))
        OpenCloseDialog(ui, r, InterestState::Lost);
}

// ---- Command bar

void DrawCommandBar(Store& store, UiState& ui, const Client& c, bool read_only) {
    InterestsUi& s = ui.interests;
    const Interest* sel = s.selected_id.empty() ? nullptr : store.interests.Find(s.selected_id);
    if (sel && sel->client_id != c.id) sel = nullptr;
    const ImGuiStyle& style = ImGui::GetStyle();
    auto width = [&](const char* icon, const char* label) {
        return style.FramePadding.x * 2 + ImGui::CalcTextSize(icon).x + style.ItemInnerSpacing.x +
               ImGui::CalcTextSize(label, nullptr, true).x;
    };
    ImGui::BeginDisabled(read_only);
    if (IconTextButton(ICON_PLUS, Tr(Str::IntNew))) OpenInterestEditor(store, ui, c, nullptr);
    ImGui::EndDisabled();

    ImGui::BeginDisabled(read_only || !sel);
    SameLineIfFits(width(ICON_PENCIL, Tr(Str::IntEdit)) + style.ItemSpacing.x);
    if (IconTextButton(ICON_PENCIL, Tr(Str::IntEdit)) && sel) OpenInterestEditor(store, ui, c, sel);
    SameLineIfFits(width(ICON_CALENDAR, Tr(Str::IntPlan)));
    if (IconTextButton(ICON_CALENDAR, Tr(Str::IntPlan)) && sel) PlanNextActivity(store, ui, c, *sel);
    SameLineIfFits(ImGui::CalcTextSize(Tr(Str::IntMoveTo), nullptr, true).x + style.FramePadding.x * 2 +
                   ImGui::GetFrameHeight());
    if (ImGui::Button(Tr(Str::IntMoveTo)) && sel) ImGui::OpenPopup("##int_move_bar");
    if (sel && ImGui::BeginPopup("##int_move_bar")) {
        MoveItems(store, ui, *sel);
        ImGui::EndPopup();
    }
    const bool closed = sel && IsClosed(sel->state);
    if (!closed) {
        SameLineIfFits(width(ICON_CHECK, Tr(Str::IntCloseWon)));
        if (IconTextButton(ICON_CHECK, Tr(Str::IntCloseWon)) && sel) OpenCloseDialog(ui, *sel, InterestState::Won);
        ImGui::SetItemTooltip("%s", Tr(Str::IntCloseWonTip));
        SameLineIfFits(width(ICON_TIMES, Tr(Str::IntCloseLost)));
        if (IconTextButton(ICON_TIMES, Tr(Str::IntCloseLost)) && sel) OpenCloseDialog(ui, *sel, InterestState::Lost);
        ImGui::SetItemTooltip("%s", Tr(Str::IntCloseLostTip));
    } else {
        SameLineIfFits(width(ICON_UNDO, Tr(Str::IntReopen)));
        if (IconTextButton(ICON_UNDO, Tr(Str::IntReopen)) && sel) ReopenInterest(store, *sel);
        ImGui::SetItemTooltip("%s", Tr(Str::IntReopenTip));
    }
    SameLineIfFits(width(ICON_TRASH, Tr(Str::IntRemove)));
    if (IconTextButton(ICON_TRASH, Tr(Str::IntRemove)) && sel) RemoveInterest(store, s, sel->id);
    ImGui::EndDisabled();
    // A hint while nothing is selected, when it fits on the bar's line.
    if (!sel && !read_only && s.cache.total > 0) {
        const float hint_w = ImGui::CalcTextSize(Tr(Str::IntSelectHint)).x;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x >= hint_w) {
            ImGui::AlignTextToFramePadding();
            DisabledHint(Tr(Str::IntSelectHint));
        } else {
            ImGui::NewLine();
        }
    }
}

// The bar after a removal: the message, Undo and dismiss.
void DrawUndoBar(Store& store, InterestsUi& s) {
    if (!s.has_undo) return;
    char text[512];
    if (s.unlinked.empty())
        std::snprintf(text, sizeof text, Tr(Str::IntRemovedFmt), s.removed.title.c_str());
    else
        std::snprintf(text, sizeof text, Tr(Str::IntRemovedLinkedFmt), s.removed.title.c_str(),
                      static_cast<int>(s.unlinked.size()));
    const int r = UndoBar(text, Tr(Str::IntUndo), ICON_TIMES "###int_undo_dismiss", Tr(Str::IntUndoDismissTip));
    if (r == 1) UndoRemoveInterest(store, s);
    if (r == 2) s.has_undo = false;
}

// ---- Filters

// "Label [field]": the visible part of `label` ("Responsible###int_f_resp") drawn before the
// widget, which is reported to automation under it, as ImGui reports a label on the right.
void LeftLabel(const char* label) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label, ImGui::FindRenderedTextEnd(label));
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
}
float LeftLabelWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().ItemInnerSpacing.x;
}
const char* IdPart(const char* label) {
    const char* id = std::strstr(label, "###");
    return id ? id : label;
}
bool LeftCombo(const char* label, const char* preview, float width, ImGuiComboFlags flags = 0) {
    LeftLabel(label);
    ImGui::SetNextItemWidth(width);
    const char* id = IdPart(label);
    ImGuiContext& g = *GImGui;  // the hook macro's context
    (void)g;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetID(id), label, 0);
    return ImGui::BeginCombo(id, preview, flags);
}

void ApplyQuick(InterestsUi& s, int quick) {
    char buf[32];
    if (quick < 0) {
        s.from_text.clear();
        s.to_text.clear();
        s.filter.from = s.filter.to = Date{};
    } else {
        QuickPeriodRange(static_cast<QuickPeriod>(quick), InterestsToday(), s.filter.from, s.filter.to);
        FormatDate(s.filter.from, buf, sizeof buf);
        s.from_text = buf;
        FormatDate(s.filter.to, buf, sizeof buf);
        s.to_text = buf;
    }
    s.from_state = quick < 0 ? DayText::Empty : DayText::Ok;
    s.to_state = s.from_state;
    s.quick = quick;
    ++s.filter_revision;
}

// A typed bound of the period: applied when it parses (or is empty); otherwise the last
// good value stays in force and the message shows under the bar.
void DateField(const char* label, std::string& text, DayText& state, Date& bound, InterestsUi& s) {
    LeftLabel(label);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("00.00.00000").x + ImGui::GetStyle().FramePadding.x * 2);
    const bool changed = InputStringWithHint(IdPart(label), Tr(Str::IntDateHint), text);
    ReportLastItem(label);
    if (changed) {
        Date d;
        state = ParseDayText(text, d);
        if (state == DayText::Ok || state == DayText::Empty) {
            const Date next = state == DayText::Ok ? d : Date{};
            if (next != bound) {
                bound = next;
                s.quick = -1;
                ++s.filter_revision;
            }
        }
    }
}

void DrawFilters(const Store& store, UiState& ui) {
    InterestsUi& s = ui.interests;
    InterestFilter& f = s.filter;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    const float combo_w = em * 9.5f;
    auto label_w = [&](Str label) { return combo_w + LeftLabelWidth(Tr(label)); };
    char preview[160];

    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(ICON_FILTER);
    // Responsible: any, not assigned, or one of those who lead this client's deals.
    ImGui::SameLine();
    if (f.who == ResponsibleFilter::Any)
        std::snprintf(preview, sizeof preview, "%s", Tr(Str::IntAny));
    else if (f.who == ResponsibleFilter::None)
        std::snprintf(preview, sizeof preview, "%.*s", static_cast<int>(std::strstr(Tr(Str::IntNoneResponsible), "###") -
                                                                         Tr(Str::IntNoneResponsible)),
                      Tr(Str::IntNoneResponsible));
    else
        ShortName(store, f.responsible_id, preview, sizeof preview);
    if (LeftCombo(Tr(Str::IntFilterResponsible), preview, combo_w)) {
        if (ImGui::Selectable(Tr(Str::IntAnyResponsible), f.who == ResponsibleFilter::Any)) {
            f.who = ResponsibleFilter::Any;
            ++s.filter_revision;
        }
        if (ImGui::Selectable(Tr(Str::IntNoneResponsible), f.who == ResponsibleFilter::None)) {
            f.who = ResponsibleFilter::None;
            ++s.filter_revision;
        }
        const auto& emps = store.employees.All();
        for (uint32_t pos : s.cache.responsibles) {
            ImGui::PushID(static_cast<int>(pos));
            const bool sel = f.who == ResponsibleFilter::Employee && f.responsible_id == emps[pos].id;
            if (ImGui::Selectable(emps[pos].name.c_str(), sel)) {
                f.who = ResponsibleFilter::Employee;
                f.responsible_id = emps[pos].id;
                ++s.filter_revision;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    // Project: any, none, or one of the client's projects.
    SameLineIfFits(label_w(Str::IntFilterProject));
    const char* no_project = Tr(Str::IntNoProject);
    if (f.any_project)
        std::snprintf(preview, sizeof preview, "%s", Tr(Str::IntAny));
    else if (f.project.empty())
        std::snprintf(preview, sizeof preview, "%.*s", static_cast<int>(std::strstr(no_project, "###") - no_project),
                      no_project);
    else
        std::snprintf(preview, sizeof preview, "%s", f.project.c_str());
    if (LeftCombo(Tr(Str::IntFilterProject), preview, combo_w)) {
        if (ImGui::Selectable(Tr(Str::IntAnyProject), f.any_project)) {
            f.any_project = true;
            ++s.filter_revision;
        }
        if (ImGui::Selectable(no_project, !f.any_project && f.project.empty())) {
            f.any_project = false;
            f.project.clear();
            ++s.filter_revision;
        }
        for (size_t i = 0; i < s.cache.projects.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            const std::string& p = s.cache.projects[i];
            if (ImGui::Selectable(p.c_str(), !f.any_project && f.project == p)) {
                f.any_project = false;
                f.project = p;
                ++s.filter_revision;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    // States: a multi-select (checkboxes keep the list open), with "all" and "open only".
    SameLineIfFits(label_w(Str::IntFilterStates));
    constexpr uint32_t kAll = (1u << kInterestStateCount) - 1;
    constexpr uint32_t kOpen = kAll & ~((1u << static_cast<unsigned>(InterestState::Won)) |
                                        (1u << static_cast<unsigned>(InterestState::Lost)));
    int chosen = 0, last = -1;
    for (size_t i = 0; i < kInterestStateCount; ++i)
        if (f.HasState(static_cast<InterestState>(i))) ++chosen, last = static_cast<int>(i);
    if (f.states == kAll)
        std::snprintf(preview, sizeof preview, "%s", Tr(Str::IntAllStates));
    else if (f.states == kOpen)
        std::snprintf(preview, sizeof preview, "%s", Tr(Str::IntOpenStates));
    else if (chosen == 1)
        std::snprintf(preview, sizeof preview, "%s", EnumLabel(static_cast<InterestState>(last)));
    else
        std::snprintf(preview, sizeof preview, Tr(Str::IntStatesCountFmt), chosen, static_cast<int>(kInterestStateCount));
    if (LeftCombo(Tr(Str::IntFilterStates), preview, combo_w, ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(Tr(Str::IntStatesAll), f.states == kAll)) {
            f.states = kAll;
            ++s.filter_revision;
        }
        if (ImGui::Selectable(Tr(Str::IntStatesOpen), f.states == kOpen)) {
            f.states = kOpen;
            ++s.filter_revision;
        }
        ImGui::Separator();
        for (size_t i = 0; i < kInterestStateCount; ++i) {
            const auto st = static_cast<InterestState>(i);
            bool on = f.HasState(st);
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Checkbox(EnumLabel(st), &on)) {
                f.SetState(st, on);
                ++s.filter_revision;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }

    // Period: which date, from, to, quick choices.
    const char* basis_labels[] = {Tr(Str::IntBasisEither), Tr(Str::IntBasisOpened), Tr(Str::IntBasisClosing)};
    const float basis_w = ImGui::CalcTextSize(basis_labels[0]).x + ImGui::GetFrameHeight() + style.FramePadding.x * 2;
    // The period on its own line: which date, from, to, the quick choices.
    ImGui::Dummy(ImVec2(ImGui::CalcTextSize(ICON_FILTER).x, 0));
    ImGui::SameLine();
    if (LeftCombo(Tr(Str::IntFilterBasis), basis_labels[static_cast<size_t>(f.basis)], basis_w)) {
        for (size_t i = 0; i < 3; ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(basis_labels[i], static_cast<size_t>(f.basis) == i) &&
                static_cast<size_t>(f.basis) != i) {
                f.basis = static_cast<PeriodBasis>(i);
                ++s.filter_revision;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SetItemTooltip("%s", Tr(Str::IntBasisTip));
    const float date_w = ImGui::CalcTextSize("00.00.00000").x + style.FramePadding.x * 2;
    SameLineIfFits(date_w * 2 + LeftLabelWidth(Tr(Str::IntFrom)) + LeftLabelWidth(Tr(Str::IntTo)) + style.ItemSpacing.x);
    DateField(Tr(Str::IntFrom), s.from_text, s.from_state, f.from, s);
    ImGui::SameLine();
    DateField(Tr(Str::IntTo), s.to_text, s.to_state, f.to, s);
    (void)em;
    const Str quick_labels[] = {Str::IntThisMonth, Str::IntThisQuarter, Str::IntThisYear};
    for (int q = 0; q < 3; ++q) {
        SameLineIfFits(ImGui::CalcTextSize(Tr(quick_labels[q]), nullptr, true).x + style.FramePadding.x * 2);
        const bool on = s.quick == q;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(Tr(quick_labels[q]))) ApplyQuick(s, q);
        if (on) ImGui::PopStyleColor();
    }
    if (f.HasPeriod() || !s.from_text.empty() || !s.to_text.empty()) {
        SameLineIfFits(ImGui::CalcTextSize(Tr(Str::IntClearPeriod), nullptr, true).x + style.FramePadding.x * 2);
        if (ImGui::Button(Tr(Str::IntClearPeriod))) ApplyQuick(s, -1);
    }
    if (!f.IsDefault() || !s.from_text.empty() || !s.to_text.empty()) {
        SameLineIfFits(ImGui::CalcTextSize(Tr(Str::IntResetFilters), nullptr, true).x + style.FramePadding.x * 2 +
                       ImGui::GetFontSize() * 1.5f);
        if (IconTextButton(ICON_TIMES, Tr(Str::IntResetFilters))) {
            s.filter = InterestFilter{};
            s.from_text.clear();
            s.to_text.clear();
            s.from_state = s.to_state = DayText::Empty;
            s.quick = -1;
            ++s.filter_revision;
        }
    }
    // Problems of the typed dates, under the bar.
    char msg[256];
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
    if (s.from_state == DayText::BadFormat || s.from_state == DayText::NoSuchDay)
        TextHint(DayTextMessage(s.from_state, s.from_text, msg, sizeof msg));
    if (s.to_state == DayText::BadFormat || s.to_state == DayText::NoSuchDay)
        TextHint(DayTextMessage(s.to_state, s.to_text, msg, sizeof msg));
    if (!f.from.empty() && !f.to.empty() && f.to < f.from) TextHint(Tr(Str::IntPeriodReversed));
    ImGui::PopStyleColor();
}

// ---- Totals and pipeline

// "Shown N of M · expected X · weighted Y" (amounts of several currencies joined by " + ").
void TotalsText(const InterestsCache& k, char* out, size_t size) {
    char amounts[2][512] = {"", ""};
    for (int which = 0; which < 2; ++which) {
        size_t n = 0;
        for (size_t i = 0; i < k.totals.size(); ++i) {
            const CurrencyTotal& t = k.totals[i];
            char money[64];
            if (t.overflow) {
                std::snprintf(money, sizeof money, "%s %s", Tr(Str::IntTooLarge), t.currency.c_str());
            } else {
                Money m;
                m.minor = which == 0 ? t.expected : t.weighted;
                m.currency = t.currency;
                FormatMoney(m, money, sizeof money);
            }
            const int w = std::snprintf(amounts[which] + n, sizeof amounts[which] - n, "%s%s", i ? " + " : "", money);
            if (w < 0 || static_cast<size_t>(w) >= sizeof amounts[which] - n) break;
            n += static_cast<size_t>(w);
        }
    }
    char shown[96], expected[600], weighted[600];
    std::snprintf(shown, sizeof shown, Tr(Str::IntShownFmt), static_cast<int>(k.rows.size()),
                  static_cast<int>(k.total));
    if (k.rows.empty()) {
        std::snprintf(out, size, "%s", shown);
        return;
    }
    std::snprintf(expected, sizeof expected, Tr(Str::IntExpectedFmt), amounts[0]);
    std::snprintf(weighted, sizeof weighted, Tr(Str::IntWeightedFmt), amounts[1]);
    std::snprintf(out, size, "%s \xC2\xB7 %s \xC2\xB7 %s", shown, expected, weighted);
}

// Horizontal bars, one per state in pipeline order, scaled to the largest; each labelled
// with its amount and number of deals. Reports each row to automation by its text.
void DrawPipeline(const Pipeline& p, float width) {
    char title[128];
    if (p.currency.empty())
        std::snprintf(title, sizeof title, "%s", Tr(Str::IntPipeline));
    else
        std::snprintf(title, sizeof title, Tr(Str::IntPipelineCurrencyFmt), p.currency.c_str());
    ImGui::TextDisabled("%s", title);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();
    float label_w = 0;
    for (size_t i = 0; i < kInterestStateCount; ++i)
        label_w = std::max(label_w, ImGui::CalcTextSize(EnumLabel(static_cast<InterestState>(i))).x);
    char amounts[kInterestStateCount][96];
    float amount_w = 0;
    int64_t max = 0;
    for (size_t i = 0; i < kInterestStateCount; ++i) {
        Money m;
        m.minor = p.expected[i];
        m.currency = p.currency.empty() ? "RUB" : p.currency;
        char money[64];
        FormatMoney(m, money, sizeof money);
        std::snprintf(amounts[i], sizeof amounts[i], "%s  (%d)", money, static_cast<int>(p.counts[i]));
        amount_w = std::max(amount_w, ImGui::CalcTextSize(amounts[i]).x);
        max = std::max(max, p.expected[i]);
    }
    const float line_h = ImGui::GetTextLineHeight();
    const float row_h = line_h + 3;
    const float bar_x = label_w + em * 0.6f;
    const float bar_max = std::max(em * 3, width - bar_x - amount_w - em * 0.8f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (size_t i = 0; i < kInterestStateCount; ++i) {
        const auto st = static_cast<InterestState>(i);
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        const char* name = EnumLabel(st);
        dl->AddText(ImVec2(p0.x + label_w - ImGui::CalcTextSize(name).x, p0.y), p.counts[i] ? text : dim, name);
        float w = 0;
        if (max > 0 && p.expected[i] > 0)
            w = std::max(2.0f, static_cast<float>(static_cast<double>(bar_max) * static_cast<double>(p.expected[i]) /
                                                  static_cast<double>(max)));
        const float top = p0.y + 2, bottom = p0.y + line_h - 1;
        dl->AddRectFilled(ImVec2(p0.x + bar_x, top), ImVec2(p0.x + bar_x + bar_max, bottom),
                          IM_COL32(0, 0, 0, 12), 2.0f);  // the track: the scale at a glance
        if (w > 0)
            dl->AddRectFilled(ImVec2(p0.x + bar_x, top), ImVec2(p0.x + bar_x + w, bottom), InterestStateColor(st),
                              2.0f);
        dl->AddText(ImVec2(p0.x + bar_x + bar_max + em * 0.5f, p0.y), p.counts[i] ? text : dim, amounts[i]);
        char report[160];
        std::snprintf(report, sizeof report, "%s %s", name, amounts[i]);
        ImGui::Dummy(ImVec2(width, row_h - style.ItemSpacing.y > 0 ? row_h - style.ItemSpacing.y : row_h));
        ReportLastItem(report);
    }
    if (p.other_currency > 0) {
        char other[160];
        std::snprintf(other, sizeof other, Tr(Str::IntPipelineOtherFmt), static_cast<int>(p.other_currency));
        DisabledHint(other);
    }
}

// The height DrawPipeline takes (the table leaves room for it below).
float PipelineHeight(const Pipeline& p) {
    const float line = ImGui::GetTextLineHeightWithSpacing();
    return line * (1.0f + (p.other_currency ? 1.0f : 0.0f)) +
           static_cast<float>(kInterestStateCount) * (ImGui::GetTextLineHeight() + 3) + ImGui::GetStyle().ItemSpacing.y * 2;
}

void DrawTotals(const InterestsCache& k) {
    char totals[1400];
    TotalsText(k, totals, sizeof totals);
    ImGui::PushTextWrapPos(0);
    TextHint(totals);
    ImGui::PopTextWrapPos();
    ImGui::SetItemTooltip("%s", Tr(Str::IntTotalsTip));
}

// ---- Table

// Two lines: the date with the type's icon (and "overdue"), then the subject; "none
// planned" for an open deal without one (warning colour); a closed deal shows its reason.
void NextActivityCell(const Store& store, const InterestsCache& k, const Interest& r, int64_t now_ms) {
    const Interaction* x = NextActivityOf(store, k.next, r.id);
    char date[32] = "";
    if (x) FormatDate(x->at.LocalDate(), date, sizeof date);
    // A closed deal needs no next step: its reason, and a step still planned, in grey.
    if (IsClosed(r.state)) {
        if (!r.close_reason.empty()) {
            char line[512];
            std::snprintf(line, sizeof line, Tr(Str::IntReasonFmt), r.close_reason.c_str());
            ImGui::TextDisabled("%s", line);  // clipped by the column; whole in the tooltip
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) ImGui::SetTooltip("%s", line);
        }
        if (x) ImGui::TextDisabled("%s %s %s", InteractionIcon(x->type), date, x->subject.c_str());
        return;
    }
    if (!x) {
        ImGui::TextColored(colors::kWarningText, ICON_WARNING " %s", Tr(Str::IntNonePlanned));
        ImGui::SetItemTooltip("%s", Tr(Str::IntNonePlannedTip));
        return;
    }
    const bool overdue = IsOverdueAt(*x, now_ms);
    if (overdue) {
        // Red with the warning sign (the word is in the tooltip: the column is narrow).
        ImGui::TextColored(colors::kErrorText, ICON_WARNING " %s %s", InteractionIcon(x->type), date);
        ImGui::SetItemTooltip("%s", Tr(Str::IntOverdueTip));
    } else {
        ImGui::Text("%s %s", InteractionIcon(x->type), date);
    }
    if (!x->subject.empty()) {
        if (overdue)
            ImGui::TextColored(colors::kErrorText, "%s", x->subject.c_str());
        else
            ImGui::TextUnformatted(x->subject.c_str());
        ReportLastItem(x->subject.c_str());  // automation finds the row's next step by its subject
    }
}

void RowContextMenu(Store& store, UiState& ui, const Client& c, bool read_only) {
    InterestsUi& s = ui.interests;
    if (!ImGui::BeginPopup("##int_row_menu")) return;
    const Interest* r = store.interests.Find(s.menu_id);
    if (!r || read_only) {
        if (!r) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextDisabled("%s", r->title.c_str());
    ImGui::Separator();
    if (ImGui::MenuItem(Tr(Str::IntEdit))) OpenInterestEditor(store, ui, c, r);
    if (ImGui::MenuItem(Tr(Str::IntPlan))) PlanNextActivity(store, ui, c, *r);
    if (ImGui::BeginMenu(Tr(Str::IntMoveTo))) {
        MoveItems(store, ui, *r);
        ImGui::EndMenu();
    }
    if (IsClosed(r->state) && ImGui::MenuItem(Tr(Str::IntReopen))) ReopenInterest(store, *r);
    ImGui::Separator();
    if (ImGui::MenuItem(Tr(Str::IntRemove))) RemoveInterest(store, s, r->id);
    ImGui::EndPopup();
}

void DrawTable(Store& store, UiState& ui, const Client& c, bool read_only) {
    InterestsUi& s = ui.interests;
    InterestsCache& k = s.cache;
    const float em = ImGui::GetFontSize();
    // Two lines a row: title over project, date over subject of the next activity.
    const float line_h = ImGui::GetTextLineHeight();
    const float two_lines = line_h * 2 + ImGui::GetStyle().ItemSpacing.y;
    const float row_h = two_lines + ImGui::GetStyle().CellPadding.y * 2;
    // As tall as its rows, leaving room for the pipeline chart below; at least six rows
    // (the tab then scrolls to the chart).
    const float avail_h = ImGui::GetContentRegionAvail().y - PipelineHeight(k.pipeline) - ImGui::GetStyle().ItemSpacing.y * 2;
    const float header_h = line_h + ImGui::GetStyle().CellPadding.y * 2;
    const float want_h = row_h * static_cast<float>(k.rows.size()) + header_h + 8;
    const float height = std::max(std::min(want_h, avail_h), std::min(want_h, row_h * 5 + header_h));
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                            ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Sortable |
                            ImGuiTableFlags_ScrollY | ImGuiTableFlags_NoSavedSettings;
    // Narrower than the columns need: scroll sideways rather than squeeze titles to nothing.
    const float min_w = em * 64;
    float inner_w = 0;
    if (ImGui::GetContentRegionAvail().x < min_w) {
        flags |= ImGuiTableFlags_ScrollX;
        inner_w = min_w;
    }
    if (!ImGui::BeginTable("##interests", kColumnCount, flags, ImVec2(0, height), inner_w)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const ImGuiTableColumnFlags stretch = ImGuiTableColumnFlags_WidthStretch;
    using C = InterestColumn;
    ImGui::TableSetupColumn(Tr(Str::ColTitle), stretch, 2.6f, static_cast<ImGuiID>(C::Title));
    ImGui::TableSetupColumn(Tr(Str::ColResponsible), 0, 0, static_cast<ImGuiID>(C::Responsible));
    ImGui::TableSetupColumn(Tr(Str::ColState), 0, 0, static_cast<ImGuiID>(C::State));
    // The next activity right after the state: the derived fact the tab is about stays in
    // view when a narrow screen scrolls the dates off to the right.
    ImGui::TableSetupColumn(Tr(Str::ColNextActivity), stretch, 2.4f, static_cast<ImGuiID>(C::NextActivity));
    ImGui::TableSetupColumn(Tr(Str::ColExpected), ImGuiTableColumnFlags_PreferSortDescending, 0,
                            static_cast<ImGuiID>(C::Expected));
    ImGui::TableSetupColumn(Tr(Str::IntColProbability), ImGuiTableColumnFlags_PreferSortDescending, 0,
                            static_cast<ImGuiID>(C::Probability));
    ImGui::TableSetupColumn(Tr(Str::IntColOpened),
                            ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending, 0,
                            static_cast<ImGuiID>(C::Opened));
    ImGui::TableSetupColumn(Tr(Str::ColCloseOn), 0, 0, static_cast<ImGuiID>(C::CloseOn));
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0) {
            s.sort_column = static_cast<InterestColumn>(specs->Specs[0].ColumnUserID);
            s.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
        EnsureCache(store, s, c);  // re-sorted now, so this frame draws the new order
    }
    // The header row by hand, so that each header reports itself to automation (1.90.1's
    // table headers do not): tests click them like a user to sort.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int col = 0; col < kColumnCount; ++col) {
        if (!ImGui::TableSetColumnIndex(col)) continue;
        const char* name = ImGui::TableGetColumnName(col);
        ImGui::TableHeader(name);
        ReportLastItem(name);
    }

    const auto& all = store.interests.All();
    const int64_t now_ms = platform::Now().utc_ms;
    char buf[128];
    bool open_menu = false;
    // Scroll to a row just saved or brought back (once).
    if (!s.scroll_to_id.empty()) {
        for (size_t i = 0; i < k.rows.size(); ++i)
            if (all[k.rows[i]].id == s.scroll_to_id) {
                ImGui::SetScrollY(std::max(0.0f, static_cast<float>(i) * row_h - row_h * 2));
                break;
            }
        s.scroll_to_id.clear();
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(k.rows.size()), row_h);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const uint32_t pos = k.rows[static_cast<size_t>(i)];
            if (pos >= all.size()) continue;
            const Interest& r = all[pos];
            ImGui::PushID(r.id.c_str());
            ImGui::TableNextRow(0, row_h);
            ImGui::TableNextColumn();
            // The row: selectable across all columns, two lines tall; title and project on it.
            const ImVec2 cell = ImGui::GetCursorScreenPos();
            const bool selected = s.selected_id == r.id;
            if (ImGui::Selectable("##row", selected,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap |
                                      ImGuiSelectableFlags_AllowDoubleClick,
                                  ImVec2(0, two_lines))) {
                s.selected_id = r.id;
                if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && !read_only)
                    OpenInterestEditor(store, ui, c, &r);
            }
            ReportLastItem(r.title.empty() ? Tr(Str::IntNoneChoice) : r.title.c_str());
            if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
                s.selected_id = r.id;
                s.menu_id = r.id;
                open_menu = true;
            }
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_DelayNormal)) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em * 30);
                ImGui::TextUnformatted(r.title.c_str());
                if (!r.project.empty()) ImGui::TextDisabled("%s", r.project.c_str());
                if (!r.notes.empty()) ImGui::TextDisabled(Tr(Str::IntNotesFmt), r.notes.c_str());
                if (!r.close_reason.empty()) ImGui::TextDisabled(Tr(Str::IntReasonFmt), r.close_reason.c_str());
                if (!read_only) ImGui::TextDisabled("%s", Tr(Str::IntRowHint));
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            ImGui::SetCursorScreenPos(cell);
            ImGui::TextUnformatted(r.title.empty() ? Tr(Str::IntNoneChoice) : r.title.c_str());
            ImGui::TextDisabled("%s", r.project.c_str());

            ImGui::TableNextColumn();
            ShortName(store, r.responsible_id, buf, sizeof buf);
            if (buf[0])
                ImGui::TextUnformatted(buf);
            else
                ImGui::TextDisabled("%s", Tr(Str::IntNoResponsibleCell));
            ImGui::TableNextColumn();
            ImGui::BeginDisabled(read_only);
            if (StateChip(r.state, "##state")) {
                s.selected_id = r.id;
                ImGui::OpenPopup("##int_move_row");
            }
            if (ImGui::BeginPopup("##int_move_row")) {
                MoveItems(store, ui, r);
                ImGui::EndPopup();
            }
            ImGui::EndDisabled();
            ImGui::TableNextColumn();
            NextActivityCell(store, k, r, now_ms);
            ImGui::TableNextColumn();
            FormatMoney(r.expected_revenue, buf, sizeof buf);
            RightAlign(buf);
            ImGui::TextUnformatted(buf);
            ImGui::TableNextColumn();
            std::snprintf(buf, sizeof buf, "%lld%%", static_cast<long long>(r.probability));
            RightAlign(buf);
            ImGui::TextUnformatted(buf);
            ImGui::TableNextColumn();
            FormatDate(r.opened_on, buf, sizeof buf);
            ImGui::TextUnformatted(buf);
            ImGui::TableNextColumn();
            FormatDate(r.close_on, buf, sizeof buf);
            // An open deal past its close-by date: the date in the warning colour.
            if (!IsClosed(r.state) && !r.close_on.empty() && r.close_on < InterestsToday())
                ImGui::TextColored(colors::kWarningText, "%s", buf);
            else
                ImGui::TextUnformatted(buf);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (open_menu && !read_only) ImGui::OpenPopup("##int_row_menu");
    RowContextMenu(store, ui, c, read_only);
}

void DrawEmptyState(Store& store, UiState& ui, const Client& c, bool read_only) {
    const float em = ImGui::GetFontSize();
    ImGui::Dummy(ImVec2(0, em));
    ImGui::Indent(em);
    ImGui::TextDisabled(ICON_BRIEFCASE);
    ImGui::SameLine();
    TextHint(Tr(Str::IntEmptyTitle));
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, em * 36) + ImGui::GetCursorPosX());
    DisabledHint(Tr(Str::IntEmptyText));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::BeginDisabled(read_only);
    if (IconTextButton(ICON_PLUS, Tr(Str::IntNew))) OpenInterestEditor(store, ui, c, nullptr);
    ImGui::EndDisabled();
    ImGui::Unindent(em);
}

}  // namespace

void DrawInterestsTab(Store& store, UiState& ui, const Client& client, bool read_only) {
    InterestsUi& s = ui.interests;
    FollowClient(s, client);
    EnsureCache(store, s, client);
    if (s.cache.total == 0 && !s.has_undo) {
        DrawEmptyState(store, ui, client, read_only);
    } else {
        DrawCommandBar(store, ui, client, read_only);
        DrawUndoBar(store, s);
        ImGui::Spacing();
        DrawFilters(store, ui);
        EnsureCache(store, s, client);  // a filter changed: this frame shows the new rows
        DrawTotals(s.cache);
        if (s.cache.rows.empty() && s.cache.total > 0) {
            DisabledHint(Tr(Str::IntEmptyFiltered));
        } else if (!s.cache.rows.empty()) {
            DrawTable(store, ui, client, read_only);
            ImGui::Spacing();
            DrawPipeline(s.cache.pipeline, std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40));
        }
    }
    DrawInterestEditor(store, ui, client, read_only);
    DrawCloseDialog(store, ui, client, read_only);
    DrawActivityEditor(store, ui, client, read_only);
}

}  // namespace card
