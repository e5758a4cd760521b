// Issue 6 "Crashes and faults": the browser killed (SIGKILL to its whole process group, like
// a crash or a power cut) at random moments during a save. One profile, a chain of points:
// the app holds a known saved state S_i; a replace import of a generated store S_{i+1}
// (every record of every collection differs, so the save rewrites a shard file of each of
// the 7 collections and the manifests) and an immediate flush start the save; the browser is killed after a delay
// drawn (seeded) from before the save starts to after it ends, as measured first; the
// relaunch must show exactly S_i or exactly S_{i+1}: never a mix, never empty, never the
// recovery or error banner. A reopen from the app's second copy (Chromium reset IndexedDB,
// docs/STORAGE.md "The second copy") counts when its state is right, and is noted.
// Prints the robustness line and the before/after split.
//
//   CRASH_POINTS=N   points to try (default 50 in Chromium, 8 in Firefox: each Firefox
//                    relaunch costs about 9 s here)
//   CRASH_SEED=S     the seed of the delays (default: random, printed)
//   CRASH_SNAP=DIR   copy the profile folder to DIR/last after each kill (DIR/fail-N for a
//                    point that failed), to look at the browser's own files afterwards;
//                    E2E_CHROMIUM_LOG=1 (lib/browsers.mjs) adds Chromium's log per launch
// A failed point notes what IndexedDB and /data held as the app reopened.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { idbContains } from '../lib/page_tools.mjs';

// Every collection but the history gets records, so each save writes a shard of each of
// the 7 collections (more for the larger ones) plus the manifests, and every one changes.
const CLIENTS = 400;

// A deterministic generator (mulberry32) for the delays.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// State v: the same ids, every record's content marked with v (so every shard changes).
function generated(v) {
  const pad = 'Подробности и история переговоров. ';
  const clients = [], contacts = [], interactions = [], interests = [], contracts = [], relationships = [];
  for (let k = 0; k < CLIENTS; k++) {
    clients.push({ id: `c${k}`, name: `ООО «Клиент ${k}» v${v}`, comment: `v${v} ${pad}` });
    contacts.push({ id: `p${k}`, client_id: `c${k}`, name: `Контакт ${k} v${v}`, position: `Директор v${v}` });
    interactions.push({
      id: `i${k}`, client_id: `c${k}`, type: 'call', at: `2026-11-${String(1 + (k % 27)).padStart(2, '0')}T10:00:00+03:00`,
      subject: `Звонок ${k} v${v}`, text: `v${v} ${pad}`,
    });
    interests.push({ id: `n${k}`, client_id: `c${k}`, title: `Интерес ${k} v${v}`, probability: (k + v) % 101 });
    contracts.push({ id: `k${k}`, client_id: `c${k}`, number: `Д-${k}/v${v}`, title: `Договор v${v}` });
    if (k + 1 < CLIENTS) {
      relationships.push({ id: `r${k}`, from_client_id: `c${k}`, to_client_id: `c${k + 1}`, kind: 'partner', comment: `v${v}` });
    }
  }
  return {
    format: 'client-card', version: 1, exported_at: null,
    employees: [{ id: 'e1', name: `Менеджер v${v}` }], clients, contacts, interactions, interests, contracts, relationships,
  };
}

// Which generated state the export holds, checked record for record; throws on a mix.
function stateOf(data, candidates, assertContains) {
  const marker = /v(\d+)$/.exec(data.employees?.[0]?.name || '');
  if (!marker) throw new Error(`no known state: employees ${JSON.stringify(data.employees)}, ${data.clients?.length ?? 0} clients`);
  const v = Number(marker[1]);
  if (!candidates.includes(v)) throw new Error(`state v${v} is neither of v${candidates.join(', v')}`);
  const { exported_at: _, ...expected } = generated(v);
  assertContains(data, expected);
  return v;
}

export default {
  name: 'crash_points',
  timeout: 360,
  async run(ctx) {
    const { openApp, exportData, assertContains, waitReady } = ctx.app;
    const firefox = ctx.browserName === 'firefox';
    const points = Number(process.env.CRASH_POINTS) || (firefox ? 8 : 50);
    const snapDir = process.env.CRASH_SNAP;
    const seed = Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 2 ** 31);
    const random = rng(seed);
    ctx.note(`crash points (${ctx.browserName}): seed ${seed} (CRASH_SEED=${seed} repeats the delays)`);
    const texts = new Map();
    const textOf = v => {
      if (!texts.has(v)) texts.set(v, JSON.stringify(generated(v)));
      return texts.get(v);
    };
    const profile = ctx.newProfile();

    // Opens the app in a fresh launch of the profile; returns {browser, page}.
    const phases = { kill: 0, launch: 0, load: 0, check: 0 };
    const open = async () => {
      let t = Date.now();
      const browser = await ctx.launch(profile);
      phases.launch += Date.now() - t;
      t = Date.now();
      const page = await ctx.newPage(browser);
      await openApp(page, ctx.origin, { lang: 'en' });
      phases.load += Date.now() - t;
      return { browser, page };
    };
    // Starts the import of state v and the save of it without waiting for either: the
    // call is sent, and the caller's clock starts. Resolves with the page's promise.
    const startSave = (page, v) => page.evaluate(text => {
      window.__saveDone = null;
      const r = window.cardApp.importJson(text, 'replace');
      if (!r.ok) throw new Error('import refused: ' + JSON.stringify(r));
      const t0 = performance.now();
      return window.cardApp.flush(60000).then(() => { window.__saveDone = performance.now() - t0; return window.__saveDone; });
    }, textOf(v));
    // The app as it opened: no recovery or error banner, a readable store.
    // Chromium now and then resets IndexedDB after a kill (the database found damaged): the
    // app then restores its second copy and says so with Export (counted, not a failure).
    let restored = 0;
    const checkOpened = async (page, candidates, where) => {
      const copy = await page.evaluate(() => window.cardApp.storageCopy());
      if (copy.restored) restored++;
      const banners = await page.evaluate(fromCopy => ['Export a backup', 'Start over…', 'Download the damaged files',
        'Download the stored files'].filter(l => !(fromCopy && l === 'Export a backup') && window.cardApp.locate(l)),
      !!copy.restored);
      assert.deepEqual(banners, [], `${where}: the app opened with a recovery/error banner (buttons ${banners.join(', ')})`);
      const state = await page.evaluate(() => window.cardApp.saveState());
      assert.notEqual(state, 'failed', `${where}: save state failed`);
      return stateOf(await exportData(page), candidates, assertContains);
    };

    // S_0 saved; then measure one full save (import + write + FS.syncfs(false)) of S_1.
    let { browser, page } = await open();
    await startSave(page, 0);
    let current = await checkOpened(page, [0], 'S_0');
    const measured = [];
    for (const v of [1, 2]) {
      const t0 = Date.now();
      const inPage = await startSave(page, v);
      measured.push({ total: Date.now() - t0, inPage: Math.round(inPage) });
    }
    current = 2;
    const saveMs = Math.max(...measured.map(m => m.total));
    ctx.note(`crash points (${ctx.browserName}): one save of ${CLIENTS * 6} records (7 collections) (import, write, syncfs) takes ` +
      `${measured.map(m => `${m.total} ms (in page ${m.inPage} ms)`).join(', ')}; kill delays drawn from 0 to ${Math.round(saveMs * 1.4)} ms`);

    let before = 0, after = 0, survived = 0;
    const failures = [];
    const started = Date.now();
    for (let i = 0; i < points; i++) {
      const next = current + 1;
      const delay = Math.round(random() * saveMs * 1.4);
      const pending = startSave(page, next);
      pending.catch(() => {});  // the page dies with the browser
      await new Promise(f => setTimeout(f, delay));
      let t = Date.now();
      await ctx.kill(browser);
      phases.kill += Date.now() - t;
      if (snapDir) {
        fs.rmSync(`${snapDir}/prev`, { recursive: true, force: true });
        if (fs.existsSync(`${snapDir}/last`)) fs.renameSync(`${snapDir}/last`, `${snapDir}/prev`);
        fs.cpSync(profile, `${snapDir}/last`, { recursive: true });
      }
      ({ browser, page } = await open());
      t = Date.now();
      try {
        const found = await checkOpened(page, [current, next], `point ${i + 1} (delay ${delay} ms)`);
        phases.check += Date.now() - t;
        if (found === current) before++;
        else after++;
        survived++;
        current = found;
      } catch (e) {
        failures.push(`point ${i + 1} (delay ${delay} ms, S_i = v${current}): ${e.message.split('\n')[0]}`);
        // What the reopened page found: IndexedDB's files (its own connection) and /data's.
        const idb = await idbContains(page, '"generation"').catch(err => ({ error: String(err) }));
        const files = await page.evaluate(() => {
          try { return { data: FS.readdir('/data/store'), storageError: Module.cardStorageError, times: Module.cardStorageTimes }; }
          catch (err) { return { error: String(err) }; }
        }).catch(err => ({ error: String(err) }));
        if (snapDir) fs.cpSync(`${snapDir}/last`, `${snapDir}/fail-${i + 1}`, { recursive: true });
        ctx.note(`point ${i + 1}: IndexedDB ${JSON.stringify(idb)}; /data ${JSON.stringify(files)}`);
        await ctx.screenshot(page, `point-${i + 1}`).catch(() => {});
        // Go on from whatever the store holds now (a fresh known state).
        await startSave(page, next + 1).catch(() => {});
        current = next + 1;
      }
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    ctx.note(`crash points (${ctx.browserName}): reopened as the state before the save: ${before}, after it: ${after} (${points} kills in ${secs} s: ` +
      `kill ${phases.kill} ms, launch ${phases.launch} ms, app load ${phases.load} ms, check ${phases.check} ms in all)`);
    if (restored) ctx.note(`crash points (${ctx.browserName}): ${restored} reopened from the second copy (IndexedDB came back empty)`);
    if (!before || !after) ctx.note(`crash points (${ctx.browserName}): the kills did not straddle the save (before ${before}, after ${after})`);
    ctx.note(`robustness: crash points (${ctx.browserName}): ${points} tried, ${survived} survived`);
    await waitReady(page);
    assert.deepEqual(failures, [], `${failures.length} of ${points} crash points did not survive:\n${failures.join('\n')}`);
  },
};
