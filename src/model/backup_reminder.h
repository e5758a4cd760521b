// When to remind the user to export a backup (issue 6). Browsers may evict a page's stored
// data, and Export is the real backup: once the last export is more than a week old and the
// data changed since (or it was never exported and has been changing for a week), the
// interface shows a gentle reminder that can be put off for a day.
// Pure: the host keeps the clock in its settings (three numbers, see the Key* names).
#pragma once

#include <cstdint>
#include <string>

namespace card {

struct BackupClock {
    int64_t last_export_ms = 0;   // UTC ms of the last whole-store export; 0 = never
    int64_t changed_since_ms = 0; // first change after that export (or ever); 0 = none
    int64_t snoozed_until_ms = 0; // "remind me tomorrow": no reminder before this
};

constexpr int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr int64_t kBackupRemindAfterMs = 7 * kDayMs;
constexpr int64_t kBackupSnoozeMs = kDayMs;

// The settings that hold the clock (platform::GetSetting / SetSetting), as decimal text.
constexpr const char* kSettingLastExport = "backup.last_export_ms";
constexpr const char* kSettingChangedSince = "backup.changed_since_ms";
constexpr const char* kSettingSnoozedUntil = "backup.snoozed_until_ms";

// A setting's text as a time: anything that is not a plain non-negative integer reads as 0.
int64_t ParseMs(const std::string& text);

// The moment the reminder counts from: the last export, or (never exported) the first change.
int64_t BackupReference(const BackupClock& c);
// True when there are changes since the last export, the reference is more than a week
// before `now_ms`, and the reminder is not put off.
bool BackupReminderDue(const BackupClock& c, int64_t now_ms);
// Whole days from the reference to `now_ms` (0 when there is none).
int64_t BackupAgeDays(const BackupClock& c, int64_t now_ms);

// Bookkeeping: a change was seen (keeps the first one); an export was made (starts afresh).
void NoteChange(BackupClock& c, int64_t now_ms);
void NoteExport(BackupClock& c, int64_t now_ms);
void Snooze(BackupClock& c, int64_t now_ms);

}  // namespace card
