// Duplicate warnings and the merge command, as the card and the import dialog draw them
// (duplicates.cpp). The merge dialog itself is DrawMergeDialog (ui/panels.h).
#pragma once

#include <vector>

#include "model/duplicates.h"
#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

// The clients that look like `c` (FindDuplicates), cached in ui.duplicates.warning: the
// INN half is redone when the clients change (one pass, no allocation unless it matches),
// the phone half when c's phones, the set of clients or the card change. Never per frame.
const std::vector<DuplicateMatch>& CardDuplicates(const Store& store, UiState& ui, const Client& c);

// The warning bar in the requisites: the INN matches (`phones` false, under INN/KPP) or
// the phone matches (`phones` true, under the phones), each with Open and Merge….
void DrawDuplicateWarning(const Store& store, UiState& ui, const Client& c, bool phones, float width,
                          bool read_only);

// The card header's "⋯" menu (Merge with another client…), drawn on the name's line.
void DrawCardMoreMenu(UiState& ui, const Client& c, bool read_only);
// "Merged “X” into “Y” [Undo] ×" on the survivor's card while the merge can be undone.
void DrawMergeUndoBar(UiState& ui, const Client& c);

// One match's reason in a short form ("same INN and KPP 7707083893"), for the import dialog.
void DuplicateReasonShort(const DuplicateMatch& m, char* buf, size_t size);

}  // namespace card
