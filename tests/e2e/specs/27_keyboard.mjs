// Keyboard first (issue 5), with real key events on the rich fixture:
// - Ctrl+K puts the keyboard in the list search: typing filters the list; Esc leaves it;
// - F1 shows the help overlay (a shortcut and its action are on screen), Esc closes it;
// - Ctrl+2 opens the Interests tab (the tab ImGui drew), Ctrl+1 the Main tab;
// - Alt+Down selects the next client of the list in its order, Alt+Up the previous one;
// - a name typed into "Name" and the field left with Enter: Ctrl+Z brings the old name back
//   (read from the export), Ctrl+Shift+Z the new one again;
// - the browser keeps none of those keys for itself: the page's keydown for Ctrl+K, F1,
//   Ctrl+2 and Alt+Down is defaultPrevented (recorded by a bubbling listener);
// - screenshots of the help overlay and of the Edit menu in English and Russian.
import assert from 'node:assert/strict';
import { readFixture } from '../lib/ui_flows.mjs';
import { sleep, pollUntil } from '../lib/page_tools.mjs';
import { waitFrames, settle, selectAll, exportData } from '../lib/app.mjs';

const L = {
  en: { search: 'Search', name: 'Name', help: 'Search the client list', edit: '\uf0e2 Edit',
        undo: name => `Undo: Card fields — «${name}»` },
  ru: { search: 'Поиск', name: 'Наименование', help: 'Поиск в списке клиентов', edit: '\uf0e2 Правка',
        undo: name => `Отменить: Поля карточки — «${name}»` },
};

// A key with modifiers held, frame by frame (the app reads the modifier state per frame).
async function chord(page, mods, key) {
  for (const m of mods) await page.keyboard.down(m);
  await waitFrames(page, 1);
  await page.keyboard.press(key);
  await waitFrames(page, 1);
  for (const m of [...mods].reverse()) await page.keyboard.up(m);
  await waitFrames(page, 2);
  await settle(page);
}

const stats = page => page.evaluate(() => window.cardApp.stats());

export default {
  name: 'keyboard',
  timeout: 120,
  async run(ctx) {
    const { importJson, waitLocate, locate, clickLabel, typeText } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const clients = fixture.data.clients;
    const TS = clients.find(c => c.id === 'cl-technostroy');
    assert.ok(TS, 'fixture: ТехноСтрой');

    // The client rows drawn in the list (left of the search box's right edge), top first.
    const rows = async (page, lang) => {
      const box = await locate(page, L[lang].search);
      const out = [];
      for (const c of clients) {
        const r = await locate(page, c.name);
        if (r && r.x < box.x + box.w) out.push({ c, y: r.y });
      }
      return out.sort((a, b) => a.y - b.y).map(r => r.c);
    };

    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser, { lang: 'en' });
    // Which keydowns the page kept from the browser (a bubbling listener sees the flag).
    await page.evaluate(() => {
      window.__prevented = [];
      window.addEventListener('keydown', e => {
        if (e.defaultPrevented) window.__prevented.push((e.ctrlKey ? 'C-' : '') + (e.altKey ? 'A-' : '') + e.key);
      });
    });
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');
    await waitLocate(page, TS.name, 10000);
    await waitFrames(page, 3);

    for (const lang of ['en', 'ru']) {
      const t = L[lang];
      if (lang === 'ru') {  // the same page, switched with the Language menu
        await clickLabel(page, 'Language');
        await clickLabel(page, 'Русский');
        await waitLocate(page, t.search, 5000);
      }

      if (lang === 'en') {
        // Ctrl+K, then typing filters the list.
        await chord(page, ['Control'], 'k');
        await typeText(page, 'монтаж');
        const shown = await rows(page, lang);
        assert.ok(shown.length >= 1 && shown.length < clients.length, `Ctrl+K: list filtered (${shown.map(c => c.name).join(' | ')})`);
        assert.ok(shown.every(c => /монтаж/i.test(c.name + ' ' + (c.legal_name || ''))), 'only «монтаж» clients');
        await page.keyboard.press('Escape');
        await waitFrames(page, 2);
        await settle(page);
        assert.equal((await stats(page)).activeId, 0, 'Esc left the search box');
        // Back to every client (Esc reverted the text; Ctrl+K + select all + Backspace otherwise).
        if ((await rows(page, lang)).length !== clients.length) {
          await chord(page, ['Control'], 'k');
          await selectAll(page);
          await page.keyboard.press('Backspace');
          await page.keyboard.press('Escape');
          await settle(page);
        }
      }

      // F1: the help overlay lists the shortcuts in the interface language.
      await page.keyboard.press('F1');
      await waitLocate(page, t.help, 5000);
      assert.ok(await locate(page, 'Ctrl+K'), 'help: Ctrl+K listed');
      assert.ok(await locate(page, 'Ctrl+Shift+Z' + (lang === 'en' ? ' or ' : ' или ') + 'Ctrl+Y'), 'help: redo keys');
      await ctx.screenshot(page, `${lang}-help`);
      await page.keyboard.press('Escape');
      await waitFrames(page, 2);
      await settle(page);
      assert.ok(!(await locate(page, t.help)), 'Esc closed the help');

      if (lang === 'en') {
        // Ctrl+2: the Interests tab; Ctrl+1 back.
        await chord(page, ['Control'], '2');
        await pollUntil(async () => (await stats(page)).cardTab === 'interests', { timeout: 3000 });
        assert.equal((await stats(page)).cardTab, 'interests', 'Ctrl+2 drew the Interests tab');
        await chord(page, ['Control'], '1');
        await pollUntil(async () => (await stats(page)).cardTab === 'main', { timeout: 3000 });
        assert.equal((await stats(page)).cardTab, 'main', 'Ctrl+1 drew the Main tab');

        // Alt+Down / Alt+Up: the next / previous client in the list's order.
        const order = await rows(page, lang);
        const sel0 = (await stats(page)).selectedClient;
        const i0 = order.findIndex(c => c.id === sel0);
        assert.ok(i0 >= 0 && i0 + 1 < order.length, `the selected client is in the list (${i0})`);
        await chord(page, ['Alt'], 'ArrowDown');
        assert.equal((await stats(page)).selectedClient, order[i0 + 1].id, 'Alt+Down: the next client');
        await chord(page, ['Alt'], 'ArrowUp');
        assert.equal((await stats(page)).selectedClient, sel0, 'Alt+Up: back to the previous one');

        const prevented = await page.evaluate(() => window.__prevented);
        for (const k of ['C-k', 'F1', 'C-2', 'A-ArrowDown'])
          assert.ok(prevented.includes(k), `the page kept ${k} from the browser (${prevented.join(' ')})`);
      }

      // Ctrl+Z undoes a field edit (outside the field), Ctrl+Shift+Z redoes it.
      const id = (await stats(page)).selectedClient;
      const nameOf = async () => (await exportData(page)).clients.find(c => c.id === id).name;
      const oldName = await nameOf();
      const newName = lang === 'en' ? 'Keyboard test' : 'Проверка клавиш';
      await clickLabel(page, t.name);
      await selectAll(page);
      await typeText(page, newName);
      await page.keyboard.press('Enter');  // leaves the field
      await waitFrames(page, 2);
      await settle(page);
      assert.equal(await nameOf(), newName, 'the name typed');
      assert.equal((await stats(page)).activeId, 0, 'Enter left the field');

      // The Edit menu names what Undo would change.
      await clickLabel(page, t.edit);
      await waitLocate(page, t.undo(newName), 5000);
      await ctx.screenshot(page, `${lang}-edit-menu`);
      await clickLabel(page, t.edit);  // closes it again
      await waitFrames(page, 2);

      await chord(page, ['Control'], 'z');
      await pollUntil(async () => (await nameOf()) === oldName, { timeout: 3000 });
      assert.equal(await nameOf(), oldName, 'Ctrl+Z: the old name is back');
      await chord(page, ['Control', 'Shift'], 'z');
      await pollUntil(async () => (await nameOf()) === newName, { timeout: 3000 });
      assert.equal(await nameOf(), newName, 'Ctrl+Shift+Z: the new name again');
      await sleep(50);
    }
    await ctx.close(browser);
  },
};
