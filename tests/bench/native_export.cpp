// Where the export's time goes (issue 7, item 3: "export vs. JSON.stringify of the parsed
// object: at most 2x"), natively.
// Usage:
//   bench_export DATASET.json [runs]
// Imports the dataset once, then prints the medians of:
//   export       ExportStore of the whole store (what File > Export writes, what
//                bench_export_bytes times in the browser);
//   hints        the size-hint pass alone (RecordJsonSizeHint of every record);
//   <collection> AppendRecordJson of every record of one collection into a reserved string;
//   copy         memcpy of the export's bytes (the floor for writing that many bytes);
// and a 64-bit FNV-1a hash of the export's text with a fixed exported_at, to check that a
// change to the writer leaves the file byte for byte as it was (compare before/after).
// Figures are printed, never asserted.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "io/import.h"
#include "io/json_codec.h"
#include "model/store.h"
#include "bench_util.h"

using namespace card;
using namespace card::bench;

namespace {

uint64_t Fnv1a(const std::string& s) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATASET.json [runs]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    std::string text;
    if (!ReadWholeFile(argv[1], text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    ImportLimits limits;
    limits.file_bytes = INT64_MAX;
    Store store;
    const ImportResult res = ApplyImport(store, text, ImportMode::Replace, limits);
    if (!res.ok) {
        std::fprintf(stderr, "import failed: %s\n", res.error.c_str());
        return 1;
    }
    text = std::string();
    std::printf("dataset %s, %d runs (medians)\n", argv[1], runs);

    const Moment at = *Moment::Parse("2026-11-27T09:00:00+03:00");
    std::vector<double> t_export, t_hints, t_copy;
    std::vector<std::vector<double>> t_coll(kCollectionCount);
    std::string out;
    for (int r = 0; r < runs; ++r) {
        out = std::string();
        t_export.push_back(Time([&] { out = ExportStore(store, at); }));
        size_t hint = 0;
        t_hints.push_back(Time([&] {
            store.ForEachCollection([&](const auto& c) {
                for (const auto& rec : c.All()) hint += RecordJsonSizeHint(rec);
            });
        }));
        if (hint == 0) std::printf("  (no records)\n");
        size_t k = 0;
        store.ForEachCollection([&](const auto& c) {
            std::string part;
            size_t bytes = 0;
            for (const auto& rec : c.All()) bytes += RecordJsonSizeHint(rec);
            part.reserve(bytes + bytes / 64);
            t_coll[k++].push_back(Time([&] {
                for (const auto& rec : c.All()) AppendRecordJson(part, rec);
            }));
        });
        std::string copy(out.size(), '\0');
        t_copy.push_back(Time([&] { std::memcpy(&copy[0], out.data(), out.size()); }));
        if (copy.back() != out.back()) std::printf("  (copy differs)\n");
    }
    std::printf("  export        %8.2f ms  (%.1f MiB of text, %.0f MiB/s)\n", Median(t_export), MiB(out.size()),
                MiB(out.size()) / (Median(t_export) / 1000.0));
    std::printf("  hints         %8.2f ms\n", Median(t_hints));
    size_t k = 0;
    store.ForEachCollection([&](const auto& c) {
        std::printf("  %-13s %8.2f ms  (%zu records)\n", CollectionName(static_cast<CollectionId>(k)),
                    Median(t_coll[k]), c.size());
        ++k;
    });
    std::printf("  copy          %8.2f ms\n", Median(t_copy));
    std::printf("  text hash     %016llx (%zu bytes)\n", static_cast<unsigned long long>(Fnv1a(out)), out.size());
    return 0;
}
