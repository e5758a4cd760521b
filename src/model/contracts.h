// Contracts and agreements being entered or changed (the Contracts tab's editor and its
// quick status changes): typed dates and amounts, the contract number's identity, and the
// validation of a contract before it is written. Pure C++17, no ImGui.
//
// Rules (docs/FORMAT.md keeps the in-force rule; these are the editor's own):
// - the number is required and unique among the client's contracts. Two numbers are the
//   same when they read the same: spaces around and doubled inside, letter case (Cyrillic
//   too), ё/е, a leading "№", the kind of dash, and Latin letters that look like Cyrillic
//   ones (the "C" of "C-12" typed on an English keyboard) do not make them different.
//   Another client may have the same number; a contract never clashes with itself;
// - dates are real calendar days, typed as DD.MM.YYYY or YYYY-MM-DD (either in both
//   languages; the separator tells them apart), strictly: 31.02.2026 is refused;
// - valid_to is not before valid_from (a one-day contract is fine);
// - an active contract needs valid_from: "active since forever" is how an unfinished
//   record looks, and it would silently count as in force on every day. Drafts,
//   suspended and closed contracts may leave it empty. (Imported records are not
//   refused for it: the rule applies when a contract is saved or activated here.)
// - the amount is optional; when given it is exact (at most two decimals), not negative,
//   within Money::kMaxMinor, with an ISO 4217 currency code (RUB when left empty).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/store.h"

namespace card {

// ---- Typed values

enum class DateText : uint8_t { Ok, Empty, BadFormat, NoSuchDay };
// "27.11.2026", "7.1.2026" or "2026-11-27" (spaces around are ignored); a real day in
// years 1..9999. Empty text is no date (Empty, `out` untouched).
DateText ParseDateText(std::string_view text, Date& out);

enum class AmountText : uint8_t { Ok, Empty, BadNumber, Negative };
// "1 500 000,50", "412800", "0.5" (Money::MinorFromText), refused when negative.
AmountText ParseAmountText(std::string_view text, int64_t& minor);

// "rub", " RUB ", "₽", "руб." -> "RUB"; any three Latin letters -> upper case. False when
// it is not a currency code. Empty text is RUB (the format's default).
bool NormalizeCurrency(std::string_view text, std::string& out);

// The last day of a year-long term that starts on `from`: 15.12.2025 -> 14.12.2026,
// 29.02.2024 -> 28.02.2025. Empty for an empty date.
Date YearAfter(Date from);

// ---- Contract numbers

// The number as it is compared ("№ С-12/2025 " and "c-12/2025" give the same key).
void ContractNumberKey(std::string_view number, std::string& out);
bool SameContractNumber(std::string_view a, std::string_view b);
// Another contract of `client_id` with the same number, other than `self_id`; nullptr
// when none (or when `number` is blank).
const Contract* FindNumberClash(const Store& store, const std::string& client_id, const std::string& self_id,
                                std::string_view number);

// ---- Validation

enum class ContractField : uint8_t { Number, SignedOn, ValidFrom, ValidTo, Amount, Currency, Count };
constexpr size_t kContractFieldCount = static_cast<size_t>(ContractField::Count);

enum class ContractReason : uint8_t {
    Ok,
    NumberRequired,    // number: blank
    NumberTaken,       // number: another contract of the client has it (see `clash`)
    DateFormat,        // a date: not DD.MM.YYYY / YYYY-MM-DD
    NoSuchDay,         // a date: 31.02.2026
    EndBeforeStart,    // valid_to: before valid_from
    ActiveNeedsStart,  // valid_from: empty on an active contract
    AmountFormat,      // amount: not a number with at most two decimals
    AmountNegative,    // amount: below zero
    CurrencyInvalid,   // currency: not a three-letter code
};

// What the editor holds: the record (kind, number, title, status, terms, ids) and the
// texts typed into the date and amount fields, which win over the record's own values.
struct ContractInput {
    Contract record;
    std::string signed_on, valid_from, valid_to;  // typed dates, "" = none
    std::string amount;                           // typed amount, "" = none
    std::string currency;                         // typed code, "" = RUB
};

struct ContractCheck {
    ContractReason reasons[kContractFieldCount] = {};  // by ContractField; Ok = fine
    const Contract* clash = nullptr;  // for NumberTaken: the contract that has the number
    Contract result;                  // the record to write (valid when ok())

    ContractReason reason(ContractField f) const { return reasons[static_cast<size_t>(f)]; }
    bool ok() const;
    // The first field with a problem, in form order; Count when none.
    ContractField first_problem() const;
};

// Checks `in` against the rules above and the client's other contracts in `store`, and
// builds the record to write: number and title trimmed, dates and amount parsed.
ContractCheck CheckContract(const Store& store, const ContractInput& in);
// The same for a stored record about to be written as it is (a quick status change):
// its dates and amount are values already, so only the number, the date order and the
// active-needs-a-start rule can fail.
ContractCheck CheckContract(const Store& store, const Contract& record);

// The texts the editor shows for a stored record (dates in the form `format_date` writes,
// the amount as "412800.00"): the inverse of CheckContract for unchanged fields.
template <class FormatDate>
ContractInput InputOf(const Contract& k, FormatDate format_date) {
    ContractInput in;
    in.record = k;
    in.signed_on = format_date(k.signed_on);
    in.valid_from = format_date(k.valid_from);
    in.valid_to = format_date(k.valid_to);
    if (k.has_amount) in.amount = k.amount.AmountText();
    in.currency = k.has_amount ? k.amount.currency : "RUB";
    return in;
}

// ---- The Contracts tab's order

// The columns the table sorts by. State is the default: the current contract first, then
// the others in force, the expired ones still marked active (somebody must act), the ones
// not yet valid, drafts, suspended, closed; within each, the latest valid_from first.
enum class ContractSort : uint8_t { State, Kind, Number, Title, SignedOn, Validity, Status, Amount };
// The rank of a contract in the State order (0 = the current contract, CurrentContract).
int StateRank(const Contract& k, Date today, const Contract* current);
// Positions (into store.contracts.All()) of the client's contracts in that order;
// `descending` reverses the column's order (ties still by the latest valid_from, then id).
void OrderContracts(const Store& store, const std::string& client_id, Date today, ContractSort by,
                    bool descending, std::vector<uint32_t>& out);

}  // namespace card
