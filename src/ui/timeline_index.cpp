#include "ui/timeline_index.h"

#include <algorithm>
#include <string_view>

#include "ui/client_filter.h"

namespace card {
namespace {

constexpr char kFieldSeparator = '\x1f';  // fields never match across their border

int64_t FloorDiv(int64_t a, int64_t b) {
    const int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

void AppendSearchText(const Store& store, const Interaction& x, std::string& text) {
    AppendFolded(x.subject, text);
    text += kFieldSeparator;
    AppendFolded(x.body, text);
    text += kFieldSeparator;
    AppendFolded(x.result, text);
    text += kFieldSeparator;
    if (!x.contact_id.empty())
        if (const Contact* k = store.contacts.Find(x.contact_id)) AppendFolded(k->name, text);
    text += kFieldSeparator;
    if (!x.owner_id.empty())
        if (const Employee* e = store.employees.Find(x.owner_id)) AppendFolded(e->name, text);
    for (const Attachment& a : x.attachments) {
        text += kFieldSeparator;
        AppendFolded(a.name, text);
    }
}

void Sort(const Store& store, const std::string& client_id, int offset_min, TimelineIndex& ix) {
    const auto& all = store.interactions.All();
    const auto& owned = store.interactions.OwnedBy(client_id);
    ix.sorted.assign(owned.begin(), owned.end());
    std::sort(ix.sorted.begin(), ix.sorted.end(), [&all](uint32_t a, uint32_t b) {
        const Interaction& x = all[a];
        const Interaction& y = all[b];
        if (x.at.utc_ms != y.at.utc_ms) return x.at.utc_ms > y.at.utc_ms;  // empty (INT64_MIN) last
        return x.id < y.id;
    });
    ix.text.clear();
    ix.text_begin.clear();
    ix.text_begin.reserve(ix.sorted.size() + 1);
    for (uint32_t pos : ix.sorted) {
        ix.text_begin.push_back(static_cast<uint32_t>(ix.text.size()));
        AppendSearchText(store, all[pos], ix.text);
    }
    ix.text_begin.push_back(static_cast<uint32_t>(ix.text.size()));

    ix.client_id = client_id;
    ix.store = &store;
    ix.data = all.data();
    ix.interactions_version = store.interactions.Version();
    ix.contacts_version = store.contacts.Version();
    ix.employees_version = store.employees.Version();
    ix.offset_min = offset_min;
    ix.sorted_valid = true;
    ix.rows_valid = false;
    ix.hist_valid = false;  // another client, perhaps
    ++ix.sorts;
}

void AppendHistoryText(const HistoryEntry& h, std::string& text) {
    const Str label = HistoryFieldLabel(h.entity, h.field);
    if (label != Str::Count) {
        AppendFolded(Tr(label, Lang::En), text);
        text += kFieldSeparator;
        AppendFolded(Tr(label, Lang::Ru), text);
        text += kFieldSeparator;
    }
    AppendFolded(h.field, text);
    text += kFieldSeparator;
    AppendFolded(h.old_value, text);
    text += kFieldSeparator;
    AppendFolded(h.new_value, text);
    text += kFieldSeparator;
    AppendFolded(h.author, text);
    text += kFieldSeparator;
    AppendFolded(h.record, text);
}

void SortHistory(const Store& store, TimelineIndex& ix) {
    const auto& all = store.history.All();
    const auto& owned = store.history.OwnedBy(ix.client_id);
    ix.hist_sorted.assign(owned.begin(), owned.end());
    std::sort(ix.hist_sorted.begin(), ix.hist_sorted.end(), [&all](uint32_t a, uint32_t b) {
        const HistoryEntry& x = all[a];
        const HistoryEntry& y = all[b];
        if (x.at.utc_ms != y.at.utc_ms) return x.at.utc_ms > y.at.utc_ms;
        return a > b;  // the same moment (one step): the later recorded first
    });
    ix.hist_text.clear();
    ix.hist_text_begin.clear();
    ix.hist_text_begin.reserve(ix.hist_sorted.size() + 1);
    for (uint32_t pos : ix.hist_sorted) {
        ix.hist_text_begin.push_back(static_cast<uint32_t>(ix.hist_text.size()));
        AppendHistoryText(all[pos], ix.hist_text);
    }
    ix.hist_text_begin.push_back(static_cast<uint32_t>(ix.hist_text.size()));
    ix.history_version = store.history.Version();
    ix.hist_data = all.data();
    ix.hist_valid = true;
    ix.rows_valid = false;
    ++ix.hist_sorts;
}

// The filter text folded and split into words (separated by '\0' in `out`).
void FoldNeedle(const std::string& typed, std::string& out) {
    out.clear();
    std::string folded;
    AppendFolded(typed, folded);
    size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t')) ++i;
        const size_t b = i;
        while (i < folded.size() && folded[i] != ' ' && folded[i] != '\t') ++i;
        if (i > b) {
            if (!out.empty()) out += '\0';
            out.append(folded, b, i - b);
        }
    }
}

bool MatchesText(std::string_view hay, std::string_view needle) {
    size_t b = 0;
    while (b < needle.size()) {
        size_t e = needle.find('\0', b);
        if (e == std::string_view::npos) e = needle.size();
        if (hay.find(needle.substr(b, e - b)) == std::string_view::npos) return false;
        b = e + 1;
    }
    return true;
}

bool MatchesStatus(const Interaction& x, TimelineStatus s, int64_t now_ms) {
    switch (s) {
        case TimelineStatus::All: return true;
        case TimelineStatus::Planned: return x.status == InteractionStatus::Planned;
        case TimelineStatus::Done: return x.status == InteractionStatus::Done;
        case TimelineStatus::Cancelled: return x.status == InteractionStatus::Cancelled;
        case TimelineStatus::Overdue: return IsOverdue(x, now_ms);
    }
    return true;
}

void Filter(const Store& store, const TimelineFilter& f, int64_t now_ms, TimelineIndex& ix) {
    const auto& all = store.interactions.All();
    if (!ix.rows_valid || ix.filter.text != f.text) FoldNeedle(f.text, ix.needle);
    ix.filter = f;
    ix.rows.clear();
    ix.shown = 0;
    ix.overdue = 0;
    ix.valid_until_ms = INT64_MAX;
    const std::string_view text(ix.text);
    int32_t last_day = 0;
    bool any = false;
    ix.changes_shown = 0;
    // History entries interleave by time (newest first) when shown; a change is neither
    // planned nor done, so only the status "All" shows them.
    const bool with_history = f.history && f.status == TimelineStatus::All && ix.hist_valid;
    const auto& hist = store.history.All();
    const std::string_view hist_text(ix.hist_text);
    size_t h = 0;
    auto add_row = [&](uint32_t pos, const Moment& at, bool change) {
        const int32_t day = TimelineDay(at, ix.offset_min);
        if (!any || day != last_day) {
            ix.rows.push_back(TimelineRow{TimelineRow::kHeader, day, false});
            last_day = day;
            any = true;
        }
        ix.rows.push_back(TimelineRow{pos, day, change});
    };
    auto flush_history = [&](int64_t down_to_ms, bool all_left) {
        if (!with_history) return;
        for (; h < ix.hist_sorted.size(); ++h) {
            const HistoryEntry& e = hist[ix.hist_sorted[h]];
            if (!all_left && e.at.utc_ms < down_to_ms) return;
            if (!ix.needle.empty() &&
                !MatchesText(hist_text.substr(ix.hist_text_begin[h], ix.hist_text_begin[h + 1] - ix.hist_text_begin[h]),
                             ix.needle))
                continue;
            add_row(ix.hist_sorted[h], e.at, true);
            ++ix.changes_shown;
        }
    };
    for (size_t i = 0; i < ix.sorted.size(); ++i) {
        const uint32_t pos = ix.sorted[i];
        const Interaction& x = all[pos];
        if (x.status == InteractionStatus::Planned && !x.at.empty()) {
            if (x.at.utc_ms < now_ms)
                ++ix.overdue;
            else
                ix.valid_until_ms = std::min(ix.valid_until_ms, x.at.utc_ms);
        }
        if (!f.TypeOn(x.type) || !MatchesStatus(x, f.status, now_ms)) continue;
        if (!ix.needle.empty() &&
            !MatchesText(text.substr(ix.text_begin[i], ix.text_begin[i + 1] - ix.text_begin[i]), ix.needle))
            continue;
        // Changes at or after this interaction's time come before it (an undated
        // interaction sorts last, after every change).
        flush_history(x.at.empty() ? INT64_MAX : x.at.utc_ms, x.at.empty());
        add_row(pos, x.at, false);
        ++ix.shown;
    }
    flush_history(INT64_MIN, true);
    ix.rows_valid = true;
    ++ix.filters;
}

}  // namespace

bool TimelineFilter::Active() const {
    if (types != kAllTypes || status != TimelineStatus::All) return true;
    return text.find_first_not_of(" \t") != std::string::npos;
}

int32_t TimelineDay(const Moment& m, int offset_min) {
    if (m.empty()) return Date::kNone;
    const int64_t local_ms = m.utc_ms + static_cast<int64_t>(offset_min) * 60000;
    return static_cast<int32_t>(FloorDiv(local_ms, 86400000));
}

int Weekday(int32_t day) {
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    return static_cast<int>(((static_cast<int64_t>(day) + 3) % 7 + 7) % 7);
}

void UpdateTimelineIndex(const Store& store, const std::string& client_id, const TimelineFilter& filter,
                         const Moment& now, TimelineIndex& ix) {
    const auto& all = store.interactions.All();
    const int offset = now.empty() ? 0 : now.offset_min;
    if (!ix.sorted_valid || ix.client_id != client_id || ix.store != &store || ix.data != all.data() ||
        ix.interactions_version != store.interactions.Version() ||
        ix.contacts_version != store.contacts.Version() || ix.employees_version != store.employees.Version() ||
        ix.offset_min != offset)
        Sort(store, client_id, offset, ix);
    if (filter.history && (!ix.hist_valid || ix.history_version != store.history.Version() ||
                           ix.hist_data != store.history.All().data()))
        SortHistory(store, ix);
    const int64_t now_ms = now.empty() ? 0 : now.utc_ms;
    if (!ix.rows_valid || ix.filter != filter || now_ms >= ix.valid_until_ms) Filter(store, filter, now_ms, ix);
}

}  // namespace card
