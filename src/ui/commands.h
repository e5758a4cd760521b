// What the menu and buttons do, apart from how they are drawn, so that tests and the
// automation API can run the same commands.
#pragma once

#include <string>

#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

class App;

// Adds an empty client (new id, created now, prospect), clears the search so that it is
// visible, selects it, opens the Main tab and puts the keyboard in its Name field.
// Returns the new id.
std::string NewClient(Store& store, UiState& ui);

// "client-card-2026-11-27.json", or with a client "client-card-ООО «Ромашка»-2026-11-27.json":
// characters that file systems refuse (/ \ : * ? " < > | and control characters) become
// "_", runs of spaces one "-"; the name is cut to 80 bytes at a character boundary.
std::string ExportFileName(const std::string& client_name, Date day);

// The whole store's export (ExportStoreInPieces at `now`) handed to platform::PiecesAdd
// after a PiecesBegin: the text is never whole in the heap. The piece size hardly matters:
// at L, pieces of 0.25 to 64 MiB all took 1.3-1.9 s to the Blob in Chromium.
constexpr size_t kExportPieceBytes = size_t{4} << 20;
void ExportAllToPieces(const App& app, const Moment& now, size_t piece_bytes = kExportPieceBytes);
// Downloads the whole store (File > Export JSON) and notes the export for the backup
// reminder (ui/backup_reminder.cpp).
void ExportAllToDownload(App& app);
void ExportClientToDownload(const App& app, const std::string& client_id);

// Opens the browser's file picker; the chosen file arrives in the import dialog.
void PickFileForImport(UiState& ui);
// Puts a file into the import dialog (what the picker's callback does).
void OpenImportDialog(UiState& ui, std::string file_name, std::string text);

}  // namespace card
