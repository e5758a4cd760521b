// The in-memory store: one Collection per entity, each a dense vector with a hash index
// by id (O(1) lookups at 100k clients) and an index by owning client, so that a card
// finds its contacts, interactions, interests, contracts and relationships without a scan.
// Every mutation records the changed id so that persistence rewrites only what changed.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/entities.h"

namespace card {

enum class CollectionId : uint8_t {
    Employees, Clients, Contacts, Interactions, Interests, Relationships, Contracts, History
};
constexpr size_t kCollectionCount = 8;
const char* CollectionName(CollectionId c);  // "employees", "clients", ... as in the format

// The ids of a record's owning client(s): client_id, or from/to for a relationship.
// Employees and clients have no owner.
inline void OwnersOf(const Employee&, const std::string*& a, const std::string*& b) { a = b = nullptr; }
inline void OwnersOf(const Client&, const std::string*& a, const std::string*& b) { a = b = nullptr; }
inline void OwnersOf(const Contact& r, const std::string*& a, const std::string*& b) { a = &r.client_id; b = nullptr; }
inline void OwnersOf(const Interaction& r, const std::string*& a, const std::string*& b) { a = &r.client_id; b = nullptr; }
inline void OwnersOf(const Interest& r, const std::string*& a, const std::string*& b) { a = &r.client_id; b = nullptr; }
inline void OwnersOf(const Contract& r, const std::string*& a, const std::string*& b) { a = &r.client_id; b = nullptr; }
inline void OwnersOf(const HistoryEntry& r, const std::string*& a, const std::string*& b) { a = &r.client_id; b = nullptr; }
inline void OwnersOf(const Relationship& r, const std::string*& a, const std::string*& b) {
    a = &r.from_client_id;
    b = r.to_client_id == r.from_client_id ? nullptr : &r.to_client_id;
}

// Told about every record change a Collection makes (Upsert, Remove; not Clear nor
// AssignAll), before the change: `before` is null for an added record, `after` null for a
// removed one. The edit journal (model/journal.h) is the one sink; a copied Collection has
// none.
class ChangeSink {
public:
    virtual ~ChangeSink() = default;
    virtual void Changed(const Employee* before, const Employee* after) = 0;
    virtual void Changed(const Client* before, const Client* after) = 0;
    virtual void Changed(const Contact* before, const Contact* after) = 0;
    virtual void Changed(const Interaction* before, const Interaction* after) = 0;
    virtual void Changed(const Interest* before, const Interest* after) = 0;
    virtual void Changed(const Relationship* before, const Relationship* after) = 0;
    virtual void Changed(const Contract* before, const Contract* after) = 0;
    // The history is not journalled (nothing attaches a sink to it); no-op by default.
    virtual void Changed(const HistoryEntry*, const HistoryEntry*) {}
};

template <class T>
class Collection {
public:
    // The sink told about changes (nullptr = none). Not copied with the collection.
    void SetSink(ChangeSink* sink) { sink_.p = sink; }

    size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }
    const std::vector<T>& All() const { return items_; }
    const T& operator[](size_t i) const { return items_[i]; }

    const T* Find(const std::string& id) const {
        auto it = index_.find(id);
        return it == index_.end() ? nullptr : &items_[it->second];
    }
    bool Contains(const std::string& id) const { return index_.count(id) != 0; }
    // Counts every mutation: equal versions mean equal contents (cheap change detection).
    uint64_t Version() const { return version_; }

    // Positions (into All()) of the records owned by a client, in no particular order.
    const std::vector<uint32_t>& OwnedBy(const std::string& client_id) const {
        static const std::vector<uint32_t> kNone;
        auto it = by_owner_.find(client_id);
        return it == by_owner_.end() ? kNone : it->second;
    }

    // Adds the record, or replaces the one with the same id. Returns true when added.
    bool Upsert(T rec) {
        ++version_;
        auto it = index_.find(rec.id);
        dirty_.insert(rec.id);
        if (sink_.p) sink_.p->Changed(it == index_.end() ? nullptr : &items_[it->second], &rec);
        if (it == index_.end()) {
            const auto pos = static_cast<uint32_t>(items_.size());
            index_.emplace(rec.id, pos);
            items_.push_back(std::move(rec));
            AddOwners(pos);
            return true;
        }
        const uint32_t pos = it->second;
        RemoveOwners(pos);
        items_[pos] = std::move(rec);
        AddOwners(pos);
        return false;
    }

    bool Remove(const std::string& id) {
        auto it = index_.find(id);
        if (it == index_.end()) return false;
        ++version_;
        const uint32_t pos = it->second;
        const uint32_t last = static_cast<uint32_t>(items_.size() - 1);
        if (sink_.p) sink_.p->Changed(&items_[pos], static_cast<const T*>(nullptr));
        dirty_.insert(id);
        RemoveOwners(pos);
        index_.erase(it);
        if (pos != last) {
            RemoveOwners(last);
            items_[pos] = std::move(items_[last]);
            index_[items_[pos].id] = pos;
            AddOwners(pos);
        }
        items_.pop_back();
        return true;
    }

    void Clear() {
        ++version_;
        items_.clear();
        index_.clear();
        by_owner_.clear();
        all_dirty_ = true;
        dirty_.clear();
    }

    // Fills an empty collection at once (a whole import): `items` become All() in their
    // order, `index` must map each item's id to its position. Not told to the sink (as
    // Clear: the caller clears the journal), and marks everything dirty instead of
    // recording 100k ids one by one.
    void AssignAll(std::vector<T>&& items, std::unordered_map<std::string, uint32_t>&& index) {
        ++version_;
        items_ = std::move(items);
        if (items_.capacity() - items_.size() > items_.size() / 16) items_.shrink_to_fit();
        index_ = std::move(index);
        by_owner_.clear();
        for (uint32_t pos = 0; pos < items_.size(); ++pos) AddOwners(pos);
        all_dirty_ = true;
        dirty_.clear();
    }

    void Reserve(size_t n) {
        items_.reserve(n);
        index_.reserve(n);
    }

    // Change tracking for persistence: ids touched since the last TakeDirty, or "all".
    bool AllDirty() const { return all_dirty_; }
    const std::unordered_set<std::string>& DirtyIds() const { return dirty_; }
    bool HasChanges() const { return all_dirty_ || !dirty_.empty(); }
    void MarkAllDirty() { all_dirty_ = true; }
    void ClearDirty() {
        all_dirty_ = false;
        dirty_.clear();
    }

private:
    void AddOwners(uint32_t pos) {
        const std::string *a, *b;
        OwnersOf(items_[pos], a, b);
        if (a) by_owner_[*a].push_back(pos);
        if (b) by_owner_[*b].push_back(pos);
    }
    void RemoveOwners(uint32_t pos) {
        const std::string *a, *b;
        OwnersOf(items_[pos], a, b);
        for (const std::string* owner : {a, b}) {
            if (!owner) continue;
            auto it = by_owner_.find(*owner);
            if (it == by_owner_.end()) continue;
            auto& v = it->second;
            for (size_t i = 0; i < v.size(); ++i)
                if (v[i] == pos) {
                    v[i] = v.back();
                    v.pop_back();
                    break;
                }
            if (v.empty()) by_owner_.erase(it);
        }
    }

    struct SinkSlot {
        ChangeSink* p = nullptr;
        SinkSlot() = default;
        SinkSlot(const SinkSlot&) {}
        SinkSlot& operator=(const SinkSlot&) { return *this; }
    };

    SinkSlot sink_;
    std::vector<T> items_;
    std::unordered_map<std::string, uint32_t> index_;
    std::unordered_map<std::string, std::vector<uint32_t>> by_owner_;
    std::unordered_set<std::string> dirty_;
    bool all_dirty_ = false;
    uint64_t version_ = 0;
};

struct Store {
    Collection<Employee> employees;
    Collection<Client> clients;
    Collection<Contact> contacts;
    Collection<Interaction> interactions;
    Collection<Interest> interests;
    Collection<Relationship> relationships;
    Collection<Contract> contracts;
    Collection<HistoryEntry> history;  // the change history (format extension), by client
    std::string extra_json;  // unknown top-level fields of the last imported/loaded file

    void Clear();
    size_t Count(CollectionId c) const;
    // Changes whenever any record changes (sum of the collections' versions).
    uint64_t Revision() const;
    bool HasChanges() const;
    void ClearDirty();
    void MarkAllDirty();

    // Removes a client together with everything it owns (contacts, interactions,
    // interests, contracts, relationships on either side). Its history is kept.
    void RemoveClientCascade(const std::string& client_id);

    // Calls f(collection) for each of the eight collections, in format order (the
    // history last).
    template <class F>
    void ForEachCollection(F&& f) {
        f(employees); f(clients); f(contacts); f(interactions);
        f(interests); f(relationships); f(contracts); f(history);
    }
    template <class F>
    void ForEachCollection(F&& f) const {
        f(employees); f(clients); f(contacts); f(interactions);
        f(interests); f(relationships); f(contracts); f(history);
    }
};

// A new random UUID v4 string (the app's ids for records it creates).
std::string NewId();

}  // namespace card
