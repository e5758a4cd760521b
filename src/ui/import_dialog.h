// The import dialog's way in from the browser's file picker (src/ui/import_dialog.cpp).
#pragma once

#include "platform/platform.h"
#include "ui/ui_state.h"

namespace card {

// Opens the file picker for File > Import JSON…. The file is read in pieces (the dialog
// shows the progress and can cancel), each record decoded as it arrives; a file larger
// than kMaxImportFileBytes (src/io/import.h) is not read at all: the dialog then opens
// with the refusal.
void PickImportFile(UiState& ui);

}  // namespace card
