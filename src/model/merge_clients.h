// Merging two records of one company: everything of `other` moves to `survivor`, then
// `other` is removed. Pure C++17, no ImGui. The interface calls MergeClients within one
// frame, so the edit journal makes the whole merge one undo step.
//
// The survivor's fields:
// - text requisites (legal name, INN, KPP, OGRN, addresses, website, segment, industry,
//   size, source, created_at): its own non-empty value stays; an empty one is filled from
//   the other (reported as filled); two different non-empty values keep the survivor's and
//   report the other's as a conflict (it is not stored anywhere else). The name, kind and
//   status are the survivor's (a different name / kind / status of the other is reported).
// - phones (compared by their match key, model/phone.h, else by the trimmed text), e-mails
//   (case-insensitive), tags: united, the survivor's first, no duplicates.
// - responsibles united by (employee, role); products and infobases united by name (the
//   survivor's entry wins for a name both have).
// - notes: the other's appended after an empty line when both have different notes.
// Records: contacts, interactions, interests and contracts get client_id := survivor (the
// other's primary contact stops being primary when the survivor has one: one primary per
// client). Relationships are re-pointed at both ends, in id order; one that would link the
// survivor to itself, say what an existing link says (SameMeaning), or close a parent_of
// cycle (CheckLink) is removed instead, and reported. Contract numbers that then occur
// twice in the survivor are kept (both contracts stay) and reported.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/relationships.h"
#include "model/store.h"

namespace card {

enum class MergeRefusal : uint8_t {
    None,
    SameClient,     // a client cannot be merged with itself
    MissingClient,  // one of the two is not in the store
};

enum class MergeField : uint8_t {
    Name, LegalName, Inn, Kpp, Ogrn, LegalAddress, ActualAddress, Website, Segment, Industry, Size, Source,
    CreatedAt, Kind, Status,
};

// A requisite whose value did not simply stay: filled from the other, or in conflict.
struct MergeFieldOutcome {
    MergeField field = MergeField::Name;
    bool filled = false;  // true: the survivor's was empty and took `other`; false: conflict
    std::string kept;     // the survivor's value after the merge (text fields)
    std::string other;    // the other's value (lost on a conflict)
};

struct DroppedLink {
    std::string id;        // the removed relationship
    LinkProblem why = LinkProblem::Self;  // Self, Duplicate or ParentCycle
    std::string far_id;    // the company at its other end (the survivor for Self)
    RelationshipKind kind = RelationshipKind::Partner;
    bool survivor_is_from = true;  // how it would have read: survivor as its from side
    std::string existing_id;       // Duplicate: the link that already says it
};

struct ContractClash {
    std::string number;
    std::string survivor_contract_id, other_contract_id;
};

struct MergeReport {
    MergeRefusal refusal = MergeRefusal::None;
    bool ok() const { return refusal == MergeRefusal::None; }
    std::string survivor_id, other_id;
    // Records moved to the survivor (relationships: re-pointed and kept).
    size_t contacts = 0, interactions = 0, interests = 0, contracts = 0, relationships = 0;
    // Items of the other added to the survivor's lists (those it did not have).
    size_t phones = 0, emails = 0, tags = 0, responsibles = 0, products = 0, infobases = 0;
    bool notes_joined = false;
    size_t primaries_cleared = 0;  // the other's primary contacts, no longer primary
    std::vector<MergeFieldOutcome> fields;  // in MergeField order
    std::vector<DroppedLink> dropped;
    std::vector<ContractClash> clashes;

    size_t Moved() const { return contacts + interactions + interests + contracts + relationships; }
    size_t Conflicts() const {
        size_t n = 0;
        for (const MergeFieldOutcome& f : fields) n += !f.filled;
        return n;
    }
};

// Merges `other_id` into `survivor_id` (see above) and removes `other_id`. Refused (the
// store untouched) for the same client or a missing one.
MergeReport MergeClients(Store& store, const std::string& survivor_id, const std::string& other_id);

// What MergeClients would do, without touching the store: runs it on a copy of only the
// records involved (the two clients' records, and the relationships of the companies
// joined to them through parent_of links, for the cycle check).
MergeReport PreviewMerge(const Store& store, const std::string& survivor_id, const std::string& other_id);

}  // namespace card
