// The contract in force on a day (CurrentContract), days left, the standing of a contract
// that is not in force, the latest contract, and the plural forms of counts.
#include <doctest/doctest.h>

#include "model/current_contract.h"

using namespace card;

namespace {

Date Day(const char* s) { return *Date::Parse(s); }

Contract Make(const char* id, const char* from, const char* to, ContractStatus status = ContractStatus::Active,
              const char* client = "c1") {
    Contract k;
    k.id = id;
    k.client_id = client;
    k.number = id;
    if (*from) k.valid_from = Day(from);
    if (*to) k.valid_to = Day(to);
    k.status = status;
    return k;
}

const char* IdOf(const Contract* k) { return k ? k->id.c_str() : "(none)"; }

}  // namespace

TEST_CASE("current contract: none when the client has none or none is in force") {
    Store s;
    const Date today = Day("2026-11-27");
    CHECK(CurrentContract(s, "c1", today) == nullptr);
    s.contracts.Upsert(Make("draft", "2026-01-01", "", ContractStatus::Draft));
    s.contracts.Upsert(Make("susp", "2026-01-01", "2027-01-01", ContractStatus::Suspended));
    s.contracts.Upsert(Make("closed", "2025-01-01", "", ContractStatus::Closed));
    s.contracts.Upsert(Make("expired", "2025-01-01", "2026-11-26"));
    s.contracts.Upsert(Make("future", "2026-11-28", "2027-11-27"));
    s.contracts.Upsert(Make("other", "2020-01-01", "", ContractStatus::Active, "c2"));  // another client's
    CHECK(std::string(IdOf(CurrentContract(s, "c1", today))) == "(none)");
    CHECK(std::string(IdOf(CurrentContract(s, "c2", today))) == "other");
}

TEST_CASE("current contract: boundary days are inclusive") {
    Store s;
    s.contracts.Upsert(Make("k", "2026-11-01", "2026-11-30"));
    CHECK(CurrentContract(s, "c1", Day("2026-10-31")) == nullptr);
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-11-01")))) == "k");
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-11-30")))) == "k");
    CHECK(CurrentContract(s, "c1", Day("2026-12-01")) == nullptr);
    // No valid_from: no lower bound.
    s.contracts.Upsert(Make("k", "", "2026-11-30"));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("1990-01-01")))) == "k");
}

TEST_CASE("current contract: open-ended beats dated, then the later end, then the later start") {
    Store s;
    const Date today = Day("2026-11-27");
    s.contracts.Upsert(Make("short", "2026-01-01", "2026-12-31"));
    s.contracts.Upsert(Make("long", "2025-01-01", "2027-12-31"));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", today))) == "long");
    s.contracts.Upsert(Make("open", "2020-01-01", ""));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", today))) == "open");
    // Same end: the later start wins.
    Store t;
    t.contracts.Upsert(Make("early", "2024-01-01", "2027-01-01"));
    t.contracts.Upsert(Make("late", "2026-01-01", "2027-01-01"));
    CHECK(std::string(IdOf(CurrentContract(t, "c1", today))) == "late");
    // Whatever the insertion order.
    Store u;
    u.contracts.Upsert(Make("late", "2026-01-01", "2027-01-01"));
    u.contracts.Upsert(Make("early", "2024-01-01", "2027-01-01"));
    CHECK(std::string(IdOf(CurrentContract(u, "c1", today))) == "late");
}

TEST_CASE("days left") {
    const Date today = Day("2026-11-27");
    CHECK(DaysLeft(Make("k", "2026-01-01", "2026-11-27"), today) == 0);
    CHECK(DaysLeft(Make("k", "2026-01-01", "2026-11-28"), today) == 1);
    CHECK(DaysLeft(Make("k", "2026-01-01", "2026-12-27"), today) == 30);
    CHECK(DaysLeft(Make("k", "2026-01-01", "2027-11-27"), today) == 365);
    CHECK(DaysLeft(Make("k", "2026-01-01", ""), today) == -1);
    CHECK(DaysLeft(Make("k", "2024-01-01", "2024-03-01"), Day("2024-02-28")) == 2);  // leap year
}

TEST_CASE("standing of a contract, and the latest one") {
    const Date today = Day("2026-11-27");
    CHECK(StandingOn(Make("k", "2026-01-01", ""), today) == ContractStanding::InForce);
    CHECK(StandingOn(Make("k", "2026-01-01", "", ContractStatus::Draft), today) == ContractStanding::Draft);
    CHECK(StandingOn(Make("k", "2026-01-01", "", ContractStatus::Suspended), today) == ContractStanding::Suspended);
    CHECK(StandingOn(Make("k", "2026-01-01", "", ContractStatus::Closed), today) == ContractStanding::Closed);
    CHECK(StandingOn(Make("k", "2025-01-01", "2026-11-26"), today) == ContractStanding::Expired);
    CHECK(StandingOn(Make("k", "2026-11-28", ""), today) == ContractStanding::NotYetValid);

    Store s;
    CHECK(LatestContract(s, "c1") == nullptr);
    Contract undated = Make("undated", "", "", ContractStatus::Draft);
    s.contracts.Upsert(undated);
    CHECK(std::string(IdOf(LatestContract(s, "c1"))) == "undated");
    s.contracts.Upsert(Make("old", "2023-06-10", "2024-12-31", ContractStatus::Closed));
    CHECK(std::string(IdOf(LatestContract(s, "c1"))) == "old");
    Contract signed_only = Make("signed", "", "", ContractStatus::Draft);
    signed_only.signed_on = Day("2025-02-01");
    s.contracts.Upsert(signed_only);
    CHECK(std::string(IdOf(LatestContract(s, "c1"))) == "signed");
    s.contracts.Upsert(Make("other", "2026-01-01", "", ContractStatus::Draft, "c2"));
    CHECK(std::string(IdOf(LatestContract(s, "c1"))) == "signed");
}

TEST_CASE("plural forms: Russian and English") {
    struct {
        int64_t n;
        PluralForm ru;
    } cases[] = {
        {0, PluralForm::Many},   {1, PluralForm::One},    {2, PluralForm::Few},    {3, PluralForm::Few},
        {4, PluralForm::Few},    {5, PluralForm::Many},   {10, PluralForm::Many},  {11, PluralForm::Many},
        {12, PluralForm::Many},  {14, PluralForm::Many},  {15, PluralForm::Many},  {20, PluralForm::Many},
        {21, PluralForm::One},   {22, PluralForm::Few},   {25, PluralForm::Many},  {30, PluralForm::Many},
        {101, PluralForm::One},  {111, PluralForm::Many}, {112, PluralForm::Many}, {122, PluralForm::Few},
        {1001, PluralForm::One}, {-1, PluralForm::One},   {-2, PluralForm::Few},   {-11, PluralForm::Many},
    };
    for (const auto& c : cases) {
        CAPTURE(c.n);
        CHECK(RussianPlural(c.n) == c.ru);
        CHECK(Plural(c.n, true) == c.ru);
        CHECK(EnglishPlural(c.n) == (c.n == 1 || c.n == -1 ? PluralForm::One : PluralForm::Many));
        CHECK(Plural(c.n, false) == EnglishPlural(c.n));
    }
}

TEST_CASE("in force (FORMAT.md rule) on the boundary days") {
    const Contract k = Make("k", "2026-03-01", "2026-03-31");
    CHECK_FALSE(InForce(k, Day("2026-02-28")));  // the day before the first day
    CHECK(InForce(k, Day("2026-03-01")));        // the first day
    CHECK(InForce(k, Day("2026-03-15")));
    CHECK(InForce(k, Day("2026-03-31")));        // the last day
    CHECK_FALSE(InForce(k, Day("2026-04-01")));  // the day after the last day
    CHECK(StandingOn(k, Day("2026-02-28")) == ContractStanding::NotYetValid);
    CHECK(StandingOn(k, Day("2026-03-01")) == ContractStanding::InForce);
    CHECK(StandingOn(k, Day("2026-03-31")) == ContractStanding::InForce);
    CHECK(StandingOn(k, Day("2026-04-01")) == ContractStanding::Expired);
    CHECK(DaysLeft(k, Day("2026-03-31")) == 0);

    // A one-day contract.
    const Contract one = Make("one", "2026-03-01", "2026-03-01");
    CHECK_FALSE(InForce(one, Day("2026-02-28")));
    CHECK(InForce(one, Day("2026-03-01")));
    CHECK_FALSE(InForce(one, Day("2026-03-02")));

    // Open-ended: from its first day on, for ever.
    const Contract open = Make("open", "2026-03-01", "");
    CHECK_FALSE(InForce(open, Day("2026-02-28")));
    CHECK(InForce(open, Day("2026-03-01")));
    CHECK(InForce(open, Day("9999-12-31")));
    // No valid_from: no lower bound (the format's rule; the editor asks for a start).
    const Contract no_start = Make("ns", "", "2026-03-31");
    CHECK(InForce(no_start, Day("0001-01-01")));
    CHECK(InForce(no_start, Day("2026-03-31")));
    CHECK_FALSE(InForce(no_start, Day("2026-04-01")));
    CHECK(InForce(Make("any", "", ""), Day("2026-11-27")));

    // Only active counts: the same dates as draft, suspended or closed are never in force.
    for (ContractStatus st : {ContractStatus::Draft, ContractStatus::Suspended, ContractStatus::Closed}) {
        CAPTURE(static_cast<int>(st));
        const Contract x = Make("x", "2026-03-01", "2026-03-31", st);
        for (const char* d : {"2026-02-28", "2026-03-01", "2026-03-15", "2026-03-31", "2026-04-01"})
            CHECK_FALSE(InForce(x, Day(d)));
        CHECK_FALSE(InForce(Make("x", "", "", st), Day("2026-03-15")));
    }
    CHECK(StandingOn(Make("x", "2025-01-01", "2025-02-01", ContractStatus::Closed), Day("2026-03-15")) ==
          ContractStanding::Closed);  // closed wins over expired
}

TEST_CASE("current contract: several in force, and the hand-over day between two") {
    Store s;
    // The old contract ends on the 14th, the renewal starts on the 15th.
    s.contracts.Upsert(Make("old", "2025-12-15", "2026-12-14"));
    s.contracts.Upsert(Make("new", "2026-12-15", "2027-12-14"));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-12-14")))) == "old");
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-12-15")))) == "new");
    // Overlapping: the one that ends last is current; a suspended later one does not count.
    s.contracts.Upsert(Make("overlap", "2026-06-01", "2027-06-01"));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-07-01")))) == "overlap");
    s.contracts.Upsert(Make("later-susp", "2026-01-01", "2030-01-01", ContractStatus::Suspended));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-07-01")))) == "overlap");
    // An open-ended one wins over any end date, from its first day.
    s.contracts.Upsert(Make("frame", "2026-07-02", ""));
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-07-01")))) == "overlap");
    CHECK(std::string(IdOf(CurrentContract(s, "c1", Day("2026-07-02")))) == "frame");
    // Two with the same dates: decided by id, whatever the insertion order.
    Store t;
    t.contracts.Upsert(Make("b", "2026-01-01", "2026-12-31"));
    t.contracts.Upsert(Make("a", "2026-01-01", "2026-12-31"));
    CHECK(std::string(IdOf(CurrentContract(t, "c1", Day("2026-06-01")))) == "a");
    Store u;
    u.contracts.Upsert(Make("a", "2026-01-01", "2026-12-31"));
    u.contracts.Upsert(Make("b", "2026-01-01", "2026-12-31"));
    CHECK(std::string(IdOf(CurrentContract(u, "c1", Day("2026-06-01")))) == "a");
}
