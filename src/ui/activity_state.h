// UiState of the activity editor and attachments (activity_editor.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/entities.h"
#include "platform/platform.h"
#include "ui/i18n.h"

namespace card {

// What "New activity" button opened the editor (or Existing: a click on a timeline row).
enum class ActivityKind : uint8_t { Existing, Call, IncomingCall, Meeting, Email, Task, Note };

// Files the picker delivered: written by the PickFile callback (a later frame), read by the
// editor's next frame. Shared with the callback so that a late answer never dangles; each
// file carries the editor session it was asked for and is dropped if the editor has moved on.
struct PickedForEditor {
    uint64_t session = 0;
    platform::PickedFile file;
};
struct PickMailbox {
    std::vector<PickedForEditor> files;
};

// Why the last picked file was not attached (shown under the file list until the next pick).
enum class AttachRefusal : uint8_t { None, TooLarge, TotalTooLarge };

// The one-off hint the quick actions leave at the bottom of the editor.
enum class ActivityHint : uint8_t { None, MarkDone, Reschedule };

struct ActivityEditorUi {
    bool open = false;            // the editor is showing (or about to)
    bool open_requested = false;  // OpenPopup on the next draw
    uint64_t session = 0;         // bumped by every open: tells late picker answers apart
    ActivityKind kind = ActivityKind::Existing;
    bool is_new = false;
    std::string client_id;        // the card the editor belongs to
    Interaction draft;            // the edited copy; written by Save only
    std::string saved_id;         // the activity Save just wrote: the timeline scrolls to it, then clears

    std::string when_text;        // the date and time as typed
    Str when_error = Str::Count;  // Str::Count = parses
    bool no_contract = false;     // new activity for a client with no contract in force today
    bool mail_on_save = false;    // "Send an e-mail": Save also opens a mailto:
    ActivityHint hint = ActivityHint::None;
    enum class Focus : uint8_t { None, Subject, When, Duration } focus = Focus::None;

    std::shared_ptr<PickMailbox> picked = std::make_shared<PickMailbox>();
    AttachRefusal refusal = AttachRefusal::None;
    std::string refused_name;
    int64_t refused_size = 0;
    bool broken_attachment = false;  // an Open/Download found data that is not base64
};

}  // namespace card
