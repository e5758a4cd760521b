// The timeline (Main tab, right half): the pure index (order, day grouping, filters,
// overdue, caching, 10,000 entries) and the drawn list through the headless UI harness
// (rows, day headers, counts, filters by clicks and typing, a click opens the editor, the
// context menu changes the status, read-only refuses it, empty states).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <string>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/timeline_index.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

Moment At(const char* s) {
    auto m = Moment::Parse(s);
    REQUIRE(m);
    return *m;
}

int32_t DayOf(const char* ymd) { return Date::Parse(ymd)->days; }

Interaction Ix(const char* id, const char* client, InteractionType type, const char* at, InteractionStatus status,
               const char* subject) {
    Interaction x;
    x.id = id;
    x.client_id = client;
    x.type = type;
    if (at) x.at = At(at);
    x.status = status;
    x.subject = subject;
    return x;
}

// The ids of the rows in order, with "#YYYY-MM-DD" (or "#none") for a day header.
std::string Rows(const Store& s, const TimelineIndex& ix) {
    std::string out;
    for (const TimelineRow& r : ix.rows) {
        if (!out.empty()) out += ' ';
        if (r.header())
            out += r.day == Date::kNone ? std::string("#none") : "#" + Date{r.day}.Format();
        else
            out += s.interactions.All()[r.pos].id;
    }
    return out;
}

TimelineIndex Build(const Store& s, const std::string& client, const TimelineFilter& f, const char* now) {
    TimelineIndex ix;
    UpdateTimelineIndex(s, client, f, At(now), ix);
    return ix;
}

}  // namespace

// ---- The index

TEST_CASE("timeline index: newest first, grouped by day, other clients left out") {
    Store s;
    using T = InteractionType;
    using S = InteractionStatus;
    s.interactions.Upsert(Ix("x1", "c1", T::Call, "2026-11-20T15:30:00+03:00", S::Done, "a"));
    s.interactions.Upsert(Ix("x2", "c1", T::Email, "2026-11-20T09:00:00+03:00", S::Done, "b"));
    s.interactions.Upsert(Ix("x3", "c1", T::Note, "2026-11-27T10:00:00+03:00", S::Done, "c"));
    s.interactions.Upsert(Ix("x4", "c1", T::Meeting, "2026-12-03T11:00:00+03:00", S::Planned, "d"));
    s.interactions.Upsert(Ix("x5", "c1", T::Task, nullptr, S::Planned, "no date"));
    s.interactions.Upsert(Ix("x6", "c1", T::Letter, "2026-11-20T12:30:00Z", S::Done, "same moment as x1"));
    s.interactions.Upsert(Ix("y1", "c2", T::Call, "2026-11-21T10:00:00+03:00", S::Done, "other client"));

    const TimelineIndex ix = Build(s, "c1", TimelineFilter{}, "2026-11-27T12:00:00+03:00");
    // x1 and x6 are the same moment: the tie is broken by id. The undated one comes last.
    CHECK(Rows(s, ix) == "#2026-12-03 x4 #2026-11-27 x3 #2026-11-20 x1 x6 x2 #none x5");
    CHECK(ix.total() == 6);
    CHECK(ix.shown == 6);
    CHECK(Build(s, "c2", TimelineFilter{}, "2026-11-27T12:00:00+03:00").shown == 1);
    CHECK(Build(s, "nobody", TimelineFilter{}, "2026-11-27T12:00:00+03:00").rows.empty());
}

TEST_CASE("timeline index: days are the viewer's, whatever offset an entry was written with") {
    Store s;
    // 22:30 UTC on the 20th is 01:30 on the 21st in Moscow, and 15:30 on the 20th in Denver.
    s.interactions.Upsert(Ix("late", "c1", InteractionType::Call, "2026-11-20T22:30:00Z", InteractionStatus::Done, ""));
    s.interactions.Upsert(
        Ix("early", "c1", InteractionType::Call, "2026-11-21T00:30:00+03:00", InteractionStatus::Done, ""));
    CHECK(Rows(s, Build(s, "c1", {}, "2026-11-27T12:00:00+03:00")) == "#2026-11-21 late early");
    CHECK(Rows(s, Build(s, "c1", {}, "2026-11-27T12:00:00-07:00")) == "#2026-11-20 late early");
    CHECK(Rows(s, Build(s, "c1", {}, "2026-11-27T12:00:00Z")) == "#2026-11-20 late early");

    CHECK(TimelineDay(At("2026-11-20T22:30:00Z"), 180) == DayOf("2026-11-21"));
    CHECK(TimelineDay(At("1969-12-31T23:00:00Z"), 0) == DayOf("1969-12-31"));  // before the epoch
    CHECK(TimelineDay(Moment{}, 180) == Date::kNone);
    CHECK(Weekday(DayOf("2026-11-27")) == 4);  // Friday
    CHECK(Weekday(DayOf("1970-01-01")) == 3);  // Thursday
    CHECK(Weekday(DayOf("1969-12-29")) == 0);  // Monday
    CHECK(Weekday(DayOf("2026-11-29")) == 6);  // Sunday
}

TEST_CASE("timeline index: overdue is a planned entry whose time has passed, relative to the given now") {
    Store s;
    using S = InteractionStatus;
    s.interactions.Upsert(Ix("past", "c1", InteractionType::Task, "2026-11-27T11:59:00+03:00", S::Planned, ""));
    s.interactions.Upsert(Ix("soon", "c1", InteractionType::Call, "2026-11-27T12:01:00+03:00", S::Planned, ""));
    s.interactions.Upsert(Ix("later", "c1", InteractionType::Call, "2026-11-28T09:00:00+03:00", S::Planned, ""));
    s.interactions.Upsert(Ix("done", "c1", InteractionType::Call, "2026-11-01T09:00:00+03:00", S::Done, ""));
    s.interactions.Upsert(Ix("gone", "c1", InteractionType::Call, "2026-11-01T09:00:00+03:00", S::Cancelled, ""));
    s.interactions.Upsert(Ix("undated", "c1", InteractionType::Task, nullptr, S::Planned, ""));

    const int64_t noon = At("2026-11-27T12:00:00+03:00").utc_ms;
    CHECK(IsOverdue(*s.interactions.Find("past"), noon));
    CHECK_FALSE(IsOverdue(*s.interactions.Find("soon"), noon));
    CHECK_FALSE(IsOverdue(*s.interactions.Find("done"), noon));
    CHECK_FALSE(IsOverdue(*s.interactions.Find("gone"), noon));
    CHECK_FALSE(IsOverdue(*s.interactions.Find("undated"), noon));

    TimelineFilter f;
    f.status = TimelineStatus::Overdue;
    TimelineIndex ix;
    UpdateTimelineIndex(s, "c1", f, At("2026-11-27T12:00:00+03:00"), ix);
    CHECK(Rows(s, ix) == "#2026-11-27 past");
    CHECK(ix.overdue == 1);
    CHECK(ix.valid_until_ms == At("2026-11-27T12:01:00+03:00").utc_ms);
    // A minute later nothing changed in the store, but "soon" is now overdue too.
    const uint64_t filters = ix.filters;
    UpdateTimelineIndex(s, "c1", f, At("2026-11-27T12:00:30+03:00"), ix);
    CHECK(ix.filters == filters);  // not yet: nothing to redo
    UpdateTimelineIndex(s, "c1", f, At("2026-11-27T12:02:00+03:00"), ix);
    CHECK(ix.filters == filters + 1);
    CHECK(Rows(s, ix) == "#2026-11-27 soon past");
    CHECK(ix.overdue == 2);

    f.status = TimelineStatus::Planned;  // planned includes the overdue ones
    CHECK(Rows(s, Build(s, "c1", f, "2026-11-27T12:00:00+03:00")) == "#2026-11-28 later #2026-11-27 soon past #none undated");
    f.status = TimelineStatus::Done;
    CHECK(Rows(s, Build(s, "c1", f, "2026-11-27T12:00:00+03:00")) == "#2026-11-01 done");
    f.status = TimelineStatus::Cancelled;
    CHECK(Rows(s, Build(s, "c1", f, "2026-11-27T12:00:00+03:00")) == "#2026-11-01 gone");
}

TEST_CASE("timeline index: filter by type") {
    Store s;
    using T = InteractionType;
    const char* at = "2026-11-20T10:00:00+03:00";
    s.interactions.Upsert(Ix("call", "c1", T::Call, at, InteractionStatus::Done, ""));
    s.interactions.Upsert(Ix("meet", "c1", T::Meeting, at, InteractionStatus::Done, ""));
    s.interactions.Upsert(Ix("mail", "c1", T::Email, at, InteractionStatus::Done, ""));
    s.interactions.Upsert(Ix("post", "c1", T::Letter, at, InteractionStatus::Done, ""));
    s.interactions.Upsert(Ix("task", "c1", T::Task, at, InteractionStatus::Done, ""));
    s.interactions.Upsert(Ix("note", "c1", T::Note, at, InteractionStatus::Done, ""));
    s.interactions.Upsert(Ix("paper", "c1", T::Document, at, InteractionStatus::Done, ""));

    TimelineFilter f;
    CHECK_FALSE(f.Active());
    CHECK(Build(s, "c1", f, "2026-11-27T12:00:00+03:00").shown == 7);
    f.types = 0;
    f.SetType(T::Call, true);
    f.SetType(T::Letter, true);
    CHECK(f.Active());
    CHECK(Rows(s, Build(s, "c1", f, "2026-11-27T12:00:00+03:00")) == "#2026-11-20 call post");
    f.SetType(T::Call, false);
    CHECK(Rows(s, Build(s, "c1", f, "2026-11-27T12:00:00+03:00")) == "#2026-11-20 post");
    f.types = 0;
    const TimelineIndex none = Build(s, "c1", f, "2026-11-27T12:00:00+03:00");
    CHECK(none.rows.empty());
    CHECK(none.shown == 0);
    CHECK(none.total() == 7);
}

TEST_CASE("timeline index: text search over subject, body, result, contact, owner, files; Cyrillic, any case, ё = е") {
    Store s;
    Contact k;
    k.id = "k1";
    k.client_id = "c1";
    k.name = "Кузнецов Иван";
    s.contacts.Upsert(k);
    Employee e;
    e.id = "e1";
    e.name = "Иванова Мария";
    s.employees.Upsert(e);

    const char* at = "2026-11-20T10:00:00+03:00";
    Interaction a = Ix("a", "c1", InteractionType::Meeting, at, InteractionStatus::Planned, "Презентация плана обновления");
    a.contact_id = "k1";
    s.interactions.Upsert(a);
    Interaction b = Ix("b", "c1", InteractionType::Call, at, InteractionStatus::Done, "Звонок");
    b.body = "Клиент готов обновиться в декабре";
    b.result = "Договорились о встрече";
    b.owner_id = "e1";
    s.interactions.Upsert(b);
    Interaction c = Ix("c", "c1", InteractionType::Email, at, InteractionStatus::Done, "Invoice");
    c.attachments.push_back(Attachment{"Счёт_47.txt", "text/plain", 10, "", ""});
    s.interactions.Upsert(c);

    auto found = [&](const char* text) {
        TimelineFilter f;
        f.text = text;
        std::string ids;
        const TimelineIndex ix = Build(s, "c1", f, "2026-11-27T12:00:00+03:00");
        for (const TimelineRow& r : ix.rows)
            if (!r.header()) ids += s.interactions.All()[r.pos].id;
        return ids;
    };
    CHECK(found("") == "abc");
    CHECK(found("   ") == "abc");
    CHECK(found("ПРЕЗЕНТАЦИЯ") == "a");      // subject, upper case
    CHECK(found("декабре") == "b");          // body
    CHECK(found("ДОГОВОРИЛИСЬ") == "b");     // result
    CHECK(found("кузнецов") == "a");         // contact
    CHECK(found("мария") == "b");            // owner
    CHECK(found("счет") == "c");             // file name, ё typed as е
    CHECK(found("СЧЁТ_47") == "c");
    CHECK(found("INVOICE") == "c");          // Latin
    CHECK(found("иван") == "ab");            // a contact and an owner
    CHECK(found("обнов") == "ab");           // a subject and a body
    CHECK(found("  плана   презентация ") == "a");  // every word, any order
    CHECK(found("плана звонок") == "");
    CHECK(found("встрече звонок") == "b");
    CHECK(found("нет такого") == "");
    // Words do not match across two fields.
    CHECK(found("обновления кузнецов").size() == 1);
    CHECK(found("обновлениякузнецов") == "");

    // Renaming the contact is seen by the search (contacts are part of the cache key).
    TimelineFilter f;
    f.text = "смирнов";
    TimelineIndex ix;
    UpdateTimelineIndex(s, "c1", f, At("2026-11-27T12:00:00+03:00"), ix);
    CHECK(ix.shown == 0);
    k.name = "Смирнов Олег";
    s.contacts.Upsert(k);
    UpdateTimelineIndex(s, "c1", f, At("2026-11-27T12:00:00+03:00"), ix);
    CHECK(ix.shown == 1);
}

TEST_CASE("timeline index: rebuilt only when the store, the client or the filter change") {
    Store s;
    s.interactions.Upsert(Ix("a", "c1", InteractionType::Call, "2026-11-20T10:00:00+03:00", InteractionStatus::Done, "a"));
    s.interactions.Upsert(Ix("b", "c2", InteractionType::Call, "2026-11-20T10:00:00+03:00", InteractionStatus::Done, "b"));
    const Moment now = At("2026-11-27T12:00:00+03:00");
    TimelineIndex ix;
    TimelineFilter f;
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(ix.sorts == 1);
    CHECK(ix.filters == 1);
    for (int i = 0; i < 10; ++i) UpdateTimelineIndex(s, "c1", f, now, ix);  // idle frames
    CHECK(ix.sorts == 1);
    CHECK(ix.filters == 1);

    f.text = "a";  // a filter change refilters without sorting again
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(ix.sorts == 1);
    CHECK(ix.filters == 2);

    UpdateTimelineIndex(s, "c2", f, now, ix);  // another client
    CHECK(ix.sorts == 2);
    CHECK(ix.shown == 0);
    f.text.clear();
    UpdateTimelineIndex(s, "c2", f, now, ix);
    CHECK(Rows(s, ix) == "#2026-11-20 b");

    Interaction b = *s.interactions.Find("b");  // an edit in the store
    b.at = At("2026-11-22T10:00:00+03:00");
    s.interactions.Upsert(b);
    UpdateTimelineIndex(s, "c2", f, now, ix);
    CHECK(ix.sorts == 3);
    CHECK(Rows(s, ix) == "#2026-11-22 b");

    s.interactions.Remove("b");  // a removal moves "a" to another position
    UpdateTimelineIndex(s, "c2", f, now, ix);
    CHECK(ix.rows.empty());
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(Rows(s, ix) == "#2026-11-20 a");

    Store other;  // another store (an import replaced it): never the old positions
    UpdateTimelineIndex(other, "c1", f, now, ix);
    CHECK(ix.rows.empty());
}

TEST_CASE("timeline index: 10,000 entries of one client") {
    Store s;
    constexpr int kCount = 10000;
    s.interactions.Reserve(kCount + 500);
    uint32_t seed = 12345;
    auto next = [&seed]() {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) & 0xFFFFFF;
    };
    const int64_t base = At("2024-01-01T00:00:00Z").utc_ms;
    const char* words[] = {"обновление", "Счёт", "ДЕМО", "поддержка", "лицензии"};
    for (int i = 0; i < kCount + 500; ++i) {
        Interaction x;
        char id[16];
        std::snprintf(id, sizeof id, "x%05d", i);
        x.id = id;
        x.client_id = i < kCount ? "big" : "small";
        x.type = static_cast<InteractionType>(next() % EnumCount<InteractionType>());
        x.status = static_cast<InteractionStatus>(next() % EnumCount<InteractionStatus>());
        // About 1,100 days, several entries on most; some exactly at the same moment.
        x.at.utc_ms = base + static_cast<int64_t>(next() % (1100 * 96)) * 15 * 60000;
        x.at.offset_min = 180;
        char subject[64];
        std::snprintf(subject, sizeof subject, "%s №%d", words[i % 5], i);
        x.subject = subject;
        s.interactions.Upsert(std::move(x));
    }
    const Moment now = At("2025-06-01T12:00:00+03:00");
    const auto& all = s.interactions.All();

    auto check_structure = [&](const TimelineIndex& ix) {
        size_t items = 0, headers = 0;
        int32_t day = 0;
        bool have_day = false;
        int64_t last_ms = INT64_MAX;
        std::string last_id;
        std::set<int32_t> days;
        for (size_t i = 0; i < ix.rows.size(); ++i) {
            const TimelineRow& r = ix.rows[i];
            if (r.header()) {
                ++headers;
                REQUIRE(i + 1 < ix.rows.size());
                REQUIRE_FALSE(ix.rows[i + 1].header());  // a header is never empty
                if (have_day) REQUIRE(r.day < day);          // days strictly descend
                day = r.day;
                have_day = true;
                REQUIRE(days.insert(r.day).second);
                continue;
            }
            ++items;
            REQUIRE(have_day);
            const Interaction& x = all[r.pos];
            REQUIRE(x.client_id == "big");
            REQUIRE(TimelineDay(x.at, 180) == day);
            REQUIRE(r.day == day);
            REQUIRE(x.at.utc_ms <= last_ms);  // newest first
            if (x.at.utc_ms == last_ms) REQUIRE(last_id < x.id);
            last_ms = x.at.utc_ms;
            last_id = x.id;
        }
        CHECK(items == ix.shown);
        CHECK(headers == days.size());
        return items;
    };

    using Clock = std::chrono::steady_clock;
    auto ms_since = [](Clock::time_point t0) {
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    };
    TimelineIndex ix;
    auto t0 = Clock::now();
    UpdateTimelineIndex(s, "big", TimelineFilter{}, now, ix);
    const double build_ms = ms_since(t0);
    CHECK(ix.total() == kCount);
    CHECK(check_structure(ix) == kCount);
    CHECK(ix.rows.size() > kCount + 900);  // most of the 1,100 days have entries

    // Counted independently of the index: overdue, a type + status filter, a text filter.
    size_t overdue = 0, planned_calls = 0, with_word = 0, word_and_number = 0;
    for (const Interaction& x : all) {
        if (x.client_id != "big") continue;
        if (x.status == InteractionStatus::Planned && x.at.utc_ms < now.utc_ms) ++overdue;
        if (x.status == InteractionStatus::Planned && x.type == InteractionType::Call) ++planned_calls;
        if (x.subject.find("ДЕМО") != std::string::npos) ++with_word;
        if (x.subject.find("ДЕМО №12") != std::string::npos) ++word_and_number;
    }
    CHECK(ix.overdue == overdue);
    CHECK(overdue > 0);

    TimelineFilter f;
    f.types = 0;
    f.SetType(InteractionType::Call, true);
    f.status = TimelineStatus::Planned;
    UpdateTimelineIndex(s, "big", f, now, ix);
    CHECK(check_structure(ix) == planned_calls);
    for (const TimelineRow& r : ix.rows)
        if (!r.header()) {
            REQUIRE(all[r.pos].type == InteractionType::Call);
            REQUIRE(all[r.pos].status == InteractionStatus::Planned);
        }

    f = TimelineFilter{};
    f.status = TimelineStatus::Overdue;
    UpdateTimelineIndex(s, "big", f, now, ix);
    CHECK(check_structure(ix) == overdue);

    f = TimelineFilter{};
    f.text = "демо";
    t0 = Clock::now();
    UpdateTimelineIndex(s, "big", f, now, ix);
    const double filter_ms = ms_since(t0);
    CHECK(check_structure(ix) == with_word);
    CHECK(with_word == kCount / 5);
    f.text = "демо №12";
    UpdateTimelineIndex(s, "big", f, now, ix);
    CHECK(check_structure(ix) == word_and_number);
    CHECK(ix.sorts == 1);  // the filters never re-sorted
    MESSAGE("10k interactions: sort + search text ", build_ms, " ms, text filter ", filter_ms, " ms");
}

// ---- The drawn list

namespace {

constexpr int64_t kHour = 3600 * 1000;

Moment FromNow(int64_t delta_ms) {
    Moment m = platform::Now();
    m.utc_ms += delta_ms;
    m.utc_ms -= m.utc_ms % 60000;
    return m;
}

// A client with a done call yesterday, a meeting planned tomorrow, a task that was due two
// hours ago, and a cancelled note. The subjects are what the tests click.
void FillTimeline(Store& s) {
    Employee e;
    e.id = "e1";
    e.name = "Ivanova Maria";
    s.employees.Upsert(e);
    Client c;
    c.id = "c1";
    c.name = "Romashka";
    s.clients.Upsert(c);
    Client empty;
    empty.id = "c2";
    empty.name = "Lyutik";
    s.clients.Upsert(empty);
    Contact k;
    k.id = "k1";
    k.client_id = "c1";
    k.name = "Kuznetsov Ivan";
    s.contacts.Upsert(k);

    Interaction call;
    call.id = "call";
    call.client_id = "c1";
    call.type = InteractionType::Call;
    call.direction = Direction::Out;
    call.subject = "Звонок по обновлению";
    call.at = FromNow(-24 * kHour);
    call.duration_min = 25;
    call.status = InteractionStatus::Done;
    call.result = "Agreed on a demo";
    call.contact_id = "k1";
    call.owner_id = "e1";
    s.interactions.Upsert(call);

    Interaction meeting;
    meeting.id = "meeting";
    meeting.client_id = "c1";
    meeting.type = InteractionType::Meeting;
    meeting.subject = "Upgrade demo";
    meeting.at = FromNow(24 * kHour);
    meeting.duration_min = 90;
    meeting.status = InteractionStatus::Planned;
    s.interactions.Upsert(meeting);

    Interaction task;
    task.id = "task";
    task.client_id = "c1";
    task.type = InteractionType::Task;
    task.subject = "Send the offer";
    task.at = FromNow(-2 * kHour);
    task.status = InteractionStatus::Planned;
    task.attachments.push_back(Attachment{"offer.txt", "text/plain", 3, "YWJj", ""});
    s.interactions.Upsert(task);

    Interaction note;
    note.id = "note";
    note.client_id = "c1";
    note.type = InteractionType::Note;
    note.subject = "Old note";
    note.at = At("2025-11-27T12:00:00+03:00");
    note.status = InteractionStatus::Cancelled;
    s.interactions.Upsert(note);
}

void RightClick(UiHarness& h, App& app, const char* label) {
    automation::Rect r;
    REQUIRE_MESSAGE(automation::Locate(label, r), "no widget labelled ", std::string(label));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    h.Frame(app);
    io.AddMouseButtonEvent(ImGuiMouseButton_Right, true);
    h.Frame(app);
    io.AddMouseButtonEvent(ImGuiMouseButton_Right, false);
    h.Frame(app, 3);
}

InteractionStatus StatusOf(const App& app, const char* id) { return app.store.interactions.Find(id)->status; }

}  // namespace

TEST_CASE("ui timeline: rows, day headers, counts; a click opens the editor") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillTimeline(app.store);
    app.store.ClearDirty();
    app.ui.SelectClient("c1");
    h.Frame(app, 3);

    for (const char* label : {"Звонок по обновлению", "Upgrade demo", "Send the offer", "Old note", "Tomorrow",
                              "Yesterday", "27 November 2025, Thursday", "4 of 4", "Overdue (1)"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
    // Newest first: tomorrow's meeting above the overdue task above yesterday's call.
    automation::Rect meeting, task, call, old;
    REQUIRE(automation::Locate("Upgrade demo", meeting));
    REQUIRE(automation::Locate("Send the offer", task));
    REQUIRE(automation::Locate("Звонок по обновлению", call));
    REQUIRE(automation::Locate("Old note", old));
    CHECK(meeting.y < task.y);
    CHECK(task.y < call.y);
    CHECK(call.y < old.y);
    // Every row (a header too) has the same height: the clipper relies on it.
    CHECK(meeting.h == task.h);
    CHECK(call.h == old.h);

    CHECK_FALSE(app.ui.activity.open);
    h.Click(app, "Send the offer");
    CHECK(app.ui.activity.open);
    CHECK(app.ui.timeline.selected_id == "task");
    CHECK_FALSE(app.store.HasChanges());  // looking changes nothing
    // While the editor (a modal) is open, the rows behind it are out of reach.
    CHECK_FALSE(UiHarness::Has("Old note"));
    h.Click(app, "Cancel");
    CHECK_FALSE(app.ui.activity.open);

    app.SetLanguage("ru");
    h.Frame(app, 2);
    for (const char* label : {"Завтра", "Вчера", "27 ноября 2025, четверг", "4 из 4", "Просроченные (1)"})
        CHECK_MESSAGE(UiHarness::Has(label), std::string(label));
}

TEST_CASE("ui timeline: the context menu marks done, cancels, plans again; not in read-only") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillTimeline(app.store);
    app.ui.SelectClient("c1");
    h.Frame(app, 3);

    RightClick(h, app, "Upgrade demo");
    CHECK(UiHarness::Has("Open"));
    CHECK(UiHarness::Has("Cancel activity"));
    CHECK_FALSE(UiHarness::Has("Back to planned"));  // it is planned already
    h.Click(app, "Mark done");
    CHECK(StatusOf(app, "meeting") == InteractionStatus::Done);
    CHECK_FALSE(UiHarness::Has("Mark done"));  // the menu closed
    CHECK(app.store.interactions.Find("meeting")->subject == "Upgrade demo");  // only the status changed

    RightClick(h, app, "Send the offer");
    h.Click(app, "Cancel activity");
    CHECK(StatusOf(app, "task") == InteractionStatus::Cancelled);
    CHECK_FALSE(UiHarness::Has("Overdue (1)"));
    CHECK(UiHarness::Has("Overdue"));  // no count when none is overdue

    RightClick(h, app, "Send the offer");
    h.Click(app, "Back to planned");
    CHECK(StatusOf(app, "task") == InteractionStatus::Planned);
    CHECK(UiHarness::Has("Overdue (1)"));

    RightClick(h, app, "Old note");
    h.Click(app, "Open");
    CHECK(app.ui.activity.open);
    CHECK(StatusOf(app, "note") == InteractionStatus::Cancelled);

    // Read-only: the menu still opens the entry, but changes nothing.
    app.ui.activity.open = false;
    app.env.read_only = true;
    app.store.ClearDirty();
    h.Frame(app, 2);
    RightClick(h, app, "Send the offer");
    REQUIRE(UiHarness::Has("Mark done"));
    h.Click(app, "Mark done");
    CHECK(StatusOf(app, "task") == InteractionStatus::Planned);
    CHECK_FALSE(app.store.HasChanges());
}

TEST_CASE("ui timeline: filters by text, status and type, by clicks and typing") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillTimeline(app.store);
    app.ui.SelectClient("c1");
    h.Frame(app, 3);
    CHECK_FALSE(UiHarness::Has("Reset filters"));

    // Text: Cyrillic typed in another case.
    h.Click(app, "Find");
    h.Type(app, "ОБНОВЛ");
    CHECK(app.ui.timeline.filter.text == "ОБНОВЛ");
    CHECK(UiHarness::Has("Звонок по обновлению"));
    CHECK_FALSE(UiHarness::Has("Upgrade demo"));
    CHECK(UiHarness::Has("1 of 4"));
    h.Key(app, ImGuiKey_Enter);  // leaves the field, keeping the text
    CHECK(app.ui.timeline.filter.text == "ОБНОВЛ");
    CHECK(UiHarness::Has("1 of 4"));
    // The contact's name is searched too.
    app.ui.timeline.filter.text = "kuznetsov";
    h.Frame(app, 2);
    CHECK(app.ui.timeline.filter.text == "kuznetsov");
    CHECK(UiHarness::Has("Звонок по обновлению"));
    CHECK(UiHarness::Has("1 of 4"));
    app.ui.timeline.filter.text = "no such thing";
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Nothing matches the filter."));
    CHECK(UiHarness::Has("0 of 4"));
    h.Click(app, "Reset filters");
    CHECK_FALSE(app.ui.timeline.filter.Active());
    CHECK(UiHarness::Has("4 of 4"));

    // Status; "Overdue" carries the count.
    h.Click(app, "Overdue (1)");
    CHECK(app.ui.timeline.filter.status == TimelineStatus::Overdue);
    CHECK(UiHarness::Has("Send the offer"));
    CHECK_FALSE(UiHarness::Has("Upgrade demo"));
    CHECK(UiHarness::Has("1 of 4"));
    h.Click(app, "Planned");
    CHECK(UiHarness::Has("Send the offer"));
    CHECK(UiHarness::Has("Upgrade demo"));
    CHECK(UiHarness::Has("2 of 4"));
    h.Click(app, "Cancelled");
    CHECK(UiHarness::Has("Old note"));
    CHECK(UiHarness::Has("1 of 4"));
    h.Click(app, "Done");
    CHECK(UiHarness::Has("Звонок по обновлению"));
    CHECK(UiHarness::Has("1 of 4"));
    h.Click(app, "All");
    CHECK(UiHarness::Has("4 of 4"));
    CHECK_FALSE(UiHarness::Has("Reset filters"));

    // Type: the combo's checkboxes.
    h.Click(app, "Types");
    REQUIRE(UiHarness::Has("Calls"));
    h.Click(app, "Calls");
    CHECK_FALSE(app.ui.timeline.filter.TypeOn(InteractionType::Call));
    CHECK(UiHarness::Has("Meetings"));  // the combo stays open for more
    h.Click(app, "Meetings");
    h.Click(app, "27 November 2025, Thursday");  // a click outside closes the combo (a header does nothing)
    CHECK_FALSE(UiHarness::Has("Calls"));
    CHECK_FALSE(UiHarness::Has("Звонок по обновлению"));
    CHECK_FALSE(UiHarness::Has("Upgrade demo"));
    CHECK(UiHarness::Has("Send the offer"));
    CHECK(UiHarness::Has("2 of 4"));
    h.Click(app, "Types");
    h.Click(app, "Select all");
    h.Click(app, "27 November 2025, Thursday");
    CHECK(UiHarness::Has("4 of 4"));
    CHECK(app.store.interactions.Find("call")->status == InteractionStatus::Done);  // filters change no data
}

TEST_CASE("ui timeline: empty states") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillTimeline(app.store);
    app.ui.SelectClient("c2");
    h.Frame(app, 3);
    CHECK(UiHarness::Has("No interactions with this client yet."));
    CHECK(UiHarness::Has("0 of 0"));
    app.ui.SelectClient("c1");
    h.Frame(app, 3);
    CHECK_FALSE(UiHarness::Has("No interactions with this client yet."));
    CHECK(UiHarness::Has("Upgrade demo"));
}

TEST_CASE("ui timeline: idle frames do not rebuild the index") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillTimeline(app.store);
    app.ui.SelectClient("c1");
    h.Frame(app, 3);
    const uint64_t sorts = app.ui.timeline.index.sorts, filters = app.ui.timeline.index.filters;
    h.Frame(app, 20);
    CHECK(app.ui.timeline.index.sorts == sorts);
    CHECK(app.ui.timeline.index.filters == filters);
}

TEST_CASE("ui timeline: a long list scrolls with the wheel; another filter or client starts at the top") {
    EnglishUi en;
    UiHarness h;
    App app;
    FillTimeline(app.store);
    for (int i = 0; i < 300; ++i) {  // one a day, the newest yesterday
        Interaction x;
        char id[16], subject[32];
        std::snprintf(id, sizeof id, "d%03d", i);
        std::snprintf(subject, sizeof subject, "Entry %03d", i);
        x.id = id;
        x.client_id = "c2";
        x.type = InteractionType::Note;
        x.subject = subject;
        x.at = FromNow(-(i + 1) * 24 * kHour);
        app.store.interactions.Upsert(x);
    }
    app.ui.SelectClient("c2");
    h.Frame(app, 3);
    CHECK(UiHarness::Has("Entry 000"));
    CHECK(UiHarness::Has("300 of 300"));
    CHECK_FALSE(UiHarness::Has("Entry 299"));  // only the rows on screen are drawn

    automation::Rect r;
    REQUIRE(automation::Locate("Entry 000", r));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    h.Frame(app);
    for (int i = 0; i < 40; ++i) {
        io.AddMouseWheelEvent(0, -5);
        h.Frame(app);
    }
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Entry 000"));
    CHECK(UiHarness::Has("300 of 300"));

    // Marking an entry done keeps the place.
    const uint64_t sorts = app.ui.timeline.index.sorts;
    Interaction x = *app.store.interactions.Find("d150");
    x.status = InteractionStatus::Cancelled;
    app.store.interactions.Upsert(x);
    h.Frame(app, 2);
    CHECK(app.ui.timeline.index.sorts == sorts + 1);
    CHECK_FALSE(UiHarness::Has("Entry 000"));

    // Another filter shows its list from the top.
    h.Click(app, "Done");
    CHECK(UiHarness::Has("299 of 300"));
    CHECK(UiHarness::Has("Entry 000"));

    // So does another client, and coming back.
    REQUIRE(automation::Locate("Entry 000", r));
    io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    h.Frame(app);
    for (int i = 0; i < 40; ++i) {
        io.AddMouseWheelEvent(0, -5);
        h.Frame(app);
    }
    CHECK_FALSE(UiHarness::Has("Entry 000"));
    app.ui.SelectClient("c1");
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Звонок по обновлению"));  // the filter (done) stays
    CHECK(UiHarness::Has("1 of 4"));
    app.ui.SelectClient("c2");
    h.Frame(app, 2);
    CHECK(UiHarness::Has("Entry 000"));
}
