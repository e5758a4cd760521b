// "Load demo data" by clicks: the start screen's button and the File menu item open the
// shipped assets/demo.json in the import dialog (the normal import path); Apply adds the
// clients to the list. Read-only: disabled, with a tooltip saying why. A missing or damaged
// file says so and changes nothing.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "imgui.h"
#include "io/import.h"
#include "platform/test_hooks.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

constexpr const char* kHolding = "АО «УралТехИнвест»";
constexpr const char* kStartHint =
    "Or look around first with demo data: 30+ companies with contacts, a year of history, deals and contracts.";

void Hover(UiHarness& h, App& app, const char* label) {
    automation::Rect r;
    REQUIRE_MESSAGE(automation::Locate(label, r), "no widget labelled ", std::string(label));
    ImGui::GetIO().AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
    h.Frame(app, 40);  // tooltips wait until the mouse rests
}

std::string Snapshot(const Store& s) { return ExportStore(s, *Moment::Parse("2026-11-27T10:00:00+03:00")); }

}  // namespace

TEST_CASE("ui demo: on an empty store the start screen's button loads the demo data through the import dialog") {
    EnglishUi en;
    UiHarness h;
    App app;
    h.Frame(app, 3);
    REQUIRE(UiHarness::Has(kStartHint));
    REQUIRE(UiHarness::Has("Load demo data"));

    h.Click(app, "Load demo data");
    CHECK_MESSAGE(app.ui.demo.error.empty(), app.ui.demo.error);
    // The import dialog with the file: what it adds, Merge / Replace, Apply.
    REQUIRE(app.ui.import.checked);
    REQUIRE_MESSAGE(app.ui.import.check.ok, app.ui.import.check.error);
    CHECK(app.ui.import.file_name == "demo data (demo.json)");
    CHECK(app.ui.import.check.summary.added[static_cast<size_t>(CollectionId::Clients)] >= 30);
    for (const char* label : {"Merge", "Replace", "Apply", "Cancel"}) CHECK_MESSAGE(UiHarness::Has(label), label);
    CHECK(app.store.clients.size() == 0);  // nothing yet

    h.Click(app, "Apply");
    CHECK(app.store.clients.size() >= 30);
    CHECK(app.store.interactions.size() >= 300);
    CHECK_FALSE(UiHarness::Has("Apply"));  // closed
    CHECK(app.ui.message.find("demo data (demo.json)") != std::string::npos);
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has(kStartHint));
    CHECK_FALSE(UiHarness::Has("Load demo data"));  // only on the empty start screen
    // The clients are in the list: a click opens one.
    REQUIRE(UiHarness::Has(kHolding));
    h.Click(app, kHolding);
    CHECK(app.ui.selected_id == "demo-cl-uti");
}

TEST_CASE("ui demo: File > Load demo data… merges into a store with data, keeping it; Cancel changes nothing") {
    EnglishUi en;
    UiHarness h;
    App app;
    Client own;
    own.id = "c-own";
    own.name = "ООО «Своя фирма»";
    app.store.clients.Upsert(own);
    app.ui.SelectClient(own.id);
    h.Frame(app, 2);
    CHECK_FALSE(UiHarness::Has("Load demo data"));  // no start screen

    const std::string before = Snapshot(app.store);
    h.Click(app, "File");
    REQUIRE(UiHarness::Has("Load demo data…"));
    h.Click(app, "Load demo data…");
    REQUIRE(app.ui.import.check.ok);
    h.Click(app, "Cancel");
    CHECK(Snapshot(app.store) == before);

    h.Click(app, "File");
    h.Click(app, "Load demo data…");
    REQUIRE(app.ui.import.mode == ImportMode::Merge);  // the default
    h.Click(app, "Apply");
    CHECK(app.store.clients.size() >= 31);
    REQUIRE(app.store.clients.Find("c-own"));
    CHECK(app.store.clients.Find("c-own")->name == "ООО «Своя фирма»");
    CHECK(app.ui.selected_id == "c-own");  // the selection survives a merge
}

TEST_CASE("ui demo: read-only disables both, with a tooltip saying why") {
    EnglishUi en;
    UiHarness h;
    App app;
    app.env.read_only = true;
    h.Frame(app, 3);
    REQUIRE(UiHarness::Has("Load demo data"));
    h.Click(app, "Load demo data");
    CHECK_FALSE(app.ui.import.open_requested);
    CHECK_FALSE(app.ui.import.checked);
    CHECK_FALSE(UiHarness::Has("Apply"));
    Hover(h, app, "Load demo data");
    CHECK(UiHarness::Has("Not available: this tab is read-only, Client Card is open for editing in another tab."));

    h.Click(app, "File");
    REQUIRE(UiHarness::Has("Load demo data…"));
    h.Click(app, "Load demo data…");
    CHECK_FALSE(app.ui.import.checked);
    CHECK(app.store.clients.size() == 0);
}

TEST_CASE("ui demo: a missing or damaged demo file says so and changes nothing") {
    EnglishUi en;
    UiHarness h;
    App app;
    h.Frame(app, 3);

    // Missing: the reason under the button, no dialog.
    app.ui.demo.path = "/nonexistent/card-demo.json";
    h.Click(app, "Load demo data");
    CHECK_FALSE(app.ui.import.checked);
    CHECK(app.ui.demo.error == "Demo data could not be loaded: /nonexistent/card-demo.json is missing. Nothing was changed.");
    CHECK(UiHarness::Has(app.ui.demo.error.c_str()));
    CHECK(app.store.clients.size() == 0);

    // From the menu the same reason goes to the message banner.
    h.Click(app, "File");
    h.Click(app, "Load demo data…");
    CHECK(app.ui.message == "Demo data could not be loaded: /nonexistent/card-demo.json is missing. Nothing was changed.");
    CHECK_MESSAGE(app.ui.demo.error.empty(), app.ui.demo.error);

    // Damaged: the import dialog rejects it with the reason and offers only Cancel.
    const std::string broken = "card-demo-broken.json";
    {
        std::ofstream out(broken, std::ios::binary);
        out << R"({"format": "client-card", "version": 1, "clients": [{"id": "x"}]})";
    }
    app.ui.demo.path = broken;
    h.Click(app, "Load demo data");
    REQUIRE(app.ui.import.checked);
    CHECK_FALSE(app.ui.import.check.ok);
    CHECK(app.ui.import.check.error.find("\"name\"") != std::string::npos);
    CHECK_FALSE(UiHarness::Has("Apply"));
    h.Click(app, "Cancel");
    CHECK(app.store.clients.size() == 0);
    CHECK_FALSE(app.store.HasChanges());

    // Empty.
    { std::ofstream out(broken, std::ios::binary); }
    h.Click(app, "Load demo data");
    CHECK(app.ui.demo.error == "Demo data could not be loaded: " + broken + " is empty. Nothing was changed.");
    CHECK_FALSE(app.ui.import.checked);
    std::remove(broken.c_str());
}
