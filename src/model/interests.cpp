// The logic of the Interests tab (see interests.h).
#include "model/interests.h"

#include <algorithm>
#include <climits>

namespace card {

// ---- Next activity

void BuildNextActivities(const Store& store, const std::string& client_id, NextActivityMap& out) {
    out.clear();
    const auto& all = store.interactions.All();
    for (uint32_t pos : store.interactions.OwnedBy(client_id)) {
        const Interaction& x = all[pos];
        if (x.interest_id.empty() || x.status != InteractionStatus::Planned || x.at.empty()) continue;
        auto [it, added] = out.emplace(x.interest_id, pos);
        if (added) continue;
        const Interaction& best = all[it->second];
        if (x.at.utc_ms < best.at.utc_ms || (x.at.utc_ms == best.at.utc_ms && x.id < best.id)) it->second = pos;
    }
}

const Interaction* NextActivityOf(const Store& store, const NextActivityMap& map, const std::string& interest_id) {
    auto it = map.find(interest_id);
    if (it == map.end() || it->second >= store.interactions.size()) return nullptr;
    return &store.interactions[it->second];
}

// ---- Calendar periods

int DaysInMonth(int year, unsigned month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

void QuickPeriodRange(QuickPeriod p, Date today, Date& from, Date& to) {
    from = to = Date{};
    if (today.empty()) return;
    int y;
    unsigned m, d;
    today.ToYmd(y, m, d);
    unsigned first = m, last = m;
    switch (p) {
        case QuickPeriod::Month: break;
        case QuickPeriod::Quarter:
            first = (m - 1) / 3 * 3 + 1;
            last = first + 2;
            break;
        case QuickPeriod::Year:
            first = 1;
            last = 12;
            break;
    }
    from = Date::FromYmd(y, first, 1);
    to = Date::FromYmd(y, last, static_cast<unsigned>(DaysInMonth(y, last)));
}

DayText ParseDayText(std::string_view text, Date& out) {
    auto space = [](char ch) { return ch == ' ' || ch == '\t'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    if (text.empty()) return DayText::Empty;
    if (text.size() != 10) return DayText::BadFormat;
    auto digits = [&](size_t at, size_t n, int& v) {
        v = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            v = v * 10 + (text[i] - '0');
        }
        return true;
    };
    int y = 0, m = 0, d = 0;
    if (text[2] == '.' && text[5] == '.') {
        if (!digits(0, 2, d) || !digits(3, 2, m) || !digits(6, 4, y)) return DayText::BadFormat;
    } else if (text[4] == '-' && text[7] == '-') {
        if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return DayText::BadFormat;
    } else {
        return DayText::BadFormat;
    }
    if (y < 1 || !IsRealDay(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return DayText::NoSuchDay;
    out = Date::FromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    return DayText::Ok;
}

// ---- Filters

bool InPeriod(Date d, Date from, Date to) {
    if (d.empty()) return false;
    if (!from.empty() && d < from) return false;
    if (!to.empty() && to < d) return false;
    return true;
}

bool Matches(const Interest& r, const InterestFilter& f) {
    switch (f.who) {
        case ResponsibleFilter::Any: break;
        case ResponsibleFilter::None:
            if (!r.responsible_id.empty()) return false;
            break;
        case ResponsibleFilter::Employee:
            if (r.responsible_id != f.responsible_id) return false;
            break;
    }
    if (!f.any_project && r.project != f.project) return false;
    if (!f.HasState(r.state)) return false;
    if (f.HasPeriod()) {
        const bool opened = InPeriod(r.opened_on, f.from, f.to);
        const bool closing = InPeriod(r.close_on, f.from, f.to);
        switch (f.basis) {
            case PeriodBasis::Either:
                if (!opened && !closing) return false;
                break;
            case PeriodBasis::Opened:
                if (!opened) return false;
                break;
            case PeriodBasis::Closing:
                if (!closing) return false;
                break;
        }
    }
    return true;
}

// ---- Sorting

namespace {

// -1, 0, 1 with "missing" values last whatever the direction: the caller flips only the
// sign of a comparison of two present values.
struct Key {
    int missing_order = 0;  // nonzero: one side is missing (already final, not flipped)
    int cmp = 0;            // comparison of present values
};

template <class T>
int Cmp(const T& a, const T& b) {
    return a < b ? -1 : b < a ? 1 : 0;
}

Key WithMissing(bool a_missing, bool b_missing, int cmp_if_present) {
    if (a_missing || b_missing) return {a_missing == b_missing ? 0 : a_missing ? 1 : -1, 0};
    return {0, cmp_if_present};
}

}  // namespace

void SortInterests(const Store& store, const NextActivityMap& next, InterestColumn column, bool descending,
                   std::vector<uint32_t>& rows) {
    const auto& all = store.interests.All();
    // Keys that need a lookup are resolved once per row, not per comparison.
    std::vector<const Employee*> who;
    std::vector<const Interaction*> act;
    if (column == InterestColumn::Responsible || column == InterestColumn::NextActivity) {
        who.assign(all.size(), nullptr);
        act.assign(all.size(), nullptr);
        for (uint32_t pos : rows) {
            const Interest& r = all[pos];
            if (column == InterestColumn::Responsible && !r.responsible_id.empty())
                who[pos] = store.employees.Find(r.responsible_id);
            if (column == InterestColumn::NextActivity) act[pos] = NextActivityOf(store, next, r.id);
        }
    }
    auto key = [&](uint32_t ia, uint32_t ib) -> Key {
        const Interest& a = all[ia];
        const Interest& b = all[ib];
        switch (column) {
            case InterestColumn::Title: return {0, 0};  // the tie-break below is the title
            case InterestColumn::Project:
                return WithMissing(a.project.empty(), b.project.empty(), Cmp(a.project, b.project));
            case InterestColumn::Responsible:
                return WithMissing(!who[ia], !who[ib], who[ia] && who[ib] ? Cmp(who[ia]->name, who[ib]->name) : 0);
            case InterestColumn::State: return {0, Cmp(static_cast<int>(a.state), static_cast<int>(b.state))};
            case InterestColumn::Expected: {
                const int c = Cmp(a.expected_revenue.currency, b.expected_revenue.currency);
                return {0, c != 0 ? c : Cmp(a.expected_revenue.minor, b.expected_revenue.minor)};
            }
            case InterestColumn::Probability: return {0, Cmp(a.probability, b.probability)};
            case InterestColumn::Opened:
                return WithMissing(a.opened_on.empty(), b.opened_on.empty(), Cmp(a.opened_on.days, b.opened_on.days));
            case InterestColumn::CloseOn:
                return WithMissing(a.close_on.empty(), b.close_on.empty(), Cmp(a.close_on.days, b.close_on.days));
            case InterestColumn::NextActivity:
                return WithMissing(!act[ia], !act[ib], act[ia] && act[ib] ? Cmp(act[ia]->at.utc_ms, act[ib]->at.utc_ms) : 0);
        }
        return {0, 0};
    };
    std::stable_sort(rows.begin(), rows.end(), [&](uint32_t ia, uint32_t ib) {
        const Key k = key(ia, ib);
        if (k.missing_order != 0) return k.missing_order < 0;
        if (k.cmp != 0) return descending ? k.cmp > 0 : k.cmp < 0;
        // Ties: by title (in the chosen direction when sorting by title), then id.
        int t = Cmp(all[ia].title, all[ib].title);
        if (column == InterestColumn::Title && descending) t = -t;
        if (t != 0) return t < 0;
        return all[ia].id < all[ib].id;
    });
}

// ---- Totals and pipeline

__int128 DivRoundHalfAway(__int128 value, int64_t divisor) {
    const bool negative = value < 0;
    const __int128 magnitude = negative ? -value : value;
    const __int128 q = (magnitude + divisor / 2) / divisor;  // divisor is even (100)
    return negative ? -q : q;
}

namespace {

int64_t Clamp64(__int128 v, bool& overflow) {
    if (v > INT64_MAX) {
        overflow = true;
        return INT64_MAX;
    }
    if (v < INT64_MIN) {
        overflow = true;
        return INT64_MIN;
    }
    return static_cast<int64_t>(v);
}

// RUB first, then by code.
bool CurrencyBefore(const std::string& a, const std::string& b) {
    if ((a == "RUB") != (b == "RUB")) return a == "RUB";
    return a < b;
}

}  // namespace

void TotalsByCurrency(const Store& store, const std::vector<uint32_t>& rows, std::vector<CurrencyTotal>& out) {
    out.clear();
    struct Acc {
        std::string currency;
        size_t count = 0;
        __int128 expected = 0, weighted = 0;  // weighted: sum of minor * percent
    };
    std::vector<Acc> acc;  // a client has few currencies: a linear search is the cheapest
    const auto& all = store.interests.All();
    for (uint32_t pos : rows) {
        const Interest& r = all[pos];
        Acc* a = nullptr;
        for (Acc& x : acc)
            if (x.currency == r.expected_revenue.currency) a = &x;
        if (!a) {
            acc.push_back(Acc{r.expected_revenue.currency, 0, 0, 0});
            a = &acc.back();
        }
        ++a->count;
        a->expected += r.expected_revenue.minor;
        a->weighted += static_cast<__int128>(r.expected_revenue.minor) * std::clamp<int64_t>(r.probability, 0, 100);
    }
    std::sort(acc.begin(), acc.end(), [](const Acc& a, const Acc& b) { return CurrencyBefore(a.currency, b.currency); });
    for (const Acc& a : acc) {
        CurrencyTotal t;
        t.currency = a.currency;
        t.count = a.count;
        t.expected = Clamp64(a.expected, t.overflow);
        t.weighted = Clamp64(DivRoundHalfAway(a.weighted, 100), t.overflow);
        out.push_back(std::move(t));
    }
}

void BuildPipeline(const Store& store, const std::vector<uint32_t>& rows, Pipeline& out) {
    out = Pipeline{};
    if (rows.empty()) return;
    std::vector<std::pair<std::string, size_t>> counts;
    const auto& all = store.interests.All();
    for (uint32_t pos : rows) {
        const std::string& cur = all[pos].expected_revenue.currency;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == cur; });
        if (it == counts.end())
            counts.emplace_back(cur, 1);
        else
            ++it->second;
    }
    const auto best = std::min_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        return CurrencyBefore(a.first, b.first);
    });
    out.currency = best->first;
    std::array<__int128, kInterestStateCount> sums{};
    for (uint32_t pos : rows) {
        const Interest& r = all[pos];
        if (r.expected_revenue.currency != out.currency) {
            ++out.other_currency;
            continue;
        }
        const auto s = static_cast<size_t>(r.state);
        if (s >= kInterestStateCount) continue;
        sums[s] += r.expected_revenue.minor;
        ++out.counts[s];
    }
    bool overflow = false;
    for (size_t s = 0; s < kInterestStateCount; ++s) out.expected[s] = Clamp64(sums[s], overflow);
}

int64_t DefaultProbability(InterestState s) {
    switch (s) {
        case InterestState::New: return 10;
        case InterestState::Qualification: return 25;
        case InterestState::Proposal: return 50;
        case InterestState::Negotiation: return 75;
        case InterestState::Won: return 100;
        case InterestState::Lost: return 0;
    }
    return 0;
}

}  // namespace card
