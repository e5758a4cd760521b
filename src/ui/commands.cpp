#include "ui/commands.h"

#include "platform/platform.h"
#include "ui/app.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/import_dialog.h"
#include "ui/panels.h"

namespace card {

std::string NewClient(Store& store, UiState& ui) {
    Client c;
    c.id = NewId();
    c.name = Tr(Str::NewClientName);  // a valid record from the start; the Name field is focused to retype it
    c.kind = ClientKind::LegalEntity;
    c.status = ClientStatus::Prospect;
    c.created_at = platform::Now();
    std::string id = c.id;
    store.clients.Upsert(std::move(c));
    ui.search.clear();
    NoteClientAdded(store, ui, static_cast<uint32_t>(store.clients.size() - 1));
    ui.SelectClient(id);
    ui.SelectTab(CardTab::Main);
    ui.focus_name = true;
    return id;
}

std::string ExportFileName(const std::string& client_name, Date day) {
    std::string name;
    bool pending_dash = false;
    for (size_t i = 0; i < client_name.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(client_name[i]);
        if (ch == ' ' || ch == '\t') {
            pending_dash = !name.empty();
            continue;
        }
        // Cut at a character boundary (not inside a UTF-8 sequence).
        if (name.size() >= 80 && (ch & 0xC0) != 0x80) break;
        if (pending_dash) name += '-';
        pending_dash = false;
        const bool bad = ch < 0x20 || ch == 0x7F || ch == '/' || ch == '\\' || ch == ':' || ch == '*' ||
                         ch == '?' || ch == '"' || ch == '<' || ch == '>' || ch == '|';
        name += bad ? '_' : static_cast<char>(ch);
    }
    while (!name.empty() && name.back() == '.') name.pop_back();  // Windows drops trailing dots
    std::string out = "client-card-";
    if (!name.empty()) out += name + "-";
    out += day.Format();
    out += ".json";
    return out;
}

void ExportAllToPieces(const App& app, const Moment& now, size_t piece_bytes) {
    platform::PiecesBegin();
    ExportStoreInPieces(app.store, now, piece_bytes, [](const std::string& piece) { platform::PiecesAdd(piece); });
}

void ExportAllToDownload(App& app) {
    const Moment now = platform::Now();
    ExportAllToPieces(app, now);
    if (platform::PiecesDownload(ExportFileName("", now.LocalDate()), "application/json"))
        NoteBackupExported(app, now.utc_ms);  // a refused file is no backup
}

void ExportClientToDownload(const App& app, const std::string& client_id) {
    const Client* c = app.store.clients.Find(client_id);
    if (!c) return;
    const Moment now = platform::Now();
    platform::DownloadFile(ExportFileName(c->name.empty() ? c->id : c->name, now.LocalDate()),
                           "application/json", ExportClient(app.store, client_id, now));
}

void PickFileForImport(UiState& ui) { PickImportFile(ui); }

void OpenImportDialog(UiState& ui, std::string file_name, std::string text) {
    ImportDialogState& d = ui.import;
    d = ImportDialogState{};
    d.open_requested = true;
    d.file_name = std::move(file_name);
    d.file = std::make_unique<ImportReader>(static_cast<int64_t>(text.size()));
    if (d.file->Feed(text)) d.file->Finish();
}

}  // namespace card
