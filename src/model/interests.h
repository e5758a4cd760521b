// The logic of the Interests tab (deals), without ImGui: the next activity of each interest,
// filters (responsible, project, states, period), calendar periods for the quick choices,
// sorting by any column, exact totals per currency and the pipeline by state.
//
// Everything works on positions into store.interests.All() and store.interactions.All(),
// so that the tab can cache the results keyed by the collections' Version().
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/store.h"

namespace card {

constexpr uint32_t kNoPos = UINT32_MAX;
constexpr size_t kInterestStateCount = EnumCount<InterestState>();

// Won and lost interests are closed: they need no next activity and count as history.
inline bool IsClosed(InterestState s) { return s == InterestState::Won || s == InterestState::Lost; }

// ---- Next activity (FORMAT.md: derived, never stored)

// interest id -> position in store.interactions.All() of its next activity: the earliest
// `planned` interaction linked to it (done and cancelled ones are ignored, as are planned
// ones without a moment). Ties on the moment go to the smaller id, so the choice does not
// depend on the store's order. One pass over the client's interactions.
using NextActivityMap = std::unordered_map<std::string, uint32_t>;
void BuildNextActivities(const Store& store, const std::string& client_id, NextActivityMap& out);

// The next activity of one interest from the map, or nullptr when none is planned.
const Interaction* NextActivityOf(const Store& store, const NextActivityMap& map, const std::string& interest_id);

// A planned activity is overdue when its moment is before `now_ms` (UTC milliseconds).
inline bool IsOverdueAt(const Interaction& x, int64_t now_ms) {
    return x.status == InteractionStatus::Planned && !x.at.empty() && x.at.utc_ms < now_ms;
}

// ---- Calendar periods

enum class QuickPeriod : uint8_t { Month, Quarter, Year };
// The calendar month, quarter or year that contains `today`, first and last day included.
void QuickPeriodRange(QuickPeriod p, Date today, Date& from, Date& to);
int DaysInMonth(int year, unsigned month);

// A date as typed: "27.11.2026" (Russian) or "2026-11-27" (ISO, English); both are
// accepted in either language, the separator tells them apart; day and month take two
// digits, the year four. Spaces around are ignored. A day that does not exist
// (2025-02-29) is NoSuchDay.
enum class DayText : uint8_t { Ok, Empty, BadFormat, NoSuchDay };
DayText ParseDayText(std::string_view text, Date& out);

// ---- Filters

// Which date of an interest the period applies to. "Either" (the default): the interest
// matches when it was opened OR is to be closed within the period, so "this quarter" shows
// both what came in and what is due; an interest without the date(s) does not match.
enum class PeriodBasis : uint8_t { Either, Opened, Closing };

enum class ResponsibleFilter : uint8_t { Any, None, Employee };

struct InterestFilter {
    ResponsibleFilter who = ResponsibleFilter::Any;
    std::string responsible_id;   // with who == Employee
    bool any_project = true;
    std::string project;          // with !any_project; "" = interests without a project
    uint32_t states = (1u << kInterestStateCount) - 1;  // bit per InterestState
    Date from, to;                // empty: no bound on that side; both empty: no period filter
    PeriodBasis basis = PeriodBasis::Either;

    bool HasState(InterestState s) const { return (states >> static_cast<unsigned>(s)) & 1u; }
    void SetState(InterestState s, bool on) {
        const uint32_t bit = 1u << static_cast<unsigned>(s);
        states = on ? (states | bit) : (states & ~bit);
    }
    bool AllStates() const { return states == (1u << kInterestStateCount) - 1; }
    bool HasPeriod() const { return !from.empty() || !to.empty(); }
    // Nothing filtered out.
    bool IsDefault() const { return who == ResponsibleFilter::Any && any_project && AllStates() && !HasPeriod(); }
};

bool InPeriod(Date d, Date from, Date to);  // false for an empty d
bool Matches(const Interest& r, const InterestFilter& f);

// ---- Sorting

enum class InterestColumn : uint8_t {
    Title, Project, Responsible, State, Expected, Probability, Opened, CloseOn, NextActivity
};

// Orders `rows` (positions into store.interests.All()) by the column, stably; equal keys
// are ordered by title, then id. Empty dates, no next activity and no responsible go last
// in either direction. Expected revenue: by currency, then amount. Responsible: by name.
void SortInterests(const Store& store, const NextActivityMap& next, InterestColumn column, bool descending,
                   std::vector<uint32_t>& rows);

// ---- Totals and pipeline (exact money)

// Totals of one currency: integer minor units. `weighted` = sum(minor * probability) / 100
// rounded once, half away from zero. `overflow` when a sum leaves the int64 range (the
// amounts are then clamped; the UI says so instead of showing a wrong figure).
struct CurrencyTotal {
    std::string currency;
    size_t count = 0;
    int64_t expected = 0;
    int64_t weighted = 0;
    bool overflow = false;
};

// Divides by 100 rounding half away from zero (kopecks of a percent-weighted sum).
__int128 DivRoundHalfAway(__int128 value, int64_t divisor);

// Totals of the given interests per currency, ordered by currency code with RUB first.
// Mixed currencies are never added together.
void TotalsByCurrency(const Store& store, const std::vector<uint32_t>& rows, std::vector<CurrencyTotal>& out);

// Expected revenue by state for one currency (the pipeline chart), in minor units,
// clamped to int64; `counts` the number of interests per state.
struct Pipeline {
    std::string currency;
    std::array<int64_t, kInterestStateCount> expected{};
    std::array<size_t, kInterestStateCount> counts{};
    size_t other_currency = 0;  // interests in other currencies, not in this chart
};
// The pipeline of the given interests in the currency that most of them use (RUB on a tie,
// then the smaller code).
void BuildPipeline(const Store& store, const std::vector<uint32_t>& rows, Pipeline& out);

// The default probability of a state (a suggestion for the editor): new 10, qualification
// 25, proposal 50, negotiation 75, won 100, lost 0.
int64_t DefaultProbability(InterestState s);

}  // namespace card
