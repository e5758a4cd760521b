// UiState of the Contracts and agreements tab (tab_contracts.cpp, contracts_editor.cpp):
// the table's cached order, the contract window (read or edit), and the last removal for
// Undo.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/contracts.h"

namespace card {

// The table's rows: positions into store.contracts.All() in the order shown. Rebuilt only
// when the client, the contracts collection, the day or the sort column changes.
struct ContractRowsCache {
    std::string client_id;
    const void* collection = nullptr;  // &store.contracts (guards against another store)
    uint64_t version = ~uint64_t{0};
    int32_t today = INT32_MIN;
    ContractSort sort = ContractSort::State;
    bool descending = false;
    std::vector<uint32_t> order;
    std::vector<float> row_height;  // by row, measured in the last frame (the row's click area)
    uint64_t built = 0;             // how many times it was built (tests)
};

// The contract window: opened on a row to read it (View), or to change it (Edit); a new
// contract opens in Edit. It works on a copy: Save writes it with one Upsert.
enum class ContractWindow : uint8_t { Closed, View, Edit };

struct ContractEditorUi {
    ContractWindow mode = ContractWindow::Closed;
    bool open_requested = false;  // OpenPopup on the next draw
    bool is_new = false;
    std::string client_id;        // the card the window belongs to
    std::string contract_id;      // the record shown or edited (the new one's id too)
    std::string renew_number;     // a new contract that renews this number ("" = none)
    std::string renew_id;         // ...this contract; when it is expired but still active,
    bool close_renewed = false;   // Save also closes it (a checkbox, on by default)
    ContractInput input;          // the fields as typed
    ContractCheck check;          // CheckContract(input), kept current by the editor
    uint64_t checked_version = ~uint64_t{0};  // store.contracts.Version() of `check`
    bool dirty = true;            // `input` changed since `check`
    bool tried_save = false;      // Save pressed while invalid: every problem is shown
    uint32_t touched = 0;         // bit per ContractField typed in (its problem is shown)
    bool focus_first = false;     // keyboard into the first field (or the first problem)
    ContractField focus_field = ContractField::Count;
};

struct ContractsUi {
    ContractRowsCache rows;
    ContractEditorUi editor;
    // The last removed contract, for Undo (until the next removal, a client switch or
    // dismissal).
    bool has_undo = false;
    Contract removed;
    std::string undo_client_id;
    // Why the last quick status change from a row's menu was refused ("" = none).
    std::string refusal;
    std::string refusal_client_id;
};

}  // namespace card
