// The save state machine (src/io/persister.h): debounce, single flight, no writes during a
// sync, the watchdog, failures and retries, Flush, read-only, and the first-save signal.
#include <doctest/doctest.h>

#include <deque>

#include "fake_file_system.h"
#include "io/persister.h"
#include "storage_test_util.h"

using namespace card;
using card::test::CanonicalText;
using card::test::FakeFileSystem;
using card::test::MakeClient;

namespace {

using Kind = SaveState::Kind;

// Records the syncs started; the test completes them (or never does).
struct FakeSync {
    std::deque<Persister::SyncDone> pending;
    int started = 0;
    Persister::StartSync Fn() {
        return [this](Persister::SyncDone done) {
            ++started;
            pending.push_back(std::move(done));
        };
    }
    void Complete(bool ok = true, const std::string& error = "") {
        REQUIRE(!pending.empty());
        Persister::SyncDone done = std::move(pending.front());
        pending.pop_front();
        done(ok, error);
    }
};

struct Fixture {
    FakeFileSystem fs;
    FakeSync sync;
    Persister p{fs, "/data", sync.Fn()};
    Store s;
    Fixture() { REQUIRE(p.Load(s).ok); }

    void Edit(int i) { s.clients.Upsert(MakeClient("t" + std::to_string(i), "T")); }
    Store Reloaded() {
        Store out;
        StoreStorage st(fs, "/data");
        REQUIRE(st.Load(out).ok);
        return out;
    }
};

}  // namespace

TEST_CASE("a change is saved after the debounce, then synced") {
    Fixture f;
    CHECK(f.p.State().kind == Kind::Saved);
    f.Edit(1);
    f.p.Tick(f.s, 1000);
    CHECK(f.p.State().kind == Kind::Unsaved);
    f.p.Tick(f.s, 1200);
    f.p.Tick(f.s, 1399);
    CHECK(f.fs.writes == 0);
    CHECK(f.sync.started == 0);
    f.p.Tick(f.s, 1400);
    CHECK(f.fs.writes > 0);
    CHECK(f.sync.started == 1);
    CHECK_FALSE(f.s.HasChanges());
    CHECK(f.p.State().kind == Kind::Saving);
    CHECK(f.p.HasUnsavedChanges(f.s));
    f.sync.Complete();
    f.p.Tick(f.s, 1450);
    CHECK(f.p.State().kind == Kind::Saved);
    CHECK(f.p.State().last_save_ms == doctest::Approx(50));
    CHECK_FALSE(f.p.HasUnsavedChanges(f.s));
    CHECK(CanonicalText(f.Reloaded()) == CanonicalText(f.s));
}

TEST_CASE("new changes restart the debounce, but a save comes within the max delay") {
    Fixture f;
    double first_write = -1;
    for (int t = 0; t <= 3000; t += 100) {
        f.Edit(t);  // a new record every 100 ms: the store never rests
        f.p.Tick(f.s, t);
        if (first_write < 0 && f.fs.writes > 0) first_write = t;
    }
    CHECK(first_write == 2000);
}

TEST_CASE("repeated edits of the same record also restart the debounce (typing)") {
    Fixture f;
    f.Edit(1);
    f.p.Tick(f.s, 1000);
    for (double t = 1100; t <= 1500; t += 100) {  // keystrokes into the same client
        f.Edit(1);
        f.p.Tick(f.s, t);
    }
    f.p.Tick(f.s, 1899);
    CHECK(f.fs.writes == 0);
    f.p.Tick(f.s, 1900);  // 400 ms after the last keystroke
    CHECK(f.fs.writes > 0);
}

TEST_CASE("one sync at a time; no writes while it runs; changes made meanwhile saved after") {
    Fixture f;
    f.Edit(1);
    f.p.Tick(f.s, 0);
    f.p.Tick(f.s, 500);
    REQUIRE(f.sync.started == 1);
    const int writes = f.fs.writes;
    // Edit an existing record and add another while the sync is in flight.
    Client c = *f.s.clients.Find("t1");
    c.notes = "during sync";
    f.s.clients.Upsert(c);
    f.Edit(2);
    for (int t = 600; t <= 10000; t += 100) f.p.Tick(f.s, t);
    CHECK(f.fs.writes == writes);
    CHECK(f.sync.started == 1);
    CHECK(f.p.State().kind == Kind::Saving);
    f.sync.Complete();
    // The changes made between the write and the sync callback are still dirty.
    CHECK(f.s.clients.DirtyIds().count("t1") == 1);
    f.p.Tick(f.s, 10100);  // already waited past the max delay: saved at once
    CHECK(f.fs.writes > writes);
    CHECK(f.sync.started == 2);
    f.sync.Complete();
    f.p.Tick(f.s, 10200);
    CHECK(f.p.State().kind == Kind::Saved);
    const Store back = f.Reloaded();
    REQUIRE(back.clients.Find("t1") != nullptr);
    CHECK(back.clients.Find("t1")->notes == "during sync");
    CHECK(back.clients.Find("t2") != nullptr);
}

TEST_CASE("the watchdog gives up on a sync that never answers, then retries with backoff") {
    Fixture f;
    f.Edit(1);
    f.p.Tick(f.s, 0);
    f.p.Tick(f.s, 400);
    REQUIRE(f.sync.started == 1);
    f.p.Tick(f.s, 400 + 14999);
    CHECK(f.p.State().kind == Kind::Saving);
    f.p.Tick(f.s, 400 + 15000);
    CHECK(f.p.State().kind == Kind::Failed);
    CHECK(f.p.State().reason == "storage did not respond");
    CHECK(f.p.HasUnsavedChanges(f.s));
    const int writes = f.fs.writes;

    f.p.Tick(f.s, 15400 + 1999);  // backoff: 2 s
    CHECK(f.sync.started == 1);
    f.p.Tick(f.s, 15400 + 2000);
    CHECK(f.sync.started == 2);    // sync again...
    CHECK(f.fs.writes == writes);  // ...without rewriting: the files are already written
    CHECK(f.p.State().kind == Kind::Saving);

    // The first sync's callback arriving late is ignored.
    f.sync.Complete(true);
    f.p.Tick(f.s, 17500);
    CHECK(f.p.State().kind == Kind::Saving);

    // The second one times out too: the next retry waits twice as long.
    f.p.Tick(f.s, 17400 + 15000);
    CHECK(f.p.State().kind == Kind::Failed);
    f.p.Tick(f.s, 32400 + 3999);
    CHECK(f.sync.started == 2);
    f.p.Tick(f.s, 32400 + 4000);
    CHECK(f.sync.started == 3);
    f.sync.pending.pop_front();  // the lost one
    f.sync.Complete(true);
    f.p.Tick(f.s, 36500);
    CHECK(f.p.State().kind == Kind::Saved);
    CHECK(f.p.State().reason.empty());
    CHECK_FALSE(f.p.HasUnsavedChanges(f.s));
}

TEST_CASE("a failed write: Failed with the reason, the store stays dirty, and it retries") {
    Fixture f;
    f.fs.fail_all_writes = true;
    f.Edit(1);
    f.p.Tick(f.s, 0);
    f.p.Tick(f.s, 400);
    CHECK(f.p.State().kind == Kind::Failed);
    CHECK(f.p.State().reason.find("No space left") != std::string::npos);
    CHECK(f.s.HasChanges());
    CHECK(f.sync.started == 0);  // nothing to sync: the write failed
    const int writes = f.fs.writes;
    f.p.Tick(f.s, 1000);
    CHECK(f.fs.writes == writes);  // waiting for the backoff
    f.p.Tick(f.s, 2400);
    CHECK(f.fs.writes > writes);   // retried, failed again
    CHECK(f.p.State().kind == Kind::Failed);

    f.fs.fail_all_writes = false;
    f.p.Tick(f.s, 2400 + 3999);
    CHECK(f.sync.started == 0);
    f.p.Tick(f.s, 2400 + 4000);  // second backoff: 4 s
    CHECK(f.sync.started == 1);
    CHECK_FALSE(f.s.HasChanges());
    f.sync.Complete();
    f.p.Tick(f.s, 6500);
    CHECK(f.p.State().kind == Kind::Saved);
    CHECK(CanonicalText(f.Reloaded()) == CanonicalText(f.s));
}

TEST_CASE("a failed sync: Failed with the reason, then the sync is retried") {
    Fixture f;
    f.Edit(1);
    f.p.Tick(f.s, 0);
    f.p.Tick(f.s, 400);
    f.sync.Complete(false, "QuotaExceededError");
    f.p.Tick(f.s, 410);
    CHECK(f.p.State().kind == Kind::Failed);
    CHECK(f.p.State().reason.find("QuotaExceededError") != std::string::npos);
    f.p.Tick(f.s, 410 + 2000);
    CHECK(f.sync.started == 2);
    f.sync.Complete();
    f.p.Tick(f.s, 2500);
    CHECK(f.p.State().kind == Kind::Saved);
}

TEST_CASE("Flush saves and syncs now, skipping the debounce") {
    Fixture f;
    f.Edit(1);
    f.p.Tick(f.s, 0);
    f.p.Flush(f.s, 10);
    CHECK(f.fs.writes > 0);
    CHECK(f.sync.started == 1);
    CHECK_FALSE(f.s.HasChanges());

    SUBCASE("a Flush during a sync saves from the sync's callback") {
        f.Edit(2);
        const int writes = f.fs.writes;
        f.p.Flush(f.s, 20);
        CHECK(f.fs.writes == writes);  // never while a sync is in flight
        f.sync.Complete();             // no Tick: a hidden page may get no frames
        CHECK(f.fs.writes > writes);
        CHECK(f.sync.started == 2);
        CHECK_FALSE(f.s.HasChanges());
        f.sync.Complete();
        f.p.Tick(f.s, 100);
        CHECK(f.p.State().kind == Kind::Saved);
        CHECK(f.Reloaded().clients.Find("t2") != nullptr);
    }
    SUBCASE("a Flush skips a failure's backoff") {
        f.sync.Complete(false, "boom");
        f.p.Tick(f.s, 30);
        CHECK(f.p.State().kind == Kind::Failed);
        f.p.Flush(f.s, 40);
        CHECK(f.sync.started == 2);
    }
    SUBCASE("a Flush with nothing to save does nothing") {
        f.sync.Complete();
        f.p.Tick(f.s, 30);
        const int writes = f.fs.writes;
        f.p.Flush(f.s, 40);
        f.p.Tick(f.s, 5000);
        CHECK(f.fs.writes == writes);
        CHECK(f.sync.started == 1);
    }
}

TEST_CASE("read-only mode never writes and never syncs") {
    Fixture f;
    f.p.SetReadOnly(true);
    f.Edit(1);
    for (int t = 0; t <= 60000; t += 250) f.p.Tick(f.s, t);
    f.p.Flush(f.s, 60000);
    CHECK(f.fs.writes == 0);
    CHECK(f.fs.renames == 0);
    CHECK(f.fs.removes == 0);
    CHECK(f.sync.started == 0);
    CHECK(f.p.State().kind == Kind::Unsaved);
    CHECK(f.p.State().reason.find("read-only") != std::string::npos);
}

TEST_CASE("the first successful save is signalled once") {
    Fixture f;
    int calls = 0;
    f.p.SetOnFirstSave([&] { ++calls; });
    f.Edit(1);
    f.p.Flush(f.s, 0);
    CHECK_FALSE(f.p.FirstSaveDone());
    f.sync.Complete(false, "no");  // a failed sync is not a save
    f.p.Tick(f.s, 10);
    CHECK(calls == 0);
    f.p.Flush(f.s, 20);
    f.sync.Complete();
    f.p.Tick(f.s, 30);
    CHECK(f.p.FirstSaveDone());
    CHECK(calls == 1);
    f.Edit(2);
    f.p.Flush(f.s, 40);
    f.sync.Complete();
    f.p.Tick(f.s, 50);
    CHECK(calls == 1);
}

TEST_CASE("nothing is written before a load, nor after a load that failed") {
    FakeFileSystem fs;
    FakeSync sync;
    Store s;
    s.clients.Upsert(MakeClient("a", "A"));

    SUBCASE("not loaded") {
        Persister p(fs, "/data", sync.Fn());
        for (int t = 0; t < 5000; t += 100) p.Tick(s, t);
        p.Flush(s, 5000);
        CHECK(fs.writes == 0);
        CHECK(sync.started == 0);
    }
    SUBCASE("unreadable data blocks saving until StartOver") {
        fs.files["/data/manifest.json"] = "garbage";
        fs.files["/data/manifest.prev.json"] = "garbage";
        Persister p(fs, "/data", sync.Fn());
        const LoadReport r = p.Load(s);
        CHECK_FALSE(r.ok);
        CHECK(p.Blocked());
        CHECK(p.State().kind == Kind::Failed);
        CHECK(p.State().reason == r.message);
        s.clients.Upsert(MakeClient("b", "B"));
        for (int t = 0; t < 5000; t += 100) p.Tick(s, t);
        p.Flush(s, 5000);
        CHECK(fs.writes == 0);
        CHECK(sync.started == 0);

        p.StartOver(s);
        CHECK_FALSE(p.Blocked());
        p.Flush(s, 6000);
        CHECK(fs.writes > 0);
        CHECK(sync.started == 1);
        Store back;
        StoreStorage st(fs, "/data");
        REQUIRE(st.Load(back).ok);
        CHECK(back.clients.Find("b") != nullptr);
    }
}

TEST_CASE("loading the previous generation schedules a healing save") {
    FakeFileSystem fs;
    FakeSync sync;
    {
        Persister p(fs, "/data", sync.Fn());
        Store s;
        REQUIRE(p.Load(s).ok);
        s.clients.Upsert(MakeClient("a", "A"));
        p.Flush(s, 0);
        sync.Complete();
        s.clients.Upsert(MakeClient("b", "B"));
        p.Flush(s, 10);
        sync.Complete();
    }
    fs.files["/data/manifest.json"] = "garbage";
    Persister p(fs, "/data", sync.Fn());
    Store s;
    const LoadReport r = p.Load(s);
    CHECK(r.used_previous);
    CHECK(s.clients.size() == 1);
    p.Tick(s, 0);
    CHECK(p.State().kind == Kind::Unsaved);
    p.Tick(s, 400);
    CHECK(sync.started == 3);
    Store back;
    StoreStorage st(fs, "/data");
    const LoadReport r2 = st.Load(back);
    CHECK(r2.ok);
    CHECK_FALSE(r2.used_previous);
}

TEST_CASE("Tick does no file work when nothing changed") {
    Fixture f;
    f.Edit(1);
    f.p.Flush(f.s, 0);
    f.sync.Complete();
    f.p.Tick(f.s, 1);
    f.fs.ResetCounters();
    for (int t = 2; t < 100000; t += 16) f.p.Tick(f.s, t);
    CHECK(f.fs.reads + f.fs.lists + f.fs.writes + f.fs.renames + f.fs.removes == 0);
    CHECK(f.sync.started == 1);
}

TEST_CASE("a sync that answers at once, no sync at all, and a Persister gone before the answer") {
    SUBCASE("synchronous callback") {
        FakeFileSystem fs;
        Persister p(fs, "/data", [](Persister::SyncDone done) { done(true, ""); });
        Store s;
        REQUIRE(p.Load(s).ok);
        s.clients.Upsert(MakeClient("a", "A"));
        p.Flush(s, 0);
        p.Tick(s, 1);
        CHECK(p.State().kind == Kind::Saved);
        CHECK(p.FirstSaveDone());
    }
    SUBCASE("no durable layer") {
        FakeFileSystem fs;
        Persister p(fs, "/data", nullptr);
        Store s;
        REQUIRE(p.Load(s).ok);
        s.clients.Upsert(MakeClient("a", "A"));
        p.Flush(s, 0);
        p.Tick(s, 1);
        CHECK(p.State().kind == Kind::Saved);
    }
    SUBCASE("destroyed before the callback") {
        FakeFileSystem fs;
        FakeSync sync;
        {
            Persister p(fs, "/data", sync.Fn());
            Store s;
            REQUIRE(p.Load(s).ok);
            s.clients.Upsert(MakeClient("a", "A"));
            p.Flush(s, 0);
        }
        sync.Complete();  // must not touch the destroyed Persister
        CHECK(sync.pending.empty());
    }
}

// ---- Storage full (quota), issue 6.

TEST_CASE("storage-full errors are recognized by name, other errors are not") {
    for (const char* e : {"QuotaExceededError: The transaction was aborted", "quotaexceedederror",
                          "the browser could not store the data: QuotaExceededError",
                          "NS_ERROR_DOM_QUOTA_REACHED", "Quota exceeded.", "write failed: ENOSPC",
                          "No space left on device"})
        CHECK_MESSAGE(Persister::IsStorageFullError(e), e);
    for (const char* e : {"", "storage did not respond", "AbortError: aborted", "InvalidStateError: closed",
                          "could not save: rename failed", "UnknownError"})
        CHECK_MESSAGE(!Persister::IsStorageFullError(e), e);
}

namespace {

// IndexedDB through IDBFS as the browser runs it: a sync copies the whole folder in one
// transaction, all or nothing; a failed one (quota) leaves the durable copy as it was.
struct DurableSync {
    FakeFileSystem& memory;
    FakeFileSystem durable;
    std::deque<Persister::SyncDone> pending;
    int started = 0;
    explicit DurableSync(FakeFileSystem& m) : memory(m) {}
    Persister::StartSync Fn() {
        return [this](Persister::SyncDone done) {
            ++started;
            pending.push_back(std::move(done));
        };
    }
    void Complete(bool ok, const std::string& error = "") {
        REQUIRE(!pending.empty());
        if (ok) durable.files = memory.files;  // the transaction committed: a mirror
        Persister::SyncDone done = std::move(pending.front());
        pending.pop_front();
        done(ok, error);
    }
    // What a reload of the page would find (FS.syncfs(true) + Load).
    Store Reload() {
        FakeFileSystem fresh;
        fresh.files = durable.files;
        Store out;
        StoreStorage st(fresh, "/data");
        const LoadReport r = st.Load(out);
        REQUIRE_MESSAGE(r.ok, r.message);
        CHECK(!r.used_previous);
        return out;
    }
};

const char* kQuota = "QuotaExceededError: The transaction was aborted, so the request cannot be fulfilled.";

}  // namespace

TEST_CASE("storage full: reported as such, work kept in memory, retried, and nothing saved is damaged") {
    FakeFileSystem fs;
    DurableSync sync(fs);
    Persister p{fs, "/data", sync.Fn()};
    Store s;
    REQUIRE(p.Load(s).ok);

    // State A, saved.
    s.clients.Upsert(MakeClient("a", "Alpha"));
    p.Flush(s, 0);
    sync.Complete(true);
    p.Tick(s, 1);
    REQUIRE(p.State().kind == Kind::Saved);
    const std::string a = CanonicalText(s);
    CHECK(CanonicalText(sync.Reload()) == a);

    // An edit; the sync fails for lack of space: at once Failed + storage_full.
    s.clients.Upsert(MakeClient("b", "Beta"));
    p.Flush(s, 100);
    REQUIRE(sync.pending.size() == 1);
    sync.Complete(false, kQuota);
    p.Tick(s, 101);
    SaveState st = p.State();
    CHECK(st.kind == Kind::Failed);
    CHECK(st.storage_full);
    CHECK(st.reason.find("QuotaExceededError") != std::string::npos);
    CHECK(p.HasUnsavedChanges(s));               // beforeunload still warns
    CHECK(s.clients.Find("b") != nullptr);      // the edit is still in memory
    CHECK(CanonicalText(sync.Reload()) == a);   // IndexedDB still holds A, loadable

    // More edits while full (memory keeps them; later saves write new generations and
    // clean up old files in memory, which must not matter for the durable copy).
    for (int i = 0; i < 5; ++i) {
        s.clients.Upsert(MakeClient("c" + std::to_string(i), "Gamma"));
        p.RetryNow(s, 200 + i);  // "Try again" pressed: a sync at once, no backoff wait
        REQUIRE_MESSAGE(sync.pending.size() == 1, "RetryNow starts a sync at once");
        CHECK(p.State().kind == Kind::Saving);
        CHECK(p.State().storage_full);  // the bar stays while the retry runs
        sync.Complete(false, kQuota);
        p.Tick(s, 200.5 + i);
        CHECK(p.State().storage_full);
        CHECK(CanonicalText(sync.Reload()) == a);
    }

    // The watchdog giving up on a sync does not clear the storage-full state.
    p.RetryNow(s, 300);
    REQUIRE(sync.pending.size() == 1);
    p.Tick(s, 300 + 16000);
    CHECK(p.State().kind == Kind::Failed);
    CHECK(p.State().storage_full);
    CHECK(p.State().reason.find("QuotaExceededError") != std::string::npos);
    sync.pending.clear();  // that callback never comes

    // Space freed; the automatic retry (backoff) saves, and the state clears by itself.
    const int before = sync.started;
    for (double t = 16400; t < 16400 + 70000 && sync.started == before; t += 500) p.Tick(s, t);
    REQUIRE_MESSAGE(sync.started == before + 1, "the backoff retries by itself");
    sync.Complete(true);
    p.Tick(s, 90000);
    st = p.State();
    CHECK(st.kind == Kind::Saved);
    CHECK(!st.storage_full);
    CHECK(st.reason.empty());
    CHECK(!p.HasUnsavedChanges(s));
    CHECK(CanonicalText(sync.Reload()) == CanonicalText(s));
}

TEST_CASE("storage full: a save that fails with another error is not reported as full") {
    Fixture f;
    f.Edit(1);
    f.p.Flush(f.s, 0);
    f.sync.Complete(false, kQuota);
    f.p.Tick(f.s, 1);
    CHECK(f.p.State().storage_full);
    f.p.RetryNow(f.s, 2);
    f.sync.Complete(false, "AbortError: something else");
    f.p.Tick(f.s, 3);
    CHECK(f.p.State().kind == Kind::Failed);
    CHECK(!f.p.State().storage_full);
    CHECK(f.p.State().reason.find("AbortError") != std::string::npos);
}

TEST_CASE("RetryNow: nothing to retry, a sync in flight, read-only") {
    Fixture f;
    f.p.RetryNow(f.s, 0);  // nothing failed: no sync
    CHECK(f.sync.started == 0);
    f.Edit(1);
    f.p.RetryNow(f.s, 1);  // dirty but not failed: the debounce decides, not RetryNow
    CHECK(f.sync.started == 0);
    f.p.Flush(f.s, 2);
    REQUIRE(f.sync.started == 1);
    f.sync.Complete(false, kQuota);
    f.p.Tick(f.s, 3);
    f.p.RetryNow(f.s, 4);
    CHECK(f.sync.started == 2);
    f.p.RetryNow(f.s, 5);  // one in flight: no second sync
    CHECK(f.sync.started == 2);
    f.sync.Complete(true);
    f.p.Tick(f.s, 6);
    CHECK(f.p.State().kind == Kind::Saved);

    f.Edit(2);
    f.p.Flush(f.s, 10);
    f.sync.Complete(false, kQuota);
    f.p.Tick(f.s, 11);
    f.p.SetReadOnly(true);
    f.p.RetryNow(f.s, 12);  // read-only never syncs
    CHECK(f.sync.started == 3);
    CHECK(!f.p.State().storage_full);  // and shows no storage-full state
}

TEST_CASE("FlushClosing: a page closing during a sync writes and syncs at once when the layer allows it") {
    FakeFileSystem fs;
    DurableSync sync(fs);
    Persister p{fs, "/data", sync.Fn()};
    Store s;
    REQUIRE(p.Load(s).ok);
    s.clients.Upsert(MakeClient("a", "Alpha"));
    p.Flush(s, 0);
    REQUIRE(sync.pending.size() == 1);  // in flight
    s.clients.Upsert(MakeClient("a", "Alpha typed more"));

    SUBCASE("layer without overlap: waits for the sync in flight, as Flush") {
        p.FlushClosing(s, 10, false);
        CHECK(sync.started == 1);
        sync.Complete(true);  // its callback runs the waiting save (no frame needed)
        CHECK(sync.started == 2);
        sync.Complete(true);
    }
    SUBCASE("layer with overlap: the next sync starts now; the first one's answer is ignored") {
        p.FlushClosing(s, 10, true);
        REQUIRE(sync.started == 2);
        CHECK(p.State().kind == Kind::Saving);
        sync.Complete(false, "AbortError: the first one failed");  // ignored: covered by the second
        p.Tick(s, 11);
        CHECK(p.State().kind == Kind::Saving);
        sync.Complete(true);
    }
    p.Tick(s, 20);
    CHECK(p.State().kind == Kind::Saved);
    CHECK(!p.HasUnsavedChanges(s));
    CHECK(sync.Reload().clients.Find("a")->name == "Alpha typed more");
}

TEST_CASE("FlushClosing: nothing new, read-only: no extra sync") {
    Fixture f;
    f.Edit(1);
    f.p.Flush(f.s, 0);
    REQUIRE(f.sync.started == 1);
    f.p.FlushClosing(f.s, 1, true);  // nothing changed since: the sync in flight covers it
    CHECK(f.sync.started == 1);
    f.sync.Complete(true);
    f.p.Tick(f.s, 2);
    f.p.SetReadOnly(true);
    f.Edit(2);
    f.p.FlushClosing(f.s, 3, true);
    CHECK(f.sync.started == 1);
}

TEST_CASE("a load with a rest to read writes nothing until it is in, then saves as usual") {
    FakeFileSystem fs;
    FakeSync sync;
    {
        Persister first(fs, "/data", sync.Fn());
        Store s;
        REQUIRE(first.Load(s).ok);
        s = card::test::MakeSampleStore(30);
        s.MarkAllDirty();
        first.Flush(s, 0);
        sync.Complete();
    }
    Persister::Options opt;
    opt.storage.defer_min_bytes = 1;
    Persister p(fs, "/data", sync.Fn(), opt);
    Store s;
    const LoadReport r = p.Load(s);
    REQUIRE(r.ok);
    REQUIRE(r.pending);
    CHECK(p.LoadPending());
    const int writes = fs.writes, started = sync.started;
    p.Tick(s, 1000);
    p.Flush(s, 1000);
    p.FlushClosing(s, 1000, true);
    p.Tick(s, 5000);
    CHECK(fs.writes == writes);  // nothing is written over a store that is not whole
    CHECK(sync.started == started);
    CHECK_FALSE(p.HasUnsavedChanges(s));
    LoadReport finished;
    StoreStorage::Continue c = StoreStorage::Continue::More;
    for (int i = 0; i < 10000 && c == StoreStorage::Continue::More; ++i) c = p.ContinueLoad(s, 0, finished);
    REQUIRE(c == StoreStorage::Continue::Done);
    CHECK(finished.ok);
    CHECK_FALSE(p.LoadPending());
    CHECK(s.interactions.size() == 30);
    s.clients.Upsert(MakeClient("after", "После"));
    p.Tick(s, 6000);
    p.Tick(s, 6500);
    CHECK(sync.started == started + 1);
    sync.Complete();
    p.Tick(s, 6600);
    CHECK(p.State().kind == Kind::Saved);
    Store again;
    StoreStorage st(fs, "/data");
    REQUIRE(st.Load(again).ok);
    CHECK(again.clients.Contains("after"));
    CHECK(again.interactions.size() == 30);
}
