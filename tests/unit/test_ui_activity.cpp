// New activities, the activity editor and attachments (ui/activity_editor.h), driven like a
// user: clicks and typing by visible label. The editor is drawn by a host window 460 px
// wide, as the timeline draws it (buttons on top, the editor once per frame), so that these
// tests do not depend on the timeline's layout.
#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "model/base64.h"
#include "platform/native_testing.h"
#include "platform/platform.h"
#include "platform/test_hooks.h"
#include "ui/activity_editor.h"
#include "ui/attachments.h"
#include "ui/i18n.h"
#include "ui/links.h"
#include "ui_harness.h"

namespace {

using namespace card;
namespace nt = card::platform::native_testing;
using card::test::UiHarness;

constexpr float kHalfWidth = 460;

Date Day(const char* s) { return *Date::Parse(s); }

// A moment at local wall-clock time `text` ("2026-12-03T15:30") in the machine's offset,
// as the editor makes them.
Moment Local(const char* text) {
    const int offset = platform::Now().offset_min;
    Moment m = *Moment::Parse(std::string(text) + "Z");
    m.utc_ms -= static_cast<int64_t>(offset) * 60000;
    m.offset_min = static_cast<int16_t>(offset);
    return m;
}

struct Host {
    Store store;
    UiState ui;
    bool read_only = false;
    std::string client_id = "c1";

    void Draw() {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(kHalfWidth, 800));
        ImGui::Begin("##timeline_host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        if (const Client* c = store.clients.Find(client_id)) {
            DrawNewActivityButtons(store, ui, *c, read_only);
            DrawActivityEditor(store, ui, *c, read_only);
        }
        ImGui::End();
    }
};

// The harness's input, for a Host instead of the App.
struct Driver {
    UiHarness harness;  // the ImGui context
    Host host;

    void Frame(int n = 1) {
        for (int i = 0; i < n; ++i) {
            automation::BeginFrame();
            ImGui::NewFrame();
            host.Draw();
            ImGui::Render();
            automation::EndFrame();
        }
    }
    void Click(const char* label) {
        automation::Rect r;
        REQUIRE_MESSAGE(automation::Locate(label, r), "no widget labelled ", std::string(label));
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
        Frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        Frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        Frame(3);
    }
    void Type(const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        Frame(2);
    }
    void Key(ImGuiKey key, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(key, true);
        Frame();
        io.AddKeyEvent(key, false);
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
        Frame();
    }
    // Clicks a text field and replaces its whole text.
    void Retype(const char* label, const char* utf8) {
        Click(label);
        Key(ImGuiKey_A, true);
        Type(utf8);
    }
    const Interaction* Only() const {
        return host.store.interactions.size() == 1 ? &host.store.interactions[0] : nullptr;
    }
};

struct Clean {  // English, no current user, nothing recorded from the last test
    Clean() {
        SetCurrentLanguage(Lang::En);
        nt::ClearSettings();
        nt::DeliverPick("", "", "");  // answers (and drops) a picker a previous test left open
    }
    ~Clean() {
        SetCurrentLanguage(Lang::En);
        nt::ClearSettings();
    }
};

// c1 has a contract in force, two contacts (the primary with an e-mail), an interest;
// c2 has only an expired contract and no contacts or e-mails; two employees.
void Fill(Store& s) {
    for (const char* id : {"e1", "e2"}) {
        Employee e;
        e.id = id;
        e.name = id == std::string("e1") ? "Иванова Мария" : "Смирнов Олег";
        s.employees.Upsert(e);
    }
    Client a;
    a.id = "c1";
    a.name = "Ромашка";
    a.emails = {"info@romashka.ru"};
    s.clients.Upsert(a);
    Client b;
    b.id = "c2";
    b.name = "Лютик";
    s.clients.Upsert(b);

    Contact k;
    k.id = "k1";
    k.client_id = "c1";
    k.name = "Петров Пётр";
    k.emails = {"petrov@romashka.ru"};
    k.primary = true;
    s.contacts.Upsert(k);
    k.id = "k2";
    k.name = "Сидорова Анна";
    k.emails.clear();
    k.primary = false;
    s.contacts.Upsert(k);

    Interest i;
    i.id = "i1";
    i.client_id = "c1";
    i.title = "Внедрение 1С:CRM";
    s.interests.Upsert(i);

    Contract ct;
    ct.id = "d1";
    ct.client_id = "c1";
    ct.number = "СО-17";
    ct.valid_from = Day("2020-01-01");  // open-ended
    ct.status = ContractStatus::Active;
    s.contracts.Upsert(ct);
    ct.id = "d2";
    ct.client_id = "c2";
    ct.valid_to = Day("2021-12-31");  // expired
    s.contracts.Upsert(ct);
}

Interaction PlannedCall(const char* at = "2025-01-10T11:00:00+03:00") {
    Interaction x;
    x.id = "x1";
    x.client_id = "c1";
    x.type = InteractionType::Call;
    x.direction = Direction::Out;
    x.subject = "Обсудить продление";
    x.at = *Moment::Parse(at);
    x.status = InteractionStatus::Planned;
    x.owner_id = "e2";
    return x;
}

std::string Binary(size_t n) {
    std::string bytes(n, '\0');
    for (size_t i = 0; i < n; ++i) bytes[i] = static_cast<char>((i * 37 + 11) & 0xFF);
    return bytes;
}

}  // namespace

TEST_CASE("activity: date and time are typed per language and parsed strictly") {
    Clean clean;
    Moment m;
    CHECK(ParseWhen("2026-11-27 14:30", 180, m) == Str::Count);
    CHECK(m == *Moment::Parse("2026-11-27T14:30:00+03:00"));
    CHECK(ParseWhen("  27.11.2026   9:05 ", 180, m) == Str::Count);
    CHECK(m == *Moment::Parse("2026-11-27T09:05:00+03:00"));
    CHECK(ParseWhen("2024-02-29T00:00", -300, m) == Str::Count);
    CHECK(m == *Moment::Parse("2024-02-29T00:00:00-05:00"));
    CHECK(ParseWhen("", 0, m) == Str::ActWhenEmpty);
    CHECK(ParseWhen("   ", 0, m) == Str::ActWhenEmpty);
    for (const char* bad : {"завтра", "2026-11-27", "27.11.2026", "27.11.26 14:30", "2026/11/27 14:30",
                            "2026-11-27 14.30", "2026-11-27 14:3", "2026-11-27 143:00", "2026-11-27 :30",
                            "27-11-2026 14:30", "2026-11-27 14:30:00", "2026-11-2714:30", "2026-1-27 14:30"}) {
        CAPTURE(bad);
        CHECK(ParseWhen(bad, 0, m) == Str::ActWhenFormat);
    }
    CHECK(ParseWhen("2026-02-29 10:00", 0, m) == Str::ActWhenNoDay);
    CHECK(ParseWhen("31.04.2026 10:00", 0, m) == Str::ActWhenNoDay);
    CHECK(ParseWhen("0000-01-01 10:00", 0, m) == Str::ActWhenNoDay);
    CHECK(ParseWhen("2026-11-27 24:00", 0, m) == Str::ActWhenNoTime);
    CHECK(ParseWhen("2026-11-27 12:60", 0, m) == Str::ActWhenNoTime);

    char buf[64];
    const Moment t = *Moment::Parse("2026-11-27T14:30:00+03:00");
    FormatWhen(t, buf, sizeof buf);
    CHECK(std::string(buf) == "2026-11-27 14:30");
    SetCurrentLanguage(Lang::Ru);
    FormatWhen(t, buf, sizeof buf);
    CHECK(std::string(buf) == "27.11.2026 14:30");
    // In the moment's own offset, across midnight and before 1970.
    FormatWhen(*Moment::Parse("2026-11-27T23:30:00Z"), buf, sizeof buf);
    CHECK(std::string(buf) == "27.11.2026 23:30");
    FormatWhen(*Moment::Parse("1969-12-31T23:59:00-01:00"), buf, sizeof buf);
    CHECK(std::string(buf) == "31.12.1969 23:59");
    // What FormatWhen writes parses back in both languages.
    for (Lang lang : {Lang::En, Lang::Ru}) {
        SetCurrentLanguage(lang);
        for (const char* s : {"2026-11-27T14:30:00+03:00", "1999-12-31T23:59:00-05:30", "2030-01-01T00:00:00Z"}) {
            const Moment in = *Moment::Parse(s);
            FormatWhen(in, buf, sizeof buf);
            CHECK(ParseWhen(buf, in.offset_min, m) == Str::Count);
            CHECK(m == in);
        }
    }
}

TEST_CASE("activity: file sizes read like people write them, in both languages") {
    Clean clean;
    char buf[32];
    auto size = [&](int64_t n) {
        FormatFileSize(n, buf, sizeof buf);
        return std::string(buf);
    };
    CHECK(size(0) == "0 B");
    CHECK(size(1023) == "1023 B");
    CHECK(size(1024) == "1 KB");
    CHECK(size(1536) == "1.5 KB");
    CHECK(size(12 * 1024 + 300) == "12 KB");
    CHECK(size(1024 * 1024 - 1) == "1 MB");  // not "1024 KB"
    CHECK(size(1468006) == "1.4 MB");
    CHECK(size(kMaxAttachmentBytes) == "5 MB");
    CHECK(size(kMaxAttachmentsTotalBytes) == "20 MB");
    CHECK(size(3LL * 1024 * 1024 * 1024) == "3 GB");
    SetCurrentLanguage(Lang::Ru);
    CHECK(size(500) == "500 Б");
    CHECK(size(12 * 1024) == "12 КБ");
    CHECK(size(1468006) == "1,4 МБ");
}

TEST_CASE("activity: the six new-activity buttons fit the 460 px half in both languages") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    for (Lang lang : {Lang::En, Lang::Ru}) {
        SetCurrentLanguage(lang);
        d.Frame(2);
        const char* labels[2][6] = {{"Call", "Incoming call", "Meeting", "E-mail", "Task", "Note"},
                                    {"Звонок", "Входящий звонок", "Встреча", "Письмо", "Задача", "Заметка"}};
        float top = 1e9f, bottom = 0;
        for (const char* label : labels[lang == Lang::Ru]) {
            automation::Rect r;
            REQUIRE_MESSAGE(automation::Locate(label, r), label);
            CHECK(r.x >= 0);
            CHECK(r.x + r.w <= kHalfWidth);
            top = std::min(top, r.y);
            bottom = std::max(bottom, r.y + r.h);
        }
        CHECK(bottom - top < ImGui::GetFrameHeight() * 2 + ImGui::GetStyle().ItemSpacing.y * 2);  // two rows at most
    }
}

TEST_CASE("activity: schedule a call through clicks and typing") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    platform::SetSetting("current_user", "e1");
    d.host.store.ClearDirty();
    d.Frame(2);

    d.Click("Call");
    REQUIRE(d.host.ui.activity.open);
    CHECK(UiHarness::Has("Date and time"));
    CHECK_FALSE(UiHarness::Has("Duration, min"));  // planned: no outcome yet
    CHECK_FALSE(UiHarness::Has("No contract in force: check before serving"));  // c1 has one
    // The default: the next whole hour, in the future.
    const Moment suggested = d.host.ui.activity.draft.at;
    CHECK(suggested.utc_ms > platform::Now().utc_ms);
    CHECK(suggested.utc_ms - platform::Now().utc_ms <= 3600 * 1000);
    CHECK((suggested.utc_ms + suggested.offset_min * 60000LL) % (3600 * 1000) == 0);
    CHECK(d.host.ui.activity.draft.owner_id == "e1");    // the current user
    CHECK(d.host.ui.activity.draft.contact_id == "k1");  // the primary contact
    CHECK_FALSE(d.host.store.HasChanges());              // nothing written before Save

    d.Click("Subject");
    d.Type("Обсудить продление");
    d.Retype("Date and time", "2026-12-03 15:30");
    d.Click("Contact");
    d.Click("Сидорова Анна");
    d.Click("Interest");
    d.Click("Внедрение 1С:CRM");
    d.Click("Text");
    d.Type("Позвонить главбуху");
    CHECK(d.host.store.interactions.empty());
    d.Click("Save");

    const Interaction* x = d.Only();
    REQUIRE(x != nullptr);
    CHECK(!x->id.empty());
    CHECK(x->client_id == "c1");
    CHECK(x->type == InteractionType::Call);
    CHECK(x->direction == Direction::Out);
    CHECK(x->status == InteractionStatus::Planned);
    CHECK(x->at == Local("2026-12-03T15:30"));
    CHECK(x->subject == "Обсудить продление");
    CHECK(x->body == "Позвонить главбуху");
    CHECK(x->contact_id == "k2");
    CHECK(x->interest_id == "i1");
    CHECK(x->owner_id == "e1");
    CHECK(x->attachments.empty());
    CHECK_FALSE(d.host.ui.activity.open);
    CHECK_FALSE(UiHarness::Has("Save"));
    CHECK(d.host.store.interactions.DirtyIds().count(x->id) == 1);
}

TEST_CASE("activity: a wrong date is explained and nothing is saved until it is right") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    d.Frame(2);
    d.Click("Task");
    d.Retype("Date and time", "31.02.2026 10:00");
    CHECK(UiHarness::Has("There is no such day in the calendar."));
    d.Click("Save");
    CHECK(d.host.store.interactions.empty());
    CHECK(d.host.ui.activity.open);
    d.Retype("Date and time", "2026-11-27 25:00");
    CHECK(UiHarness::Has("Hours go from 00 to 23, minutes from 00 to 59."));
    d.Retype("Date and time", "завтра утром");
    CHECK(UiHarness::Has("Type the date and time as YYYY-MM-DD HH:MM, e.g. 2026-11-27 14:30."));
    d.Click("Save");
    CHECK(d.host.store.interactions.empty());
    d.Retype("Date and time", "27.11.2026 9:00");  // the Russian form is accepted in English too
    CHECK_FALSE(UiHarness::Has("Type the date and time as YYYY-MM-DD HH:MM, e.g. 2026-11-27 14:30."));
    d.Click("Save");
    REQUIRE(d.Only() != nullptr);
    CHECK(d.Only()->type == InteractionType::Task);
    CHECK(d.Only()->direction == Direction::None);
    CHECK(d.Only()->at == Local("2026-11-27T09:00"));
}

TEST_CASE("activity: a planned call is marked done with its duration and result") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    d.host.store.interactions.Upsert(PlannedCall());
    d.host.store.ClearDirty();
    d.Frame(2);
    OpenActivityEditor(d.host.ui, *d.host.store.interactions.Find("x1"));  // a click on its timeline row
    d.Frame(2);
    CHECK(UiHarness::Has("Reschedule"));
    CHECK(UiHarness::Has("Cancel activity"));
    CHECK_FALSE(UiHarness::Has("Result"));
    d.Click("Mark done");
    CHECK(UiHarness::Has("Enter the duration and the result, then Save."));
    CHECK(UiHarness::Has("Result"));
    CHECK_FALSE(UiHarness::Has("Mark done"));  // under way: only Save and Cancel
    CHECK_FALSE(d.host.store.HasChanges());  // asks first
    d.Retype("Duration, min", "25");
    d.Click("Result");
    d.Type("Договорились о демонстрации");
    d.Click("Save");

    const Interaction* x = d.host.store.interactions.Find("x1");
    REQUIRE(x != nullptr);
    CHECK(d.host.store.interactions.size() == 1);
    CHECK(x->status == InteractionStatus::Done);
    CHECK(x->duration_min == 25);
    CHECK(x->result == "Договорились о демонстрации");
    CHECK(x->at == *Moment::Parse("2025-01-10T11:00:00+03:00"));  // it was due: the planned time stays
    CHECK(x->owner_id == "e2");
    CHECK(x->subject == "Обсудить продление");

    // A done call offers no quick status changes; its outcome is shown and editable.
    OpenActivityEditor(d.host.ui, *x);
    d.Frame(2);
    CHECK_FALSE(UiHarness::Has("Mark done"));
    CHECK(UiHarness::Has("Duration, min"));
    d.Click("Cancel");
    CHECK_FALSE(d.host.ui.activity.open);

    // A task marked done is written at once (nothing more to ask), at now if it was ahead.
    Interaction task = PlannedCall("2099-01-01T10:00:00+03:00");
    task.id = "x2";
    task.type = InteractionType::Task;
    task.direction = Direction::None;
    d.host.store.interactions.Upsert(task);
    OpenActivityEditor(d.host.ui, task);
    d.Frame(2);
    d.Click("Mark done");
    CHECK_FALSE(d.host.ui.activity.open);
    CHECK(d.host.store.interactions.Find("x2")->status == InteractionStatus::Done);
    CHECK(d.host.store.interactions.Find("x2")->at.utc_ms <= platform::Now().utc_ms);
}

TEST_CASE("activity: reschedule keeps it planned; cancel activity; Cancel discards") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    d.host.store.interactions.Upsert(PlannedCall());
    d.Frame(2);

    OpenActivityEditor(d.host.ui, *d.host.store.interactions.Find("x1"));
    d.Frame(2);
    d.Click("Reschedule");
    CHECK(UiHarness::Has("Type the new date and time (or use the buttons next to it), then Save."));
    CHECK(UiHarness::ActiveId() != 0);  // the date field has the keyboard
    d.Key(ImGuiKey_A, true);
    d.Type("2026-12-10 16:45");
    d.Click("Save");
    const Interaction* x = d.host.store.interactions.Find("x1");
    CHECK(x->at == Local("2026-12-10T16:45"));  // typed on the user's clock
    CHECK(x->status == InteractionStatus::Planned);

    // The quick button: tomorrow at 10:00 local time.
    OpenActivityEditor(d.host.ui, *x);
    d.Frame(2);
    d.Click("Tomorrow 10:00");
    d.Click("Save");
    Date tomorrow = platform::Now().LocalDate();
    ++tomorrow.days;
    x = d.host.store.interactions.Find("x1");
    char expected[32];
    std::snprintf(expected, sizeof expected, "%sT10:00", tomorrow.Format().c_str());
    CHECK(x->at == Local(expected));

    // Cancel (the button at the bottom) drops the edits.
    d.host.store.ClearDirty();
    OpenActivityEditor(d.host.ui, *x);
    d.Frame(2);
    d.Retype("Subject", "Другая тема");
    d.Click("Cancel");
    CHECK_FALSE(d.host.ui.activity.open);
    CHECK_FALSE(d.host.store.HasChanges());
    CHECK(d.host.store.interactions.Find("x1")->subject == "Обсудить продление");

    // Cancel activity: it will not happen.
    OpenActivityEditor(d.host.ui, *d.host.store.interactions.Find("x1"));
    d.Frame(2);
    d.Click("Cancel activity");
    CHECK_FALSE(d.host.ui.activity.open);
    CHECK(d.host.store.interactions.Find("x1")->status == InteractionStatus::Cancelled);

    // A cancelled one can be rescheduled: planned again.
    OpenActivityEditor(d.host.ui, *d.host.store.interactions.Find("x1"));
    d.Frame(2);
    CHECK_FALSE(UiHarness::Has("Mark done"));
    d.Click("Reschedule");
    d.Click("+1 day");
    d.Click("Save");
    CHECK(d.host.store.interactions.Find("x1")->status == InteractionStatus::Planned);
    CHECK(d.host.store.interactions.Find("x1")->at.utc_ms == Local(expected).utc_ms + 86400000LL);
}

TEST_CASE("activity: send an e-mail records it and opens mailto with the subject encoded") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    d.Frame(2);
    const int before = nt::LastUrl().count;

    d.Click("E-mail");
    CHECK(UiHarness::Has("The e-mail goes to petrov@romashka.ru"));
    d.Click("Subject");
    d.Type("Счёт на оплату №5");
    d.Click("Text");
    d.Type("Добрый день!");
    d.Key(ImGuiKey_Enter);
    d.Type("Счёт во вложении.");
    d.Click("Save and write the e-mail");

    CHECK(nt::LastUrl().count == before + 1);
    const std::string& url = nt::LastUrl().name;
    CHECK(url.rfind("mailto:petrov@romashka.ru?subject=%D0%A1%D1%87%D1%91%D1%82%20%D0%BD%D0%B0%20", 0) == 0);
    CHECK(url.find("%E2%84%965") != std::string::npos);  // №5
    CHECK(url.find("&body=%D0%94%D0%BE%D0%B1%D1%80%D1%8B%D0%B9%20%D0%B4%D0%B5%D0%BD%D1%8C%21%0D%0A") !=
          std::string::npos);
    CHECK(url == MailtoUrl("petrov@romashka.ru", "Счёт на оплату №5", "Добрый день!\nСчёт во вложении."));
    const Interaction* x = d.Only();
    REQUIRE(x != nullptr);
    CHECK(x->type == InteractionType::Email);
    CHECK(x->direction == Direction::Out);
    CHECK(x->status == InteractionStatus::Done);
    CHECK(x->contact_id == "k1");
    CHECK(x->subject == "Счёт на оплату №5");

    // A contact without an address: the client's first e-mail.
    d.Click("E-mail");
    d.Click("Contact");
    d.Click("Сидорова Анна");
    CHECK(UiHarness::Has("The e-mail goes to info@romashka.ru"));
    d.Click("Subject");
    d.Type("Акт");
    d.Click("Save and write the e-mail");
    CHECK(nt::LastUrl().name == "mailto:info@romashka.ru?subject=%D0%90%D0%BA%D1%82");

    // No address at all: said in the editor; the mail program opens without a recipient.
    d.host.client_id = "c2";
    d.Frame(2);
    d.Click("E-mail");
    CHECK(UiHarness::Has("Neither the contact nor the client has an e-mail address: the message opens without a "
                         "recipient."));
    d.Click("Subject");
    d.Type("Hello");
    d.Click("Save and write the e-mail");
    CHECK(nt::LastUrl().name == "mailto:?subject=Hello");
    CHECK(d.host.store.interactions.size() == 3);

    // Turned into a letter before saving: recorded, no mail program.
    const int sent = nt::LastUrl().count;
    d.Click("E-mail");
    d.Click("Type");
    d.Click("Letter");
    CHECK_FALSE(UiHarness::Has("Save and write the e-mail"));
    d.Click("Save");
    CHECK(nt::LastUrl().count == sent);
    CHECK(d.host.store.interactions.size() == 4);
}

TEST_CASE("activity: files are attached through the picker, refused over the limits, opened") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    d.Frame(2);
    d.Click("Note");
    CHECK(UiHarness::Has("Attach file…"));
    d.Click("Attach file…");
    REQUIRE(nt::PickerOpen());
    const std::string bytes = Binary(3000);
    REQUIRE(nt::DeliverPick("акт сверки.pdf", "application/pdf", bytes));
    d.Frame(2);
    REQUIRE(d.host.ui.activity.draft.attachments.size() == 1);
    CHECK(d.host.store.interactions.empty());  // kept in the editor until Save

    // Over 5 MB: refused with the name and size; nothing added.
    d.Click("Attach file…");
    REQUIRE(nt::DeliverPick("видео.mp4", "video/mp4", std::string(7 * 1024 * 1024 + 300 * 1024, 'x')));
    d.Frame(2);
    CHECK(UiHarness::Has("“видео.mp4” is 7.3 MB: files up to 5 MB can be attached."));
    CHECK(d.host.ui.activity.draft.attachments.size() == 1);

    d.Click("Subject");
    d.Type("Акт сверки");
    d.Click("Save");
    const Interaction* x = d.Only();
    REQUIRE(x != nullptr);
    REQUIRE(x->attachments.size() == 1);
    const Attachment& a = x->attachments[0];
    CHECK(a.name == "акт сверки.pdf");
    CHECK(a.mime == "application/pdf");
    CHECK(a.size == 3000);
    CHECK(a.data == Base64Encode(bytes));
    std::string decoded;
    CHECK(Base64Decode(a.data, decoded));
    CHECK(decoded == bytes);

    // Open and Download hand the decoded bytes to the browser.
    OpenActivityEditor(d.host.ui, *x);
    d.Frame(2);
    const int opened = nt::LastOpenFile().count, downloaded = nt::LastDownload().count;
    d.Click("Open");
    CHECK(nt::LastOpenFile().count == opened + 1);
    CHECK(nt::LastOpenFile().name == "акт сверки.pdf");
    CHECK(nt::LastOpenFile().mime == "application/pdf");
    CHECK(nt::LastOpenFile().bytes == bytes);
    d.Click("Download");
    CHECK(nt::LastDownload().count == downloaded + 1);
    CHECK(nt::LastDownload().bytes == bytes);

    // The total per activity: 20 MB.
    for (int i = 0; i < 3; ++i) {
        d.Click("Attach file…");
        REQUIRE(nt::DeliverPick("скан.tif", "image/tiff", std::string(kMaxAttachmentBytes, 'a')));
        d.Frame(2);
    }
    CHECK(d.host.ui.activity.draft.attachments.size() == 4);
    d.Click("Attach file…");
    REQUIRE(nt::DeliverPick("ещё.txt", "text/plain", std::string(kMaxAttachmentBytes, 'b')));
    d.Frame(2);
    CHECK(d.host.ui.activity.draft.attachments.size() == 4);
    CHECK(UiHarness::Has("“ещё.txt” (5 MB) does not fit: the files of one activity take up to 20 MB in all, 15 MB "
                         "are attached already."));

    // Remove takes a file off (written by Save).
    d.Click("Remove");
    CHECK(d.host.ui.activity.draft.attachments.size() == 3);
    CHECK(d.host.store.interactions.Find(x->id)->attachments.size() == 1);
    d.Click("Save");
    REQUIRE(d.Only() != nullptr);
    CHECK(d.Only()->attachments.size() == 3);
    for (const Attachment& f : d.Only()->attachments) CHECK(f.name == "скан.tif");
}

TEST_CASE("activity: a file that arrives after its editor moved on is dropped") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    d.host.store.interactions.Upsert(PlannedCall());
    d.Frame(2);
    d.Click("Note");
    d.Click("Attach file…");
    REQUIRE(nt::PickerOpen());
    d.Click("Cancel");  // the user gives up while the picker is still open
    OpenActivityEditor(d.host.ui, *d.host.store.interactions.Find("x1"));
    d.Frame(2);
    REQUIRE(nt::DeliverPick("поздний.txt", "text/plain", "late"));
    d.Frame(2);
    CHECK(d.host.ui.activity.draft.attachments.empty());
    d.Click("Save");
    CHECK(d.host.store.interactions.Find("x1")->attachments.empty());
    CHECK(d.host.store.interactions.size() == 1);
}

TEST_CASE("activity: no contract in force is warned when serving, not otherwise") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    const char* warning = "No contract in force: check before serving";
    d.Frame(2);
    for (const char* button : {"Incoming call", "Call", "Meeting", "Task"}) {
        CAPTURE(button);
        d.host.client_id = "c1";  // an open-ended active contract
        d.Frame(2);
        d.Click(button);
        CHECK(d.host.ui.activity.open);
        CHECK_FALSE(UiHarness::Has(warning));
        d.Click("Cancel");
        d.host.client_id = "c2";  // only an expired one
        d.Frame(2);
        d.Click(button);
        CHECK(UiHarness::Has(warning));
        d.Click("Cancel");
    }
    // Saving is still allowed: an incoming call is logged done, now, incoming.
    d.Click("Incoming call");
    CHECK(UiHarness::Has(warning));
    CHECK(UiHarness::Has("Duration, min"));
    d.Retype("Duration, min", "7");
    d.Click("Save");
    REQUIRE(d.Only() != nullptr);
    CHECK(d.Only()->client_id == "c2");
    CHECK(d.Only()->type == InteractionType::Call);
    CHECK(d.Only()->direction == Direction::In);
    CHECK(d.Only()->status == InteractionStatus::Done);
    CHECK(d.Only()->duration_min == 7);
    CHECK(d.Only()->at.utc_ms <= platform::Now().utc_ms);
    CHECK(platform::Now().utc_ms - d.Only()->at.utc_ms < 5 * 60 * 1000);

    // A contract that starts tomorrow is not in force today.
    Contract later = *d.host.store.contracts.Find("d2");
    later.valid_from = platform::Now().LocalDate();
    ++later.valid_from.days;
    later.valid_to = Date{};
    d.host.store.contracts.Upsert(later);
    d.Click("Note");
    CHECK(UiHarness::Has(warning));
    d.Click("Cancel");
    later.valid_from = platform::Now().LocalDate();  // from today: in force
    d.host.store.contracts.Upsert(later);
    d.Click("Note");
    CHECK_FALSE(UiHarness::Has(warning));
}

TEST_CASE("activity: read-only opens view-only and writes nothing") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    Interaction x = PlannedCall();
    Attachment a;
    a.name = "договор.docx";
    a.mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    a.data = Base64Encode("PK\x03\x04 docx");
    a.size = 9;
    x.attachments = {a};
    d.host.store.interactions.Upsert(x);
    d.host.store.ClearDirty();
    d.host.read_only = true;
    d.Frame(2);

    d.Click("Call");  // disabled
    CHECK_FALSE(d.host.ui.activity.open);

    OpenActivityEditor(d.host.ui, x);
    d.Frame(2);
    CHECK(UiHarness::Has("View only: this tab cannot make changes."));
    for (const char* absent : {"Save", "Mark done", "Reschedule", "Cancel activity", "Attach file…", "Remove"})
        CHECK_MESSAGE(!UiHarness::Has(absent), absent);
    d.Click("Subject");
    d.Type("изменено");
    CHECK(d.host.ui.activity.draft.subject == "Обсудить продление");
    const int opened = nt::LastOpenFile().count;
    d.Click("Open");  // reading is allowed
    CHECK(nt::LastOpenFile().count == opened + 1);
    CHECK(nt::LastOpenFile().bytes == "PK\x03\x04 docx");
    d.Click("Close");
    CHECK_FALSE(d.host.ui.activity.open);
    CHECK_FALSE(d.host.store.HasChanges());
}

TEST_CASE("activity: the Russian interface, dates typed the Russian way") {
    Clean clean;
    Driver d;
    Fill(d.host.store);
    SetCurrentLanguage(Lang::Ru);
    d.Frame(2);
    d.Click("Встреча");
    for (const char* label : {"Дата и время", "Статус", "Контактное лицо", "Ответственный", "Интерес", "Тема",
                              "Текст", "Прикрепить файл…", "Сохранить", "Отмена"})
        CHECK_MESSAGE(UiHarness::Has(label), label);
    // The suggested time is written the Russian way.
    const std::string& shown = d.host.ui.activity.when_text;
    REQUIRE(shown.size() == 16);
    CHECK(shown[2] == '.');
    CHECK(shown[5] == '.');
    d.Retype("Дата и время", "30.02.2026 10:00");
    CHECK(UiHarness::Has("Такого дня в календаре нет."));
    d.Retype("Дата и время", "05.03.2027 10:15");
    d.Click("Тема");
    d.Type("Демонстрация");
    d.Click("Сохранить");
    REQUIRE(d.Only() != nullptr);
    CHECK(d.Only()->type == InteractionType::Meeting);
    CHECK(d.Only()->direction == Direction::None);
    CHECK(d.Only()->at == Local("2027-03-05T10:15"));
}

TEST_CASE("activity: in the app, the timeline's buttons and rows open the editor") {
    Clean clean;
    UiHarness h;
    App app;
    Fill(app.store);
    app.ui.SelectClient("c1");
    app.ui.SelectTab(CardTab::Main);
    h.Frame(app, 3);
    h.Click(app, "Call");
    REQUIRE(app.ui.activity.open);
    h.Click(app, "Subject");
    h.Type(app, "Созвон по продлению");
    h.Click(app, "Save");
    REQUIRE(app.store.interactions.size() == 1);
    const std::string id = app.store.interactions[0].id;
    CHECK(app.store.interactions[0].status == InteractionStatus::Planned);
    h.Frame(app, 2);
    h.Click(app, "Созвон по продлению");  // its timeline row
    REQUIRE(app.ui.activity.open);
    CHECK(app.ui.activity.draft.id == id);
    h.Click(app, "Cancel activity");
    CHECK_FALSE(app.ui.activity.open);
    CHECK(app.store.interactions.Find(id)->status == InteractionStatus::Cancelled);
}
