// The client list search and quick filters (src/ui/client_filter.h), without drawing:
// Cyrillic folding with ё = е, phones in any format, e-mail, contact persons, several
// words, the ranking and the matched field, every quick filter and their combinations,
// incremental updates after edits, and 100k generated clients filtered correctly.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "model/types.h"
#include "ui/client_filter.h"

using namespace card;

namespace {

// 2026-11-27 12:00 Moscow time.
Moment Noon() { return *Moment::Parse("2026-11-27T12:00:00+03:00"); }

Client MakeClient(const std::string& id, const std::string& name, const std::string& legal = "",
                  const std::string& inn = "", std::vector<std::string> phones = {},
                  std::vector<std::string> emails = {}) {
    Client c;
    c.id = id;
    c.name = name;
    c.legal_name = legal;
    c.inn = inn;
    c.phones = std::move(phones);
    c.emails = std::move(emails);
    return c;
}

Contact MakeContact(const std::string& id, const std::string& client, const std::string& name) {
    Contact c;
    c.id = id;
    c.client_id = client;
    c.name = name;
    return c;
}

struct Fx {
    Store s;
    UiState ui;
    Moment now = Noon();

    std::vector<std::string> Find(const std::string& q) {
        ui.search = q;
        UpdateClientList(s, ui, now);
        return Ids();
    }
    std::vector<std::string> Ids() const {
        std::vector<std::string> out;
        for (uint32_t pos : ui.list.visible) out.push_back(s.clients[pos].id);
        return out;
    }
    const ClientMatch& MatchOf(const std::string& id) const {
        for (size_t i = 0; i < ui.list.visible.size(); ++i)
            if (s.clients[ui.list.visible[i]].id == id) return ui.list.matches[i];
        FAIL("not in the list: " << id);
        static ClientMatch none;
        return none;
    }
    std::string Highlighted(const std::string& id, const std::string& shown) {
        size_t from = 0, len = 0;
        if (!FindMatchInShown(ui, MatchOf(id), shown, from, len)) return "";
        return shown.substr(from, len);
    }
};

using Ids = std::vector<std::string>;

void FillCompanies(Store& s) {
    s.clients.Upsert(MakeClient("ts", "ООО «ТехноСтрой»", "Общество с ограниченной ответственностью «ТехноСтрой»",
                                "7714123459", {"+7 (495) 123-45-67", "8 (916) 700-45-12"},
                                {"info@technostroy.example", "buh@technostroy.example"}));
    s.clients.Upsert(MakeClient("sv", "ООО «Северный ветер»", "Общество «Северный ветер»", "7802148766",
                                {"+7 812 309-55-10 доб. 12"}, {"office@sev-veter.example"}));
    s.clients.Upsert(MakeClient("kuz", "ИП Кузнецов А. П.", "Индивидуальный предприниматель Кузнецов Андрей Петрович",
                                "502412345682", {"8 903 555-12-34"}, {"kuznetsov.ap@mail.example"}));
    s.clients.Upsert(MakeClient("elka", "Ёлка-Палка", "", "", {"+375 29 123-45-67"}, {}));
    s.clients.Upsert(MakeClient("lat", "Romashka Ltd", "ROMASHKA LIMITED", "", {}, {"Sales@Romashka.example"}));
    s.contacts.Upsert(MakeContact("c1", "ts", "Белова Наталья Сергеевна"));
    s.contacts.Upsert(MakeContact("c2", "ts", "Волков Игорь Николаевич"));
    s.contacts.Upsert(MakeContact("c3", "sv", "Морозов Кирилл Евгеньевич"));
    s.contacts.Upsert(MakeContact("c4", "ghost", "Белова Без Клиента"));  // its client is missing
}

}  // namespace

TEST_CASE("search: Cyrillic and Latin in any case, ё as е") {
    Fx f;
    FillCompanies(f.s);
    CHECK(f.Find("СЕВЕРНЫЙ") == Ids{"sv"});
    CHECK(f.Find("северный") == Ids{"sv"});
    CHECK(f.Find("елка") == Ids{"elka"});
    CHECK(f.Find("ЁЛКА") == Ids{"elka"});
    CHECK(f.Find("romashka") == Ids{"lat"});
    CHECK(f.Find("  ROMASHKA  ") == Ids{"lat"});
    CHECK(f.Find("кузнецов андрей") == Ids{"kuz"});  // the legal name carries both words
    CHECK(f.Find("нет такого").empty());
    CHECK(f.Find("").size() == 5);
    CHECK(f.Find("   ").size() == 5);
}

TEST_CASE("search: a phone in any format, with 8 / +7 prefixes") {
    Fx f;
    FillCompanies(f.s);
    for (const char* q : {"8 495 123", "+7495123", "4951234567", "8 (495) 123-45-67", "+7 495 123 45 67",
                          "74951234567", "495-123"}) {
        CAPTURE(q);
        REQUIRE(f.Find(q) == Ids{"ts"});
        CHECK(f.MatchOf("ts").field == ClientMatchField::Phone);
        CHECK(f.MatchOf("ts").item == 0);
    }
    // The second phone, by its 8-prefixed national form.
    CHECK(f.Find("8 916 700") == Ids{"ts"});
    CHECK(f.MatchOf("ts").item == 1);
    CHECK(f.MatchOf("ts").rank == kRankNumberPrefix);
    // An extension does not hide the number; another country's number by its own digits.
    CHECK(f.Find("8 812 309 55") == Ids{"sv"});
    CHECK(f.Find("+375 29 123") == Ids{"elka"});
    // Digits in the middle of a number (or of an INN) find it too, in name order.
    CHECK(f.Find("123-45-67") == Ids{"elka", "ts"});
    CHECK(f.MatchOf("ts").field == ClientMatchField::Phone);
    CHECK(f.Find("123-45") == Ids{"elka", "kuz", "ts"});  // Кузнецов by his INN 5024[12345]682
    CHECK(f.MatchOf("kuz").field == ClientMatchField::Inn);
    CHECK(f.MatchOf("ts").rank == kRankNumberContains);
    CHECK(f.Find("8 496 123").empty());
    // The part to mark in the number as written.
    f.Find("8 495 123");
    CHECK(f.Highlighted("ts", "+7 (495) 123-45-67") == "495) 123");
    f.Find("123-45-67");
    CHECK(f.Highlighted("ts", "+7 (495) 123-45-67") == "123-45-67");
    f.Find("123-45");  // «ТехноСтрой» by its INN 7714[12345]9 as well: the INN is shown
    CHECK(f.MatchOf("ts").field == ClientMatchField::Inn);
    CHECK(f.Highlighted("ts", "7714123459") == "12345");
    f.Find("+7495");
    CHECK(f.Highlighted("ts", "+7 (495) 123-45-67") == "495");
    f.Find("8 903 555");
    CHECK(f.Highlighted("kuz", "8 903 555-12-34") == "903 555");
}

TEST_CASE("search: INN, e-mail and contact persons, with the matched field") {
    Fx f;
    FillCompanies(f.s);
    CHECK(f.Find("7714123459") == Ids{"ts"});
    CHECK(f.MatchOf("ts").field == ClientMatchField::Inn);
    CHECK(f.MatchOf("ts").rank == kRankNumberPrefix);
    CHECK(f.Find("123459") == Ids{"ts"});
    CHECK(f.MatchOf("ts").rank == kRankNumberContains);
    CHECK(f.Highlighted("ts", "7714123459") == "123459");

    CHECK(f.Find("buh@tech") == Ids{"ts"});
    CHECK(f.MatchOf("ts").field == ClientMatchField::Email);
    CHECK(f.MatchOf("ts").item == 1);
    CHECK(f.Find("SALES@") == Ids{"lat"});  // e-mails fold too
    CHECK(f.Highlighted("lat", "Sales@Romashka.example") == "Sales@");

    CHECK(f.Find("белова") == Ids{"ts"});  // the contact of a missing client finds nothing
    const ClientMatch& m = f.MatchOf("ts");
    CHECK(m.field == ClientMatchField::Contact);
    REQUIRE(m.item < f.s.contacts.size());
    CHECK(f.s.contacts[m.item].id == "c1");
    CHECK(f.Highlighted("ts", "Белова Н. С.") == "Белова");
    CHECK(f.Find("МОРОЗОВ") == Ids{"sv"});

    CHECK(f.Find("северный").size() == 1);
    CHECK(f.MatchOf("sv").field == ClientMatchField::Name);
    CHECK(f.Find("общество").size() == 2);
    CHECK(f.MatchOf("sv").field == ClientMatchField::LegalName);
}

TEST_CASE("search: every word must match, in any field") {
    Fx f;
    FillCompanies(f.s);
    f.s.clients.Upsert(MakeClient("ts2", "ТехноСтрой-Монтаж"));
    CHECK(f.Find("техно белова") == Ids{"ts"});  // name + contact
    CHECK(f.MatchOf("ts").field == ClientMatchField::Contact);  // the weakest word is shown
    CHECK(f.Find("белова техно") == Ids{"ts"});
    CHECK(f.Find("техно info@") == Ids{"ts"});
    CHECK(f.Find("техно монтаж") == Ids{"ts2"});
    CHECK(f.Find("техно волков белова") == Ids{"ts"});
    CHECK(f.Find("техно морозов").empty());
    CHECK(f.Find("северный ветер") == Ids{"sv"});
    CHECK(f.MatchOf("sv").field == ClientMatchField::Name);
    CHECK(f.Find("ветер 7802") == Ids{"sv"});
    CHECK(f.MatchOf("sv").field == ClientMatchField::Inn);
}

TEST_CASE("search: best matches first, ties by name") {
    Fx f;
    Store& s = f.s;
    s.clients.Upsert(MakeClient("contains", "Техностройка"));
    s.clients.Upsert(MakeClient("legal", "Бета", "ООО «Стройбета»"));
    s.clients.Upsert(MakeClient("word2", "Альфа Строй"));
    s.clients.Upsert(MakeClient("start2", "Стройматериалы"));
    s.clients.Upsert(MakeClient("start1", "строй-М"));
    s.clients.Upsert(MakeClient("word1", "Альфа «Строймаш»"));
    s.clients.Upsert(MakeClient("contact", "Гамма"));
    s.clients.Upsert(MakeClient("mail", "Дельта", "", "", {}, {"строй@дельта.рф"}));
    s.clients.Upsert(MakeClient("none", "Омега"));
    s.contacts.Upsert(MakeContact("k", "contact", "Стройнова Анна"));
    CHECK(f.Find("строй") == Ids{"start1", "start2", "word1", "word2", "contains", "legal", "mail", "contact"});
    const int expected_ranks[] = {0, 0, 1, 1, 2, 3, 6, 7};
    for (size_t i = 0; i < 8; ++i) CHECK(f.ui.list.matches[i].rank == expected_ranks[i]);

    Fx g;
    g.s.clients.Upsert(MakeClient("mail", "Аа", "", "", {}, {"x12345@a.example"}));
    g.s.clients.Upsert(MakeClient("phone", "Бб", "", "", {"+7 495 123-45-67"}));
    g.s.clients.Upsert(MakeClient("inn", "Вв", "", "1234567890"));
    g.s.clients.Upsert(MakeClient("name", "Офис 12345"));
    g.s.clients.Upsert(MakeClient("phone_start", "Гг", "", "", {"8 (123) 456-78-90"}));
    CHECK(g.Find("12345") == Ids{"name", "inn", "phone_start", "phone", "mail"});
    CHECK(g.MatchOf("name").field == ClientMatchField::Name);
    CHECK(g.MatchOf("inn").field == ClientMatchField::Inn);
    CHECK(g.MatchOf("phone").field == ClientMatchField::Phone);
    CHECK(g.MatchOf("mail").field == ClientMatchField::Email);
}

TEST_CASE("quick filters: each one, combined with each other and with the search") {
    Fx f;
    Store& s = f.s;
    auto add = [&](const char* id, const char* name, ClientStatus st, const char* segment, const char* resp,
                   bool needs_update) {
        Client c = MakeClient(id, name);
        c.status = st;
        c.segment = segment;
        if (*resp) c.responsibles.push_back(Responsible{resp, ResponsibleRole::SalesManager, ""});
        Infobase ib;
        ib.name = "ERP";
        ib.needs_update = needs_update;
        c.infobases.push_back(ib);
        s.clients.Upsert(c);
    };
    add("a", "Альфа", ClientStatus::Active, "Крупный бизнес", "orlova", true);
    add("b", "Бета", ClientStatus::Prospect, "Малый бизнес", "lebedev", false);
    add("c", "Вега", ClientStatus::Former, "Крупный бизнес", "", false);
    add("d", "Гамма", ClientStatus::Active, "", "lebedev", false);
    Employee e1{"orlova", "Орлова Мария Игоревна", "", "", "", "", ""};
    Employee e2{"lebedev", "Лебедев Павел", "", "", "", "", ""};
    s.employees.Upsert(e1);
    s.employees.Upsert(e2);
    auto contract = [&](const char* id, const char* client, ContractStatus st, const char* from, const char* to) {
        Contract k;
        k.id = id;
        k.client_id = client;
        k.status = st;
        k.valid_from = *Date::Parse(from);
        if (*to) k.valid_to = *Date::Parse(to);
        s.contracts.Upsert(k);
    };
    contract("k1", "a", ContractStatus::Active, "2026-01-01", "2026-12-31");  // in force
    contract("k2", "b", ContractStatus::Active, "2025-01-01", "2026-11-26");  // ended yesterday
    contract("k3", "c", ContractStatus::Draft, "2026-01-01", "");             // a draft is not in force
    contract("k4", "d", ContractStatus::Active, "2026-11-27", "");            // from today, open-ended
    auto activity = [&](const char* id, const char* client, InteractionStatus st, const char* at) {
        Interaction x;
        x.id = id;
        x.client_id = client;
        x.status = st;
        x.at = *Moment::Parse(at);
        s.interactions.Upsert(x);
    };
    activity("x1", "a", InteractionStatus::Planned, "2026-11-27T11:59:00+03:00");  // a minute ago
    activity("x2", "b", InteractionStatus::Planned, "2026-11-27T12:30:00+03:00");  // later today
    activity("x3", "c", InteractionStatus::Done, "2026-11-01T10:00:00+03:00");     // done
    activity("x4", "d", InteractionStatus::Cancelled, "2026-11-01T10:00:00+03:00");

    ClientQuickFilter& q = f.ui.list.filter;
    CHECK(f.Find("") == Ids{"a", "b", "c", "d"});
    q.status_mask = 1u << static_cast<unsigned>(ClientStatus::Active);
    CHECK(f.Find("") == Ids{"a", "d"});
    q.status_mask |= 1u << static_cast<unsigned>(ClientStatus::Former);
    CHECK(f.Find("") == Ids{"a", "c", "d"});
    q = ClientQuickFilter{};
    q.segment = "Крупный бизнес";
    CHECK(f.Find("") == Ids{"a", "c"});
    q = ClientQuickFilter{};
    q.responsible_id = "lebedev";
    CHECK(f.Find("") == Ids{"b", "d"});
    q = ClientQuickFilter{};
    q.no_contract = true;
    CHECK(f.Find("") == Ids{"b", "c"});
    q = ClientQuickFilter{};
    q.needs_update = true;
    CHECK(f.Find("") == Ids{"a"});
    q = ClientQuickFilter{};
    q.overdue = true;
    CHECK(f.Find("") == Ids{"a"});
    // Combinations, and with the search text.
    q = ClientQuickFilter{};
    q.no_contract = true;
    q.responsible_id = "lebedev";
    CHECK(q.Count() == 2);
    CHECK(f.Find("") == Ids{"b"});
    CHECK(f.Find("вега").empty());
    q.responsible_id.clear();
    CHECK(f.Find("вега") == Ids{"c"});
    q.segment = "Крупный бизнес";
    q.status_mask = 1u << static_cast<unsigned>(ClientStatus::Former);
    CHECK(f.Find("") == Ids{"c"});
    q = ClientQuickFilter{};
    CHECK(!q.Any());
    CHECK(f.Find("") == Ids{"a", "b", "c", "d"});

    // Time passes: at 12:31 Бета's activity is overdue too (the flags follow the minute).
    q.overdue = true;
    CHECK(f.Find("") == Ids{"a"});
    f.now = *Moment::Parse("2026-11-27T12:31:00+03:00");
    UpdateClientList(s, f.ui, f.now);
    CHECK(f.Ids() == Ids{"a", "b"});
    // The next day Бета's contract... it ended already; Альфа's is still in force.
    q = ClientQuickFilter{};
    q.no_contract = true;
    f.now = *Moment::Parse("2027-01-01T09:00:00+03:00");  // Альфа's contract ended on 2026-12-31
    CHECK(f.Find("") == Ids{"a", "b", "c"});

    // The values in use for the popup's choices.
    UpdateQuickFilterChoices(s, f.ui);
    CHECK(f.ui.list.segments == std::vector<std::string>{"Крупный бизнес", "Малый бизнес"});
    CHECK(f.ui.list.responsible_ids == std::vector<std::string>{"lebedev", "orlova"});  // Лебедев before Орлова
}

TEST_CASE("quick filters follow contracts and interactions, not every frame") {
    Fx f;
    Store& s = f.s;
    for (const char* id : {"a", "b", "c"}) s.clients.Upsert(MakeClient(id, std::string("Клиент ") + id));
    f.ui.list.filter.no_contract = true;
    CHECK(f.Find("") == Ids{"a", "b", "c"});
    const uint64_t runs = f.ui.list.filter_runs;
    for (int i = 0; i < 100; ++i) UpdateClientList(s, f.ui, f.now);  // idle frames
    CHECK(f.ui.list.filter_runs == runs);
    Contract k;
    k.id = "k";
    k.client_id = "b";
    k.status = ContractStatus::Active;
    s.contracts.Upsert(k);  // no dates: in force
    UpdateClientList(s, f.ui, f.now);
    CHECK(f.Ids() == Ids{"a", "c"});
    CHECK(f.ui.list.filter_runs == runs + 1);
    // The selected client stays in place when its own contract takes it out of the filter,
    // until the filter or the search changes.
    f.ui.selected_id = "c";
    k.id = "k2";
    k.client_id = "c";
    s.contracts.Upsert(k);
    UpdateClientList(s, f.ui, f.now);
    CHECK(f.Ids() == Ids{"a", "c"});
    f.ui.list.filter.overdue = true;
    f.ui.list.filter.overdue = false;  // same filter: nothing to do
    UpdateClientList(s, f.ui, f.now);
    CHECK(f.Ids() == Ids{"a", "c"});
    CHECK(f.Find("клиент") == Ids{"a"});
    // A contract change while the filter is off costs nothing.
    f.ui.list.filter.no_contract = false;
    CHECK(f.Find("") == Ids{"a", "b", "c"});
    const uint64_t runs2 = f.ui.list.filter_runs;
    s.contracts.Remove("k");
    UpdateClientList(s, f.ui, f.now);
    CHECK(f.ui.list.filter_runs == runs2);
}

TEST_CASE("search: incremental updates after edits") {
    Fx f;
    FillCompanies(f.s);
    // An edit the interface reports: the new phone is found.
    Client c = *f.s.clients.Find("kuz");
    c.phones.push_back("+7 (921) 640-00-18");
    f.s.clients.Upsert(c);
    NoteClientEdited(f.s, f.ui, "kuz");
    CHECK(f.Find("921 640") == Ids{"kuz"});
    // An edit of the selected client found without a report (the card edits it).
    f.ui.selected_id = "sv";
    c = *f.s.clients.Find("sv");
    c.name = "ООО «Петров и партнёры»";
    c.emails = {"petrov@example.org"};
    f.s.clients.Upsert(c);
    UpdateClientList(f.s, f.ui, f.now);
    CHECK(f.Find("ПЕТРОВ И ПАРТНЕРЫ") == Ids{"sv"});
    CHECK(f.Find("petrov@") == Ids{"sv"});
    // A new contact is found as soon as the contacts change, even with the same query.
    CHECK(f.Find("громов").empty());
    f.s.contacts.Upsert(MakeContact("c9", "kuz", "Громов Денис Андреевич"));
    UpdateClientList(f.s, f.ui, f.now);
    CHECK(f.Ids() == Ids{"kuz"});
    // A renamed contact is no longer found (the selected client would stay in place).
    Contact k = *f.s.contacts.Find("c9");
    k.name = "Громова Дарья";
    f.s.contacts.Upsert(k);
    CHECK(f.Find("громов д") == Ids{"kuz"});
    CHECK(f.Find("денис").empty());
    // A client added by the interface is found at once.
    f.s.clients.Upsert(MakeClient("new", "Новый клиент", "", "", {"8 800 100-20-30"}));
    NoteClientAdded(f.s, f.ui, static_cast<uint32_t>(f.s.clients.size() - 1));
    CHECK(f.Find("8800100") == Ids{"new"});
}

TEST_CASE("100k generated clients and 300k contacts filter correctly") {
    Fx f;
    Store& s = f.s;
    const int n = 100000;
    s.clients.Reserve(n);
    s.contacts.Reserve(3 * n);
    const char* words[] = {"Ромашка", "Лютик", "Астра", "Василёк", "Тюльпан", "Гвоздика", "Fialka", "Роза"};
    const char* surnames[] = {"Белова", "Иванов", "Петрова", "Сидоров", "Кузнецова", "Орлов"};
    char phone[64], inn[32], mail[64];
    for (int i = 0; i < n; ++i) {
        const std::string id = std::to_string(i);
        std::snprintf(phone, sizeof phone, "8 (%03d) %03d-%02d-%02d", 900 + i % 100, i / 10000, (i / 100) % 100, i % 100);
        std::snprintf(inn, sizeof inn, "77%08d", i);
        std::snprintf(mail, sizeof mail, "office%d@firm%d.example", i, i % 97);
        Client c = MakeClient(id, std::string(words[i % 8]) + " " + id, "ООО «" + std::string(words[i % 8]) + "»",
                              inn, {phone}, {mail});
        c.status = static_cast<ClientStatus>(i % 3);
        s.clients.Upsert(std::move(c));
        for (int k = 0; k < 3; ++k)
            s.contacts.Upsert(MakeContact(id + "-" + std::to_string(k), id,
                                          std::string(surnames[(i + k) % 6]) + " " + std::to_string(i % 1000)));
    }
    // A phone typed as +7 9xx ...: exactly the clients with that area code and prefix.
    Ids got = f.Find("+7 (912) 003");
    Ids want;
    for (int i = 0; i < n; ++i)
        if (i % 100 == 12 && i / 10000 == 3) want.push_back(std::to_string(i));
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    CHECK(got == want);
    CHECK(!got.empty());
    // An INN exactly.
    CHECK(f.Find("7700054321") == Ids{"54321"});
    // A contact surname and a number in the contact's name, with a status filter.
    f.ui.list.filter.status_mask = 1u << static_cast<unsigned>(ClientStatus::Former);
    got = f.Find("белова 777");
    want.clear();
    for (int i = 0; i < n; ++i) {
        if (i % 3 != 2 || i % 1000 != 777) continue;
        bool belova = false;
        for (int k = 0; k < 3; ++k) belova = belova || (i + k) % 6 == 0;
        // "777" is also in the name/INN/phone/e-mail of some clients; those match via Белова only.
        if (belova) want.push_back(std::to_string(i));
    }
    std::sort(got.begin(), got.end());
    // Every result has a Белова; every Белова with 777 in its contact name is there.
    for (const std::string& id : want) CHECK(std::binary_search(got.begin(), got.end(), id));
    for (const std::string& id : got) {
        const int i = std::stoi(id);
        CHECK(i % 3 == 2);
        bool belova = false;
        for (int k = 0; k < 3; ++k) belova = belova || (i + k) % 6 == 0;
        CHECK(belova);
    }
    // E-mail domain: every 97th client, ranked after nothing else (e-mail only).
    f.ui.list.filter = ClientQuickFilter{};
    got = f.Find("@firm5.example");
    CHECK(got.size() == static_cast<size_t>((n - 5 + 96) / 97));
    for (const ClientMatch& m : f.ui.list.matches) CHECK(m.field == ClientMatchField::Email);
}

namespace {

// The list a cache built from scratch shows for `query` (a full pass, no narrowing).
std::vector<std::string> FreshResult(const Store& s, const std::string& query, const Moment& now,
                                     std::vector<ClientMatch>* matches = nullptr) {
    UiState ui;
    ui.search = query;
    UpdateClientList(s, ui, now);
    std::vector<std::string> out;
    for (uint32_t pos : ui.list.visible) out.push_back(s.clients[pos].id);
    if (matches) *matches = ui.list.matches;
    return out;
}

bool SameMatches(const std::vector<ClientMatch>& a, const std::vector<ClientMatch>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].field != b[i].field || a[i].rank != b[i].rank || a[i].term != b[i].term || a[i].item != b[i].item)
            return false;
    return true;
}

}  // namespace

TEST_CASE("search: typing on (only the last results looked at) finds what a fresh search finds") {
    Fx f;
    FillCompanies(f.s);
    // More clients, so that the terms narrow among many: names, INNs, phones, contacts.
    const char* names[] = {"ООО «Ромашка»", "АО «Техносервис»", "ИП Белов", "ООО «Северная звезда»", "Romashka Trade",
                           "ЗАО «Волков и сыновья»", "ООО «Ёлочка»", "ПАО «Морозко»"};
    for (int i = 0; i < 300; ++i) {
        const std::string id = "g" + std::to_string(i);
        char inn[16], phone[32];
        std::snprintf(inn, sizeof inn, "77%08d", i * 7919 % 100000000);
        std::snprintf(phone, sizeof phone, "+7 (495) %03d-%02d-%02d", 100 + i % 50, i % 97, i % 89);
        f.s.clients.Upsert(MakeClient(id, std::string(names[i % 8]) + " " + std::to_string(i), "", inn, {phone},
                                      {"mail" + std::to_string(i % 13) + "@firm.example"}));
        f.s.contacts.Upsert(MakeContact("k" + id, id, i % 3 ? "Белова Наталья" : "Волков Игорь Петрович"));
    }
    const char* queries[] = {"ромашка 1",     "ооо «север",      "7700",           "8 495 1",      "+7 (495) 12",
                             "8 (495) 103-1", "белова н",        "волков игорь п", "mail1@",       "romash",
                             "ёлочка",        "ооо  ромашка  2", "123",            "техно 2 белова", "г"};
    for (const char* q : queries) {
        CAPTURE(q);
        f.ui.search.clear();
        UpdateClientList(f.s, f.ui, f.now);
        const std::string query = q;
        for (size_t i = 1; i <= query.size(); ++i) {
            if (i < query.size() && (static_cast<unsigned char>(query[i]) & 0xC0) == 0x80) continue;  // whole letters
            const std::string typed = query.substr(0, i);
            CAPTURE(typed);
            std::vector<ClientMatch> fresh_matches;
            const std::vector<std::string> want = FreshResult(f.s, typed, f.now, &fresh_matches);
            CHECK(f.Find(typed) == want);
            CHECK(SameMatches(f.ui.list.matches, fresh_matches));
        }
    }
}

TEST_CASE("search: edits between keystrokes are seen by the next one") {
    Fx f;
    FillCompanies(f.s);
    CHECK(f.Find("ром") == FreshResult(f.s, "ром", f.now));
    // A client renamed (reported), then the query typed on: found with its new name.
    Client c = *f.s.clients.Find("kuz");
    c.name = "Ромашкин и Ко";
    f.s.clients.Upsert(c);
    NoteClientEdited(f.s, f.ui, "kuz");
    CHECK(f.Find("рома") == FreshResult(f.s, "рома", f.now));
    CHECK(f.Find("ромаш") == FreshResult(f.s, "ромаш", f.now));
    // A contact renamed: the next keystroke sees it.
    Contact k = *f.s.contacts.Find("c3");
    k.name = "Ромашов Пётр";
    f.s.contacts.Upsert(k);
    CHECK(f.Find("ромашо") == Ids{"sv"});
    // A quick filter set between keystrokes.
    f.ui.list.filter.status_mask = 1u << static_cast<unsigned>(ClientStatus::Former);
    CHECK(f.Find("ромашов").empty());
}
