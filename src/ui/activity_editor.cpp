// New activities, the activity editor and its quick status changes (see activity_editor.h);
// the file list of the editor is in attachments.cpp.
//
// The editor works on a copy of the interaction (ui.activity.draft): typing, choosing and
// attaching change only the copy; Save writes it with one store.interactions.Upsert, Cancel
// drops it. Files arrive from the picker in a later frame through a mailbox that carries the
// editor session they were asked for, so that a late file never lands in another activity.
#include "ui/activity_editor.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "model/current_contract.h"
#include "platform/platform.h"
#include "ui/attachments.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/links.h"
#include "ui/main_sections.h"
#include "ui/widgets.h"

namespace card {
namespace {

constexpr int64_t kMinuteMs = 60 * 1000;
constexpr int64_t kHourMs = 60 * kMinuteMs;
constexpr int64_t kDayMs = 24 * kHourMs;

int64_t FloorDiv(int64_t a, int64_t b) {
    int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) --q;
    return q;
}

// The local calendar day and time of day of a moment, in its own offset.
struct LocalParts {
    Date day;
    int hour = 0, minute = 0;
};

LocalParts Split(const Moment& m) {
    const int64_t local = m.utc_ms + static_cast<int64_t>(m.offset_min) * kMinuteMs;
    const int64_t days = FloorDiv(local, kDayMs);
    const int64_t rem = local - days * kDayMs;
    LocalParts p;
    p.day.days = static_cast<int32_t>(days);
    p.hour = static_cast<int>(rem / kHourMs);
    p.minute = static_cast<int>(rem % kHourMs / kMinuteMs);
    return p;
}

Moment Make(Date day, int hour, int minute, int offset_min) {
    Moment m;
    m.offset_min = static_cast<int16_t>(offset_min);
    m.utc_ms = (static_cast<int64_t>(day.days) * 86400 + hour * 3600 + minute * 60) * 1000 -
               static_cast<int64_t>(offset_min) * kMinuteMs;
    return m;
}

// Now, to the minute, in the local offset.
Moment NowMinute() {
    Moment now = platform::Now();
    now.utc_ms = FloorDiv(now.utc_ms, kMinuteMs) * kMinuteMs;
    return now;
}

// The next whole hour of local time after `now` (14:05 -> 15:00, 14:00 -> 15:00).
Moment NextWholeHour(const Moment& now) {
    const int64_t offset_ms = static_cast<int64_t>(now.offset_min) * kMinuteMs;
    Moment m = now;
    m.utc_ms = (FloorDiv(now.utc_ms + offset_ms, kHourMs) + 1) * kHourMs - offset_ms;
    return m;
}

bool HasDirection(InteractionType t) {
    return t == InteractionType::Call || t == InteractionType::Email || t == InteractionType::Letter;
}
bool HasOutcome(InteractionType t) { return t == InteractionType::Call || t == InteractionType::Meeting; }

// "Send an e-mail" opens the mail program on Save, as long as it is still an e-mail.
bool MailsOnSave(const ActivityEditorUi& a) { return a.mail_on_save && a.draft.type == InteractionType::Email; }

const char* TypeLabel(InteractionType t) {
    switch (t) {
        case InteractionType::Call: return Tr(Str::ActTypeCall);
        case InteractionType::Meeting: return Tr(Str::ActTypeMeeting);
        case InteractionType::Email: return Tr(Str::ActTypeEmail);
        case InteractionType::Letter: return Tr(Str::ActTypeLetter);
        case InteractionType::Task: return Tr(Str::ActTypeTask);
        case InteractionType::Note: return Tr(Str::ActTypeNote);
        case InteractionType::Document: return Tr(Str::ActTypeDocument);
    }
    return "";
}

const char* DirectionLabel(Direction d) {
    switch (d) {
        case Direction::In: return Tr(Str::ActDirIn);
        case Direction::Out: return Tr(Str::ActDirOut);
        case Direction::None: return Tr(Str::ActNone);
    }
    return "";
}

const char* StatusLabel(InteractionStatus s) {
    switch (s) {
        case InteractionStatus::Planned: return Tr(Str::ActStatusPlanned);
        case InteractionStatus::Done: return Tr(Str::ActStatusDone);
        case InteractionStatus::Cancelled: return Tr(Str::ActStatusCancelled);
    }
    return "";
}

const char* KindTitle(ActivityKind k) {
    switch (k) {
        case ActivityKind::Call: return Tr(Str::ActTitleCall);
        case ActivityKind::IncomingCall: return Tr(Str::ActTitleIncoming);
        case ActivityKind::Meeting: return Tr(Str::ActTitleMeeting);
        case ActivityKind::Email: return Tr(Str::ActTitleEmail);
        case ActivityKind::Task: return Tr(Str::ActTitleTask);
        case ActivityKind::Note: return Tr(Str::ActTitleNote);
        case ActivityKind::Existing: break;
    }
    return "";
}

// A fresh editor: a new session and mailbox, so that files asked for earlier are dropped.
void Reset(ActivityEditorUi& a) {
    const uint64_t session = a.session + 1;
    a = ActivityEditorUi{};
    a.session = session;
}

// The editor shows and takes times on the user's clock (the browser's offset), as the
// timeline does; a moment keeps its own offset until its time is changed.
int LocalOffset() { return platform::Now().offset_min; }

void SetWhen(ActivityEditorUi& a, const Moment& m) {
    a.draft.at = m;
    Moment shown = m;
    shown.offset_min = static_cast<int16_t>(LocalOffset());
    char buf[64];
    FormatWhen(shown, buf, sizeof buf);
    a.when_text = buf;
    a.when_error = Str::Count;
}

// The address the e-mail goes to: the contact's first e-mail, else the client's; "" if none.
const std::string* Recipient(const Store& store, const Client& c, const Interaction& x) {
    if (const Contact* k = store.contacts.Find(x.contact_id))
        for (const std::string& e : k->emails)
            if (!e.empty()) return &e;
    for (const std::string& e : c.emails)
        if (!e.empty()) return &e;
    return nullptr;
}

// Positions of the client's contacts (or interests), by name, in the reused buffer.
template <class T, class Name>
const std::vector<uint32_t>& SortedOwned(const Collection<T>& coll, const std::string& client_id,
                                         std::vector<uint32_t>& out, Name name) {
    const std::vector<uint32_t>& owned = coll.OwnedBy(client_id);
    out.assign(owned.begin(), owned.end());
    std::sort(out.begin(), out.end(),
              [&](uint32_t a, uint32_t b) { return name(coll[a]) < name(coll[b]); });
    return out;
}

template <class T, class Label>
void RefCombo(const char* label, std::string& id, const Collection<T>& coll, const std::vector<uint32_t>* positions,
              Label text_of) {
    const T* current = id.empty() ? nullptr : coll.Find(id);
    const char* preview = id.empty() ? Tr(Str::ActNone) : current ? text_of(*current) : Tr(Str::ActNotFound);
    if (!BeginFindableCombo(label, preview)) return;
    if (ImGui::Selectable(Tr(Str::ActNone), id.empty())) id.clear();
    const size_t n = positions ? positions->size() : coll.size();
    for (size_t i = 0; i < n; ++i) {
        const T& r = coll[positions ? (*positions)[i] : i];
        ImGui::PushID(static_cast<int>(i));
        const bool selected = r.id == id;
        if (ImGui::Selectable(text_of(r), selected)) id = r.id;
        if (selected) ImGui::SetItemDefaultFocus();
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

template <class E, class Label>
bool EnumCombo(const char* label, E& value, Label text_of, size_t first = 0, size_t count = EnumCount<E>()) {
    bool changed = false;
    if (!BeginFindableCombo(label, text_of(value))) return false;
    for (size_t i = first; i < first + count; ++i) {
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

void Close(ActivityEditorUi& a) {
    Reset(a);
    ImGui::CloseCurrentPopup();
}

// Writes the draft (a new id for a new activity) and, for "Send an e-mail", opens the mail
// program. False (nothing written) while the date and time do not parse.
bool Commit(Store& store, ActivityEditorUi& a, const Client& c) {
    if (a.when_error != Str::Count) {
        a.focus = ActivityEditorUi::Focus::When;
        return false;
    }
    Interaction x = a.draft;
    if (a.is_new) x.id = NewId();
    x.client_id = a.client_id;
    if (!HasDirection(x.type))
        x.direction = Direction::None;
    else if (x.direction == Direction::None)
        x.direction = Direction::Out;
    if (x.duration_min < 0) x.duration_min = 0;
    std::string url;
    if (MailsOnSave(a)) {
        x.status = x.at.utc_ms <= platform::Now().utc_ms ? InteractionStatus::Done : InteractionStatus::Planned;
        const std::string* to = Recipient(store, c, x);
        url = MailtoUrl(to ? *to : std::string(), x.subject, x.body);
    }
    const std::string id = x.id;
    store.interactions.Upsert(std::move(x));
    if (!url.empty()) platform::OpenUrl(url);
    Close(a);
    a.saved_id = id;  // after Close, which resets the editor's state
    return true;
}

void QuickTimeButtons(ActivityEditorUi& a) {
    const Moment now = NowMinute();
    const Moment base = a.when_error == Str::Count && !a.draft.at.empty() ? a.draft.at : now;
    Moment m = base;
    bool set = false;
    if (ImGui::SmallButton(Tr(Str::ActPlusHour))) {
        m.utc_ms += kHourMs;
        set = true;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr(Str::ActPlusDay))) {
        m.utc_ms += kDayMs;
        set = true;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr(Str::ActTomorrow10))) {
        Date tomorrow = Split(now).day;
        ++tomorrow.days;
        m = Make(tomorrow, 10, 0, now.offset_min);
        set = true;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr(Str::ActNowButton))) {
        m = now;
        set = true;
    }
    if (set) SetWhen(a, m);
}

void DrawForm(Store& store, UiState& ui, const Client& c, bool read_only) {
    ActivityEditorUi& a = ui.activity;
    Interaction& x = a.draft;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float em = ImGui::GetFontSize();

    constexpr Str kLabels[] = {Str::ActFieldType,    Str::ActFieldDirection, Str::ActFieldWhen,
                               Str::ActFieldStatus,  Str::ActFieldContact,   Str::ActFieldOwner,
                               Str::ActFieldInterest, Str::ActFieldSubject,  Str::ActFieldText,
                               Str::ActFieldResult,  Str::ActFieldDuration};
    float label_w = 0;
    for (Str s : kLabels) label_w = std::max(label_w, ImGui::CalcTextSize(Tr(s), nullptr, true).x);
    const float field_w = std::max(em * 10, ImGui::GetContentRegionAvail().x - label_w - style.ItemInnerSpacing.x);
    ImGui::PushItemWidth(field_w);

    if (EnumCombo(Tr(Str::ActFieldType), x.type, TypeLabel)) {
        if (!HasDirection(x.type))
            x.direction = Direction::None;
        else if (x.direction == Direction::None)
            x.direction = Direction::Out;
    }
    if (HasDirection(x.type)) {
        if (x.direction == Direction::None) x.direction = Direction::Out;
        EnumCombo(Tr(Str::ActFieldDirection), x.direction, DirectionLabel, 0, 2);  // in, out
    }

    if (a.focus == ActivityEditorUi::Focus::When && !read_only) {
        ImGui::SetKeyboardFocusHere();
        a.focus = ActivityEditorUi::Focus::None;
    }
    if (InputStringWithHint(Tr(Str::ActFieldWhen), Tr(Str::ActWhenHint), a.when_text)) {
        Moment m;
        a.when_error = ParseWhen(a.when_text, LocalOffset(), m);
        if (a.when_error == Str::Count) x.at = m;
    }
    if (a.when_error != Str::Count) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field_w + label_w);
        TextHint(Tr(a.when_error));
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    QuickTimeButtons(a);

    // An e-mail being sent is done, or planned when dated ahead (set by Save).
    if (!MailsOnSave(a)) EnumCombo(Tr(Str::ActFieldStatus), x.status, StatusLabel);

    SortedOwned(store.contacts, c.id, ui.rows_scratch, [](const Contact& k) -> const std::string& { return k.name; });
    RefCombo(Tr(Str::ActFieldContact), x.contact_id, store.contacts, &ui.rows_scratch,
             [](const Contact& k) { return k.name.c_str(); });
    RefCombo(Tr(Str::ActFieldOwner), x.owner_id, store.employees, nullptr,
             [](const Employee& e) { return e.name.c_str(); });
    SortedOwned(store.interests, c.id, ui.rows_scratch,
                [](const Interest& i) -> const std::string& { return i.title; });
    RefCombo(Tr(Str::ActFieldInterest), x.interest_id, store.interests, &ui.rows_scratch,
             [](const Interest& i) { return i.title.empty() ? i.project.c_str() : i.title.c_str(); });

    if (a.focus == ActivityEditorUi::Focus::Subject && !read_only) {
        ImGui::SetKeyboardFocusHere();
        a.focus = ActivityEditorUi::Focus::None;
    }
    InputString(Tr(Str::ActFieldSubject), x.subject);
    InputStringMultiline(Tr(Str::ActFieldText), x.body,
                         ImVec2(field_w, ImGui::GetTextLineHeight() * 5 + style.FramePadding.y * 2));

    if (HasOutcome(x.type) && x.status == InteractionStatus::Done) {
        if (a.focus == ActivityEditorUi::Focus::Duration && !read_only) {
            ImGui::SetKeyboardFocusHere();
            a.focus = ActivityEditorUi::Focus::None;
        }
        // Short, but wider than its label: automation clicks the middle of field and label.
        ImGui::SetNextItemWidth(
            std::min(field_w, ImGui::CalcTextSize(Tr(Str::ActFieldDuration), nullptr, true).x + em * 2));
        if (ImGui::InputScalar(Tr(Str::ActFieldDuration), ImGuiDataType_S64, &x.duration_min))
            x.duration_min = std::clamp<int64_t>(x.duration_min, 0, 100000);
        InputStringMultiline(Tr(Str::ActFieldResult), x.result,
                             ImVec2(field_w, ImGui::GetTextLineHeight() * 3 + style.FramePadding.y * 2));
    }
    ImGui::PopItemWidth();

    if (MailsOnSave(a)) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field_w + label_w);
        if (const std::string* to = Recipient(store, c, x)) {
            char line[512];
            std::snprintf(line, sizeof line, Tr(Str::ActMailTo), to->c_str());
            TextHint(line);
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
            TextHint(Tr(Str::ActNoEmail));
            ImGui::PopStyleColor();
        }
        if (!x.attachments.empty()) {  // a mailto: link cannot carry files
            ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
            TextHint(Tr(Str::ActMailNoFiles));
            ImGui::PopStyleColor();
        }
        ImGui::PopTextWrapPos();
    }
}

void DrawFooter(Store& store, UiState& ui, const Client& c, bool read_only) {
    ActivityEditorUi& a = ui.activity;
    if (a.hint != ActivityHint::None && !read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kBusyText);
        TextHint(Tr(a.hint == ActivityHint::MarkDone ? Str::ActMarkDoneHint : Str::ActRescheduleHint));
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    if (read_only) {
        if (ImGui::Button(Tr(Str::ActClose))) Close(a);
        return;
    }
    // Quick status changes of a stored activity, by its stored status; hidden once one of
    // them is under way (Mark done asking for the outcome, Reschedule for the time).
    const Interaction* stored = a.is_new ? nullptr : store.interactions.Find(a.draft.id);
    if (stored && stored->status != InteractionStatus::Done && a.hint == ActivityHint::None) {
        if (stored->status == InteractionStatus::Planned) {
            if (IconTextButton(ICON_CHECK, Tr(Str::ActMarkDone))) {
                a.draft.status = InteractionStatus::Done;
                const Moment now = NowMinute();
                if (a.when_error != Str::Count || a.draft.at.utc_ms > now.utc_ms) SetWhen(a, now);
                if (HasOutcome(a.draft.type)) {
                    a.hint = ActivityHint::MarkDone;
                    a.focus = ActivityEditorUi::Focus::Duration;
                } else {
                    Commit(store, a, c);
                    return;
                }
            }
            ImGui::SameLine();
        }
        if (IconTextButton(ICON_CALENDAR, Tr(Str::ActReschedule))) {
            a.draft.status = InteractionStatus::Planned;
            a.hint = ActivityHint::Reschedule;
            a.focus = ActivityEditorUi::Focus::When;
        }
        if (stored->status == InteractionStatus::Planned) {
            ImGui::SameLine();
            if (IconTextButton(ICON_BAN, Tr(Str::ActCancelActivity))) {
                a.draft.status = InteractionStatus::Cancelled;
                if (Commit(store, a, c)) return;
            }
        }
    }
    if (ImGui::Button(Tr(MailsOnSave(a) ? Str::ActSaveAndMail : Str::ActSave))) {
        if (Commit(store, a, c)) return;
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr(Str::ActDiscard))) Close(a);
}

}  // namespace

void FormatWhen(const Moment& m, char* buf, size_t size) {
    if (size == 0) return;
    buf[0] = '\0';
    if (m.empty()) return;
    const LocalParts p = Split(m);
    int y;
    unsigned mo, d;
    p.day.ToYmd(y, mo, d);
    if (CurrentLanguage() == Lang::Ru)
        std::snprintf(buf, size, "%02u.%02u.%04d %02d:%02d", d, mo, y, p.hour, p.minute);
    else
        std::snprintf(buf, size, "%04d-%02u-%02u %02d:%02d", y, mo, d, p.hour, p.minute);
}

Str ParseWhen(std::string_view text, int offset_min, Moment& out) {
    auto space = [](char ch) { return ch == ' ' || ch == '\t'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    if (text.empty()) return Str::ActWhenEmpty;
    auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    auto number = [&](std::string_view s) {
        int v = 0;
        for (char ch : s) v = v * 10 + (ch - '0');
        return v;
    };
    auto all_digits = [&](std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), digit);
    };
    if (text.size() < 10) return Str::ActWhenFormat;
    const std::string_view date = text.substr(0, 10);
    int y = 0, mo = 0, d = 0;
    if (date[2] == '.' && date[5] == '.' && all_digits(date.substr(0, 2)) && all_digits(date.substr(3, 2)) &&
        all_digits(date.substr(6, 4))) {
        d = number(date.substr(0, 2));
        mo = number(date.substr(3, 2));
        y = number(date.substr(6, 4));
    } else if (date[4] == '-' && date[7] == '-' && all_digits(date.substr(0, 4)) && all_digits(date.substr(5, 2)) &&
               all_digits(date.substr(8, 2))) {
        y = number(date.substr(0, 4));
        mo = number(date.substr(5, 2));
        d = number(date.substr(8, 2));
    } else {
        return Str::ActWhenFormat;
    }
    std::string_view rest = text.substr(10);
    if (rest.empty() || !(space(rest.front()) || rest.front() == 'T')) return Str::ActWhenFormat;
    rest.remove_prefix(1);
    while (!rest.empty() && space(rest.front())) rest.remove_prefix(1);
    const size_t colon = rest.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2) return Str::ActWhenFormat;
    const std::string_view hh = rest.substr(0, colon), mm = rest.substr(colon + 1);
    if (!all_digits(hh) || mm.size() != 2 || !all_digits(mm)) return Str::ActWhenFormat;
    if (y < 1 || !IsRealDay(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) return Str::ActWhenNoDay;
    const int h = number(hh), mi = number(mm);
    if (h > 23 || mi > 59) return Str::ActWhenNoTime;
    out = Make(Date::FromYmd(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)), h, mi, offset_min);
    return Str::Count;
}

void StartNewActivity(const Store& store, UiState& ui, const Client& c, ActivityKind kind) {
    ActivityEditorUi& a = ui.activity;
    Reset(a);
    a.open = true;
    a.open_requested = true;
    a.kind = kind;
    a.is_new = kind != ActivityKind::Existing;
    a.client_id = c.id;
    a.focus = ActivityEditorUi::Focus::Subject;
    Interaction& x = a.draft;
    x.client_id = c.id;
    const Moment now = NowMinute();
    const Moment planned = NextWholeHour(now);
    switch (kind) {
        case ActivityKind::Existing:
        case ActivityKind::Call:
            x.type = InteractionType::Call;
            x.direction = Direction::Out;
            x.status = InteractionStatus::Planned;
            SetWhen(a, planned);
            break;
        case ActivityKind::IncomingCall:
            x.type = InteractionType::Call;
            x.direction = Direction::In;
            x.status = InteractionStatus::Done;
            SetWhen(a, now);
            break;
        case ActivityKind::Meeting:
            x.type = InteractionType::Meeting;
            x.status = InteractionStatus::Planned;
            SetWhen(a, planned);
            break;
        case ActivityKind::Email:
            x.type = InteractionType::Email;
            x.direction = Direction::Out;
            x.status = InteractionStatus::Done;
            a.mail_on_save = true;
            SetWhen(a, now);
            break;
        case ActivityKind::Task:
            x.type = InteractionType::Task;
            x.status = InteractionStatus::Planned;
            SetWhen(a, planned);
            break;
        case ActivityKind::Note:
            x.type = InteractionType::Note;
            x.status = InteractionStatus::Done;
            SetWhen(a, now);
            break;
    }
    const std::string& me = CurrentUserId(ui);
    if (!me.empty() && store.employees.Contains(me)) x.owner_id = me;
    // The primary contact, or the only one.
    const std::vector<uint32_t>& contacts = store.contacts.OwnedBy(c.id);
    for (uint32_t pos : contacts)
        if (store.contacts[pos].primary) {
            x.contact_id = store.contacts[pos].id;
            break;
        }
    if (x.contact_id.empty() && contacts.size() == 1) x.contact_id = store.contacts[contacts[0]].id;
    a.no_contract = CurrentContract(store, c.id, platform::Now().LocalDate()) == nullptr;
}

void StartNewActivityFor(const Store& store, UiState& ui, const Client& c, const Interest& interest) {
    StartNewActivity(store, ui, c, ActivityKind::Call);
    Interaction& x = ui.activity.draft;
    x.interest_id = interest.id;
    if (x.owner_id.empty() && store.employees.Contains(interest.responsible_id)) x.owner_id = interest.responsible_id;
}

void OpenActivityEditor(UiState& ui, const Interaction& existing) {
    ActivityEditorUi& a = ui.activity;
    Reset(a);
    a.open = true;
    a.open_requested = true;
    a.kind = ActivityKind::Existing;
    a.client_id = existing.client_id;
    a.draft = existing;
    if (existing.at.empty()) {
        a.when_error = Str::ActWhenEmpty;
    } else {
        SetWhen(a, existing.at);
    }
}

void DrawNewActivityButtons(Store& store, UiState& ui, const Client& c, bool read_only) {
    struct Button {
        ActivityKind kind;
        const char* icon;
        Str label, tip;
    };
    constexpr Button kButtons[] = {
        {ActivityKind::Call, ICON_PHONE, Str::ActNewCall, Str::ActNewCallTip},
        {ActivityKind::IncomingCall, ICON_ARROW_IN, Str::ActNewIncoming, Str::ActNewIncomingTip},
        {ActivityKind::Meeting, ICON_USERS, Str::ActNewMeeting, Str::ActNewMeetingTip},
        {ActivityKind::Email, ICON_ENVELOPE, Str::ActNewEmail, Str::ActNewEmailTip},
        {ActivityKind::Task, ICON_CHECK_SQUARE, Str::ActNewTask, Str::ActNewTaskTip},
        {ActivityKind::Note, ICON_STICKY_NOTE, Str::ActNewNote, Str::ActNewNoteTip},
    };
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    ImGui::BeginDisabled(read_only);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", Tr(Str::ActNewLabel));
    for (const Button& b : kButtons) {
        // Flows into as many rows as the half needs.
        const char* label = Tr(b.label);
        const float w = style.FramePadding.x * 2 + ImGui::CalcTextSize(b.icon).x + style.ItemInnerSpacing.x +
                        ImGui::CalcTextSize(label, nullptr, true).x;
        if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right) ImGui::SameLine();
        if (IconTextButton(b.icon, label)) StartNewActivity(store, ui, c, b.kind);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", Tr(b.tip));
    }
    ImGui::EndDisabled();
}

void DrawActivityEditor(Store& store, UiState& ui, const Client& c, bool read_only) {
    ActivityEditorUi& a = ui.activity;
    // Files the picker delivered since the last frame: kept only when asked by this session.
    if (!a.picked->files.empty()) {
        std::vector<PickedForEditor> files = std::move(a.picked->files);
        a.picked->files.clear();
        for (const PickedForEditor& f : files)
            if (a.open && f.session == a.session && !read_only) AttachPickedFile(a, f.file);
    }
    if (!a.open) return;

    char title[512];
    const char* what = a.is_new ? KindTitle(a.kind) : TypeLabel(a.draft.type);
    std::snprintf(title, sizeof title, "%s %s \xE2\x80\x94 %s###act_editor", InteractionIcon(a.draft.type), what,
                  c.name.c_str());
    if (a.open_requested) {
        ImGui::OpenPopup("###act_editor");
        a.open_requested = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    const float width = std::min(em * 38, vp->WorkSize.x * 0.96f);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->WorkSize.y * 0.94f));
    bool keep = true;
    if (!ImGui::BeginPopupModal(title, &keep, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        Reset(a);  // closed from outside (e.g. the window's close button)
        return;
    }
    // The card changed under the editor, or the activity was removed (an import): drop it.
    if (!keep || a.client_id != c.id || (!a.is_new && !store.interactions.Contains(a.draft.id))) {
        Close(a);
        ImGui::EndPopup();
        return;
    }
    if (a.no_contract) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
        BannerBar(colors::kErrorBg, Tr(Str::ActNoContract));
        ImGui::PopStyleColor();
    }
    if (read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
        TextHint(Tr(Str::ActReadOnly));
        ImGui::PopStyleColor();
    }
    ImGui::BeginDisabled(read_only);
    DrawForm(store, ui, c, read_only);
    ImGui::EndDisabled();
    DrawAttachments(a, read_only);
    DrawFooter(store, ui, c, read_only);
    ImGui::EndPopup();
}

}  // namespace card
