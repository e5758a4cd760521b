// Hiding the page saves at once (web/pre.js: visibilitychange -> hidden flushes): a change
// made right before another tab comes to the front (well inside the 400 ms autosave
// debounce, and without cardApp.flush()) reaches IndexedDB while the page is hidden, and
// survives the browser being killed (SIGKILL, no shutdown) and started again on the same
// profile.
// The page is hidden the way a user hides it: a second tab of the same browser brought to
// the front (page.bringToFront()); both headless Chromium and Firefox then report
// document.visibilityState "hidden" (checked, not assumed).
// Once hidden, saveState() should say "saved" when the data is in IndexedDB; the
// IndexedDB records themselves are checked too, so that a status that lags behind is told
// apart from data that never arrived.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { idbContains, pollUntil, sleep } from '../lib/page_tools.mjs';

export default {
  name: 'hidden_tab_saves',
  async run(ctx) {
    const { exportData, canonical, saveState, waitLocate } = ctx.app;
    const fixture = JSON.parse(fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8'));
    const marker = `hidden-tab-${Date.now()}`;  // ASCII: found as is in the stored files
    fixture.clients[0].name = `ООО «Ромашка» ${marker}`;
    const changed = JSON.stringify(fixture);

    const profile = ctx.newProfile();
    let browser = await ctx.launch(profile);
    const page = await ctx.newPage(browser);
    // The save state at the moment the page gets hidden, before pre.js's own listener
    // (capture on window runs before document's listeners) flushes.
    await page.evaluateOnNewDocument(() => {
      window.__e2eVisibility = [];
      window.addEventListener('visibilitychange', () => {
        window.__e2eVisibility.push({
          state: document.visibilityState,
          save: window.cardApp && window.cardApp.saveState ? window.cardApp.saveState() : null,
          at: performance.now(),
        });
      }, true);
      // requestAnimationFrame callbacks while hidden: the app's frame loop (and with it the
      // debounced autosave) runs only on those.
      window.__e2eHiddenRafs = 0;
      (function tick() {
        if (document.visibilityState === 'hidden') window.__e2eHiddenRafs++;
        requestAnimationFrame(tick);
      })();
    });
    await ctx.app.openApp(page, ctx.origin);
    const other = await browser.newPage();
    await page.bringToFront();
    assert.equal(await pollUntil(() => page.evaluate(() => document.visibilityState === 'visible'), { timeout: 5000 }), true,
      'the app page is visible before the change');
    assert.equal(await saveState(page), 'saved', 'nothing unsaved before the change');

    // The change, then at once another tab to the front. No flush().
    const r = await page.evaluate(text => {
      window.__e2eVisibility = [];  // opening the other tab may have hidden this one already
      window.__e2eHiddenRafs = 0;
      window.__e2eChangedAt = performance.now();
      return window.cardApp.importJson(text, 'replace');
    }, changed);
    assert.equal(r.ok, true, 'import of the changed fixture: ' + JSON.stringify(r));
    await other.bringToFront();
    const hidden = await pollUntil(() => page.evaluate(() => document.visibilityState === 'hidden'), { timeout: 5000 });
    assert.equal(hidden, true, 'document.visibilityState is "hidden" once another tab is in front');
    const vis = await page.evaluate(() => ({ events: window.__e2eVisibility, changedAt: window.__e2eChangedAt }));
    const hideEvent = vis.events.find(e => e.state === 'hidden');
    assert.ok(hideEvent, `a visibilitychange to hidden fired: ${JSON.stringify(vis)}`);
    const msToHide = Math.round(hideEvent.at - vis.changedAt);
    ctx.note(`hidden ${msToHide} ms after the change; saveState() then: "${hideEvent.save}"`);
    if (hideEvent.save !== 'unsaved') {
      ctx.note('the change was already being saved when the page got hidden: this run does not tell the hide-flush from the debounce');
    }

    // Saved while hidden: the records in IndexedDB, and the status.
    const inDb = await pollUntil(async () => {
      const res = await idbContains(page, marker);
      if (!(res.ok && res.found)) return null;
      const t = await page.evaluate(() => ({ now: performance.now(), rafs: window.__e2eHiddenRafs }));
      return { ...res, msAfterChange: Math.round(t.now - vis.changedAt), hiddenRafs: t.rafs };
    }, { timeout: 10000, interval: 25 }) || await idbContains(page, marker);
    assert.ok(inDb.ok && inDb.found, `the change reached IndexedDB while the page was hidden: ${JSON.stringify(inDb)}`);
    // Who saved it: with no frame since hiding, or sooner than the debounce (400 ms after
    // the change) could have, only the hide-flush can have.
    const how = hideEvent.save !== 'unsaved' ? null
      : inDb.hiddenRafs === 0 ? 'no frame ran while hidden'
        : inDb.msAfterChange < 400 ? 'sooner than the 400 ms debounce' : null;
    ctx.note(`in IndexedDB ${inDb.msAfterChange} ms after the change, ${inDb.hiddenRafs} rAF callbacks while hidden: ` +
      (how ? `saved by hiding (${how})` : 'cannot tell the hide-flush from the debounced autosave in this run'));
    const statusSaved = await pollUntil(async () => (await saveState(page)) === 'saved', { timeout: 6000, interval: 100 });
    const sinceHide = Math.round(await page.evaluate(at => performance.now() - at, hideEvent.at));
    if (statusSaved) {
      ctx.note(`hidden page: saveState() "saved" by ${sinceHide} ms after hiding`);
    } else {
      ctx.softFail(`hidden page: the change is in IndexedDB (${inDb.in.join(', ')}), but saveState() still says ` +
        `"${await saveState(page)}" ${sinceHide} ms after hiding: the finished sync is only taken up by the next ` +
        'Persister::Tick (a frame, or a flush()), and a hidden page gets no requestAnimationFrame');
    }
    const expected = canonical(await exportData(page));
    assert.ok(expected.clients.some(c => c.name.includes(marker)), 'the export has the changed client');

    // Kill the browser outright while the page is hidden, then start it again.
    const proc = browser.process();
    if (proc) {
      const gone = new Promise(f => browser.once('disconnected', f));
      proc.kill('SIGKILL');
      await Promise.race([gone, sleep(5000)]);
      ctx.browsers.delete(browser);
      for (const p of [...ctx.pages]) if (p.browser() === browser) ctx.pages.delete(p);
      await sleep(300);  // let the OS reap it before the profile is opened again
    } else {
      ctx.note('no browser process handle: closed it instead of killing it');
      await ctx.close(browser);
    }

    browser = await ctx.launch(profile);
    const again = await ctx.openApp(browser);
    const data = canonical(await exportData(again));
    assert.ok(data.clients.some(c => c.name.includes(marker)),
      `after SIGKILL and a restart the changed client is there; names: ${JSON.stringify(data.clients.map(c => c.name))}`);
    assert.deepEqual(data, expected, 'after the restart the data equals what the hidden page had');
    await waitLocate(again, fixture.clients[0].name, 10000);
    await ctx.screenshot(again, 'after-restart');
  },
};
