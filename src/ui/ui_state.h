// Everything the interface remembers between frames, in one struct that a test can
// construct and inspect: search text, selection, tab, open dialog, pane width, and the
// cached order of the client list. No panel keeps state in function-local statics.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/import.h"
#include "model/requisites.h"
#include "ui/activity_state.h"
#include "ui/contacts_state.h"
#include "ui/contracts_state.h"
#include "ui/demo_state.h"
#include "ui/incoming_state.h"
#include "ui/interests_state.h"
#include "ui/people_state.h"
#include "ui/relationships_state.h"
#include "ui/sections_state.h"
#include "ui/timeline_state.h"

namespace card {

enum class CardTab { Main, Interests, Relationships, Contracts };

// The client list as shown: positions into store.clients.All(). `sorted` is every client
// ordered by name (case-insensitive, Cyrillic included), `visible` the subset matching the
// search. Rebuilt only when the set of clients or the search text changes, never per frame:
// renaming a client does not move it until the next rebuild (it would jump under the cursor).
// `text` holds, for each client position, its folded name, legal name and INN (see `keys`),
// so that sorting and searching 100k clients compare bytes instead of folding every time.
struct ClientKey {
    uint32_t offset = 0;    // into ClientListCache::text
    uint32_t name_len = 0;  // the folded name: the sort key
    uint32_t length = 0;    // name, legal name and INN separated by '\x1f': the search text
};

struct ClientListCache {
    std::vector<uint32_t> sorted;
    std::vector<uint32_t> visible;
    std::string text;             // folded keys; an edit appends, a rebuild compacts
    std::vector<ClientKey> keys;  // by client position
    // What the cache was built from: when any of these differ, it is stale.
    uint64_t built_revision = ~uint64_t{0};
    size_t built_count = 0;
    const void* built_data = nullptr;
    std::string built_search;
    bool refilter = true;  // the search changed or a client was inserted
};

// The Import JSON… dialog: the picked file, the preview of what it would change, the mode.
struct ImportDialogState {
    bool open_requested = false;  // set when a file arrives; the frame opens the modal
    std::string file_name;
    std::string text;
    ImportMode mode = ImportMode::Merge;
    bool checked = false;         // `check` is the CheckImport result for `checked_mode`
    ImportMode checked_mode = ImportMode::Merge;
    ImportResult check;
    bool replace_confirmed = false;
    std::string apply_error;      // an Apply that failed (e.g. read-only meanwhile)
};

// A multi-line list field (phones, e-mails) while it is being typed in: the raw text with
// its empty lines, so that the widget and the store (which keeps only non-empty trimmed
// lines) do not fight over the buffer.
struct ListFieldEdit {
    unsigned id = 0;  // ImGuiID of the active field, 0 = none
    std::string text;
};

// ValidateClientRequisites for the card on screen, kept until the client or the clients
// collection changes (see ui/requisite_checks.h): drawing an unchanged card re-validates
// nothing. `problems` is what the field hints and the header marker show.
struct RequisitesCache {
    std::string client_id;
    const void* client = nullptr;  // the record validated (guards against a replaced store)
    uint64_t version = ~uint64_t{0};
    std::vector<FieldProblem> problems;
    uint64_t computed = 0;  // how many times it was recomputed (tests)
};

struct UiState {
    std::string search;
    std::string selected_id;  // "" = no client selected
    CardTab tab = CardTab::Main;
    bool tab_select_pending = false;  // make `tab` the selected tab on the next draw
    bool name_blank = false;          // the Name field being typed in is empty (not written)
    bool focus_name = false;          // put the keyboard in the Name field when it is drawn
    bool scroll_to_selected = false;  // scroll the client list to the selection
    // Left pane width in font heights, so that it keeps its look when the pixel ratio (and
    // with it the font's pixel size) changes: browser zoom, another screen.
    float left_width_em = 20;

    // Bumped by every change the interface makes to the set of clients (new client,
    // import) so that the list rebuilds; edits of a client's fields do not bump it.
    uint64_t store_revision = 0;
    ClientListCache list;

    ImportDialogState import;
    std::string message;           // one-off information from the UI itself (import done)
    std::string dismissed_notice;  // the env.notice the user closed

    RequisitesCache requisites;

    // The Main tab's sections (ui/main_sections.h), each with its own state header.
    ContactsUi contacts;
    SectionsUi sections;
    PeopleUi people;
    TimelineUi timeline;
    ActivityEditorUi activity;
    // The other tabs.
    InterestsUi interests;
    RelationshipsUi relationships;
    ContractsUi contracts;
    // Outside the card: the incoming-call window and the demo data loader.
    IncomingCallUi incoming;
    DemoDataUi demo;
    // A contract to show: set by a click on the current contract; the Contracts tab
    // scrolls to it and highlights it, then clears it.
    std::string focus_contract_id;

    ListFieldEdit list_edit;
    std::string scratch;                 // the edit buffer reused by every text field
    std::vector<uint32_t> rows_scratch;  // reused to order a card's few related records

    void SelectTab(CardTab t) {
        tab = t;
        tab_select_pending = true;
    }
    void SelectClient(const std::string& id) {
        selected_id = id;
        scroll_to_selected = true;
    }
};

}  // namespace card
