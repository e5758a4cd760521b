// One function per panel, one file each (panel_name.cpp next to this header). App::Frame
// lays them out; each draws from the store and the UiState it is given.
#pragma once

#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

class App;
struct AppEnv;

void DrawMenuBar(App& app);                                           // menu_bar.cpp
void DrawBanners(const AppEnv& env, UiState& ui);                     // banners.cpp
// A large store's start (AppEnv::Loading; loading.cpp): the card pane's progress, and the
// tooltip of what waits for the load (call after the item).
void DrawLoadingCard(float fraction);
void LoadingTooltip();
// `loading`: the rest of the store is still being read (AppEnv::Loading): no new client,
// no filters (they look at contracts and interactions), and the search says that contact
// persons are not searched yet.
void DrawClientList(Store& store, UiState& ui, bool read_only, bool loading = false);  // client_list.cpp
void DrawClientCard(Store& store, UiState& ui, bool read_only);       // client_card.cpp
void DrawMainTab(Store& store, UiState& ui, const Client& client, bool read_only);  // tab_main.cpp
void DrawInterestsTab(Store& store, UiState& ui, const Client& client, bool read_only);      // tab_interests.cpp
void DrawRelationshipsTab(Store& store, UiState& ui, const Client& client, bool read_only);  // tab_relationships.cpp
void DrawContractsTab(Store& store, UiState& ui, const Client& client, bool read_only);      // tab_contracts.cpp
void DrawImportDialog(App& app);                                      // import_dialog.cpp
// Issue 5: the incoming-call button on the menu bar and its window (incoming_call.cpp);
// "Load demo data" in the File menu and on the empty start screen (demo_data.cpp).
void DrawIncomingCallButton(App& app);
void DrawIncomingCallWindow(App& app);
void DrawDemoDataMenuItem(App& app);
void DrawDemoDataStartButton(UiState& ui, bool read_only);
// Issue 5, the rest:
// - shortcuts.cpp: HandleShortcuts runs first in App::Frame (keys outside text fields and
//   global ones), DrawShortcutHelp last (the F1 / ? overlay).
// - duplicates.cpp: the merge dialog (opened from a duplicate warning or the card).
// - history.cpp: RecordHistory runs after the journal ended the frame: it turns the sealed
//   journal steps into history entries (who, when, field, old, new).
void HandleShortcuts(App& app);
void DrawShortcutHelp(App& app);
void DrawMergeDialog(App& app);
void RecordHistory(App& app);
// Issue 6 (nothing is lost), under the menu bar after DrawBanners:
// - recovery.cpp: what loading found (the previous generation used, or nothing readable:
//   import a backup / start over);
// - storage_status.cpp: storage full (keeps working in memory, Export, retry), the other
//   tab closed (take over editing);
// - backup_reminder.cpp: a gentle reminder when the last export is more than a week old.
void DrawRecoveryBanner(App& app);
void DrawStorageStatusBanners(App& app);
void DrawBackupReminder(App& app);
// backup_reminder.cpp: the whole store was exported at `utc_ms` (the reminder starts afresh);
// the File menu's "Last export: …" line.
void NoteBackupExported(App& app, int64_t utc_ms);
void DrawLastExportMenuLine(App& app);
void DrawStatusBar(const Store& store, const UiState& ui, const AppEnv& env);  // status_bar.cpp

}  // namespace card
