// The backup reminder's state (ui/backup_reminder.cpp): the clock kept in the settings,
// read once, and the store version last seen (a change starts the count of days).
#pragma once

#include <cstdint>

#include "model/backup_reminder.h"

namespace card {

struct BackupUi {
    bool loaded = false;   // `clock` read from the settings
    BackupClock clock;
    bool seen = false;     // `seen_version` holds the store's version
    uint64_t seen_version = 0;
};

}  // namespace card
