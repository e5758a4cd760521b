// New activities and the editor of one interaction (activity_editor.cpp): the buttons on
// top of the timeline (schedule a call or meeting, send an e-mail, log a call, task,
// note), the editor window (date/time, contact, owner, linked interest, subject, text,
// status, duration and result, attachments) and the quick status changes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

void DrawNewActivityButtons(Store& store, UiState& ui, const Client& c, bool read_only);
// Opens the editor on an existing interaction (a click on a timeline row).
void OpenActivityEditor(UiState& ui, const Interaction& existing);
// The editor window, when open; called every frame by the timeline.
void DrawActivityEditor(Store& store, UiState& ui, const Client& c, bool read_only);

// What each "New activity" button does: opens the editor on a new draft for client `c`
// (kind != Existing), with the defaults of that kind: planned items at the next whole
// hour, an incoming call done now, the current user as owner, the primary contact; and
// the "no contract in force" warning when the client has none today.
void StartNewActivity(const Store& store, UiState& ui, const Client& c, ActivityKind kind);
// "Plan next activity" of an interest (the Interests tab): a planned call at the next whole
// hour linked to the interest; the owner is the current user, else the interest's
// responsible. Saved, it is the interest's next activity and shows on the timeline.
void StartNewActivityFor(const Store& store, UiState& ui, const Client& c, const Interest& interest);

// The editor's date and time, in the moment's own UTC offset: "27.11.2026 14:30" in
// Russian, "2026-11-27 14:30" in English.
void FormatWhen(const Moment& m, char* buf, size_t size);
// Parses what FormatWhen writes, in either language's form ("27.11.2026 14:30" or
// "2026-11-27 14:30"; the hour may have one digit), strictly: a real day, hours 0..23,
// minutes 0..59. The moment gets `offset_min`. Returns Str::Count when it parses, else the
// message to show (ActWhenEmpty, ActWhenFormat, ActWhenNoDay, ActWhenNoTime).
Str ParseWhen(std::string_view text, int offset_min, Moment& out);

}  // namespace card
