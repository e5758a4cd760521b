#include <doctest/doctest.h>

#include "model/store.h"

using namespace card;

TEST_CASE("collection lookups by id and by owner survive removals") {
    Store s;
    for (int i = 0; i < 100; ++i) {
        Client c;
        c.id = "c" + std::to_string(i);
        c.name = "Client " + std::to_string(i);
        s.clients.Upsert(c);
        for (int j = 0; j < 3; ++j) {
            Contact k;
            k.id = c.id + "-k" + std::to_string(j);
            k.client_id = c.id;
            k.name = "K";
            s.contacts.Upsert(k);
        }
    }
    CHECK(s.clients.size() == 100);
    CHECK(s.contacts.OwnedBy("c7").size() == 3);
    s.RemoveClientCascade("c7");
    CHECK(s.clients.Find("c7") == nullptr);
    CHECK(s.contacts.OwnedBy("c7").empty());
    CHECK(s.contacts.size() == 297);
    for (int i = 0; i < 100; ++i) {
        if (i == 7) continue;
        const std::string id = "c" + std::to_string(i);
        REQUIRE(s.clients.Find(id) != nullptr);
        CHECK(s.clients.Find(id)->id == id);
        const auto& owned = s.contacts.OwnedBy(id);
        REQUIRE(owned.size() == 3);
        for (uint32_t pos : owned) CHECK(s.contacts[pos].client_id == id);
    }
    // Moving a contact to another client moves it between owner lists.
    Contact k = *s.contacts.Find("c1-k0");
    k.client_id = "c2";
    CHECK_FALSE(s.contacts.Upsert(k));
    CHECK(s.contacts.OwnedBy("c1").size() == 2);
    CHECK(s.contacts.OwnedBy("c2").size() == 4);
    CHECK(s.contacts.DirtyIds().count("c1-k0") == 1);
}

TEST_CASE("relationships are owned by both sides") {
    Store s;
    Relationship r;
    r.id = "r1";
    r.from_client_id = "a";
    r.to_client_id = "b";
    s.relationships.Upsert(r);
    CHECK(s.relationships.OwnedBy("a").size() == 1);
    CHECK(s.relationships.OwnedBy("b").size() == 1);
    s.RemoveClientCascade("b");
    CHECK(s.relationships.empty());
}

TEST_CASE("NewId makes UUID v4 strings") {
    const std::string a = NewId(), b = NewId();
    CHECK(a.size() == 36);
    CHECK(a[14] == '4');
    CHECK(a != b);
}

TEST_CASE("AssignAll fills an empty collection at once: lookups, owners, all dirty, no sink") {
    struct CountingSink : ChangeSink {
        int calls = 0;
        void Changed(const Employee*, const Employee*) override { ++calls; }
        void Changed(const Client*, const Client*) override { ++calls; }
        void Changed(const Contact*, const Contact*) override { ++calls; }
        void Changed(const Interaction*, const Interaction*) override { ++calls; }
        void Changed(const Interest*, const Interest*) override { ++calls; }
        void Changed(const Relationship*, const Relationship*) override { ++calls; }
        void Changed(const Contract*, const Contract*) override { ++calls; }
    } sink;
    Collection<Contact> c;
    c.SetSink(&sink);
    std::vector<Contact> items(3);
    std::unordered_map<std::string, uint32_t> index;
    for (uint32_t i = 0; i < 3; ++i) {
        items[i].id = "k" + std::to_string(i);
        items[i].client_id = i == 2 ? "b" : "a";
        index.emplace(items[i].id, i);
    }
    items.reserve(1000);  // the spare capacity is given back
    const uint64_t version = c.Version();
    c.AssignAll(std::move(items), std::move(index));
    CHECK(sink.calls == 0);
    CHECK(c.Version() != version);
    CHECK(c.size() == 3);
    CHECK(c.All().capacity() < 1000);
    REQUIRE(c.Find("k1"));
    CHECK(c.Find("k1")->client_id == "a");
    CHECK(c.OwnedBy("a").size() == 2);
    CHECK(c.OwnedBy("b") == std::vector<uint32_t>{2});
    CHECK(c.AllDirty());
    CHECK(c.DirtyIds().empty());
    // Later changes are tracked as usual.
    c.ClearDirty();
    CHECK(c.Remove("k0"));
    CHECK(sink.calls == 1);
    CHECK(c.DirtyIds().count("k0") == 1);
    CHECK(c.Find("k2")->client_id == "b");
    CHECK(c.OwnedBy("a").size() == 1);
}
