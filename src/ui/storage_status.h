// Issue 6: storage full and taking over from a closed tab (ui/storage_status.cpp). Set by
// the host every frame. (Storage full itself comes with the save state:
// AppEnv::save.storage_full.)
#pragma once

#include <string>

namespace card {

struct StorageStatusEnv {
    // A read-only tab: the writer tab was closed (its Web Lock came to this tab), so this
    // tab may take over after reloading what the other tab saved (HostRequests::take_over).
    bool writer_gone = false;
    bool taking_over = false;        // the reload runs (IndexedDB -> memory -> the store)
    std::string take_over_error;     // the last take-over failed: why ("" = none)
    // Storage full: whether a retry is running right now ("Trying again…").
    bool retrying = false;
};

}  // namespace card
