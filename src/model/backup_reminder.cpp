#include "model/backup_reminder.h"

namespace card {

int64_t ParseMs(const std::string& text) {
    if (text.empty() || text.size() > 18) return 0;
    int64_t v = 0;
    for (char ch : text) {
        if (ch < '0' || ch > '9') return 0;
        v = v * 10 + (ch - '0');
    }
    return v;
}

int64_t BackupReference(const BackupClock& c) { return c.last_export_ms > 0 ? c.last_export_ms : c.changed_since_ms; }

bool BackupReminderDue(const BackupClock& c, int64_t now_ms) {
    if (c.changed_since_ms <= 0) return false;  // nothing changed since the last export
    if (now_ms < c.snoozed_until_ms) return false;
    const int64_t ref = BackupReference(c);
    return ref > 0 && now_ms - ref > kBackupRemindAfterMs;
}

int64_t BackupAgeDays(const BackupClock& c, int64_t now_ms) {
    const int64_t ref = BackupReference(c);
    if (ref <= 0 || now_ms <= ref) return 0;
    return (now_ms - ref) / kDayMs;
}

void NoteChange(BackupClock& c, int64_t now_ms) {
    if (c.changed_since_ms <= 0) c.changed_since_ms = now_ms;
}

void NoteExport(BackupClock& c, int64_t now_ms) {
    c.last_export_ms = now_ms;
    c.changed_since_ms = 0;
    c.snoozed_until_ms = 0;
}

void Snooze(BackupClock& c, int64_t now_ms) { c.snoozed_until_ms = now_ms + kBackupSnoozeMs; }

}  // namespace card
