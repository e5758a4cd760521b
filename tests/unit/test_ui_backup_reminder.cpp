// The backup reminder through the UI harness: no reminder for fresh data or a recent
// export; a week-old export with changes since shows the gentle bar (English and Russian);
// "Export now" downloads the whole store and starts afresh; "Remind me tomorrow" puts it
// off; a change after loading starts the count; the File menu shows the last export.
#include <doctest/doctest.h>

#include <string>

#include "model/backup_reminder.h"
#include "platform/native_testing.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

void AddClient(Store& s, const char* id, const char* name) {
    Client c;
    c.id = id;
    c.name = name;
    s.clients.Upsert(c);
}

int64_t NowMs() { return platform::Now().utc_ms; }

void SetClock(int64_t last_export, int64_t changed_since) {
    platform::SetSetting(kSettingLastExport, last_export ? std::to_string(last_export) : "");
    platform::SetSetting(kSettingChangedSince, changed_since ? std::to_string(changed_since) : "");
    platform::SetSetting(kSettingSnoozedUntil, "");
}

// Clears the settings before and after a test: a due reminder left behind would show in
// other tests' frames.
struct CleanSettings {
    CleanSettings() { platform::native_testing::ClearSettings(); }
    ~CleanSettings() { platform::native_testing::ClearSettings(); }
};

bool ReminderShown() { return UiHarness::Has("Export now") || UiHarness::Has("Выгрузить сейчас"); }

}  // namespace

TEST_CASE("backup reminder: shown after a week with changes, Export now downloads and starts afresh") {
    EnglishUi en;
    CleanSettings clean;
    UiHarness h;
    App app;
    AddClient(app.store, "c1", "ООО «Ромашка»");
    SetClock(NowMs() - 12 * kDayMs, NowMs() - 3 * kDayMs);
    h.Frame(app, 2);
    REQUIRE(ReminderShown());

    const int downloads = platform::native_testing::LastDownload().count;
    h.Click(app, "Export now");
    h.Frame(app, 2);
    CHECK(platform::native_testing::LastDownload().count == downloads + 1);
    CHECK(platform::native_testing::LastDownload().bytes.find("ООО «Ромашка»") != std::string::npos);
    CHECK_FALSE(ReminderShown());
    CHECK(ParseMs(platform::GetSetting(kSettingLastExport)) > NowMs() - 60'000);
    CHECK(platform::GetSetting(kSettingChangedSince).empty());
}

TEST_CASE("backup reminder: a recent export or no change since shows nothing; a change starts the count") {
    EnglishUi en;
    CleanSettings clean;
    UiHarness h;
    App app;
    AddClient(app.store, "c1", "ООО «Ромашка»");

    SetClock(NowMs() - 3 * kDayMs, NowMs() - 2 * kDayMs);  // exported 3 days ago
    h.Frame(app, 2);
    CHECK_FALSE(ReminderShown());

    App old_export;
    AddClient(old_export.store, "c1", "ООО «Ромашка»");
    SetClock(NowMs() - 30 * kDayMs, 0);  // a month ago, but nothing changed since
    h.Frame(old_export, 2);
    CHECK_FALSE(ReminderShown());
    CHECK(platform::GetSetting(kSettingChangedSince).empty());  // loading is not a change

    AddClient(old_export.store, "c2", "ИП Сидоров");  // an edit: the export is a month old
    h.Frame(old_export, 2);
    CHECK(ParseMs(platform::GetSetting(kSettingChangedSince)) > NowMs() - 60'000);
    CHECK(ReminderShown());
}

TEST_CASE("backup reminder: never exported, in Russian; Remind me tomorrow puts it off") {
    EnglishUi en;
    CleanSettings clean;
    UiHarness h;
    App app;  // picks the platform's language: Russian is chosen after it
    SetCurrentLanguage(Lang::Ru);
    AddClient(app.store, "c1", "ООО «Ромашка»");
    SetClock(0, NowMs() - 9 * kDayMs);
    h.Frame(app, 2);
    REQUIRE(UiHarness::Has("Данные ещё ни разу не выгружались, а меняются уже 9 дней. Браузер может очистить "
                           "хранилище страницы: сохраните копию, выгрузив данные."));
    h.Click(app, "Напомнить завтра");
    h.Frame(app, 2);
    CHECK_FALSE(ReminderShown());
    CHECK(ParseMs(platform::GetSetting(kSettingSnoozedUntil)) > NowMs() + kDayMs - 60'000);

    App next_load;  // a reload within the day: still put off
    h.Frame(next_load, 2);
    CHECK_FALSE(ReminderShown());
}
