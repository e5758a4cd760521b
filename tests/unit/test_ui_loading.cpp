// A large store's start (AppEnv::Loading, ui/loading.cpp), driven through the UI harness:
// while the rest of the store is read, the card pane shows the progress (en, ru), the
// status bar says "loading N%", the File menu does not open, New client does nothing, the
// import is refused with a reason, and the card comes back once the load is done.
#include <doctest/doctest.h>

#include "imgui.h"
#include "io/json_codec.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "storage_test_util.h"
#include "ui_harness.h"

using namespace card;
using card::test::EnglishUi;
using card::test::MakeClient;
using card::test::UiHarness;

TEST_CASE("ui loading: the card waits for the rest of a large store, and nothing that changes it starts") {
    EnglishUi english;
    UiHarness ui;
    App app;
    app.store.clients.Upsert(MakeClient("c1", "Первый"));
    app.store.clients.Upsert(MakeClient("c2", "Второй"));
    app.store.ClearDirty();
    app.ui.selected_id = "c1";
    app.env.loading.active = true;
    app.env.loading.fraction = 0.42f;
    ui.Frame(app, 3);

    CHECK(UiHarness::Has("Reading the saved data: 42%"));
    CHECK(UiHarness::Has("loading 42%"));
    CHECK(UiHarness::Has("Первый"));  // the list is there
    // The File menu does not open, so Export and Import cannot start.
    ui.Click(app, "File");
    CHECK_FALSE(UiHarness::Has("Export JSON"));
    // New client does nothing.
    ui.Click(app, "New client");
    CHECK(app.store.clients.size() == 2);
    // The import through the API is refused with a reason, and nothing changes.
    const ImportResult r = app.ImportJson(R"({"format":"client-card","version":1,"clients":[{"id":"c9","name":"X"}]})",
                                          ImportMode::Merge);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("still being read") != std::string::npos);
    CHECK(app.store.clients.size() == 2);

    app.SetLanguage("ru");
    ui.Frame(app, 2);
    CHECK(UiHarness::Has("Загрузка сохранённых данных: 42%"));
    CHECK(UiHarness::Has("загрузка 42%"));
    app.SetLanguage("en");

    // Loaded: the card is back, and File opens.
    app.env.loading = {};
    ui.Frame(app, 3);
    CHECK_FALSE(UiHarness::Has("Reading the saved data: 42%"));
    ui.Click(app, "File");
    CHECK(UiHarness::Has("Export JSON"));
}
