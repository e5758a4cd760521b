// libFuzzer target: the stored files' loader (src/io/storage.h StoreStorage::Load) over an
// in-memory folder (tests/unit/fake_file_system.h) whose files are cut from the input
// (storage_container.h).
//
// Properties checked (abort() = a finding):
// - Load never writes, renames or removes anything, whatever it finds.
// - A failed Load leaves the store empty (even if it held records before) and says why.
// - After a successful Load, Save (as loaded, then a full rewrite) succeeds and a fresh
//   Load of the folder gives the same store (the same records: the same export lines,
//   whatever their order), from manifest.json.
// Crashes, hangs, leaks, huge allocations and undefined behaviour are caught by
// libFuzzer, ASan and UBSan.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fake_file_system.h"
#include "io/import.h"
#include "io/storage.h"
#include "fuzz_common.h"
#include "io_samples.h"
#include "storage_container.h"

namespace {

using namespace card;

using fuzz::ExportedAt;

[[noreturn]] void Fail(const char* what, const std::string& detail) { fuzz::Fail("fuzz_storage", what, detail); }

bool IsEmpty(const Store& s) {
    for (size_t c = 0; c < kCollectionCount; ++c)
        if (s.Count(static_cast<CollectionId>(c))) return false;
    return s.extra_json.empty();
}

// Rewrites the envelope checksum of a manifest file so that it matches its body.
void RepairEnvelope(std::string& bytes) {
    static const std::string head = "{\"checksum\":\"", mid = "\",\"manifest\":";
    std::string_view v(bytes);
    while (!v.empty() && (v.back() == '\n' || v.back() == '\r' || v.back() == ' ')) v.remove_suffix(1);
    const size_t body_at = head.size() + 16 + mid.size();
    if (v.size() < body_at + 1 || v.substr(0, head.size()) != head || v.substr(head.size() + 16, mid.size()) != mid ||
        v.back() != '}')
        return;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(Fnv1a64(v.substr(body_at, v.size() - body_at - 1))));
    bytes.replace(head.size(), 16, hex);
}

// Makes the manifest's shard checksums and sizes match the shard files present.
void RepairManifest(test::FakeFileSystem& fs, const std::string& path) {
    auto it = fs.files.find(path);
    if (it == fs.files.end()) return;
    RepairEnvelope(it->second);
    Manifest m;
    std::string error;
    if (!DecodeManifest(it->second, m, error)) return;
    for (auto& shards : m.shards)
        for (ShardEntry& e : shards) {
            auto f = fs.files.find(JoinPath(fuzz::kStoreDir, e.file));
            if (f == fs.files.end()) continue;
            e.checksum = Fnv1a64(f->second);
            e.bytes = f->second.size();
        }
    it->second = EncodeManifest(m);
}

// The store's export with its lines sorted: the same records whatever their order (the
// order of a loaded collection follows the shard layout, which a rewrite may change).
std::string Canonical(const Store& s) {
    const std::string text = ExportStore(s, ExportedAt());
    std::vector<std::string_view> lines;
    for (size_t p = 0; p < text.size();) {
        size_t e = text.find('\n', p);
        if (e == std::string::npos) e = text.size();
        std::string_view line(text.data() + p, e - p);
        if (!line.empty() && line.back() == ',') line.remove_suffix(1);
        lines.push_back(line);
        p = e + 1;
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (auto l : lines) (out += l) += '\n';
    return out;
}

void Reload(test::FakeFileSystem& fs, const std::string& expected, const char* after) {
    StoreStorage storage(fs, fuzz::kStoreDir);
    Store again;
    const LoadReport r = storage.Load(again);
    if (!r.ok || r.used_previous)
        Fail(after, "the fresh Load failed or fell back: " + r.message);
    const std::string text = Canonical(again);
    if (text != expected) Fail(after, "the fresh Load gives another store:\n" + expected + "\n---\n" + text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    uint8_t flags = 0;
    test::FakeFileSystem fs;
    fs.files = fuzz::UnpackFolder(std::string_view(reinterpret_cast<const char*>(data), size), flags);
    if (flags & fuzz::kRepairChecksums) {
        RepairManifest(fs, JoinPath(fuzz::kStoreDir, StoreStorage::kManifestFile));
        RepairManifest(fs, JoinPath(fuzz::kStoreDir, StoreStorage::kPreviousManifestFile));
    }
    const auto files_before = fs.files;

    StoreStorage storage(fs, fuzz::kStoreDir);
    Store store = samples::FullStore();  // Load must replace it, whatever happens
    const LoadReport report = storage.Load(store);
    if (fs.files != files_before || fs.mutations != 0) Fail("Load changed the folder", report.message);
    if (!report.ok) {
        if (!IsEmpty(store)) Fail("a failed Load left records in the store", report.message);
        if (report.message.empty()) Fail("a failed Load says nothing", "");
        return 0;
    }
    if (store.HasChanges()) Fail("a successful Load left dirty marks", report.message);

    const std::string loaded = Canonical(store);
    // Save what was loaded (after a fallback this rewrites the manifest), then reload.
    if (storage.NeedsSave(store)) {
        const SaveReport s = storage.Save(store);
        if (!s.ok) Fail("saving a loaded store failed", s.error);
    }
    Reload(fs, loaded, "after Save as loaded");
    // A full rewrite (every shard), then reload.
    store.MarkAllDirty();
    const SaveReport s = storage.Save(store);
    if (!s.ok) Fail("a full rewrite of a loaded store failed", s.error);
    Reload(fs, loaded, "after a full rewrite");
    return 0;
}
