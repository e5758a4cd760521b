#include "model/merge_clients.h"

#include <algorithm>
#include <unordered_set>

#include "model/phone.h"
#include "model/text_scan.h"

namespace card {
namespace {

std::string Trim(const std::string& s) { return std::string(text::TrimSpaces(s)); }
bool Blank(const std::string& s) { return text::TrimSpaces(s).empty(); }

std::string AsciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Unites `from` into `into` (keeping the order: `into`'s items first) by key(item).
template <class T, class K>
size_t Unite(std::vector<T>& into, const std::vector<T>& from, K key) {
    std::unordered_set<std::string> seen;
    for (const T& x : into) seen.insert(key(x));
    size_t added = 0;
    for (const T& x : from) {
        if (!seen.insert(key(x)).second) continue;
        into.push_back(x);
        ++added;
    }
    return added;
}

std::string PhoneKey(const std::string& p) {
    std::string k = PhoneMatchKey(p);
    return k.empty() ? "\x1f" + Trim(p) : k;
}

void TextField(MergeReport& r, MergeField field, std::string& kept, const std::string& other) {
    if (Blank(other)) return;
    if (Blank(kept)) {
        kept = other;
        r.fields.push_back(MergeFieldOutcome{field, true, kept, other});
    } else if (Trim(kept) != Trim(other)) {
        r.fields.push_back(MergeFieldOutcome{field, false, kept, other});
    }
}

Client MergedClient(const Client& s, const Client& o, MergeReport& r) {
    Client m = s;
    if (Trim(s.name) != Trim(o.name)) r.fields.push_back(MergeFieldOutcome{MergeField::Name, false, s.name, o.name});
    TextField(r, MergeField::LegalName, m.legal_name, o.legal_name);
    TextField(r, MergeField::Inn, m.inn, o.inn);
    TextField(r, MergeField::Kpp, m.kpp, o.kpp);
    TextField(r, MergeField::Ogrn, m.ogrn, o.ogrn);
    TextField(r, MergeField::LegalAddress, m.legal_address, o.legal_address);
    TextField(r, MergeField::ActualAddress, m.actual_address, o.actual_address);
    TextField(r, MergeField::Website, m.website, o.website);
    TextField(r, MergeField::Segment, m.segment, o.segment);
    TextField(r, MergeField::Industry, m.industry, o.industry);
    TextField(r, MergeField::Size, m.size, o.size);
    TextField(r, MergeField::Source, m.source, o.source);
    if (m.created_at.empty() && !o.created_at.empty()) {
        m.created_at = o.created_at;
        r.fields.push_back(MergeFieldOutcome{MergeField::CreatedAt, true, {}, {}});
    }
    if (s.kind != o.kind) r.fields.push_back(MergeFieldOutcome{MergeField::Kind, false, {}, {}});
    if (s.status != o.status) r.fields.push_back(MergeFieldOutcome{MergeField::Status, false, {}, {}});

    r.phones = Unite(m.phones, o.phones, PhoneKey);
    r.emails = Unite(m.emails, o.emails, [](const std::string& e) { return AsciiLower(text::TrimSpaces(e)); });
    r.tags = Unite(m.tags, o.tags, [](const std::string& t) { return Trim(t); });
    r.responsibles = Unite(m.responsibles, o.responsibles, [](const Responsible& x) {
        return x.employee_id + '\x1f' + std::to_string(static_cast<int>(x.role));
    });
    r.products = Unite(m.products, o.products, [](const Product& p) { return Trim(p.name); });
    r.infobases = Unite(m.infobases, o.infobases, [](const Infobase& b) { return Trim(b.name); });
    if (!Blank(o.notes) && Trim(o.notes) != Trim(s.notes)) {
        if (Blank(m.notes)) {
            m.notes = o.notes;
        } else {
            m.notes += "\n\n";
            m.notes += o.notes;
        }
        r.notes_joined = true;
    }
    if (m.extra_json.empty()) m.extra_json = o.extra_json;
    return m;
}

// Positions of the records `client_id` owns, ordered by id (deterministic merges).
template <class T>
std::vector<std::string> OwnedIds(const Collection<T>& c, const std::string& client_id) {
    std::vector<std::string> ids;
    for (uint32_t pos : c.OwnedBy(client_id)) ids.push_back(c[pos].id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

template <class T>
size_t Repoint(Collection<T>& c, const std::string& from, const std::string& to) {
    const std::vector<std::string> ids = OwnedIds(c, from);
    for (const std::string& id : ids) {
        T copy = *c.Find(id);
        copy.client_id = to;
        c.Upsert(std::move(copy));
    }
    return ids.size();
}

// Why the two cannot be merged (None when they can): the one check of MergeClients and
// PreviewMerge.
MergeRefusal Refusal(const Store& store, const std::string& survivor_id, const std::string& other_id) {
    if (survivor_id == other_id) return MergeRefusal::SameClient;
    if (!store.clients.Contains(survivor_id) || !store.clients.Contains(other_id)) return MergeRefusal::MissingClient;
    return MergeRefusal::None;
}

}  // namespace

MergeReport MergeClients(Store& store, const std::string& survivor_id, const std::string& other_id) {
    MergeReport r;
    r.survivor_id = survivor_id;
    r.other_id = other_id;
    r.refusal = Refusal(store, survivor_id, other_id);
    if (r.refusal != MergeRefusal::None) return r;
    const Client* sp = store.clients.Find(survivor_id);
    const Client* op = store.clients.Find(other_id);
    Client merged = MergedClient(*sp, *op, r);
    const Client other = *op;

    // Contacts: one primary per client.
    bool survivor_primary = false;
    for (uint32_t pos : store.contacts.OwnedBy(survivor_id)) survivor_primary |= store.contacts[pos].primary;
    for (const std::string& id : OwnedIds(store.contacts, other_id)) {
        Contact k = *store.contacts.Find(id);
        k.client_id = survivor_id;
        if (k.primary && survivor_primary) {
            k.primary = false;
            ++r.primaries_cleared;
        }
        store.contacts.Upsert(std::move(k));
        ++r.contacts;
    }
    r.interactions = Repoint(store.interactions, other_id, survivor_id);
    r.interests = Repoint(store.interests, other_id, survivor_id);

    // Contracts, and the numbers that now occur twice.
    std::vector<std::pair<std::string, std::string>> numbers;  // the survivor's: number, id
    for (uint32_t pos : store.contracts.OwnedBy(survivor_id)) {
        const Contract& k = store.contracts[pos];
        if (!Blank(k.number)) numbers.emplace_back(Trim(k.number), k.id);
    }
    std::sort(numbers.begin(), numbers.end());
    for (const std::string& id : OwnedIds(store.contracts, other_id)) {
        Contract k = *store.contracts.Find(id);
        const std::string number = Trim(k.number);
        if (!number.empty())
            for (const auto& [n, sid] : numbers)
                if (n == number) r.clashes.push_back(ContractClash{number, sid, k.id});
        k.client_id = survivor_id;
        store.contracts.Upsert(std::move(k));
        ++r.contracts;
    }

    // Relationships: re-pointed one by one, each checked against the links as they are by then.
    for (const std::string& id : OwnedIds(store.relationships, other_id)) {
        Relationship link = *store.relationships.Find(id);
        if (link.from_client_id == other_id) link.from_client_id = survivor_id;
        if (link.to_client_id == other_id) link.to_client_id = survivor_id;
        DroppedLink d;
        d.id = id;
        d.kind = link.kind;
        d.survivor_is_from = link.from_client_id == survivor_id;
        d.far_id = d.survivor_is_from ? link.to_client_id : link.from_client_id;
        if (link.from_client_id == link.to_client_id) {
            d.why = LinkProblem::Self;
        } else {
            const LinkCheck check = CheckLink(store, link);
            if (check.problem == LinkProblem::Duplicate || check.problem == LinkProblem::ParentCycle) {
                d.why = check.problem;
                d.existing_id = check.existing_id;
            } else {
                d.why = LinkProblem::Ok;  // kept (a missing far end stays as it was: not ours to judge)
            }
        }
        if (d.why == LinkProblem::Ok) {
            store.relationships.Upsert(std::move(link));
            ++r.relationships;
        } else {
            store.relationships.Remove(id);
            r.dropped.push_back(std::move(d));
        }
    }

    store.clients.Upsert(std::move(merged));
    store.clients.Remove(other.id);
    return r;
}

MergeReport PreviewMerge(const Store& store, const std::string& survivor_id, const std::string& other_id) {
    MergeReport refused;
    refused.survivor_id = survivor_id;
    refused.other_id = other_id;
    refused.refusal = Refusal(store, survivor_id, other_id);
    if (refused.refusal != MergeRefusal::None) return refused;
    Store scratch;
    for (const std::string* id : {&survivor_id, &other_id}) {
        for (uint32_t pos : store.contacts.OwnedBy(*id)) scratch.contacts.Upsert(store.contacts[pos]);
        for (uint32_t pos : store.interactions.OwnedBy(*id)) scratch.interactions.Upsert(store.interactions[pos]);
        for (uint32_t pos : store.interests.OwnedBy(*id)) scratch.interests.Upsert(store.interests[pos]);
        for (uint32_t pos : store.contracts.OwnedBy(*id)) scratch.contracts.Upsert(store.contracts[pos]);
    }
    // The links of the two and of every company joined to them through parent_of links (the
    // cycle check walks those), with the companies at their ends.
    std::vector<std::string> queue{survivor_id, other_id};
    std::unordered_set<std::string> visited(queue.begin(), queue.end());
    auto add_client = [&](const std::string& id) {
        if (scratch.clients.Contains(id)) return;
        if (const Client* c = store.clients.Find(id)) scratch.clients.Upsert(*c);
    };
    for (size_t i = 0; i < queue.size(); ++i) {
        const std::string id = queue[i];
        add_client(id);
        for (uint32_t pos : store.relationships.OwnedBy(id)) {
            const Relationship& link = store.relationships[pos];
            if (!scratch.relationships.Contains(link.id)) scratch.relationships.Upsert(link);
            for (const std::string* end : {&link.from_client_id, &link.to_client_id}) {
                add_client(*end);
                if (link.kind == RelationshipKind::ParentOf && visited.insert(*end).second) queue.push_back(*end);
            }
        }
    }
    return MergeClients(scratch, survivor_id, other_id);
}

}  // namespace card
