#include "io/persister.h"

#include <algorithm>
#include <utility>

namespace card {

namespace {

constexpr const char* kNoResponse = "storage did not respond";

// Moves whenever the set of dirty ids grows or a collection becomes all-dirty, or
// extra_json changes length. (Repeated edits of one record do not move it: those are
// saved at the latest max_delay_ms after the first unsaved change.)
uint64_t ChangeFingerprint(const Store& store) {
    uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](uint64_t v) { h = (h ^ v) * 1099511628211ULL; };
    store.ForEachCollection([&](const auto& col) {
        mix(col.Version());  // moves on every edit, also repeated edits of one record
        mix(col.AllDirty() ? 1 : 0);
    });
    mix(store.extra_json.size());
    return h;
}

}  // namespace

Persister::Persister(FileSystem& fs, std::string dir, StartSync start_sync)
    : Persister(fs, std::move(dir), std::move(start_sync), Options{}) {}

Persister::Persister(FileSystem& fs, std::string dir, StartSync start_sync, Options options)
    : storage_(fs, std::move(dir), options.storage),
      start_sync_(std::move(start_sync)),
      options_(options),
      self_(std::make_shared<Persister*>(this)) {}

Persister::~Persister() = default;

LoadReport Persister::Load(Store& store) {
    LoadReport report = storage_.Load(store);
    AdoptLoad(report);
    return report;
}

StoreStorage::Continue Persister::ContinueLoad(Store& store, double budget_ms, LoadReport& finished) {
    const StoreStorage::Continue r = storage_.ContinueLoad(store, budget_ms, finished);
    if (r != StoreStorage::Continue::More) AdoptLoad(finished);
    return r;
}

void Persister::AdoptLoad(const LoadReport& report) {
    loaded_ = report.ok && !report.pending;  // nothing is written while a part is still to read
    blocked_ = !report.ok;
    blocked_reason_ = report.ok ? std::string() : report.message;
    dirty_ = false;
    unsynced_ = false;
    failed_ = false;
    storage_full_ = false;
    fail_reason_.clear();
    failures_ = 0;
    retry_at_ = 0;
    flush_requested_ = false;
    flush_store_ = nullptr;
}

void Persister::StartOver(Store& store) {
    if (!blocked_) return;
    storage_.StartOver(store);
    blocked_ = false;
    blocked_reason_.clear();
    loaded_ = true;
}

void Persister::ObserveChanges(const Store& store, double now_ms) {
    if (!storage_.NeedsSave(store)) {
        dirty_ = false;
        return;
    }
    const uint64_t fp = ChangeFingerprint(store);
    if (!dirty_) {
        dirty_ = true;
        dirty_since_ = now_ms;
        last_change_ = now_ms;
        fingerprint_ = fp;
    } else if (fp != fingerprint_) {
        fingerprint_ = fp;
        last_change_ = now_ms;
    }
}

void Persister::Tick(Store& store, double now_ms) {
    last_now_ = now_ms;
    in_tick_ = true;
    if (slot_) {
        if (slot_->done) {
            FinishSync(now_ms);
        } else if (now_ms - sync_started_ >= options_.sync_timeout_ms) {
            // The callback may never come; a late one finds its slot gone and is ignored.
            slot_.reset();
            Fail(kNoResponse, now_ms);
        }
    }
    if (!loaded_ || blocked_) {
        in_tick_ = false;
        return;
    }
    ObserveChanges(store, now_ms);
    if (read_only_ || slot_) {  // never write while a sync is in flight
        in_tick_ = false;
        return;
    }
    bool due = false;
    if (flush_requested_)
        due = dirty_ || unsynced_;
    else if (now_ms < retry_at_)
        due = false;
    else if (dirty_)
        due = failed_ || now_ms - last_change_ >= options_.debounce_ms ||
              now_ms - dirty_since_ >= options_.max_delay_ms;
    else
        due = unsynced_;  // written, but the sync failed or was given up: sync again
    if (due)
        Save(store, now_ms, dirty_);
    else if (flush_requested_)
        flush_requested_ = false;  // nothing to flush
    in_tick_ = false;
}

void Persister::Flush(Store& store, double now_ms) {
    if (!loaded_ || blocked_ || read_only_) return;
    flush_requested_ = true;
    Tick(store, now_ms);
    // A sync was in flight: its callback runs the save (see OnSyncCallback).
    flush_store_ = flush_requested_ && slot_ ? &store : nullptr;
}

void Persister::FlushClosing(Store& store, double now_ms, bool overlap_ok) {
    if (!loaded_ || blocked_ || read_only_) return;
    if (slot_ && overlap_ok && storage_.NeedsSave(store)) {  // new changes since it started
        // The in-flight sync's answer no longer matters: the next one covers its files too.
        slot_.reset();
        unsynced_ = true;
    }
    Flush(store, now_ms);
}

void Persister::Save(Store& store, double now_ms, bool write) {
    flush_requested_ = false;
    flush_store_ = nullptr;
    save_started_ = now_ms;
    if (write) {
        const SaveReport report = storage_.Save(store);
        if (!report.ok) {
            Fail("could not save: " + report.error, now_ms);
            return;
        }
        dirty_ = false;
        unsynced_ = true;
    }
    StartSyncNow(now_ms);
}

void Persister::StartSyncNow(double now_ms) {
    auto slot = std::make_shared<SyncSlot>();
    slot_ = slot;
    sync_started_ = now_ms;
    if (!start_sync_) {  // no durable layer (e.g. native builds): the write is the save
        slot->done = true;
        slot->ok = true;
        return;
    }
    std::weak_ptr<SyncSlot> weak_slot = slot;
    std::weak_ptr<Persister*> weak_self = self_;
    start_sync_([weak_slot, weak_self](bool ok, const std::string& error) {
        auto s = weak_slot.lock();
        if (!s || s->done) return;  // given up by the watchdog, or a second call
        s->done = true;
        s->ok = ok;
        s->error = error;
        if (auto self = weak_self.lock()) (*self)->OnSyncCallback(s);
    });
}

void Persister::OnSyncCallback(const std::shared_ptr<SyncSlot>& slot) {
    // Normally the next Tick picks the result up. A Flush waiting on this sync runs now:
    // a hidden page may get no more frames.
    if (in_tick_ || slot != slot_ || !flush_store_) return;
    Store* store = flush_store_;
    flush_store_ = nullptr;
    Tick(*store, last_now_);
}

void Persister::FinishSync(double now_ms) {
    const std::shared_ptr<SyncSlot> slot = std::move(slot_);
    if (!slot->ok) {
        Fail("the browser could not store the data: " +
                 (slot->error.empty() ? std::string("unknown error") : slot->error),
             now_ms);
        return;
    }
    unsynced_ = false;
    failed_ = false;
    storage_full_ = false;
    fail_reason_.clear();
    failures_ = 0;
    retry_at_ = 0;
    last_save_ms_ = std::max(0.0, now_ms - save_started_);
    if (!first_save_done_) {
        first_save_done_ = true;
        if (on_first_save_) on_first_save_();
    }
}

void Persister::Fail(const std::string& reason, double now_ms) {
    failed_ = true;
    // A watchdog timeout after a quota failure says nothing new about the space: the
    // storage is still taken to be full (and the reason stays the quota one).
    const bool timeout_after_full = storage_full_ && reason == kNoResponse;
    if (!timeout_after_full) {
        storage_full_ = IsStorageFullError(reason);
        fail_reason_ = reason;
    }
    ++failures_;
    double delay = options_.retry_initial_ms;
    for (int i = 1; i < failures_ && delay < options_.retry_max_ms; ++i) delay *= 2;
    retry_at_ = now_ms + std::min(delay, options_.retry_max_ms);
}

void Persister::RetryNow(Store& store, double now_ms) {
    // Nothing failed, or the retry runs already: a flush would only queue behind it.
    if (slot_ || (!failed_ && !unsynced_)) return;
    Flush(store, now_ms);  // save and sync now, skipping the backoff
}

bool Persister::IsStorageFullError(const std::string& error) {
    std::string lower = error;
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (const char* needle : {"quotaexceedederror", "quota exceeded", "quota_exceeded", "quota_reached",
                               "quota reached", "enospc", "no space left", "storage is full", "disk full"})
        if (lower.find(needle) != std::string::npos) return true;
    return false;
}

SaveState Persister::State() const {
    SaveState s;
    s.last_save_ms = last_save_ms_;
    s.storage_full = storage_full_ && !blocked_ && !read_only_;
    using Kind = SaveState::Kind;
    if (blocked_) {
        s.kind = Kind::Failed;
        s.reason = blocked_reason_;
    } else if (read_only_) {
        s.kind = dirty_ ? Kind::Unsaved : Kind::Saved;
        s.reason = "read-only: the data is being edited in another tab";
    } else if (slot_) {
        s.kind = Kind::Saving;
        s.reason = fail_reason_;  // retrying after this failure, if any
    } else if (failed_) {
        s.kind = Kind::Failed;
        s.reason = fail_reason_;
    } else if (dirty_ || unsynced_) {
        s.kind = Kind::Unsaved;
    } else {
        s.kind = Kind::Saved;
    }
    return s;
}

bool Persister::HasUnsavedChanges(const Store& store) const {
    return storage_.NeedsSave(store) || unsynced_ || slot_ != nullptr;
}

}  // namespace card
