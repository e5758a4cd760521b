// The backup reminder (issue 6): data that has been changing for more than a week without
// an export shows a gentle bar; "Export now" (a real click) downloads the whole store and
// the bar goes; a week-old export with changes since brings it back, in Russian too;
// "Remind me tomorrow" puts it off, also across a reload. The clock lives in localStorage
// ("card.backup.*"), so the spec moves it back in time instead of waiting a week.
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { readFixture, enableDownloads, click, letDraw } from '../lib/ui_flows.mjs';

const DAY = 24 * 60 * 60 * 1000;

const setClock = (page, { lastExport = null, changedSince = null, snoozed = null }) =>
  page.evaluate((a, b, c) => {
    const put = (k, v) => (v === null ? localStorage.removeItem(k) : localStorage.setItem(k, String(v)));
    put('card.backup.last_export_ms', a);
    put('card.backup.changed_since_ms', b);
    put('card.backup.snoozed_until_ms', c);
  }, lastExport, changedSince, snoozed);
const readClock = page => page.evaluate(() => ({
  lastExport: Number(localStorage.getItem('card.backup.last_export_ms') || 0),
  changedSince: Number(localStorage.getItem('card.backup.changed_since_ms') || 0),
  snoozed: Number(localStorage.getItem('card.backup.snoozed_until_ms') || 0),
}));

export default {
  name: 'backup_reminder',
  async run(ctx) {
    const { importJson, waitLocate, locate, waitReady, canonical } = ctx.app;
    const fixture = readFixture(ctx);
    const browser = await ctx.launch(ctx.newProfile());
    const downloads = await enableDownloads(ctx, browser, path.join(ctx.newProfile(), 'downloads'));
    const page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');
    await letDraw(page);
    const now = await page.evaluate(() => Date.now());
    let clock = await readClock(page);
    assert.ok(clock.changedSince >= now - 60000, 'the import counts as a change: ' + JSON.stringify(clock));
    assert.equal(await locate(page, 'Export now'), null, 'no reminder for data changed just now');

    // ---- Changing for nine days, never exported: the reminder, then Export now.
    await setClock(page, { changedSince: now - 9 * DAY });
    await page.reload({ waitUntil: 'load' });
    await waitReady(page);
    await waitLocate(page, 'Export now', 10000);
    assert.ok(await locate(page,
      "The data has never been exported, and it has been changing for 9 days. Browsers may clear a page's " +
      'storage: keep a copy by exporting it.'), 'the never-exported wording');
    await ctx.screenshot(page, 'never-exported');
    const file = await downloads.expect(() => click(page, 'Export now'));
    const data = JSON.parse(fs.readFileSync(file.file, 'utf8'));
    assert.deepEqual(canonical(data).clients, canonical(fixture.data).clients, 'the download holds the clients');
    await letDraw(page);
    assert.equal(await locate(page, 'Export now'), null, 'the bar went after the export');
    clock = await readClock(page);
    assert.ok(clock.lastExport >= now - 60000 && clock.changedSince === 0, 'export noted: ' + JSON.stringify(clock));

    // ---- Exported twelve days ago, changed since, in Russian: put off until tomorrow.
    await setClock(page, { lastExport: now - 12 * DAY, changedSince: now - 2 * DAY });
    await page.goto(page.url().replace(/lang=en/, 'lang=ru'), { waitUntil: 'load' });
    await waitReady(page);
    await waitLocate(page, 'Выгрузить сейчас', 10000);
    await ctx.screenshot(page, 'exported-12-days-ago-ru');
    await click(page, 'Напомнить завтра');
    await letDraw(page);
    assert.equal(await locate(page, 'Выгрузить сейчас'), null, 'put off');
    clock = await readClock(page);
    assert.ok(clock.snoozed > now + DAY - 60000, 'snoozed for a day: ' + JSON.stringify(clock));
    await page.reload({ waitUntil: 'load' });
    await waitReady(page);
    await letDraw(page);
    assert.equal(await locate(page, 'Выгрузить сейчас'), null, 'still put off after a reload');
    // The File menu says when the last export was.
    await click(page, 'Файл');
    await waitLocate(page, 'Экспорт в JSON', 5000);
    await ctx.screenshot(page, 'file-menu-ru');
  },
};
