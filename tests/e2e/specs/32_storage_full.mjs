// Storage full (issue 6). A saved state A; then the browser's storage for the page is
// full; a name typed into the card cannot be saved:
//  - the red storage-full bar appears promptly (QuotaExceededError reaches the app at once;
//    not the 15 s watchdog of a lost sync callback);
//  - the work goes on in memory: the typed name is shown, and more typing works;
//  - "Export a copy" on the bar downloads a file with the edit in it;
//  - a reload with the storage still full finds exactly A (nothing saved was damaged);
//  - once more an edit that cannot be saved, then space is freed and "Try again" saves
//    it; the bar goes away by itself; a reload shows the edit.
// The rounds run twice in Chromium, once in Firefox:
//  - simulated (both browsers): the page's IndexedDB refuses writes the way a full disk
//    does: IDBObjectStore.put throws DOMException "QuotaExceededError" while the test's
//    flag (localStorage, so it outlives reloads) is set. Firefox has no quota override.
//  - real quota (Chromium only), in a fresh profile with no patched put: CDP
//    Storage.overrideQuotaForOrigin sets INITIAL_QUOTA before the origin's first use;
//    once A is saved, Storage.getUsageAndQuota gives the usage U and the quota becomes
//    U + QUOTA_MARGIN, less than the clients shard a name edit rewrites; Chromium's own
//    quota check aborts the app's IDBFS transaction (QuotaExceededError). "Space freed"
//    raises the quota to RAISED_QUOTA. Probed on Chromium 156: IndexedDB caches the space
//    the quota manager allotted it and asks again only after ~30 s or when a transaction
//    needs more than that (with a lowered override, 4.5 kB puts went on committing for
//    30 s, then all aborted) - which is why an earlier probe saw no effect of an override
//    set after first use. So the quota starts at INITIAL_QUOTA (the allotment can never
//    be more) and, after lowering it, the test's own transaction of more than that, in a
//    database of its own, makes IndexedDB ask at once (it aborts). The page's
//    navigator.storage.estimate() does not show the override (disk-based quota).
// Everything above IndexedDB (web/pre.js's IDBFS transaction, the Persister, the bar,
// Export, Try again) is the real code.
// Prints `robustness: storage full (<browser>): N tried, M survived` (both variants).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { enableDownloads, readFixture } from '../lib/ui_flows.mjs';
import { pollUntil, sleep } from '../lib/page_tools.mjs';

// src/ui/strings/storage_status.h StorageFullBanner (English).
export const FULL_BANNER =
  "The browser's storage for this page is full: your latest changes could not be saved. They are kept in this tab only " +
  'until saving works again, so do not close it, and export a copy now. Saving is retried by itself; free some space ' +
  "(other sites' data in the browser settings) and press Try again.";
export const FULL_BANNER_RU =
  'Хранилище браузера для этой страницы заполнено: последние изменения не удалось сохранить. Пока сохранение не ' +
  'заработает, они есть только в этой вкладке — не закрывайте её и сейчас же экспортируйте копию. Сохранение ' +
  'повторяется само; освободите место (данные других сайтов в настройках браузера) и нажмите «Повторить».';
const PROMPT_MS = 6000;  // debounce (0.4 s) + a failed transaction: well under the 15 s watchdog
const INITIAL_QUOTA = 2 << 20;  // real quota case: before first use; state A (~25 kB) fits
const QUOTA_MARGIN = 1024;  // then usage + this: less than the clients shard a name edit writes
const RAISED_QUOTA = 64 << 20;  // "space freed"

/**
 * One variant: state A saved in `page`, then `setFull(true)` makes the storage full, the
 * checks of the header, `setFull(false)` frees space. Checks are named `<tag>: <what>`.
 */
async function rounds(ctx, { page, downloads, fixture, setFull, tag, check }) {
  const { importJson, exportData, canonical, flush, clickLabel, selectAll, typeText, locate, waitReady,
    saveState } = ctx.app;
  const client = fixture.data.clients[0];
  const checkT = (what, ok, detail) => check(`${tag}: ${what}`, ok, detail);
  const shot = step => ctx.screenshot(page, tag === 'simulated' ? step : `${tag.replace(/\s+/g, '-')}-${step}`);

  // ---- State A, saved.
  assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');
  assert.equal(await flush(page), 'saved');
  const stateA = canonical(await exportData(page));

  // Type into the selected client's Name field (real keys).
  const typeName = async (p, text, { replace = true, label = 'Name' } = {}) => {
    if (replace) {
      await clickLabel(p, label);
      await selectAll(p);
    }
    await typeText(p, text, { delay: 5 });
  };
  const nameIn = async (p, text) => (await exportData(p)).clients.some(c => c.name === text);

  // ---- The storage becomes full.
  await setFull(true);
  await clickLabel(page, client.name);

  const NAME1 = `Full ${Date.now() % 100000}`;
  await typeName(page, NAME1);
  const typedAt = Date.now();
  const shown = await pollUntil(async () => !!(await locate(page, FULL_BANNER)), { timeout: 20000, interval: 50 });
  const bannerMs = Date.now() - typedAt;
  const reason = await page.evaluate(() => window.cardApp.saveState() + ' / ' +
    Module.ccall('card_save_error', 'string', [], []));
  ctx.note(`${tag}: storage-full bar after ${bannerMs} ms; save state: ${reason}`);
  await shot('full-en');
  checkT('banner shown promptly', shown && bannerMs < PROMPT_MS,
    shown ? `after ${bannerMs} ms (limit ${PROMPT_MS})` : 'not shown within 20 s');
  checkT('reason names the quota', /QuotaExceeded/i.test(reason), reason);

  // The work goes on in memory: the name is shown and more typing works.
  const more = ' ещё';
  await typeName(page, more, { replace: false });
  const worked = (await nameIn(page, NAME1 + more)) && !!(await locate(page, NAME1 + more).catch(() => null));
  checkT('work continued', worked && (await saveState(page)) !== 'saved',
    `name in the store and drawn: ${worked}, save state ${await saveState(page)}`);

  // Export a copy from the bar: the file has the edit.
  try {
    const d = await downloads.expect(() => clickLabel(page, 'Export a copy'));
    const data = JSON.parse(fs.readFileSync(d.file, 'utf8'));
    const exported = data.clients.some(c => c.name === NAME1 + more);
    ctx.note(`${tag}: Export a copy -> ${d.name}`);
    checkT('export had the edit', exported, `clients in the file: ${data.clients.map(c => c.name).join(', ')}`);
  } catch (e) {
    checkT('export had the edit', false, e.message);
  }

  // ---- Reload (in Russian, for the second round) with the storage still full: exactly A.
  await page.goto(`${ctx.origin}/?lang=ru`, { waitUntil: 'load' });
  await waitReady(page);
  const afterReload = canonical(await exportData(page));
  let intact = true;
  try { assert.deepEqual(afterReload, stateA); } catch { intact = false; }
  checkT('saved data intact after reload', intact,
    `names now: ${afterReload.clients.map(c => c.name).join(', ')}`);

  // ---- Once more: an edit that cannot be saved, then space is freed and Try again saves.
  await clickLabel(page, client.name);
  const NAME2 = `Retry ${Date.now() % 100000}`;
  await typeName(page, NAME2, { label: 'Наименование' });
  const fullAgain = await pollUntil(async () => !!(await locate(page, FULL_BANNER_RU)), { timeout: 20000, interval: 50 });
  if (!fullAgain) ctx.note(`${tag}: second edit: no storage-full bar (save state ${await saveState(page)})`);
  await shot('full-ru');
  await setFull(false);  // space freed
  const pressedAt = Date.now();
  await clickLabel(page, 'Повторить').catch(e => ctx.note(`${tag}: Try again: ${e.message}`));
  const savedAgain = await pollUntil(async () => (await saveState(page)) === 'saved', { timeout: 10000, interval: 50 });
  ctx.note(`${tag}: saved ${Date.now() - pressedAt} ms after "Try again" (Повторить) was pressed`);
  const barGone = !(await locate(page, FULL_BANNER_RU));
  await shot('saved-again');
  await page.reload({ waitUntil: 'load' });
  await waitReady(page);
  const kept = await nameIn(page, NAME2);
  checkT('retry saved after space freed', fullAgain && savedAgain && barGone && kept,
    `full bar: ${fullAgain}, saved: ${savedAgain}, bar gone: ${barGone}, after reload: ${kept}`);
}

export default {
  name: 'storage_full',
  async run(ctx) {
    const fixture = readFixture(ctx);
    const cases = [];  // {what, ok, detail}
    const check = (what, ok, detail = '') => {
      cases.push({ what, ok: !!ok, detail });
      if (!ok) ctx.softFail(`${what}: ${detail}`);
    };

    // ---- Simulated: put throws QuotaExceededError while the flag is set (both browsers).
    {
      const browser = await ctx.launch(ctx.newProfile());
      const downloads = await enableDownloads(ctx, browser, path.join(ctx.newProfile(), 'downloads'));
      const page = await ctx.newPage(browser);
      await page.evaluateOnNewDocument(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args) {
          if (localStorage.getItem('e2e.storageFull') === '1')
            throw new DOMException('The quota has been exceeded (e2e: storage full).', 'QuotaExceededError');
          return put.apply(this, args);
        };
      });
      await ctx.app.openApp(page, ctx.origin);
      const setFull = full => page.evaluate(f => localStorage.setItem('e2e.storageFull', f ? '1' : '0'), full);
      try {
        await rounds(ctx, { page, downloads, fixture, setFull, tag: 'simulated', check });
      } catch (e) {  // a step that could not go on: the variant did not survive
        check('simulated: ran to the end', false, e.message);
      }
      await ctx.close(browser);
    }

    // ---- Real quota (Chromium): a quota override through CDP, in a fresh profile.
    if (ctx.browserName === 'chromium') {
      const browser = await ctx.launch(ctx.newProfile());
      const downloads = await enableDownloads(ctx, browser, path.join(ctx.newProfile(), 'downloads'));
      const page = await ctx.newPage(browser);
      const cdp = await page.target().createCDPSession();
      const origin = ctx.origin;
      const setQuota = quotaSize => cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
      const usageAndQuota = () => cdp.send('Storage.getUsageAndQuota', { origin });
      // Before the origin's first use: IndexedDB's cached space allotment never exceeds this.
      await setQuota(INITIAL_QUOTA);
      await ctx.app.openApp(page, origin);
      const setFull = async full => {
        if (full) {
          const before = await usageAndQuota();
          const quotaSize = before.usage + QUOTA_MARGIN;
          await setQuota(quotaSize);
          const after = await usageAndQuota();
          assert.equal(after.overrideActive, true, 'quota override active');
          assert.equal(after.quota, quotaSize, 'quota override value');
          // IndexedDB asks the quota manager again only when a transaction needs more than
          // the space it was allotted (or after ~30 s): a transaction of the test's own,
          // bigger than INITIAL_QUOTA, in a database of its own, makes it ask now.
          const poke = await page.evaluate(size => new Promise(resolve => {
            const open = indexedDB.open('e2e-quota-poke', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('s');
            open.onerror = () => resolve(`open failed: ${open.error && open.error.name}`);
            open.onsuccess = () => {
              const db = open.result;
              const chunk = 60000;  // under the 64 KiB at which values become blobs
              try {
                const tx = db.transaction('s', 'readwrite');
                for (let i = 0; i * chunk < size; i++) {
                  const bytes = new Uint8Array(chunk);
                  for (let o = 0; o < chunk; o += 65536) crypto.getRandomValues(bytes.subarray(o, o + 65536));
                  tx.objectStore('s').put(bytes, i);
                }
                tx.oncomplete = () => { db.close(); resolve('committed'); };
                tx.onabort = () => { db.close(); resolve(`aborted: ${tx.error && tx.error.name}`); };
              } catch (e) {
                db.close();
                resolve(`threw: ${e.name}`);
              }
            };
          }), INITIAL_QUOTA + 256 * 1024);
          const est = await page.evaluate(async () => (await navigator.storage.estimate()).quota);
          ctx.note(`real quota: usage ${before.usage} B, quota set to ${quotaSize} B (CDP reads ${after.quota} B, ` +
            `override active ${after.overrideActive}; navigator.storage.estimate() quota ${est} B); ` +
            `the test's own ${INITIAL_QUOTA + 256 * 1024} B transaction: ${poke}`);
          assert.match(poke, /QuotaExceededError/, 'the quota refuses the test\'s own big transaction');
        } else {
          await setQuota(RAISED_QUOTA);
          const after = await usageAndQuota();
          ctx.note(`real quota: raised to ${after.quota} B (usage ${after.usage} B)`);
        }
      };
      try {
        await rounds(ctx, { page, downloads, fixture, setFull, tag: 'real quota', check });
      } catch (e) {  // a step that could not go on: the variant did not survive
        check('real quota: ran to the end', false, e.message);
      }
      await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => {});  // override removed
      await cdp.detach().catch(() => {});
      await ctx.close(browser);
    }

    const survived = cases.filter(c => c.ok).length;
    ctx.note(`robustness: storage full (${ctx.browserName}): ${cases.length} tried, ${survived} survived`);
    await sleep(0);
    assert.equal(survived, cases.length, `failed: ${cases.filter(c => !c.ok).map(c => c.what).join('; ')}`);
  },
};
