// The Interests tab driven like a user through the UI harness: clicks and typing by visible
// label (the English text before "###"). Filters and totals, sorting by a header, the editor
// with its checks, moving between states, closing as won / lost with a reason, reopening,
// removal with Undo, planning the next activity (and seeing it on the row and the timeline),
// the empty state and read-only mode.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/interests.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui_harness.h"

namespace {

using namespace card;
using card::test::EnglishUi;
using card::test::UiHarness;

Date Today() { return platform::Now().LocalDate(); }
Date DaysFromToday(int n) {
    Date d = Today();
    d.days += n;
    return d;
}

std::string Formatted(Date d) {
    char buf[32];
    int y;
    unsigned m, day;
    d.ToYmd(y, m, day);
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, day);
    return buf;
}

Interest Deal(const char* id, const char* title, int64_t minor, int64_t prob, const char* resp, Date opened,
              Date close, InterestState st = InterestState::Proposal, const char* project = "Учёт") {
    Interest r;
    r.id = id;
    r.client_id = "c1";
    r.title = title;
    r.project = project;
    r.responsible_id = resp;
    r.state = st;
    r.expected_revenue.minor = minor;
    r.probability = prob;
    r.opened_on = opened;
    r.close_on = close;
    return r;
}

// c1 with three deals (two by Орлова, one by Козлова), one of them opened a year ago and
// closing far ahead; c2 with none.
void Fill(Store& s) {
    Client a;
    a.id = "c1";
    a.name = "ТехноСтрой";
    s.clients.Upsert(a);
    Client b;
    b.id = "c2";
    b.name = "Пустой";
    s.clients.Upsert(b);
    s.employees.Upsert(Employee{"e1", "Орлова Елена Викторовна", "", "", "", "", ""});
    s.employees.Upsert(Employee{"e2", "Козлова Анна Петровна", "", "", "", "", ""});
    s.interests.Upsert(Deal("d1", "Переход на КОРП", 150000000, 60, "e1", Today(), DaysFromToday(1)));
    s.interests.Upsert(Deal("d2", "Сервисный контракт", 30000000, 50, "e2", Today(), DaysFromToday(2),
                            InterestState::Negotiation, "Сервис"));
    s.interests.Upsert(Deal("d3", "Обучение пользователей", 5000050, 25, "e1", DaysFromToday(-800),
                            DaysFromToday(800), InterestState::Qualification));
}

struct Fixture {
    EnglishUi en;
    UiHarness h;
    App app;
    explicit Fixture(const char* client = "c1") {
        ImGui::GetIO().DisplaySize = ImVec2(1600, 1200);
        Fill(app.store);
        app.store.ClearDirty();
        app.ui.SelectClient(client);
        app.ui.SelectTab(CardTab::Interests);
        h.Frame(app, 4);
    }
    const Interest* Find(const char* id) { return app.store.interests.Find(id); }
    std::vector<std::string> Rows() {
        std::vector<std::string> out;
        for (uint32_t p : app.ui.interests.cache.rows) out.push_back(app.store.interests[p].id);
        return out;
    }
    void TypeInto(const char* label, const char* text) {
        h.Click(app, label);
        h.Key(app, ImGuiKey_End);
        for (int i = 0; i < 40; ++i) h.Key(app, ImGuiKey_Backspace);
        h.Type(app, text);
    }
};

}  // namespace

TEST_CASE("interests tab: the table, totals of all rows and the pipeline, cached") {
    Fixture f;
    CHECK(UiHarness::Has("Переход на КОРП"));
    CHECK(UiHarness::Has("Сервисный контракт"));
    CHECK(UiHarness::Has("Обучение пользователей"));
    // 1 500 000.00 + 300 000.00 + 50 000.50; weighted 900 000 + 150 000 + 12 500.125 -> .13
    CHECK(UiHarness::Has("Shown 3 of 3 · expected 1,850,000.50 RUB · weighted 1,062,500.13 RUB"));
    CHECK(UiHarness::Has("Proposal 1,500,000.00 RUB  (1)"));
    CHECK(UiHarness::Has("Negotiation 300,000.00 RUB  (1)"));
    CHECK(UiHarness::Has("Won 0.00 RUB  (0)"));
    // Nothing planned for open deals: said on each row.
    CHECK(UiHarness::Has("Select a row to act on it."));
    const uint64_t built = f.app.ui.interests.cache.built;
    f.h.Frame(f.app, 5);
    CHECK(f.app.ui.interests.cache.built == built);
    CHECK_FALSE(f.app.store.HasChanges());
}

TEST_CASE("interests tab: filter by responsible and by period changes rows and totals; reset") {
    Fixture f;
    f.h.Click(f.app, "Responsible");
    f.h.Click(f.app, "Козлова Анна Петровна");
    CHECK(f.Rows() == std::vector<std::string>{"d2"});
    CHECK(UiHarness::Has("Shown 1 of 3 · expected 300,000.00 RUB · weighted 150,000.00 RUB"));
    f.h.Click(f.app, "Responsible");
    f.h.Click(f.app, "(not assigned)");
    CHECK(f.Rows().empty());
    CHECK(UiHarness::Has("No interests match the filters."));
    f.h.Click(f.app, "Responsible");
    f.h.Click(f.app, "Орлова Елена Викторовна");
    CHECK(f.Rows().size() == 2);
    CHECK(UiHarness::Has("Shown 2 of 3 · expected 1,550,000.50 RUB · weighted 912,500.13 RUB"));

    // This year: d1 opened today; d3 opened and closes two years away.
    f.h.Click(f.app, "This year");
    CHECK(f.Rows() == std::vector<std::string>{"d1"});
    CHECK(UiHarness::Has("Shown 1 of 3 · expected 1,500,000.00 RUB · weighted 900,000.00 RUB"));
    CHECK(f.app.ui.interests.filter.from.days <= Today().days);

    // Typed dates (ISO in English): a period around d3's opening only.
    f.TypeInto("from", Formatted(DaysFromToday(-801)).c_str());
    f.TypeInto("to", Formatted(DaysFromToday(-799)).c_str());
    CHECK(f.Rows() == std::vector<std::string>{"d3"});
    CHECK(f.app.ui.interests.quick == -1);
    // Only by the close date: none of Орлова's closes then.
    f.h.Click(f.app, "Period");
    f.h.Click(f.app, "closing");
    CHECK(f.Rows().empty());
    // A date that does not exist is said and not applied.
    f.TypeInto("to", "2026-02-30");
    CHECK(UiHarness::Has("«2026-02-30»: there is no such day."));
    f.TypeInto("to", "30.02");
    CHECK(UiHarness::Has("«30.02»: type the date as 2026-11-27 or 27.11.2026."));

    f.h.Click(f.app, "Reset filters");
    CHECK(f.Rows().size() == 3);
    CHECK(f.app.ui.interests.filter.IsDefault());
    CHECK(f.app.ui.interests.from_text.empty());
    CHECK(UiHarness::Has("Shown 3 of 3 · expected 1,850,000.50 RUB · weighted 1,062,500.13 RUB"));
}

TEST_CASE("interests tab: project and state filters") {
    Fixture f;
    f.h.Click(f.app, "Project");
    f.h.Click(f.app, "Сервис");
    CHECK(f.Rows() == std::vector<std::string>{"d2"});
    f.h.Click(f.app, "Project");
    f.h.Click(f.app, "any");
    CHECK(f.Rows().size() == 3);
    f.h.Click(f.app, "States");
    f.h.Click(f.app, "Proposal");  // a checkbox: unticks proposal, the list stays open
    f.h.Click(f.app, "Negotiation");
    CHECK(f.Rows() == std::vector<std::string>{"d3"});
    f.h.Click(f.app, "All states");
    CHECK(f.Rows().size() == 3);
}

TEST_CASE("interests tab: a header click sorts, again reverses") {
    Fixture f;
    // Default: newest opened first (d1, d2 opened today: by title), d3 last.
    CHECK(f.Rows() == std::vector<std::string>{"d1", "d2", "d3"});
    f.h.Click(f.app, "Revenue");  // prefers descending
    CHECK(f.Rows() == std::vector<std::string>{"d1", "d2", "d3"});
    f.h.Click(f.app, "Revenue");
    CHECK(f.Rows() == std::vector<std::string>{"d3", "d2", "d1"});
    f.h.Click(f.app, "Title");
    CHECK(f.Rows() == std::vector<std::string>{"d3", "d1", "d2"});  // Обучение, Переход, Сервисный
}

TEST_CASE("interests tab: New interest, the editor's checks, Save; edit by double click") {
    Fixture f;
    f.h.Click(f.app, "New interest");
    REQUIRE(f.app.ui.interests.editor.open);
    CHECK(f.app.ui.interests.editor.draft.opened_on == Today());
    f.h.Click(f.app, "Save");
    CHECK(UiHarness::Has("Enter a title."));
    CHECK(f.app.store.interests.size() == 3);
    f.TypeInto("Title", "Внедрение ЭДО");
    f.TypeInto("Expected revenue", "1 200 000,555");
    CHECK(UiHarness::Has("Type an amount like 1500000 or 1 500 000,50 (two decimals at most)."));
    f.TypeInto("Expected revenue", "1 200 000,50");
    f.TypeInto("Close by", "2020-01-01");
    CHECK(UiHarness::Has("The close-by date is before the opening date."));
    f.TypeInto("Close by", Formatted(DaysFromToday(30)).c_str());
    f.h.Click(f.app, "Сервис");  // a project suggestion
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.app.ui.interests.editor.open);
    REQUIRE(f.app.store.interests.size() == 4);
    const Interest* made = nullptr;
    for (const Interest& r : f.app.store.interests.All())
        if (r.title == "Внедрение ЭДО") made = &r;
    REQUIRE(made);
    CHECK(made->expected_revenue.minor == 120000050);
    CHECK(made->expected_revenue.currency == "RUB");
    CHECK(made->project == "Сервис");
    CHECK(made->state == InterestState::New);
    CHECK(made->probability == 10);
    CHECK(made->close_on == DaysFromToday(30));
    CHECK(f.app.ui.interests.selected_id == made->id);
    CHECK(UiHarness::Has("Shown 4 of 4 · expected 3,050,001.00 RUB · weighted 1,182,500.18 RUB"));

    // Double click on a row opens its editor; the state follows with its usual probability.
    automation::Rect r;
    REQUIRE(automation::Locate("Сервисный контракт", r));
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(r.x + 5, r.y + r.h * 0.5f);
    f.h.Frame(f.app);
    for (int i = 0; i < 2; ++i) {
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        f.h.Frame(f.app);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        f.h.Frame(f.app);
    }
    f.h.Frame(f.app, 2);
    REQUIRE(f.app.ui.interests.editor.open);
    CHECK(f.app.ui.interests.editor.draft.id == "d2");
    f.h.Click(f.app, "State");
    f.h.Click(f.app, "Proposal");
    // d2's 50% is not negotiation's usual 75%: a probability the user chose, kept.
    CHECK(f.app.ui.interests.editor.probability_text == "50");
    f.h.Click(f.app, "Save");
    CHECK(f.Find("d2")->state == InterestState::Proposal);
}

TEST_CASE("interests tab: a typed probability is kept when the state moves; the usual one follows") {
    Fixture f;
    // d1: proposal at 60% (typed, not the usual 50): moving keeps it.
    f.h.Click(f.app, "Переход на КОРП");
    f.h.Click(f.app, "Move to");
    f.h.Click(f.app, "Negotiation");
    CHECK(f.Find("d1")->state == InterestState::Negotiation);
    CHECK(f.Find("d1")->probability == 60);
    // d2: negotiation at 50%; d3: qualification at its usual 25% follows to 50%.
    f.h.Click(f.app, "Обучение пользователей");
    f.h.Click(f.app, "Move to");
    f.h.Click(f.app, "Proposal");
    CHECK(f.Find("d3")->state == InterestState::Proposal);
    CHECK(f.Find("d3")->probability == 50);
}

TEST_CASE("interests tab: close as lost needs a reason; won; reopen clears it") {
    Fixture f;
    f.h.Click(f.app, "Сервисный контракт");
    f.h.Click(f.app, "Lost…");
    REQUIRE(f.app.ui.interests.close.open);
    f.h.Click(f.app, "Close the interest");
    CHECK(UiHarness::Has("Say why the deal was lost."));
    CHECK(f.Find("d2")->state == InterestState::Negotiation);
    f.h.Click(f.app, "Reason");
    f.h.Type(f.app, "Выбрали конкурента: цена");
    f.h.Click(f.app, "Close the interest");
    CHECK_FALSE(f.app.ui.interests.close.open);
    const Interest* d2 = f.Find("d2");
    CHECK(d2->state == InterestState::Lost);
    CHECK(d2->close_reason == "Выбрали конкурента: цена");
    CHECK(d2->probability == 0);
    CHECK(d2->close_on == Today());
    CHECK(UiHarness::Has("Lost 300,000.00 RUB  (1)"));

    // Won with no reason is fine.
    f.h.Click(f.app, "Переход на КОРП");
    f.h.Click(f.app, "Won…");
    f.h.Click(f.app, "Close the interest");
    CHECK(f.Find("d1")->state == InterestState::Won);
    CHECK(f.Find("d1")->probability == 100);
    CHECK(f.Find("d1")->close_reason.empty());

    // Reopen: back to negotiation with its usual probability, the reason gone.
    f.h.Click(f.app, "Сервисный контракт");
    f.h.Click(f.app, "Reopen");
    CHECK(f.Find("d2")->state == InterestState::Negotiation);
    CHECK(f.Find("d2")->probability == 75);
    CHECK(f.Find("d2")->close_reason.empty());
}

TEST_CASE("interests tab: plan the next activity from the row; it becomes the row's next activity") {
    Fixture f;
    CHECK(f.app.ui.interests.cache.next.empty());
    f.h.Click(f.app, "Обучение пользователей");
    f.h.Click(f.app, "Plan next activity");
    REQUIRE(f.app.ui.activity.open);
    CHECK(f.app.ui.activity.draft.interest_id == "d3");
    CHECK(f.app.ui.activity.draft.status == InteractionStatus::Planned);
    f.h.Type(f.app, "Согласовать программу обучения");  // the subject has the keyboard
    f.h.Click(f.app, "Save");
    CHECK_FALSE(f.app.ui.activity.open);
    REQUIRE(f.app.store.interactions.size() == 1);
    const Interaction& x = f.app.store.interactions[0];
    CHECK(x.interest_id == "d3");
    CHECK(x.subject == "Согласовать программу обучения");
    const Interaction* next = NextActivityOf(f.app.store, f.app.ui.interests.cache.next, "d3");
    REQUIRE(next);
    CHECK(next->id == x.id);
    // The timeline on the Main tab lists it.
    f.app.ui.SelectTab(CardTab::Main);
    f.h.Frame(f.app, 4);
    CHECK(UiHarness::Has("Согласовать программу обучения"));
}

TEST_CASE("interests tab: remove unlinks the activities, Undo brings both back") {
    Fixture f;
    Interaction x;
    x.id = "x1";
    x.client_id = "c1";
    x.interest_id = "d1";
    x.type = InteractionType::Call;
    x.status = InteractionStatus::Planned;
    x.at = platform::Now();
    x.at.utc_ms += 86400000;
    x.subject = "Демо КОРП";
    f.app.store.interactions.Upsert(x);
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("Shown 3 of 3 · expected 1,850,000.50 RUB · weighted 1,062,500.13 RUB"));
    f.h.Click(f.app, "Переход на КОРП");
    f.h.Click(f.app, "Remove");
    CHECK(f.Find("d1") == nullptr);
    CHECK(f.app.store.interactions.Find("x1")->interest_id.empty());
    CHECK(UiHarness::Has("Interest «Переход на КОРП» removed; 1 linked activities stay on the timeline without it."));
    CHECK(UiHarness::Has("Shown 2 of 2 · expected 350,000.50 RUB · weighted 162,500.13 RUB"));
    f.h.Click(f.app, "Undo");
    REQUIRE(f.Find("d1"));
    CHECK(f.app.store.interactions.Find("x1")->interest_id == "d1");
    CHECK(UiHarness::Has("Shown 3 of 3 · expected 1,850,000.50 RUB · weighted 1,062,500.13 RUB"));
}

TEST_CASE("interests tab: an empty client shows the call to action") {
    Fixture f("c2");
    // With no current user, a new deal is led by the client's account manager (no sales manager).
    Client c2 = *f.app.store.clients.Find("c2");
    c2.responsibles.push_back(Responsible{"e2", ResponsibleRole::AccountManager, ""});
    f.app.store.clients.Upsert(c2);
    f.h.Frame(f.app, 2);
    CHECK(UiHarness::Has("No interests (deals) yet"));
    f.h.Click(f.app, "New interest");
    REQUIRE(f.app.ui.interests.editor.open);
    CHECK(f.app.ui.interests.editor.draft.responsible_id == "e2");
    f.h.Type(f.app, "Первая сделка");
    f.h.Click(f.app, "Save");
    CHECK(f.app.store.interests.OwnedBy("c2").size() == 1);
    CHECK(UiHarness::Has("Первая сделка"));
    CHECK_FALSE(UiHarness::Has("No interests (deals) yet"));
}

TEST_CASE("interests tab: read-only changes nothing") {
    Fixture f;
    f.app.env.read_only = true;
    f.h.Frame(f.app, 2);
    f.h.Click(f.app, "New interest");
    CHECK_FALSE(f.app.ui.interests.editor.open);
    f.h.Click(f.app, "Переход на КОРП");  // selecting is reading
    f.h.Click(f.app, "Remove");
    f.h.Click(f.app, "Lost…");
    f.h.Click(f.app, "Plan next activity");
    CHECK_FALSE(f.app.ui.interests.close.open);
    CHECK_FALSE(f.app.ui.activity.open);
    CHECK(f.app.store.interests.size() == 3);
    CHECK_FALSE(f.app.store.HasChanges());
}
