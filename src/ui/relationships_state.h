// UiState of the Relationships tab (tab_relationships.cpp, relationships_form.cpp): the
// cached list and group of the card on screen, the add / edit form with its company search,
// and the last removed link for Undo.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/entities.h"
#include "model/relationships.h"

namespace card {

// The card's links in display order (by the kind as read from this card, then by the other
// company's name): positions into store.relationships.All(). Rebuilt only when the
// relationships or the clients (names) change, or another card is shown.
struct RelationshipRowsCache {
    std::string client_id;
    const void* store = nullptr;
    uint64_t rel_version = ~uint64_t{0}, client_version = ~uint64_t{0};
    std::vector<uint32_t> order;
    uint64_t built = 0;  // how many times it was rebuilt (tests)
};

// The group of companies of the card on screen (model BuildGroupTree), same keys.
struct GroupCache {
    std::string client_id;
    const void* store = nullptr;
    uint64_t rel_version = ~uint64_t{0}, client_version = ~uint64_t{0};
    GroupTree tree;
    // Per row, how to draw its guide lines: `last` = the last child of its parent (the line
    // ends there); `through` bit k = the line at level k goes on past this row.
    std::vector<char> last;
    std::vector<uint32_t> through;
    uint64_t built = 0;
};

// The company search of the form: run only when the typed text (or the set of clients)
// changes, over the client list's folded keys, never per frame.
struct CompanySearch {
    std::string query;                      // what the results are for
    uint64_t client_version = ~uint64_t{0};
    std::vector<std::string> results;       // client ids, at most kMaxResults, by name
    size_t matches = 0;                     // all matches (results may be fewer)
    uint64_t runs = 0;                      // how many times it scanned (tests)
};

// The add / edit form: a draft, checked (CheckLink) whenever it or the store changes.
struct RelationshipForm {
    bool open = false;
    std::string editing_id;  // the link being edited, "" = a new link
    std::string query;       // the company search field as typed
    std::string other_id;    // the company picked, "" = none yet
    int highlighted = 0;     // the search result Enter takes (Up / Down move it)
    RelationReading reading = RelationReading::Partner;
    std::string note;
    bool focus_query = false;
    bool tried_save = false;
    // The check of the draft as of `checked_key`.
    std::string checked_key;
    uint64_t checked_rel_version = ~uint64_t{0}, checked_client_version = ~uint64_t{0};
    LinkCheck check;
};

struct RelationshipsUi {
    std::string client_id;  // the card this state belongs to: another card closes the form
    RelationshipRowsCache rows;
    GroupCache group;
    CompanySearch search;
    RelationshipForm form;
    bool has_undo = false;
    Relationship removed;   // the last removed link, for Undo
};

}  // namespace card
