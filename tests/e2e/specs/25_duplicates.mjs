// Duplicates as a user meets them, with real clicks and typing on the rich fixture: a new
// client (the list's "New client") with a contact person gets the INN of «ТехноСтрой»
// typed in, and at once the requisites warn, naming it (en, ru); Open opens that card; its
// own warning's Merge… opens the merge dialog (en, ru), which proposes to keep the older
// card; Merge removes the new record from the list and moves its contact to the survivor;
// the undo bar's Undo brings both back exactly. Then an import file with a new client of
// the same INN: the import dialog lists it and opens the existing client. Screenshots of
// the warning, the dialog and the import dialog in both languages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { exportPoller, importThroughUi, readFixture, revealInClientHalf, waitDialog } from '../lib/ui_flows.mjs';

const TECHNO = 'cl-technostroy';
const NEW_NAME = 'Дубль';
const CONTACT = 'Орлов';
const q = { en: s => `\u201c${s}\u201d`, ru: s => `\u00ab${s}\u00bb` };
const LANG_MENU = { en: 'Language', ru: 'Язык (Language)' };
const LANG_ITEM = { en: 'English', ru: 'Русский' };

export default {
  name: 'duplicates',
  timeout: 150,
  async run(ctx) {
    const { clickLabel, typeText, exportData, importJson, waitLocate, locate, stats, waitFrames, settle } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const techno = fixture.data.clients.find(c => c.id === TECHNO);
    assert.ok(techno && techno.inn && techno.kpp && techno.created_at, 'ТехноСтрой with INN, KPP and a creation date');
    assert.equal(fixture.data.clients.filter(c => c.inn === techno.inn).length, 1, 'its INN is its own');

    const t0 = Date.now();
    let t = t0;
    const lap = what => { const now = Date.now(); ctx.note(`${what}: ${((now - t) / 1000).toFixed(1)} s`); t = now; };
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser, { lang: 'en' });
    await page.setViewport({ width: 1600, height: 1000 });
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');

    const until = exportPoller(ctx, page);  // polls the export until fn holds
    const language = async lang => {
      const now = (await stats(page)).lang;
      if (now === lang) return;
      await clickLabel(page, LANG_MENU[now]);
      await clickLabel(page, LANG_ITEM[lang]);
      assert.equal((await stats(page)).lang, lang);
    };
    const tap = async label => { await revealInClientHalf(page, label); await clickLabel(page, label); };
    const topOfCard = async () => {  // scroll the client half back up (to the INN field)
      if (await locate(page, 'INN')) return;
      const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      await page.mouse.move(box.w * 0.42, box.h * 0.6);
      for (let i = 0; i < 10; i++) await page.mouse.wheel({ deltaY: -240 });
      await waitFrames(page, 3);
      await settle(page);
    };

    // ---- A new client, its name and a contact person, then the INN of ТехноСтрой.
    await clickLabel(page, 'New client');
    const newId = (await stats(page)).selectedClient;
    assert.ok(newId && newId !== TECHNO, 'the new client is open');
    await typeText(page, NEW_NAME);  // the Name field has the keyboard
    await tap('Add contact');
    await tap('Full name');
    await typeText(page, CONTACT);
    await tap('Save');
    await until('the contact', d => d.contacts.some(k => k.client_id === newId && k.name === CONTACT));
    lap('new client with a contact');
    await topOfCard();
    await clickLabel(page, 'INN');
    await typeText(page, techno.inn);
    const warning = lang => lang === 'en'
      ? `A client with this INN already exists: ${q.en(techno.name)}`
      : `Клиент с таким ИНН уже есть: ${q.ru(techno.name)}`;
    await waitLocate(page, warning('en'), 5000);
    await waitLocate(page, 'Merge…', 2000);
    await ctx.screenshot(page, 'warning-en');
    lap('warning');

    // ---- In Russian: the warning, Open, and the merge dialog from ТехноСтрой's card.
    const removedLine = { en: `${q.en(NEW_NAME)} is removed after the merge.`,
                          ru: `Карточка ${q.ru(NEW_NAME)} после объединения будет удалена.` };
    await language('ru');
    await waitLocate(page, warning('ru'), 5000);
    await ctx.screenshot(page, 'warning-ru');
    await clickLabel(page, 'Открыть');
    assert.equal((await stats(page)).selectedClient, TECHNO, 'Open opens the existing client');
    await waitLocate(page, `Клиент с таким ИНН уже есть: ${q.ru(NEW_NAME)}`, 5000);  // it warns in turn
    await clickLabel(page, 'Объединить…');
    await waitLocate(page, removedLine.ru, 5000);
    await ctx.screenshot(page, 'merge-dialog-ru');
    await clickLabel(page, 'Отмена');
    assert.equal(await locate(page, removedLine.ru), null, 'Cancel closes the dialog');
    await language('en');
    lap('russian');

    // ---- Merge… : the dialog proposes to keep the older card (ТехноСтрой).
    await clickLabel(page, 'Merge…');
    await waitLocate(page, removedLine.en, 5000);
    await waitLocate(page, 'Proposed: the card created first stays.', 2000);
    await waitLocate(page, 'Contacts: 1 · Activities: 0 · Interests: 0 · Contracts: 0 · Links: 0', 2000);
    await ctx.screenshot(page, 'merge-dialog-en');
    await page.keyboard.press('Escape');  // closes without a change
    await waitFrames(page, 3);
    await settle(page);
    assert.equal(await locate(page, removedLine.en), null, 'Esc closes the dialog');
    let data = await exportData(page);
    assert.ok(data.clients.some(c => c.id === newId), 'Cancel and Esc change nothing');

    await clickLabel(page, 'Merge…');
    await waitLocate(page, removedLine.en, 5000);
    await clickLabel(page, 'Merge');
    data = await until('the merge', d => !d.clients.some(c => c.id === newId));
    assert.equal((await stats(page)).selectedClient, TECHNO, 'the survivor is open');
    const survivor = data.clients.find(c => c.id === TECHNO);
    assert.equal(survivor.name, techno.name, 'the survivor keeps its name');
    assert.equal(survivor.kpp, techno.kpp);
    const moved = data.contacts.find(k => k.name === CONTACT);
    assert.equal(moved?.client_id, TECHNO, 'the new record\'s contact moved to the survivor');
    assert.equal(data.contacts.filter(k => k.client_id === TECHNO).length,
                 fixture.data.contacts.filter(k => k.client_id === TECHNO).length + 1, 'its own contacts kept');
    assert.equal(await locate(page, NEW_NAME), null, 'the list no longer has the new client');
    await waitLocate(page, `Merged ${q.en(NEW_NAME)} into ${q.en(techno.name)}`, 5000);
    await ctx.screenshot(page, 'merged-undo-bar');
    lap('merge');

    // ---- Undo brings both back.
    await clickLabel(page, 'Undo');
    data = await until('the undo', d => d.clients.some(c => c.id === newId));
    assert.equal(data.contacts.find(k => k.name === CONTACT)?.client_id, newId, 'the contact is back with it');
    assert.equal(data.clients.find(c => c.id === newId).inn, techno.inn);
    await waitLocate(page, NEW_NAME, 5000);  // in the list again
    assert.equal(await locate(page, `Merged ${q.en(NEW_NAME)} into ${q.en(techno.name)}`), null, 'the bar is gone');

    lap('undo');
    // ---- An import file with a new client of the same INN: the dialog lists it.
    const importName = 'ТехноСтрой (из 1С)';
    const doc = { ...fixture.data, employees: [], contacts: [], interactions: [], interests: [], relationships: [],
                  contracts: [],
                  clients: [{ ...techno, id: 'cl-import-dup', name: importName, responsibles: [] }] };
    const file = path.join(ctx.newProfile(), 'from-1c.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    await importThroughUi(page, file);
    const row = `${q.en(importName)} looks like ${q.en(techno.name)}`;
    await waitLocate(page, 'These new clients look like clients you already have:', 5000);
    await waitLocate(page, row, 2000);
    await ctx.screenshot(page, 'import-dialog-en');
    // «Дубль» has the INN too (it is back): its row comes first (by name), its button opens it.
    await waitLocate(page, `${q.en(importName)} looks like ${q.en(NEW_NAME)}`, 2000);
    await clickLabel(page, 'Open existing');
    await waitDialog(page, false);
    assert.equal((await stats(page)).selectedClient, newId, 'Open existing opens the first row\'s client');
    data = await exportData(page);
    assert.ok(!data.clients.some(c => c.id === 'cl-import-dup'), 'nothing imported by Open existing');
    lap('import');
    await browser.close();
  },
};
