// The storage-status bars (ui/storage_status.cpp), clicked through the UI harness: storage
// full shows the red bar in both languages with Export a copy (downloads what File >
// Export JSON downloads, the unsaved edit included) and Try again (sets
// requests.retry_save; greyed while a retry runs), and the bar goes away once a save
// succeeds; a read-only tab shows no storage-full bar; a read-only tab whose writer
// closed offers Edit here (sets requests.take_over), shows the reload and a failed
// reload; read-only refuses edits until the host has taken over.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "io/json_codec.h"
#include "platform/native_testing.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

const char* kFullText =
    "The browser's storage for this page is full: your latest changes could not be saved. They are kept in this tab "
    "only until saving works again, so do not close it, and export a copy now. Saving is retried by itself; free "
    "some space (other sites' data in the browser settings) and press Try again.";
const char* kTakeOverText =
    "The other tab with Client Card was closed. You can edit here now: what it saved is loaded first.";

void StorageFull(App& app, SaveState::Kind kind = SaveState::Kind::Failed) {
    app.env.save.kind = kind;
    app.env.save.storage_full = true;
    app.env.save.reason = "the browser could not store the data: QuotaExceededError";
}

Client Named(const char* id, const char* name) {
    Client c;
    c.id = id;
    c.name = name;
    return c;
}

}  // namespace

TEST_CASE("storage full: the red bar, Export a copy and Try again") {
    EnglishUi en;
    UiHarness ui;
    App app;
    app.store.clients.Upsert(Named("c1", "Ромашка"));
    ui.Frame(app, 2);
    CHECK(!UiHarness::Has(kFullText));
    CHECK(!UiHarness::Has("Try again"));

    StorageFull(app);
    app.store.clients.Upsert(Named("c2", "Unsaved edit"));  // the edit that could not be saved
    ui.Frame(app, 2);
    CHECK(UiHarness::Has(kFullText));

    // Export a copy: the same file as File > Export JSON, with the unsaved edit in it.
    const int downloads = platform::native_testing::LastDownload().count;
    ui.Click(app, "Export a copy");
    const auto& d = platform::native_testing::LastDownload();
    REQUIRE(d.count == downloads + 1);
    CHECK(d.name.rfind("client-card-", 0) == 0);
    CHECK(d.name.find(".json") != std::string::npos);
    CHECK(d.mime == "application/json");
    CHECK(d.bytes.find("Unsaved edit") != std::string::npos);
    CHECK(d.bytes.find("Ромашка") != std::string::npos);

    // Try again: asks the host to retry now.
    CHECK(!app.requests.retry_save);
    ui.Click(app, "Try again");
    CHECK(app.requests.retry_save);
    app.requests.retry_save = false;

    // While the retry runs the bar stays and the button is greyed ("Trying…").
    StorageFull(app, SaveState::Kind::Saving);
    app.env.storage.retrying = true;
    ui.Frame(app, 2);
    CHECK(UiHarness::Has(kFullText));
    CHECK(UiHarness::Has("Trying…"));
    ui.Click(app, "Trying…");
    CHECK(!app.requests.retry_save);

    // A later save succeeded: the bar goes away by itself.
    app.env.save = SaveState{};
    app.env.storage.retrying = false;
    ui.Frame(app, 2);
    CHECK(!UiHarness::Has(kFullText));
    CHECK(!UiHarness::Has("Try again"));
}

TEST_CASE("storage full: the bar in Russian") {
    EnglishUi restore;
    UiHarness ui;
    App app;
    SetCurrentLanguage(Lang::Ru);
    StorageFull(app);
    ui.Frame(app, 2);
    CHECK(UiHarness::Has("Экспортировать копию"));
    CHECK(UiHarness::Has("Повторить"));
    ui.Click(app, "Повторить");
    CHECK(app.requests.retry_save);
}

TEST_CASE("storage full: a read-only tab shows no storage-full bar") {
    EnglishUi en;
    UiHarness ui;
    App app;
    app.env.read_only = true;
    StorageFull(app);
    ui.Frame(app, 2);
    CHECK(!UiHarness::Has(kFullText));
    CHECK(!UiHarness::Has("Try again"));
}

TEST_CASE("take over: Edit here after the writer tab closed; read-only refuses edits until then") {
    EnglishUi en;
    UiHarness ui;
    App app;
    app.store.clients.Upsert(Named("c1", "Ромашка"));
    app.env.read_only = true;
    ui.Frame(app, 2);
    CHECK(!UiHarness::Has(kTakeOverText));  // the writer tab is still open
    CHECK(!UiHarness::Has("Edit here"));

    // Read-only refuses edits (the tab has no edits of its own that could be lost).
    const ImportResult r = app.ImportJson(R"({"format":"client-card","version":1,"clients":[{"id":"x","name":"X"}]})",
                                          ImportMode::Merge);
    CHECK(!r.ok);
    CHECK(!app.store.clients.Contains("x"));
    CHECK(app.store.clients.size() == 1);

    app.env.storage.writer_gone = true;
    ui.Frame(app, 2);
    CHECK(UiHarness::Has(kTakeOverText));
    ui.Click(app, "Edit here");
    CHECK(app.requests.take_over);
    app.requests.take_over = false;

    app.env.storage.taking_over = true;
    ui.Frame(app, 2);
    CHECK(UiHarness::Has("Loading what the other tab saved…"));
    CHECK(!UiHarness::Has("Edit here"));

    app.env.storage.taking_over = false;
    app.env.storage.take_over_error = "UnknownError: disk";
    ui.Frame(app, 2);
    CHECK(UiHarness::Has("Could not load what the other tab saved (UnknownError: disk). This tab stays read-only: "
                         "try again, or reload the page."));
    ui.Click(app, "Edit here");  // offered again
    CHECK(app.requests.take_over);

    // The host took over: writable, no bar.
    app.requests.take_over = false;
    app.env.read_only = false;
    app.env.storage = StorageStatusEnv{};
    ui.Frame(app, 2);
    CHECK(!UiHarness::Has(kTakeOverText));
    CHECK(app.ImportJson(R"({"format":"client-card","version":1,"clients":[{"id":"x","name":"X"}]})",
                         ImportMode::Merge)
              .ok);
}

TEST_CASE("take over: the bar in Russian") {
    EnglishUi restore;
    UiHarness ui;
    App app;
    SetCurrentLanguage(Lang::Ru);
    app.env.read_only = true;
    app.env.storage.writer_gone = true;
    ui.Frame(app, 2);
    ui.Click(app, "Редактировать здесь");
    CHECK(app.requests.take_over);
}
