// The stored layout's costs at any size (issue 7: "save after one field edit, at L vs. at
// S: at most 2x"; "reopening the app with L stored"), natively, on the real file system.
// Usage:
//   bench_storage DATASET.json [DATASET.json ...]
// For each dataset (e.g. build-bench/datasets/client-card-S.json and -L.json): imports it,
// saves it whole into a fresh folder (under /dev/shm when it exists, or $BENCH_STORAGE_DIR), loads that folder back (timed), then
// times StoreStorage::Save after one field edit the way the app makes one (the record and
// one history entry), for a client and for an interaction (the biggest collection), and
// prints the medians. Figures are printed, never asserted. BENCH_STORAGE_KEEP=FOLDER keeps
// the stored folder (one dataset per run then).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include "io/file_system.h"
#include "io/import.h"
#include "io/storage.h"
#include "model/store.h"
#include "bench_util.h"

using namespace card;
using namespace card::bench;

namespace {

void RemoveFolder(StdFileSystem& fs, const std::string& dir) {
    std::vector<std::string> names;
    std::string error;
    if (!fs.ListDir(dir, names, error)) return;
    for (const auto& n : names) fs.Remove(JoinPath(dir, n), error);
    ::rmdir(dir.c_str());
}

HistoryEntry MakeHistory(const std::string& client_id, const std::string& field, int k) {
    HistoryEntry h;
    h.id = "bench-history-" + std::to_string(k);
    h.client_id = client_id;
    h.at.utc_ms = 1795000000000 + k;  // a moment in 2026
    h.entity = "client";
    h.record_id = client_id;
    h.action = "changed";
    h.field = field;
    h.old_value = "before";
    h.new_value = "after " + std::to_string(k);
    return h;
}

// One field edit as the app makes it: the record plus its history entry, then Save.
template <class Edit>
void TimeEdits(const char* what, StoreStorage& st, Store& s, int reps, Edit&& edit) {
    std::vector<double> times;
    SaveReport last;
    for (int k = 0; k < reps; ++k) {
        edit(k);
        const auto t0 = Clock::now();
        last = st.Save(s);
        times.push_back(Ms(t0, Clock::now()));
        if (!last.ok) {
            std::printf("  save failed: %s\n", last.error.c_str());
            return;
        }
    }
    std::printf("  save after one %-22s median %8.2f ms  (min %.2f, max %.2f; %zu shards written)\n", what,
                Median(times), *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()), last.shards_written);
}

void RunOne(const std::string& path) {
    std::string text;
    if (!ReadWholeFile(path, text)) {
        std::printf("%s: cannot read\n", path.c_str());
        return;
    }
    std::printf("%s (%.1f MB)\n", path.c_str(), text.size() / 1e6);
    Store s;
    auto t0 = Clock::now();
    ImportLimits limits;  // the browser's file size limit is the tab's memory, not this machine's
    limits.file_bytes = std::max<int64_t>(limits.file_bytes, static_cast<int64_t>(text.size()));
    const ImportResult r = ApplyImport(s, text, ImportMode::Replace, limits);
    if (!r.ok) {
        std::printf("  import failed: %s\n", r.error.c_str());
        return;
    }
    std::printf("  import %.0f ms: %zu clients, %zu interactions\n", Ms(t0, Clock::now()), s.clients.size(),
                s.interactions.size());
    text.clear();
    text.shrink_to_fit();

    StdFileSystem fs;
    // tmpfs when there is one: the browser's files are in memory too (MEMFS), and a disk's
    // fsync would swamp the figures. BENCH_STORAGE_DIR chooses another parent folder.
    const char* parent = std::getenv("BENCH_STORAGE_DIR");
    if (!parent) parent = fs.Exists("/dev/shm") ? "/dev/shm" : "/tmp";
    // BENCH_STORAGE_KEEP=FOLDER: save into FOLDER and leave it there (e.g. to put into a
    // browser's IndexedDB); it must be empty or hold such a folder.
    const char* keep = std::getenv("BENCH_STORAGE_KEEP");
    const std::string dir = keep && *keep ? std::string(keep)
                                          : std::string(parent) + "/bench_storage_" + std::to_string(::getpid());
    if (!keep) RemoveFolder(fs, dir);
    {
        StoreStorage st(fs, dir);
        Store scratch;
        st.Load(scratch);
        s.MarkAllDirty();
        t0 = Clock::now();
        const SaveReport rep = st.Save(s);
        if (!rep.ok) {
            std::printf("  full save failed: %s\n", rep.error.c_str());
            return;
        }
        uint64_t bytes = 0, files = 0;
        for (const auto& shards : st.Current().shards)
            for (const auto& e : shards) {
                bytes += e.bytes;
                ++files;
            }
        std::printf("  full save %.0f ms: %llu shard files, %.1f MB\n", Ms(t0, Clock::now()),
                    static_cast<unsigned long long>(files), bytes / 1e6);
    }

    // Load of the stored folder (what the app does at start-up once the files are there).
    {
        std::vector<double> times, read, parse, index;
        for (int k = 0; k < 3; ++k) {
            Store loaded;
            StoreStorage st(fs, dir);
            t0 = Clock::now();
            const LoadReport rep = st.Load(loaded);
            times.push_back(Ms(t0, Clock::now()));
            if (!rep.ok) {
                std::printf("  load failed: %s\n", rep.message.c_str());
                return;
            }
            read.push_back(rep.timing.read_ms);
            parse.push_back(rep.timing.parse_ms);
            index.push_back(rep.timing.index_ms);
        }
        std::printf("  load of the stored folder    median %8.0f ms (read + checksums %.0f, parse %.0f, "
                    "indexes %.0f)\n",
                    Median(times), Median(read), Median(parse), Median(index));
    }

    StoreStorage st(fs, dir);
    s = Store{};
    st.Load(s);
    const int reps = 9;
    if (!s.clients.empty()) {
        const std::string id = s.clients[s.clients.size() / 2].id;
        TimeEdits("client field", st, s, reps, [&](int k) {
            Client c = *s.clients.Find(id);
            c.notes = "bench edit " + std::to_string(k);
            s.clients.Upsert(std::move(c));
            s.history.Upsert(MakeHistory(id, "notes", k));
        });
    }
    if (!s.interactions.empty()) {
        const std::string id = s.interactions[s.interactions.size() / 2].id;
        TimeEdits("interaction field", st, s, reps, [&](int k) {
            Interaction i = *s.interactions.Find(id);
            i.subject = "bench edit " + std::to_string(k);
            s.interactions.Upsert(std::move(i));
        });
    }
    if (!keep) RemoveFolder(fs, dir);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATASET.json [DATASET.json ...]\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; ++i) RunOne(argv[i]);
    return 0;
}
