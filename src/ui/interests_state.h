// UiState of the Interests tab (tab_interests.cpp, interests_editor.cpp): filters, sort,
// the cached rows, the selection, the interest editor, the close dialog and Undo.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/interests.h"

namespace card {

// The table as shown, rebuilt only when the client, a collection, the filter or the sort
// changes (never per frame): the next activity of each interest (one pass over the
// client's interactions), the filtered and sorted rows, their totals and pipeline.
struct InterestsCache {
    std::string client_id;
    const void* interests_data = nullptr;  // guards against a replaced store
    uint64_t interests_version = ~uint64_t{0};
    uint64_t interactions_version = ~uint64_t{0};
    uint64_t employees_version = ~uint64_t{0};
    uint64_t filter_revision = ~uint64_t{0};
    InterestColumn sort_column = InterestColumn::Opened;
    bool sort_descending = true;

    NextActivityMap next;                // interest id -> position of its next activity
    std::vector<uint32_t> rows;          // positions into store.interests.All(), as shown
    size_t total = 0;                    // the client's interests (the M of "N of M")
    std::vector<CurrencyTotal> totals;   // of the rows shown, per currency
    Pipeline pipeline;                   // of the rows shown
    std::vector<std::string> projects;   // the client's projects, sorted (filter, editor)
    bool has_unassigned = false;         // some interest has no responsible
    std::vector<uint32_t> responsibles;  // positions into store.employees.All() used by the client's interests
    uint64_t built = 0;                  // how many times it was rebuilt (tests)
    uint64_t next_built = 0;             // how many times the next-activity map was rebuilt (tests)
};

// The interest editor (a modal): a draft written by Save with one Upsert.
struct InterestEditorUi {
    bool open = false;
    bool open_requested = false;
    bool is_new = false;
    std::string client_id;
    Interest draft;
    std::string amount_text, probability_text, opened_text, close_text;
    bool probability_typed = false;  // the user typed a probability: a state change keeps it
    bool tried_save = false;         // show every problem (after a refused Save)
    bool focus_title = false;
};

// "Close as won / lost" with a reason (lost requires one).
struct CloseDialogUi {
    bool open = false;
    bool open_requested = false;
    std::string interest_id;
    InterestState target = InterestState::Won;
    std::string reason;
    std::string date_text;  // the day it closed, as typed (today by default)
    bool tried = false;
    bool focus = false;
};

struct InterestsUi {
    // The client this state belongs to: opening another client closes the dialogs, clears
    // the selection and forgets the undo (the filters are kept: they are a view setting,
    // except the project, which belongs to the client).
    std::string client_id;

    InterestFilter filter;
    std::string from_text, to_text;  // the period as typed
    DayText from_state = DayText::Empty, to_state = DayText::Empty;
    int quick = -1;                  // the QuickPeriod last applied while the dates still match, -1 none
    uint64_t filter_revision = 0;    // bumped by every filter change

    InterestColumn sort_column = InterestColumn::Opened;
    bool sort_descending = true;     // newest first until a header is clicked

    InterestsCache cache;
    std::string selected_id;         // the row the command bar acts on
    std::string menu_id;             // the row whose context menu is open
    std::string scroll_to_id;        // scroll the table to this row once (just saved)

    InterestEditorUi editor;
    CloseDialogUi close;

    // The last removed interest and the interactions its removal unlinked, for Undo.
    bool has_undo = false;
    Interest removed;
    std::vector<std::string> unlinked;
};

}  // namespace card
