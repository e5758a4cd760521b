// Whole-store export and import of the interchange format v1 (docs/FORMAT.md).
// Import validates the whole file before it touches the store: any problem rejects it
// whole with a message naming the record and the field, and the store stays as it was.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "model/duplicates.h"
#include "model/store.h"

namespace card {

enum class ImportMode { Merge, Replace };

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

// Validates and counts what an import would change; the store is not modified.
ImportResult CheckImport(const Store& store, std::string_view text, ImportMode mode);
// Validates, then applies. On any error the store is exactly as before.
ImportResult ApplyImport(Store& store, std::string_view text, ImportMode mode);

// The whole store as a format v1 document: one record per line inside the arrays.
std::string ExportStore(const Store& store, const Moment& exported_at);
// One client's whole graph: the client, its contacts, interactions, interests, contracts,
// relationships (both directions) plus the records they reference (employees, the other
// clients of its relationships) so that the file imports into an empty store.
// Returns "" when there is no client with that id.
std::string ExportClient(const Store& store, const std::string& client_id, const Moment& exported_at);

}  // namespace card
