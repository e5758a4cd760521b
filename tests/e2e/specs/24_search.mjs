// The client list search and quick filters as a user works with them (the rich fixture,
// tests/e2e/fixtures/rich.json), by real typing into the search box:
// - a contact person's surname in Cyrillic, an INN, a phone typed in another format than
//   stored, a part of an e-mail: each time the right client is the first row of the list
//   and the field that matched is shown under its name ("contact: Белова Н. С.", ...);
// - "No contract in force" in the filter popup: «Северный ветер» is listed (with exactly
//   the other clients without a contract in force today), «ТехноСтрой» is not; with
//   "active" ticked too, the list narrows; "Clear" brings every client back;
// - screenshots in English and Russian of a phone match and of the filter popup open.
import assert from 'node:assert/strict';
import { readFixture, localDate } from '../lib/ui_flows.mjs';
import { sleep } from '../lib/page_tools.mjs';

const L = {
  en: { search: 'Search', clear: 'Clear', filters: 'Filters', noContract: 'No contract in force', needsUpdate: 'Infobase needs an update', active: 'active',
        contact: 'contact: ', inn: 'INN ', tel: 'tel. ', email: 'e-mail ' },
  ru: { search: 'Поиск', clear: 'Сбросить', filters: 'Отбор', noContract: 'Нет действующего договора', needsUpdate: 'Инфобаза требует обновления',
        active: 'действующий', contact: 'контакт: ', inn: 'ИНН ', tel: 'тел. ', email: 'e-mail ' },
};

// A contract is in force on day D when it is active and valid_from <= D <= valid_to.
const inForce = (k, day) => k.status === 'active' && (!k.valid_from || k.valid_from <= day) &&
  (!k.valid_to || day <= k.valid_to);

export default {
  name: 'search',
  timeout: 300,
  async run(ctx) {
    const { importJson, waitLocate, locate, clickLabel, typeText } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const clients = fixture.data.clients;
    const byId = id => {
      const c = clients.find(x => x.id === id);
      assert.ok(c, `fixture client ${id}`);
      return c;
    };
    const TS = byId('cl-technostroy');
    const SV = byId('cl-severny-veter');
    const VOLGA = byId('cl-volga');

    // The client rows drawn in the list (left of the search box's right edge), top first.
    const rows = async page => {
      const box = await locate(page, (await page.evaluate(() => window.cardApp.stats().lang)) === 'ru' ? 'Поиск' : 'Search');
      const out = [];
      for (const c of clients) {
        const r = await locate(page, c.name);
        if (r && r.x < box.x + box.w) out.push({ name: c.name, y: r.y });
      }
      return out.sort((a, b) => a.y - b.y).map(r => r.name);
    };
    const expectFirst = async (page, client, line, what) => {
      await waitLocate(page, line, 8000);
      const list = await rows(page);
      assert.equal(list[0], client.name, `${what}: «${client.name}» first (rows: ${list.join(' | ')})`);
      const row = await locate(page, client.name), under = await locate(page, line);
      assert.ok(under.y > row.y && under.y < row.y + 3 * row.h, `${what}: "${line}" under the first row`);
    };
    const search = async (page, lang, text) => {
      if (await locate(page, L[lang].clear)) await clickLabel(page, L[lang].clear);
      await clickLabel(page, L[lang].search);
      await typeText(page, text);
    };

    for (const lang of ['en', 'ru']) {
      const browser = await ctx.launch(ctx.newProfile());
      const page = await ctx.openApp(browser, { lang });
      assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');
      await waitLocate(page, TS.name, 10000);
      const t = L[lang];

      if (lang === 'en') {
        // A contact person's surname, typed in Cyrillic (upper case first letter).
        await search(page, lang, 'Белова');
        await expectFirst(page, TS, `${t.contact}Белова Н. С.`, 'contact surname');
        // An INN.
        await search(page, lang, SV.inn);
        await expectFirst(page, SV, `${t.inn}${SV.inn}`, 'INN');
        // A phone stored as "+7 495 640-12-00", typed as 8 495 6401200.
        await search(page, lang, '8 495 6401200');
        await expectFirst(page, TS, `${t.tel}${TS.phones[0]}`, 'phone');
        // Part of an e-mail.
        await search(page, lang, 'zakupki@volga');
        await expectFirst(page, VOLGA, `${t.email}${VOLGA.emails[0]}`, 'e-mail');
        // Lower case, two words in two fields (the name and a contact person).
        await search(page, lang, 'северный павлова');
        await expectFirst(page, SV, `${t.contact}Павлова Д. О.`, 'two words');
        assert.deepEqual(await rows(page), [SV.name], 'two words: only «Северный ветер»');
      }

      // A phone match to photograph.
      await search(page, lang, '+7812309');
      await expectFirst(page, SV, `${t.tel}${SV.phones[0]}`, 'phone +7');
      await ctx.screenshot(page, `${lang}-phone-match`);

      // Quick filter: no contract in force today.
      await clickLabel(page, t.clear);
      await clickLabel(page, t.filters);
      await clickLabel(page, t.noContract);
      const today = await localDate(page);
      const without = clients.filter(c => !fixture.data.contracts.some(k => k.client_id === c.id && inForce(k, today)));
      assert.ok(without.some(c => c.id === SV.id), 'the fixture: «Северный ветер» has no contract in force');
      await waitLocate(page, `${t.filters} (1)`, 5000);
      await sleep(200);
      let list = await rows(page);
      assert.deepEqual([...list].sort(), without.map(c => c.name).sort(), 'no contract in force: exactly those clients');
      assert.ok(!list.includes(TS.name), '«ТехноСтрой» has a contract in force');
      await ctx.screenshot(page, `${lang}-filters-open`);
      // Combined with the status.
      await clickLabel(page, t.active);
      await waitLocate(page, `${t.filters} (2)`, 5000);
      await sleep(200);
      list = await rows(page);
      const activeWithout = without.filter(c => c.status === 'active').map(c => c.name);
      assert.deepEqual([...list].sort(), [...activeWithout].sort(), 'active and no contract in force');
      assert.ok(list.includes(SV.name), '«Северный ветер» is active without a contract');
      // Close the popup, then Clear brings everything back.
      await clickLabel(page, t.search);  // a click outside closes the popup
      // (the card's banner may say "No contract in force" too: ask for a popup-only item)
      assert.ok(!(await locate(page, t.needsUpdate)), 'the popup closed');
      await clickLabel(page, t.clear);
      await waitLocate(page, t.filters, 5000);
      await sleep(200);
      assert.equal((await rows(page)).length, clients.length, 'Clear: every client listed again');
      await ctx.close(browser);
    }
  },
};
