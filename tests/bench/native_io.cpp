// Import and export of the interchange format at any size (issue 7: "import of the L file
// vs. JSON.parse: at most 2x; export vs. JSON.stringify: at most 2x; wasm heap after
// importing L at most 3x the file"), natively.
// Usage:
//   bench_io DATASET.json [runs]
// For the dataset (e.g. build-bench/datasets/client-card-M.json) prints the medians of:
//   read     the strict reader alone over the whole text (each record onto a tape, no decoding);
//   dom      nlohmann::json::parse of the whole text (a DOM: the reference parser);
//   import   ApplyImport, replace mode, into an empty store (parse + validate + build);
//   merge    ApplyImport, merge mode, into an empty store;
//   remerge  ApplyImport, merge mode, into the store that already holds the file;
//   export   ExportStore of the imported store;
// and the heap: bytes allocated (operator new) at the peak of an import, held by the store
// after it, and at the peak of an export, each also as a multiple of the file size (the
// file's text itself is counted: it is in the heap in the browser too).
// Figures are printed, never asserted.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include <malloc.h>

#include "io/import.h"
#include "io/json_codec.h"
#include "io/json_reader.h"
#include "model/store.h"
#include "bench_util.h"

// ---- Heap accounting: every operator new/delete (the store's strings and vectors).
namespace {
size_t g_live = 0, g_peak = 0;
void* Counted(size_t n) {
    void* p = std::malloc(n ? n : 1);
    if (!p) throw std::bad_alloc();
    g_live += malloc_usable_size(p);
    if (g_live > g_peak) g_peak = g_live;
    return p;
}
void Uncounted(void* p) {
    if (!p) return;
    g_live -= malloc_usable_size(p);
    std::free(p);
}
}  // namespace
void* operator new(size_t n) { return Counted(n); }
void* operator new[](size_t n) { return Counted(n); }
void operator delete(void* p) noexcept { Uncounted(p); }
void operator delete[](void* p) noexcept { Uncounted(p); }
void operator delete(void* p, size_t) noexcept { Uncounted(p); }
void operator delete[](void* p, size_t) noexcept { Uncounted(p); }

using namespace card;
using namespace card::bench;

namespace {

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATASET.json [runs]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::string text;
    if (!ReadWholeFile(argv[1], text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const size_t file = text.size();
    std::printf("dataset %s: %.1f MiB, %d runs (medians)\n", argv[1], MiB(file), runs);
    // The limits of the app, except the file size (a benchmark file may be larger).
    ImportLimits limits;
    limits.file_bytes = INT64_MAX;

    std::vector<std::string> names;
    for (size_t c = 0; c < kCollectionCount; ++c) names.emplace_back(CollectionName(static_cast<CollectionId>(c)));
    std::vector<double> t_read, t_dom, t_import, t_merge, t_remerge, t_export;
    size_t import_peak = 0, store_bytes = 0, export_peak = 0, export_bytes = 0;
    for (int r = 0; r < runs; ++r) {
        JsonReadError err;
        bool strict = false;
        size_t elements = 0;
        t_read.push_back(Time([&] {
            strict = StreamJsonObjectFast(
                text, names, [](std::string_view, std::string_view) { return true; },
                [&](size_t, size_t, const JsonTape&) { return ++elements > 0; }, err);
        }));
        if (!strict) std::printf("  strict reader refuses it: %s\n", DescribeJsonReadError(text, err).c_str());
        t_dom.push_back(Time([&] {
            Json j = Json::parse(text.begin(), text.end(), nullptr, false);
            if (j.is_discarded()) std::printf("  nlohmann refuses it\n");
        }));

        const size_t base = g_live;  // the text (and the runtime's own)
        g_peak = g_live;
        Store store;
        ImportResult res;
        t_import.push_back(Time([&] { res = ApplyImport(store, text, ImportMode::Replace, limits); }));
        if (!res.ok) {
            std::printf("import failed: %s\n", res.error.c_str());
            return 1;
        }
        import_peak = g_peak - base + file;
        store_bytes = g_live - base;

        {
            Store merged;
            t_merge.push_back(Time([&] { res = ApplyImport(merged, text, ImportMode::Merge, limits); }));
        }
        t_remerge.push_back(Time([&] { res = ApplyImport(store, text, ImportMode::Merge, limits); }));
        if (!res.ok || res.summary.TotalUnchanged() != res.summary.TotalUpdated())
            std::printf("  remerge: %s, %zu updated, %zu unchanged\n", res.ok ? "ok" : res.error.c_str(),
                        res.summary.TotalUpdated(), res.summary.TotalUnchanged());

        const size_t before_export = g_live;
        g_peak = g_live;
        std::string out;
        t_export.push_back(Time([&] { out = ExportStore(store, Moment{}); }));
        export_peak = g_peak - before_export;
        export_bytes = out.size();
    }
    std::printf("  read (strict reader, no records) %9.1f ms\n", Median(t_read));
    std::printf("  dom (nlohmann::json::parse)      %9.1f ms\n", Median(t_dom));
    std::printf("  import replace into empty store  %9.1f ms  (%.2fx dom)\n", Median(t_import),
                Median(t_import) / Median(t_dom));
    std::printf("  import merge into empty store    %9.1f ms\n", Median(t_merge));
    std::printf("  import merge, all unchanged      %9.1f ms\n", Median(t_remerge));
    std::printf("  export                           %9.1f ms  (%.1f MiB of text)\n", Median(t_export), MiB(export_bytes));
    std::printf("  heap at the import's peak        %9.1f MiB (%.2fx the file, its text included)\n", MiB(import_peak),
                static_cast<double>(import_peak) / static_cast<double>(file));
    std::printf("  heap held by the store after it  %9.1f MiB (%.2fx the file; with the text %.2fx)\n", MiB(store_bytes),
                static_cast<double>(store_bytes) / static_cast<double>(file),
                static_cast<double>(store_bytes + file) / static_cast<double>(file));
    std::printf("  heap added at the export's peak  %9.1f MiB\n", MiB(export_peak));
    return 0;
}
