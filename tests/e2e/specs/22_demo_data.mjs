// The demo data as a first-time user meets it, through real clicks: a fresh profile shows
// the empty start screen; "Load demo data" opens the shipped assets/demo.json in the import
// dialog; Apply puts the companies into the list (the export holds exactly the file's
// records). Then the holding of the demo group of companies, АО «УралТехИнвест», is opened
// from the list and every tab of its card is visited by clicking the tab labels (Main,
// Interests, Relationships, Contracts and agreements), each photographed in English and
// Russian at 1600x1000. Before the browsers: tools/gen_demo.mjs still writes the committed
// file byte for byte (the generator and the asset never drift apart).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentText } from '../tools/fixture_lib.mjs';
import { buildDemo, DEFAULT_DAY, DEFAULT_SEED } from '../../../tools/gen_demo.mjs';
import { pollUntil } from '../lib/page_tools.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const HOLDING_ID = 'demo-cl-uti';

const UI = {
  en: { hint: 'Or look around first with demo data: 30+ companies with contacts, a year of history, deals and contracts.', load: 'Load demo data', merge: 'Merge', apply: 'Apply',
    tabs: [['main', 'Main'], ['interests', 'Interests'], ['relationships', 'Relationships'], ['contracts', 'Contracts and agreements']],
    main: 'INN', interests: 'New interest', group: 'Group: 5 companies', contracts: 'New contract' },
  ru: { hint: 'Или сначала осмотритесь на демо-данных: более 30 компаний с контактами, год истории, интересы и договоры.', load: 'Загрузить демо-данные', merge: 'Объединить', apply: 'Применить',
    tabs: [['main', 'Основное'], ['interests', 'Интересы'], ['relationships', 'Взаимосвязи'], ['contracts', 'Договоры и соглашения']],
    main: 'ИНН', interests: 'Новый интерес', group: 'Группа: 5 компаний', contracts: 'Новый договор' },
};

export default {
  name: 'demo_data',
  timeout: 240,
  async run(ctx) {
    const { clickLabel, waitLocate, exportData, stats } = ctx.app;
    const committed = fs.readFileSync(path.join(ROOT, 'assets', 'demo.json'), 'utf8');
    assert.equal(documentText(buildDemo(DEFAULT_DAY, DEFAULT_SEED)), committed,
      'assets/demo.json is what `node tools/gen_demo.mjs` writes: regenerate it');
    const demo = JSON.parse(committed);
    const holding = demo.clients.find(c => c.id === HOLDING_ID);
    assert.ok(holding, 'the demo holding');
    const contractNumbers = demo.contracts.filter(k => k.client_id === HOLDING_ID).map(k => k.number);
    assert.ok(contractNumbers.length >= 3);

    for (const lang of ['en', 'ru']) {
      const t = UI[lang];
      // A browser per language, each on a fresh profile: the app starts empty.
      const browser = await ctx.launch(ctx.newProfile());
      const page = await ctx.openApp(browser, { lang });
      await page.setViewport({ width: 1600, height: 1000 });
      await waitLocate(page, t.hint, 10000);  // the empty start screen
      assert.equal((await exportData(page)).clients.length, 0, `${lang}: a fresh profile has no clients`);
      await ctx.screenshot(page, `${lang}-start`);

      // "Load demo data" -> the import dialog with the preview -> Apply (Merge, the default).
      await clickLabel(page, t.load);
      await waitLocate(page, t.merge, 10000);
      await waitLocate(page, t.apply, 5000);
      await ctx.screenshot(page, `${lang}-dialog`);
      await clickLabel(page, t.apply);

      // The clients appear in the list; the store holds exactly the file's records.
      await waitLocate(page, holding.name, 10000);
      let data;
      const loaded = await pollUntil(async () => {
        data = await exportData(page);
        return data.clients.length === demo.clients.length;
      }, { timeout: 8000, interval: 100 });
      assert.ok(loaded, `${lang}: ${demo.clients.length} clients after Apply, got ${data.clients.length}`);
      for (const k of ['employees', 'contacts', 'interactions', 'interests', 'relationships', 'contracts'])
        assert.equal(data[k].length, demo[k].length, `${lang}: ${k}`);
      await ctx.screenshot(page, `${lang}-loaded`);

      // The holding from the list, then every tab by its label.
      await clickLabel(page, holding.name);
      for (const [tab, label] of t.tabs) {
        await clickLabel(page, label);
        const on = await pollUntil(async () => {
          const s = await stats(page);
          return s.selectedClient === HOLDING_ID && s.cardTab === tab;
        }, { timeout: 5000 });
        assert.ok(on, `${lang}: the holding's ${tab} tab`);
        if (tab === 'main') await waitLocate(page, t.main, 5000);
        if (tab === 'interests') await waitLocate(page, t.interests, 5000);
        if (tab === 'relationships') await waitLocate(page, t.group, 5000);
        if (tab === 'contracts') {
          await waitLocate(page, t.contracts, 5000);
          for (const number of contractNumbers) await waitLocate(page, number, 5000);
        }
        await ctx.screenshot(page, `${lang}-${tab}`);
      }
      await ctx.close(browser);
    }

    // demo.json is fetched when asked for: a 404, then a network error, each says so under
    // the button and changes nothing; the third click (served) opens the dialog.
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.newPage(browser);
    await page.setRequestInterception(true);
    const answers = ['404', 'abort'];
    page.on('request', r => {
      if (!/\/demo\.json(\?|$)/.test(r.url())) return r.continue().catch(() => {});
      const a = answers.shift();
      return (a === '404' ? r.respond({ status: 404, contentType: 'text/plain', body: 'not found' })
        : a === 'abort' ? r.abort() : r.continue()).catch(() => {});
    });
    await page.goto(`${ctx.origin}/?lang=en`, { waitUntil: 'load' });
    await page.evaluate(() => window.cardApp.ready);
    await waitLocate(page, UI.en.hint, 10000);
    await clickLabel(page, UI.en.load);
    await waitLocate(page, 'Demo data could not be loaded: demo.json is missing. Nothing was changed.', 10000);
    await page.mouse.move(900, 600);  // off the button: its tooltip would cover the message
    await ctx.app.waitFrames(page, 2);
    await ctx.screenshot(page, 'missing');
    await clickLabel(page, UI.en.load);
    await waitLocate(page, 'Demo data could not be loaded: demo.json could not be read. Nothing was changed.', 10000);
    assert.equal((await exportData(page)).clients.length, 0, 'a failed demo load changes nothing');
    await clickLabel(page, UI.en.load);
    await waitLocate(page, UI.en.apply, 10000);
    await ctx.close(browser);
  },
};
