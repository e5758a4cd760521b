// The client's contract in force on a day (FORMAT.md: active and valid on that day), for
// the Main tab's contract block and the "no contract in force" warnings; and the plural
// form of a count, for "expires in N days" in English and Russian.
#pragma once

#include <cstdint>
#include <string>

#include "model/store.h"

namespace card {

// Of the client's contracts in force on `day`, the one that ends last (open-ended first),
// ties broken by the latest valid_from; nullptr when none is in force.
const Contract* CurrentContract(const Store& store, const std::string& client_id, Date day);

// Whole days from `day` to the contract's valid_to (0 = ends today); -1 when open-ended.
int DaysLeft(const Contract& c, Date day);

// Within this many days (inclusive) a contract in force counts as expiring.
constexpr int kExpiringDays = 30;

// Why a contract is or is not in force on a day.
enum class ContractStanding : uint8_t {
    InForce,      // active and valid on the day
    Draft,        // not signed yet
    Suspended,
    Closed,
    Expired,      // active, but valid_to is before the day
    NotYetValid,  // active, but valid_from is after the day
};
ContractStanding StandingOn(const Contract& c, Date day);

// When none is in force: the client's most recent contract (latest valid_from, else
// signed_on; a contract with neither counts as oldest), to say what became of it
// ("draft № 12 awaiting signature", "expired on …"). nullptr when the client has none.
const Contract* LatestContract(const Store& store, const std::string& client_id);

// The grammatical number of a count: English "1 day" / "2 days"; Russian "1 день",
// "2 дня", "5 дней" (and 21 день, 22 дня, 11-14 дней, 111 дней...).
enum class PluralForm : uint8_t { One, Few, Many };
PluralForm RussianPlural(int64_t n);
PluralForm EnglishPlural(int64_t n);  // One for 1 (and -1), Many otherwise
inline PluralForm Plural(int64_t n, bool russian) { return russian ? RussianPlural(n) : EnglishPlural(n); }

}  // namespace card
