// The change history in the timeline, driven through the UI harness: typing into a field
// records one entry (old and new value, author), "Show changes" interleaves the entries
// with the interactions, undo records a reverting entry, the text filter applies.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"
#include "ui/timeline_index.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

struct Fixture {
    EnglishUi en;
    UiHarness h;
    App app;
    Fixture() {
        ImGui::GetIO().DisplaySize = ImVec2(1600, 1400);
        Employee e;
        e.id = "e1";
        e.name = "Иванова Мария Сергеевна";
        app.store.employees.Upsert(e);
        Client c;
        c.id = "c1";
        c.name = "Ромашка";
        c.inn = "7707083893";
        app.store.clients.Upsert(c);
        Interaction x;
        x.id = "i1";
        x.client_id = "c1";
        x.type = InteractionType::Call;
        x.subject = "Звонок о продлении";
        x.at = *Moment::Parse("2026-01-15T10:00:00+03:00");
        app.store.interactions.Upsert(x);
        app.store.ClearDirty();
        SetCurrentUserId(app.ui, "e1");
        app.ui.SelectClient("c1");
        app.ui.SelectTab(CardTab::Main);
        h.Frame(app, 3);
    }
    ~Fixture() { SetCurrentUserId(app.ui, ""); }
};

}  // namespace

TEST_CASE("ui history: typing into Name records one entry; Show changes shows old and new; undo adds one") {
    Fixture f;
    REQUIRE(UiHarness::Has("Show changes"));
    CHECK_FALSE(f.app.ui.timeline.filter.history);  // off by default
    CHECK(UiHarness::Has("Звонок о продлении"));

    f.h.Click(f.app, "Name");
    f.h.Key(f.app, ImGuiKey_End);
    f.h.Type(f.app, " и");
    f.h.Type(f.app, " партнёры");
    const std::string typed = f.app.store.clients.Find("c1")->name;
    CHECK(typed == "Ромашка и партнёры");
    CHECK(f.app.store.history.empty());  // still typing: the step is open

    // Leaving the field (a click on the toggle) seals the step: one entry for the whole edit.
    f.h.Click(f.app, "Show changes");
    f.h.Frame(f.app, 2);
    CHECK(f.app.ui.timeline.filter.history);
    REQUIRE(f.app.store.history.size() == 1);
    const HistoryEntry& e = f.app.store.history[0];
    CHECK(e.client_id == "c1");
    CHECK(e.field == "name");
    CHECK(e.old_value == "Ромашка");
    CHECK(e.new_value == typed);
    CHECK(e.author_id == "e1");
    CHECK(e.author == "Иванова Мария Сергеевна");
    CHECK(f.app.store.history.HasChanges());  // autosave writes it
    CHECK(UiHarness::Has("Name: Ромашка → Ромашка и партнёры"));
    CHECK(UiHarness::Has("Звонок о продлении"));  // interleaved with the interactions
    CHECK(UiHarness::Has("1 of 1  ·  1 change"));

    // Undo: the name comes back, and the history says so (a second entry).
    REQUIRE(f.app.Undo());
    f.h.Frame(f.app, 2);
    CHECK(f.app.store.clients.Find("c1")->name == "Ромашка");
    REQUIRE(f.app.store.history.size() == 2);
    CHECK(UiHarness::Has("Name: Ромашка и партнёры → Ромашка"));
    CHECK(UiHarness::Has("Name: Ромашка → Ромашка и партнёры"));
    bool undo_entry = false;
    for (const HistoryEntry& x : f.app.store.history.All())
        if (x.origin == "undo") undo_entry = x.old_value == typed && x.new_value == "Ромашка";
    CHECK(undo_entry);

    // The text filter applies to the changes as to the interactions.
    f.h.Click(f.app, "Find");
    f.h.Type(f.app, "партнёры");
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Name: Ромашка → Ромашка и партнёры"));
    CHECK_FALSE(UiHarness::Has("Звонок о продлении"));

    // "Reset filters" clears the text but keeps the changes shown (a view setting).
    f.h.Click(f.app, "Reset filters");
    CHECK(f.app.ui.timeline.filter.text.empty());
    CHECK(f.app.ui.timeline.filter.history);
    CHECK(UiHarness::Has("Звонок о продлении"));
    CHECK(UiHarness::Has("Name: Ромашка → Ромашка и партнёры"));

    // Off again: only the interactions.
    f.h.Click(f.app, "Show changes");
    CHECK_FALSE(f.app.ui.timeline.filter.history);
    CHECK_FALSE(UiHarness::Has("Name: Ромашка → Ромашка и партнёры"));
    CHECK(UiHarness::Has("Звонок о продлении"));
    CHECK(f.app.store.history.size() == 2);  // toggling records nothing
}

TEST_CASE("ui history: the rows read in Russian, with translated field names and values") {
    Fixture f;
    Client c = *f.app.store.clients.Find("c1");
    HistoryEntry e;
    e.id = "h1";
    e.client_id = "c1";
    e.at = *Moment::Parse("2026-01-16T09:30:00+03:00");
    e.author = "Иванова Мария Сергеевна";
    e.entity = "client";
    e.record_id = "c1";
    e.record = c.name;
    e.action = "changed";
    e.field = "status";
    e.old_value = "prospect";
    e.new_value = "active";
    f.app.store.history.Upsert(e);
    e.id = "h2";
    e.entity = "contact";
    e.record_id = "k1";
    e.record = "Петров Пётр";
    e.action = "removed";
    e.field = e.old_value = e.new_value = "";
    f.app.store.history.Upsert(e);
    f.app.ui.timeline.filter.history = true;
    SetCurrentLanguage(Lang::Ru);
    f.h.Frame(f.app, 3);
    CHECK(UiHarness::Has("Статус: Потенциальный → Действующий"));
    CHECK(UiHarness::Has("Контактное лицо: удалено — Петров Пётр"));
}

TEST_CASE("timeline index: changes interleave by time, are cached, and filter with the rest") {
    EnglishUi en;
    Store s;
    Client c;
    c.id = "c1";
    c.name = "Ромашка";
    s.clients.Upsert(c);
    auto at = [](const char* hm) { return *Moment::Parse(std::string("2026-11-20T") + hm + ":00+03:00"); };
    auto add_x = [&](const char* id, const char* hm) {
        Interaction x;
        x.id = id;
        x.client_id = "c1";
        x.type = InteractionType::Note;
        x.subject = id;
        if (hm) x.at = at(hm);
        s.interactions.Upsert(x);
    };
    auto add_h = [&](const char* id, const char* hm, const char* field) {
        HistoryEntry h;
        h.id = id;
        h.client_id = "c1";
        h.at = at(hm);
        h.entity = "client";
        h.record_id = "c1";
        h.action = "changed";
        h.field = field;
        h.old_value = "a";
        h.new_value = "b";
        s.history.Upsert(h);
    };
    add_x("x10", "10:00");
    add_x("x12", "12:00");
    add_x("x-undated", nullptr);
    add_h("h09", "09:00", "inn");
    add_h("h11", "11:00", "website");
    add_h("h13", "13:00", "inn");
    HistoryEntry other;  // another client's: never shown here
    other = *s.history.Find("h11");
    other.id = "h-other";
    other.client_id = "c2";
    s.history.Upsert(other);

    const Moment now = *Moment::Parse("2026-11-27T10:00:00+03:00");
    TimelineFilter f;
    TimelineIndex ix;
    auto order = [&] {
        std::string out;
        for (const TimelineRow& r : ix.rows) {
            if (r.header()) continue;
            out += (r.change ? s.history[r.pos].id : s.interactions[r.pos].id) + " ";
        }
        return out;
    };
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(order() == "x12 x10 x-undated ");
    CHECK(ix.hist_sorts == 0);  // off: the history is not even sorted

    f.history = true;
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(order() == "h13 x12 h11 x10 h09 x-undated ");
    CHECK(ix.changes_shown == 3);
    CHECK(ix.shown == 3);
    // Nothing changed: no rebuild, however many frames.
    const auto sorts = ix.sorts, filters = ix.filters, hist_sorts = ix.hist_sorts;
    for (int i = 0; i < 100; ++i) UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(ix.sorts == sorts);
    CHECK(ix.filters == filters);
    CHECK(ix.hist_sorts == hist_sorts);
    // A new entry: only the history is sorted again.
    add_h("h14", "14:00", "kpp");
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(ix.sorts == sorts);
    CHECK(ix.hist_sorts == hist_sorts + 1);
    CHECK(order() == "h14 h13 x12 h11 x10 h09 x-undated ");

    // The text filter: the field's label in either language, the values.
    f.text = "ИНН";
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(order() == "h13 h09 ");
    f.text = "website";
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(order() == "h11 ");
    f.text.clear();
    // A status other than "All": changes are neither planned nor done.
    f.status = TimelineStatus::Done;
    UpdateTimelineIndex(s, "c1", f, now, ix);
    CHECK(order() == "x12 x10 x-undated ");
    CHECK(ix.changes_shown == 0);
    f.status = TimelineStatus::All;
    // "Reset filters" (Active) does not count the toggle as a filter.
    CHECK_FALSE(f.Active());
}
