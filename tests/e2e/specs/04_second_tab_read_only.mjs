// A second tab of the same app (same profile) opens read-only with a banner, cannot
// change anything, and the first tab's data survives both tabs flushing and a reload.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// src/ui/i18n_table.h ReadOnlyBanner (English).
export const BANNER = 'Opened read-only: Client Card is already open in another tab. Close it to edit here.';

export default {
  name: 'second_tab_read_only',
  async run(ctx) {
    const { importJson, exportData, canonical, flush, readOnly, clickLabel, selectAll,
      typeText, stats, waitLocate, locate, waitReady, waitFrames } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);
    const browser = await ctx.launch(ctx.newProfile());

    const first = await ctx.openApp(browser);
    assert.equal(await readOnly(first), false, 'first tab is writable');
    assert.equal((await importJson(first, fixtureText, 'replace')).ok, true, 'fixture import in the first tab');
    assert.equal(await flush(first), 'saved');
    const data = canonical(await exportData(first));

    const second = await ctx.openApp(browser);
    assert.equal(await readOnly(second), true, 'second tab reports readOnly');
    assert.equal(await readOnly(first), false, 'first tab stays writable');
    assert.deepEqual(canonical(await exportData(second)), data, 'second tab shows the stored data');
    await ctx.screenshot(second, 'banner');
    // The banner is checked without stopping the test, so the rest still runs.
    await waitLocate(second, BANNER, 5000).catch(e => ctx.softFail(`read-only banner: ${e.message}`));

    // Try to change things in the second tab: the API refuses, the UI changes nothing.
    const r = await importJson(second, JSON.stringify({ format: 'client-card', version: 1, clients: [{ id: 'ro', name: 'Из второй вкладки' }] }), 'merge');
    assert.equal(r.ok, false, 'importJson in the read-only tab is refused: ' + JSON.stringify(r));
    const client = fixture.clients[0];
    await clickLabel(second, client.name);
    if (await locate(second, 'New client')) await clickLabel(second, 'New client');
    if (await locate(second, 'Name')) {
      await clickLabel(second, 'Name');
      await selectAll(second);
      await typeText(second, 'Изменено во второй вкладке');
    }
    await waitFrames(second, 2);
    assert.deepEqual(canonical(await exportData(second)), data, 'nothing changed in the read-only tab');
    assert.equal((await stats(second)).dirty, false, 'read-only tab has no unsaved changes');
    await ctx.screenshot(second, 'after-typing');

    // Both flush (the read-only one must not write), then the first tab reloads.
    await flush(second).catch(e => ctx.note('flush() in the read-only tab: ' + e.message));
    await first.bringToFront();
    assert.equal(await flush(first), 'saved');
    assert.deepEqual(canonical(await exportData(first)), data, 'first tab unchanged');
    await second.close();
    await first.reload({ waitUntil: 'load' });
    await waitReady(first);
    assert.equal(await readOnly(first), false, 'first tab writable after the second closed and a reload');
    assert.deepEqual(canonical(await exportData(first)), data, 'first tab data intact after reload');
    await ctx.screenshot(first, 'first-after-reload');
  },
};
