// Issue 7 "reopening the app with L stored": a large store starts in two parts (web/pre.js
// reads IndexedDB in two parts, StoreStorage::ContinueLoad reads the rest after the first
// frame; docs/STORAGE.md "A large store's start"). `load_defer_kb=0` in the URL makes any
// store start that way; `hold=1` (this spec's init script sets window.cardHoldRest) keeps
// the rest back so that the state in between can be looked at:
// - at the first frame the clients and employees are in, the contacts and interactions
//   are not; the card pane says "Reading the saved data: 0%", the status bar "loading 0%";
// - the search works on the clients' own fields (a word of a name), and says that contact
//   persons are not searched yet; File, Edit, Employees, New client are disabled; the API's
//   export and import are refused with a clear message and change nothing;
// - released, the rest comes in: the export equals the one made before closing; an edit
//   is saved and is there after another start in two parts. Screenshots in en and ru.
import assert from 'node:assert/strict';
import { readFixture } from '../lib/ui_flows.mjs';

const L = {
  en: { reading: 'Reading the saved data: 0%', status: 'loading 0%', search: 'Search', file: 'File', export: 'Export JSON',
        notYet: 'Contact persons are still being read: their names and phones are searched once they are in.', clear: 'Clear' },
  ru: { reading: 'Загрузка сохранённых данных: 0%', status: 'загрузка 0%', search: 'Поиск', file: 'Файл', export: 'Экспорт в JSON' },
};

export default {
  name: 'large_store_start',
  timeout: 180,
  async run(ctx) {
    const { importJson, exportData, canonical, flush, waitReady, waitLocate, locate, clickLabel, typeText, waitFrames } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const TS = fixture.data.clients.find(c => c.id === 'cl-technostroy');
    assert.ok(TS, 'fixture client cl-technostroy');
    const counts = exp => ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts']
      .map(k => `${k} ${(exp[k] || []).length}`).join(', ');

    const profile = ctx.newProfile();
    let browser = await ctx.launch(profile);
    let page = await ctx.openApp(browser, { lang: 'en' });
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');
    assert.equal(await flush(page), 'saved');
    const before = canonical(await exportData(page));
    assert.ok(before.interactions.length > 0 && before.contracts.length > 0, 'the fixture has a rest to defer');
    await ctx.close(browser);

    // Opens the stored app in two parts; `hold`: the rest is kept back until released.
    async function start(lang, hold) {
      browser = await ctx.launch(profile);
      page = await ctx.newPage(browser);
      await page.evaluateOnNewDocument(() => {
        if (/[?&]hold=1(&|$)/.test(location.search)) window.cardHoldRest = true;
      });
      await page.goto(`${ctx.origin}/?lang=${lang}&load_defer_kb=0${hold ? '&hold=1' : ''}`, { waitUntil: 'load' });
      await waitReady(page);
    }
    const loadingDone = async () => {
      const h = await page.waitForFunction(() => window.cardApp.stats().loading === undefined, { polling: 50, timeout: 20000 });
      await h.dispose();
    };

    // ---- Held: the state between the first frame and the rest.
    await start('en', true);
    const st = await page.evaluate(() => window.cardApp.stats());
    assert.equal(st.loading, 0, 'stats().loading: nothing of the rest read yet');
    assert.equal(st.clients, before.clients.length, 'the clients are in at the first frame');
    assert.equal(st.interactions, 0, 'the interactions are not');
    assert.equal(st.contacts, 0, 'nor the contacts');
    await waitLocate(page, L.en.reading, 5000);
    await waitLocate(page, L.en.status, 5000);
    assert.ok(await page.evaluate(() => Module.cardStorageTimes.restEnd > 0), 'IndexedDB was read in two parts');
    // The search works on what is in (a word of a client's name), and says what is not.
    await clickLabel(page, L.en.search);
    await typeText(page, 'ТехноСтрой');
    await waitLocate(page, TS.name, 8000);
    await waitLocate(page, L.en.notYet, 8000);
    await ctx.screenshot(page, 'loading-en');
    // What would change or export the store waits: the File menu does not open, and the
    // API refuses with a reason.
    await clickLabel(page, L.en.file);
    await waitFrames(page, 3);
    assert.equal(await locate(page, L.en.export), null, 'File is disabled while loading');
    const exported = await page.evaluate(() => { try { window.cardApp.exportJson(); return 'exported'; } catch (e) { return e.message; } });
    assert.match(exported, /export refused: the saved data is still being read/, 'the API export is refused');
    const imp = await importJson(page, fixture.text, 'replace');
    assert.equal(imp.ok, false, 'the API import is refused');
    assert.match(imp.error, /still being read/, `import refused with a reason (${imp.error})`);
    // Released: the rest comes in, the card works, the data is what was saved.
    await page.evaluate(() => { window.cardHoldRest = false; });
    await loadingDone();
    assert.equal(await locate(page, L.en.reading), null, 'the progress is gone');
    assert.deepEqual(canonical(await exportData(page)), before, `all of it is in (${counts(before)})`);
    assert.equal(await locate(page, L.en.notYet), null, 'the search hint is gone');
    // Now a contact person's surname finds its client.
    await clickLabel(page, L.en.clear);
    await clickLabel(page, L.en.search);
    await typeText(page, 'Белова');
    await waitLocate(page, 'contact: Белова Н. С.', 8000);
    // The client found opens in the card.
    await clickLabel(page, TS.name);
    const card = await page.waitForFunction(id => {
      const s = window.cardApp.stats();
      return s.selectedClient === id && s.cardTab === 'main' && s;
    }, { polling: 50, timeout: 8000 }, TS.id);
    await card.dispose();

    // An edit after the load is saved, and is there after the next start in two parts.
    const edited = JSON.parse(fixture.text);
    edited.clients.find(c => c.id === TS.id).notes = 'Записано после загрузки в два приёма';
    assert.equal((await importJson(page, JSON.stringify(edited), 'merge')).ok, true, 'merge after the load');
    assert.equal(await flush(page), 'saved');
    const after = canonical(await exportData(page));
    await ctx.close(browser);
    await start('en', false);
    await loadingDone();
    assert.deepEqual(canonical(await exportData(page)), after, 'the edit made after the load is stored');
    await ctx.close(browser);

    // ---- Russian: the same state, as a Russian user sees it.
    await start('ru', true);
    await waitLocate(page, L.ru.reading, 5000);
    await waitLocate(page, L.ru.status, 5000);
    await ctx.screenshot(page, 'loading-ru');
    await page.evaluate(() => { window.cardHoldRest = false; });
    await loadingDone();
    assert.deepEqual(canonical(await exportData(page)), after, 'ru: all of it is in');
    await ctx.close(browser);
  },
};
