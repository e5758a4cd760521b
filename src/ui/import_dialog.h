// The import dialog's way in from the browser's file picker (src/ui/import_dialog.cpp).
#pragma once

#include "platform/platform.h"
#include "ui/ui_state.h"

namespace card {

// Opens the file picker for File > Import JSON…; a file larger than kMaxImportFileBytes
// (src/io/import.h) is not read at all: the dialog then opens with the refusal.
void PickImportFile(UiState& ui);
// What PickImportFile's picker delivers: opens the dialog with the file's text, or with
// the "too large" refusal (the same message the import itself gives) when it was not read.
void OpenPickedImportFile(UiState& ui, const platform::PickedFile& file);

}  // namespace card
