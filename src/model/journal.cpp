#include "model/journal.h"

#include <algorithm>
#include <utility>

namespace card {
namespace {

std::string Key(CollectionId c, const std::string& id) {
    std::string k;
    k.reserve(id.size() + 1);
    k += static_cast<char>('0' + static_cast<int>(c));
    k += id;
    return k;
}

template <class T>
Collection<T>& CollectionFor(Store& s);
template <> Collection<Employee>& CollectionFor<Employee>(Store& s) { return s.employees; }
template <> Collection<Client>& CollectionFor<Client>(Store& s) { return s.clients; }
template <> Collection<Contact>& CollectionFor<Contact>(Store& s) { return s.contacts; }
template <> Collection<Interaction>& CollectionFor<Interaction>(Store& s) { return s.interactions; }
template <> Collection<Interest>& CollectionFor<Interest>(Store& s) { return s.interests; }
template <> Collection<Relationship>& CollectionFor<Relationship>(Store& s) { return s.relationships; }
template <> Collection<Contract>& CollectionFor<Contract>(Store& s) { return s.contracts; }

// Puts the record `to` in place (or removes the one with `id` when `to` is absent).
void Restore(Store& store, const std::string& id, const AnyRecord& to, const AnyRecord& from) {
    if (std::holds_alternative<std::monostate>(to)) {
        std::visit(
            [&](const auto& rec) {
                using T = std::decay_t<decltype(rec)>;
                if constexpr (!std::is_same_v<T, std::monostate>) CollectionFor<T>(store).Remove(id);
            },
            from);
        return;
    }
    std::visit(
        [&](const auto& rec) {
            using T = std::decay_t<decltype(rec)>;
            if constexpr (!std::is_same_v<T, std::monostate>) CollectionFor<T>(store).Upsert(rec);
        },
        to);
}

bool SameRecords(const std::vector<RecordChange>& a, const std::vector<RecordChange>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].collection != b[i].collection || a[i].id != b[i].id) return false;
    return true;
}

const std::string* StepClient(const JournalStep* step) {
    if (!step) return nullptr;
    for (const RecordChange& c : step->changes) {
        if (const std::string* id = ClientOf(c.after)) return id;
        if (const std::string* id = ClientOf(c.before)) return id;
    }
    return nullptr;
}

}  // namespace

const std::string* ClientOf(const AnyRecord& r) {
    return std::visit(
        [](const auto& rec) -> const std::string* {
            using T = std::decay_t<decltype(rec)>;
            if constexpr (std::is_same_v<T, std::monostate> || std::is_same_v<T, Employee>) return nullptr;
            else if constexpr (std::is_same_v<T, Client>) return &rec.id;
            else if constexpr (std::is_same_v<T, Relationship>) return &rec.from_client_id;
            else return &rec.client_id;
        },
        r);
}

void Journal::Attach(Store& store) {
    Detach();
    store_ = &store;
    store.employees.SetSink(this);
    store.clients.SetSink(this);
    store.contacts.SetSink(this);
    store.interactions.SetSink(this);
    store.interests.SetSink(this);
    store.relationships.SetSink(this);
    store.contracts.SetSink(this);
}

void Journal::Detach() {
    if (!store_) return;
    store_->employees.SetSink(nullptr);
    store_->clients.SetSink(nullptr);
    store_->contacts.SetSink(nullptr);
    store_->interactions.SetSink(nullptr);
    store_->interests.SetSink(nullptr);
    store_->relationships.SetSink(nullptr);
    store_->contracts.SetSink(nullptr);
    store_ = nullptr;
}

void Journal::Clear() {
    pending_.clear();
    pending_index_.clear();
    open_ = JournalStep{};
    open_key_ = 0;
    undo_.clear();
    redo_.clear();
    sealed_.clear();
}

template <class T>
void Journal::Record(CollectionId c, const T* before, const T* after) {
    if (paused_ || applying_) return;
    const std::string& id = before ? before->id : after->id;
    auto [it, added] = pending_index_.emplace(Key(c, id), pending_.size());
    if (added) {
        RecordChange ch;
        ch.collection = c;
        ch.id = id;
        if (before) ch.before = *before;
        if (after) ch.after = *after;
        pending_.push_back(std::move(ch));
        return;
    }
    RecordChange& ch = pending_[it->second];  // changed again this frame: keep the first before
    if (after) ch.after = *after;
    else ch.after = std::monostate{};
}

void Journal::Changed(const Employee* b, const Employee* a) { Record(CollectionId::Employees, b, a); }
void Journal::Changed(const Client* b, const Client* a) { Record(CollectionId::Clients, b, a); }
void Journal::Changed(const Contact* b, const Contact* a) { Record(CollectionId::Contacts, b, a); }
void Journal::Changed(const Interaction* b, const Interaction* a) { Record(CollectionId::Interactions, b, a); }
void Journal::Changed(const Interest* b, const Interest* a) { Record(CollectionId::Interests, b, a); }
void Journal::Changed(const Relationship* b, const Relationship* a) { Record(CollectionId::Relationships, b, a); }
void Journal::Changed(const Contract* b, const Contract* a) { Record(CollectionId::Contracts, b, a); }

void Journal::Push(std::vector<JournalStep>& stack, JournalStep step) {
    stack.push_back(std::move(step));
    if (stack.size() > kMaxUndo) stack.erase(stack.begin());
}

// A record added and removed again, or written back unchanged (typing a word and deleting
// it again), left nothing behind: no change, no step.
void Journal::DropNoOps(std::vector<RecordChange>& changes) const {
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                                 [&](const RecordChange& c) {
                                     const bool had = !std::holds_alternative<std::monostate>(c.before);
                                     const bool has = !std::holds_alternative<std::monostate>(c.after);
                                     if (!had && !has) return true;
                                     return had && has && same_record_ && same_record_(c.before, c.after);
                                 }),
                  changes.end());
}

void Journal::SealOpen() {
    DropNoOps(open_.changes);
    if (open_.changes.empty()) {
        open_key_ = 0;
        return;
    }
    sealed_.push_back(open_);
    Push(undo_, std::move(open_));
    open_ = JournalStep{};
    open_key_ = 0;
}

void Journal::EndFrame(uint64_t merge_key, double now_ms, const Moment& at) {
    const bool idle = now_ms - open_last_ms_ > kIdleSealMs;
    if (pending_.empty()) {
        if (!open_.changes.empty() && (merge_key != open_key_ || idle)) SealOpen();
        return;
    }
    std::vector<RecordChange> changes = std::move(pending_);
    pending_.clear();
    pending_index_.clear();
    DropNoOps(changes);
    if (changes.empty()) return;
    redo_.clear();  // a new edit: what was undone can no longer be redone
    if (!open_.changes.empty() && merge_key != 0 && merge_key == open_key_ && !idle &&
        SameRecords(open_.changes, changes)) {
        for (size_t i = 0; i < changes.size(); ++i) open_.changes[i].after = std::move(changes[i].after);
        open_last_ms_ = now_ms;
        return;
    }
    SealOpen();
    open_.changes = std::move(changes);
    open_.at = at;
    open_.origin = StepOrigin::Edit;
    open_key_ = merge_key;
    open_last_ms_ = now_ms;
    if (merge_key == 0) SealOpen();
}

bool Journal::Apply(Store& store, std::vector<JournalStep>& from, std::vector<JournalStep>& to, StepOrigin origin,
                    const Moment& at) {
    if (from.empty()) return false;
    JournalStep step = std::move(from.back());
    from.pop_back();
    JournalStep applied;
    applied.at = at;
    applied.origin = origin;
    applied.changes.reserve(step.changes.size());
    applying_ = true;
    // A step holds each record once, so the order of applying does not matter for the
    // result; going forwards puts removed records back in their old relative order.
    if (origin == StepOrigin::Undo) {
        for (const RecordChange& c : step.changes) {
            Restore(store, c.id, c.before, c.after);
            applied.changes.push_back(RecordChange{c.collection, c.id, c.after, c.before});
        }
    } else {
        for (const RecordChange& c : step.changes) {
            Restore(store, c.id, c.after, c.before);
            applied.changes.push_back(c);
        }
    }
    applying_ = false;
    sealed_.push_back(std::move(applied));
    Push(to, std::move(step));
    return true;
}

bool Journal::Undo(Store& store, const Moment& at) {
    // Changes made this frame but not yet ended belong to the last step too.
    if (!pending_.empty()) EndFrame(0, open_last_ms_, at);
    SealOpen();
    return Apply(store, undo_, redo_, StepOrigin::Undo, at);
}

bool Journal::Redo(Store& store, const Moment& at) {
    SealOpen();
    return Apply(store, redo_, undo_, StepOrigin::Redo, at);
}

std::string Journal::UndoClientId() const {
    const JournalStep* s = !open_.changes.empty() ? &open_ : undo_.empty() ? nullptr : &undo_.back();
    const std::string* id = StepClient(s);
    return id ? *id : std::string();
}

std::string Journal::RedoClientId() const {
    const std::string* id = StepClient(redo_.empty() ? nullptr : &redo_.back());
    return id ? *id : std::string();
}

std::vector<JournalStep> Journal::TakeSealed() {
    std::vector<JournalStep> out = std::move(sealed_);
    sealed_.clear();
    return out;
}

}  // namespace card
