// Files attached to an interaction (FORMAT.md `attachments`): limits, human-readable sizes,
// and the list in the activity editor with Open, Download and Remove.
#pragma once

#include <cstddef>
#include <cstdint>

#include "io/import.h"
#include "model/entities.h"
#include "ui/activity_state.h"

namespace card {

// The import's limits (io/import.h), so that what the editor attaches always imports back.
constexpr int64_t kMaxAttachmentBytes = kMaxImportAttachmentBytes;                   // one file
constexpr int64_t kMaxAttachmentsTotalBytes = kMaxImportAttachmentsPerInteraction;  // all files of one interaction

// "512 B", "12 KB", "1.4 MB" in English; "512 Б", "12 КБ", "1,4 МБ" in Russian (binary
// units; one decimal below 10, none when it is 0: "5 MB").
void FormatFileSize(int64_t bytes, char* buf, size_t size);

// Adds a picked file to the draft, or records why not (ui.refusal): larger than
// kMaxAttachmentBytes, or the draft's files would exceed kMaxAttachmentsTotalBytes.
// Returns true when attached.
bool AttachPickedFile(ActivityEditorUi& ui, const platform::PickedFile& file);

// The "Files" part of the editor: the list (name, type, size, Open, Download, and Remove
// unless read-only), "Attach file…" with the limits, and the refusal message.
void DrawAttachments(ActivityEditorUi& ui, bool read_only);

}  // namespace card
