// Everything the interface remembers between frames, in one struct that a test can
// construct and inspect: search text, selection, tab, open dialog, pane width, and the
// cached order of the client list. No panel keeps state in function-local statics.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/import.h"
#include "model/requisites.h"
#include "ui/activity_state.h"
#include "ui/backup_state.h"
#include "ui/contacts_state.h"
#include "ui/contracts_state.h"
#include "ui/demo_state.h"
#include "ui/duplicates_state.h"
#include "ui/history_state.h"
#include "ui/incoming_state.h"
#include "ui/interests_state.h"
#include "ui/people_state.h"
#include "ui/relationships_state.h"
#include "ui/sections_state.h"
#include "ui/shortcuts_state.h"
#include "ui/timeline_state.h"

namespace card {

enum class CardTab { Main, Interests, Relationships, Contracts };

// The client list as shown: positions into store.clients.All(). `sorted` is every client
// ordered by name (case-insensitive, Cyrillic included), `visible` the subset matching the
// search and the quick filters, best matches first (ui/client_filter.h). Rebuilt only when
// the set of clients, the search text or the filters change, never per frame: renaming a
// client does not move it until the next rebuild (it would jump under the cursor).
// `text` holds, for each client position, its folded name, legal name and INN, then its
// e-mails and its phones' digits (see `keys`), so that sorting and searching 100k clients
// compare bytes instead of folding every time.
struct ClientKey {
    uint32_t offset = 0;     // into ClientListCache::text
    uint32_t name_len = 0;   // the folded name: the sort key
    uint32_t length = 0;     // name, legal name and INN separated by '\x1f' (company search)
    uint32_t legal_len = 0;  // the folded legal name, after the name and a '\x1f'
    // After `length`: '\x1f', the folded e-mails separated by '\x1e' (email_len bytes), '\x1f',
    // the phones' digits separated by '\x1e' (phone_len bytes): a Russian number as its ten
    // national digits, another country's as its E.164 digits, an unrecognised text as the
    // digits it has. One entry per element of Client::emails / phones, in their order.
    uint32_t email_len = 0;
    uint32_t phone_len = 0;
};

// Which field of a client a search matched (the list shows it under the name).
enum class ClientMatchField : uint8_t { None, Name, LegalName, Inn, Phone, Email, Contact };
struct ClientMatch {
    ClientMatchField field = ClientMatchField::None;
    uint8_t rank = 0;   // 0 best (ClientSearchRank in client_filter.h)
    uint16_t term = 0;  // which word of the query (ClientListCache::terms)
    uint32_t item = 0;  // the phone's or e-mail's index in the client; the contact's position
};

// One word of the search (or the whole query when it is a phone number with spaces).
struct ClientSearchTerm {
    std::string folded;  // AppendFolded of the word
    std::string digits;  // its digits when it reads as a phone / INN (3 or more), else ""
    std::string anchored;  // digits without a leading 8 / 7 (+7): must start a phone number
};

// The quick filters above the list; all combinable with the search text.
struct ClientQuickFilter {
    uint8_t status_mask = 0;     // bit (1 << ClientStatus); 0 = any status
    std::string segment;         // "" = any segment
    std::string responsible_id;  // "" = anyone
    bool no_contract = false;    // no contract in force today (CurrentContract)
    bool needs_update = false;   // an infobase needs an update
    bool overdue = false;        // a planned activity before now
    bool Any() const {
        return status_mask != 0 || !segment.empty() || !responsible_id.empty() || no_contract || needs_update ||
               overdue;
    }
    int Count() const {
        return (status_mask != 0) + !segment.empty() + !responsible_id.empty() + no_contract + needs_update + overdue;
    }
    bool operator==(const ClientQuickFilter& o) const {
        return status_mask == o.status_mask && segment == o.segment && responsible_id == o.responsible_id &&
               no_contract == o.no_contract && needs_update == o.needs_update && overdue == o.overdue;
    }
    bool operator!=(const ClientQuickFilter& o) const { return !(*this == o); }
};

struct ClientListCache {
    std::vector<uint32_t> sorted;
    std::vector<uint32_t> visible;
    std::vector<ClientMatch> matches;  // parallel to `visible` ("" search: all None)
    // two_line_before[i]: how many of visible[0..i) show a second line (the matched field
    // when it is not the name): row i starts at i rows + that many extra lines.
    std::vector<uint32_t> two_line_before;
    std::string text;             // folded keys; an edit appends, a rebuild compacts
    std::vector<ClientKey> keys;  // by client position
    std::vector<ClientSearchTerm> terms;  // the search as last filtered
    std::string phrase;                   // the whole folded search, spaces collapsed
    // What the cache was built from: when any of these differ, it is stale.
    uint64_t built_revision = ~uint64_t{0};
    size_t built_count = 0;
    const void* built_data = nullptr;
    uint64_t built_clients_version = ~uint64_t{0};  // edits behind NoteClientEdited's back
    uint64_t generation = 0;  // bumped by every rebuild or insertion (positions changed)
    std::string built_search;
    ClientQuickFilter filter;  // what the user chose (the popup writes it)
    ClientQuickFilter built_filter;
    bool refilter = true;  // the search changed or a client was inserted
    // A client's folded keys changed (NoteClientEdited) since the last filter pass: the next
    // search looks at every client, not only at the last matches.
    bool keys_edited_since_filter = false;
    bool focus_search = false;  // put the keyboard in the search box when it is next drawn (Ctrl+K, /)

    // Contact persons' folded names by client position (rebuilt lazily when the contacts
    // change and the search needs them).
    struct ContactEntry {
        uint32_t contact_pos = 0;  // into store.contacts.All()
        uint32_t offset = 0, len = 0;  // into contact_text
    };
    std::string contact_text;
    std::vector<ContactEntry> contact_entries;  // grouped by client position
    std::vector<uint32_t> contact_begin;        // per client position, size+1
    uint64_t contacts_version = ~uint64_t{0};
    uint64_t contacts_generation = ~uint64_t{0};

    // Per client position: bit 0 a contract in force today, bit 1 an overdue activity.
    // Recomputed only when a filter needs them and the contracts / interactions / day /
    // minute / set of clients changed.
    std::vector<uint8_t> flags;
    uint64_t contracts_version = ~uint64_t{0};
    int32_t contracts_day = INT32_MIN;
    uint64_t contracts_generation = ~uint64_t{0};
    uint64_t interactions_version = ~uint64_t{0};
    int64_t overdue_minute = INT64_MIN;
    uint64_t interactions_generation = ~uint64_t{0};

    // The values in use for the filter popup's choices (rebuilt while it is open, when the
    // clients changed): segments sorted, responsible employees' ids sorted by name.
    std::vector<std::string> segments;
    std::vector<std::string> responsible_ids;
    uint64_t choices_version = ~uint64_t{0};

    // The draw scratch (no allocation per frame once grown).
    std::string scratch, scratch2;
    uint64_t filter_runs = 0;  // how many times the filter pass ran (tests)
};

// The Import JSON… dialog: the picked file, the preview of what it would change, the mode.
struct ImportDialogState {
    bool open_requested = false;  // set when a file arrives; the frame opens the modal
    std::string file_name;
    // The file, read in pieces as it arrives (null: refused before it was read).
    std::unique_ptr<ImportReader> file;
    bool reading = false;         // pieces are still arriving (the dialog shows progress)
    int read_id = 0;              // which pick the arriving pieces belong to
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
    // Duplicates and merging, the change history, keyboard shortcuts.
    DuplicatesUi duplicates;
    HistoryUi history;
    ShortcutsUi shortcuts;
    // The reminder to export a backup (issue 6).
    BackupUi backup;
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
