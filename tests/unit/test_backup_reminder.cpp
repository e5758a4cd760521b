#include <doctest/doctest.h>

#include "model/backup_reminder.h"

using namespace card;

namespace {
constexpr int64_t kT0 = 1'790'000'000'000;  // some moment in 2026
}

TEST_CASE("backup reminder: due only with changes since the last export, after a week") {
    BackupClock c;
    CHECK_FALSE(BackupReminderDue(c, kT0));  // nothing ever changed

    NoteChange(c, kT0);
    CHECK(c.changed_since_ms == kT0);
    NoteChange(c, kT0 + kDayMs);  // the first change counts
    CHECK(c.changed_since_ms == kT0);
    CHECK_FALSE(BackupReminderDue(c, kT0 + 7 * kDayMs));  // exactly a week: not yet
    CHECK(BackupReminderDue(c, kT0 + 7 * kDayMs + 1));
    CHECK(BackupAgeDays(c, kT0 + 9 * kDayMs + 5) == 9);

    NoteExport(c, kT0 + 8 * kDayMs);
    CHECK_FALSE(BackupReminderDue(c, kT0 + 30 * kDayMs));  // exported, nothing changed since

    NoteChange(c, kT0 + 20 * kDayMs);  // changed 12 days after the export
    CHECK(BackupReminderDue(c, kT0 + 20 * kDayMs));  // the export is 12 days old
    CHECK(BackupAgeDays(c, kT0 + 20 * kDayMs) == 12);
    CHECK_FALSE(BackupReminderDue(c, kT0 + 10 * kDayMs));  // clock earlier than the export
}

TEST_CASE("backup reminder: put off for a day") {
    BackupClock c;
    NoteChange(c, kT0);
    const int64_t now = kT0 + 10 * kDayMs;
    REQUIRE(BackupReminderDue(c, now));
    Snooze(c, now);
    CHECK_FALSE(BackupReminderDue(c, now + kDayMs - 1));
    CHECK(BackupReminderDue(c, now + kDayMs));
    NoteExport(c, now + 2 * kDayMs);
    CHECK(c.snoozed_until_ms == 0);
}

TEST_CASE("backup reminder: settings text reads as a time or as nothing") {
    CHECK(ParseMs("1790000000000") == 1790000000000);
    CHECK(ParseMs("") == 0);
    CHECK(ParseMs("-5") == 0);
    CHECK(ParseMs("12abc") == 0);
    CHECK(ParseMs("99999999999999999999999") == 0);
}
