// New activities and the editor of one interaction (activity_editor.cpp): the buttons on
// top of the timeline (schedule a call or meeting, send an e-mail, log a call, task,
// note), the editor window (date/time, contact, owner, linked interest, subject, text,
// status, duration and result, attachments) and the quick status changes.
#pragma once

#include <string>

#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

void DrawNewActivityButtons(Store& store, UiState& ui, const Client& c, bool read_only);
// Opens the editor on an existing interaction (a click on a timeline row).
void OpenActivityEditor(UiState& ui, const Interaction& existing);
// The editor window, when open; called every frame by the timeline.
void DrawActivityEditor(Store& store, UiState& ui, const Client& c, bool read_only);

}  // namespace card
