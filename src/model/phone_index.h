// Who is calling: an index from phone numbers to their owners (clients' own phones, their
// contact persons' phones, and employees' phones), for the incoming-call window and
// cardApp.lookupPhone. Pure C++17, no ImGui.
//
// Built in one pass over the three collections, then kept up to date owner by owner: an
// edit of one client replaces only that client's numbers (at 100k clients and 300k
// contacts a full build takes a few hundred ms, an update after one edit about a
// millisecond). A lookup is a few binary searches.
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
    // Brings the index up to date with the store: the first time (or for another store, or
    // after many changes) in one pass; after that incrementally: the collections whose
    // Version() changed are compared owner by owner with the phones the index holds for
    // them, and only the owners whose phones differ (or that were added, removed or moved)
    // have their entries replaced. Returns true when the index changed.
    bool Update(const Store& store);
    // The matches for `text` as typed. Call Update first (positions refer to the store the
    // index was built from); `limit` caps the number of owners returned.
    PhoneLookup Lookup(const Store& store, std::string_view text, size_t limit = 30) const;

    size_t size() const { return by_digits_.size(); }  // indexed numbers
    uint64_t builds() const { return changes_; }        // how many times it changed (built or updated)
    uint64_t full_builds() const { return full_builds_; }  // of which full builds (tests)
    // The entries in both orders, one line each (tests: an incrementally updated index
    // equals one built from scratch).
    std::string Dump() const;

private:
    static constexpr uint32_t kNone = 0xFFFFFFFFu;
    struct Entry {
        uint32_t owner = 0;     // position in its collection's All()
        uint32_t offset = 0;    // the digits in digits_ / reversed_ [offset, offset + length)
        uint32_t ext_offset = 0;
        uint32_t next = kNone;  // the owner's next entry (slot), or kNone
        uint16_t phone = 0;     // which of the owner's phones
        uint8_t length = 0;
        uint8_t ext_length = 0;
        PhoneOwnerKind kind = PhoneOwnerKind::Client;
        bool recognized = false;  // NormalizePhone accepts it (exact matching)
        bool live = false;
    };
    // What the index holds of one collection: per owner position, its phones as they were
    // indexed (length-prefixed in `text`), and its first entry.
    struct Owners {
        std::string text;
        std::vector<uint32_t> at, len;  // into text, per position
        std::vector<uint32_t> head;     // first entry slot per position, or kNone
        uint64_t version = ~uint64_t{0};
        const void* data = nullptr;
        size_t count = 0;
        size_t garbage = 0;  // bytes of `text` no position refers to any more
    };

    std::string_view Digits(const Entry& e) const { return std::string_view(digits_).substr(e.offset, e.length); }
    std::string_view Reversed(const Entry& e) const { return std::string_view(reversed_).substr(e.offset, e.length); }
    std::string_view Extension(const Entry& e) const { return std::string_view(exts_).substr(e.ext_offset, e.ext_length); }
    // The index's order of entries (slots): by digits, the recognised first among equal
    // digits (the exact run), then kind, owner, phone.
    bool Less(uint32_t a, uint32_t b) const;
    bool LessReversed(uint32_t a, uint32_t b) const;
    // First position in by_digits_ of the recognized numbers with these digits, or npos.
    size_t FindExact(std::string_view digits) const;

    void Clear();
    // Appends an entry for one phone text to the pool and the digit buffers (not to the
    // orders); returns its slot, or kNone when the text has too few digits.
    uint32_t AddEntry(PhoneOwnerKind kind, size_t owner, size_t phone, const std::string& text);
    void RemoveOwner(PhoneOwnerKind kind, uint32_t pos);  // its entries out of the orders
    void AddOwner(PhoneOwnerKind kind, uint32_t pos, const std::string* phones, size_t n);  // into the orders
    void Rebuild(const Store& store);

    std::vector<Entry> pool_;        // every entry ever added since the last full build (dead ones too)
    std::vector<uint32_t> free_;     // dead slots to reuse
    std::vector<uint32_t> by_digits_;  // live slots sorted by Less
    std::vector<uint32_t> by_suffix_;  // live slots sorted by reversed digits (then Less)
    // offset in digits_ -> slot, in digits_ order (the "contains" scan maps a hit back)
    std::vector<std::pair<uint32_t, uint32_t>> by_offset_;
    std::string digits_;             // each entry's digits, then a '|' separator
    std::string reversed_;           // the same, each number reversed (same offsets)
    std::string exts_;
    size_t dead_bytes_ = 0;          // of digits_ no live entry uses
    Owners owners_[3];               // by PhoneOwnerKind
    uint64_t changes_ = 0, full_builds_ = 0;
};

}  // namespace card
