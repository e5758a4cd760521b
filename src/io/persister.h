// Saves the store automatically and safely, as a small state machine driven by the frame
// loop (time is passed in, the durable sync is injected):
//  - every change is saved, debounced: `debounce_ms` after the store stops changing, but
//    no later than `max_delay_ms` after the first unsaved change;
//  - a save writes the changed shards (StoreStorage::Save), then starts one sync
//    (IDBFS: FS.syncfs(false)); never two syncs at once, and no file is written while a
//    sync is in flight (changes made meanwhile are saved right after it completes);
//  - a sync whose callback never comes (3.1.6 loses it on QuotaExceededError) is given up
//    after `sync_timeout_ms`: state Failed, retried with exponential backoff;
//  - a failed write or sync: state Failed with the reason; the changes stay dirty and are
//    retried with backoff; RetryNow() retries at once (the user's "Try again");
//  - a failure that says the browser's storage is full (QuotaExceededError) is reported
//    as such (SaveState::storage_full) until a save succeeds; IndexedDB keeps its previous
//    state (the aborted transaction writes nothing, see web/pre.js);
//  - Flush() saves and syncs now (visibilitychange -> hidden);
//  - read-only mode (another tab is the writer): never writes, never syncs;
//  - nothing is written before a successful Load (a sync before the first load would
//    mirror an empty folder over the user's data), nor after a Load that found the data
//    unreadable, until StartOver().
// Pure C++17: no emscripten, no ImGui, no exceptions.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "io/file_system.h"
#include "io/save_state.h"
#include "io/storage.h"
#include "model/store.h"

namespace card {

class Persister {
public:
    using SyncDone = std::function<void(bool ok, const std::string& error)>;
    // Starts a durable sync of the storage folder and calls `done` once it finishes
    // (possibly synchronously, possibly never).
    using StartSync = std::function<void(SyncDone done)>;

    struct Options {
        double debounce_ms = 400;        // quiet time after the last change
        double max_delay_ms = 2000;      // longest wait while changes keep coming
        double sync_timeout_ms = 15000;  // watchdog for a sync callback that never comes
        double retry_initial_ms = 2000;  // first retry after a failure; doubles each time
        double retry_max_ms = 60000;
        StorageOptions storage;
    };

    Persister(FileSystem& fs, std::string dir, StartSync start_sync);
    Persister(FileSystem& fs, std::string dir, StartSync start_sync, Options options);
    ~Persister();
    Persister(const Persister&) = delete;
    Persister& operator=(const Persister&) = delete;

    // Once at start-up, after the initial FS.syncfs(true) has completed. Replaces the
    // store with the saved state. When !report.ok the Persister stays blocked (never
    // writes) until StartOver().
    LoadReport Load(Store& store);
    // A Load whose report is `pending` is finished by calling this (StoreStorage::
    // ContinueLoad) until it returns Done or Reloaded; until then nothing is written, and
    // the store must not change. Then the persister is loaded (or blocked) as after Load,
    // by `finished`.
    StoreStorage::Continue ContinueLoad(Store& store, double budget_ms, LoadReport& finished);
    bool LoadPending() const { return storage_.Pending(); }

    // Every frame (also frames that skip rendering: timers live here). Cheap when
    // nothing changed: a few flag checks.
    void Tick(Store& store, double now_ms);
    // Save and sync now, skipping the debounce and any retry backoff. If a sync is in
    // flight, the save runs as soon as it completes (from its callback, so it happens
    // even if the hidden page gets no more frames); `store` must outlive that.
    void Flush(Store& store, double now_ms);
    // The page is being hidden or closed: as Flush, but when a sync is in flight and the
    // durable layer takes each sync's data when it starts (`overlap_ok`: web/pre.js's fast
    // path; IndexedDB runs the two in order), write and start the next sync now instead of
    // after the in-flight one: the page may be gone before that one answers.
    void FlushClosing(Store& store, double now_ms, bool overlap_ok);

    SaveState State() const;

    // The user asked to try again after a failure: retry now, skipping the backoff. Does
    // nothing when no failure is pending (or a retry is already running).
    void RetryNow(Store& store, double now_ms);

    // Whether a sync or write error means "the storage for this page is full": the
    // browsers' QuotaExceededError (and Firefox's NS_ERROR_DOM_QUOTA_REACHED), ENOSPC.
    static bool IsStorageFullError(const std::string& error);

    // Read-only (a second tab): never writes, never syncs. Before switching a tab to
    // writable, reload (FS.syncfs(true) + Load) to pick up the other tab's saves.
    void SetReadOnly(bool read_only) { read_only_ = read_only; }
    bool ReadOnly() const { return read_only_; }

    // Load found the data unreadable: nothing is saved until the user accepts that the
    // unreadable files are replaced by the current store (e.g. after importing a backup).
    bool Blocked() const { return blocked_; }
    void StartOver(Store& store);

    // The first save of this session reached durable storage: the platform then asks for
    // persistent storage (navigator.storage.persist()) once. The callback runs once.
    bool FirstSaveDone() const { return first_save_done_; }
    void SetOnFirstSave(std::function<void()> callback) { on_first_save_ = std::move(callback); }

    // For beforeunload: changes not yet durable (dirty, written but not synced, or a sync
    // in flight).
    bool HasUnsavedChanges(const Store& store) const;

    const StoreStorage& Storage() const { return storage_; }

private:
    struct SyncSlot {  // shared with the sync callback; dropped when the watchdog fires
        bool done = false;
        bool ok = false;
        std::string error;
    };

    void AdoptLoad(const LoadReport& report);
    void ObserveChanges(const Store& store, double now_ms);
    void Save(Store& store, double now_ms, bool write);
    void StartSyncNow(double now_ms);
    void OnSyncCallback(const std::shared_ptr<SyncSlot>& slot);
    void FinishSync(double now_ms);
    void Fail(const std::string& reason, double now_ms);

    StoreStorage storage_;
    StartSync start_sync_;
    Options options_;

    bool loaded_ = false;
    bool blocked_ = false;
    std::string blocked_reason_;
    bool read_only_ = false;

    // Change observation (debounce).
    bool dirty_ = false;           // the store had unsaved changes at the last look
    double dirty_since_ = 0;       // first unsaved change seen
    double last_change_ = 0;       // last time the change fingerprint moved
    uint64_t fingerprint_ = 0;

    // Save / sync.
    bool unsynced_ = false;        // files written that no completed sync covers yet
    std::shared_ptr<SyncSlot> slot_;  // the sync in flight, if any
    double sync_started_ = 0;
    double save_started_ = -1;     // start of the save the current sync completes
    bool flush_requested_ = false;
    Store* flush_store_ = nullptr; // the store of a Flush waiting for the sync in flight
    double last_now_ = 0;
    bool in_tick_ = false;

    // Failures.
    bool failed_ = false;
    bool storage_full_ = false;    // the last failure was a full storage (quota)
    std::string fail_reason_;
    int failures_ = 0;
    double retry_at_ = 0;

    double last_save_ms_ = 0;
    bool first_save_done_ = false;
    std::function<void()> on_first_save_;

    // Lets a late sync callback detect that the Persister is gone.
    std::shared_ptr<Persister*> self_;
};

}  // namespace card
