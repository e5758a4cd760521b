// The Contracts and agreements tab's pieces, shared by its files: the table
// (tab_contracts.cpp), the contract window to read and edit one (contracts_editor.cpp),
// and the tab's banner (main_contract.cpp, next to the Main tab's).
#pragma once

#include <cstddef>

#include "imgui.h"
#include "model/contracts.h"
#include "ui/ui_state.h"

namespace card {

// Opens the contract window on `k` to read it (Edit is one click away unless read-only).
void OpenContractWindow(UiState& ui, const Contract& k);
// Opens the window on a new contract of `c`: a draft of kind Contract valid from today for
// a year (less a day). With `renew`, the next term of that contract instead: its kind,
// title, amount and terms, starting the day after it ends (today when open-ended).
void StartNewContract(const Store& store, UiState& ui, const Client& c, const Contract* renew);
// The window, when open; called every frame by the tab.
void DrawContractWindow(Store& store, UiState& ui, const Client& c, bool read_only);

// What a contract is today, for the table and the window: the words (into `buf`), their
// colour and icon. Expired-but-active is the one that asks for action.
struct ContractStateLook {
    ImVec4 color;
    const char* icon = "";
    bool greyed = false;   // draft, suspended, closed: the row is drawn in grey
    bool alarm = false;    // expired but still marked active: the row is tinted red
};
ContractStateLook ContractStateText(const Contract& k, Date today, char* buf, size_t size);
// "15.12.2025 – 15.12.2026", "from 01.03.2026, open-ended", "until …", "open-ended".
void ContractValidityText(const Contract& k, char* buf, size_t size);

// The tab's banner: red "No contract in force", or amber "… expires in N days" with Renew.
void DrawContractsTabBanner(const Store& store, UiState& ui, const Client& c, bool read_only);  // main_contract.cpp

}  // namespace card
