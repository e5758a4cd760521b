// Relationships between clients (docs/FORMAT.md "relationships"): reading a stored link
// from either card, checking a new or edited link, and the group of companies.
//
// A relationship is stored once, as (from_client_id, kind, to_client_id), and read from
// both sides. On the from-client's card it reads as its kind; on the to-client's card
// parent_of reads "subsidiary of", supplier and customer swap, and the symmetric kinds
// (same_group, partner, competitor, affiliated) read the same.
//
// Rules for links (CheckLink):
// - no link of a company to itself;
// - no duplicate: the same pair with the same meaning, whichever way it is stored
//   (A supplier B == B customer A; A partner B == B partner A);
// - different meanings between the same pair are allowed: a partner can also be a
//   supplier, a competitor can be a customer (real life). A supplier to B that is also a
//   customer of B (mutual supplies) is allowed too;
// - no parent cycle: "A parent of B" is refused when A is already below B through any
//   chain of parent_of links (B parent of ... parent of A), including B parent of A.
// Several parents of one company are allowed (a joint venture of two holdings).
//
// Everything walks store.relationships.OwnedBy (the links of one client), never the whole
// collection: checks cost the links of the companies involved, not the 50k of the store.
// No ImGui here; the interface words the readings and the refusals (ui/strings).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/store.h"

namespace card {

// A relationship as read from one client's card: "this company is <reading> the other".
// The order is the order of the tab's list and of the kind chooser.
enum class RelationReading : uint8_t {
    ParentOf,      // parent company of
    SubsidiaryOf,  // subsidiary of (parent_of read from the child's side)
    SameGroup,     // same group as
    Partner,       // partner of
    SupplierTo,    // supplier to
    CustomerOf,    // customer of
    Competitor,    // competitor of
    Affiliated,    // affiliated with
};
constexpr int kRelationReadingCount = 8;

// The reading of `kind` on the from-client's card (from_side) or the to-client's card.
RelationReading ReadingOf(RelationshipKind kind, bool from_side);
// The reading of `r` on `client_id`'s card (the from side unless client_id is the to side).
RelationReading ReadingOn(const Relationship& r, const std::string& client_id);
// The same link read from the other card: ParentOf <-> SubsidiaryOf, SupplierTo <->
// CustomerOf, the symmetric readings themselves.
RelationReading InverseReading(RelationReading reading);
// True for the kinds that read the same from both sides.
bool IsSymmetric(RelationshipKind kind);

// Fills from/to/kind of `out` so that it reads `reading` on `this_id`'s card and links it
// to `other_id`. A subsidiary is stored as "other parent_of this"; a supplier as "this
// supplier other", a customer as "this customer other" (the wording the user chose is
// kept: both directions are valid and read the same). Symmetric kinds go from this card.
void StoreReading(RelationReading reading, const std::string& this_id, const std::string& other_id,
                  Relationship& out);

// Why a link cannot be saved.
enum class LinkProblem : uint8_t {
    Ok,
    NoOtherCompany,  // the other end is not chosen
    Self,            // from == to
    MissingClient,   // an end is not in the store
    Duplicate,       // the same pair with the same meaning exists (`existing_id`)
    ParentCycle,     // parent_of would close a chain (`chain`)
};

struct LinkCheck {
    LinkProblem problem = LinkProblem::Ok;
    // Duplicate: the id of the link that already says it.
    std::string existing_id;
    // ParentCycle: the client ids of the cycle the link would close, from the new parent
    // down to it again: {A, B, C, A} for a new "A parent of B" where B parent of C parent
    // of A already holds. Empty otherwise.
    std::vector<std::string> chain;
    bool ok() const { return problem == LinkProblem::Ok; }
};

// Checks `link` (new, or an edit of the stored link with the same id: that stored
// version is ignored) against the store.
LinkCheck CheckLink(const Store& store, const Relationship& link);

// Two links mean the same (same pair, same meaning whichever way stored).
bool SameMeaning(const Relationship& a, const Relationship& b);

// ---- The group of companies

// The group of a client: every company connected to it through parent_of and same_group
// links, in both directions. Partners, suppliers, customers, competitors and affiliated
// companies are not the group: they are independent businesses that merely deal with each
// other (affiliation in the legal sense may be a single shared director), and following
// them would pull half the market into one "group".
struct GroupRow {
    std::string client_id;
    int depth = 0;           // 0 = a top company (no parent in the group)
    bool missing = false;    // the id is not in the store (shown as a missing client)
    bool repeated = false;   // a company with several parents, already shown with its
                             // subsidiaries under an earlier parent: drawn, not expanded again
    bool in_cycle = false;   // a top row chosen to show a parent cycle found in the data
    bool same_group = false; // a top company that is in the group only through same_group
};

struct GroupTree {
    // The rows as drawn: depth-first from the top companies; roots and children sorted by
    // name (then id). A company with several parents appears under each of them.
    std::vector<GroupRow> rows;
    size_t companies = 0;  // distinct members, the client itself included (1 = no group)
};

// Compares two display names (<0, 0, >0). The interface passes its case-folding compare;
// the default compares bytes.
using NameCompare = int (*)(std::string_view, std::string_view);

GroupTree BuildGroupTree(const Store& store, const std::string& client_id, NameCompare compare = nullptr);

}  // namespace card
