// The change history (the "history" extension of docs/FORMAT.md): sealed edit-journal
// steps become HistoryEntry records, one per changed field of a client, contact,
// contract or interest, one per created or removed contact / contract / interest /
// client. Interactions are not recorded (they are the timeline themselves), nor
// employees, relationships or imports (imports are not journalled).
//
// Values are text as the user reads them (docs/FORMAT.md, "Extension: history"): lists
// joined with ", ", enumerations as their format value, money "1234.50 RUB", dates ISO,
// employees and clients by name (as they were when the change was recorded).
#pragma once

#include <string>
#include <vector>

#include "model/journal.h"
#include "model/store.h"

namespace card {

// The entries for one step. `store` is the store after the step (names of employees and
// clients are looked up there); `now` is used when the step has no time of its own;
// author_id: the current user ("" = unknown), whose name is taken from store.employees.
// An empty result for a step that changed nothing recordable.
std::vector<HistoryEntry> HistoryFromStep(const JournalStep& step, const Store& store, const Moment& now,
                                          const std::string& author_id);

// Records the entries of every step into store.history (not journalled). Returns how many.
size_t RecordHistorySteps(const std::vector<JournalStep>& steps, Store& store, const Moment& now,
                          const std::string& author_id);

// A client's history entries, newest first (ties: the later recorded first).
std::vector<const HistoryEntry*> ClientHistory(const Store& store, const std::string& client_id);

}  // namespace card
