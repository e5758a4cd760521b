// Issue 6: a gentle reminder to export when the last export is more than a week old and
// the data changed since (browsers may evict a page's storage; Export is the backup). The
// clock lives in the settings (model/backup_reminder.h), so it survives reloads and is
// shared by the page's tabs; a change is any change of the store after it was loaded.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

namespace {

BackupClock ReadClock() {
    BackupClock c;
    c.last_export_ms = ParseMs(platform::GetSetting(kSettingLastExport));
    c.changed_since_ms = ParseMs(platform::GetSetting(kSettingChangedSince));
    c.snoozed_until_ms = ParseMs(platform::GetSetting(kSettingSnoozedUntil));
    return c;
}

void WriteClock(const BackupClock& c) {
    platform::SetSetting(kSettingLastExport, c.last_export_ms > 0 ? std::to_string(c.last_export_ms) : "");
    platform::SetSetting(kSettingChangedSince, c.changed_since_ms > 0 ? std::to_string(c.changed_since_ms) : "");
    platform::SetSetting(kSettingSnoozedUntil, c.snoozed_until_ms > 0 ? std::to_string(c.snoozed_until_ms) : "");
}

BackupUi& Loaded(App& app) {
    BackupUi& b = app.ui.backup;
    if (!b.loaded) {
        b.clock = ReadClock();
        b.loaded = true;
    }
    return b;
}

// Every mutation of the store's records bumps one of these (the history follows edits).
uint64_t StoreVersion(const Store& s) {
    return s.employees.Version() + s.clients.Version() + s.contacts.Version() + s.interactions.Version() +
           s.interests.Version() + s.relationships.Version() + s.contracts.Version();
}

// The export's day in the user's time zone, as the interface writes dates.
void FormatExportDay(int64_t utc_ms, char* buf, size_t size) {
    Moment m = platform::Now();
    m.utc_ms = utc_ms;
    FormatDate(m.LocalDate(), buf, size);
}

}  // namespace

void NoteBackupExported(App& app, int64_t utc_ms) {
    BackupUi& b = Loaded(app);
    NoteExport(b.clock, utc_ms);
    b.seen_version = StoreVersion(app.store);
    b.seen = true;
    WriteClock(b.clock);
}

void DrawLastExportMenuLine(App& app) {
    const BackupUi& b = Loaded(app);
    if (b.clock.last_export_ms <= 0) {
        ImGui::TextDisabled("%s", Tr(Str::BackupNeverExported));
        return;
    }
    char day[32];
    FormatExportDay(b.clock.last_export_ms, day, sizeof day);
    ImGui::TextDisabled(Tr(Str::BackupLastExport), day);
}

void DrawBackupReminder(App& app) {
    BackupUi& b = Loaded(app);
    const uint64_t version = StoreVersion(app.store);
    if (!b.seen) {  // the store as loaded is the starting point, not a change
        b.seen = true;
        b.seen_version = version;
    }
    const int64_t now = platform::Now().utc_ms;
    if (version != b.seen_version) {
        b.seen_version = version;
        if (b.clock.changed_since_ms <= 0 && !app.env.read_only) {
            b.clock = ReadClock();  // another tab may have noted a change or an export
            NoteChange(b.clock, now);
            WriteClock(b.clock);
        }
    }
    if (!BackupReminderDue(b.clock, now)) return;

    char days[48], text[640];
    std::snprintf(days, sizeof days, TrPlural(BackupAgeDays(b.clock, now), Str::BackupDaysOne, Str::BackupDaysFew,
                                              Str::BackupDaysMany),
                  static_cast<long long>(BackupAgeDays(b.clock, now)));
    if (b.clock.last_export_ms > 0) {
        char day[32];
        FormatExportDay(b.clock.last_export_ms, day, sizeof day);
        std::snprintf(text, sizeof text, Tr(Str::BackupReminderExported), day, days);
    } else {
        std::snprintf(text, sizeof text, Tr(Str::BackupReminderNever), days);
    }
    ImGui::PushID("backup_reminder");
    const int pressed = BannerBarButtons(colors::kInfoBg, text, {Tr(Str::BackupExportNow), Tr(Str::BackupLater)});
    ImGui::PopID();
    if (pressed == 0) {
        ExportAllToDownload(app);
    } else if (pressed == 1) {
        b.clock = ReadClock();
        Snooze(b.clock, now);
        WriteClock(b.clock);
    }
}

}  // namespace card
