// The application as the host sees it: the store, the interface state, and what the host
// tells the interface every frame (AppEnv). The web main loop and the automation API
// (window.cardApp) call only this; both go through the same code paths as the UI.
#pragma once

#include <string>
#include <string_view>

#include "io/import.h"
#include "io/save_state.h"
#include "io/storage.h"
#include "model/journal.h"
#include "model/store.h"
#include "ui/recovery_state.h"
#include "ui/storage_status.h"
#include "ui/ui_state.h"

namespace card {

struct AppEnv {                 // set by the host every frame
    bool read_only = false;     // another tab holds the writer lock: no edits, a clear banner
    std::string banner;         // a storage problem to show on top, "" = none
    std::string notice;         // one-off information (e.g. "recovered previous save"), dismissible
    SaveState save;             // status bar indicator
    LoadReport load;            // what loading the stored data found (ui/recovery.cpp shows it)
    RecoveryEnv recovery;       // issue 6: recovering from unreadable stored data (recovery_state.h)
    StorageStatusEnv storage;   // issue 6: storage full, taking over from a closed tab (storage_status.h)
    // A large store's start: the clients are in and the rest is being read over the next
    // frames (StoreStorage::ContinueLoad). Meanwhile the list and the search work, the card
    // shows the progress, and nothing that changes or exports the store can be started.
    struct Loading {
        bool active = false;
        float fraction = 0;     // of the rest read, 0..1
    } loading;
};

// What the interface asks the host to do (set during a frame, read and cleared by the host
// after it): the host owns the storage, the UI only draws.
struct HostRequests {
    bool start_over = false;   // the stored data was unreadable: let the current store replace it
    bool take_over = false;    // this read-only tab becomes the writer (the other tab closed)
    bool retry_save = false;   // a failed save: try again now
};

class App {
public:
    // Picks the interface language from platform::PreferredLanguage().
    App();
    ~App() { journal.Detach(); }
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    Store store;
    UiState ui;
    AppEnv env;
    HostRequests requests;
    // Every change the interface makes to `store`, for Undo / Redo and the history. Import
    // and loading pause it and then clear it (LoadStore).
    Journal journal;

    // The whole UI in one full-viewport window; call between ImGui::NewFrame and Render.
    void Frame();
    // The exact text the Export JSON command downloads (ExportStore at platform::Now()).
    std::string ExportJson() const;
    // The same path the UI takes after the user confirms the import dialog. Refused (ok =
    // false, store untouched) when env.read_only. Keeps the selection if it survived.
    ImportResult ImportJson(std::string_view text, ImportMode mode);
    // The same for a file read in pieces (ImportReader): the import dialog's and
    // cardApp.importBytes' way, which never holds a large file's text whole.
    ImportResult ImportFile(ImportReader& file, ImportMode mode);
    // Loads the store through `load(store)` without journalling it, then forgets the
    // journal's steps (they referred to the data before). Returns what load returned.
    template <class F>
    auto LoadStore(F&& load) {
        journal.Pause();
        auto result = load(store);
        journal.Resume();
        journal.Clear();
        ++ui.store_revision;
        return result;
    }
    // Ctrl+Z / Ctrl+Shift+Z: reverts / reapplies the last step of the journal. Refused
    // (false) when read-only or there is nothing to undo/redo. Selects the client the step
    // was about (when it exists) so that the user sees what changed.
    bool Undo();
    bool Redo();
    // "ru" | "en" (anything else means English). Does not touch the URL: the Language menu
    // also calls platform::SetLanguageInUrl so that a reload keeps the user's choice.
    void SetLanguage(const std::string& lang);

private:
    // ImportJson / ImportFile: `apply()` runs ApplyImport; the rest is theirs in common.
    template <class ApplyFn>
    ImportResult Import(ApplyFn&& apply);
};

}  // namespace card
