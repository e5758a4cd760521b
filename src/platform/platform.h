// The only door to the browser (platform_web.cpp) or to a native stand-in
// (platform_native.cpp, used by the native UI smoke test). CMake picks the file.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "model/types.h"

namespace card::platform {

double NowMs();                 // monotonic milliseconds
Moment Now();                   // wall clock with the local UTC offset
std::string PreferredLanguage();  // "ru" or "en": ?lang= first, then the browser language
void SetLanguageInUrl(const std::string& lang);  // remembers a switch made in the UI

// Saves bytes as a download (Blob + <a download>).
void DownloadFile(const std::string& file_name, const std::string& mime, const std::string& bytes);
// A file written in pieces, so that it is never whole in the heap (an L store's export is
// 680 MB): PiecesBegin, then PiecesAdd for each piece in order (its bytes are copied out
// when it is added; the buffer can be reused), then PiecesDownload saves them as one file.
// On the web the pieces wait in Module.cardPieces (web/pre.js's exportBlob takes them too).
// False when the browser refused a piece (out of memory or disk): nothing is downloaded
// and the page says why.
void PiecesBegin();
void PiecesAdd(std::string_view bytes);
bool PiecesDownload(const std::string& file_name, const std::string& mime);
// Opens a file in a new browser tab (Blob URL), for the browser to show or hand to the
// system (PDF, images, text); falls back to a download when the tab is blocked.
void OpenFile(const std::string& file_name, const std::string& mime, const std::string& bytes);

// A file the user chose. When it is bigger than the picker's `max_bytes`, it is not read:
// `too_large` is set, `bytes` is empty and `size` tells how big it is.
struct PickedFile {
    std::string name, mime, bytes;
    int64_t size = 0;
    bool too_large = false;
};
// Opens the browser's file picker; call it from the frame that handled the click. `done`
// runs in a later frame with the chosen file (never if the user cancels). max_bytes 0: no
// limit.
using FilePicked = std::function<void(const PickedFile& file)>;
void PickFile(const std::string& accept, FilePicked done, int64_t max_bytes = 0);
// A file chosen with the picker and read in slices, for files too large to hold whole:
// begin(name, size) first (false: do not read it), then piece(bytes) for each slice in
// order while it returns true, then end(error), error "" when the whole file was read.
// They run between frames as the browser reads (never during one), never if the user
// cancels the picker.
struct FileInPieces {
    std::function<bool(const std::string& name, int64_t size)> begin;
    std::function<bool(std::string_view piece)> piece;
    std::function<void(const std::string& error)> end;
};
void PickFileInPieces(const std::string& accept, FileInPieces handlers);
// Runs the pending callbacks of PickFile and FetchFile (called once per frame by the main loop).
void PollEvents();
// Fetches a file served beside the page (`url` relative to it; natively a file path) and
// calls `done` from PollEvents with its bytes, or with `error` set (the HTTP status or the
// network's reason; "missing" when there is no such file) and no bytes. Natively `done`
// runs at once.
using Fetched = std::function<void(std::string bytes, const std::string& error)>;
void FetchFile(const std::string& url, Fetched done);

void OpenUrl(const std::string& url);  // mailto:, tel:, https:

// Small per-browser preferences that are not client data (e.g. the current user's employee
// id): localStorage on the web, memory in the native build. "" when unset.
std::string GetSetting(const std::string& key);
void SetSetting(const std::string& key, const std::string& value);

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
