// libFuzzer target: the import path (src/io/import.h) fed arbitrary bytes, in merge and
// in replace mode, into a small realistic store (tests/unit/io_samples.h FullStore); and
// once more with small limits (SmallLimits) so that the limit checks are reached too.
//
// Properties checked (abort() = a finding, kept by libFuzzer as a crash artifact):
// - CheckImport and ApplyImport agree (same ok, same message).
// - A rejected file has a message and leaves the store exactly as it was: the same export
//   text, no dirty marks (nothing would be saved).
// - An accepted file gives a store whose export imports (replace, into an empty store)
//   and exports again to the same bytes, and merge-importing that export into the store
//   changes nothing.
// Crashes, hangs, leaks and undefined behaviour are caught by libFuzzer, ASan and UBSan.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/import.h"
#include "fuzz_common.h"
#include "io_samples.h"

namespace {

using namespace card;

using fuzz::ExportedAt;

[[noreturn]] void Fail(const char* what, const std::string& detail) { fuzz::Fail("fuzz_import", what, detail); }

// The pre-filled store and its export, built once (each input starts from a copy).
const Store& BaseStore() {
    static const Store base = [] {
        Store s = samples::FullStore();
        s.ClearDirty();
        return s;
    }();
    return base;
}
const std::string& BaseExport() {
    static const std::string text = ExportStore(BaseStore(), ExportedAt());
    return text;
}

// Small limits, so that inputs of a few KB reach every limit check (text length,
// attachment sizes, record counts, file size) and their "store unchanged" property.
ImportLimits SmallLimits() {
    ImportLimits l;
    l.file_bytes = 48 * 1024;
    l.text_bytes = 300;
    l.attachment_bytes = 64;
    l.attachments_per_interaction = 100;
    l.records_per_collection = 12;
    l.records_in_file = 30;
    return l;
}

void CheckMode(std::string_view text, ImportMode mode, const ImportLimits& limits) {
    Store store = BaseStore();
    const std::string& before = BaseExport();
    const uint64_t revision = store.Revision();

    const ImportResult check = CheckImport(store, text, mode, limits);
    const ImportResult r = ApplyImport(store, text, mode, limits);
    if (check.ok != r.ok || check.error != r.error)
        Fail("CheckImport and ApplyImport disagree", check.error + "\n---\n" + r.error);

    if (!r.ok) {
        if (r.error.empty()) Fail("rejected without a message", "");
        if (store.HasChanges()) Fail("a rejected import left dirty marks", r.error);
        if (store.Revision() != revision) Fail("a rejected import changed the store's revision", r.error);
        if (ExportStore(store, ExportedAt()) != before) Fail("a rejected import changed the store", r.error);
        if (r.summary.TotalAdded() || r.summary.TotalUpdated() || r.summary.TotalRemoved())
            Fail("a rejected import reports counts", r.error);
        return;
    }

    // Accepted: export -> import into an empty store -> export is the identity.
    const std::string exported = ExportStore(store, ExportedAt());
    Store again;
    const ImportResult back = ApplyImport(again, exported, ImportMode::Replace);
    if (!back.ok) Fail("the export of an imported store does not import", back.error + "\n---\n" + exported);
    const std::string reexported = ExportStore(again, ExportedAt());
    if (reexported != exported) Fail("export -> import -> export differs", exported + "\n---\n" + reexported);

    // Merging a store's own export into it changes nothing.
    store.ClearDirty();
    const ImportResult self = ApplyImport(store, exported, ImportMode::Merge);
    if (!self.ok) Fail("merging a store's own export was rejected", self.error);
    if (self.summary.TotalAdded() != 0 || self.summary.TotalUnchanged() != self.summary.TotalUpdated())
        Fail("merging a store's own export changed records", exported);
    if (ExportStore(store, ExportedAt()) != exported) Fail("merging a store's own export changed it", exported);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const ImportLimits small = SmallLimits();
    CheckMode(text, ImportMode::Merge, ImportLimits{});
    CheckMode(text, ImportMode::Replace, ImportLimits{});
    CheckMode(text, ImportMode::Merge, small);
    return 0;
}
