// The sharded stored layout (src/io/storage.h, docs/STORAGE.md): round trips, what a save
// writes, fallback to the previous generation, crash safety at every write, re-sharding.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>
#include <vector>

#include "fake_file_system.h"
#include "io/json_codec.h"
#include "io/storage.h"
#include "model/base64.h"
#include "storage_test_util.h"

using namespace card;
using card::test::CanonicalText;
using card::test::FakeFileSystem;
using card::test::MakeClient;
using card::test::MakeSampleStore;

namespace {

const std::string kDir = "/data";

std::string P(const std::string& name) { return kDir + "/" + name; }

// Saves `s` into a fresh folder (one generation) and returns the loaded storage's view.
void SaveFresh(FakeFileSystem& fs, Store& s, StorageOptions opt = {}) {
    StoreStorage st(fs, kDir, opt);
    Store scratch;
    REQUIRE(st.Load(scratch).ok);
    s.MarkAllDirty();
    REQUIRE(st.Save(s).ok);
}

LoadReport Reload(FakeFileSystem& fs, Store& out, StorageOptions opt = {}) {
    StoreStorage st(fs, kDir, opt);
    return st.Load(out);
}

std::set<std::string> ShardFiles(const FakeFileSystem& fs) {
    std::set<std::string> out;
    for (const auto& [path, _] : fs.files)
        if (path.find(".g") != std::string::npos) out.insert(path);
    return out;
}

// Edits touching several collections and shards: a mix of generations would show.
void ApplyEdits(Store& s) {
    Client c = *s.clients.Find("c1");
    c.name = "Переименован";
    s.clients.Upsert(c);
    s.clients.Upsert(MakeClient("c-new", "Новый"));
    s.RemoveClientCascade("c3");
    Employee e = *s.employees.Find("e2");
    e.position = "Директор";
    s.employees.Upsert(e);
    Contract k = *s.contracts.Find("c2-ctr");
    k.status = ContractStatus::Closed;
    s.contracts.Upsert(k);
    s.extra_json = R"({"x_vendor":{"note":"changed"}})";
}

}  // namespace

TEST_CASE("FNV-1a 64 and shard placement are stable") {
    CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
    CHECK(ShardOf("anything", 1) == 0);
    // Doubling the shard count splits shard i into 2i and 2i+1.
    for (int i = 0; i < 200; ++i) {
        const std::string id = "id-" + std::to_string(i);
        const uint32_t s4 = ShardOf(id, 4), s8 = ShardOf(id, 8);
        CHECK(s4 < 4);
        CHECK(s8 / 2 == s4);
    }
}

TEST_CASE("an empty folder is a fresh empty store") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(2);
    StoreStorage st(fs, kDir);
    const LoadReport r = st.Load(s);
    CHECK(r.ok);
    CHECK(r.fresh);
    CHECK_FALSE(r.used_previous);
    CHECK(s.clients.empty());
    CHECK_FALSE(s.HasChanges());
    CHECK_FALSE(st.NeedsSave(s));
}

TEST_CASE("save refuses to write before a load") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(2);
    StoreStorage st(fs, kDir);
    const SaveReport r = st.Save(s);
    CHECK_FALSE(r.ok);
    CHECK(fs.files.empty());
    CHECK(s.HasChanges());
}

TEST_CASE("round trip of a store with every collection") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(20);
    StoreStorage st(fs, kDir);
    Store scratch;
    REQUIRE(st.Load(scratch).ok);
    const SaveReport w = st.Save(s);
    REQUIRE_MESSAGE(w.ok, w.error);
    CHECK(w.generation == 1);
    CHECK_FALSE(s.HasChanges());
    CHECK(fs.Exists(P("manifest.json")));
    CHECK_FALSE(fs.Exists(P("manifest.tmp")));

    Store loaded;
    const LoadReport r = Reload(fs, loaded);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK_FALSE(r.used_previous);
    CHECK(r.generation == 1);
    CHECK(r.message.empty());
    for (size_t c = 0; c < kCollectionCount; ++c)
        CHECK(loaded.Count(static_cast<CollectionId>(c)) == s.Count(static_cast<CollectionId>(c)));
    CHECK(CanonicalText(loaded) == CanonicalText(s));
    CHECK(loaded.extra_json == s.extra_json);
    CHECK_FALSE(loaded.HasChanges());
    // Indexes are rebuilt.
    CHECK(loaded.contacts.OwnedBy("c7").size() == 1);
    CHECK(loaded.relationships.OwnedBy("c0").size() == 19);

    // Shard files: the documented shape, one record per line.
    const Manifest& m = st.Current();
    REQUIRE(m.shards[static_cast<size_t>(CollectionId::Clients)].size() == 1);
    const std::string shard = fs.files[P(m.shards[1][0].file)];
    CHECK(shard.rfind("{\"collection\":\"clients\",\"records\":[\n{", 0) == 0);
    CHECK(std::count(shard.begin(), shard.end(), '\n') == 20 + 2);
}

TEST_CASE("the history collection is saved in its own shards and loads back by client") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(3);
    for (int i = 0; i < 30; ++i) {
        HistoryEntry h;
        h.id = "h" + std::to_string(i);
        h.client_id = i % 3 == 0 ? "c-removed" : "c1";  // entries outlive their client
        h.at = *Moment::Parse("2026-11-27T14:05:00+03:00");
        h.at.utc_ms += i * 1000;
        h.author = "Сотрудник 1";
        h.author_id = "e1";
        h.entity = "client";
        h.record_id = h.client_id;
        h.action = "changed";
        h.field = "inn";
        h.old_value = "7701234567";
        h.new_value = "77012345" + std::to_string(10 + i);
        s.history.Upsert(h);
    }
    StoreStorage st(fs, kDir);
    Store scratch;
    REQUIRE(st.Load(scratch).ok);
    const SaveReport w = st.Save(s);
    REQUIRE_MESSAGE(w.ok, w.error);
    const Manifest& m = st.Current();
    const auto& shards = m.shards[static_cast<size_t>(CollectionId::History)];
    REQUIRE_FALSE(shards.empty());
    CHECK(shards[0].file.rfind("history.", 0) == 0);
    CHECK(fs.files[P(shards[0].file)].rfind("{\"collection\":\"history\",\"records\":[\n{", 0) == 0);

    Store loaded;
    const LoadReport r = Reload(fs, loaded);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(loaded.history.size() == 30);
    CHECK(CanonicalText(loaded) == CanonicalText(s));
    CHECK(loaded.history.OwnedBy("c1").size() == 20);
    CHECK(loaded.history.OwnedBy("c-removed").size() == 10);
}

TEST_CASE("manifest encodes and decodes; damage is detected") {
    Manifest m;
    m.generation = 7;
    m.shards[1].push_back(ShardEntry{"clients.0of2.g7.json", 0x0123456789abcdefULL, 10, 2});
    m.shards[1].push_back(ShardEntry{"clients.1of2.g5.json", 42, 11, 3});
    m.extra_json = R"({"a":1})";
    const std::string bytes = EncodeManifest(m);
    Manifest back;
    std::string error;
    REQUIRE(DecodeManifest(bytes, back, error));
    CHECK(back.generation == 7);
    REQUIRE(back.shards[1].size() == 2);
    CHECK(back.shards[1][0].file == "clients.0of2.g7.json");
    CHECK(back.shards[1][0].checksum == 0x0123456789abcdefULL);
    CHECK(back.shards[1][1].records == 3);
    CHECK(back.extra_json == m.extra_json);

    for (size_t i = 0; i < bytes.size(); i += 7) {
        std::string bad = bytes;
        bad[i] ^= 0x04;
        CHECK_FALSE(DecodeManifest(bad, back, error));
    }
    CHECK_FALSE(DecodeManifest(bytes.substr(0, bytes.size() / 2), back, error));
    CHECK_FALSE(DecodeManifest("", back, error));
    // A shard count that is not a power of two is refused.
    m.shards[2].assign(3, ShardEntry{"contacts.0of3.g1.json", 1, 1, 1});
    CHECK_FALSE(DecodeManifest(EncodeManifest(m), back, error));
}

TEST_CASE("one edit rewrites one shard file and the manifest only") {
    FakeFileSystem fs;
    StorageOptions opt;
    opt.target_shard_bytes = 4 * 1024;  // many small shards
    Store s = MakeSampleStore(200);
    StoreStorage st(fs, kDir, opt);
    Store scratch;
    REQUIRE(st.Load(scratch).ok);
    REQUIRE(st.Save(s).ok);
    const size_t client_shards = st.Current().shards[1].size();
    REQUIRE(client_shards >= 8);
    REQUIRE(client_shards <= 64);

    Client c = *s.clients.Find("c42");
    c.notes = "edited";
    s.clients.Upsert(c);
    fs.ResetCounters();
    const SaveReport w = st.Save(s);
    REQUIRE(w.ok);
    CHECK(w.shards_written == 1);
    const auto written = fs.Written();
    REQUIRE(written.size() == 3);
    const std::string shard_name = st.Current().shards[1][ShardOf("c42", uint32_t(client_shards))].file;
    CHECK(shard_name.find(".g2.json") != std::string::npos);
    CHECK(written[0] == P(shard_name));
    CHECK(written[1] == P("manifest.tmp"));
    CHECK(written[2] == P("manifest.prev.json"));
    CHECK(fs.renames == 1);
    CHECK(fs.removes == 0);  // the replaced shard is still named by manifest.prev.json

    // A further edit elsewhere removes the generation-1 file that is no longer referenced.
    Contact k = *s.contacts.Find("c7-k");
    k.notes = "x";
    s.contacts.Upsert(k);
    fs.ResetCounters();
    const SaveReport w3 = st.Save(s);
    REQUIRE(w3.ok);
    CHECK(w3.shards_written == 1);
    CHECK(w3.files_removed == 1);

    // A removal rewrites the shard that held the record; only the manifest when only
    // the top-level extra fields change.
    s.clients.Remove("c99");
    fs.ResetCounters();
    CHECK(st.Save(s).shards_written == 1);
    s.extra_json = R"({"x":2})";
    fs.ResetCounters();
    const SaveReport w5 = st.Save(s);
    CHECK(w5.shards_written == 0);
    CHECK(fs.Written().size() == 2);

    Store loaded;
    REQUIRE(Reload(fs, loaded, opt).ok);
    CHECK(CanonicalText(loaded) == CanonicalText(s));
    // File count stays bounded: at most two generations of each shard.
    size_t total_shards = 0;
    for (const auto& v : st.Current().shards) total_shards += v.size();
    CHECK(ShardFiles(fs).size() <= 2 * total_shards);
}

TEST_CASE("nothing to save: NeedsSave is false and a clean store writes only a manifest") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(3);
    SaveFresh(fs, s);
    StoreStorage st(fs, kDir);
    Store loaded;
    REQUIRE(st.Load(loaded).ok);
    CHECK_FALSE(st.NeedsSave(loaded));
    loaded.extra_json = "{}";
    CHECK(st.NeedsSave(loaded));
}

TEST_CASE("the previous generation is used when the newest one is damaged") {
    Store s = MakeSampleStore(10);
    FakeFileSystem base;
    SaveFresh(base, s);
    const std::string old_text = CanonicalText(s);
    {
        StoreStorage st(base, kDir);
        Store loaded;
        REQUIRE(st.Load(loaded).ok);
        ApplyEdits(loaded);
        REQUIRE(st.Save(loaded).ok);
    }

    auto newest_client_shard = [](FakeFileSystem& fs) {
        std::string bytes = fs.files[P("manifest.json")];
        Manifest m;
        std::string error;
        REQUIRE(DecodeManifest(bytes, m, error));
        return P(m.shards[1][0].file);
    };

    SUBCASE("newest shard truncated") {
        FakeFileSystem fs = base;
        const std::string shard = newest_client_shard(fs);
        fs.Truncate(shard, fs.files[shard].size() / 2);
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.ok);
        CHECK(r.used_previous);
        CHECK(r.generation == 1);
        CHECK(r.message.find("generation 2") != std::string::npos);
        CHECK(r.message.find("previous save (generation 1, saved ") != std::string::npos);
        CHECK(r.message.find("10 clients") != std::string::npos);
        CHECK(CanonicalText(loaded) == old_text);
    }
    SUBCASE("newest shard has a flipped byte") {
        FakeFileSystem fs = base;
        fs.Corrupt(newest_client_shard(fs), 100);
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.used_previous);
        CHECK(r.message.find("checksum") != std::string::npos);
        CHECK(CanonicalText(loaded) == old_text);
    }
    SUBCASE("newest shard missing") {
        FakeFileSystem fs = base;
        fs.files.erase(newest_client_shard(fs));
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.used_previous);
        CHECK(CanonicalText(loaded) == old_text);
    }
    SUBCASE("manifest garbage") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] = "\x01\x02garbage{";
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.used_previous);
        CHECK(CanonicalText(loaded) == old_text);
    }
    SUBCASE("manifest truncated") {
        FakeFileSystem fs = base;
        fs.Truncate(P("manifest.json"), 60);
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.used_previous);
        CHECK(CanonicalText(loaded) == old_text);
    }
    SUBCASE("manifest with a flipped byte") {
        FakeFileSystem fs = base;
        fs.Corrupt(P("manifest.json"), 200);
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.used_previous);
        CHECK(CanonicalText(loaded) == old_text);
    }
    SUBCASE("the next save after a fallback heals the folder") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] = "garbage";
        StoreStorage st(fs, kDir);
        Store loaded;
        REQUIRE(st.Load(loaded).used_previous);
        CHECK(st.NeedsSave(loaded));  // the manifest is rewritten even with no edits
        const SaveReport w = st.Save(loaded);
        REQUIRE(w.ok);
        CHECK(w.generation == 3);  // newer than anything on disk
        Store again;
        const LoadReport r = Reload(fs, again);
        CHECK(r.ok);
        CHECK_FALSE(r.used_previous);
        CHECK(CanonicalText(again) == old_text);
        // The damaged generation's files are gone; what is left is referenced.
        for (const auto& f : ShardFiles(fs)) CHECK(f.find(".g2.json") == std::string::npos);
    }
}

TEST_CASE("both generations unreadable: a clear error, an empty store, nothing deleted") {
    Store s = MakeSampleStore(10);
    FakeFileSystem fs;
    SaveFresh(fs, s);
    {
        StoreStorage st(fs, kDir);
        Store loaded;
        REQUIRE(st.Load(loaded).ok);
        ApplyEdits(loaded);
        REQUIRE(st.Save(loaded).ok);
    }
    fs.files[P("manifest.json")] = "garbage";
    fs.Truncate(P("manifest.prev.json"), 10);
    const auto before = fs.files;

    StoreStorage st(fs, kDir);
    Store loaded = MakeSampleStore(2);
    const LoadReport r = st.Load(loaded);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.used_previous);
    CHECK(r.message.find("could not be read") != std::string::npos);
    CHECK(r.message.find("Nothing was deleted") != std::string::npos);
    for (size_t c = 0; c < kCollectionCount; ++c) CHECK(loaded.Count(static_cast<CollectionId>(c)) == 0);
    CHECK(loaded.extra_json.empty());

    // Saving is refused until StartOver; the files stay exactly as they were.
    loaded.clients.Upsert(MakeClient("x", "X"));
    CHECK_FALSE(st.NeedsSave(loaded));
    CHECK_FALSE(st.Save(loaded).ok);
    CHECK(fs.files == before);

    // After StartOver the store replaces the unreadable data.
    st.StartOver(loaded);
    REQUIRE(st.Save(loaded).ok);
    Store again;
    const LoadReport r2 = Reload(fs, again);
    CHECK(r2.ok);
    CHECK(CanonicalText(again) == CanonicalText(loaded));
}

namespace {

// The manifest's body edited by `edit`, re-sealed with a valid checksum.
template <class F>
std::string Reseal(const std::string& bytes, F&& edit) {
    const size_t head = std::string("{\"checksum\":\"0123456789abcdef\",\"manifest\":").size();
    std::string body = bytes.substr(head, bytes.size() - head - 2);
    edit(body);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a64(body)));
    return std::string("{\"checksum\":\"") + hex + "\",\"manifest\":" + body + "}\n";
}

std::string WithLayout(const std::string& bytes, int layout) {
    return Reseal(bytes, [&](std::string& body) {
        const size_t pos = body.find("\"layout\": 1");
        REQUIRE(pos != std::string::npos);
        body.replace(pos, 11, "\"layout\": " + std::to_string(layout));
    });
}

// Two generations: 10 sample clients, then ApplyEdits.
FakeFileSystem TwoGenerations(StorageOptions opt = {}) {
    Store s = MakeSampleStore(10);
    FakeFileSystem fs;
    SaveFresh(fs, s, opt);
    StoreStorage st(fs, kDir, opt);
    Store loaded;
    REQUIRE(st.Load(loaded).ok);
    ApplyEdits(loaded);
    REQUIRE(st.Save(loaded).ok);
    return fs;
}

constexpr const char* kNewer = "made by a newer version of Client Card";

}  // namespace

TEST_CASE("a manifest from a newer layout is refused by name") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(2);
    SaveFresh(fs, s);
    std::string& bytes = fs.files[P("manifest.json")];
    Manifest m;
    std::string error;
    REQUIRE(DecodeManifest(bytes, m, error));
    bytes = WithLayout(bytes, 2);
    CHECK_FALSE(DecodeManifest(bytes, m, error));
    CHECK(error.find(kNewer) != std::string::npos);
    CHECK(error.find("layout 2; this app reads layout 1") != std::string::npos);
}

TEST_CASE("newer layout: refused, store empty, nothing written, no fallback to the older generation") {
    FakeFileSystem base = TwoGenerations();
    auto check_refused = [](FakeFileSystem& fs, uint64_t layout) {
        const auto before = fs.files;
        StoreStorage st(fs, kDir);
        Store loaded = MakeSampleStore(3);
        const LoadReport r = st.Load(loaded);
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.used_previous);
        CHECK(r.newer_layout == layout);
        CHECK(r.message.find(kNewer) != std::string::npos);
        CHECK(r.message.find("layout " + std::to_string(layout) + "; this app reads layout 1") != std::string::npos);
        for (size_t c = 0; c < kCollectionCount; ++c) CHECK(loaded.Count(static_cast<CollectionId>(c)) == 0);
        loaded.clients.Upsert(MakeClient("x", "X"));
        CHECK_FALSE(st.NeedsSave(loaded));
        CHECK_FALSE(st.Save(loaded).ok);
        CHECK(fs.files == before);
    };
    SUBCASE("layout 2 with our envelope (manifest.prev.json is a readable layout 1)") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] = WithLayout(fs.files[P("manifest.json")], 2);
        check_refused(fs, 2);
    }
    SUBCASE("layout 7 in an envelope this version does not know") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] =
            R"({"format":"client-card-store","layout":7,"generation":9,"signature":"abc"})";
        check_refused(fs, 7);
    }
    SUBCASE("layout 3 behind a checksum of another kind") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] =
            R"({"checksum":"sha256:00ff","manifest":{"format":"client-card-store","layout":3}})";
        check_refused(fs, 3);
    }
    SUBCASE("newest damaged, previous of a newer layout") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] = "garbage";
        fs.files[P("manifest.prev.json")] = WithLayout(fs.files[P("manifest.prev.json")], 2);
        check_refused(fs, 2);
    }
    SUBCASE("a damaged layout-1 manifest is damage, not newer") {
        FakeFileSystem fs = base;
        fs.Corrupt(P("manifest.json"), 120);
        Store loaded;
        const LoadReport r = Reload(fs, loaded);
        CHECK(r.used_previous);
        CHECK(r.newer_layout == 0);
    }
}

TEST_CASE("the load report says which file was damaged, how, and what was recovered") {
    Moment t1 = *Moment::Parse("2026-11-20T09:15:00Z");
    Moment t2 = *Moment::Parse("2026-11-21T17:40:00Z");
    Moment now = t1;
    StorageOptions opt;
    opt.clock = [&] { return now; };
    Store s = MakeSampleStore(10);
    FakeFileSystem base;
    SaveFresh(base, s, opt);
    now = t2;
    size_t expected_records = 0;
    {
        StoreStorage st(base, kDir, opt);
        Store loaded;
        const LoadReport r = st.Load(loaded);
        REQUIRE(r.ok);
        CHECK(r.saved_at == t1);
        CHECK(r.clients == 10);
        for (size_t c = 0; c < kCollectionCount; ++c) expected_records += loaded.Count(static_cast<CollectionId>(c));
        CHECK(r.records == expected_records);
        CHECK(r.dir == kDir);
        CHECK(r.newest.kind == Damage::None);
        ApplyEdits(loaded);
        REQUIRE(st.Save(loaded).ok);
    }
    CHECK(base.files[P("manifest.json")].find("\"saved_at\": \"2026-11-21T17:40:00Z\"") != std::string::npos);
    Manifest m;
    std::string error;
    REQUIRE(DecodeManifest(base.files[P("manifest.json")], m, error));
    CHECK(m.saved_at == t2);
    const std::string client_shard = m.shards[1][0].file;

    struct Case {
        const char* what;
        std::function<void(FakeFileSystem&)> damage;
        Damage kind;
        std::string file;
    };
    const std::vector<Case> cases = {
        {"shard truncated", [&](FakeFileSystem& fs) { fs.Truncate(P(client_shard), 30); }, Damage::Truncated,
         client_shard},
        {"shard flipped byte", [&](FakeFileSystem& fs) { fs.Corrupt(P(client_shard), 40); }, Damage::Checksum,
         client_shard},
        {"shard missing", [&](FakeFileSystem& fs) { fs.files.erase(P(client_shard)); }, Damage::Missing,
         client_shard},
        {"manifest garbage", [](FakeFileSystem& fs) { fs.files[P("manifest.json")] = "\x01\x02garbage{"; },
         Damage::NotJson, "manifest.json"},
        {"manifest empty", [](FakeFileSystem& fs) { fs.files[P("manifest.json")] = ""; }, Damage::Truncated,
         "manifest.json"},
        {"manifest truncated", [](FakeFileSystem& fs) { fs.Truncate(P("manifest.json"), 60); }, Damage::Truncated,
         "manifest.json"},
        {"manifest flipped byte", [](FakeFileSystem& fs) { fs.Corrupt(P("manifest.json"), 200); },
         Damage::Checksum, "manifest.json"},
        {"manifest other JSON", [](FakeFileSystem& fs) { fs.files[P("manifest.json")] = "[1,2,3]"; },
         Damage::Inconsistent, "manifest.json"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        FakeFileSystem fs = base;
        c.damage(fs);
        Store loaded;
        const LoadReport r = Reload(fs, loaded, opt);
        CHECK(r.ok);
        CHECK(r.used_previous);
        CHECK(r.newest.kind == c.kind);
        CHECK(r.newest.file == c.file);
        CHECK(r.saved_at == t1);
        CHECK(r.clients == 10);
        CHECK(r.records == expected_records);
        CHECK(r.message.find(c.file) != std::string::npos);
        CHECK(r.message.find("saved 2026-11-20T09:15:00Z") != std::string::npos);
        CHECK(r.message.find("export a backup") != std::string::npos);
    }

    SUBCASE("both unreadable: both reasons, structured") {
        FakeFileSystem fs = base;
        fs.files[P("manifest.json")] = "garbage";
        fs.Truncate(P("manifest.prev.json"), 10);
        Store loaded;
        const LoadReport r = Reload(fs, loaded, opt);
        CHECK_FALSE(r.ok);
        CHECK(r.newer_layout == 0);
        CHECK(r.newest.kind == Damage::NotJson);
        CHECK(r.newest.file == "manifest.json");
        CHECK(r.previous.kind == Damage::Truncated);
        CHECK(r.previous.file == "manifest.prev.json");
        CHECK(r.dir == kDir);
    }
}

TEST_CASE("a manifest without saved_at (written before it existed) still loads") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(3);
    SaveFresh(fs, s);
    std::string& bytes = fs.files[P("manifest.json")];
    bytes = Reseal(bytes, [](std::string& body) {
        const size_t pos = body.find(",\n \"saved_at\"");
        REQUIRE(pos != std::string::npos);
        body.erase(pos, body.find('"', body.find(':', pos) + 3) + 1 - pos);
    });
    CHECK(bytes.find("saved_at") == std::string::npos);
    Store loaded;
    const LoadReport r = Reload(fs, loaded);
    REQUIRE_MESSAGE(r.ok, r.message);
    CHECK(r.saved_at.empty());
    CHECK(CanonicalText(loaded) == CanonicalText(s));
    // An unreadable value is ignored the same way (the time is then unknown).
    bytes = Reseal(bytes, [](std::string& body) {
        body.insert(body.rfind('}'), ",\"saved_at\":\"yesterday\"");
    });
    Store again;
    const LoadReport r2 = Reload(fs, again);
    REQUIRE_MESSAGE(r2.ok, r2.message);
    CHECK(r2.saved_at.empty());
}

TEST_CASE("BundleStorageFolder keeps every file: text as text, other bytes as base64") {
    FakeFileSystem fs = TwoGenerations();
    fs.files[P("manifest.json")] = std::string("\xff\xfe garbage \x00 end", 15);
    std::string out, error;
    REQUIRE(BundleStorageFolder(fs, kDir, out, error));
    Json doc;
    REQUIRE(ParseJson(out, doc, error));
    CHECK(doc["format"] == "client-card-storage-files");
    CHECK(doc["folder"] == kDir);
    size_t listed = 0;
    for (const auto& [path, bytes] : fs.files) {
        if (path.rfind(kDir + "/", 0) != 0) continue;
        const std::string name = path.substr(kDir.size() + 1);
        bool found = false;
        for (const Json& f : doc["files"]) {
            if (f["name"] != name) continue;
            found = true;
            CHECK(f["bytes"] == bytes.size());
            if (f.contains("text")) {
                CHECK(f["text"].get<std::string>() == bytes);
            } else {
                std::string decoded;
                REQUIRE(Base64Decode(f["base64"].get<std::string>(), decoded));
                CHECK(decoded == bytes);
            }
        }
        CHECK_MESSAGE(found, name);
        ++listed;
    }
    CHECK(listed == doc["files"].size());
    CHECK(listed > 5);
    bool manifest_is_base64 = false;
    for (const Json& f : doc["files"])
        if (f["name"] == "manifest.json") manifest_is_base64 = f.contains("base64");
    CHECK(manifest_is_base64);
}

TEST_CASE("a record the loader would refuse fails the save by name") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(2);
    SaveFresh(fs, s);
    StoreStorage st(fs, kDir);
    Store loaded;
    REQUIRE(st.Load(loaded).ok);
    const auto before = fs.files;
    Interaction x = *loaded.interactions.Find("c1-call");
    x.at = Moment{};  // "at" is required
    loaded.interactions.Upsert(x);
    const SaveReport w = st.Save(loaded);
    CHECK_FALSE(w.ok);
    CHECK(w.error.find("c1-call") != std::string::npos);
    CHECK(loaded.HasChanges());
    CHECK(fs.files == before);
}

TEST_CASE("a failed write leaves the old generation loadable and the store dirty") {
    Store s = MakeSampleStore(10);
    for (int fail_at = 1; fail_at <= 4; ++fail_at) {
        CAPTURE(fail_at);
        FakeFileSystem fs;
        SaveFresh(fs, s);
        StoreStorage st(fs, kDir);
        Store loaded;
        REQUIRE(st.Load(loaded).ok);
        const std::string old_text = CanonicalText(loaded);
        ApplyEdits(loaded);
        fs.fail_write_in = fail_at;
        const SaveReport w = st.Save(loaded);
        if (fs.fail_write_in == 0) {
            CHECK_FALSE(w.ok);
            CHECK(w.error.find("No space") != std::string::npos);
            CHECK(loaded.HasChanges());
            Store check;
            REQUIRE(Reload(fs, check).ok);
            CHECK(CanonicalText(check) == old_text);
        }
        // The retry succeeds and cleans up the torn file.
        fs.fail_write_in = 0;
        REQUIRE(st.Save(loaded).ok);
        Store check;
        const LoadReport r = Reload(fs, check);
        CHECK(r.ok);
        CHECK_FALSE(r.used_previous);
        CHECK(CanonicalText(check) == CanonicalText(loaded));
    }
}

TEST_CASE("a crash at every write point of a save leaves exactly the old or the new state") {
    for (const bool reshard : {false, true}) {
        CAPTURE(reshard);
        StorageOptions opt;
        opt.target_shard_bytes = 8 * 1024;
        Store s = MakeSampleStore(30);
        FakeFileSystem base;
        SaveFresh(base, s, opt);
        {  // a second generation, so that manifest.prev.json exists too
            StoreStorage st(base, kDir, opt);
            Store loaded;
            REQUIRE(st.Load(loaded).ok);
            Client c = *loaded.clients.Find("c5");
            c.notes = "gen 2";
            loaded.clients.Upsert(c);
            REQUIRE(st.Save(loaded).ok);
        }
        auto edit = [&](Store& x) {
            ApplyEdits(x);
            if (reshard)
                for (int i = 0; i < 100; ++i) x.clients.Upsert(MakeClient("n" + std::to_string(i), "N"));
        };
        // The old and new states, and how many mutations a clean save makes.
        std::string old_text, new_text;
        int total_mutations = 0;
        {
            FakeFileSystem fs = base;
            StoreStorage st(fs, kDir, opt);
            Store loaded;
            REQUIRE(st.Load(loaded).ok);
            old_text = CanonicalText(loaded);
            edit(loaded);
            new_text = CanonicalText(loaded);
            const int before = fs.mutations;
            REQUIRE(st.Save(loaded).ok);
            total_mutations = fs.mutations - before;
            if (reshard) CHECK(st.Current().shards[1].size() > 4);
        }
        REQUIRE(old_text != new_text);
        REQUIRE(total_mutations >= 4);

        for (int n = 0; n <= total_mutations; ++n) {
            CAPTURE(n);
            FakeFileSystem fs = base;
            {
                StoreStorage st(fs, kDir, opt);
                Store loaded;
                REQUIRE(st.Load(loaded).ok);
                edit(loaded);
                fs.crash_after = fs.mutations + n;
                st.Save(loaded);  // believes it succeeded; the disk froze at the crash
            }
            fs.crash_after = -1;
            Store after;
            const LoadReport r = Reload(fs, after, opt);
            REQUIRE_MESSAGE(r.ok, r.message);
            CHECK_FALSE(r.used_previous);
            const std::string text = CanonicalText(after);
            CHECK((text == old_text || text == new_text));
            // The commit is the rename: before it the old state, after it the new one.
            const bool committed = text == new_text;
            const bool manifest_is_new =
                fs.files[P("manifest.json")].find("\"generation\": 3") != std::string::npos;
            CHECK(committed == manifest_is_new);

            // Saving again from the recovered state works and leaves no stray files.
            StoreStorage st(fs, kDir, opt);
            Store again;
            REQUIRE(st.Load(again).ok);
            again.employees.Upsert(*again.employees.Find("e1"));
            REQUIRE(st.Save(again).ok);
            REQUIRE(st.Save(again).ok);
            Store final_state;
            REQUIRE(Reload(fs, final_state, opt).ok);
            CHECK(CanonicalText(final_state) == text);
            std::set<std::string> referenced;
            for (const auto& v : st.Current().shards)
                for (const auto& e : v) referenced.insert(P(e.file));
            for (const auto& f : ShardFiles(fs)) CHECK(referenced.count(f) == 1);
            CHECK_FALSE(fs.Exists(P("manifest.tmp")));
        }
    }
}

TEST_CASE("collections re-shard as they grow, and shard count stays bounded") {
    FakeFileSystem fs;
    StorageOptions opt;
    opt.target_shard_bytes = 2 * 1024;
    opt.max_shards = 16;
    StoreStorage st(fs, kDir, opt);
    Store s;
    REQUIRE(st.Load(s).ok);
    s.clients.Upsert(MakeClient("first", "First"));
    REQUIRE(st.Save(s).ok);
    CHECK(st.Current().shards[1].size() == 1);

    size_t last_count = 1;
    bool grew = false;
    for (int round = 0; round < 30; ++round) {
        for (int i = 0; i < 10; ++i)
            s.clients.Upsert(MakeClient("r" + std::to_string(round) + "-" + std::to_string(i), "C"));
        REQUIRE(st.Save(s).ok);
        const auto& shards = st.Current().shards[1];
        const size_t count = shards.size();
        CHECK((count & (count - 1)) == 0);
        CHECK(count <= 16);
        CHECK(count >= last_count);  // grows, never shrinks on an incremental save
        if (count > last_count) grew = true;
        last_count = count;
        uint64_t bytes = 0, records = 0;
        for (const auto& e : shards) {
            bytes += e.bytes;
            records += e.records;
        }
        CHECK(records == s.clients.size());
        if (count < 16) CHECK(bytes <= 2 * count * opt.target_shard_bytes);
    }
    CHECK(grew);
    CHECK(last_count == 16);
    Store loaded;
    REQUIRE(Reload(fs, loaded, opt).ok);
    CHECK(CanonicalText(loaded) == CanonicalText(s));

    // A full rewrite (everything replaced, e.g. an import in replace mode) shrinks.
    Store small;
    small.clients.Upsert(MakeClient("only", "Only"));
    s = std::move(small);
    s.MarkAllDirty();
    REQUIRE(st.Save(s).ok);
    CHECK(st.Current().shards[1].size() == 1);
    CHECK(st.Current().shards[0].empty());  // no employees: no shard files at all
    REQUIRE(Reload(fs, loaded, opt).ok);
    CHECK(loaded.clients.size() == 1);
}

TEST_CASE("files that are not ours are never removed") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(3);
    SaveFresh(fs, s);
    fs.files[P("notes.txt")] = "mine";
    fs.files[P("clients.0of1.g999.json.bak")] = "mine too";
    StoreStorage st(fs, kDir);
    Store loaded;
    REQUIRE(st.Load(loaded).ok);
    ApplyEdits(loaded);
    REQUIRE(st.Save(loaded).ok);
    ApplyEdits(loaded);
    loaded.clients.Remove("c0");
    REQUIRE(st.Save(loaded).ok);
    CHECK(fs.Exists(P("notes.txt")));
    CHECK(fs.Exists(P("clients.0of1.g999.json.bak")));
}

TEST_CASE("StdFileSystem: whole-file writes, rename over, list, remove") {
    StdFileSystem fs;
    char tmpl[] = "/tmp/card_fs_test_XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    const std::string dir = std::string(tmpl) + "/a/b";
    std::string error;
    REQUIRE(fs.MakeDir(dir, error));
    REQUIRE(fs.MakeDir(dir, error));
    REQUIRE(fs.WriteFile(dir + "/x.tmp", std::string("hello\0world", 11), error));
    REQUIRE(fs.WriteFile(dir + "/x", "old", error));
    REQUIRE(fs.Rename(dir + "/x.tmp", dir + "/x", error));
    std::string data;
    REQUIRE(fs.ReadFile(dir + "/x", data, error));
    CHECK(data == std::string("hello\0world", 11));
    std::vector<std::string> names;
    REQUIRE(fs.ListDir(dir, names, error));
    CHECK(names == std::vector<std::string>{"x"});
    CHECK(fs.Exists(dir + "/x"));
    REQUIRE(fs.Remove(dir + "/x", error));
    REQUIRE(fs.Remove(dir + "/x", error));  // already gone: fine
    CHECK_FALSE(fs.Exists(dir + "/x"));
    CHECK_FALSE(fs.ReadFile(dir + "/x", data, error));
    CHECK(error.find("No such file") != std::string::npos);
    REQUIRE(fs.ListDir(dir + "/missing", names, error));
    CHECK(names.empty());

    // The storage works on it end to end.
    Store s = MakeSampleStore(5);
    StoreStorage st(fs, dir + "/store");
    Store scratch;
    REQUIRE(st.Load(scratch).ok);
    REQUIRE(st.Save(s).ok);
    Store loaded;
    StoreStorage st2(fs, dir + "/store");
    REQUIRE(st2.Load(loaded).ok);
    CHECK(CanonicalText(loaded) == CanonicalText(s));
    std::string cmd = std::string("rm -rf ") + tmpl;
    CHECK(std::system(cmd.c_str()) == 0);
}

// ---- A large store's start: the rest read after the first frame (ContinueLoad)

namespace {

StorageOptions Deferring(uint64_t min_bytes = 1) {
    StorageOptions opt;
    opt.defer_min_bytes = min_bytes;
    opt.target_shard_bytes = 1024;  // several shards per collection, so slices show
    return opt;
}

// Runs ContinueLoad with a zero budget (one shard per call) until it is not More; returns
// how it ended and how many calls it took.
StoreStorage::Continue Finish(StoreStorage& st, Store& out, LoadReport& finished, int& calls) {
    StoreStorage::Continue r = StoreStorage::Continue::More;
    for (calls = 0; r == StoreStorage::Continue::More && calls < 100000; ++calls) {
        const double before = st.PendingFraction();
        r = st.ContinueLoad(out, 0, finished);
        if (r == StoreStorage::Continue::More) {
            CHECK(st.PendingFraction() > before);
            CHECK(st.PendingFraction() < 1.0);
        }
    }
    return r;
}

// Saves `s` (generation 1), then `edit` of it (generation 2), deferring nothing.
template <class Edit>
void TwoGenerations(FakeFileSystem& fs, Store& s, Edit&& edit) {
    SaveFresh(fs, s, Deferring());
    StoreStorage st(fs, kDir, Deferring(0));
    Store loaded;
    REQUIRE(st.Load(loaded).ok);
    edit(loaded);
    REQUIRE(st.Save(loaded).ok);
}

// The path of the shard of `c` that generation 2 wrote.
std::string Generation2Shard(FakeFileSystem& fs, CollectionId c) {
    Manifest m;
    std::string error;
    REQUIRE(DecodeManifest(fs.files[P("manifest.json")], m, error));
    std::string path;
    for (const ShardEntry& e : m.shards[static_cast<size_t>(c)])
        if (e.file.find(".g2.") != std::string::npos) path = P(e.file);
    REQUIRE_FALSE(path.empty());
    return path;
}

}  // namespace

TEST_CASE("a large store loads its clients first and the rest shard by shard") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(60);
    SaveFresh(fs, s, Deferring());
    const std::string whole = CanonicalText(s);

    StoreStorage st(fs, kDir, Deferring());
    Store loaded;
    const LoadReport first = st.Load(loaded);
    REQUIRE_MESSAGE(first.ok, first.message);
    CHECK(first.pending);
    CHECK(st.Pending());
    CHECK(st.PendingFraction() == 0.0);
    // The list and the search by the clients' own fields have what they need; the rest
    // is not there yet.
    CHECK(loaded.clients.size() == s.clients.size());
    CHECK(loaded.employees.size() == s.employees.size());
    CHECK(loaded.history.size() == s.history.size());
    CHECK(loaded.contacts.empty());
    CHECK(loaded.interactions.empty());
    CHECK(loaded.interests.empty());
    CHECK(loaded.contracts.empty());
    CHECK(loaded.relationships.empty());
    // Nothing is saved over a store that is not whole.
    CHECK_FALSE(st.NeedsSave(loaded));
    loaded.clients.Upsert(MakeClient("c-x", "X"));
    CHECK_FALSE(st.NeedsSave(loaded));
    const SaveReport refused = st.Save(loaded);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("still being read") != std::string::npos);
    loaded.clients.Remove("c-x");
    loaded.ClearDirty();

    LoadReport finished;
    int calls = 0;
    REQUIRE(Finish(st, loaded, finished, calls) == StoreStorage::Continue::Done);
    CHECK(calls > 4);  // a slice at a time, not all at once
    CHECK_FALSE(st.Pending());
    CHECK(st.PendingFraction() == 1.0);
    CHECK(finished.ok);
    CHECK_FALSE(finished.pending);
    CHECK(finished.generation == first.generation);
    size_t records = 0;
    for (size_t c = 0; c < kCollectionCount; ++c) records += s.Count(static_cast<CollectionId>(c));
    CHECK(finished.records == records);
    CHECK(CanonicalText(loaded) == whole);
    CHECK_FALSE(loaded.HasChanges());
    CHECK(loaded.contracts.OwnedBy("c7").size() == s.contracts.OwnedBy("c7").size());
    CHECK(loaded.contacts.OwnedBy("c7").size() == 1);
    CHECK(loaded.relationships.OwnedBy("c0").size() == s.relationships.OwnedBy("c0").size());
    // Whole again: an edit is saved, and the next load sees it.
    Client c = *loaded.clients.Find("c1");
    c.name = "После загрузки";
    loaded.clients.Upsert(c);
    REQUIRE(st.Save(loaded).ok);
    Store again;
    REQUIRE(Reload(fs, again).ok);
    CHECK(again.clients.Find("c1")->name == "После загрузки");
    CHECK(CanonicalText(again) == CanonicalText(loaded));
}

TEST_CASE("a store under the threshold, or none set, loads whole at once") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(20);
    SaveFresh(fs, s, Deferring());
    for (const uint64_t min_bytes : {uint64_t{0}, uint64_t{1} << 40}) {
        StoreStorage st(fs, kDir, Deferring(min_bytes));
        Store loaded;
        const LoadReport r = st.Load(loaded);
        REQUIRE(r.ok);
        CHECK_FALSE(r.pending);
        CHECK_FALSE(st.Pending());
        CHECK(CanonicalText(loaded) == CanonicalText(s));
        LoadReport finished;
        CHECK(st.ContinueLoad(loaded, 0, finished) == StoreStorage::Continue::Done);
    }
}

TEST_CASE("a damaged shard of the rest loads the previous generation, as a whole load would") {
    Store s = MakeSampleStore(40);
    FakeFileSystem fs;
    const std::string old_text = CanonicalText(s);
    TwoGenerations(fs, s, [](Store& loaded) {
        Contract k = *loaded.contracts.Find("c2-ctr");
        k.status = ContractStatus::Closed;
        loaded.contracts.Upsert(k);
    });
    // Damage the contracts shard the newest generation wrote.
    fs.Corrupt(Generation2Shard(fs, CollectionId::Contracts), 10);

    StoreStorage st(fs, kDir, Deferring());
    Store loaded;
    const LoadReport first = st.Load(loaded);
    REQUIRE(first.ok);
    REQUIRE(first.pending);  // the first part of generation 2 is fine
    CHECK(first.generation == 2);
    LoadReport finished;
    int calls = 0;
    REQUIRE(Finish(st, loaded, finished, calls) == StoreStorage::Continue::Reloaded);
    CHECK_FALSE(st.Pending());
    CHECK(finished.ok);
    CHECK(finished.used_previous);
    CHECK_FALSE(finished.pending);
    CHECK(finished.generation == 1);
    CHECK(finished.message.find("checksum") != std::string::npos);
    CHECK(CanonicalText(loaded) == old_text);
    // And the store is writable as after any fallback: the next save heals the manifest.
    CHECK(st.NeedsSave(loaded));
    CHECK(st.Save(loaded).ok);
}

TEST_CASE("the next generation stays above files that came in after the first part") {
    FakeFileSystem fs;
    Store s = MakeSampleStore(30);
    SaveFresh(fs, s, Deferring());
    // The browser's second part: a leftover of an unfinished save with a high generation
    // is not in the folder when the first part loads.
    const std::string leftover = P("interactions.0of1.g9.json");
    const std::string bytes = "{}";
    StoreStorage st(fs, kDir, Deferring());
    Store loaded;
    REQUIRE(st.Load(loaded).pending);
    fs.files[leftover] = bytes;
    LoadReport finished;
    int calls = 0;
    REQUIRE(Finish(st, loaded, finished, calls) == StoreStorage::Continue::Done);
    loaded.clients.Upsert(MakeClient("c-new", "Новый"));
    const SaveReport w = st.Save(loaded);
    REQUIRE(w.ok);
    CHECK(w.generation == 10);
    CHECK_FALSE(fs.Exists(leftover));  // neither manifest names it
}

TEST_CASE("damage in the first part that still parses is found after the first frame, and the previous generation loads") {
    Store s = MakeSampleStore(40);
    FakeFileSystem fs;
    const std::string old_text = CanonicalText(s);
    TwoGenerations(fs, s, [](Store& loaded) {
        Client c = *loaded.clients.Find("c1");
        c.name = "Второе поколение";
        loaded.clients.Upsert(c);
    });
    // A byte of an e-mail in the newest clients shard: the file still parses and decodes;
    // only its checksum says it was changed.
    const std::string shard = Generation2Shard(fs, CollectionId::Clients);
    const size_t at = fs.files[shard].find("info@example.ru");
    REQUIRE(at != std::string::npos);
    fs.Corrupt(shard, at + 2);

    StoreStorage st(fs, kDir, Deferring());
    Store loaded;
    const LoadReport first = st.Load(loaded);
    REQUIRE(first.ok);
    REQUIRE(first.pending);  // sizes right, parses: the first frame may show it
    CHECK(first.generation == 2);
    CHECK_FALSE(st.NeedsSave(loaded));  // but nothing is saved on it
    LoadReport finished;
    int calls = 0;
    REQUIRE(Finish(st, loaded, finished, calls) == StoreStorage::Continue::Reloaded);
    Manifest m;
    std::string error;
    REQUIRE(DecodeManifest(fs.files[P("manifest.json")], m, error));
    CHECK(calls <= static_cast<int>(m.shards[0].size() + m.shards[1].size()));  // before any of the rest
    CHECK(finished.used_previous);
    CHECK(finished.generation == 1);
    CHECK(finished.message.find("checksum") != std::string::npos);
    CHECK(finished.message.find(shard.substr(kDir.size() + 1)) != std::string::npos);
    CHECK(CanonicalText(loaded) == old_text);
}
