// "New client" + a Cyrillic name typed with real keyboard events survives closing the
// browser and opening it again with the same profile.
import assert from 'node:assert/strict';

const NAME = 'ООО «Ромашка»';

export default {
  name: 'new_client_persists',
  async run(ctx) {
    const { clickLabel, selectAll, typeText, exportData, stats, flush, saveState, waitLocate } = ctx.app;
    const profile = ctx.newProfile();

    let browser = await ctx.launch(profile);
    let page = await ctx.openApp(browser);
    const before = await stats(page);
    await clickLabel(page, 'New client');
    const afterNew = await stats(page);
    assert.equal(afterNew.clients, before.clients + 1, '"New client" adds one client');
    // A user may pause before typing a name: the new client must be storable as it is
    // (autosave is debounced; give it a few seconds, then flush).
    await new Promise(f => setTimeout(f, 2500));
    const pending = await flush(page, 10000).then(s => s, e => `flush() rejected: ${e.message}`);
    if (pending !== 'saved') {
      ctx.softFail(`right after "New client" (no name typed yet) the store cannot be saved: saveState()="${await saveState(page)}", ${pending}`);
      await ctx.screenshot(page, 'unnamed-save');
    }
    await clickLabel(page, 'Name');
    await selectAll(page);
    await typeText(page, NAME);
    // The field writes to the store as it is edited: poll briefly rather than trust timing.
    let data;
    for (const t0 = Date.now(); ;) {
      data = await exportData(page);
      if (data.clients.some(c => c.name === NAME) || Date.now() - t0 > 5000) break;
      await new Promise(f => setTimeout(f, 100));
    }
    const names = data.clients.map(c => c.name);
    assert.ok(names.includes(NAME), `exportJson() has a client named ${NAME}; names: ${JSON.stringify(names)}`);
    const state = await flush(page);
    assert.equal(state, 'saved', 'saveState() after flush()');
    await ctx.screenshot(page, 'typed');
    await ctx.close(browser);

    browser = await ctx.launch(profile);
    page = await ctx.openApp(browser);
    const again = await exportData(page);
    const found = again.clients.filter(c => c.name === NAME);
    assert.equal(found.length, 1, `after reopening, one client named ${NAME}; names: ${JSON.stringify(again.clients.map(c => c.name))}`);
    assert.equal(found[0].id, data.clients.find(c => c.name === NAME).id, 'same id after reopening');
    await waitLocate(page, NAME, 10000); // the list draws it
    await ctx.screenshot(page, 'reopened');
  },
};
