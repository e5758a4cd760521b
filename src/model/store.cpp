#include "model/store.h"

#include <random>

namespace card {

const char* CollectionName(CollectionId c) {
    static const char* kNames[] = {"employees", "clients",       "contacts", "interactions",
                                   "interests", "relationships", "contracts", "history"};
    const auto i = static_cast<size_t>(c);
    return i < kCollectionCount ? kNames[i] : "";
}

bool InForce(const Contract& c, Date day) {
    if (c.status != ContractStatus::Active) return false;
    if (!c.valid_from.empty() && day < c.valid_from) return false;
    if (!c.valid_to.empty() && c.valid_to < day) return false;
    return true;
}

void Store::Clear() {
    ForEachCollection([](auto& c) { c.Clear(); });
    extra_json.clear();
}

size_t Store::Count(CollectionId c) const {
    switch (c) {
        case CollectionId::Employees: return employees.size();
        case CollectionId::Clients: return clients.size();
        case CollectionId::Contacts: return contacts.size();
        case CollectionId::Interactions: return interactions.size();
        case CollectionId::Interests: return interests.size();
        case CollectionId::Relationships: return relationships.size();
        case CollectionId::Contracts: return contracts.size();
        case CollectionId::History: return history.size();
    }
    return 0;
}

uint64_t Store::Revision() const {
    uint64_t r = 0;
    ForEachCollection([&](const auto& c) { r += c.Version(); });
    return r;
}

bool Store::HasChanges() const {
    bool any = false;
    ForEachCollection([&](const auto& c) { any = any || c.HasChanges(); });
    return any;
}

void Store::ClearDirty() {
    ForEachCollection([](auto& c) { c.ClearDirty(); });
}

void Store::MarkAllDirty() {
    ForEachCollection([](auto& c) { c.MarkAllDirty(); });
}

namespace {
template <class T>
void RemoveOwned(Collection<T>& c, const std::string& client_id) {
    std::vector<std::string> ids;
    for (uint32_t pos : c.OwnedBy(client_id)) ids.push_back(c[pos].id);
    for (const auto& id : ids) c.Remove(id);
}
}  // namespace

void Store::RemoveClientCascade(const std::string& client_id) {
    RemoveOwned(contacts, client_id);
    RemoveOwned(interactions, client_id);
    RemoveOwned(interests, client_id);
    RemoveOwned(contracts, client_id);
    RemoveOwned(relationships, client_id);
    clients.Remove(client_id);
}

std::string NewId() {
    static std::mt19937_64 rng{std::random_device{}()};
    const uint64_t a = rng(), b = rng();
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(a >> (i * 8));
    for (int i = 0; i < 8; ++i) bytes[8 + i] = static_cast<unsigned char>(b >> (i * 8));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);
    static const char* kHex = "0123456789abcdef";
    std::string s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
        s += kHex[bytes[i] >> 4];
        s += kHex[bytes[i] & 15];
    }
    return s;
}

}  // namespace card
