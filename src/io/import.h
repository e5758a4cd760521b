// Whole-store export and import of the interchange format v1 (docs/FORMAT.md).
// Import validates the whole file before it touches the store: any problem rejects it
// whole with a message naming the record and the field, and the store stays as it was.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "model/duplicates.h"
#include "model/store.h"

namespace card {

enum class ImportMode { Merge, Replace };

// Limits of an imported file (docs/FORMAT.md, "Limits"). Each refusal names the record,
// the field and the limit, and leaves the store unchanged.
// File size: the browser build's memory ends at 2 GiB (emscripten's MAXIMUM_MEMORY with
// ALLOW_MEMORY_GROWTH). A file arrives in pieces and only its records are kept (about
// twice the file's size once decoded), so 768 MiB of file keeps the tab within bounds.
constexpr int64_t kMaxImportFileBytes = 768LL * 1024 * 1024;
// A file up to this size is also kept whole while it is read, so that a refusal is worded
// with the line and column of a syntax error and the same precedence among problems as
// always (a bad header before a bad record). A larger file is refused at its first
// problem: a record's problem is worded as always, a syntax error with its byte offset.
constexpr int64_t kMaxWholeImportTextBytes = 256LL * 1024 * 1024;
// One text value (any string of a record, known field or not; not attachments' data).
constexpr size_t kMaxImportTextBytes = 1024 * 1024;
// One attachment (decoded bytes), and all attachments of one interaction: the limits of
// attaching a file in the app (src/ui/attachments.h).
constexpr int64_t kMaxImportAttachmentBytes = 5LL * 1024 * 1024;
constexpr int64_t kMaxImportAttachmentsPerInteraction = 20LL * 1024 * 1024;
// Records: per collection, and in the whole file.
constexpr size_t kMaxImportRecordsPerCollection = 2000000;
constexpr size_t kMaxImportRecordsInFile = 4000000;

// The limits an import applies: the constants above (tests pass smaller ones).
struct ImportLimits {
    int64_t file_bytes = kMaxImportFileBytes;
    int64_t whole_text_bytes = kMaxWholeImportTextBytes;
    size_t text_bytes = kMaxImportTextBytes;
    int64_t attachment_bytes = kMaxImportAttachmentBytes;
    int64_t attachments_per_interaction = kMaxImportAttachmentsPerInteraction;
    size_t records_per_collection = kMaxImportRecordsPerCollection;
    size_t records_in_file = kMaxImportRecordsInFile;
};

// "512 MiB (536870912 bytes)": how limit messages write a size.
std::string DescribeByteSize(int64_t bytes);
// The refusal of a file larger than kMaxImportFileBytes (also shown by the file picker,
// which does not read such a file at all).
std::string FileTooLargeMessage(int64_t file_bytes, int64_t limit = kMaxImportFileBytes);

struct ImportSummary {
    // Per collection, indexed by CollectionId.
    // updated: records whose id was already in the store (whether or not they differ);
    // unchanged (addition): how many of those were identical, so not rewritten.
    std::array<size_t, kCollectionCount> added{}, updated{}, removed{};
    std::array<size_t, kCollectionCount> unchanged{};
    size_t TotalAdded() const;
    size_t TotalUpdated() const;
    size_t TotalRemoved() const;
    size_t TotalUnchanged() const;
};

struct ImportResult {
    bool ok = false;
    std::string error;  // when !ok: names the record and field
    ImportSummary summary;
    // CheckImport only: new clients of the file that look like clients already here.
    std::vector<DuplicateMatch> duplicates;
};

// A file read in pieces (the browser reads a picked file in slices): each record is
// decoded as soon as it is whole, and only the unfinished tail of the text is kept (the
// whole text too when the file is at most limits.whole_text_bytes: see above). Feed the
// pieces in order, then Finish(); the result is checked against a store and applied with
// the CheckImport/ApplyImport overloads below, as often as the store or the mode changes.
class ImportReader {
public:
    // `file_bytes`: the file's size as the browser tells it (a larger file is refused
    // before anything is read).
    explicit ImportReader(int64_t file_bytes, const ImportLimits& limits = {});
    ~ImportReader();
    ImportReader(ImportReader&&) noexcept;
    ImportReader& operator=(ImportReader&&) noexcept;

    // False once the file is refused: stop reading, error() says why.
    bool Feed(std::string_view piece);
    // After the last piece: true when the whole file is valid (its records decoded).
    bool Finish();
    bool finished() const;
    const std::string& error() const;
    uint64_t bytes_read() const;  // fed so far
    int64_t file_bytes() const;

    struct Impl;

private:
    friend ImportResult CheckImport(const Store&, ImportReader&, ImportMode);
    friend ImportResult ApplyImport(Store&, ImportReader&, ImportMode);
    std::unique_ptr<Impl> impl_;
};

// Validates and counts what an import would change; the store is not modified.
ImportResult CheckImport(const Store& store, std::string_view text, ImportMode mode,
                         const ImportLimits& limits = {});
// Validates, then applies. On any error the store is exactly as before.
ImportResult ApplyImport(Store& store, std::string_view text, ImportMode mode, const ImportLimits& limits = {});
// The same for a file read with an ImportReader (Finish() returned true; otherwise the
// result is its error). Check as often as needed; Apply hands the records over, so the
// reader is spent after it.
ImportResult CheckImport(const Store& store, ImportReader& file, ImportMode mode);
ImportResult ApplyImport(Store& store, ImportReader& file, ImportMode mode);

// The whole store as a format v1 document: one record per line inside the arrays.
std::string ExportStore(const Store& store, const Moment& exported_at);
// The same text handed to `emit` in pieces of about `piece_bytes` (a piece ends after the
// record that reaches that size; the last one closes the document): concatenated, exactly
// ExportStore's text, which is never whole in memory (an L store's is 680 MB). `emit` must
// not keep the reference: the buffer is reused for the next piece.
using ExportPieceFn = std::function<void(const std::string& piece)>;
void ExportStoreInPieces(const Store& store, const Moment& exported_at, size_t piece_bytes,
                         const ExportPieceFn& emit);
// One client's whole graph: the client, its contacts, interactions, interests, contracts,
// relationships (both directions) plus the records they reference (employees, the other
// clients of its relationships) so that the file imports into an empty store.
// Returns "" when there is no client with that id.
std::string ExportClient(const Store& store, const std::string& client_id, const Moment& exported_at);

}  // namespace card
