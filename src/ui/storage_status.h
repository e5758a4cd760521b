// Issue 6: storage full and taking over from a closed tab (ui/storage_status.cpp). Set by
// the host every frame.
#pragma once

namespace card {

struct StorageStatusEnv {};

}  // namespace card
