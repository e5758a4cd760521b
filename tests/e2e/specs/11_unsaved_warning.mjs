// Leaving with unsaved changes warns (web/pre.js beforeunload): a name typed with real
// keys and the tab closed at once (page.close({runBeforeUnload: true}), inside the 400 ms
// autosave debounce) brings up a "beforeunload" dialog; dismissing it keeps the page, the
// typed name and then saves it. After cardApp.flush() the tab closes without a dialog, and
// a new tab of the same browser shows the name.
// Browsers ask only on pages the user has interacted with (sticky activation): the real
// clicks and key presses give that. Firefox closes the only tab of a window over WebDriver
// BiDi without running beforeunload at all, so a blank second tab is kept open (in both
// browsers, the same way).
import assert from 'node:assert/strict';
import { pollUntil, sleep, withTimeout } from '../lib/page_tools.mjs';

export default {
  name: 'unsaved_warning',
  async run(ctx) {
    const { clickLabel, selectAll, exportData, saveState, flush, readOnly } = ctx.app;
    const NAME = `Unsaved ${Date.now() % 100000}`;
    const hasName = async page => (await exportData(page)).clients.some(c => c.name === NAME);

    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.newPage(browser);
    const keeper = await browser.newPage();  // see above: Firefox, last tab
    // Our own dialog handling (the runner's accepts every dialog).
    page.removeAllListeners('dialog');
    const dialogs = [];
    let answer = 'dismiss';
    page.on('dialog', d => {
      dialogs.push({ type: d.type(), message: d.message(), answered: answer });
      (answer === 'dismiss' ? d.dismiss() : d.accept()).catch(() => {});
    });
    // The save state the moment beforeunload fires, before pre.js's listener (a capture
    // listener on window runs first); through the console, which outlives the page.
    const unloadStates = [];
    page.on('console', m => {
      const t = m.text();
      // (the blank page before the app has no cardApp: its unload does not count)
      if (t.startsWith('e2e-beforeunload ') && !t.endsWith(' -')) unloadStates.push(t.slice('e2e-beforeunload '.length));
    });
    await page.evaluateOnNewDocument(() => {
      window.addEventListener('beforeunload', () => {
        console.info('e2e-beforeunload ' + (window.cardApp ? window.cardApp.saveState() : '-'));
      }, true);
    });
    await page.bringToFront();  // a background tab draws no first frame: ready would wait
    await ctx.app.openApp(page, ctx.origin);
    assert.equal(await pollUntil(() => page.evaluate(() => document.visibilityState === 'visible'), { timeout: 5000 }), true,
      'the app page is visible (hiding it would save at once)');

    await clickLabel(page, 'New client');
    assert.equal(await flush(page), 'saved', 'the new client saved before the change under test');
    await clickLabel(page, 'Name');
    await selectAll(page);
    await page.keyboard.type(NAME, { delay: 5 });
    assert.equal(await pollUntil(() => hasName(page), { timeout: 5000, interval: 10 }), true, `the typed name "${NAME}" is in the store`);
    const stateBefore = await saveState(page);

    // Close at once: a beforeunload dialog must come; dismiss it (stay on the page).
    const closing = page.close({ runBeforeUnload: true }).catch(e => ctx.note(`page.close() rejected: ${e.message}`));
    const asked = await pollUntil(() => dialogs.length > 0, { timeout: 5000 });
    await withTimeout(closing, 5000, 'page.close({runBeforeUnload: true})').catch(e => ctx.note(e.message));
    if (!asked) {
      await sleep(500);
      throw new Error(`closing right after typing showed no dialog (saveState() just before closing: "${stateBefore}", ` +
        `at beforeunload: ${JSON.stringify(unloadStates)}; page ${page.isClosed() ? 'closed: the typed name may be lost' : 'still open'})`);
    }
    ctx.note(`saveState() before closing: "${stateBefore}", at beforeunload: ${JSON.stringify(unloadStates)}; dialog: ${JSON.stringify(dialogs[0])}`);
    assert.equal(dialogs[0].type, 'beforeunload', 'the dialog is a beforeunload prompt');
    await sleep(500);
    assert.equal(page.isClosed(), false, 'dismissing the prompt keeps the page open');
    assert.equal(await hasName(page), true, 'the typed name is still there after staying');
    const saved = await pollUntil(async () => (await saveState(page)) === 'saved', { timeout: 10000, interval: 100 });
    assert.equal(saved, true, `after staying, the change gets saved: saveState() is "${await saveState(page)}"`);
    await ctx.screenshot(page, 'stayed');

    // Everything saved: closing asks nothing.
    assert.equal(await flush(page), 'saved', 'flush()');
    answer = 'accept';
    const dialogsBefore = dialogs.length;
    const closed = new Promise(f => page.once('close', () => f(true)));
    page.close({ runBeforeUnload: true }).catch(e => ctx.note(`second page.close() rejected: ${e.message}`));
    const didClose = await Promise.race([closed, sleep(8000).then(() => false)]);
    assert.equal(dialogs.length, dialogsBefore,
      `no dialog when everything is saved, got ${JSON.stringify(dialogs.slice(dialogsBefore))} (beforeunload states: ${JSON.stringify(unloadStates)})`);
    assert.equal(didClose, true, 'the page closed without a prompt');

    // The name is stored: a new tab of the same browser (the lock is free again) has it.
    // (ctx.openApp may reuse the blank keeper tab.)
    const again = await ctx.openApp(browser);
    assert.equal(await readOnly(again), false, 'the new tab is the writer');
    assert.equal(await hasName(again), true, `the new tab has the client "${NAME}"`);
    await ctx.screenshot(again, 'reopened');
  },
};
