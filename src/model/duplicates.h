// Clients that look like the same company: the same INN (+KPP), or a shared phone.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/store.h"

namespace card {

enum class DuplicateReason : uint8_t {
    InnKpp,  // the same INN and the same KPP (or both without a KPP)
    Inn,     // the same INN, different KPP: perhaps a branch
    Phone,   // a phone of one is a phone of the other (or of its contact)
};

struct DuplicateMatch {
    std::string existing_id;   // the client already in the store
    std::string candidate_id;  // the client being created / imported
    DuplicateReason reason = DuplicateReason::InnKpp;
    std::string value;         // what matched, as written in the existing record
};

// Clients in the store, other than `candidate` itself, that look like `candidate`.
std::vector<DuplicateMatch> FindDuplicates(const Store& store, const Client& candidate);

// For an import: each incoming client whose id is not in the store and that looks like a
// client already there.
std::vector<DuplicateMatch> FindImportDuplicates(const Store& store, const std::vector<Client>& incoming);

}  // namespace card
