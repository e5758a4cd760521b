// The timeline's list as shown, kept apart from drawing so that it can be tested without
// ImGui: one client's interactions (and, with "Show changes", its history entries
// interleaved by time) newest first, filtered by type, status and text, with a
// day-header row before each day's first entry. Rows are positions into
// store.interactions.All(), so drawing a row is an index, and the list scrolls through
// 10,000 entries with a clipper.
//
// Two stages, each rebuilt only when its inputs change (never per frame):
//  1. `sorted` + folded search text: when the client, the interactions, contacts or
//     employees (names are searched), or the viewer's UTC offset change;
//  2. `rows`: when stage 1 was rebuilt, the filter changed, or the clock passed the moment
//     a planned entry becomes overdue (`valid_until_ms`; the overdue filter and count
//     depend on the time).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/store.h"
#include "ui/i18n.h"

namespace card {

enum class TimelineStatus : uint8_t { All, Planned, Done, Cancelled, Overdue };
constexpr int kTimelineStatusCount = 5;

struct TimelineFilter {
    static constexpr uint32_t kAllTypes = (1u << EnumCount<InteractionType>()) - 1;
    uint32_t types = kAllTypes;  // bit (1 << InteractionType)
    TimelineStatus status = TimelineStatus::All;
    std::string text;  // as typed; words are matched case-insensitively, all must occur
    // "Show changes": the client's history entries between the interactions. Not a narrowing
    // filter (Reset keeps it); they show with the status "All" only (a change is neither
    // planned nor done), whatever the types, and the text filter applies to them too.
    bool history = false;

    bool TypeOn(InteractionType t) const { return (types >> static_cast<unsigned>(t)) & 1u; }
    void SetType(InteractionType t, bool on) {
        const uint32_t bit = 1u << static_cast<unsigned>(t);
        types = on ? (types | bit) : (types & ~bit);
    }
    bool Active() const;  // anything narrower than "everything"
    bool operator==(const TimelineFilter& o) const {
        return types == o.types && status == o.status && text == o.text && history == o.history;
    }
    bool operator!=(const TimelineFilter& o) const { return !(*this == o); }
};

// One row of the list: an interaction, a history entry, or the header of the day that follows.
struct TimelineRow {
    static constexpr uint32_t kHeader = 0xFFFFFFFFu;
    uint32_t pos = kHeader;      // into store.interactions.All() (or store.history.All()), or kHeader
    int32_t day = Date::kNone;   // the row's day (Date::days) in the viewer's offset; kNone: no date
    bool change = false;         // pos is into store.history.All()
    bool header() const { return pos == kHeader; }
};

struct TimelineIndex {
    // Stage 1: every interaction of the client, newest first (ties: by id), and for each its
    // folded searchable text (subject, body, result, contact, owner, attachment names)
    // in text[text_begin[i], text_begin[i + 1]).
    std::vector<uint32_t> sorted;
    std::vector<uint32_t> text_begin;
    std::string text;
    // Stage 1 of the history (built only while "Show changes" is on): the client's history
    // entries newest first, and their folded searchable text (field name in both languages,
    // old and new value, author, record).
    std::vector<uint32_t> hist_sorted;
    std::vector<uint32_t> hist_text_begin;
    std::string hist_text;
    uint64_t history_version = ~uint64_t{0};
    const void* hist_data = nullptr;
    bool hist_valid = false;
    // Stage 2.
    std::vector<TimelineRow> rows;
    size_t shown = 0;    // interactions in `rows` (headers not counted)
    size_t changes_shown = 0;  // history entries in `rows`
    size_t overdue = 0;  // overdue interactions of the client, whatever the filter

    // What the stages were built from.
    std::string client_id;
    const void* store = nullptr;
    const void* data = nullptr;
    uint64_t interactions_version = ~uint64_t{0};
    uint64_t contacts_version = ~uint64_t{0};
    uint64_t employees_version = ~uint64_t{0};
    int offset_min = 0;
    bool sorted_valid = false;
    bool rows_valid = false;
    TimelineFilter filter;
    std::string needle;               // the folded filter text, words separated by '\0'
    int64_t valid_until_ms = INT64_MAX;  // stage 2 is stale from this moment on

    uint64_t sorts = 0, filters = 0, hist_sorts = 0;  // how many times each stage ran (tests)

    size_t total() const { return sorted.size(); }
};

// A planned interaction whose time has passed.
inline bool IsOverdue(const Interaction& x, int64_t now_ms) {
    return x.status == InteractionStatus::Planned && !x.at.empty() && x.at.utc_ms < now_ms;
}

// The calendar day of `m` as seen with the UTC offset `offset_min` (Date::kNone when empty).
int32_t TimelineDay(const Moment& m, int offset_min);
// 0 = Monday ... 6 = Sunday.
int Weekday(int32_t day);

// The label of a history entry's field as the card shows it (strings/history.h), by the
// entry's entity and format field name; Str::Count when unknown (history.cpp).
Str HistoryFieldLabel(const std::string& entity, const std::string& field);
// "Client", "Contact person", ... for an entry's entity.
Str HistoryEntityLabel(const std::string& entity);
// An entry's old or new value as the card shows it in the current language: enumerations
// by their labels, money and dates formatted, "(empty)" for "" (history.cpp).
std::string HistoryValueText(const HistoryEntry& e, const std::string& value);

// Brings `index` up to date for the client; a no-op when nothing it depends on changed.
// `now` gives the time (overdue) and the viewer's UTC offset (day grouping).
void UpdateTimelineIndex(const Store& store, const std::string& client_id, const TimelineFilter& filter,
                         const Moment& now, TimelineIndex& index);

}  // namespace card
