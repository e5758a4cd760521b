// The edit journal: every record change the interface makes, grouped into steps, for
// Undo / Redo and for the change history (io/history.h turns sealed steps into entries).
//
// It listens to the store's collections (ChangeSink). The host ends each frame with
// EndFrame: the changes of that frame become one step (a cascade removal is one step).
// Typing in a text field writes the record on every keystroke; those frames carry the
// field's widget id as the merge key, so one continuous edit of one field is one step,
// sealed when the field is left, another key comes, or the edit pauses for kIdleSealMs.
//
// Import and loading are not journalled: Pause() around them, then Clear().
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "model/store.h"

namespace card {

// A record of any journalled collection; monostate = absent (added / removed).
using AnyRecord =
    std::variant<std::monostate, Employee, Client, Contact, Interaction, Interest, Relationship, Contract>;

struct RecordChange {
    CollectionId collection = CollectionId::Clients;
    std::string id;
    AnyRecord before, after;
};

enum class StepOrigin : uint8_t { Edit, Undo, Redo };

struct JournalStep {
    std::vector<RecordChange> changes;  // in the order they were made
    Moment at;                          // when the step was started
    StepOrigin origin = StepOrigin::Edit;
};

class Journal final : public ChangeSink {
public:
    static constexpr size_t kMaxUndo = 200;
    static constexpr double kIdleSealMs = 3000;

    // Tells whether two present records of the same collection are identical; an update to
    // an identical record is then no change at all (not a step). The model has no
    // comparison of its own: the host passes the codec's (io/json_codec.h RecordsEqual).
    using SameRecordFn = bool (*)(const AnyRecord& a, const AnyRecord& b);
    void SetSameRecord(SameRecordFn f) { same_record_ = f; }

    // Listens to the seven collections of `store` (Detach stops).
    void Attach(Store& store);
    void Detach();

    // While paused nothing is recorded (import, load). Pauses nest.
    void Pause() { ++paused_; }
    void Resume() {
        if (paused_) --paused_;
    }
    // Forgets every step (after an import or load replaced what the steps refer to).
    void Clear();

    // Forgets the changes made since the last EndFrame: the host calls it as a frame starts,
    // so that only what the interface does is journalled (not test set-up, not the host).
    void DropPending() {
        pending_.clear();
        pending_index_.clear();
    }
    // Ends a frame. merge_key: the id of the text field being typed in, 0 when none.
    // now_ms: monotonic clock; at: the wall-clock time given to a new step.
    void EndFrame(uint64_t merge_key, double now_ms, const Moment& at);

    bool CanUndo() const { return !undo_.empty() || !open_.changes.empty() || !pending_.empty(); }
    bool CanRedo() const { return !redo_.empty(); }
    // Reverts the last step (sealing an open one first). Returns false when there is none.
    bool Undo(Store& store, const Moment& at);
    bool Redo(Store& store, const Moment& at);
    size_t UndoDepth() const { return undo_.size() + (open_.changes.empty() ? 0 : 1); }
    size_t RedoDepth() const { return redo_.size(); }
    // The step the next Undo / Redo reverts / reapplies (nullptr when none).
    const JournalStep* PeekUndo() const {
        return !open_.changes.empty() ? &open_ : undo_.empty() ? nullptr : &undo_.back();
    }
    const JournalStep* PeekRedo() const { return redo_.empty() ? nullptr : &redo_.back(); }
    // The client the next Undo / Redo changes most ("" when none or not about a client).
    std::string UndoClientId() const;
    std::string RedoClientId() const;

    // Steps sealed since the last call, oldest first: edits as made, and what each Undo /
    // Redo applied (its changes as before -> after of that application).
    std::vector<JournalStep> TakeSealed();

    // ChangeSink
    void Changed(const Employee* before, const Employee* after) override;
    void Changed(const Client* before, const Client* after) override;
    void Changed(const Contact* before, const Contact* after) override;
    void Changed(const Interaction* before, const Interaction* after) override;
    void Changed(const Interest* before, const Interest* after) override;
    void Changed(const Relationship* before, const Relationship* after) override;
    void Changed(const Contract* before, const Contract* after) override;

private:
    template <class T>
    void Record(CollectionId c, const T* before, const T* after);
    void SealOpen();
    void DropNoOps(std::vector<RecordChange>& changes) const;
    void Push(std::vector<JournalStep>& stack, JournalStep step);
    bool Apply(Store& store, std::vector<JournalStep>& from, std::vector<JournalStep>& to, StepOrigin origin,
               const Moment& at);

    SameRecordFn same_record_ = nullptr;
    Store* store_ = nullptr;
    int paused_ = 0;
    bool applying_ = false;
    // This frame's changes, one per record (first before, last after).
    std::vector<RecordChange> pending_;
    std::unordered_map<std::string, size_t> pending_index_;  // collection + id -> pending_
    JournalStep open_;  // the step still growing (typing in one field)
    uint64_t open_key_ = 0;
    double open_last_ms_ = 0;
    std::vector<JournalStep> undo_, redo_, sealed_;
};

// The client a record belongs to (client_id, the client itself, a relationship's from).
const std::string* ClientOf(const AnyRecord& r);

}  // namespace card
