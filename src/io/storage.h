// The stored layout of the store (docs/STORAGE.md): each collection split into shard files
// by a stable hash of the record id, a manifest naming every shard with its checksum, and
// the previous manifest kept as a fallback. Shard files are immutable and carry the
// generation that wrote them, so a save writes only the shards that hold changed records,
// then publishes a new manifest with one rename. A crash at any point leaves either the
// old or the new generation loadable, never a mix.
//
// Pure C++17 over the FileSystem interface: no emscripten, no ImGui, no exceptions.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/file_system.h"
#include "model/store.h"
#include "model/types.h"

namespace card {

// FNV-1a 64 of the bytes: used for both shard placement and file checksums.
uint64_t Fnv1a64(std::string_view bytes);
// The shard (0..shard_count-1) of a record id; shard_count is a power of two. Takes the
// top log2(shard_count) bits of Fnv1a64(id), so doubling the count splits shard i into
// 2i and 2i+1.
uint32_t ShardOf(std::string_view id, uint32_t shard_count);

struct StorageOptions {
    // Shards are sized to about this on a full rewrite; a collection is re-sharded (with
    // twice as many shards or more) once its shards average twice this.
    size_t target_shard_bytes = 256 * 1024;
    // Bounds the file count: at most this many shards per collection (a power of two).
    uint32_t max_shards = 256;
    // The moment a save is made, recorded in the manifest as "saved_at" (UTC wall clock
    // when empty).
    std::function<Moment()> clock;
    // A Load leaves the contacts, interactions, interests, relationships and contracts for
    // ContinueLoad when their shards hold at least this many bytes in all (0: never), so
    // that a large store shows its client list and search before all of it is read.
    uint64_t defer_min_bytes = 0;
};

struct ShardEntry {
    std::string file;       // name inside the storage folder
    uint64_t checksum = 0;  // Fnv1a64 of the file's bytes
    uint64_t bytes = 0;     // size of the file
    uint64_t records = 0;   // number of records in it
};

struct Manifest {
    static constexpr int kLayoutVersion = 1;
    uint64_t generation = 0;  // 0: nothing stored yet
    // Per collection (indexed by CollectionId), shard i of N; N is 0 or a power of two.
    std::array<std::vector<ShardEntry>, kCollectionCount> shards;
    std::string extra_json;  // Store::extra_json
    Moment saved_at;         // when the save was made; empty in manifests written before it
};

// The manifest file's bytes and back (checksum envelope included, see docs/STORAGE.md).
std::string EncodeManifest(const Manifest& m);
bool DecodeManifest(std::string_view bytes, Manifest& out, std::string& error);

// What was wrong with a stored file (LoadProblem::kind).
enum class Damage {
    None,
    Missing,      // a file the manifest names is not there (or the manifest itself)
    ReadError,    // the file system refused to read it
    Truncated,    // shorter than written: cut off
    Checksum,     // the right length (or longer) but other bytes: overwritten or corrupted
    NotJson,      // not JSON at all (garbage)
    Inconsistent, // valid JSON that does not hold what the manifest lists
    NewerLayout,  // made by a newer version of the app (layout > Manifest::kLayoutVersion)
};
// "missing", "truncated", "checksum", "not-json", "inconsistent", "newer-layout", ...
const char* DamageName(Damage d);

// Why one generation could not be loaded.
struct LoadProblem {
    Damage kind = Damage::None;
    std::string file;         // the file found damaged first (the manifest or a shard)
    std::string detail;       // technical reason (English)
    uint64_t generation = 0;  // of the manifest, when its body could be read
    uint64_t layout = 0;      // for NewerLayout: the layout the file declares
};

// Where a Load's time went (milliseconds, summed over every shard read; figures for the
// benchmarks, never for decisions).
struct LoadTiming {
    double read_ms = 0;   // reading the shard files and checking their checksums
    double parse_ms = 0;  // parsing and decoding their records, checking ids
    double index_ms = 0;  // handing the records to the collections (their indexes)
};

struct LoadReport {
    bool ok = false;             // the store holds a consistent saved state (or is fresh)
    bool fresh = false;          // nothing was stored yet: an empty store
    bool used_previous = false;  // the newest save was unreadable; the previous one loaded
    uint64_t generation = 0;     // the generation loaded
    std::string message;         // plain words for the user; "" when all went well
    // --- Detail for the recovery banner (ui/recovery.cpp)
    std::string dir;             // the storage folder read
    Moment saved_at;             // when the loaded generation was saved (empty: unknown)
    size_t clients = 0;          // what was loaded
    size_t records = 0;          // records of every collection, clients included
    LoadProblem newest;          // used_previous or !ok: why manifest.json failed
    LoadProblem previous;        // !ok: why manifest.prev.json failed
    // !ok because the data was made by a newer version of the app: that version's layout
    // (0 otherwise). Nothing on disk may be replaced without the user's explicit consent.
    uint64_t newer_layout = 0;
    LoadTiming timing;           // when ok
    // ok, and some collections are still to be read (StoreStorage::ContinueLoad): nothing
    // may change the store, and nothing is saved, until they are in.
    bool pending = false;
};

// Every file of the storage folder in one JSON document, so that unreadable data can be
// kept before anything replaces it: {"format":"client-card-storage-files","folder":...,
// "files":[{"name","bytes","text"} or {"name","bytes","base64"}]} (text when the file is
// valid UTF-8, else base64). False (with `error`) when the folder cannot be listed; a file
// that cannot be read is listed with its "error". `file_count` (optional) gets the count.
bool BundleStorageFolder(FileSystem& fs, const std::string& dir, std::string& out, std::string& error,
                         size_t* file_count = nullptr);

struct SaveReport {
    bool ok = false;
    std::string error;           // when !ok: what failed; the store stays dirty
    uint64_t generation = 0;     // when ok: the generation now in manifest.json
    size_t shards_written = 0;
    size_t files_removed = 0;
    std::string cleanup_error;   // removing old files failed (harmless; retried next save)
};

class StoreStorage {
public:
    static constexpr const char* kManifestFile = "manifest.json";
    static constexpr const char* kPreviousManifestFile = "manifest.prev.json";
    static constexpr const char* kTempManifestFile = "manifest.tmp";

    StoreStorage(FileSystem& fs, std::string dir, StorageOptions options = {});
    ~StoreStorage();
    StoreStorage(const StoreStorage&) = delete;
    StoreStorage& operator=(const StoreStorage&) = delete;

    // Replaces `out` with the stored state: manifest.json, or manifest.prev.json when the
    // newest generation is unreadable. An empty folder is a fresh empty store. When both
    // are unreadable: !ok, `out` is left empty, nothing on disk is touched, and Save
    // refuses to write until StartOver. Clears the store's dirty marks on success.
    LoadReport Load(Store& out);
    bool Loaded() const { return loaded_; }

    // After a Load with `pending`: reads the remaining collections' shards for about
    // `budget_ms` (at least one shard) and hands each collection to `out` (the store the
    // Load filled, unchanged since) once it is whole. More: call again. Done: all is in,
    // `finished` is the Load's report completed. Reloaded: a shard was damaged, so the
    // store was loaded again without deferring (the previous generation, or !ok), and
    // `finished` is that Load's report.
    enum class Continue { More, Done, Reloaded };
    Continue ContinueLoad(Store& out, double budget_ms, LoadReport& finished);
    bool Pending() const { return deferred_ != nullptr; }
    double PendingFraction() const;  // of the deferred bytes read, 0..1 (1 when none)

    // True when Save has something to write: dirty records, a changed extra_json, or a
    // manifest to rewrite after loading the previous generation.
    bool NeedsSave(const Store& store) const;

    // Writes the shards holding dirty records (all shards of a collection that is all
    // dirty or outgrew its shard count) under the next generation's names, then
    // manifest.tmp, then the current manifest's bytes to manifest.prev.json, then renames
    // manifest.tmp over manifest.json, then removes the shard files that neither manifest
    // names. Clears the store's dirty marks only when the new manifest is in place.
    SaveReport Save(Store& store);

    // After a failed Load: accept that the unreadable data will be replaced by `store`
    // (e.g. after the user imported a backup). Marks everything dirty; the next Save
    // writes a full generation and removes the unreadable files.
    void StartOver(Store& store);

    const Manifest& Current() const { return current_; }
    const std::string& Dir() const { return dir_; }

private:
    struct PendingShard {
        size_t collection = 0;
        uint32_t index = 0;
        std::string text;      // dropped once written
        bool written = false;
    };
    struct Deferred;
    LoadReport LoadImpl(Store& out, bool may_defer);
    bool TryLoad(const std::string& manifest_file, Store& out, Manifest& m, std::string& bytes,
                 LoadProblem& problem, bool may_defer);
    void ReleaseCurrentFiles();
    std::string ShardFileName(size_t collection, uint32_t index, uint32_t count,
                              uint64_t generation) const;

    FileSystem& fs_;
    std::string dir_;
    StorageOptions options_;
    bool loaded_ = false;
    bool heal_ = false;            // loaded the previous generation: rewrite the manifest
    Manifest current_;             // what manifest.json holds (or should hold)
    Manifest previous_;            // what manifest.prev.json holds (its files are kept)
    std::string current_bytes_;    // current_'s file bytes ("" when nothing is stored)
    uint64_t next_generation_ = 1;
    LoadTiming timing_;            // of the Load in progress
    std::unique_ptr<Deferred> deferred_;  // what a Load left for ContinueLoad
};

}  // namespace card
