// The pieces of the Interests tab shared by its files: tab_interests.cpp (filters, table,
// totals, pipeline chart, command bar) and interests_editor.cpp (the editor, the close
// dialog and the commands that change an interest).
#pragma once

#include <string>

#include "imgui.h"
#include "model/interests.h"
#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

// The colour of a state's chip and chart bar (won green, lost grey, the open states from
// light to strong blue-amber as the deal advances).
ImU32 InterestStateColor(InterestState s);

// Today on the user's clock.
Date InterestsToday();

// The editor: `existing` null for a new interest of client `c`.
void OpenInterestEditor(const Store& store, UiState& ui, const Client& c, const Interest* existing);
void DrawInterestEditor(Store& store, UiState& ui, const Client& c, bool read_only);

// The "Close as won / lost" dialog.
void OpenCloseDialog(UiState& ui, const Interest& r, InterestState target);
void DrawCloseDialog(Store& store, UiState& ui, const Client& c, bool read_only);

// Moves an interest to an open state (new .. negotiation). The probability follows the
// state's usual value only when it still holds the old state's usual value (a probability
// the user typed is kept). Moving a closed interest reopens it (the close reason is cleared).
void MoveInterest(Store& store, const Interest& r, InterestState to);
// Back to negotiation with its usual probability; the close reason is cleared.
void ReopenInterest(Store& store, const Interest& r);

// Removes the interest; its linked activities lose the link (they stay on the timeline).
// Undo brings back the interest and the links.
void RemoveInterest(Store& store, InterestsUi& s, const std::string& id);
void UndoRemoveInterest(Store& store, InterestsUi& s);

// Opens the activity editor on a new planned call linked to the interest (drawn by the tab).
void PlanNextActivity(const Store& store, UiState& ui, const Client& c, const Interest& r);

// The error text under a typed date field (uses a buffer of the caller).
const char* DayTextMessage(DayText state, const std::string& text, char* buf, size_t size);

}  // namespace card
