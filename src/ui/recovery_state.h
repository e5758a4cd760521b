// Issue 6: recovering from unreadable stored data (ui/recovery.cpp). Filled by the host
// from the LoadReport (AppEnv::load) and by the recovery banner itself.
#pragma once

namespace card {

struct RecoveryEnv {};

}  // namespace card
