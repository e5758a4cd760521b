// The import dialog and the file size limit: a file over the import's limit is not read
// (the dialog opens with the same message the import gives, offers only Cancel and
// changes nothing); a normal file arrives in pieces and is checked as before.
#include <doctest/doctest.h>

#include "io/import.h"
#include "io_samples.h"
#include "platform/native_testing.h"
#include "ui/app.h"
#include "ui/import_dialog.h"
#include "ui_harness.h"

using namespace card;
using namespace card::test;

namespace {
// An app in English with the full sample store, saved, drawn once; `before` is its export.
struct AppWithStore {
    EnglishUi en;
    UiHarness h;
    App app;
    std::string before;
    AppWithStore() {
        app.store = samples::FullStore();
        app.store.ClearDirty();
        h.Frame(app, 2);
        before = ExportStore(app.store, samples::kExportedAt);
    }
};
}  // namespace

TEST_CASE("ui: a file over the import limit is refused unread, with the limit in the message") {
    AppWithStore f;
    UiHarness& h = f.h;
    App& app = f.app;
    const std::string& before = f.before;

    // The browser tells the size; no byte is read.
    PickImportFile(app.ui);
    REQUIRE(platform::native_testing::DeliverPick("crm-dump.json", "application/json", "", kMaxImportFileBytes + 1));
    CHECK(app.ui.import.file->bytes_read() == 0);
    h.Frame(app, 3);
    CHECK(app.ui.import.checked);
    CHECK_FALSE(app.ui.import.check.ok);
    CHECK(app.ui.import.check.error ==
          "the file is too large: 768 MiB (805306369 bytes); the limit is 768 MiB (805306368 bytes) "
          "(the memory of the browser tab)");
    CHECK(app.ui.import.check.error == FileTooLargeMessage(kMaxImportFileBytes + 1));
    CHECK(UiHarness::Has("Cancel"));
    CHECK_FALSE(UiHarness::Has("Apply"));
    CHECK_FALSE(UiHarness::Has("Merge"));
    h.Click(app, "Cancel");
    CHECK_FALSE(UiHarness::Has("Cancel"));
    CHECK(ExportStore(app.store, samples::kExportedAt) == before);
    CHECK_FALSE(app.store.HasChanges());
}

TEST_CASE("ui: the import picker delivers a normal file to the dialog, which checks it") {
    EnglishUi en;
    UiHarness h;
    App app;
    h.Frame(app, 2);
    PickImportFile(app.ui);
    REQUIRE(platform::native_testing::PickerOpen());
    const std::string file = ExportStore(samples::FullStore(), samples::kExportedAt);
    REQUIRE(platform::native_testing::DeliverPick("backup.json", "application/json", file));
    h.Frame(app, 3);
    CHECK(app.ui.import.file_name == "backup.json");
    CHECK(app.ui.import.checked);
    CHECK_MESSAGE(app.ui.import.check.ok, app.ui.import.check.error);
    CHECK(UiHarness::Has("Apply"));
    h.Click(app, "Cancel");
}

TEST_CASE("ui: a file arriving in pieces shows its progress; Cancel stops the reading; a read error is said") {
    AppWithStore f;
    UiHarness& h = f.h;
    App& app = f.app;
    const std::string& before = f.before;
    const std::string file = ExportStore(samples::FullStore(), samples::kExportedAt);
    namespace nt = platform::native_testing;

    PickImportFile(app.ui);
    REQUIRE(nt::BeginPick("backup.json", static_cast<int64_t>(file.size())));
    REQUIRE(nt::PickPiece(std::string_view(file).substr(0, file.size() / 3)));
    h.Frame(app, 3);
    CHECK(app.ui.import.reading);  // the dialog shows "Reading the file…", a progress bar, Cancel
    CHECK(app.ui.import.file->bytes_read() == file.size() / 3);
    CHECK(UiHarness::Has("Cancel"));
    CHECK_FALSE(UiHarness::Has("Apply"));
    h.Click(app, "Cancel");
    CHECK_FALSE(app.ui.import.reading);
    CHECK_FALSE(nt::PickPiece(std::string_view(file).substr(file.size() / 3)));  // the reading stops
    CHECK_FALSE(app.ui.import.file);
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Cancel"));

    // The browser fails to read the file half way: said, nothing changes.
    PickImportFile(app.ui);
    REQUIRE(nt::BeginPick("backup.json", static_cast<int64_t>(file.size())));
    REQUIRE(nt::PickPiece(std::string_view(file).substr(0, 100)));
    nt::EndPick("NotReadableError");
    h.Frame(app, 3);
    CHECK(app.ui.import.check.error == "The file could not be read: NotReadableError. Nothing has been changed.");
    CHECK(UiHarness::Has("Cancel"));
    CHECK_FALSE(UiHarness::Has("Apply"));
    h.Click(app, "Cancel");
    CHECK(ExportStore(app.store, samples::kExportedAt) == before);
    CHECK_FALSE(app.store.HasChanges());
}
