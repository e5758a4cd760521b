// The only door to the browser (platform_web.cpp) or to a native stand-in
// (platform_native.cpp, used by the native UI smoke test). CMake picks the file.
#pragma once

#include <functional>
#include <string>

#include "model/types.h"

namespace card::platform {

double NowMs();                 // monotonic milliseconds
Moment Now();                   // wall clock with the local UTC offset
std::string PreferredLanguage();  // "ru" or "en": ?lang= first, then the browser language
void SetLanguageInUrl(const std::string& lang);  // remembers a switch made in the UI

// Saves bytes as a download (Blob + <a download>).
void DownloadFile(const std::string& file_name, const std::string& mime, const std::string& bytes);
// Opens the browser's file picker; call it from the frame that handled the click. `done`
// runs in a later frame with the chosen file (never if the user cancels).
using FilePicked = std::function<void(const std::string& name, const std::string& bytes)>;
void PickFile(const std::string& accept, FilePicked done);
// Runs the pending callbacks of PickFile (called once per frame by the main loop).
void PollEvents();

void OpenUrl(const std::string& url);  // mailto:, tel:, https:

// The system clipboard as ImGui sees it: an internal buffer that follows the browser's
// paste events and is written through to navigator.clipboard (failures ignored).
void SetClipboardText(const std::string& text);
const char* GetClipboardText();

// Mirrors the storage folder to durable storage (IDBFS: FS.syncfs(false)); `done` runs
// later (never, if the browser loses the callback: the caller keeps a watchdog).
using SyncDone = std::function<void(bool ok, const std::string& error)>;
void SyncStorage(SyncDone done);
// Asks the browser to keep our storage (navigator.storage.persist()); once is enough.
void RequestPersistentStorage();

}  // namespace card::platform
