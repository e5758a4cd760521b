// The Main tab's right half: every interaction with the client, newest first, grouped by
// day, with the new-activity buttons on top (activity_editor.cpp), then the filters (type,
// status, text) and the list.
//
// The list draws only the rows on screen (ImGuiListClipper) from a cached index
// (ui/timeline_index.h) that is rebuilt only when the interactions, the client or the
// filter change, so it scrolls through 10,000 entries without allocating per frame. Every
// row, a day header included, has the same height: two lines (type, time, subject, status
// on the first; contact, owner, duration and result on the second), drawn straight into
// the draw list and shortened with an ellipsis.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.h"
#include "ui/activity_editor.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/main_sections.h"
#include "ui/timeline_index.h"
#include "ui/widgets.h"

namespace card {
namespace {

// The order of the type filter: as the issue lists them.
constexpr InteractionType kTypes[] = {InteractionType::Call,  InteractionType::Meeting, InteractionType::Email,
                                      InteractionType::Letter, InteractionType::Document, InteractionType::Task,
                                      InteractionType::Note};

Str TypeFilterLabel(InteractionType t) {
    switch (t) {
        case InteractionType::Call: return Str::TlTypeCall;
        case InteractionType::Meeting: return Str::TlTypeMeeting;
        case InteractionType::Email: return Str::TlTypeEmail;
        case InteractionType::Letter: return Str::TlTypeLetter;
        case InteractionType::Task: return Str::TlTypeTask;
        case InteractionType::Note: return Str::TlTypeNote;
        case InteractionType::Document: return Str::TlTypeDocument;
    }
    return Str::TlTypeNote;
}

Str TypeName(InteractionType t) {
    switch (t) {
        case InteractionType::Call: return Str::TlKindCall;
        case InteractionType::Meeting: return Str::TlKindMeeting;
        case InteractionType::Email: return Str::TlKindEmail;
        case InteractionType::Letter: return Str::TlKindLetter;
        case InteractionType::Task: return Str::TlKindTask;
        case InteractionType::Note: return Str::TlKindNote;
        case InteractionType::Document: return Str::TlKindDocument;
    }
    return Str::TlKindNote;
}

constexpr Str kStatusLabels[kTimelineStatusCount] = {Str::TlStatusAll, Str::TlStatusPlanned, Str::TlStatusDone,
                                                     Str::TlStatusCancelled, Str::TlStatusOverdue};
constexpr Str kMonths[12] = {Str::TlMonth1, Str::TlMonth2, Str::TlMonth3,  Str::TlMonth4,
                             Str::TlMonth5, Str::TlMonth6, Str::TlMonth7,  Str::TlMonth8,
                             Str::TlMonth9, Str::TlMonth10, Str::TlMonth11, Str::TlMonth12};
constexpr Str kWeekdays[7] = {Str::TlWeekday0, Str::TlWeekday1, Str::TlWeekday2, Str::TlWeekday3,
                              Str::TlWeekday4, Str::TlWeekday5, Str::TlWeekday6};

bool IsDurationType(InteractionType t) { return t == InteractionType::Call || t == InteractionType::Meeting; }

// A fixed-size text line built without allocating: control characters become spaces (a
// row is one line), and a cut never splits a UTF-8 sequence.
struct LineBuf {
    char data[512];
    size_t n = 0;
    LineBuf() { data[0] = '\0'; }
    void Append(const char* s, size_t len) {
        size_t i = 0;
        while (i < len && n + 1 < sizeof data) {
            const auto c = static_cast<unsigned char>(s[i]);
            size_t seq = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
            if (i + seq > len) seq = len - i;
            if (n + seq + 1 > sizeof data) break;
            if (seq == 1 && c < 0x20) {
                // Runs of whitespace collapse into one space.
                if (n > 0 && data[n - 1] != ' ') data[n++] = ' ';
            } else {
                std::memcpy(data + n, s + i, seq);
                n += seq;
            }
            i += seq;
        }
        data[n] = '\0';
    }
    void Append(const char* s) { Append(s, std::strlen(s)); }
    void Append(const std::string& s) { Append(s.data(), s.size()); }
    void Separator() {
        if (n > 0) Append("  \xC2\xB7  ");  // a middle dot between the parts of a line
    }
    const char* end() const { return data + n; }
};

// "Иванова Мария Сергеевна" -> "Иванова М. С." (widgets.h ShortPersonName).
void AppendShortName(const std::string& name, LineBuf& out) {
    char buf[256];
    ShortPersonName(name, buf, sizeof buf);
    out.Append(buf);
}

void FormatDuration(int64_t minutes, char* buf, size_t size) {
    const int h = static_cast<int>(minutes / 60), m = static_cast<int>(minutes % 60);
    if (h == 0)
        std::snprintf(buf, size, Tr(Str::TlMinutesFmt), m);
    else if (m == 0)
        std::snprintf(buf, size, Tr(Str::TlHoursFmt), h);
    else
        std::snprintf(buf, size, Tr(Str::TlHoursMinutesFmt), h, m);
}

void FormatTime(const Moment& at, int offset_min, char* buf, size_t size) {
    if (at.empty()) {
        std::snprintf(buf, size, "--:--");
        return;
    }
    const int64_t local_ms = at.utc_ms + static_cast<int64_t>(offset_min) * 60000;
    int64_t in_day = local_ms % 86400000;
    if (in_day < 0) in_day += 86400000;
    const int minutes = static_cast<int>(in_day / 60000);
    std::snprintf(buf, size, "%02d:%02d", minutes / 60, minutes % 60);
}

// "27 November 2026, Friday" / "27 ноября 2026, пятница".
void FormatLongDate(int32_t day, char* buf, size_t size) {
    int y;
    unsigned m, d;
    Date{day}.ToYmd(y, m, d);
    std::snprintf(buf, size, Tr(Str::TlDayFmt), static_cast<int>(d), Tr(kMonths[(m - 1) % 12]), y,
                  Tr(kWeekdays[Weekday(day)]));
}

void SetStatus(Store& store, const Interaction& x, InteractionStatus status, bool read_only) {
    if (read_only || x.status == status) return;
    Interaction copy = x;
    copy.status = status;
    store.interactions.Upsert(std::move(copy));
}

// ---- Filters

void DrawTypeCombo(TimelineFilter& f, float width) {
    char preview[64];
    int on = 0;
    InteractionType only = InteractionType::Note;
    for (InteractionType t : kTypes)
        if (f.TypeOn(t)) {
            ++on;
            only = t;
        }
    if (on == static_cast<int>(EnumCount<InteractionType>())) {
        std::snprintf(preview, sizeof preview, "%s", Tr(Str::TlAllTypes));
    } else if (on == 1) {
        const char* label = Tr(TypeFilterLabel(only));
        const char* cut = std::strstr(label, "###");
        std::snprintf(preview, sizeof preview, "%.*s", static_cast<int>(cut ? cut - label : std::strlen(label)), label);
    } else {
        std::snprintf(preview, sizeof preview, Tr(Str::TlTypesCountFmt), on);
    }
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo(Tr(Str::TlTypes), preview, ImGuiComboFlags_HeightLargest)) {
        ReportLastItem(Tr(Str::TlTypes));  // a combo does not report itself to automation; closed, it is the last item
        return;
    }
    if (ImGui::SmallButton(Tr(Str::TlTypesAll))) f.types = TimelineFilter::kAllTypes;
    for (InteractionType t : kTypes) {
        bool checked = f.TypeOn(t);
        ImGui::TextUnformatted(InteractionIcon(t));
        ImGui::SameLine(ImGui::GetFontSize() * 1.6f);
        if (ImGui::Checkbox(Tr(TypeFilterLabel(t)), &checked)) f.SetType(t, checked);
    }
    ImGui::EndCombo();
}

// Status as one-click radio buttons, wrapped when the half is narrow.
// "Overdue" carries the count of overdue entries (in red) when there are some.
void DrawStatusButtons(TimelineFilter& f, size_t overdue_count) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool any_overdue = overdue_count > 0;
    char overdue_label[96];
    std::snprintf(overdue_label, sizeof overdue_label, Tr(Str::TlStatusOverdueCountFmt), static_cast<int>(overdue_count));
    float used = 0;
    for (int i = 0; i < kTimelineStatusCount; ++i) {
        const char* label = Tr(kStatusLabels[i]);
        if (any_overdue && i == static_cast<int>(TimelineStatus::Overdue)) label = overdue_label;
        const float w = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
        if (i > 0) {
            if (used + style.ItemSpacing.x + w <= avail) {
                ImGui::SameLine();
                used += style.ItemSpacing.x;
            } else {
                used = 0;
            }
        }
        used += w;
        const bool overdue = any_overdue && i == static_cast<int>(TimelineStatus::Overdue);
        if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        if (ImGui::RadioButton(label, static_cast<int>(f.status) == i)) f.status = static_cast<TimelineStatus>(i);
        if (overdue) ImGui::PopStyleColor();
    }
}

void DrawFilters(TimelineUi& t) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();

    const char* find = Tr(Str::TlFind);
    const float find_w = ImGui::CalcTextSize(find, nullptr, true).x;
    ImGui::SetNextItemWidth(-(find_w + style.ItemInnerSpacing.x));
    InputStringWithHint(find, Tr(Str::TlFindHint), t.filter.text);

    DrawStatusButtons(t.filter, t.index.overdue);  // the count as of the last frame's index
    DrawTypeCombo(t.filter, em * 9);
    const char* toggle = Tr(Str::HiShowChanges);
    SameLineIfFits(ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(toggle, nullptr, true).x);
    ImGui::Checkbox(toggle, &t.filter.history);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em * 24);
        ImGui::TextUnformatted(Tr(Str::HiShowChangesTip));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// After the type filter: "Reset filters" when any is set, and "N of M" at the right.
void DrawCounts(TimelineUi& t) {
    const TimelineIndex& ix = t.index;
    const ImGuiStyle& style = ImGui::GetStyle();
    if (t.filter.Active()) {
        ImGui::SameLine();
        if (ImGui::Button(Tr(Str::TlResetFilters))) {
            const bool history = t.filter.history;  // a view setting, not a filter
            t.filter = TimelineFilter{};
            t.filter.history = history;
        }
    }
    // "N of M" at the right end of the line (or after the rest when it is too narrow).
    char buf[160];
    const int n = std::snprintf(buf, sizeof buf, Tr(Str::TlCountFmt), static_cast<int>(ix.shown),
                                static_cast<int>(ix.total()));
    if (t.filter.history && ix.changes_shown > 0 && n > 0 && static_cast<size_t>(n) < sizeof buf) {
        char more[64];
        const auto k = static_cast<int64_t>(ix.changes_shown);
        std::snprintf(more, sizeof more, TrPlural(k, Str::HiChangesOne, Str::HiChangesFew, Str::HiChangesMany),
                      static_cast<int>(k));
        std::snprintf(buf + n, sizeof buf - static_cast<size_t>(n), "  \xC2\xB7  %s", more);
    }
    const float w = ImGui::CalcTextSize(buf).x;
    ImGui::SameLine();
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > w + style.ItemSpacing.x)
        ImGui::SameLine(0, avail - w);
    else
        ImGui::NewLine();  // too narrow: on a line of its own
    ImGui::TextDisabled("%s", buf);
    ReportLastItem(buf);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) ImGui::SetTooltip("%s", Tr(Str::TlCountTooltip));
}

// ---- Rows

struct RowMetrics {
    float line_h, pad, item_h, em;
};

void DrawHeaderRow(const RowMetrics& m, int32_t day, int32_t today) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(w, m.item_h));

    const char* lead = nullptr;
    if (day == Date::kNone)
        lead = Tr(Str::TlNoDate);
    else if (day == today)
        lead = Tr(Str::TlToday);
    else if (day == today - 1)
        lead = Tr(Str::TlYesterday);
    else if (day == today + 1)
        lead = Tr(Str::TlTomorrow);
    char date[96] = "";
    if (day != Date::kNone) FormatLongDate(day, date, sizeof date);
    ReportLastItem(lead ? lead : date);

    const float y = p.y + m.item_h - m.line_h - m.pad;
    const float x = p.x + ImGui::GetStyle().FramePadding.x;
    const ImU32 strong = day == today ? ImGui::ColorConvertFloat4ToU32(colors::kBusyText) : ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    float tx = x;
    if (lead) {
        dl->AddText(ImVec2(tx, y), strong, lead);
        tx += ImGui::CalcTextSize(lead).x;
        if (date[0]) {
            static constexpr char kDot[] = "  \xC2\xB7  ";
            dl->AddText(ImVec2(tx, y), dim, kDot);
            tx += ImGui::CalcTextSize(kDot).x;
            dl->AddText(ImVec2(tx, y), dim, date);
        }
    } else {
        dl->AddText(ImVec2(tx, y), strong, date);
    }
    const float line_y = std::floor(p.y + m.item_h) - 0.5f;
    dl->AddLine(ImVec2(p.x, line_y), ImVec2(p.x + w, line_y), ImGui::GetColorU32(ImGuiCol_Separator));
}

// Text from x_min, shortened with "…" to end before x_max, in `col`.
void ClippedText(ImDrawList* dl, float x_min, float x_max, float y, float line_h, ImU32 col, const char* b,
                 const char* e) {
    if (x_max <= x_min) return;
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::RenderTextEllipsis(dl, ImVec2(x_min, y), ImVec2(x_max, y + line_h), x_max, x_max, b, e, nullptr);
    ImGui::PopStyleColor();
}

void DrawRowTooltip(const Store& store, const Interaction& x, int offset_min, bool overdue) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    char when[128] = "", time[16];
    const int32_t day = TimelineDay(x.at, offset_min);
    if (day != Date::kNone) {
        FormatLongDate(day, when, sizeof when);
        FormatTime(x.at, offset_min, time, sizeof time);
    }
    const char* dir = x.direction == Direction::In ? Tr(Str::TlIncoming) : x.direction == Direction::Out ? Tr(Str::TlOutgoing) : nullptr;
    ImGui::Text("%s %s%s%s", InteractionIcon(x.type), Tr(TypeName(x.type)), dir ? ", " : "", dir ? dir : "");
    if (day != Date::kNone) ImGui::TextDisabled("%s, %s", when, time);
    ImGui::Separator();
    ImGui::TextUnformatted(x.subject.empty() ? Tr(Str::TlNoSubject) : x.subject.c_str());
    if (!x.body.empty()) {
        constexpr size_t kMaxBody = 600;
        const size_t n = std::min(x.body.size(), kMaxBody);
        LineBuf body;
        body.Append(x.body.data(), n);
        ImGui::TextDisabled("%s%s", body.data, x.body.size() > kMaxBody ? "…" : "");
    }
    if (!x.result.empty()) {
        LineBuf r;
        r.Append(x.result);
        ImGui::Text(Tr(Str::TlResultFmt), r.data);
    }
    if (!x.attachments.empty()) {
        ImGui::Text(ICON_PAPERCLIP " ");
        ImGui::SameLine(0, 0);
        ImGui::Text(Tr(Str::TlAttachmentsFmt), static_cast<int>(x.attachments.size()));
        for (const Attachment& a : x.attachments) ImGui::BulletText("%s", a.name.c_str());
    }
    if (!x.contact_id.empty())
        if (const Contact* k = store.contacts.Find(x.contact_id))
            ImGui::Text(Tr(Str::TlContactFmt), k->name.c_str());
    if (!x.owner_id.empty())
        if (const Employee* e = store.employees.Find(x.owner_id)) ImGui::Text(Tr(Str::TlOwnerFmt), e->name.c_str());
    if (!x.interest_id.empty())
        if (const Interest* d = store.interests.Find(x.interest_id)) ImGui::Text(Tr(Str::IntTimelineFmt), d->title.c_str());
    if (IsDurationType(x.type) && x.duration_min > 0) {
        char d[64];
        FormatDuration(x.duration_min, d, sizeof d);
        ImGui::TextUnformatted(d);
    }
    if (overdue)
        ImGui::TextColored(colors::kErrorText, ICON_WARNING " %s", Tr(Str::TlBadgeOverdue));
    else if (x.status == InteractionStatus::Planned)
        ImGui::TextColored(colors::kBusyText, ICON_CLOCK " %s", Tr(Str::TlBadgePlanned));
    else if (x.status == InteractionStatus::Cancelled)
        ImGui::TextDisabled(ICON_BAN " %s", Tr(Str::TlBadgeCancelled));
    else
        ImGui::TextColored(colors::kOkText, ICON_CHECK " %s", Tr(Str::TlBadgeDone));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", Tr(Str::TlRowHint));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void DrawInteractionRow(const Store& store, UiState& ui, const Interaction& x, uint32_t pos, const RowMetrics& m,
                        int64_t now_ms, int offset_min, ImGuiID menu_id) {
    TimelineUi& t = ui.timeline;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const bool overdue = IsOverdue(x, now_ms);
    const bool planned = x.status == InteractionStatus::Planned;
    const bool cancelled = x.status == InteractionStatus::Cancelled;

    if (overdue)
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + m.item_h), colors::kErrorBg);
    else if (planned)
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + m.item_h), colors::kInfoBg);

    ImGui::PushID(static_cast<int>(pos));
    const bool clicked = ImGui::Selectable("##row", t.selected_id == x.id, ImGuiSelectableFlags_None,
                                           ImVec2(0, m.item_h));
    // Automation finds a row by its subject (cardApp.locate, the unit tests).
    const char* subject = x.subject.empty() ? Tr(Str::TlNoSubject) : x.subject.c_str();
    ReportLastItem(subject);
    if (clicked) {
        t.selected_id = x.id;
        OpenActivityEditor(ui, x);
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
        t.selected_id = x.id;
        t.menu_id = x.id;
        ImGui::OpenPopup(menu_id);
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_DelayNormal))
        DrawRowTooltip(store, x, offset_min, overdue);
    ImGui::PopID();

    const ImU32 text_col = ImGui::GetColorU32(cancelled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    const ImU32 dim_col = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 err_col = ImGui::ColorConvertFloat4ToU32(colors::kErrorText);
    const float y1 = p.y + m.pad;
    const float y2 = y1 + m.line_h + m.pad;
    const float x0 = p.x + style.FramePadding.x;

    // First line: type, direction, time | subject | attachments.
    dl->AddText(ImVec2(x0, y1), overdue ? err_col : text_col, InteractionIcon(x.type));
    if (x.direction == Direction::In) dl->AddText(ImVec2(x0 + m.em * 1.35f, y1), dim_col, ICON_ARROW_IN);
    if (x.direction == Direction::Out) dl->AddText(ImVec2(x0 + m.em * 1.35f, y1), dim_col, ICON_ARROW_OUT);
    char time[16];
    FormatTime(x.at, offset_min, time, sizeof time);
    const float time_x = x0 + m.em * 2.6f;
    dl->AddText(ImVec2(time_x, y1), overdue ? err_col : dim_col, time);
    const float subject_x = time_x + ImGui::CalcTextSize("00:00").x + m.em * 0.7f;
    const float right_edge = p.x + w - style.FramePadding.x;

    float right = right_edge;
    if (!x.attachments.empty()) {
        char clip[32];
        std::snprintf(clip, sizeof clip, ICON_PAPERCLIP " %d", static_cast<int>(x.attachments.size()));
        const float clip_w = ImGui::CalcTextSize(clip).x;
        dl->AddText(ImVec2(right - clip_w, y1), text_col, clip);
        right -= clip_w + m.em * 0.8f;
    }
    LineBuf subj;
    subj.Append(subject);
    ClippedText(dl, subject_x, right, y1, m.line_h, text_col, subj.data, subj.end());
    if (cancelled) {
        const float sw = std::min(ImGui::CalcTextSize(subj.data, subj.end()).x, right - subject_x);
        const float sy = std::floor(y1 + m.line_h * 0.55f) + 0.5f;
        if (sw > 0) dl->AddLine(ImVec2(subject_x, sy), ImVec2(subject_x + sw, sy), dim_col);
    }

    // Second line: contact, owner, duration, result | status.
    char badge[64] = "";
    ImU32 badge_col = dim_col;
    if (overdue) {
        std::snprintf(badge, sizeof badge, ICON_WARNING " %s", Tr(Str::TlBadgeOverdue));
        badge_col = err_col;
    } else if (planned) {
        std::snprintf(badge, sizeof badge, ICON_CLOCK " %s", Tr(Str::TlBadgePlanned));
        badge_col = ImGui::ColorConvertFloat4ToU32(colors::kBusyText);
    } else if (cancelled) {
        std::snprintf(badge, sizeof badge, ICON_BAN " %s", Tr(Str::TlBadgeCancelled));
    } else {  // done, the usual state: the check mark alone (the tooltip says "done")
        std::snprintf(badge, sizeof badge, ICON_CHECK);
        badge_col = ImGui::ColorConvertFloat4ToU32(colors::kOkText);
    }
    const float badge_w = ImGui::CalcTextSize(badge).x;
    dl->AddText(ImVec2(right_edge - badge_w, y2), badge_col, badge);

    LineBuf line;
    char part[96];
    // The interest (deal) it moves forward comes first: what the activity is for.
    if (!x.interest_id.empty())
        if (const Interest* d = store.interests.Find(x.interest_id)) {
            line.Append(ICON_BRIEFCASE " ");
            line.Append(d->title);
        }
    if (!x.contact_id.empty())
        if (const Contact* k = store.contacts.Find(x.contact_id)) {
            line.Separator();
            AppendShortName(k->name, line);
        }
    if (!x.owner_id.empty())
        if (const Employee* e = store.employees.Find(x.owner_id)) {
            line.Separator();
            std::snprintf(part, sizeof part, Tr(Str::TlOwnerFmt), "");
            line.Append(part);
            AppendShortName(e->name, line);
        }
    if (IsDurationType(x.type) && x.duration_min > 0) {
        line.Separator();
        FormatDuration(x.duration_min, part, sizeof part);
        line.Append(part);
    }
    if (x.status == InteractionStatus::Done && !x.result.empty()) {
        line.Separator();
        std::snprintf(part, sizeof part, Tr(Str::TlResultFmt), "");
        line.Append(part);
        line.Append(x.result);
    } else if (line.n == 0 && !x.body.empty()) {
        line.Append(x.body);  // nothing else to say: the start of the text
    }
    ClippedText(dl, subject_x, right_edge - badge_w - m.em * 0.8f, y2, m.line_h, dim_col, line.data, line.end());
}

// ---- History rows ("Show changes")

// "INN: 7701234567 → 7702345678" / "Contact person added: Смирнова О." — the row's text
// for automation and the first line's lead when the entry is not a field change.
void HistoryHeadline(const HistoryEntry& e, LineBuf& out) {
    char buf[256];
    if (e.action == "created" || e.action == "removed") {
        if (e.entity == "client") {
            out.Append(Tr(e.action == "created" ? Str::HiClientCreated : Str::HiClientRemoved));
        } else {
            std::snprintf(buf, sizeof buf, Tr(e.action == "created" ? Str::HiCreatedFmt : Str::HiRemovedFmt),
                          Tr(HistoryEntityLabel(e.entity)), e.record.c_str());
            out.Append(buf);
        }
        return;
    }
    const Str label = HistoryFieldLabel(e.entity, e.field);
    out.Append(label == Str::Count ? e.field.c_str() : Tr(label));
    out.Append(": ");
}

// A small arrow drawn with lines (no font glyph needed), centred on the text line.
void DrawArrow(ImDrawList* dl, float x, float y, float line_h, float len, ImU32 col) {
    const float cy = std::floor(y + line_h * 0.55f) + 0.5f;
    const float head = std::max(3.0f, line_h * 0.22f);
    dl->AddLine(ImVec2(x, cy), ImVec2(x + len, cy), col, 1.2f);
    dl->AddTriangleFilled(ImVec2(x + len + 1, cy), ImVec2(x + len - head, cy - head * 0.8f),
                          ImVec2(x + len - head, cy + head * 0.8f), col);
}

void DrawHistoryTooltip(const HistoryEntry& e, int offset_min) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    char when[128] = "", time[16] = "";
    const int32_t day = TimelineDay(e.at, offset_min);
    if (day != Date::kNone) {
        FormatLongDate(day, when, sizeof when);
        FormatTime(e.at, offset_min, time, sizeof time);
    }
    LineBuf head;
    HistoryHeadline(e, head);
    ImGui::Text(ICON_PENCIL " %s", head.data);
    ImGui::TextDisabled("%s, %s", when, time);
    if (e.entity != "client" && e.action == "changed")
        ImGui::TextDisabled("%s: %s", Tr(HistoryEntityLabel(e.entity)), e.record.c_str());
    if (e.action == "changed") {
        ImGui::Separator();
        ImGui::TextDisabled("%s", Tr(Str::HiOld));
        ImGui::SameLine();
        ImGui::TextUnformatted(HistoryValueText(e, e.old_value).c_str());
        ImGui::TextDisabled("%s", Tr(Str::HiNew));
        ImGui::SameLine();
        ImGui::TextUnformatted(HistoryValueText(e, e.new_value).c_str());
    }
    ImGui::Separator();
    ImGui::Text(Tr(Str::HiAuthorFmt), e.author.empty() ? Tr(Str::HiUnknownAuthor) : e.author.c_str());
    if (e.origin == "undo" || e.origin == "redo")
        ImGui::TextDisabled("(%s)", Tr(e.origin == "undo" ? Str::HiByUndo : Str::HiByRedo));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void DrawHistoryRow(UiState& ui, const HistoryEntry& e, uint32_t pos, const RowMetrics& m, int offset_min) {
    TimelineUi& t = ui.timeline;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;

    const bool changed = e.action == "changed";
    const std::string old_text = changed ? HistoryValueText(e, e.old_value) : std::string();
    const std::string new_text = changed ? HistoryValueText(e, e.new_value) : std::string();
    LineBuf head;
    HistoryHeadline(e, head);
    LineBuf label;  // what automation reads: the whole change on one line
    label.Append(head.data);
    if (changed) {
        label.Append(old_text);
        label.Append(" \xE2\x86\x92 ");  // →
        label.Append(new_text);
    }

    ImGui::PushID(static_cast<int>(pos) ^ 0x40000000);
    if (ImGui::Selectable("##hrow", t.selected_id == e.id, ImGuiSelectableFlags_None, ImVec2(0, m.item_h)))
        t.selected_id = e.id;
    ReportLastItem(label.data);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip | ImGuiHoveredFlags_DelayNormal))
        DrawHistoryTooltip(e, offset_min);
    ImGui::PopID();

    const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dim_col = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 accent = ImGui::ColorConvertFloat4ToU32(colors::kBusyText);
    const float y1 = p.y + m.pad;
    const float y2 = y1 + m.line_h + m.pad;
    const float x0 = p.x + style.FramePadding.x;
    const float right_edge = p.x + w - style.FramePadding.x;

    // A thin accent bar on the left tells a change from an interaction at a glance.
    dl->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + 2, p.y + m.item_h - 2), accent);
    dl->AddText(ImVec2(x0, y1), accent, ICON_PENCIL);
    char time[16];
    FormatTime(e.at, offset_min, time, sizeof time);
    const float time_x = x0 + m.em * 2.6f;
    dl->AddText(ImVec2(time_x, y1), dim_col, time);
    float x = time_x + ImGui::CalcTextSize("00:00").x + m.em * 0.7f;

    // First line: "Field: old → new" (old dim, new in full colour), or "Contact added: …".
    const float head_w = ImGui::CalcTextSize(head.data, head.end()).x;
    ClippedText(dl, x, right_edge, y1, m.line_h, changed ? dim_col : text_col, head.data, head.end());
    x += head_w;
    if (changed && x < right_edge) {
        LineBuf a, b;
        a.Append(old_text);
        b.Append(new_text);
        const float arrow_w = m.em * 1.8f;
        const float avail = right_edge - x - arrow_w;
        const float aw = ImGui::CalcTextSize(a.data, a.end()).x, bw = ImGui::CalcTextSize(b.data, b.end()).x;
        // Each value gets what it needs; when both do not fit, the new one keeps at least half.
        float old_w = aw;
        if (aw + bw > avail) old_w = std::max(std::min(aw, avail * 0.5f), avail - bw);
        old_w = std::max(0.0f, std::min(old_w, avail));
        ClippedText(dl, x, x + old_w, y1, m.line_h, dim_col, a.data, a.end());
        x += old_w + m.em * 0.4f;
        DrawArrow(dl, x, y1, m.line_h, m.em * 0.9f, dim_col);
        x += arrow_w - m.em * 0.4f;
        ClippedText(dl, x, right_edge, y1, m.line_h, text_col, b.data, b.end());
    }

    // Second line: author · the record (not for the client itself) · undo / redo.
    LineBuf line;
    if (e.author.empty())
        line.Append(Tr(Str::HiUnknownAuthor));
    else
        AppendShortName(e.author, line);
    if (changed && e.entity != "client") {
        line.Separator();
        line.Append(Tr(HistoryEntityLabel(e.entity)));
        line.Append(": ");
        line.Append(e.record);
    }
    if (e.origin == "undo" || e.origin == "redo") {
        line.Separator();
        line.Append(ICON_UNDO " ");
        line.Append(Tr(e.origin == "undo" ? Str::HiByUndo : Str::HiByRedo));
    }
    const float line_x = time_x + ImGui::CalcTextSize("00:00").x + m.em * 0.7f;
    ClippedText(dl, line_x, right_edge, y2, m.line_h, dim_col, line.data, line.end());
}

void DrawContextMenu(Store& store, UiState& ui, bool read_only) {
    TimelineUi& t = ui.timeline;
    if (!ImGui::BeginPopup("##tl_menu")) return;
    const Interaction* x = t.menu_id.empty() ? nullptr : store.interactions.Find(t.menu_id);
    if (!x) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextDisabled("%s %.*s", InteractionIcon(x->type), static_cast<int>(std::min<size_t>(x->subject.size(), 60)),
                        x->subject.c_str());
    ImGui::Separator();
    if (ImGui::MenuItem(Tr(Str::TlMenuOpen))) OpenActivityEditor(ui, *x);
    ImGui::BeginDisabled(read_only);
    InteractionStatus next = x->status;
    if (x->status != InteractionStatus::Done && ImGui::MenuItem(Tr(Str::TlMenuDone))) next = InteractionStatus::Done;
    if (x->status != InteractionStatus::Cancelled && ImGui::MenuItem(Tr(Str::TlMenuCancel)))
        next = InteractionStatus::Cancelled;
    if (x->status != InteractionStatus::Planned && ImGui::MenuItem(Tr(Str::TlMenuReplan)))
        next = InteractionStatus::Planned;
    ImGui::EndDisabled();
    if (next != x->status) SetStatus(store, *x, next, read_only);
    ImGui::EndPopup();
}

}  // namespace

void DrawTimeline(Store& store, UiState& ui, const Client& c, bool read_only) {
    TimelineUi& t = ui.timeline;
    DrawNewActivityButtons(store, ui, c, read_only);
    ImGui::Spacing();
    DrawFilters(t);

    const Moment now = platform::Now();
    const int offset_min = now.empty() ? 0 : now.offset_min;
    // Another client or another filter shows its list from the top; an edit keeps the place.
    const bool to_top = t.shown_client_id != c.id || (t.index.rows_valid && t.filter != t.index.filter);
    UpdateTimelineIndex(store, c.id, t.filter, now, t.index);
    DrawCounts(t);

    const TimelineIndex& ix = t.index;
    const ImGuiID menu_id = ImGui::GetID("##tl_menu");
    const float line_h = ImGui::GetTextLineHeight();
    const ImGuiStyle& style = ImGui::GetStyle();

    const bool no_changes = !t.filter.history || ix.hist_sorted.empty();
    if (ix.rows.empty() && ix.total() == 0 && no_changes) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(Tr(Str::TlEmpty));
        ReportLastItem(Tr(Str::TlEmpty));
        if (!read_only) ImGui::TextDisabled("%s", Tr(Str::TlEmptyHint));  // the buttons are disabled otherwise
        ImGui::PopTextWrapPos();
    } else if (ix.rows.empty()) {
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", Tr(Str::TlNoMatch));
        ReportLastItem(Tr(Str::TlNoMatch));
        ImGui::PopTextWrapPos();
    } else {
        const float height = std::max(ImGui::GetContentRegionAvail().y, line_h * 24);
        if (to_top) ImGui::SetNextWindowScroll(ImVec2(0, 0));
        if (ImGui::BeginChild("##tl_list", ImVec2(0, height), ImGuiChildFlags_Border)) {
            RowMetrics m;
            m.line_h = line_h;
            m.em = ImGui::GetFontSize();
            m.pad = std::floor(style.FramePadding.y * 0.75f);
            m.item_h = line_h * 2 + m.pad * 3;
            ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, std::floor(style.ItemSpacing.y * 0.5f)));
            const float pitch = m.item_h + ImGui::GetStyle().ItemSpacing.y;
            const int32_t today = TimelineDay(now, offset_min);
            const int64_t now_ms = now.empty() ? 0 : now.utc_ms;
            const auto& all = store.interactions.All();
            if (!ui.activity.saved_id.empty()) {
                // An activity just saved in the editor: bring its row into view (the middle of
                // the list) and highlight it, so the user sees where it went.
                const std::string& id = ui.activity.saved_id;
                for (size_t i = 0; i < ix.rows.size(); ++i) {
                    const TimelineRow& row = ix.rows[i];
                    if (row.header() || row.change || row.pos >= all.size() || all[row.pos].id != id) continue;
                    const float y = static_cast<float>(i) * pitch;
                    const float view = ImGui::GetWindowHeight();
                    ImGui::SetScrollY(std::max(0.0f, y - (view - pitch) * 0.5f));
                    t.selected_id = id;
                    break;
                }
                ui.activity.saved_id.clear();
            }
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(ix.rows.size()), pitch);
            while (clipper.Step()) {
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const TimelineRow& row = ix.rows[static_cast<size_t>(i)];
                    if (row.header()) {
                        DrawHeaderRow(m, row.day, today);
                    } else if (row.change) {
                        if (row.pos < store.history.size())
                            DrawHistoryRow(ui, store.history[row.pos], row.pos, m, offset_min);
                        else
                            ImGui::Dummy(ImVec2(0, m.item_h));
                    } else if (row.pos < all.size()) {
                        DrawInteractionRow(store, ui, all[row.pos], row.pos, m, now_ms, offset_min, menu_id);
                    } else {
                        ImGui::Dummy(ImVec2(0, m.item_h));  // the store shrank: rebuilt next frame
                    }
                }
            }
            ImGui::PopStyleVar();
        }
        ImGui::EndChild();
    }
    t.shown_client_id = c.id;

    DrawContextMenu(store, ui, read_only);
    DrawActivityEditor(store, ui, c, read_only);
}

}  // namespace card
