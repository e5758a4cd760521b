// What the native stand-in of the platform recorded, and a way to answer its file picker:
// for the native UI tests (tests/unit/test_ui_*.cpp) only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "platform/platform.h"

namespace card::platform::native_testing {

struct Opened {
    std::string name, mime, bytes;  // OpenFile / DownloadFile; for OpenUrl only `name` (the URL)
    int count = 0;                  // calls so far
};
Opened& LastUrl();       // OpenUrl
Opened& LastOpenFile();  // OpenFile
Opened& LastDownload();  // DownloadFile
// Whether a PickFile / PickFileInPieces is waiting for a file, and its answer: runs the
// callbacks as the web platform would (a file over PickFile's limit arrives with too_large
// set; PickFileInPieces gets the bytes in slices of 4093 bytes). `claimed_size` >= 0: the
// size the browser reports, instead of bytes.size() (a huge file without its bytes).
// False when no picker is open.
bool PickerOpen();
bool DeliverPick(const std::string& name, const std::string& mime, const std::string& bytes,
                 int64_t claimed_size = -1);
// The same for PickFileInPieces one step at a time, as the browser's slices arrive between
// frames: BeginPick (false: not to be read), PickPiece while it returns true, EndPick
// ("" or the browser's read error).
bool BeginPick(const std::string& name, int64_t size);
bool PickPiece(std::string_view bytes);
void EndPick(const std::string& error);
void ClearSettings();

}  // namespace card::platform::native_testing
