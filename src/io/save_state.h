// What the user sees of persistence: the save indicator in the status bar.
#pragma once

#include <string>

namespace card {

struct SaveState {
    enum class Kind { Saved, Saving, Unsaved, Failed };
    Kind kind = Kind::Saved;
    std::string reason;       // for Failed: why, in plain words
    double last_save_ms = 0;  // duration of the last completed save (write + sync)
    // The last failure was the browser's storage for this page being full (quota): the
    // changes are kept in memory only until a retry succeeds (Failed, or Saving while a
    // retry runs). Cleared by the next successful save.
    bool storage_full = false;
};

}  // namespace card
