// Clients that look like the same company: the same INN (+KPP), or a shared phone.
//
// - INN: the same INN (spaces around ignored) and the same KPP, or a KPP on one side only
//   (not filled in yet: a new client is typed in field by field), is the same company
//   (InnKpp). The same INN with another KPP is a separate subdivision of one legal entity:
//   perhaps a branch (Inn, a weaker warning).
// - Phone: one of the candidate's own numbers is, by its match key (model/phone.h: the
//   E.164 number without extension), a number of another client or of one of its contact
//   persons. Numbers the phone rules cannot read take no part (no guessing).
// Empty INNs and phones never match. One match per existing client, the strongest reason.
// Phones are looked up in a PhoneIndex (model/phone_index.h), never by scanning 100k
// clients; the INN by one pass over the clients (or a map, for an import).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/phone_index.h"
#include "model/store.h"

namespace card {

enum class DuplicateReason : uint8_t {
    InnKpp,  // the same INN and the same KPP (or a KPP on one side only, or on neither)
    Inn,     // the same INN, two different KPPs: perhaps a branch
    Phone,   // a phone of one is a phone of the other (or of its contact)
};

struct DuplicateMatch {
    std::string existing_id;   // the client already in the store
    std::string candidate_id;  // the client being created / imported
    std::string candidate_name;  // its name (an imported client is not in the store yet)
    DuplicateReason reason = DuplicateReason::InnKpp;
    std::string value;         // what matched, as written in the existing record
    std::string contact_id;    // Phone: the existing client's contact whose number it is ("" = the client's own)
};

// Clients in the store, other than `candidate` itself, that look like `candidate`, the
// strongest reason first, then by name. Updates `index` (a no-op when it is current).
std::vector<DuplicateMatch> FindDuplicates(const Store& store, const Client& candidate, PhoneIndex& index);

// The two halves, for a caller that caches them apart (the card redoes the INN half while
// the INN is typed, the phone half when the phones change): the INN matches (one pass over
// the clients), the phone matches through `index` as it is (the caller keeps it current; an
// index built before edits of `candidate` alone still serves, the candidate is skipped).
std::vector<DuplicateMatch> FindInnDuplicates(const Store& store, const Client& candidate);
std::vector<DuplicateMatch> FindPhoneDuplicates(const Store& store, const Client& candidate, const PhoneIndex& index);
// Joins the halves: one match per existing client (the INN one wins), sorted as FindDuplicates.
std::vector<DuplicateMatch> JoinDuplicates(const Store& store, std::vector<DuplicateMatch> inn,
                                           const std::vector<DuplicateMatch>& phone);
// True when any of the candidate's phones is a whole number (only those are looked up).
bool HasMatchablePhone(const Client& candidate);
// The same with an index built for this call (tests, one-off calls).
std::vector<DuplicateMatch> FindDuplicates(const Store& store, const Client& candidate);

// For an import: each incoming client whose id is not in the store and that looks like a
// client already there, in the order of `incoming`.
std::vector<DuplicateMatch> FindImportDuplicates(const Store& store, const std::vector<Client>& incoming);

}  // namespace card
