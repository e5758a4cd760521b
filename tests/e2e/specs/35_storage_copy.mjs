// The second copy of the stored data (web/pre.js, docs/STORAGE.md "The second copy").
// Chromium resets an origin's IndexedDB when it finds the database damaged as it opens it
// (seen in crash_points: after a kill in the middle of a save the app opened empty, about
// once in 250 kills). Here the database is deleted outright, from a page of the origin
// that is not the app, while no app page is open; the app must then open with the data
// (export equal to what was saved), say so (en, then ru), put the files back into
// IndexedDB, and go on keeping both: a later save survives a second reset too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { idbContains, pollUntil } from '../lib/page_tools.mjs';

export default {
  name: 'storage_copy',
  timeout: 150,
  async run(ctx) {
    const { openApp, exportData, canonical, importJson, flush, locate } = ctx.app;
    const fixture = JSON.parse(fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8'));
    const blank = `${ctx.origin}/__no_such_page_for_idb__`;
    const profile = ctx.newProfile();
    const copyState = page => page.evaluate(() => window.cardApp.storageCopy());
    // Saved into IndexedDB and copied: flush, then the copy's queue empty.
    const saveBoth = async page => {
      await flush(page);
      assert.ok(await pollUntil(async () => (await copyState(page)).pending === 0, { timeout: 20000 }), 'the copy finished');
      const c = await copyState(page);
      assert.equal(c.usable, true, `the copy is usable (${c.error})`);
    };
    // The database deleted with the app closed; then the app opened in `lang`.
    const resetAndOpen = async (browser, lang) => {
      await ctx.close(browser);
      const b = await ctx.launch(profile);
      const page = await ctx.newPage(b);
      await page.goto(blank, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((resolve, reject) => {
        const req = indexedDB.deleteDatabase('/data');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(new Error(String(req.error)));
        req.onblocked = () => reject(new Error('deleting the database was blocked'));
      }));
      const gone = await idbContains(page, '"generation"');
      assert.equal(gone.files ?? 0, 0, 'the database is empty after the reset');
      await openApp(page, ctx.origin, { lang });
      return { browser: b, page };
    };
    const expectRestored = async (page, expected, lang) => {
      const c = await copyState(page);
      assert.ok(c.restored && c.restored.files > 0, `restored from the copy: ${JSON.stringify(c)}`);
      assert.deepEqual(canonical(await exportData(page)), expected, 'the data is back');
      const label = lang === 'ru' ? 'Экспортировать копию' : 'Export a backup';
      assert.ok(await locate(page, label), 'the notice with Export is shown');
      ctx.note(`storage copy (${ctx.browserName}, ${lang}): restored ${c.restored.files} files`);
      await ctx.screenshot(page, `restored-${lang}`);
      const back = await idbContains(page, '"generation"');
      assert.ok(back.found, `the files are back in IndexedDB: ${JSON.stringify(back)}`);
    };

    let browser = await ctx.launch(profile);
    let page = await ctx.newPage(browser);
    await openApp(page, ctx.origin, { lang: 'en' });
    assert.equal((await importJson(page, JSON.stringify(fixture), 'replace')).ok, true, 'import');
    await saveBoth(page);
    const first = canonical(await exportData(page));

    ({ browser, page } = await resetAndOpen(browser, 'en'));
    await expectRestored(page, first, 'en');

    // Saving goes on into both stores: a change, then a second reset.
    const changed = JSON.parse(JSON.stringify(fixture));
    for (const c of changed.clients) c.name += ' (после сброса)';
    assert.equal((await importJson(page, JSON.stringify(changed), 'replace')).ok, true, 'import of the change');
    await saveBoth(page);
    const second = canonical(await exportData(page));
    assert.notDeepEqual(second, first);
    ({ browser, page } = await resetAndOpen(browser, 'ru'));
    await expectRestored(page, second, 'ru');

    // A healthy start says nothing and restores nothing.
    await ctx.close(browser);
    browser = await ctx.launch(profile);
    page = await ctx.newPage(browser);
    await openApp(page, ctx.origin, { lang: 'en' });
    assert.equal((await copyState(page)).restored, null, 'nothing restored on a healthy start');
    assert.equal(await locate(page, 'Export a backup'), null, 'no notice on a healthy start');
    assert.deepEqual(canonical(await exportData(page)), second);
  },
};
