// Runs inside app.js before main(): elects the writer tab, mounts IndexedDB (IDBFS) at
// /data and finishes the first FS.syncfs(true) before anything reads or writes, then
// defines window.cardApp (the automation API, README "Automation API").
/* global Module, FS, IDBFS, addRunDependency, removeRunDependency, UTF8ToString,
   stringToUTF8, lengthBytesUTF8 */
(function () {
  'use strict';
  var LOCK_NAME = 'client-card-writer';
  var LOAD_TIMEOUT_MS = 15000;
  // Once IndexedDB has answered (the database is open), reading a big store (hundreds of MB)
  // may take this long before it counts as a hang.
  var READ_TIMEOUT_MS = 180000;
  // A file is fed to the import in pieces of this size (cardApp.importBytes, and the file
  // picker's reading in platform_web.cpp).
  Module.cardImportPieceBytes = 8 * 1024 * 1024;

  Module.cardReadOnly = false;
  Module.cardStorageError = '';
  Module.cardEventCount = 0;
  Module.cardWake = function () { Module.cardEventCount++; };

  // Follows a link the way a click on <a> does (downloads, tel:, mailto:): what the
  // platform's download, open-file fallback and open-url calls share.
  Module.cardClickAnchor = function (href, downloadName) {
    var a = document.createElement('a');
    a.href = href;
    if (downloadName !== undefined) a.download = downloadName;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  // Exactly one tab writes: the one holding the Web Lock for as long as it lives. A tab
  // that opened read-only queues for the lock too: when the writer tab closes, the lock
  // comes here (Module.cardWriterLockGranted) and the app offers to take over (the host
  // reloads IndexedDB first, see cardReloadStorage). Holding the lock does not by itself
  // make this tab write: it stays read-only until the user takes over.
  Module.cardWriterLockGranted = false;
  function electWriter(cb) {
    if (!(navigator.locks && navigator.locks.request)) { cb(true); return; }
    var answered = false;
    navigator.locks.request(LOCK_NAME, { ifAvailable: true }, function (lock) {
      answered = true;
      if (!lock) {
        cb(false);
        queueForLock();
        return undefined;
      }
      Module.cardWriterLockGranted = true;
      cb(true);
      return new Promise(function () {});  // held until the tab closes
    }).catch(function () { if (!answered) cb(true); });
  }
  function queueForLock() {
    try {
      navigator.locks.request(LOCK_NAME, function () {
        Module.cardWriterLockGranted = true;
        Module.cardWake();
        return new Promise(function () {});  // held until this tab closes
      }).catch(function () {});
    } catch (e) { /* no second chance: the tab stays read-only */ }
  }

  // ---- IDBFS fixes (Emscripten 3.1.6's library_idbfs.js).
  // Its reconcile loses the callback when the transaction aborts (QuotaExceededError when
  // the storage is full: only 'abort' fires, and its error handlers pass `this.error` of an
  // arrow function, undefined), and a failed request is preventDefault()ed, so the rest of
  // the transaction still commits (not all-or-nothing). This one: one readwrite
  // transaction, any failure aborts all of it (IndexedDB keeps its previous state) and the
  // callback gets the error by name (QuotaExceededError) at once; writes are committed
  // explicitly (transaction.commit()) as soon as they are queued, so a sync started while
  // the page is closing is already on its way.
  function errorOf(x, fallback) {
    if (x && (x.name || x.message)) return x;
    return new Error(fallback);
  }
  function reconcile(src, dst, callback) {
    var create = [], remove = [];
    Object.keys(src.entries).forEach(function (key) {
      var e = src.entries[key], e2 = dst.entries[key];
      if (!e2 || e.timestamp.getTime() != e2.timestamp.getTime()) {
        // A released file has no bytes here to give: IndexedDB keeps what it has.
        if (dst.type !== 'local' && isReleased(key)) return;
        create.push(key);
      } else if (dst.type === 'local' && isReleased(key)) {
        create.push(key);  // the same version, but its bytes were released: read them again
      }
    });
    Object.keys(dst.entries).forEach(function (key) { if (!src.entries[key]) remove.push(key); });
    if (!create.length && !remove.length) { callback(null); return; }
    var finished = false;
    function finish(err) {
      if (finished) return;
      finished = true;
      callback(err);
    }
    var firstError = null;
    var db = src.type === 'remote' ? src.db : dst.db;
    var transaction, store;
    try {
      transaction = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite');
      store = transaction.objectStore(IDBFS.DB_STORE_NAME);
    } catch (e) {
      // e.g. the connection was closed under us: open it again next time.
      delete IDBFS.dbs[db.name];
      finish(errorOf(e, 'IndexedDB transaction could not start'));
      return;
    }
    function fail(err) {
      if (!firstError) firstError = errorOf(err, 'IndexedDB request failed');
      try { transaction.abort(); } catch (e) { /* already aborting */ }
    }
    transaction.oncomplete = function () { finish(null); };
    transaction.onabort = function () {
      finish(errorOf(transaction.error || firstError, 'IndexedDB transaction aborted'));
    };
    transaction.onerror = function () { /* the abort that follows reports it */ };
    function track(err) { if (err) fail(err); }
    try {
      create.sort().forEach(function (path) {
        if (dst.type === 'local') {
          IDBFS.loadRemoteEntry(store, path, function (err, entry) {
            if (err) return fail(err);
            IDBFS.storeLocalEntry(path, entry, track);
          });
        } else {
          IDBFS.loadLocalEntry(path, function (err, entry) {
            if (err) return fail(err);
            var req = store.put(entry, path);
            req.onerror = function (e) { fail(e.target.error); };
          });
        }
      });
      remove.sort().reverse().forEach(function (path) {
        if (dst.type === 'local') {
          IDBFS.removeLocalEntry(path, track);
        } else {
          var req = store.delete(path);
          req.onerror = function (e) { fail(e.target.error); };
        }
      });
      if (dst.type === 'remote' && !firstError && transaction.commit) transaction.commit();
    } catch (e) {
      fail(e);  // e.g. QuotaExceededError thrown by put() itself
    }
  }

  // What IndexedDB holds, as IDBFS's entry set ({path: {timestamp}}), while this tab is the
  // only writer: set after each load and each completed sync. It lets a save build its
  // write transaction at once (no read of IndexedDB first; every file is read and handed
  // to IndexedDB before cardSyncOut returns), so that a save started by closing the page
  // (visibilitychange, beforeunload) reaches IndexedDB before the page is gone, and a
  // second save may start while one is in flight (IndexedDB runs them in order; the second
  // is computed against the last confirmed state, so it also covers the first if that one
  // fails). null when unknown: then the stock two-step sync reads IndexedDB first.
  var remoteEntries = null;
  function storageMount() { return FS.lookupPath('/data').node.mount; }

  // ---- Released files. A shard file (docs/STORAGE.md) is never modified once written, so
  // once IndexedDB holds its bytes (the same version: remoteEntries has its timestamp) and
  // they are either parsed into the store (StoreStorage::Load) or were written from it (a
  // save), the copy in memory only doubles the store: it is released. The node stays, with
  // its timestamp, so that a sync leaves the file in IndexedDB as it is; reading it again
  // (taking over from another tab) reads it from IndexedDB (mirrorIntoMemfs, reconcile).
  var SHARD_FILE = /\.g[0-9]+\.json$/;
  function nodeOf(path) {
    try { return FS.lookupPath(path).node; } catch (e) { return null; }
  }
  function isReleasedNode(node) {
    return !!node && node.cardReleasedAt !== undefined && node.cardReleasedAt === node.timestamp &&
      !node.usedBytes;
  }
  function isReleased(path) { return isReleasedNode(nodeOf(path)); }
  function release(path, known) {
    var k = known && known[path];
    if (!k || !SHARD_FILE.test(path)) return false;
    var node = nodeOf(path);
    if (!node || !FS.isFile(node.mode) || !node.usedBytes || k.timestamp.getTime() !== node.timestamp) return false;
    node.contents = null;
    node.usedBytes = 0;
    node.cardReleasedAt = node.timestamp;
    return true;
  }
  // While start-up still waits for the second copy's index (below), the bytes are kept:
  // the copy may need them. Released once the index is in and the copy is queued.
  var heldReleases = null;
  function releaseOrHold(path, known) {
    if (heldReleases) heldReleases.push([path, known]);
    else release(path, known);
  }
  // StoreStorage::Load (through FileSystem::Release) parsed this file into the store.
  Module.cardReleaseFile = function (path) { releaseOrHold(path, remoteEntries); };
  Module.cardIsReleased = isReleased;

  // ---- IndexedDB -> memory in one read: every entry in one readonly transaction
  // (getAllKeys + getAll, no request per file), started as soon as this script runs so that
  // it overlaps the download and compilation of the WebAssembly. The file contents become
  // the files' bytes as they are (canOwn: no copy).
  //
  // A large store is read in two parts (onFirst given, and at least REST_MIN_SHARDS shard
  // files of the collections a start may defer: contacts, contracts, interactions,
  // interests, relationships): onFirst(keys, values) gets everything else first, so that
  // the app starts with its clients while IndexedDB reads on, then callback(err, null,
  // null, fetch) ends the read, fetch() giving the rest as {keys, values} (docs/STORAGE.md
  // "A large store's start"). One transaction: both parts are the same state. Otherwise,
  // or when the first part did not come whole, callback gets all (or the error).
  var REST_PREFIXES = ['/data/store/contacts.', '/data/store/contracts.', '/data/store/interactions.',
                       '/data/store/interests.', '/data/store/relationships.'];  // sorted; StoreStorage's deferrable collections
  var REST_MIN_SHARDS = 128;  // about 16-64 MB of them
  function isRestPath(path) {
    return REST_PREFIXES.some(function (p) { return String(path).lastIndexOf(p, 0) === 0; });
  }
  function restWanted(keys) {
    if (/[?&]load_defer_kb=0(&|$)/.test(location.search)) return true;  // tests: always in two parts
    return keys.filter(isRestPath).length >= REST_MIN_SHARDS;
  }
  function readIndexedDb(callback, onOpen, onFirst) {
    var finished = false;
    function finish(err, keys, values, fetch) {
      if (finished) return;
      finished = true;
      callback(err, keys, values, fetch);
    }
    IDBFS.getDB('/data', function (err, db) {
      if (err || !db) { finish(errorOf(err, 'IndexedDB could not be opened')); return; }
      if (onOpen) onOpen();
      var keys = null, values = null, transaction;
      var first = null, rest = null;  // [{keys, values}] per key range, when in two parts
      var firstGiven = false;         // onFirst was called
      function joined(parts) {
        var k = [], v = [];
        for (var i = 0; i < parts.length; i++) {
          var pk = parts[i].keys(), pv = parts[i].values();
          if (!pk || !pv || pk.length !== pv.length) return null;
          k = k.concat(pk);
          v = v.concat(pv);
        }
        return { keys: k, values: v };
      }
      // The requests' results are taken when asked for (part.keys(), part.values()): the
      // browser turns the stored bytes into arrays then, so the rest costs the page nothing
      // until the app wants it (after its first frame).
      function readRanges(store, ranges, parts, whenDone) {
        var left = ranges.length * 2;
        ranges.forEach(function (range) {
          var k = store.getAllKeys(range), v = store.getAll(range);
          parts.push({ keys: function () { return k.result; }, values: function () { return v.result; } });
          function one() { if (--left === 0 && whenDone) whenDone(); }
          k.onsuccess = one;
          v.onsuccess = one;
        });
      }
      try {
        transaction = db.transaction([IDBFS.DB_STORE_NAME], 'readonly');
        var store = transaction.objectStore(IDBFS.DB_STORE_NAME);
        store.getAllKeys().onsuccess = function (e) {
          keys = e.target.result;
          if (!onFirst) return;  // getAll() is on its way (below)
          if (!restWanted(keys)) {
            store.getAll().onsuccess = function (e2) { values = e2.target.result; };
            return;
          }
          // The key ranges outside the rest's prefixes first, then the rest's.
          var TOP = '\uffff', outside = [], inside = [];
          REST_PREFIXES.forEach(function (p, i) {
            var prev = i ? REST_PREFIXES[i - 1] + TOP : null;
            outside.push(prev === null ? IDBKeyRange.upperBound(p, true) : IDBKeyRange.bound(prev, p, true, true));
            inside.push(IDBKeyRange.bound(p, p + TOP));
          });
          outside.push(IDBKeyRange.lowerBound(REST_PREFIXES[REST_PREFIXES.length - 1] + TOP, true));
          first = [];
          rest = [];
          // The rest is asked for once the first part is in (the same transaction, so the
          // same state): asked for at once, it slowed the first part down.
          readRanges(store, outside, first, function () {
            readRanges(store, inside, rest, null);
            var got = joined(first);
            if (!got) return;  // the transaction's end says so
            firstGiven = true;
            onFirst(got.keys, got.values);
          });
        };
        // With onFirst, the keys' callback (above) chooses the requests for the values.
        if (!onFirst) store.getAll().onsuccess = function (e) { values = e.target.result; };
      } catch (e) {
        delete IDBFS.dbs['/data'];
        finish(errorOf(e, 'IndexedDB transaction could not start'));
        return;
      }
      transaction.oncomplete = function () {
        if (rest) {
          // The rest as {keys, values} when asked for (null: incomplete).
          if (firstGiven) finish(null, null, null, function () { return joined(rest); });
          else finish(new Error('IndexedDB read incomplete'));
          return;
        }
        if (!keys || !values || keys.length !== values.length) finish(new Error('IndexedDB read incomplete'));
        else finish(null, keys, values);
      };
      transaction.onabort = function () { finish(errorOf(transaction.error, 'IndexedDB read aborted')); };
    });
  }
  // Makes /data hold exactly what IndexedDB held (`keys`, `values` from readIndexedDb):
  // removes what it did not hold, writes what differs (or was released). Returns the entry
  // set of IndexedDB (for remoteEntries). Throws on a failure.
  // `addOnly`: the second part of a read in two parts (nothing is removed).
  function mirrorIntoMemfs(keys, values, addOnly) {
    var remote = {}, entries = {};
    for (var i = 0; i < keys.length; i++) remote[keys[i]] = values[i];
    var local = {};
    IDBFS.getLocalSet(storageMount(), function (err, set) {
      if (err) throw err;
      local = set.entries;
    });
    function check(err) { if (err) throw err; }
    if (!addOnly) {
      Object.keys(local).filter(function (p) { return !remote[p]; }).sort().reverse().forEach(function (p) {
        IDBFS.removeLocalEntry(p, check);
      });
    }
    keys.map(String).sort().forEach(function (path) {  // a folder before its files
      var e = remote[path], l = local[path];
      entries[path] = { timestamp: e.timestamp };
      if (l && l.timestamp.getTime() === e.timestamp.getTime() && !isReleased(path)) return;
      IDBFS.storeLocalEntry(path, e, check);
    });
    return entries;
  }
  var earlyRead = { done: false, waiting: [] };
  function whenEarlyRead(fn) {
    if (earlyRead.done) fn(earlyRead);
    else earlyRead.waiting.push(fn);
  }
  // When the start-up read began and ended, and when /data held its files (performance.now()
  // milliseconds; for the benchmark).
  Module.cardStorageTimes = {};
  // A read in two parts: earlyRead is the first, restRead the rest (null: one part).
  var restRead = null;
  function whenRest(fn) {
    if (restRead.done) fn(restRead);
    else restRead.waiting.push(fn);
  }
  function startEarlyRead() {
    Module.cardStorageTimes.readStart = performance.now();
    function first(err, keys, values) {
      if (earlyRead.done) return;
      Module.cardStorageTimes.readEnd = performance.now();
      earlyRead.done = true;
      earlyRead.err = err;
      earlyRead.keys = keys;
      earlyRead.values = values;
      earlyRead.waiting.splice(0).forEach(function (fn) { fn(earlyRead); });
    }
    function done(err, keys, values, fetch) {
      if (!restRead) { first(err, keys, values); return; }
      if (restRead.done) return;  // timed out (below)
      clearTimeout(restRead.timer);
      Module.cardStorageTimes.restEnd = performance.now();
      restRead.done = true;
      restRead.err = err;
      restRead.fetch = fetch;
      restRead.waiting.splice(0).forEach(function (fn) { fn(restRead); });
    }
    try {
      readIndexedDb(done, function () { earlyRead.opened = true; }, function (keys, values) {
        restRead = { done: false, waiting: [] };
        // The rest gets the time a whole read gets; then the app says it could not be read.
        restRead.timer = setTimeout(function () {
          done(new Error('IndexedDB did not finish reading within ' + (READ_TIMEOUT_MS / 1000) + ' s'));
        }, READ_TIMEOUT_MS);
        first(null, keys, values);
      });
    } catch (e) {
      done(errorOf(e, 'IndexedDB could not be read'));
    }
  }
  // The rest's {keys, values} (taken once; null when the read was incomplete).
  function takeRest(rest) {
    var got = rest.fetch ? rest.fetch() : null;
    rest.fetch = null;  // the files own the bytes now
    return got;
  }
  // The app's view of the rest (card_js_rest_state, Module.cardRestPoll): 1 in /data (or
  // never apart), 0 still being read, -1 it could not be read (Module.cardRestError says
  // why). The rest goes into /data when the app first looks after it was read (after its
  // first frame), not as it arrives: that is when the browser spends its time on it.
  Module.cardRestState = 1;
  var restPolled = [];
  Module.cardRestPoll = function () {
    if (Module.cardRestState === 0 && window.cardHoldRest) return 0;  // tests: look at the loading state
    if (Module.cardRestState === 0 && restRead && restRead.done)
      restPolled.splice(0).forEach(function (fn) { fn(restRead); });
    return Module.cardRestState;
  };
  function mirrorRest(rest) {
    var got = rest.err ? null : takeRest(rest);
    if (!got) {
      var err = rest.err || new Error('IndexedDB read incomplete');
      Module.cardRestError = String(err.message || err.name || err);
      Module.cardRestState = -1;
      return false;
    }
    try {
      var added = mirrorIntoMemfs(got.keys, got.values, true);
      if (remoteEntries) Object.keys(added).forEach(function (p) { remoteEntries[p] = added[p]; });
    } catch (e) {
      Module.cardRestError = String(e.message || e);
      Module.cardRestState = -1;
      return false;
    }
    Module.cardRestState = 1;
    return true;
  }
  function snapshotLocal() {
    var snap = null;
    IDBFS.getLocalSet(storageMount(), function (err, local) { if (!err) snap = local.entries; });
    return snap;
  }
  // ---- The second copy (Cache Storage). Chromium resets an origin's IndexedDB when it
  // finds the database damaged as it opens it: seen after the browser was killed in the
  // middle of a save, about once in 250 kills, and the app then opened empty. So each sync
  // also copies the files of /data that changed into a cache of Cache Storage (another
  // store, not IndexedDB's database): the shard files first, then manifest.prev.json and
  // manifest.json, then the removals, then the copy's index ({path: mtime}, what it holds);
  // one sync's copy starts when the one before it has ended, so the copy always holds a
  // whole generation (docs/STORAGE.md "The second copy"). At start-up, when IndexedDB holds
  // no manifest but the copy does, /data is filled from the copy and written back to
  // IndexedDB before the app reads it, and the app says so (Module.cardRestoredFromCopy).
  var COPY_CACHE = 'client-card-data-copy';
  var COPY_WAIT_MS = 5000;  // start-up waits this long for Cache Storage at most
  var COPY_PUTS = 4;        // cache.put calls in flight at once
  var copy = { usable: false, index: null, chain: Promise.resolve(), pending: 0, error: '', restored: null };
  function copyUrl(path) { return new URL('/__client_card_copy__' + path, location.href).href; }
  var COPY_INDEX = '/__index__';
  function manifestRank(path) {
    return /\/manifest\.json$/.test(path) ? 2 : /\/manifest\.prev\.json$/.test(path) ? 1 : 0;
  }
  // Whether these paths name a manifest (a saved generation).
  function namesManifest(paths) { return paths.some(function (p) { return manifestRank(String(p)) > 0; }); }
  function errorText(e) { return String(e && (e.name || e.message) || e); }
  // Queues the copy of what changed in /data since the last one (the bytes are taken now).
  // `entries`: /data's entry set when the caller has it.
  function queueCopy(entries) {
    if (!copy.usable || !copy.index) return;
    var local = entries || snapshotLocal();
    if (!local) return;
    var puts = [], removes = [], next = {};
    var blocked = false;
    Object.keys(local).forEach(function (path) {
      var node = nodeOf(path);
      if (!node || !FS.isFile(node.mode) || /\.tmp$/.test(path)) return;
      var t = local[path].timestamp.getTime();
      next[path] = t;
      if (copy.index[path] === t) return;
      // Released (its bytes are in IndexedDB only): this copy cannot be whole; the copy
      // keeps the generation it holds.
      if (isReleasedNode(node)) { blocked = true; return; }
      // A view of the bytes, not a Blob: a file's bytes are never changed in place (a write
      // truncates and makes a new array), and Chromium refuses cache.put ("Unexpected
      // internal error") once hundreds of MB of Blobs are pending (seen at L: 1314 shards).
      puts.push({ path: path, rank: manifestRank(path), bytes: node.contents.subarray(0, node.usedBytes) });
    });
    if (blocked) return;
    Object.keys(copy.index).forEach(function (path) { if (next[path] === undefined) removes.push(path); });
    if (!puts.length && !removes.length) return;
    copy.index = next;  // what the copy holds once the queued work is done
    copy.pending++;
    copy.chain = copy.chain.then(function () {
      return caches.open(COPY_CACHE).then(function (cache) {
        // COPY_PUTS at a time: a put's body is handed to the browser as it starts.
        var ranked = function (r) {
          var todo = puts.filter(function (p) { return p.rank === r; });
          function next() {
            var p = todo.shift();
            if (!p) return Promise.resolve();
            return cache.put(copyUrl(p.path), new Response(p.bytes)).then(function () { p.bytes = null; return next(); });
          }
          var lanes = [];
          for (var i = 0; i < COPY_PUTS; ++i) lanes.push(next());
          return Promise.all(lanes);
        };
        return ranked(0).then(function () { return ranked(1); }).then(function () { return ranked(2); })
          .then(function () { return Promise.all(removes.map(function (p) { return cache.delete(copyUrl(p)); })); })
          .then(function () { return cache.put(copyUrl(COPY_INDEX), new Response(JSON.stringify(next))); });
      });
    }).then(function () {
      copy.pending--;
      if (namesManifest(Object.keys(next))) copyHint(true);
    }, function (e) {
      // Half a copy must never be taken for a whole one: drop it; the next start makes a new one.
      copy.pending--;
      copy.usable = false;
      copy.error = errorText(e);
      copyHint(false);
      try { caches.delete(COPY_CACHE).catch(function () {}); } catch (e2) { /* nothing to drop */ }
    });
  }
  // The copy's index ({path: mtime}, {} when there is no copy yet), or null when Cache
  // Storage cannot be used here (file://, a private mode, an error) or did not answer.
  function readCopyIndex(callback) {
    var answered = false;
    function answer(index) { if (!answered) { answered = true; callback(index); } }
    setTimeout(function () { answer(null); }, COPY_WAIT_MS);
    try {
      if (typeof caches === 'undefined' || !caches) { answer(null); return; }
      caches.open(COPY_CACHE).then(function (cache) { return cache.match(copyUrl(COPY_INDEX)); })
        .then(function (r) { return r ? r.json() : {}; })
        .then(function (index) { answer(index && typeof index === 'object' ? index : {}); }, function () { answer(null); });
    } catch (e) {
      answer(null);
    }
  }
  // The start-up's read of the index, begun with the IndexedDB read (below) so that it is
  // usually in before main() runs the load; null once taken.
  var earlyCopyIndex = null;
  function startEarlyCopyIndex() {
    var e = earlyCopyIndex = { done: false, index: null, waiting: [] };
    readCopyIndex(function (index) {
      e.done = true;
      e.index = index;
      e.waiting.splice(0).forEach(function (fn) { fn(index); });
    });
  }
  // The start-up's index the first time, a fresh read after that (taking over).
  function copyIndexOnce(callback) {
    var e = earlyCopyIndex;
    earlyCopyIndex = null;
    if (!e) readCopyIndex(callback);
    else if (e.done) callback(e.index);
    else e.waiting.push(callback);
  }
  // /data from the copy (after IndexedDB came back without a manifest), then IndexedDB
  // from /data; callback(err, wrote): wrote when /data holds the copy (nothing is written
  // to /data unless every file of the copy was read).
  function restoreFromCopy(index, callback) {
    var paths = Object.keys(index);
    caches.open(COPY_CACHE).then(function (cache) {
      return Promise.all(paths.map(function (path) {
        return cache.match(copyUrl(path)).then(function (r) {
          if (!r) throw new Error('the copy lacks ' + path);
          return r.arrayBuffer();
        });
      }));
    }).then(function (buffers) {
      paths.forEach(function (path, i) {
        var dir = path.slice(0, path.lastIndexOf('/'));
        if (!nodeOf(dir)) FS.mkdirTree(dir);
        FS.writeFile(path, new Uint8Array(buffers[i]), { canOwn: true });
        FS.utime(path, index[path], index[path]);
      });
      var db = IDBFS.dbs['/data'];
      IDBFS.getLocalSet(storageMount(), function (err, local) {
        if (err || !db) { callback(err || new Error('IndexedDB is not open'), true); return; }
        reconcile(local, { type: 'remote', db: db, entries: remoteEntries || {} }, function (e) {
          if (!e) remoteEntries = local.entries;
          callback(e || null, true);
        });
      });
    }).catch(function (e) { callback(e, false); });
  }
  // A word in localStorage that the copy holds a saved generation, so that a start with
  // nothing stored (a first visit) does not wait for Cache Storage. Unknown (localStorage
  // unusable): true, the start waits.
  var COPY_HINT = 'client-card-data-copy';
  function copyHint(value) {
    try {
      if (value === undefined) return localStorage.getItem(COPY_HINT) === '1';
      if (value) localStorage.setItem(COPY_HINT, '1');
      else localStorage.removeItem(COPY_HINT);
    } catch (e) {
      return true;
    }
    return value;
  }
  // Reads the copy's index without holding up the start: the load's releases wait for it.
  function catchUpCopy() {
    heldReleases = heldReleases || [];
    copyIndexOnce(function (index) {
      copy.usable = !!index;
      copy.index = index;
      queueCopy();  // what differs, from the bytes still held
      var held = heldReleases;
      heldReleases = null;
      held.forEach(function (r) { release(r[0], r[1]); });
    });
  }
  // Whether the copy is up to date, and what start-up took from it (cardApp.storageCopy).
  Module.cardStorageCopy = function () {
    return { usable: copy.usable, pending: copy.pending, error: copy.error, restored: copy.restored };
  };

  // Whether a sync may start while another is in flight (the fast path is ready).
  Module.cardSyncCanOverlap = function () { return !!(remoteEntries && IDBFS.dbs['/data']); };
  // Mirrors /data to IndexedDB (FS.syncfs(false)); callback(err) once.
  Module.cardSyncOut = function (callback) {
    var db = IDBFS.dbs['/data'];
    var known = remoteEntries;
    var local = null, localError = null;  // /data's entry set (MEMFS answers at once)
    IDBFS.getLocalSet(storageMount(), function (err, set) { localError = err; local = set; });
    if (local) queueCopy(local.entries);
    function done(err, wrote) {
      if (!err) remoteEntries = wrote || snapshotLocal();
      // What this transaction committed is exactly `wrote`: the shard files' bytes are in
      // IndexedDB now, and nothing reads them here again.
      if (!err && wrote) Object.keys(wrote).forEach(function (path) { releaseOrHold(path, wrote); });
      if (err && err.name === 'QuotaExceededError') {
        // Chromium keeps the quota it saw when the connection opened: a fresh connection
        // for the retry sees space freed since.
        var stale = IDBFS.dbs['/data'];
        delete IDBFS.dbs['/data'];
        try { if (stale) stale.close(); } catch (e) { /* closed already */ }
      }
      // Never from inside this call (nothing to write answers at once): the caller is in
      // the middle of starting the sync.
      Promise.resolve().then(function () { callback(err); });
    }
    if (!known || !db) {
      remoteEntries = null;  // unknown until this one ends
      FS.syncfs(false, function (err) { done(err || null, null); });
      return;
    }
    if (!local) { done(localError || new Error('the files could not be listed'), null); return; }
    reconcile(local, { type: 'remote', db: db, entries: known }, function (e) { done(e, local.entries); });
  };
  // IndexedDB -> memory again (taking over from a tab that closed: its last saves).
  Module.cardReloadStorage = function (callback) {
    remoteEntries = null;
    // A start's rest not taken yet is older than this read of everything: dropped.
    restRead = null;
    restPolled = [];
    Module.cardRestState = 1;
    readIndexedDb(function (err, keys, values) {
      if (!err) {
        try {
          remoteEntries = mirrorIntoMemfs(keys, values);
        } catch (e) {
          err = errorOf(e, 'IndexedDB could not be read');
        }
      }
      if (err) { callback(err); return; }
      catchUpCopy();  // the writer now: the copy goes on from what it holds
      callback(null);
    });
  };

  function indexedDbUsable() {
    try { return typeof indexedDB !== 'undefined' && indexedDB !== null; } catch (e) { return false; }
  }

  Module.preRun = Module.preRun || [];
  Module.preRun.push(function () {
    FS.mkdir('/data');
    IDBFS.reconcile = reconcile;
    addRunDependency('card-storage');
    var finished = false;
    function finish(err) {
      if (finished) return;
      finished = true;
      if (err) Module.cardStorageError = String(err);
      removeRunDependency('card-storage');
    }
    if (!indexedDbUsable()) {
      finish('IndexedDB is not available in this browser mode');
      return;
    }
    electWriter(function (isWriter) {
      Module.cardReadOnly = !isWriter;
      try {
        FS.mount(IDBFS, {}, '/data');
      } catch (e) {
        finish('IndexedDB could not be mounted: ' + e);
        return;
      }
      var timer = setTimeout(function () {
        if (earlyRead.opened && !earlyRead.done) {
          // It answered and is reading: a big store, not a hang.
          timer = setTimeout(function () {
            finish('IndexedDB did not finish reading within ' + (READ_TIMEOUT_MS / 1000) + ' s');
          }, READ_TIMEOUT_MS - LOAD_TIMEOUT_MS);
          return;
        }
        finish('IndexedDB did not answer within ' + (LOAD_TIMEOUT_MS / 1000) + ' s');
      }, LOAD_TIMEOUT_MS);
      function failed(err) {
        clearTimeout(timer);
        finish('IndexedDB could not be read: ' + (err.message || err.name || err));
      }
      whenEarlyRead(function (read) {
        var keys = read.keys, values = read.values;
        read.keys = read.values = null;  // the files own the bytes now
        if (finished) return;  // timed out: nothing may read or write /data
        if (read.err) {
          // The one-transaction read failed: the stock per-file read, which words its errors.
          try {
            FS.syncfs(true, function (err) {
              if (err) { failed(err); return; }
              clearTimeout(timer);
              remoteEntries = snapshotLocal();
              if (Module.cardReadOnly) earlyCopyIndex = null;
              else catchUpCopy();
              finish('');
            });
          } catch (e) {
            failed(e);
          }
          return;
        }
        if (restRead && !namesManifest(keys || [])) {
          // Read in two parts, and the first holds no manifest: nothing to start from
          // without the rest, so it waits for it (and the copy may be needed).
          whenRest(function (rest) {
            if (finished) return;
            var got = rest.err ? null : takeRest(rest);
            if (!got) { failed(rest.err || new Error('IndexedDB read incomplete')); return; }
            restRead = null;
            proceed(keys.concat(got.keys), values.concat(got.values));
          });
          return;
        }
        proceed(keys, values);
      });
      function proceed(keys, values) {
        var hasManifest = namesManifest(keys || []);
        try {
          remoteEntries = mirrorIntoMemfs(keys, values);
        } catch (e) {
          failed(e);
          return;
        }
        Module.cardStorageTimes.filesReady = performance.now();
        clearTimeout(timer);
        // Read in two parts: the app starts now, and reads the rest when it is in /data;
        // the copy (which compares /data with what it holds) waits for it too.
        var staged = !!restRead;
        if (staged) Module.cardRestState = 0;
        if (Module.cardReadOnly) {
          earlyCopyIndex = null;  // the writer tab keeps the copy; taking over reads it afresh
          if (staged) restPolled.push(mirrorRest);
          finish('');
          return;
        }
        if (hasManifest || !copyHint()) {
          // The usual start (or a first one): the app loads at once, the copy catches up.
          if (staged) restPolled.push(function (rest) { if (mirrorRest(rest)) catchUpCopy(); });
          else catchUpCopy();
          finish('');
          return;
        }
        // IndexedDB holds no manifest, but the copy should: wait for it, and restore.
        copyIndexOnce(function (index) {
          if (finished) return;
          copy.usable = !!index;
          var copied = index && namesManifest(Object.keys(index));
          if (!copied) {
            copy.index = index;
            finish('');
            return;
          }
          restoreFromCopy(index, function (err, wrote) {
            if (err) copy.error = errorText(err);
            if (!wrote) {
              copy.usable = false;  // unreadable: the app opens with what IndexedDB held
              finish('');
              return;
            }
            // Restored (even if IndexedDB refused the files: the copy still holds them).
            copy.index = index;
            copy.restored = { files: Object.keys(index).length };
            Module.cardRestoredFromCopy = true;
            finish('');
          });
        });
      }
    });
  });
  // Starts reading IndexedDB once this script has run (IDBFS is defined by then), while
  // the WebAssembly is still being fetched and compiled.
  if (indexedDbUsable()) Promise.resolve().then(startEarlyRead).then(startEarlyCopyIndex);

  // ---- Calls into C++ with strings of any size (heap, not stack).
  function withCString(text, fn) {
    var len = lengthBytesUTF8(text) + 1;
    var ptr = Module._malloc(len);
    if (!ptr) throw new Error('out of memory for ' + len + ' bytes');
    try {
      stringToUTF8(text, ptr, len);
      return fn(ptr);
    } finally {
      Module._free(ptr);
    }
  }
  function callForString(name, argTypes, args) {
    return Module.ccall(name, 'string', argTypes || [], args || []);
  }

  // ---- Events: any input wakes the frame loop (it skips frames while idle).
  ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'keypress', 'focus', 'blur',
   'resize', 'pointerdown', 'pointerup', 'touchstart', 'touchend'].forEach(function (type) {
    window.addEventListener(type, Module.cardWake, { capture: true, passive: true });
  });
  document.addEventListener('paste', function (e) {
    var t = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    // An empty paste (an image, or a clipboard this page may not read) keeps what the app
    // itself copied last.
    if (t && Module.calledRun) withCString(t, function (p) { Module._card_set_clipboard_from_page(p); });
    Module.cardWake();
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && Module.calledRun) Module._card_flush_closing();
    Module.cardWake();
  });
  window.addEventListener('beforeunload', function (e) {
    if (Module.calledRun && Module._card_has_unsaved()) {
      Module._card_flush_closing();
      e.preventDefault();
      e.returnValue = '';
      return '';
    }
    return undefined;
  });
  Module.canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // ---- window.cardApp: the automation API, through the same code paths as the UI.
  var resolveReady;
  // exportJson and exportBlob while a large store's rest is still coming from IndexedDB.
  var EXPORT_STILL_READING = 'export refused: the saved data is still being read (cardApp.stats().loading)';
  var api = {
    ready: new Promise(function (r) { resolveReady = r; }),
    get readOnly() { return !!Module.cardReadOnly; },
    exportJson: function () {
      var text = callForString('card_export_json');
      if (!text) {
        // "" while a large store's rest is still being read from IndexedDB (an export then
        // would leave it out), or when the text is longer than the browser makes a string
        // (seen at 100k clients, 680 MB): the Export JSON command downloads it as a file.
        if (api.stats().loading !== undefined)
          throw new Error(EXPORT_STILL_READING);
        throw new Error('export failed: the text is longer than this browser makes a JavaScript string; ' +
                        'cardApp.exportBlob() or File > Export JSON make it a file');
      }
      return text;
    },
    // The same text as a Blob (type application/json), written in pieces that leave the
    // heap as they are made: works at any size (exportJson's string does not at 680 MB).
    // Refused like exportJson while the rest of a large store is still being read.
    exportBlob: function (pieceBytes) {
      if (!Module.ccall('card_export_pieces', 'number', ['number'], [pieceBytes || 0]))
        throw new Error(EXPORT_STILL_READING);
      var pieces = Module.cardPieces, error = Module.cardPiecesError;
      Module.cardPieces = null;
      if (error) throw new Error('export failed: the browser refused the file (' + error + ')');
      return new Blob(pieces, { type: 'application/json' });
    },
    importJson: function (text, mode) {
      var m = mode === 'replace' ? 1 : 0;
      var res = withCString(String(text), function (p) {
        return callForString('card_import_json', ['number', 'number'], [p, m]);
      });
      Module.cardWake();
      return JSON.parse(res);
    },
    // The bytes of a file as they are (a Uint8Array or ArrayBuffer; invalid UTF-8 stays
    // invalid), imported like a file the user picked: fed to the import in pieces through
    // one buffer, so the heap never holds the whole file.
    importBytes: function (bytes, mode) {
      var u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      var piece = Math.min(u8.length, Module.cardImportPieceBytes) || 1;
      var ptr = Module._malloc(piece);
      if (!ptr) throw new Error('out of memory for ' + piece + ' bytes');
      var res;
      try {
        Module._card_import_begin(u8.length);
        for (var at = 0; at < u8.length; at += piece) {
          var part = u8.subarray(at, Math.min(at + piece, u8.length));
          HEAPU8.set(part, ptr);
          if (!Module._card_import_feed(ptr, part.length)) break;  // refused: finish says why
        }
        res = callForString('card_import_finish', ['number'], [mode === 'replace' ? 1 : 0]);
      } finally {
        Module._free(ptr);
      }
      Module.cardWake();
      return JSON.parse(res);
    },
    locate: function (label) {
      var res = withCString(String(label), function (p) {
        return callForString('card_locate', ['number'], [p]);
      });
      return res ? JSON.parse(res) : null;
    },
    check: function (kind, value) {
      var res = withCString(String(kind), function (k) {
        return withCString(value === undefined || value === null ? '' : String(value), function (v) {
          return callForString('card_check', ['number', 'number'], [k, v]);
        });
      });
      return JSON.parse(res);
    },
    open: function (clientId, tab) {
      var res = withCString(String(clientId), function (c) {
        return withCString(tab === undefined || tab === null ? '' : String(tab), function (t) {
          return callForString('card_open', ['number', 'number'], [c, t]);
        });
      });
      Module.cardWake();
      return JSON.parse(res);
    },
    lookupPhone: function (text) {
      var res = withCString(text === undefined || text === null ? '' : String(text), function (p) {
        return callForString('card_lookup_phone', ['number'], [p]);
      });
      return JSON.parse(res);
    },
    stats: function () { return JSON.parse(callForString('card_stats')); },
    // The second copy of the stored data (Cache Storage): {usable, pending, error, restored}.
    storageCopy: function () { return Module.cardStorageCopy(); },
    saveState: function () { return callForString('card_save_state'); },
    flush: function (timeoutMs) {
      var limit = Date.now() + (timeoutMs || 30000);
      Module._card_flush();
      Module.cardWake();
      return new Promise(function (resolve, reject) {
        (function poll() {
          var s = api.saveState();
          if (s === 'saved') { resolve(s); return; }
          if (s === 'failed') { reject(new Error(callForString('card_save_error'))); return; }
          if (Date.now() > limit) { reject(new Error('flush timed out in state ' + s)); return; }
          setTimeout(poll, 25);
        })();
      });
    }
  };
  Module.cardNotifyReady = function () {
    if (Module.cardOnFirstFrame) Module.cardOnFirstFrame();
    resolveReady(true);
  };
  window.cardApp = api;
})();
