// UiState of duplicate warnings and the merge dialog (duplicates.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/duplicates.h"
#include "model/merge_clients.h"
#include "model/phone_index.h"

namespace card {

// The duplicates of the card on screen (ui/duplicates.h CardDuplicates). The INN half is
// redone when the clients change (one pass over them); the phone half when the card, its
// phones or the set of clients (UiState::store_revision) change, through `phones` below,
// which is rebuilt only then (typing in the card never rebuilds it: a 100k-client index
// takes a while, and what was found is checked against the records as they are now).
struct DuplicateWarningCache {
    std::string client_id;
    const void* store = nullptr;
    uint64_t inn_version = ~uint64_t{0};  // store.clients.Version() of the INN half
    std::vector<DuplicateMatch> inn_matches;
    std::vector<std::string> phones;       // the card's phones the phone half looked up
    uint64_t phone_revision = ~uint64_t{0};
    std::vector<DuplicateMatch> phone_matches;
    std::vector<DuplicateMatch> matches;   // both, one per existing client
    uint64_t computed = 0;  // how many times a half was redone (tests)
};

// The merge dialog: this card, the other client (picked by a search over the client list's
// folded keys), which of the two stays, and the preview of the merge (PreviewMerge, redone
// only when the pair or the store changes).
struct MergeDialogUi {
    bool open_requested = false;  // the frame opens the modal
    std::string this_id;          // the card it was opened from
    std::string other_id;         // "" = not chosen yet
    bool this_survives = true;
    bool from_warning = false;  // opened from a duplicate warning: propose the older / existing card
    int proposal = 0;           // why the proposed card stays: 0 this card, 1 the existing one, 2 the older
    std::string query;
    bool focus_query = false;
    int highlighted = 0;
    // the search
    std::string searched;
    uint64_t searched_version = ~uint64_t{0};
    std::vector<std::string> results;
    size_t matches = 0;
    // the preview
    std::string preview_survivor, preview_other;
    uint64_t preview_revision = ~uint64_t{0};
    MergeReport preview;
    std::string error;  // a refused merge (read-only meanwhile)
};

// "Merged «X» into «Y» [Undo]" after a merge, shown on the survivor's card while the merge
// is the journal's last step.
struct MergeUndoUi {
    std::string survivor_id, other_id;
    std::string other_name, survivor_name;  // as they were at the merge (the message's names)
    bool visible = false;   // the merge is still the step the next Undo reverts
    bool fresh = false;     // merged this frame: not a journal step until the frame ends
    bool requested = false; // Undo pressed in the bar: the merge dialog's code calls App::Undo
    bool dismissed = false;
};

struct DuplicatesUi {
    PhoneIndex phones;  // the index the warnings look phones up in
    uint64_t phones_revision = ~uint64_t{0};  // UiState::store_revision when it was last updated
    std::string phones_client;                // the card it was last updated for
    DuplicateWarningCache warning;
    MergeDialogUi merge;
    MergeUndoUi undo;
};

// Opens the merge dialog for the card `this_id`, with `other_id` chosen ("" = to choose).
// From a duplicate warning the card created first is proposed to stay (the existing one
// when that is unknown); from the card's menu the open card, unless the other is older.
inline void OpenMergeDialog(DuplicatesUi& d, const std::string& this_id, const std::string& other_id,
                            bool from_warning) {
    MergeDialogUi& m = d.merge;
    m = MergeDialogUi{};
    m.open_requested = true;
    m.this_id = this_id;
    m.other_id = other_id;
    m.from_warning = from_warning;
    m.focus_query = other_id.empty();
}

}  // namespace card
