// What the native stand-in of the platform recorded, and a way to answer its file picker:
// for the native UI tests (tests/unit/test_ui_*.cpp) only.
#pragma once

#include <string>

#include "platform/platform.h"

namespace card::platform::native_testing {

struct Opened {
    std::string name, mime, bytes;  // OpenFile / DownloadFile; for OpenUrl only `name` (the URL)
    int count = 0;                  // calls so far
};
Opened& LastUrl();       // OpenUrl
Opened& LastOpenFile();  // OpenFile
Opened& LastDownload();  // DownloadFile
// Whether a PickFile is waiting for a file, and its answer: runs the callback as the web
// platform would (a file over the picker's limit arrives with too_large set). False when
// no picker is open.
bool PickerOpen();
bool DeliverPick(const std::string& name, const std::string& mime, const std::string& bytes);
void ClearSettings();

}  // namespace card::platform::native_testing
