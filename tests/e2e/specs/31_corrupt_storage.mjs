// Issue 6 "Corrupt stored file": two generations saved through the app, the browser
// closed, the newest files damaged right in IndexedDB (from a page of the same origin
// before the app starts: IDBFS keeps /data in the database "/data", object store
// FILE_DATA, one record per path with the bytes in `contents`), then the app reopened:
//  - a truncated shard, and a garbage manifest.json: the previous generation loads (its
//    export equals the state saved first) and the banner says which file, how, from when,
//    what was loaded (en, and ru for the second);
//  - both manifests garbage: the red banner with Import a backup…, Download the damaged
//    files (the download holds every stored file's bytes), Start over… (confirmed; then an
//    empty store is saved and reopens without a banner); nothing changes on disk before;
//  - a manifest of layout 2 (a newer version): refused by name, the store stays empty, and
//    the IndexedDB bytes stay the same after a wait and a flush.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { enableDownloads } from '../lib/ui_flows.mjs';

const STORE_DIR = '/data/store';

// FNV-1a 64 of a string's UTF-8 bytes, as 16 hex digits (storage.cpp Fnv1a64).
function fnv1a64(text) {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

const HEAD = '{"checksum":"0123456789abcdef","manifest":'.length;
const manifestBody = text => text.trimEnd().slice(HEAD, -1);
const seal = body => `{"checksum":"${fnv1a64(body)}","manifest":${body}}\n`;

// Every file of the IDBFS database: { path: { text, b64, ts } }.
const snapshot = page => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('/data');
  req.onerror = () => reject(new Error(String(req.error)));
  req.onsuccess = () => {
    const db = req.result;
    const out = {};
    if (!db.objectStoreNames.contains('FILE_DATA')) { db.close(); resolve(out); return; }
    const cur = db.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA').openCursor();
    cur.onerror = () => reject(new Error(String(cur.error)));
    cur.onsuccess = e => {
      const c = e.target.result;
      if (!c) { db.close(); resolve(out); return; }
      const v = c.value;
      const entry = { ts: v.timestamp ? new Date(v.timestamp).getTime() : null, mode: v.mode };
      if (v.contents) {
        const u8 = new Uint8Array(v.contents);
        entry.text = new TextDecoder('utf-8', { fatal: false }).decode(u8);
        let bin = '';
        for (let i = 0; i < u8.length; i++) bin += String.fromCharCode(u8[i]);
        entry.b64 = btoa(bin);
      }
      out[String(c.key)] = entry;
      c.continue();
    };
  };
}));

// Replaces the bytes of stored files ({path: bytes as latin1/binary string or utf-8 text}).
const overwrite = (page, files) => page.evaluate(f => new Promise((resolve, reject) => {
  const req = indexedDB.open('/data');
  req.onerror = () => reject(new Error(String(req.error)));
  req.onsuccess = () => {
    const db = req.result;
    const tx = db.transaction('FILE_DATA', 'readwrite');
    const store = tx.objectStore('FILE_DATA');
    for (const [p, { b64 }] of Object.entries(f)) {
      const g = store.get(p);
      g.onsuccess = () => {
        if (!g.result) { tx.abort(); reject(new Error('no stored file ' + p)); return; }
        const bin = atob(b64);
        const u8 = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
        store.put({ ...g.result, contents: u8 }, p);
      };
    }
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(new Error(String(tx.error)));
  };
}), Object.fromEntries(Object.entries(files).map(([p, buf]) => [p, { b64: Buffer.from(buf).toString('base64') }])));

// Puts the database back to a snapshot: every record as it was, nothing else.
const restore = (page, snap) => page.evaluate(sn => new Promise((resolve, reject) => {
  const req = indexedDB.open('/data');
  req.onerror = () => reject(new Error(String(req.error)));
  req.onsuccess = () => {
    const db = req.result;
    const tx = db.transaction('FILE_DATA', 'readwrite');
    const store = tx.objectStore('FILE_DATA');
    store.clear();
    for (const [p, e] of Object.entries(sn)) {
      const value = { timestamp: new Date(e.ts), mode: e.mode };
      if (e.b64 !== undefined) {
        const bin = atob(e.b64);
        const u8 = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
        value.contents = u8;
      }
      store.put(value, p);
    }
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(new Error(String(tx.error)));
  };
}), snap);

const COUNT_KEYS = ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts', 'history'];

function plural(n, one, few, many) {
  const m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

// The banner's "made ..." moment in the browser's zone: "2026-11-20 12:15" / "20.11.2026 12:15".
async function localDateTime(page, iso, lang) {
  const p = await page.evaluate(s => {
    const d = new Date(s);
    const two = n => String(n).padStart(2, '0');
    return { y: d.getFullYear(), m: two(d.getMonth() + 1), d: two(d.getDate()), hh: two(d.getHours()), mm: two(d.getMinutes()) };
  }, iso);
  return lang === 'ru' ? `${p.d}.${p.m}.${p.y} ${p.hh}:${p.mm}` : `${p.y}-${p.m}-${p.d} ${p.hh}:${p.mm}`;
}

function recoveredText(lang, { damage, made, clients, records }) {
  if (lang === 'ru') {
    return `Восстановлено предыдущее сохранение. Последнее сохранение не удалось прочитать: ${damage}. Вместо него загружено ` +
      `предыдущее сохранение от ${made}: ${clients} ${plural(clients, 'клиент', 'клиента', 'клиентов')}, всего ${records} ` +
      `${plural(records, 'запись', 'записи', 'записей')}. Изменения, сделанные после него, могли потеряться — сейчас же ` +
      'сохраните резервную копию (экспорт).';
  }
  return `Recovered the previous save. The newest save could not be read: ${damage}. The previous save, made ${made}, was ` +
    `loaded instead: ${clients} client${clients === 1 ? '' : 's'}, ${records} record${records === 1 ? '' : 's'} in all. ` +
    'Changes made after it may be lost, so export a backup now.';
}

const UNREADABLE_EN =
  'The saved data could not be read. Newest save: the file manifest.json is not valid JSON (overwritten with ' +
  'something else). Previous save: the file manifest.prev.json is not valid JSON (overwritten with something else). ' +
  'Nothing was deleted, and nothing is saved over it until you choose: import a backup, download the damaged files to ' +
  'keep them, or start over with an empty store.';
const UNREADABLE_RU =
  'Сохранённые данные не удалось прочитать. Последнее сохранение: файл manifest.json — не JSON (перезаписан чем-то ' +
  'другим). Предыдущее сохранение: файл manifest.prev.json — не JSON (перезаписан чем-то другим). Ничего не удалено, и ' +
  'поверх этих данных ничего не запишется, пока вы не решите: импортируйте резервную копию, скачайте повреждённые файлы, ' +
  'чтобы их сохранить, или начните заново с пустой базы.';
const NEWER_EN =
  'The saved data was made by a newer version of Client Card (layout 2; this app reads layout 1). It was left exactly ' +
  'as it is, and this app will not save over it. Open it with the newer version of Client Card.';

export default {
  name: 'corrupt_storage',
  timeout: 150,
  async run(ctx) {
    const { openApp, waitReady, exportData, canonical, importJson, flush, clickLabel, locate, waitLocate, waitFrames } = ctx.app;
    const fixture = JSON.parse(fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8'));
    const blank = `${ctx.origin}/__no_such_page_for_idb__`;

    // One profile with two generations: A (the fixture) then B (A with every client
    // renamed and one more); the browser is closed and launched again. Each case then
    // starts from a same-origin page that is not the app: the database is put back to
    // the two generations, damaged, and the app opened.
    const profile = ctx.newProfile();
    let browser = await ctx.launch(profile);
    let page = await ctx.newPage(browser);
    await openApp(page, ctx.origin, { lang: 'en' });
    assert.equal((await importJson(page, JSON.stringify(fixture), 'replace')).ok, true, 'import A');
    assert.equal(await flush(page), 'saved');
    const expA = canonical(await exportData(page));
    const b = JSON.parse(JSON.stringify(fixture));
    for (const c of b.clients) c.name += ' (B)';
    b.interactions[0].subject += ' (B)';  // B rewrites an interactions shard too
    b.clients.push({ id: 'cl-only-in-b', name: 'Только в B' });
    assert.equal((await importJson(page, JSON.stringify(b), 'replace')).ok, true, 'import B');
    assert.equal(await flush(page), 'saved');
    await ctx.close(browser);
    browser = await ctx.launch(profile);
    page = await ctx.newPage(browser);
    await page.goto(blank, { waitUntil: 'load' });
    const saved = await snapshot(page);
    const prevManifest = JSON.parse(manifestBody(saved[`${STORE_DIR}/manifest.prev.json`].text));
    const mainManifest = JSON.parse(manifestBody(saved[`${STORE_DIR}/manifest.json`].text));
    assert.ok(prevManifest.saved_at, 'manifest.prev.json has saved_at');
    assert.equal(mainManifest.generation, prevManifest.generation + 1, 'two consecutive generations');
    const g = { expA, savedAtA: prevManifest.saved_at, main: mainManifest, files: saved };

    // The two generations back, `damage` applied, the app opened in `lang`.
    async function damageAndOpen(damage, lang = 'en', query = '') {
      await page.goto(blank, { waitUntil: 'load' });
      await restore(page, saved);
      await overwrite(page, damage);
      await page.goto(`${ctx.origin}/?lang=${lang}${query}`, { waitUntil: 'load' });
      await waitReady(page);
      return { page };
    }
    const counts = exp => ({ clients: exp.clients.length, records: COUNT_KEYS.reduce((n, k) => n + (exp[k]?.length || 0), 0) });
    const storedOnly = snap => Object.fromEntries(Object.entries(snap).filter(([p]) => p.startsWith(STORE_DIR + '/')));

    let tried = 0, survived = 0;
    const failed = [];
    async function kase(name, fn) {
      tried++;
      try {
        await fn();
        survived++;
      } catch (e) {
        failed.push(`${name}: ${e.message}`);
      }
    }

    await kase('truncated shard', async () => {
      const shard = g.main.collections.clients[0].file;
      const shardPath = `${STORE_DIR}/${shard}`;
      assert.match(shard, new RegExp(`\\.g${g.main.generation}\\.json$`), 'the newest clients shard');
      const bytes = Buffer.from(g.files[shardPath].b64, 'base64');
      await damageAndOpen({ [shardPath]: bytes.subarray(0, Math.floor(bytes.length / 2)) });
      const made = await localDateTime(page, g.savedAtA, 'en');
      const text = recoveredText('en', { damage: `the file ${shard} is cut short (truncated)`, made, ...counts(g.expA) });
      await waitLocate(page, text, 5000);
      await ctx.screenshot(page, 'recovered-en');
      assert.deepEqual(canonical(await exportData(page)), g.expA, 'the previous generation (A) is what loaded');
      // The next save heals the folder: a reload shows A without the notice.
      assert.equal(await flush(page), 'saved');
      await page.reload({ waitUntil: 'load' });
      await waitReady(page);
      assert.deepEqual(canonical(await exportData(page)), g.expA, 'A after the healing save and a reload');
      assert.equal(await locate(page, 'Export a backup'), null, 'no recovery notice after healing');
    });

    // A large store's start (load_defer_kb=0: in two parts whatever the size) with the
    // newest `collection` shard truncated loads the previous generation all the same, and
    // says so: found after the first frame for the interactions (the rest); for the clients
    // (the first part) the newest generation does not load from the first part and the
    // previous one needs files of the rest, so the app waits for it and loads all at once.
    const truncatedInTwoParts = async collection => {
      const shard = g.main.collections[collection][0].file;
      const shardPath = `${STORE_DIR}/${shard}`;
      assert.match(shard, new RegExp(`\\.g${g.main.generation}\\.json$`), `the newest ${collection} shard`);
      const bytes = Buffer.from(g.files[shardPath].b64, 'base64');
      await damageAndOpen({ [shardPath]: bytes.subarray(0, Math.floor(bytes.length / 2)) }, 'en', '&load_defer_kb=0');
      const made = await localDateTime(page, g.savedAtA, 'en');
      const text = recoveredText('en', { damage: `the file ${shard} is cut short (truncated)`, made, ...counts(g.expA) });
      await waitLocate(page, text, 5000);
      assert.ok(await page.evaluate(() => Module.cardStorageTimes.restEnd > 0), 'read in two parts');
      assert.deepEqual(canonical(await exportData(page)), g.expA, 'the previous generation (A) is what loaded');
    };
    await kase('truncated interactions shard, read after the first frame', () => truncatedInTwoParts('interactions'));
    await kase('truncated clients shard, read in two parts', () => truncatedInTwoParts('clients'));

    await kase('garbage manifest.json (ru)', async () => {
      await damageAndOpen(
        { [`${STORE_DIR}/manifest.json`]: Buffer.from([0x00, 0xff, 0x13, 0x37, 0x7b, 0x7b, 0x6a, 0x75, 0x6e, 0x6b]) }, 'ru');
      const made = await localDateTime(page, g.savedAtA, 'ru');
      const text = recoveredText('ru', { damage: 'файл manifest.json — не JSON (перезаписан чем-то другим)', made, ...counts(g.expA) });
      await waitLocate(page, text, 5000);
      await ctx.screenshot(page, 'recovered-ru');
      assert.deepEqual(canonical(await exportData(page)), g.expA, 'the previous generation (A) is what loaded');
      // Dismiss hides it.
      await clickLabel(page, 'Скрыть');
      await waitFrames(page, 3);
      assert.equal(await locate(page, text), null, 'dismissed');
    });

    await kase('both manifests garbage', async () => {
      const garbage = Buffer.from('<html>not a manifest</html>');
      await damageAndOpen(
        { [`${STORE_DIR}/manifest.json`]: garbage, [`${STORE_DIR}/manifest.prev.json`]: garbage });
      await waitLocate(page, UNREADABLE_EN, 5000);
      for (const b of ['Import a backup…', 'Download the damaged files', 'Start over…']) await waitLocate(page, b, 2000);
      await ctx.screenshot(page, 'unreadable-en');
      assert.equal((await exportData(page)).clients.length, 0, 'the store is empty');
      const damaged = storedOnly(await snapshot(page));
      await flush(page, 3000).catch(() => {});
      await new Promise(f => setTimeout(f, 1000));
      assert.deepEqual(storedOnly(await snapshot(page)), damaged, 'nothing written over the unreadable files');

      // Download the damaged files: every stored file, byte for byte.
      const dl = await enableDownloads(ctx, browser, path.join(ctx.newProfile(), 'downloads'));
      const got = await dl.expect(() => clickLabel(page, 'Download the damaged files'), 15000);
      const bundle = JSON.parse(fs.readFileSync(got.file, 'utf8'));
      assert.equal(bundle.format, 'client-card-storage-files');
      const names = Object.keys(damaged).filter(p => damaged[p].b64 !== undefined).map(p => p.slice(STORE_DIR.length + 1)).sort();
      assert.deepEqual(bundle.files.map(f => f.name).sort(), names, 'the bundle lists every stored file');
      for (const f of bundle.files) {
        const want = Buffer.from(damaged[`${STORE_DIR}/${f.name}`].b64, 'base64');
        const have = f.text !== undefined ? Buffer.from(f.text, 'utf8') : Buffer.from(f.base64, 'base64');
        assert.ok(have.equals(want), `bundle: ${f.name} bytes`);
      }

      // The same in Russian (a reload changes nothing on disk: the app is blocked).
      await page.goto(`${ctx.origin}/?lang=ru`, { waitUntil: 'load' });
      await waitReady(page);
      await waitLocate(page, UNREADABLE_RU, 5000);
      await ctx.screenshot(page, 'unreadable-ru');
      await page.goto(`${ctx.origin}/?lang=en`, { waitUntil: 'load' });
      await waitReady(page);
      await waitLocate(page, UNREADABLE_EN, 5000);

      // Start over: Cancel keeps it all; the confirmation replaces the files with an empty store.
      await clickLabel(page, 'Start over…');
      await waitLocate(page, 'Start over with an empty store? The unreadable files will be replaced by the next save, and ' +
        'this app cannot bring them back afterwards. If you may need them, download the damaged files first.', 3000);
      await ctx.screenshot(page, 'start-over-confirm');
      await clickLabel(page, 'Cancel');
      await waitFrames(page, 3);
      assert.deepEqual(storedOnly(await snapshot(page)), damaged, 'Cancel changed nothing');
      await clickLabel(page, 'Start over…');
      await clickLabel(page, 'Start over');
      await waitFrames(page, 3);
      assert.equal(await flush(page), 'saved');
      assert.equal(await locate(page, UNREADABLE_EN), null, 'the red banner is gone');
      await page.reload({ waitUntil: 'load' });
      await waitReady(page);
      assert.equal(await locate(page, 'Start over…'), null, 'reopens without a banner');
      assert.equal((await exportData(page)).clients.length, 0, 'an empty store');
    });

    await kase('layout-2 manifest (newer version)', async () => {
      const mainPath = `${STORE_DIR}/manifest.json`;
      const body = manifestBody(g.files[mainPath].text);
      assert.ok(body.includes('"layout": 1'), 'layout field');
      const newer = seal(body.replace('"layout": 1', '"layout": 2'));
      await damageAndOpen({ [mainPath]: Buffer.from(newer) });
      await waitLocate(page, NEWER_EN, 5000);
      await waitLocate(page, 'Download the stored files', 2000);
      assert.equal(await locate(page, 'Start over…'), null, 'no plain start over');
      await ctx.screenshot(page, 'newer-en');
      assert.equal((await exportData(page)).clients.length, 0, 'the store stays empty');
      const before = storedOnly(await snapshot(page));
      assert.equal(before[mainPath].text, newer, 'the newer manifest as written');
      await new Promise(f => setTimeout(f, 2500));
      await flush(page, 3000).catch(() => {});
      await new Promise(f => setTimeout(f, 500));
      assert.deepEqual(storedOnly(await snapshot(page)), before, 'IndexedDB unchanged after a wait and a flush');
      // The strong warning before any replacement (cancelled here).
      await clickLabel(page, 'Replace the newer data…');
      await waitLocate(page, 'Warning: the stored data belongs to a newer version of Client Card. Replacing it deletes it ' +
        'for that version too: it will then find only what is saved here. Do this only if nobody needs that data, and ' +
        'download the stored files first.', 3000);
      await ctx.screenshot(page, 'newer-confirm');
      await clickLabel(page, 'Cancel');
      await waitFrames(page, 3);
      await page.goto(`${ctx.origin}/?lang=ru`, { waitUntil: 'load' });
      await waitReady(page);
      await waitLocate(page, 'Скачать файлы хранилища', 5000);
      await ctx.screenshot(page, 'newer-ru');
      assert.deepEqual(storedOnly(await snapshot(page)), before, 'IndexedDB unchanged after a reload');
    });

    ctx.note(`robustness: corrupt stored files (${ctx.browserName}): ${tried} tried, ${survived} survived`);
    assert.deepEqual(failed, [], failed.join('\n'));
  },
};
