// The recovery banner (ui/recovery.cpp), driven through the UI harness: the previous save
// recovered (what was damaged, from when, what it holds; Export, Dismiss; both languages);
// both saves unreadable (Import a backup…, Download the damaged files as one JSON bundle,
// Start over… behind a confirmation); data imported meanwhile is saved only after the
// user confirms; a newer version's data (no start over without a strong warning); a
// read-only tab offers only the download.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "imgui.h"
#include "io/file_system.h"
#include "io/json_codec.h"
#include "io/storage.h"
#include "platform/native_testing.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;
namespace nt = card::platform::native_testing;

// A storage folder with a few files (one of them not UTF-8), removed at the end.
struct TempFolder {
    std::string dir;
    TempFolder() {
        dir = (std::filesystem::temp_directory_path() /
               ("cc-ui-recovery-" + std::to_string(std::rand()) + "-" + std::to_string(platform::NowMs())))
                  .string();
        StdFileSystem fs;
        std::string error;
        REQUIRE(fs.MakeDir(dir, error));
        REQUIRE(fs.WriteFile(JoinPath(dir, "manifest.json"), std::string("\x01\x02garbage{\xff", 11), error));
        REQUIRE(fs.WriteFile(JoinPath(dir, "manifest.prev.json"), "{\"checksum\":\"00", error));
        REQUIRE(fs.WriteFile(JoinPath(dir, "clients.0of1.g2.json"), "{\"collection\":\"clients\",\"records\":[\n]}\n",
                             error));
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

LoadReport Recovered(bool with_time) {
    LoadReport r;
    r.ok = true;
    r.used_previous = true;
    r.generation = 1;
    r.message = "technical";
    r.clients = 10;
    r.records = 45;
    if (with_time) {
        r.saved_at = *Moment::Parse("2026-11-20T09:15:00Z");
    }
    r.newest.kind = Damage::Truncated;
    r.newest.file = "clients.0of1.g2.json";
    r.newest.generation = 2;
    return r;
}

LoadReport BothUnreadable(const std::string& dir) {
    LoadReport r;
    r.ok = false;
    r.dir = dir;
    r.message = "The saved data could not be read. ...";
    r.newest.kind = Damage::NotJson;
    r.newest.file = "manifest.json";
    r.previous.kind = Damage::Truncated;
    r.previous.file = "manifest.prev.json";
    return r;
}

LoadReport Newer(const std::string& dir) {
    LoadReport r;
    r.ok = false;
    r.dir = dir;
    r.message = "The saved data was made by a newer version of Client Card (layout 2; this app reads layout 1).";
    r.newer_layout = 2;
    r.newest.kind = Damage::NewerLayout;
    r.newest.file = "manifest.json";
    r.newest.layout = 2;
    return r;
}

// "2026-11-20 12:15" for the moment in this machine's time zone (what the banner shows).
std::string LocalEn(const char* iso) {
    Moment m = *Moment::Parse(iso);
    m.offset_min = platform::Now().offset_min;
    const std::string s = m.Format();  // 2026-11-20T12:15:00+03:00
    return s.substr(0, 10) + " " + s.substr(11, 5);
}

std::string LocalRu(const char* iso) {
    const std::string en = LocalEn(iso);
    return en.substr(8, 2) + "." + en.substr(5, 2) + "." + en.substr(0, 4) + en.substr(10);
}

const char* kUnreadableEn =
    "The saved data could not be read. Newest save: the file manifest.json is not valid JSON (overwritten with "
    "something else). Previous save: the file manifest.prev.json is cut short (truncated). Nothing was deleted, "
    "and nothing is saved over it until you choose: import a backup, download the damaged files to keep them, or "
    "start over with an empty store.";

const char* kNewerEn =
    "The saved data was made by a newer version of Client Card (layout 2; this app reads layout 1). It was left "
    "exactly as it is, and this app will not save over it. Open it with the newer version of Client Card.";

bool ConfirmOpen() { return UiHarness::Has("Cancel"); }

}  // namespace

TEST_CASE("ui recovery: the previous save recovered says what was damaged, from when, and what was loaded") {
    EnglishUi english;
    UiHarness ui;
    App app;
    app.env.load = Recovered(true);
    ui.Frame(app, 2);
    const std::string en =
        "Recovered the previous save. The newest save could not be read: the file clients.0of1.g2.json is cut short "
        "(truncated). The previous save, made " +
        LocalEn("2026-11-20T09:15:00Z") +
        ", was loaded instead: 10 clients, 45 records in all. Changes made after it may be lost, so export a "
        "backup now.";
    CHECK_MESSAGE(UiHarness::Has(en.c_str()), en);
    CHECK(UiHarness::Has("Export a backup"));

    app.SetLanguage("ru");
    ui.Frame(app, 2);
    const std::string ru =
        "Восстановлено предыдущее сохранение. Последнее сохранение не удалось прочитать: файл clients.0of1.g2.json "
        "обрезан. Вместо него загружено предыдущее сохранение от " +
        LocalRu("2026-11-20T09:15:00Z") +
        ": 10 клиентов, всего 45 записей. Изменения, сделанные после него, могли потеряться — сейчас же сохраните "
        "резервную копию (экспорт).";
    CHECK_MESSAGE(UiHarness::Has(ru.c_str()), ru);
    app.SetLanguage("en");
    ui.Frame(app, 2);

    const int downloads = nt::LastDownload().count;
    ui.Click(app, "Export a backup");
    CHECK(nt::LastDownload().count == downloads + 1);
    CHECK(nt::LastDownload().name.rfind("client-card-", 0) == 0);

    ui.Click(app, "Dismiss");
    ui.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has(en.c_str()));
    CHECK_FALSE(UiHarness::Has("Export a backup"));
}

TEST_CASE("ui recovery: an older manifest without a time, and one client / one record") {
    EnglishUi english;
    UiHarness ui;
    App app;
    app.env.load = Recovered(false);
    app.env.load.clients = 1;
    app.env.load.records = 1;
    app.env.load.newest.kind = Damage::Checksum;
    app.env.load.newest.file = "manifest.json";
    ui.Frame(app, 2);
    CHECK(UiHarness::Has(
        "Recovered the previous save. The newest save could not be read: the file manifest.json is damaged (its "
        "checksum does not match). The previous save (its time was not recorded) was loaded instead: 1 client, 1 "
        "record in all. Changes made after it may be lost, so export a backup now."));
}

TEST_CASE("ui recovery: both saves unreadable: red banner, download every file, start over only when confirmed") {
    EnglishUi english;
    UiHarness ui;
    App app;
    TempFolder folder;
    app.env.load = BothUnreadable(folder.dir);
    ui.Frame(app, 2);
    REQUIRE(UiHarness::Has(kUnreadableEn));
    CHECK(UiHarness::Has("Import a backup…"));
    CHECK(UiHarness::Has("Download the damaged files"));
    CHECK(UiHarness::Has("Start over…"));

    SUBCASE("download: one JSON bundle holding every file's exact bytes") {
        const int downloads = nt::LastDownload().count;
        ui.Click(app, "Download the damaged files");
        REQUIRE(nt::LastDownload().count == downloads + 1);
        CHECK(nt::LastDownload().name.rfind("client-card-stored-files-", 0) == 0);
        Json doc;
        std::string error;
        REQUIRE(ParseJson(nt::LastDownload().bytes, doc, error));
        CHECK(doc["format"] == "client-card-storage-files");
        REQUIRE(doc["files"].size() == 3);
        StdFileSystem fs;
        for (const Json& f : doc["files"]) {
            std::string bytes;
            REQUIRE(fs.ReadFile(JoinPath(folder.dir, f["name"].get<std::string>()), bytes, error));
            CHECK(f["bytes"] == bytes.size());
            if (f["name"] == "manifest.json") CHECK(f.contains("base64"));  // not UTF-8
            else CHECK(f["text"].get<std::string>() == bytes);
        }
        ui.Frame(app, 2);
        const std::string note = std::string(kUnreadableEn) + "\nDownloaded: " + nt::LastDownload().name + " (3 files).";
        CHECK_MESSAGE(UiHarness::Has(note.c_str()), note);
        CHECK_FALSE(app.requests.start_over);
    }
    SUBCASE("start over: Cancel and Esc change nothing; the confirmation's button asks the host") {
        ui.Click(app, "Start over…");
        REQUIRE(ConfirmOpen());
        CHECK(UiHarness::Has(
            "Start over with an empty store? The unreadable files will be replaced by the next save, and this app "
            "cannot bring them back afterwards. If you may need them, download the damaged files first."));
        ui.Click(app, "Cancel");
        CHECK_FALSE(ConfirmOpen());
        CHECK_FALSE(app.requests.start_over);
        ui.Click(app, "Start over…");
        REQUIRE(ConfirmOpen());
        ui.Key(app, ImGuiKey_Escape);
        ui.Frame(app, 2);
        CHECK_FALSE(ConfirmOpen());
        CHECK_FALSE(app.requests.start_over);
        ui.Click(app, "Start over…");
        ui.Click(app, "Start over");
        CHECK(app.requests.start_over);
        CHECK_FALSE(ConfirmOpen());
        // What the host does then (main_web.cpp HandleRequests): the banner goes.
        app.requests.start_over = false;
        app.env.load = LoadReport{};
        app.env.load.ok = true;
        ui.Frame(app, 2);
        CHECK_FALSE(UiHarness::Has(kUnreadableEn));
    }
    SUBCASE("Import a backup… opens the file picker; the imported data waits for the user's word") {
        ui.Click(app, "Import a backup…");
        REQUIRE(nt::PickerOpen());
        const std::string file =
            R"({"format":"client-card","version":1,"clients":[{"id":"b1","name":"Из резервной копии"}]})";
        REQUIRE(nt::DeliverPick("backup.json", "application/json", file));
        ui.Frame(app, 3);
        REQUIRE(UiHarness::Has("Apply"));
        ui.Click(app, "Apply");
        ui.Frame(app, 2);
        REQUIRE(app.store.clients.Contains("b1"));
        CHECK(app.store.HasChanges());
        CHECK_FALSE(UiHarness::Has(kUnreadableEn));
        REQUIRE(UiHarness::Has(
            "The data shown here is not saved yet: the unreadable saved files are still on disk, and nothing is "
            "saved over them until you confirm. Save this data, replacing the unreadable files?"));
        CHECK_FALSE(app.requests.start_over);
        ui.Click(app, "Save, replacing them…");
        REQUIRE(UiHarness::Has(
            "Save the data shown here, replacing the unreadable files? The save removes them, and this app cannot "
            "bring them back afterwards. If you may need them, download the damaged files first."));
        ui.Click(app, "Save and replace");
        CHECK(app.requests.start_over);
        CHECK(app.store.clients.Contains("b1"));
    }
}

TEST_CASE("ui recovery: a newer version's data: refused by name, replaced only after a strong warning") {
    EnglishUi english;
    UiHarness ui;
    App app;
    TempFolder folder;
    app.env.load = Newer(folder.dir);
    ui.Frame(app, 2);
    REQUIRE(UiHarness::Has(kNewerEn));
    CHECK(UiHarness::Has("Download the stored files"));
    CHECK_FALSE(UiHarness::Has("Start over…"));
    CHECK_FALSE(UiHarness::Has("Import a backup…"));
    ui.Click(app, "Replace the newer data…");
    REQUIRE(UiHarness::Has(
        "Warning: the stored data belongs to a newer version of Client Card. Replacing it deletes it for that "
        "version too: it will then find only what is saved here. Do this only if nobody needs that data, and "
        "download the stored files first."));
    ui.Click(app, "Cancel");
    CHECK_FALSE(app.requests.start_over);
    ui.Click(app, "Replace the newer data…");
    ui.Click(app, "Delete the newer data and replace it");
    CHECK(app.requests.start_over);

    app.requests.start_over = false;
    app.SetLanguage("ru");
    ui.Frame(app, 2);
    CHECK(UiHarness::Has(
        "Сохранённые данные созданы более новой версией «Карточки клиента» (формат хранения 2; эта версия читает "
        "формат 1). Они оставлены как есть, и эта версия не будет ничего записывать поверх них. Откройте их в "
        "новой версии «Карточки клиента»."));
    app.SetLanguage("en");
}

TEST_CASE("ui recovery: a read-only tab with unreadable data offers only the download") {
    EnglishUi english;
    UiHarness ui;
    App app;
    TempFolder folder;
    app.env.read_only = true;
    app.env.load = BothUnreadable(folder.dir);
    ui.Frame(app, 2);
    CHECK(UiHarness::Has(kUnreadableEn));
    CHECK(UiHarness::Has("Download the damaged files"));
    CHECK_FALSE(UiHarness::Has("Start over…"));
    CHECK_FALSE(UiHarness::Has("Import a backup…"));
}

TEST_CASE("ui recovery: a fresh or healthy load shows nothing") {
    EnglishUi english;
    UiHarness ui;
    App app;
    app.env.load.ok = true;
    app.env.load.fresh = true;
    ui.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Export a backup"));
    CHECK_FALSE(UiHarness::Has("Start over…"));
}

TEST_CASE("ui recovery: restored from the second copy says so (both languages) until dismissed") {
    EnglishUi english;
    UiHarness ui;
    App app;
    app.env.load.ok = true;
    app.env.load.clients = 400;
    app.env.load.records = 2401;
    app.env.recovery.restored_from_copy = true;
    ui.Frame(app, 2);
    const char* en =
        "The browser's database came back without the saved data (browsers reset it when they find it damaged, for "
        "example after being killed in the middle of a save). It was restored from the second copy this app keeps: "
        "400 clients, 2401 records in all. Export a backup now to be safe.";
    CHECK_MESSAGE(UiHarness::Has(en), en);
    app.SetLanguage("ru");
    ui.Frame(app, 2);
    CHECK(UiHarness::Has("База данных браузера оказалась без сохранённых данных (браузер сбрасывает её, если находит "
                         "повреждённой, например после аварийного завершения во время сохранения). Данные "
                         "восстановлены из второй копии, которую хранит приложение: 400 клиентов, всего 2401 запись. "
                         "Для надёжности сейчас же сохраните резервную копию (экспорт)."));
    app.SetLanguage("en");
    ui.Frame(app, 2);
    const int downloads = nt::LastDownload().count;
    ui.Click(app, "Export a backup");
    CHECK(nt::LastDownload().count == downloads + 1);
    ui.Click(app, "Dismiss");
    ui.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has(en));
    CHECK_FALSE(app.env.recovery.restored_from_copy);
}
