// Who is calling: an index from phone numbers to their owners (clients' own phones, their
// contact persons' phones, and employees' phones), for the incoming-call window and
// cardApp.lookupPhone. Pure C++17, no ImGui.
//
// Built in one pass over the three collections and rebuilt only when one of them changes
// (Version(), and the vector it lives in): at 100k clients and 300k contacts a lookup is a
// hash probe for a complete number and a few binary searches for a partial one.
//
// Matching (model/phone.h's NormalizePhone decides what a complete number is):
// - A complete number in any format (`8 (495) 123-45-67`, `+7 495 1234567`, `4951234567`,
//   with `доб. 12` / `ext 12`) matches the stored numbers with the same match key, exactly.
//   With an extension typed, the stored number with that extension ranks first, one with
//   no extension (the company's main line) next, one with another extension last.
//   When nothing has that key, a stored number that is the last 7-10 digits of it (a
//   local number saved without its area code, which NormalizePhone cannot read) matches
//   as a partial match.
// - While a number is being typed (not complete yet, at least kMinPartialDigits digits):
//   the stored numbers that begin with it (`8 (495) 640` -> +7495640..., an `8` or `7` in
//   front read as the country code), that end with it (`12-00`, the last digits), and,
//   from 5 digits, that contain it anywhere. Ranked in that order.
// Stored numbers that NormalizePhone cannot read take part in partial matching only, by
// their digits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/store.h"

namespace card {

enum class PhoneOwnerKind : uint8_t { Client, Contact, Employee };

// Best first. The first three are exact (the same number).
enum class PhoneMatchRank : uint8_t {
    ExactExtension,  // same number and the extension typed
    Exact,           // same number (the stored one or the typed one has no extension)
    OtherExtension,  // same number, another extension
    Prefix,          // the stored number begins with the digits typed
    Suffix,          // ends with them (or is the last 7-10 digits of a complete number)
    Contained,       // contains them
};
inline bool IsExact(PhoneMatchRank r) { return r <= PhoneMatchRank::OtherExtension; }

// One owner whose number matched (several numbers of one owner give one match, the best).
struct PhoneMatch {
    PhoneOwnerKind kind = PhoneOwnerKind::Client;
    std::string client_id;    // the client; for a contact, its client; "" for an employee
    std::string contact_id;   // "" unless kind == Contact
    std::string employee_id;  // "" unless kind == Employee
    std::string phone;        // the stored text of the number that matched
    PhoneMatchRank rank = PhoneMatchRank::Exact;
    bool exact() const { return IsExact(rank); }
};

constexpr size_t kMinPartialDigits = 4;   // suffix matching from here
constexpr size_t kMinPrefixDigits = 5;    // prefix and "contains" matching from here

struct PhoneLookup {
    bool complete = false;     // the text is a whole number (NormalizePhone accepts it)
    std::string e164;          // its match key when complete ("+74951234567")
    std::string extension;     // the extension typed, "" when none
    size_t digits = 0;         // how many digits were typed (before any extension)
    bool too_short = false;    // not complete and fewer than kMinPartialDigits digits
    std::vector<PhoneMatch> matches;  // best first: rank, then client, contact, employee, then name
    bool more = false;         // more owners matched than the limit allowed
};

class PhoneIndex {
public:
    // Rebuilds from the store when clients, contacts or employees changed since the last
    // build (or the index was built from another store). Returns true when it rebuilt.
    bool Update(const Store& store);
    // The matches for `text` as typed. Call Update first (positions refer to the store the
    // index was built from); `limit` caps the number of owners returned.
    PhoneLookup Lookup(const Store& store, std::string_view text, size_t limit = 30) const;

    size_t size() const { return entries_.size(); }  // indexed numbers
    uint64_t builds() const { return builds_; }      // how many times it was (re)built

private:
    struct Entry {
        uint32_t owner = 0;     // position in its collection's All()
        uint32_t offset = 0;    // the digits in digits_ / reversed_ [offset, offset + length)
        uint32_t ext_offset = 0;
        uint16_t phone = 0;     // which of the owner's phones
        uint8_t length = 0;
        uint8_t ext_length = 0;
        PhoneOwnerKind kind = PhoneOwnerKind::Client;
        bool recognized = false;  // NormalizePhone accepts it (exact matching)
    };
    std::string_view Digits(const Entry& e) const { return std::string_view(digits_).substr(e.offset, e.length); }
    std::string_view Reversed(const Entry& e) const { return std::string_view(reversed_).substr(e.offset, e.length); }
    std::string_view Extension(const Entry& e) const { return std::string_view(exts_).substr(e.ext_offset, e.ext_length); }
    // First entry (in digit order) of the recognized numbers with these digits, or npos.
    size_t FindExact(std::string_view digits) const;

    std::vector<Entry> entries_;     // sorted by digits
    std::vector<uint32_t> by_suffix_;  // entry indices sorted by reversed digits
    std::string digits_;             // each entry's digits, then a '|' separator
    std::string reversed_;           // the same, each number reversed (same offsets)
    std::string exts_;
    std::vector<uint32_t> table_;    // open addressing: 0 = empty, else entry index + 1
    uint64_t built_[3] = {~uint64_t{0}, ~uint64_t{0}, ~uint64_t{0}};
    const void* built_data_[3] = {nullptr, nullptr, nullptr};
    size_t built_count_[3] = {0, 0, 0};
    uint64_t builds_ = 0;
};

}  // namespace card
