#include "model/relationships.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace card {

RelationReading ReadingOf(RelationshipKind kind, bool from_side) {
    switch (kind) {
        case RelationshipKind::ParentOf: return from_side ? RelationReading::ParentOf : RelationReading::SubsidiaryOf;
        case RelationshipKind::SameGroup: return RelationReading::SameGroup;
        case RelationshipKind::Partner: return RelationReading::Partner;
        case RelationshipKind::Supplier: return from_side ? RelationReading::SupplierTo : RelationReading::CustomerOf;
        case RelationshipKind::Customer: return from_side ? RelationReading::CustomerOf : RelationReading::SupplierTo;
        case RelationshipKind::Competitor: return RelationReading::Competitor;
        case RelationshipKind::Affiliated: return RelationReading::Affiliated;
    }
    return RelationReading::Partner;
}

RelationReading ReadingOn(const Relationship& r, const std::string& client_id) {
    return ReadingOf(r.kind, !(r.to_client_id == client_id && r.from_client_id != client_id));
}

RelationReading InverseReading(RelationReading reading) {
    switch (reading) {
        case RelationReading::ParentOf: return RelationReading::SubsidiaryOf;
        case RelationReading::SubsidiaryOf: return RelationReading::ParentOf;
        case RelationReading::SupplierTo: return RelationReading::CustomerOf;
        case RelationReading::CustomerOf: return RelationReading::SupplierTo;
        default: return reading;
    }
}

bool IsSymmetric(RelationshipKind kind) {
    return kind == RelationshipKind::SameGroup || kind == RelationshipKind::Partner ||
           kind == RelationshipKind::Competitor || kind == RelationshipKind::Affiliated;
}

void StoreReading(RelationReading reading, const std::string& this_id, const std::string& other_id,
                  Relationship& out) {
    out.from_client_id = this_id;
    out.to_client_id = other_id;
    switch (reading) {
        case RelationReading::ParentOf: out.kind = RelationshipKind::ParentOf; break;
        case RelationReading::SubsidiaryOf:
            out.kind = RelationshipKind::ParentOf;
            out.from_client_id = other_id;
            out.to_client_id = this_id;
            break;
        case RelationReading::SameGroup: out.kind = RelationshipKind::SameGroup; break;
        case RelationReading::Partner: out.kind = RelationshipKind::Partner; break;
        case RelationReading::SupplierTo: out.kind = RelationshipKind::Supplier; break;
        case RelationReading::CustomerOf: out.kind = RelationshipKind::Customer; break;
        case RelationReading::Competitor: out.kind = RelationshipKind::Competitor; break;
        case RelationReading::Affiliated: out.kind = RelationshipKind::Affiliated; break;
    }
}

namespace {

// One normal form per meaning: customer becomes supplier the other way round, symmetric
// kinds order their pair. Pointers into the record: no copies.
struct Normal {
    RelationshipKind kind;
    const std::string* a;
    const std::string* b;
};

Normal Normalize(const Relationship& r) {
    Normal n{r.kind, &r.from_client_id, &r.to_client_id};
    if (r.kind == RelationshipKind::Customer) {
        n.kind = RelationshipKind::Supplier;
        std::swap(n.a, n.b);
    } else if (IsSymmetric(r.kind) && *n.b < *n.a) {
        std::swap(n.a, n.b);
    }
    return n;
}

}  // namespace

bool SameMeaning(const Relationship& x, const Relationship& y) {
    const Normal a = Normalize(x), b = Normalize(y);
    return a.kind == b.kind && *a.a == *b.a && *a.b == *b.b;
}

LinkCheck CheckLink(const Store& store, const Relationship& link) {
    LinkCheck out;
    if (link.from_client_id.empty() || link.to_client_id.empty()) {
        out.problem = LinkProblem::NoOtherCompany;
        return out;
    }
    if (link.from_client_id == link.to_client_id) {
        out.problem = LinkProblem::Self;
        return out;
    }
    if (!store.clients.Contains(link.from_client_id) || !store.clients.Contains(link.to_client_id)) {
        out.problem = LinkProblem::MissingClient;
        return out;
    }
    const auto& all = store.relationships.All();
    // A duplicate touches both ends: the links of one end are enough.
    for (uint32_t pos : store.relationships.OwnedBy(link.from_client_id)) {
        const Relationship& r = all[pos];
        if (r.id == link.id) continue;
        if (SameMeaning(r, link)) {
            out.problem = LinkProblem::Duplicate;
            out.existing_id = r.id;
            return out;
        }
    }
    if (link.kind != RelationshipKind::ParentOf) return out;

    // "P parent of C" closes a cycle when P is already below C. Walk down from C through
    // parent_of links (breadth first, each company once), remembering how each was reached.
    const std::string& parent = link.from_client_id;
    const std::string& child = link.to_client_id;
    std::unordered_map<std::string, std::string> reached_from;  // company -> its parent on the walk
    std::vector<const std::string*> queue{&child};
    reached_from.emplace(child, std::string());
    for (size_t head = 0; head < queue.size(); ++head) {
        const std::string& node = *queue[head];
        for (uint32_t pos : store.relationships.OwnedBy(node)) {
            const Relationship& r = all[pos];
            if (r.kind != RelationshipKind::ParentOf || r.from_client_id != node || r.id == link.id) continue;
            auto [it, fresh] = reached_from.emplace(r.to_client_id, node);
            if (!fresh) continue;
            if (r.to_client_id == parent) {
                // Found: parent <- ... <- child, read back up, then the new link closes it.
                std::vector<std::string> up;
                for (std::string at = parent; !at.empty(); at = reached_from[at]) up.push_back(at);
                out.problem = LinkProblem::ParentCycle;
                out.chain.push_back(parent);
                for (auto i = up.rbegin(); i != up.rend(); ++i) out.chain.push_back(*i);
                return out;
            }
            queue.push_back(&it->first);
        }
    }
    return out;
}

// ---- The group of companies

namespace {

struct Member {
    std::string id;
    const Client* client = nullptr;      // nullptr: missing from the store
    std::vector<uint32_t> parents, children;  // member indexes (parent_of links)
    bool any_parent_link = false;        // has a parent_of link in either direction
};

}  // namespace

GroupTree BuildGroupTree(const Store& store, const std::string& client_id, NameCompare compare) {
    GroupTree tree;
    if (client_id.empty()) return tree;
    const auto& all = store.relationships.All();

    // The members: breadth first through parent_of and same_group links, both ways.
    std::vector<Member> members;
    std::unordered_map<std::string, uint32_t> index;
    auto member_of = [&](const std::string& id) {
        auto [it, fresh] = index.emplace(id, static_cast<uint32_t>(members.size()));
        if (fresh) {
            Member m;
            m.id = id;
            m.client = store.clients.Find(id);
            members.push_back(std::move(m));
        }
        return it->second;
    };
    member_of(client_id);
    // Each parent_of link is met from both of its ends: record it once, from its parent.
    for (size_t head = 0; head < members.size(); ++head) {
        const std::string node = members[head].id;  // a copy: `members` grows below
        for (uint32_t pos : store.relationships.OwnedBy(node)) {
            const Relationship& r = all[pos];
            if (r.kind != RelationshipKind::ParentOf && r.kind != RelationshipKind::SameGroup) continue;
            const std::string& other = r.from_client_id == node ? r.to_client_id : r.from_client_id;
            if (other == node) continue;
            const uint32_t o = member_of(other);
            const uint32_t self = index[node];
            if (r.kind == RelationshipKind::ParentOf) {
                members[self].any_parent_link = true;
                if (r.from_client_id == node) {
                    members[self].children.push_back(o);
                    members[o].parents.push_back(self);
                }
            }
        }
    }
    tree.companies = members.size();

    // Order: by name, missing clients last, then by id (stable for equal names).
    auto less = [&](uint32_t x, uint32_t y) {
        const Member &a = members[x], &b = members[y];
        if ((a.client == nullptr) != (b.client == nullptr)) return a.client != nullptr;
        if (a.client && b.client) {
            const int c = compare ? compare(a.client->name, b.client->name) : a.client->name.compare(b.client->name);
            if (c != 0) return c < 0;
        }
        return a.id < b.id;
    };
    for (Member& m : members) {
        // A duplicated parent_of link (imported) would list a child twice.
        std::sort(m.children.begin(), m.children.end());
        m.children.erase(std::unique(m.children.begin(), m.children.end()), m.children.end());
        std::sort(m.children.begin(), m.children.end(), less);
    }
    std::vector<uint32_t> order(members.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), less);

    // Depth first from each top company, with an explicit stack (a long chain must not
    // exhaust the call stack). A company reached again (a second parent) is listed, not
    // expanded again: its subsidiaries appear once.
    std::vector<char> expanded(members.size(), 0);
    struct Item {
        uint32_t member;
        int depth;
    };
    std::vector<Item> stack;
    auto walk = [&](uint32_t root, bool in_cycle) {
        stack.push_back({root, 0});
        while (!stack.empty()) {
            const Item it = stack.back();
            stack.pop_back();
            const Member& m = members[it.member];
            GroupRow row;
            row.client_id = m.id;
            row.depth = it.depth;
            row.missing = m.client == nullptr;
            row.in_cycle = in_cycle && it.depth == 0;
            row.same_group = it.depth == 0 && !m.any_parent_link;
            if (expanded[it.member]) {
                row.repeated = true;
                tree.rows.push_back(std::move(row));
                continue;
            }
            expanded[it.member] = 1;
            tree.rows.push_back(std::move(row));
            for (auto c = m.children.rbegin(); c != m.children.rend(); ++c) stack.push_back({*c, it.depth + 1});
        }
    };
    for (uint32_t i : order)
        if (members[i].parents.empty()) walk(i, false);
    // Companies not reached hang below a parent cycle that came with imported data (the
    // interface refuses to make one). Show each cycle from one of its companies.
    std::vector<uint32_t> seen(members.size(), 0);  // the round that saw a company
    uint32_t round = 0;
    for (uint32_t i : order) {
        if (expanded[i]) continue;
        ++round;
        uint32_t at = i;
        while (seen[at] != round) {  // up through first parents until one repeats: on the cycle
            seen[at] = round;
            at = members[at].parents.front();
        }
        walk(at, true);
    }
    return tree;
}

}  // namespace card
