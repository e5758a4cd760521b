// UiState of the incoming-call window (incoming_call.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/phone_index.h"

namespace card {

// The matches of one client, as the window shows them: the client's own number and its
// contact persons' numbers that matched (indices into PhoneLookup::matches).
struct IncomingGroup {
    std::string client_id;
    std::vector<size_t> matches;
    PhoneMatchRank best = PhoneMatchRank::Contained;
};

struct IncomingCallUi {
    bool open = false;
    bool appearing = false;     // centre, size and focus the window on the next draw
    bool focus_number = false;  // put the keyboard in the number field when it is drawn
    std::string number;         // as typed or pasted

    PhoneIndex index;           // rebuilt only when clients, contacts or employees change
    // The lookup of `number`, redone only when the text or the index changes.
    std::string looked_up;
    uint64_t looked_up_builds = ~uint64_t{0};
    bool looked_up_valid = false;
    PhoneLookup result;
    std::vector<IncomingGroup> groups;  // clients, best first
    std::vector<size_t> employees;      // matches that are our own employees

    // "Add to an existing client": a folded search over the client list's keys.
    bool adding = false;
    bool focus_client_search = false;
    std::string client_search;
    std::string client_searched;
    uint64_t client_searched_version = ~uint64_t{0};
    size_t client_searched_count = ~size_t{0};
    std::vector<uint32_t> client_results;  // positions into store.clients.All()
    size_t client_total = 0;               // how many matched (results are the first few)
    std::string added_to;                  // the client the number was just added to
};

}  // namespace card
