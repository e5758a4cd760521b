// The logic of the Interests tab (model/interests.h): next activity, filters and period
// arithmetic, typed dates, sorting, exact totals per currency and the pipeline.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "model/interests.h"

using namespace card;

namespace {

Date D(const char* s) { return *Date::Parse(s); }
Moment M(const char* s) { return *Moment::Parse(s); }

Interest MakeInterest(const char* id, const char* title, int64_t minor = 0, int64_t prob = 0,
                      const char* currency = "RUB", const char* client = "c1") {
    Interest r;
    r.id = id;
    r.client_id = client;
    r.title = title;
    r.expected_revenue.minor = minor;
    r.expected_revenue.currency = currency;
    r.probability = prob;
    return r;
}

Interaction MakeAct(const char* id, const char* interest, const char* at, InteractionStatus st,
                    const char* client = "c1") {
    Interaction x;
    x.id = id;
    x.client_id = client;
    x.interest_id = interest;
    x.type = InteractionType::Call;
    x.at = M(at);
    x.status = st;
    return x;
}

std::vector<uint32_t> Owned(const Store& s, const char* client = "c1") {
    const auto& o = s.interests.OwnedBy(client);
    return std::vector<uint32_t>(o.begin(), o.end());
}

std::vector<std::string> Ids(const Store& s, const std::vector<uint32_t>& rows) {
    std::vector<std::string> out;
    for (uint32_t p : rows) out.push_back(s.interests[p].id);
    return out;
}

}  // namespace

TEST_CASE("next activity: the earliest planned linked one; done, cancelled, other interests and clients ignored") {
    Store s;
    s.interests.Upsert(MakeInterest("d1", "A"));
    s.interests.Upsert(MakeInterest("d2", "B"));
    s.interests.Upsert(MakeInterest("d3", "C"));
    // d1: a done one earlier, a cancelled one earlier, two planned: the earlier planned wins.
    s.interactions.Upsert(MakeAct("x1", "d1", "2026-01-01T10:00:00+03:00", InteractionStatus::Done));
    s.interactions.Upsert(MakeAct("x2", "d1", "2026-01-02T10:00:00+03:00", InteractionStatus::Cancelled));
    s.interactions.Upsert(MakeAct("x3", "d1", "2026-03-01T10:00:00+03:00", InteractionStatus::Planned));
    s.interactions.Upsert(MakeAct("x4", "d1", "2026-02-01T10:00:00+03:00", InteractionStatus::Planned));
    // Compared as moments, not as text: 09:00Z is later than 10:00+03:00 (07:00Z).
    s.interactions.Upsert(MakeAct("x5", "d2", "2026-02-01T09:00:00Z", InteractionStatus::Planned));
    s.interactions.Upsert(MakeAct("x6", "d2", "2026-02-01T10:00:00+03:00", InteractionStatus::Planned));
    // d3: only done and cancelled, and a planned one of another client (not in its list).
    s.interactions.Upsert(MakeAct("x7", "d3", "2026-02-01T10:00:00+03:00", InteractionStatus::Done));
    s.interactions.Upsert(MakeAct("x8", "d3", "2026-02-01T10:00:00+03:00", InteractionStatus::Planned, "c2"));
    // Planned but not linked.
    s.interactions.Upsert(MakeAct("x9", "", "2025-01-01T10:00:00+03:00", InteractionStatus::Planned));

    NextActivityMap next;
    BuildNextActivities(s, "c1", next);
    REQUIRE(NextActivityOf(s, next, "d1"));
    CHECK(NextActivityOf(s, next, "d1")->id == "x4");
    CHECK(NextActivityOf(s, next, "d2")->id == "x6");
    CHECK(NextActivityOf(s, next, "d3") == nullptr);
    CHECK(NextActivityOf(s, next, "nope") == nullptr);
    CHECK(next.size() == 2);

    // Marking x4 done hands the role to x3.
    Interaction done = *s.interactions.Find("x4");
    done.status = InteractionStatus::Done;
    s.interactions.Upsert(done);
    BuildNextActivities(s, "c1", next);
    CHECK(NextActivityOf(s, next, "d1")->id == "x3");
}

TEST_CASE("next activity: ties on the moment go to the smaller id whatever the store order") {
    for (int order = 0; order < 2; ++order) {
        Store s;
        s.interests.Upsert(MakeInterest("d1", "A"));
        const char* ids[2] = {"x-b", "x-a"};
        if (order) std::swap(ids[0], ids[1]);
        for (const char* id : ids)
            s.interactions.Upsert(MakeAct(id, "d1", "2026-05-05T12:00:00+03:00", InteractionStatus::Planned));
        NextActivityMap next;
        BuildNextActivities(s, "c1", next);
        CHECK(NextActivityOf(s, next, "d1")->id == "x-a");
    }
}

TEST_CASE("next activity: overdue relative to now, to the millisecond; only planned ones") {
    Interaction x = MakeAct("x", "d", "2026-11-27T10:00:00+03:00", InteractionStatus::Planned);
    const int64_t at = x.at.utc_ms;
    CHECK(IsOverdueAt(x, at + 1));
    CHECK_FALSE(IsOverdueAt(x, at));
    CHECK_FALSE(IsOverdueAt(x, at - 1));
    x.status = InteractionStatus::Done;
    CHECK_FALSE(IsOverdueAt(x, at + 1000000));
}

TEST_CASE("next activity: 10k interactions of a client in one pass, fast") {
    Store s;
    for (int i = 0; i < 50; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "d%02d", i);
        s.interests.Upsert(MakeInterest(id, id));
    }
    for (int i = 0; i < 10000; ++i) {
        char id[16], interest[16], at[40];
        std::snprintf(id, sizeof id, "x%05d", i);
        std::snprintf(interest, sizeof interest, "d%02d", i % 50);
        std::snprintf(at, sizeof at, "2026-%02d-%02dT%02d:00:00+03:00", 1 + i % 12, 1 + i % 28, i % 24);
        s.interactions.Upsert(MakeAct(id, interest, at, i % 3 == 0 ? InteractionStatus::Planned
                                                                    : InteractionStatus::Done));
    }
    NextActivityMap next;
    const auto t0 = std::chrono::steady_clock::now();
    BuildNextActivities(s, "c1", next);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    MESSAGE("next activities of 10k interactions: " << ms << " ms");
    CHECK(ms < 200);
    CHECK(next.size() == 50);
    // Brute force agrees.
    for (const auto& [interest, pos] : next) {
        const Interaction* best = nullptr;
        for (const Interaction& x : s.interactions.All())
            if (x.interest_id == interest && x.status == InteractionStatus::Planned &&
                (!best || x.at.utc_ms < best->at.utc_ms || (x.at.utc_ms == best->at.utc_ms && x.id < best->id)))
                best = &x;
        REQUIRE(best);
        CHECK(s.interactions[pos].id == best->id);
    }
}

TEST_CASE("calendar: days in month, leap years") {
    CHECK(DaysInMonth(2024, 2) == 29);
    CHECK(DaysInMonth(2025, 2) == 28);
    CHECK(DaysInMonth(1900, 2) == 28);
    CHECK(DaysInMonth(2000, 2) == 29);
    CHECK(DaysInMonth(2026, 4) == 30);
    CHECK(DaysInMonth(2026, 12) == 31);
    CHECK(DaysInMonth(2026, 13) == 0);
}

TEST_CASE("quick periods: month, quarter, year from today, edges included") {
    Date f, t;
    QuickPeriodRange(QuickPeriod::Month, D("2026-11-27"), f, t);
    CHECK(f == D("2026-11-01"));
    CHECK(t == D("2026-11-30"));
    QuickPeriodRange(QuickPeriod::Month, D("2024-02-10"), f, t);  // leap February
    CHECK(t == D("2024-02-29"));
    QuickPeriodRange(QuickPeriod::Month, D("2025-02-28"), f, t);
    CHECK(f == D("2025-02-01"));
    CHECK(t == D("2025-02-28"));
    QuickPeriodRange(QuickPeriod::Month, D("2026-12-31"), f, t);  // December ends the year
    CHECK(f == D("2026-12-01"));
    CHECK(t == D("2026-12-31"));
    QuickPeriodRange(QuickPeriod::Month, D("2027-01-01"), f, t);  // and January starts the next
    CHECK(f == D("2027-01-01"));
    CHECK(t == D("2027-01-31"));

    // Quarters on their first and last days.
    struct Q {
        const char *today, *from, *to;
    } quarters[] = {
        {"2026-01-01", "2026-01-01", "2026-03-31"}, {"2026-03-31", "2026-01-01", "2026-03-31"},
        {"2026-04-01", "2026-04-01", "2026-06-30"}, {"2026-06-30", "2026-04-01", "2026-06-30"},
        {"2026-07-01", "2026-07-01", "2026-09-30"}, {"2026-09-30", "2026-07-01", "2026-09-30"},
        {"2026-10-01", "2026-10-01", "2026-12-31"}, {"2026-12-31", "2026-10-01", "2026-12-31"},
        {"2024-02-29", "2024-01-01", "2024-03-31"},
    };
    for (const Q& q : quarters) {
        INFO(q.today);
        QuickPeriodRange(QuickPeriod::Quarter, D(q.today), f, t);
        CHECK(f == D(q.from));
        CHECK(t == D(q.to));
    }
    QuickPeriodRange(QuickPeriod::Year, D("2024-02-29"), f, t);
    CHECK(f == D("2024-01-01"));
    CHECK(t == D("2024-12-31"));
    QuickPeriodRange(QuickPeriod::Year, Date{}, f, t);
    CHECK(f.empty());
    CHECK(t.empty());
}

TEST_CASE("typed dates: both forms in either language, strict") {
    Date d;
    CHECK(ParseDayText("27.11.2026", d) == DayText::Ok);
    CHECK(d == D("2026-11-27"));
    CHECK(ParseDayText(" 2026-11-27 ", d) == DayText::Ok);
    CHECK(d == D("2026-11-27"));
    CHECK(ParseDayText("", d) == DayText::Empty);
    CHECK(ParseDayText("   ", d) == DayText::Empty);
    CHECK(ParseDayText("29.02.2024", d) == DayText::Ok);
    CHECK(ParseDayText("29.02.2025", d) == DayText::NoSuchDay);
    CHECK(ParseDayText("2026-13-01", d) == DayText::NoSuchDay);
    CHECK(ParseDayText("00.01.2026", d) == DayText::NoSuchDay);
    CHECK(ParseDayText("0000-01-01", d) == DayText::NoSuchDay);
    CHECK(ParseDayText("1.1.2026", d) == DayText::BadFormat);
    CHECK(ParseDayText("2026/11/27", d) == DayText::BadFormat);
    CHECK(ParseDayText("27-11-2026", d) == DayText::BadFormat);
    CHECK(ParseDayText("2026-11-27x", d) == DayText::BadFormat);
    CHECK(ParseDayText("27.11.26", d) == DayText::BadFormat);
    CHECK(ParseDayText("2a26-11-27", d) == DayText::BadFormat);
}

TEST_CASE("filters: responsible any / none / one, project, states") {
    Interest r = MakeInterest("d", "T");
    r.responsible_id = "e1";
    r.project = "КОРП";
    r.state = InterestState::Proposal;
    InterestFilter f;
    CHECK(f.IsDefault());
    CHECK(Matches(r, f));
    f.who = ResponsibleFilter::None;
    CHECK_FALSE(Matches(r, f));
    f.who = ResponsibleFilter::Employee;
    f.responsible_id = "e2";
    CHECK_FALSE(Matches(r, f));
    f.responsible_id = "e1";
    CHECK(Matches(r, f));
    Interest unassigned = r;
    unassigned.responsible_id.clear();
    CHECK_FALSE(Matches(unassigned, f));
    f.who = ResponsibleFilter::None;
    CHECK(Matches(unassigned, f));

    f = InterestFilter{};
    f.any_project = false;
    f.project = "КОРП";
    CHECK(Matches(r, f));
    f.project = "Другой";
    CHECK_FALSE(Matches(r, f));
    f.project.clear();  // interests without a project
    CHECK_FALSE(Matches(r, f));
    Interest no_project = r;
    no_project.project.clear();
    CHECK(Matches(no_project, f));

    f = InterestFilter{};
    f.SetState(InterestState::Proposal, false);
    CHECK_FALSE(f.AllStates());
    CHECK_FALSE(Matches(r, f));
    f.SetState(InterestState::Proposal, true);
    CHECK(Matches(r, f));
    f.states = 0;
    CHECK_FALSE(Matches(r, f));
}

TEST_CASE("filters: period by opened, closing or either; bounds included; open-ended bounds") {
    Interest r = MakeInterest("d", "T");
    r.opened_on = D("2026-01-15");
    r.close_on = D("2026-04-01");
    InterestFilter f;
    f.from = D("2026-04-01");
    f.to = D("2026-06-30");  // Q2: closing on its first day
    CHECK(Matches(r, f));  // either
    f.basis = PeriodBasis::Closing;
    CHECK(Matches(r, f));
    f.basis = PeriodBasis::Opened;
    CHECK_FALSE(Matches(r, f));
    f.from = D("2026-01-01");
    f.to = D("2026-01-15");  // opened on the last day
    CHECK(Matches(r, f));
    f.basis = PeriodBasis::Either;
    f.to = D("2026-01-14");  // a day before both
    CHECK_FALSE(Matches(r, f));
    // Only a lower bound: everything from that day.
    f.from = D("2026-03-31");
    f.to = Date{};
    CHECK(Matches(r, f));
    f.basis = PeriodBasis::Opened;
    CHECK_FALSE(Matches(r, f));
    // Only an upper bound.
    f.from = Date{};
    f.to = D("2026-01-15");
    CHECK(Matches(r, f));
    // No dates at all: never in a period, but shown without one.
    Interest undated = MakeInterest("u", "U");
    f.basis = PeriodBasis::Either;
    CHECK_FALSE(Matches(undated, f));
    CHECK(Matches(undated, InterestFilter{}));
    // A reversed period matches nothing.
    f.from = D("2026-12-31");
    f.to = D("2026-01-01");
    CHECK_FALSE(Matches(r, f));
}

TEST_CASE("sorting: by each column, stable, ties by title, missing values last both ways") {
    Store s;
    s.employees.Upsert(Employee{"e1", "Орлова Елена", "", "", "", "", ""});
    s.employees.Upsert(Employee{"e2", "Козлова Анна", "", "", "", "", ""});
    Interest a = MakeInterest("a", "Бета", 500000, 50);
    a.responsible_id = "e1";
    a.opened_on = D("2026-02-01");
    a.state = InterestState::Proposal;
    Interest b = MakeInterest("b", "Альфа", 500000, 75);
    b.responsible_id = "e2";
    b.opened_on = D("2026-01-01");
    b.project = "Проект";
    Interest c = MakeInterest("c", "Гамма", 100, 50, "USD");
    c.state = InterestState::Won;
    Interest d = MakeInterest("d", "Альфа", 900000, 10);  // the same title as b
    d.opened_on = D("2026-03-01");
    d.responsible_id = "e2";
    for (const Interest& r : {a, b, c, d}) s.interests.Upsert(r);
    s.interactions.Upsert(MakeAct("x1", "a", "2026-05-01T10:00:00Z", InteractionStatus::Planned));
    s.interactions.Upsert(MakeAct("x2", "d", "2026-04-01T10:00:00Z", InteractionStatus::Planned));
    NextActivityMap next;
    BuildNextActivities(s, "c1", next);
    auto sorted = [&](InterestColumn col, bool desc) {
        std::vector<uint32_t> rows = Owned(s);
        SortInterests(s, next, col, desc, rows);
        return Ids(s, rows);
    };
    using V = std::vector<std::string>;
    CHECK(sorted(InterestColumn::Title, false) == V{"b", "d", "a", "c"});  // Альфа (b, d by id), Бета, Гамма
    CHECK(sorted(InterestColumn::Title, true) == V{"c", "a", "b", "d"});
    // Expected: by currency then amount; ties (a, b: 5 000.00 RUB) by title.
    CHECK(sorted(InterestColumn::Expected, false) == V{"b", "a", "d", "c"});
    CHECK(sorted(InterestColumn::Expected, true) == V{"c", "d", "b", "a"});
    CHECK(sorted(InterestColumn::Probability, true) == V{"b", "a", "c", "d"});
    CHECK(sorted(InterestColumn::Probability, false) == V{"d", "a", "c", "b"});
    // Dates: c has none and stays last either way.
    CHECK(sorted(InterestColumn::Opened, false) == V{"b", "a", "d", "c"});
    CHECK(sorted(InterestColumn::Opened, true) == V{"d", "a", "b", "c"});
    // Responsible by name: Козлова (b, d) before Орлова (a); c has none: last.
    CHECK(sorted(InterestColumn::Responsible, false) == V{"b", "d", "a", "c"});
    CHECK(sorted(InterestColumn::Responsible, true) == V{"a", "b", "d", "c"});
    // Project: only b has one; the rest by title after it.
    CHECK(sorted(InterestColumn::Project, false) == V{"b", "d", "a", "c"});
    // State order: new (b, d), proposal (a), won (c).
    CHECK(sorted(InterestColumn::State, false) == V{"b", "d", "a", "c"});
    CHECK(sorted(InterestColumn::State, true) == V{"c", "a", "b", "d"});
    // Next activity: d (April), a (May); b and c have none.
    CHECK(sorted(InterestColumn::NextActivity, false) == V{"d", "a", "b", "c"});
    CHECK(sorted(InterestColumn::NextActivity, true) == V{"a", "d", "b", "c"});
}

TEST_CASE("totals: exact minor units, weighted rounded once half away from zero, per currency") {
    Store s;
    // 0.01 RUB at 50% three times: 0.5 kopeck each; summed first (1.5) then rounded: 2 kopecks
    // (rounding each row would give 3).
    s.interests.Upsert(MakeInterest("a", "A", 1, 50));
    s.interests.Upsert(MakeInterest("b", "B", 1, 50));
    s.interests.Upsert(MakeInterest("c", "C", 1, 50));
    s.interests.Upsert(MakeInterest("u", "U", 123456789, 33, "USD"));  // 1 234 567.89 USD * 33%
    s.interests.Upsert(MakeInterest("e", "E", 99, 50, "EUR"));         // 0.495 -> 0.50 EUR (half away)
    std::vector<CurrencyTotal> t;
    TotalsByCurrency(s, Owned(s), t);
    REQUIRE(t.size() == 3);
    CHECK(t[0].currency == "RUB");  // RUB first, then by code
    CHECK(t[0].count == 3);
    CHECK(t[0].expected == 3);
    CHECK(t[0].weighted == 2);
    CHECK(t[1].currency == "EUR");
    CHECK(t[1].expected == 99);
    CHECK(t[1].weighted == 50);
    CHECK(t[2].currency == "USD");
    CHECK(t[2].expected == 123456789);
    CHECK(t[2].weighted == 40740740);  // 4 074 074 037 / 100 = 40 740 740.37 -> 40 740 740
    for (const CurrencyTotal& x : t) CHECK_FALSE(x.overflow);

    // Only the rows given count.
    std::vector<uint32_t> one = {s.interests.OwnedBy("c1")[0]};
    TotalsByCurrency(s, one, t);
    REQUIRE(t.size() == 1);
    CHECK(t[0].count == 1);
    TotalsByCurrency(s, {}, t);
    CHECK(t.empty());
}

TEST_CASE("totals: rounding of negatives and halves, no overflow at Money::kMaxMinor") {
    CHECK(static_cast<int64_t>(DivRoundHalfAway(150, 100)) == 2);
    CHECK(static_cast<int64_t>(DivRoundHalfAway(149, 100)) == 1);
    CHECK(static_cast<int64_t>(DivRoundHalfAway(-150, 100)) == -2);
    CHECK(static_cast<int64_t>(DivRoundHalfAway(-149, 100)) == -1);
    CHECK(static_cast<int64_t>(DivRoundHalfAway(0, 100)) == 0);

    Store s;
    // 9 deals at the largest amount: 9e15 minor units, weighted 99%: minor*prob = 9.9e17 each
    // would overflow an int64 sum of products (8.9e18) but stays exact in 128 bits.
    for (int i = 0; i < 9; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "m%d", i);
        s.interests.Upsert(MakeInterest(id, id, Money::kMaxMinor, 99));
    }
    std::vector<CurrencyTotal> t;
    TotalsByCurrency(s, Owned(s), t);
    REQUIRE(t.size() == 1);
    CHECK_FALSE(t[0].overflow);
    CHECK(t[0].expected == 9 * Money::kMaxMinor);
    CHECK(t[0].weighted == 9 * Money::kMaxMinor / 100 * 99);
    // 10 000 of them leave the int64 range: said, not wrapped around.
    for (int i = 0; i < 10000; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "n%d", i);
        s.interests.Upsert(MakeInterest(id, id, Money::kMaxMinor, 100));
    }
    TotalsByCurrency(s, Owned(s), t);
    REQUIRE(t.size() == 1);
    CHECK(t[0].overflow);
    CHECK(t[0].expected == INT64_MAX);
}

TEST_CASE("pipeline: expected revenue by state in the main currency; others counted aside") {
    Store s;
    Interest a = MakeInterest("a", "A", 100000, 10);
    Interest b = MakeInterest("b", "B", 250000, 50);
    b.state = InterestState::Proposal;
    Interest c = MakeInterest("c", "C", 50000, 50);
    c.state = InterestState::Proposal;
    Interest d = MakeInterest("d", "D", 70000, 100);
    d.state = InterestState::Won;
    Interest u = MakeInterest("u", "U", 999999, 50, "USD");
    for (const Interest& r : {a, b, c, d, u}) s.interests.Upsert(r);
    Pipeline p;
    BuildPipeline(s, Owned(s), p);
    CHECK(p.currency == "RUB");
    CHECK(p.expected[static_cast<size_t>(InterestState::New)] == 100000);
    CHECK(p.expected[static_cast<size_t>(InterestState::Proposal)] == 300000);
    CHECK(p.counts[static_cast<size_t>(InterestState::Proposal)] == 2);
    CHECK(p.expected[static_cast<size_t>(InterestState::Won)] == 70000);
    CHECK(p.expected[static_cast<size_t>(InterestState::Lost)] == 0);
    CHECK(p.other_currency == 1);
    // A client mostly in USD gets a USD chart.
    Store t;
    t.interests.Upsert(MakeInterest("x", "X", 1, 0, "USD"));
    t.interests.Upsert(MakeInterest("y", "Y", 2, 0, "USD"));
    t.interests.Upsert(MakeInterest("z", "Z", 3, 0, "RUB"));
    BuildPipeline(t, Owned(t), p);
    CHECK(p.currency == "USD");
    CHECK(p.expected[0] == 3);
    CHECK(p.other_currency == 1);
    BuildPipeline(t, {}, p);
    CHECK(p.currency.empty());
}

TEST_CASE("default probabilities rise with the state; won 100, lost 0") {
    int64_t last = -1;
    for (size_t i = 0; i < 4; ++i) {
        const int64_t p = DefaultProbability(static_cast<InterestState>(i));
        CHECK(p > last);
        last = p;
    }
    CHECK(DefaultProbability(InterestState::Won) == 100);
    CHECK(DefaultProbability(InterestState::Lost) == 0);
}
