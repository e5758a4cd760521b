// Issue 6: recovering from unreadable stored data (ui/recovery.cpp). The banner reads
// AppEnv::load (the LoadReport the host stores after loading); this is its own state.
#pragma once

#include <string>

namespace card {

struct RecoveryEnv {
    bool dismissed = false;      // the "recovered the previous save" notice was closed
    // The browser's database came back without the saved data and the app restored it from
    // its second copy (web/pre.js, docs/STORAGE.md "The second copy"): said once, until closed.
    bool restored_from_copy = false;
    bool confirm_open = false;   // the "replace the stored data?" confirmation is up
    std::string download_note;   // after "Download the damaged files": what was saved
};

}  // namespace card
