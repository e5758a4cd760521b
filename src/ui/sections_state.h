// UiState of the segmentation, current contract and products/infobases sections
// (main_segmentation.cpp, main_contract.cpp, main_products.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/entities.h"

namespace card {

// The text fields that offer values already used by other clients.
enum class SuggestList : uint8_t { Segment, Industry, Size, Source, Tags };
constexpr size_t kSuggestListCount = 5;

struct Suggestion {
    std::string value;   // as written in the clients (the most frequent spelling)
    std::string folded;  // AppendFolded(value): what the typed text is matched against
    uint32_t count = 0;  // how many clients use it
};

// Every distinct value of segment, industry, size, source and tags over all clients, most
// used first. Built from all clients (100k possible), so only when store.clients.Version()
// changed since the last build, and only when a field that shows them is activated: typing
// in a field changes the version at each key but does not rebuild.
struct SuggestionCache {
    uint64_t version = ~uint64_t{0};
    size_t client_count = ~size_t{0};
    const void* data = nullptr;  // store.clients.All().data(): guards against another store
    std::vector<Suggestion> lists[kSuggestListCount];
    uint64_t rebuilds = 0;  // how many times it was built (tests)
};

// The dropdown under the active suggesting field.
struct SuggestPopup {
    unsigned field_id = 0;  // ImGuiID of the field it belongs to, 0 = closed
    SuggestList list = SuggestList::Segment;
    bool filtered = false;          // `matches` are current for `filter`
    std::string filter;             // the folded text typed
    std::vector<uint32_t> matches;  // indices into the cache's list, best first
    int highlighted = -1;           // moved by the arrow keys, taken by Enter; -1 = none
    bool scroll_to_highlight = false;
    bool hovered = false;           // the mouse was over the dropdown in the last frame
};

// The product or infobase being added or edited (a draft: written on Save).
enum class SoftwareKind : uint8_t { None, Product, Infobase };

struct SoftwareEdit {
    SoftwareKind kind = SoftwareKind::None;
    std::string client_id;
    int index = -1;  // the row edited, -1 = a new row
    Product product;
    Infobase infobase;
    std::string licenses_text;  // typed licences (digits)
    std::string date_text;      // typed "last updated" date, in the language's format
    bool focus = false;         // put the keyboard in the first field when drawn
    bool tried_save = false;    // Save was pressed with an invalid field: show why
};

// The last removed row, for Undo.
struct SoftwareUndo {
    SoftwareKind kind = SoftwareKind::None;
    std::string client_id;
    int index = 0;
    Product product;
    Infobase infobase;
};

struct SectionsUi {
    // Segmentation: suggestions and tags.
    SuggestionCache suggestions;
    SuggestPopup popup;
    std::string fold_scratch;  // reused for folding typed text
    std::string tag_input;     // the tag being typed
    std::string tag_client;    // the client the tag input belongs to
    bool refocus_tag = false;  // keep typing tags after Enter

    // Current contract: the terms shown in full (for this client only).
    std::string terms_expanded_for;
    // The Contracts tab row highlighted after a jump from the Main tab (kept, unlike
    // UiState::focus_contract_id which is cleared once the row has been scrolled to).
    std::string highlighted_contract_id;

    // Software products and infobases.
    SoftwareEdit edit;
    SoftwareUndo undo;
};

}  // namespace card
