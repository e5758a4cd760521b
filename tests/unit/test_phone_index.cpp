// The incoming-call index (model/phone_index.h): a number in any format finds its owner,
// extensions rank the right contact first, partial typing narrows by first and last
// digits, unknown numbers find nothing, and the index rebuilds only after a change.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "model/phone.h"
#include "model/phone_index.h"

using namespace card;

namespace {

Client MakeClient(const char* id, const char* name, std::vector<std::string> phones) {
    Client c;
    c.id = id;
    c.name = name;
    c.phones = std::move(phones);
    return c;
}

Contact MakeContact(const char* id, const char* client_id, const char* name, std::vector<std::string> phones) {
    Contact k;
    k.id = id;
    k.client_id = client_id;
    k.name = name;
    k.phones = std::move(phones);
    return k;
}

// «ТехноСтрой» with a main line whose contacts sit on extensions, a contact with a mobile,
// another client in St Petersburg, an employee, and a number saved without its area code.
Store MakeStore() {
    Store s;
    s.clients.Upsert(MakeClient("c1", "ТехноСтрой", {"+7 495 640-12-00", "8 (916) 700-45-12"}));
    s.clients.Upsert(MakeClient("c2", "Северный ветер", {"+7 (812) 309-55-10"}));
    s.clients.Upsert(MakeClient("c3", "Ромашка", {"123-45-67"}));  // no area code: not a full number
    s.contacts.Upsert(MakeContact("k1", "c1", "Волков Игорь", {"+7 495 640-12-00 доб. 100", "+7 903 123-45-67"}));
    s.contacts.Upsert(MakeContact("k2", "c1", "Белова Наталья", {"+7 495 640-12-00 доб. 214"}));
    s.contacts.Upsert(MakeContact("k3", "c2", "Морозов Кирилл", {"+7 921 640-00-18"}));
    s.contacts.Upsert(MakeContact("k4", "gone", "Сирота", {"+7 499 000-00-01"}));  // its client is missing
    Employee e;
    e.id = "e1";
    e.name = "Орлова Екатерина";
    e.phone = "+7 495 777-10-10 доб. 123";
    s.employees.Upsert(e);
    return s;
}

const PhoneMatch* Find(const PhoneLookup& r, const char* client, const char* contact = "") {
    for (const PhoneMatch& m : r.matches)
        if (m.client_id == client && m.contact_id == contact) return &m;
    return nullptr;
}

}  // namespace

TEST_CASE("phone index: the three formats and extensions find the same client") {
    Store s = MakeStore();
    PhoneIndex ix;
    CHECK(ix.Update(s));
    CHECK(ix.size() == 10);  // 3 + 1 (the local number, by its digits) + 5 contact numbers + 1 employee
    for (const char* text : {"8 (495) 640-12-00", "+7 495 6401200", "4956401200", " 7-495-640-12-00 ",
                             "8 495 640 12 00 ext 12", "+7 495 640-12-00 доб. 999"}) {
        CAPTURE(text);
        const PhoneLookup r = ix.Lookup(s, text);
        CHECK(r.complete);
        CHECK(r.e164 == "+74956401200");
        REQUIRE_FALSE(r.matches.empty());
        const PhoneMatch* client = Find(r, "c1");
        REQUIRE(client != nullptr);
        CHECK(client->kind == PhoneOwnerKind::Client);
        CHECK(client->exact());
        CHECK(client->phone == "+7 495 640-12-00");
        // Only «ТехноСтрой» and its people: nobody else has this number.
        for (const PhoneMatch& m : r.matches) CHECK(m.client_id == "c1");
    }
    // Without an extension: the client's own line first, then the contacts on it.
    const PhoneLookup plain = ix.Lookup(s, "8 (495) 640-12-00");
    REQUIRE(plain.matches.size() == 3);
    CHECK(plain.matches[0].kind == PhoneOwnerKind::Client);
    CHECK(plain.matches[1].contact_id == "k2");  // Белова before Волков: by name
    CHECK(plain.matches[2].contact_id == "k1");
    for (const PhoneMatch& m : plain.matches) CHECK(m.rank == PhoneMatchRank::Exact);
}

TEST_CASE("phone index: an extension puts its contact first") {
    Store s = MakeStore();
    PhoneIndex ix;
    ix.Update(s);
    for (const char* text : {"+7 495 640-12-00 доб. 214", "84956401200 ext. 214", "4956401200#214"}) {
        CAPTURE(text);
        const PhoneLookup r = ix.Lookup(s, text);
        CHECK(r.extension == "214");
        REQUIRE(r.matches.size() == 3);
        CHECK(r.matches[0].contact_id == "k2");
        CHECK(r.matches[0].rank == PhoneMatchRank::ExactExtension);
        CHECK(r.matches[1].kind == PhoneOwnerKind::Client);  // the main line, no extension
        CHECK(r.matches[1].rank == PhoneMatchRank::Exact);
        CHECK(r.matches[2].contact_id == "k1");
        CHECK(r.matches[2].rank == PhoneMatchRank::OtherExtension);
        CHECK(r.matches[2].exact());  // the same number all the same
    }
    // The extension being typed ("доб" without digits yet): the number is whole already.
    const PhoneLookup typing = ix.Lookup(s, "+7 495 640-12-00 доб");
    CHECK(typing.complete);
    CHECK(typing.matches.size() == 3);
}

TEST_CASE("phone index: a contact's number finds the contact and its client") {
    Store s = MakeStore();
    PhoneIndex ix;
    ix.Update(s);
    for (const char* text : {"+7 903 123-45-67", "8 (903) 123-45-67", "9031234567"}) {
        CAPTURE(text);
        const PhoneLookup r = ix.Lookup(s, text);
        REQUIRE(r.matches.size() == 1);
        CHECK(r.matches[0].kind == PhoneOwnerKind::Contact);
        CHECK(r.matches[0].contact_id == "k1");
        CHECK(r.matches[0].client_id == "c1");
        CHECK(r.matches[0].phone == "+7 903 123-45-67");
        CHECK(r.matches[0].exact());
    }
    // A second phone of the client itself.
    const PhoneLookup mobile = ix.Lookup(s, "89167004512");
    REQUIRE(mobile.matches.size() == 1);
    CHECK(mobile.matches[0].client_id == "c1");
    CHECK(mobile.matches[0].phone == "8 (916) 700-45-12");
    // An employee's number says it is ours.
    const PhoneLookup ours = ix.Lookup(s, "+7 495 777-10-10 доб. 123");
    REQUIRE(ours.matches.size() == 1);
    CHECK(ours.matches[0].kind == PhoneOwnerKind::Employee);
    CHECK(ours.matches[0].employee_id == "e1");
    CHECK(ours.matches[0].client_id.empty());
    // A contact whose client is gone is not offered (its card cannot be opened).
    CHECK(ix.Lookup(s, "+7 499 000-00-01").matches.empty());
}

TEST_CASE("phone index: unknown numbers and text that is no number") {
    Store s = MakeStore();
    PhoneIndex ix;
    ix.Update(s);
    const PhoneLookup r = ix.Lookup(s, "+7 495 640-12-01");
    CHECK(r.complete);
    CHECK(r.e164 == "+74956401201");
    CHECK(r.matches.empty());
    CHECK_FALSE(r.more);
    const PhoneLookup other = ix.Lookup(s, "+44 20 7946 0958");
    CHECK(other.complete);
    CHECK(other.matches.empty());
    const PhoneLookup empty = ix.Lookup(s, "   ");
    CHECK_FALSE(empty.complete);
    CHECK(empty.too_short);
    CHECK(empty.matches.empty());
    const PhoneLookup words = ix.Lookup(s, "Ромашка");
    CHECK(words.too_short);
    CHECK(words.matches.empty());
    // An empty store.
    Store none;
    PhoneIndex ex;
    ex.Update(none);
    CHECK(ex.Lookup(none, "8 (495) 640-12-00").matches.empty());
    CHECK(ex.Lookup(none, "8 (495) 64").matches.empty());
}

TEST_CASE("phone index: partial typing narrows by the first and the last digits") {
    Store s = MakeStore();
    PhoneIndex ix;
    ix.Update(s);
    // Too few digits: nothing yet.
    const PhoneLookup three = ix.Lookup(s, "8 (4");
    CHECK(three.too_short);
    CHECK(three.matches.empty());
    // The start of the number, however it is written: ТехноСтрой's main line and its contacts.
    for (const char* text : {"8 (495) 640", "+7 495 64", "495 640-1", "7495640"}) {
        CAPTURE(text);
        const PhoneLookup r = ix.Lookup(s, text);
        CHECK_FALSE(r.complete);
        CHECK_FALSE(r.too_short);
        REQUIRE(Find(r, "c1") != nullptr);
        CHECK(Find(r, "c1")->rank == PhoneMatchRank::Prefix);
        CHECK_FALSE(Find(r, "c1")->exact());
        CHECK(Find(r, "c1", "k2") != nullptr);
        CHECK(Find(r, "c2") == nullptr);  // St Petersburg begins otherwise
    }
    // The last digits: "55-10" ends Северный ветер's number only.
    const PhoneLookup tail = ix.Lookup(s, "55-10");
    REQUIRE(tail.matches.size() == 1);
    CHECK(tail.matches[0].client_id == "c2");
    CHECK(tail.matches[0].rank == PhoneMatchRank::Suffix);
    // Digits inside: "640-00" is in the middle of Морозов's mobile.
    const PhoneLookup inside = ix.Lookup(s, "640-00");
    REQUIRE(inside.matches.size() == 1);
    CHECK(inside.matches[0].contact_id == "k3");
    CHECK(inside.matches[0].rank == PhoneMatchRank::Contained);
    // A number saved without its area code is found by its digits (as is Волков's mobile,
    // which ends the same way).
    const PhoneLookup local = ix.Lookup(s, "4567");
    CHECK(local.matches.size() == 2);
    REQUIRE(Find(local, "c3") != nullptr);
    CHECK(Find(local, "c3")->rank == PhoneMatchRank::Suffix);
    CHECK(Find(local, "c1", "k1") != nullptr);
    // ...and by a whole number that ends with them.
    const PhoneLookup whole = ix.Lookup(s, "+7 495 123-45-67");
    CHECK(whole.complete);
    REQUIRE(whole.matches.size() == 1);
    CHECK(whole.matches[0].client_id == "c3");
    CHECK(whole.matches[0].rank == PhoneMatchRank::Suffix);
    CHECK_FALSE(whole.matches[0].exact());
    // One digit short of 8 (495) 640-12-00 reads as a number of area code 849: still typing.
    const PhoneLookup short_one = ix.Lookup(s, "8 (495) 640-12-0");
    CHECK_FALSE(short_one.complete);
    REQUIRE(Find(short_one, "c1") != nullptr);
    CHECK(Find(short_one, "c1")->rank == PhoneMatchRank::Prefix);
    CHECK(ix.Lookup(s, "640").too_short);  // three digits
}

TEST_CASE("phone index: the limit cuts the list and says there are more") {
    Store s;
    for (int i = 0; i < 50; ++i) {
        char phone[32], id[16];
        std::snprintf(phone, sizeof phone, "+7 495 640-%02d-%02d", i / 10, i % 10 * 10);
        std::snprintf(id, sizeof id, "c%02d", i);
        s.clients.Upsert(MakeClient(id, id, {phone}));
    }
    PhoneIndex ix;
    ix.Update(s);
    const PhoneLookup r = ix.Lookup(s, "8 (495) 640", 10);
    CHECK(r.matches.size() == 10);
    CHECK(r.more);
    const PhoneLookup all = ix.Lookup(s, "8 (495) 640", 100);
    CHECK(all.matches.size() == 50);
    CHECK_FALSE(all.more);
}

TEST_CASE("phone index: updated only when clients, contacts or employees change") {
    Store s = MakeStore();
    PhoneIndex ix;
    CHECK(ix.Update(s));
    CHECK(ix.builds() == 1);
    CHECK_FALSE(ix.Update(s));  // nothing changed
    Interaction x;
    x.id = "x1";
    x.client_id = "c1";
    s.interactions.Upsert(x);
    CHECK_FALSE(ix.Update(s));  // interactions do not matter
    CHECK(ix.builds() == 1);

    // A new number on a client is found after the rebuild.
    Client c = *s.clients.Find("c2");
    c.phones.push_back("+7 812 000-11-22");
    s.clients.Upsert(c);
    CHECK(ix.Update(s));
    CHECK(ix.builds() == 2);
    CHECK(ix.full_builds() == 1);  // updated in place: only c2's numbers were replaced
    const PhoneLookup added = ix.Lookup(s, "88120001122");
    REQUIRE(added.matches.size() == 1);
    CHECK(added.matches[0].client_id == "c2");

    // A contact removed: its number no longer matches (and positions moved).
    s.contacts.Remove("k1");
    CHECK(ix.Update(s));
    const PhoneLookup gone = ix.Lookup(s, "+7 903 123-45-67");
    CHECK(Find(gone, "c1", "k1") == nullptr);
    REQUIRE(gone.matches.size() == 1);  // only Ромашка's local 123-45-67, as a partial match
    CHECK(gone.matches[0].client_id == "c3");
    CHECK_FALSE(gone.matches[0].exact());
    CHECK(Find(ix.Lookup(s, "+7 495 640-12-00 доб. 214"), "c1", "k2") != nullptr);

    // An employee's new phone.
    Employee e = *s.employees.Find("e1");
    e.phone = "+7 495 777-10-10 доб. 555";
    s.employees.Upsert(e);
    CHECK(ix.Update(s));
    const PhoneLookup ext = ix.Lookup(s, "+7 495 777-10-10 доб. 555");
    REQUIRE(ext.matches.size() == 1);
    CHECK(ext.matches[0].rank == PhoneMatchRank::ExactExtension);

    // Another store (same versions would not be enough: the data moved).
    Store other = MakeStore();
    CHECK(ix.Update(other));
    CHECK(Find(ix.Lookup(other, "+7 903 123-45-67"), "c1", "k1") != nullptr);
}

TEST_CASE("phone index: 100k clients and 300k contacts build once and look up fast") {
    Store s;
    s.clients.Reserve(100000);
    s.contacts.Reserve(300000);
    char phone[48], id[24];
    for (int i = 0; i < 100000; ++i) {
        std::snprintf(id, sizeof id, "c%d", i);
        std::snprintf(phone, sizeof phone, "+7 (495) %03d-%02d-%02d", i / 10000 + 100, i / 100 % 100, i % 100);
        s.clients.Upsert(MakeClient(id, id, {phone}));
    }
    for (int i = 0; i < 300000; ++i) {
        std::snprintf(id, sizeof id, "k%d", i);
        std::snprintf(phone, sizeof phone, "8 9%02d %03d-%02d-%02d", i % 100, i / 1000, i / 10 % 100, i % 10 * 7);
        Contact k;
        k.id = id;
        k.client_id = "c" + std::to_string(i / 3);
        k.name = id;
        k.phones = {phone};
        s.contacts.Upsert(std::move(k));
    }
    PhoneIndex ix;
    const auto t0 = std::chrono::steady_clock::now();
    ix.Update(s);
    const auto t1 = std::chrono::steady_clock::now();
    CHECK(ix.size() == 400000);
    // Complete numbers: 1000 hash look-ups.
    size_t found = 0;
    for (int i = 0; i < 1000; ++i) {
        const int n = i * 97;
        std::snprintf(phone, sizeof phone, "8495%03d%02d%02d", n / 10000 + 100, n / 100 % 100, n % 100);
        const PhoneLookup r = ix.Lookup(s, phone);
        found += r.matches.size() == 1 && r.matches[0].client_id == "c" + std::to_string(n);
    }
    CHECK(found == 1000);
    // Partial typing: a prefix with thousands of numbers stops at the limit.
    const PhoneLookup wide = ix.Lookup(s, "8 (495) 10");
    CHECK(wide.matches.size() == 30);
    CHECK(wide.more);
    const auto t2 = std::chrono::steady_clock::now();
    const PhoneLookup narrow = ix.Lookup(s, "55-14");
    CHECK_FALSE(narrow.matches.empty());
    const auto t3 = std::chrono::steady_clock::now();
    MESSAGE("build ", std::chrono::duration<double, std::milli>(t1 - t0).count(), " ms; 1000 lookups ",
            std::chrono::duration<double, std::milli>(t2 - t1).count(), " ms; suffix lookup ",
            std::chrono::duration<double, std::milli>(t3 - t2).count(), " ms");
    // Generous bounds for a Debug build on a busy machine: a rebuild per keystroke would fail.
    CHECK(std::chrono::duration<double>(t2 - t1).count() < 1.0);
    CHECK_FALSE(ix.Update(s));
}

TEST_CASE("phone index: a stored number is exact exactly when NormalizePhone reads it") {
    const char* texts[] = {
        "8 (495) 123-45-67", "+7 495 1234567", "4951234567", "7 495 123 45 67", "+ 7 495 123 45 67",
        "  84951234567  ", "8.495.123.45.67", "(495) 123 45 67", "+44 20 7946 0958", "0044 20 7946 0958",
        "810 44 20 7946 0958", "+7 495 123-45-6", "+7 495 123-45-678", "123-45-67", "0495123456",
        "+0 123 4567", "8 800 555-35-35", "+7 495 123-45-67 доб. 5", "8\xC2\xA0(495)\xC2\xA0" "123-45-67",
        "8 (495) 123\xE2\x80\x93" "45\xE2\x80\x93" "67", "\t+7 495 123 45 67\t", "++7 495 123 45 67",
        "7 (495) 123-45-67+", "00 0 123 456 789", "1234567890123456789012345678901234567",
    };
    Store s;
    int i = 0;
    for (const char* t : texts) {
        Client c;
        c.id = "c" + std::to_string(i++);
        c.name = t;
        c.phones = {t};
        s.clients.Upsert(c);
    }
    PhoneIndex ix;
    ix.Update(s);
    i = 0;
    for (const char* t : texts) {
        CAPTURE(t);
        const std::string id = "c" + std::to_string(i++);
        const NormalizedPhone n = NormalizePhone(t);
        if (!n.ok()) {
            // Never an exact match, whatever is looked up.
            for (const PhoneMatch& m : ix.Lookup(s, t).matches) CHECK_FALSE((m.client_id == id && m.exact()));
            continue;
        }
        const PhoneLookup r = ix.Lookup(s, n.e164);
        bool found = false;
        for (const PhoneMatch& m : r.matches) found = found || (m.client_id == id && m.exact());
        CHECK(found);
        for (const PhoneMatch& m : r.matches)
            if (m.exact()) CHECK(PhoneMatchKey(s.clients.Find(m.client_id)->phones[0]) == n.e164);
    }
}

namespace {

// What a lookup returns, as text (owners, ranks and numbers in order, and `more`).
std::string Describe(const PhoneLookup& r) {
    std::string out = r.more ? "more\n" : "\n";
    for (const PhoneMatch& m : r.matches)
        out += std::to_string(static_cast<int>(m.kind)) + " " + m.client_id + " " + m.contact_id + " " + m.employee_id +
               " " + m.phone + " " + std::to_string(static_cast<int>(m.rank)) + "\n";
    return out;
}

// The index updated in place equals one built from scratch: the same entries in the same
// orders, and the same answers to lookups of every kind.
void CheckSameAsRebuilt(const Store& s, PhoneIndex& ix) {
    ix.Update(s);
    PhoneIndex fresh;
    fresh.Update(s);
    CHECK(ix.Dump() == fresh.Dump());
    for (const char* q : {"+7 495 640-12-00", "+7 495 640-12-00 доб. 214", "8 (495) 640", "12-00", "640-12", "49564",
                          "123-45-67", "+7 812 000-11-22", "8 916 700", "0001", "+7 495 777-10-10 доб. 555", "5555"}) {
        CAPTURE(q);
        CHECK(Describe(ix.Lookup(s, q, 1000)) == Describe(fresh.Lookup(s, q, 1000)));
    }
}

}  // namespace

TEST_CASE("phone index: after every kind of change the updated index equals a full rebuild") {
    Store s = MakeStore();
    PhoneIndex ix;
    ix.Update(s);
    const uint64_t full = ix.full_builds();

    SUBCASE("a client's number edited, added, removed") {
        Client c = *s.clients.Find("c1");
        c.phones[0] = "+7 495 640-12-01";
        s.clients.Upsert(c);
        CheckSameAsRebuilt(s, ix);
        c.phones.push_back("8 (812) 000-11-22 доб. 7");
        s.clients.Upsert(c);
        CheckSameAsRebuilt(s, ix);
        c.phones.clear();
        s.clients.Upsert(c);
        CheckSameAsRebuilt(s, ix);
        CHECK(ix.full_builds() == full);
    }
    SUBCASE("a client's name edited (numbers the same)") {
        Client c = *s.clients.Find("c2");
        c.name = "Южный ветер";
        s.clients.Upsert(c);
        CheckSameAsRebuilt(s, ix);
        CHECK(ix.full_builds() == full);
    }
    SUBCASE("clients added and removed (the last one moves into the gap)") {
        s.clients.Upsert(MakeClient("c4", "Новый", {"+7 495 640-12-00", "5555-12"}));
        CheckSameAsRebuilt(s, ix);
        s.clients.Remove("c1");
        CheckSameAsRebuilt(s, ix);
        s.clients.Remove("c4");
        CheckSameAsRebuilt(s, ix);
        s.RemoveClientCascade("c2");
        CheckSameAsRebuilt(s, ix);
        CHECK(ix.full_builds() == full);
    }
    SUBCASE("contacts edited, moved to another client, added, removed") {
        Contact k = *s.contacts.Find("k1");
        k.phones = {"+7 903 123-45-68", "+7 495 640-12-00 доб. 101"};
        s.contacts.Upsert(k);
        CheckSameAsRebuilt(s, ix);
        k.client_id = "c2";
        s.contacts.Upsert(k);
        CheckSameAsRebuilt(s, ix);
        s.contacts.Upsert(MakeContact("k5", "c3", "Новая", {"8 (495) 640-12-00 доб. 100"}));
        CheckSameAsRebuilt(s, ix);
        s.contacts.Remove("k2");
        CheckSameAsRebuilt(s, ix);
        s.contacts.Remove("k5");
        CheckSameAsRebuilt(s, ix);
        CHECK(ix.full_builds() == full);
    }
    SUBCASE("employees") {
        Employee e = *s.employees.Find("e1");
        e.phone = "";
        s.employees.Upsert(e);
        CheckSameAsRebuilt(s, ix);
        e.id = "e2";
        e.phone = "+7 495 640-12-00";
        s.employees.Upsert(e);
        CheckSameAsRebuilt(s, ix);
        s.employees.Remove("e1");
        CheckSameAsRebuilt(s, ix);
    }
    SUBCASE("the same record replaced many times (dead text is dropped by a full build)") {
        for (int i = 0; i < 3000; ++i) {
            Client c = *s.clients.Find("c3");
            c.phones = {"+7 (495) 640-" + std::to_string(10 + i % 90) + "-" + std::to_string(10 + i % 89)};
            s.clients.Upsert(c);
            ix.Update(s);
        }
        CheckSameAsRebuilt(s, ix);
        CHECK(ix.full_builds() > full);
    }
    SUBCASE("many changes at once: one full build") {
        for (int i = 0; i < 2000; ++i) {
            const std::string id = "n" + std::to_string(i);
            s.clients.Upsert(MakeClient(id.c_str(), id.c_str(), {"+7 921 " + std::to_string(1000000 + i)}));
        }
        CheckSameAsRebuilt(s, ix);
        CHECK(ix.full_builds() == full + 1);
    }
    SUBCASE("another store with the same versions") {
        Store other = MakeStore();
        Client c = *other.clients.Find("c3");
        c.phones = {"8 (3435) 54-67-13"};
        other.clients.Upsert(c);
        s.clients.Upsert(*s.clients.Find("c3"));  // the same number of changes
        ix.Update(s);
        CheckSameAsRebuilt(other, ix);
    }
}

TEST_CASE("phone index: random edits keep the index equal to a full rebuild") {
    Store s = MakeStore();
    PhoneIndex ix;
    ix.Update(s);
    uint32_t seed = 7;
    auto next = [&](uint32_t n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % n;
    };
    const char* numbers[] = {"+7 495 640-12-00", "+7 495 640-12-00 доб. 1", "8 916 700-45-12", "640-12-00",
                             "+44 20 7946 0958", "12-34", "", "8 (812) 309-55-10", "+7 903 123-45-67"};
    for (int step = 0; step < 400; ++step) {
        const uint32_t what = next(6);
        const std::string id = std::to_string(next(12));
        if (what == 0) {
            s.clients.Upsert(MakeClient(("c" + id).c_str(), "x", {numbers[next(9)], numbers[next(9)]}));
        } else if (what == 1) {
            s.clients.Remove("c" + id);
        } else if (what == 2 || what == 3) {
            s.contacts.Upsert(MakeContact(("k" + id).c_str(), ("c" + std::to_string(next(12))).c_str(), "y",
                                          {numbers[next(9)]}));
        } else if (what == 4) {
            s.contacts.Remove("k" + id);
        } else {
            Employee e;
            e.id = "e" + id;
            e.phone = numbers[next(9)];
            s.employees.Upsert(e);
        }
        if (next(3) == 0) {
            CAPTURE(step);
            CheckSameAsRebuilt(s, ix);
        }
    }
    CheckSameAsRebuilt(s, ix);
}
