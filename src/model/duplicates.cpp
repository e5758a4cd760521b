#include "model/duplicates.h"

#include <algorithm>
#include <unordered_map>

#include "model/phone.h"
#include "model/text_scan.h"

namespace card {
namespace {

constexpr size_t kPhoneLimit = 50;  // owners per number: a shared switchboard is not a reason to list 1000

std::string_view Key(const std::string& s) { return text::TrimSpaces(s); }

// Adds (or strengthens) the match with `existing` in `out` (one per existing client).
void Add(std::vector<DuplicateMatch>& out, const Client& candidate, const std::string& existing_id,
         DuplicateReason reason, const std::string& value, const std::string& contact_id) {
    for (DuplicateMatch& m : out) {
        if (m.existing_id != existing_id) continue;
        if (reason < m.reason) {
            m.reason = reason;
            m.value = value;
            m.contact_id = contact_id;
        }
        return;
    }
    DuplicateMatch m;
    m.existing_id = existing_id;
    m.candidate_id = candidate.id;
    m.candidate_name = candidate.name;
    m.reason = reason;
    m.value = value;
    m.contact_id = contact_id;
    out.push_back(std::move(m));
}

void AddInnMatch(std::vector<DuplicateMatch>& out, const Client& candidate, const Client& existing) {
    if (existing.id == candidate.id) return;
    // A KPP not filled in on either side is no evidence of another subdivision.
    const std::string_view a = Key(existing.kpp), b = Key(candidate.kpp);
    const bool branch = !a.empty() && !b.empty() && a != b;
    Add(out, candidate, existing.id, branch ? DuplicateReason::Inn : DuplicateReason::InnKpp, existing.inn, {});
}

// The number of `owner` (a client's or a contact's phones) whose match key is `key`, or
// null: a check of what an index (perhaps built before the latest edits) found.
const std::string* NumberWithKey(const std::vector<std::string>& phones, const std::string& key) {
    for (const std::string& p : phones)
        if (PhoneMatchKey(p) == key) return &p;
    return nullptr;
}

void AddPhoneMatches(const Store& store, const PhoneIndex& index, const Client& candidate,
                     std::vector<DuplicateMatch>& out) {
    for (const std::string& phone : candidate.phones) {
        const std::string key = PhoneMatchKey(phone);
        if (key.empty()) continue;
        const PhoneLookup found = index.Lookup(store, phone, kPhoneLimit);
        if (!found.complete) continue;
        for (const PhoneMatch& m : found.matches) {
            if (!m.exact() || m.kind == PhoneOwnerKind::Employee || m.client_id.empty()) continue;
            if (m.client_id == candidate.id) continue;
            const Client* owner = store.clients.Find(m.client_id);
            const Contact* contact = m.kind == PhoneOwnerKind::Contact ? store.contacts.Find(m.contact_id) : nullptr;
            if (!owner || (m.kind == PhoneOwnerKind::Contact && (!contact || contact->client_id != m.client_id)))
                continue;
            const std::string* number = NumberWithKey(contact ? contact->phones : owner->phones, key);
            if (!number) continue;
            Add(out, candidate, m.client_id, DuplicateReason::Phone, *number, contact ? contact->id : std::string());
        }
    }
}

void Sort(const Store& store, std::vector<DuplicateMatch>& v) {
    std::stable_sort(v.begin(), v.end(), [&](const DuplicateMatch& a, const DuplicateMatch& b) {
        if (a.reason != b.reason) return a.reason < b.reason;
        const Client* x = store.clients.Find(a.existing_id);
        const Client* y = store.clients.Find(b.existing_id);
        const std::string& xn = x ? x->name : a.existing_id;
        const std::string& yn = y ? y->name : b.existing_id;
        if (xn != yn) return xn < yn;
        return a.existing_id < b.existing_id;
    });
}

}  // namespace

std::vector<DuplicateMatch> FindInnDuplicates(const Store& store, const Client& candidate) {
    std::vector<DuplicateMatch> out;
    const std::string_view inn = Key(candidate.inn);
    if (!inn.empty())
        for (const Client& c : store.clients.All())
            if (c.inn.size() >= inn.size() && Key(c.inn) == inn) AddInnMatch(out, candidate, c);
    Sort(store, out);
    return out;
}

std::vector<DuplicateMatch> FindPhoneDuplicates(const Store& store, const Client& candidate, const PhoneIndex& index) {
    std::vector<DuplicateMatch> out;
    AddPhoneMatches(store, index, candidate, out);
    Sort(store, out);
    return out;
}

std::vector<DuplicateMatch> JoinDuplicates(const Store& store, std::vector<DuplicateMatch> inn,
                                           const std::vector<DuplicateMatch>& phone) {
    for (const DuplicateMatch& m : phone) {
        bool known = false;
        for (const DuplicateMatch& x : inn) known = known || x.existing_id == m.existing_id;
        if (!known) inn.push_back(m);
    }
    Sort(store, inn);
    return inn;
}

bool HasMatchablePhone(const Client& candidate) {
    for (const std::string& p : candidate.phones)
        if (!PhoneMatchKey(p).empty()) return true;
    return false;
}

std::vector<DuplicateMatch> FindDuplicates(const Store& store, const Client& candidate, PhoneIndex& index) {
    std::vector<DuplicateMatch> phone;
    if (HasMatchablePhone(candidate)) {
        index.Update(store);
        phone = FindPhoneDuplicates(store, candidate, index);
    }
    return JoinDuplicates(store, FindInnDuplicates(store, candidate), phone);
}

std::vector<DuplicateMatch> FindDuplicates(const Store& store, const Client& candidate) {
    PhoneIndex index;
    return FindDuplicates(store, candidate, index);
}

std::vector<DuplicateMatch> FindImportDuplicates(const Store& store, const std::vector<Client>& incoming) {
    std::vector<DuplicateMatch> out;
    std::vector<const Client*> fresh;
    for (const Client& c : incoming)
        if (!store.clients.Contains(c.id)) fresh.push_back(&c);
    if (fresh.empty() || store.clients.empty()) return out;

    std::unordered_map<std::string_view, std::vector<uint32_t>> by_inn;
    bool any_inn = false, any_phone = false;
    for (const Client* c : fresh) {
        any_inn = any_inn || !Key(c->inn).empty();
        for (const std::string& p : c->phones) any_phone = any_phone || !PhoneMatchKey(p).empty();
    }
    if (any_inn) {
        const auto& all = store.clients.All();
        for (uint32_t i = 0; i < all.size(); ++i) {
            const std::string_view k = Key(all[i].inn);
            if (!k.empty()) by_inn[k].push_back(i);
        }
    }
    PhoneIndex index;
    if (any_phone) index.Update(store);
    for (const Client* c : fresh) {
        std::vector<DuplicateMatch> mine;
        const std::string_view inn = Key(c->inn);
        if (!inn.empty()) {
            auto it = by_inn.find(inn);
            if (it != by_inn.end())
                for (uint32_t pos : it->second) AddInnMatch(mine, *c, store.clients[pos]);
        }
        if (any_phone) AddPhoneMatches(store, index, *c, mine);
        Sort(store, mine);
        for (DuplicateMatch& m : mine) out.push_back(std::move(m));
    }
    return out;
}

}  // namespace card
