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
