// The Relationships tab as a user works in it, with real clicks and typing (the rich
// fixture, tests/e2e/fixtures/rich.json, with its group of companies around «ТехноСтрой»):
// - on the sole trader's card add a link by typing part of the other company's name in
//   Cyrillic, choose "Supplier to", write a note, save; click the other company's name: its
//   card (same tab) reads "Customer of" the sole trader;
// - there, add a link by typing an INN; the same link again is refused as a duplicate;
// - open «ТехноСтрой» through its link, then «Монтаж-Сервис» by a click in the group tree;
//   making it the parent of its own holding is refused with the chain named; nothing saved;
// - screenshots of the tab with the list and the group tree, English and Russian, at
//   1600x1000 and 1280x720.
import assert from 'node:assert/strict';
import { exportPoller, readFixture } from '../lib/ui_flows.mjs';
import { pollUntil, sleep } from '../lib/page_tools.mjs';

const byId = (data, id) => {
  const c = data.clients.find(x => x.id === id);
  assert.ok(c, `fixture client ${id}`);
  return c;
};

export default {
  name: 'relationships_flow',
  timeout: 300,
  async run(ctx) {
    const { clickLabel, typeText, exportData, importJson, waitLocate, stats } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const KUZ = byId(fixture.data, 'cl-ip-kuznetsov');
    const SV = byId(fixture.data, 'cl-severny-veter');
    const VOLGA = byId(fixture.data, 'cl-volga');
    const TS = byId(fixture.data, 'cl-technostroy');
    const SERVIS = byId(fixture.data, 'cl-montazh-servis');
    const HOLDING = byId(fixture.data, 'cl-stroyinvest');
    const MONTAZH = byId(fixture.data, 'cl-ts-montazh');
    const result = (c, lang = 'en') => `${c.name}  ·  ${lang === 'en' ? 'INN' : 'ИНН'} ${c.inn}`;

    let browser = await ctx.launch(ctx.newProfile());
    let page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');

    const until = exportPoller(ctx, page);  // polls the export until fn holds
    const onCard = async (client) => {
      const ok = await pollUntil(async () => {
        const s = await stats(page);
        return s.selectedClient === client.id && s.cardTab === 'relationships';
      }, { timeout: 5000 });
      const s = await stats(page);
      assert.ok(ok, `${client.name}'s card on the Relationships tab (stats: ${s.selectedClient}, ${s.cardTab})`);
    };
    const linksBetween = (d, a, b) => d.relationships.filter(r =>
      (r.from_client_id === a.id && r.to_client_id === b.id) || (r.from_client_id === b.id && r.to_client_id === a.id));

    // ---- The sole trader's card, Relationships tab, all by clicks.
    await clickLabel(page, KUZ.name);
    await clickLabel(page, 'Relationships');
    await onCard(KUZ);
    await waitLocate(page, 'Links to other companies (0)', 5000);

    // ---- Add a link: part of the name typed in Cyrillic, "Supplier to", a note.
    await clickLabel(page, 'Add link');
    await clickLabel(page, 'Company');
    await typeText(page, 'северный');
    await clickLabel(page, result(SV));
    await clickLabel(page, 'This company is');
    await clickLabel(page, 'Supplier to');
    await waitLocate(page, `On the card of ${SV.name} it reads: Customer of ${KUZ.name}`, 5000);
    await clickLabel(page, 'Note');
    await typeText(page, 'Кассовая техника');
    await ctx.screenshot(page, 'add-form');
    await clickLabel(page, 'Save');
    let data = await until('the new link', d => linksBetween(d, KUZ, SV).length === 1);
    const link = linksBetween(data, KUZ, SV)[0];
    assert.equal(link.from_client_id, KUZ.id);
    assert.equal(link.kind, 'supplier');
    assert.equal(link.note, 'Кассовая техника');
    await waitLocate(page, `Supplier to ${SV.name}`, 5000);

    // ---- The other card, opened by a click on the name: the inverse wording.
    await clickLabel(page, `Open card: ${SV.name}`);
    await onCard(SV);
    await waitLocate(page, `Customer of ${KUZ.name}`, 5000);
    await ctx.screenshot(page, 'inverse');

    // ---- Another link, found by INN: «Северный ветер» is a customer of «Волга-Логистик».
    await clickLabel(page, 'Add link');
    await clickLabel(page, 'Company');
    await typeText(page, VOLGA.inn);
    await clickLabel(page, result(VOLGA));
    await clickLabel(page, 'This company is');
    await clickLabel(page, 'Customer of');
    await clickLabel(page, 'Save');
    data = await until('the link found by INN', d => linksBetween(d, SV, VOLGA).length === 1);
    assert.deepEqual(
      (({ from_client_id, to_client_id, kind }) => ({ from_client_id, to_client_id, kind }))(linksBetween(data, SV, VOLGA)[0]),
      { from_client_id: SV.id, to_client_id: VOLGA.id, kind: 'customer' });
    await waitLocate(page, `Customer of ${VOLGA.name}`, 5000);

    // ---- The first link once more from this side ("Customer of" the sole trader): refused.
    const count = data.relationships.length;
    await clickLabel(page, 'Add link');
    await clickLabel(page, 'Company');
    await typeText(page, 'кузнецов');
    await clickLabel(page, result(KUZ));
    await clickLabel(page, 'This company is');
    await clickLabel(page, 'Customer of');
    const dup = `This link already exists: Customer of ${KUZ.name}`;  // the name may end with a period
    await waitLocate(page, `\uf071 ${dup}`, 5000);
    await clickLabel(page, 'Save');
    await sleep(300);
    assert.equal((await exportData(page)).relationships.length, count, 'a refused duplicate saves nothing');
    await ctx.screenshot(page, 'duplicate-refused');
    await clickLabel(page, 'Cancel');

    // ---- «ТехноСтрой» through its link, then «Монтаж-Сервис» by a click in the group tree.
    await clickLabel(page, `Open card: ${TS.name}`);
    await onCard(TS);
    await waitLocate(page, 'Group: 5 companies', 5000);
    await waitLocate(page, `Subsidiary of ${HOLDING.name}`, 5000);
    await clickLabel(page, `Open card: ${SERVIS.name}`);  // not linked to «ТехноСтрой»: only in the tree
    await onCard(SERVIS);
    await waitLocate(page, `Subsidiary of ${MONTAZH.name}`, 5000);

    // ---- A parent cycle: «Монтаж-Сервис» as the parent of its own holding.
    await clickLabel(page, 'Add link');
    await clickLabel(page, 'Company');
    await typeText(page, 'холдинг');
    await clickLabel(page, result(HOLDING));
    await clickLabel(page, 'This company is');
    await clickLabel(page, 'Parent company of');
    const chain = [SERVIS, HOLDING, MONTAZH, SERVIS].map(c => c.name).join(' › ');
    const cycle = `Refused: this would close a parent cycle ${chain} (each one the parent company of the next). ` +
      'A company cannot be above itself.';
    await waitLocate(page, `\uf071 ${cycle}`, 5000);
    const before = (await exportData(page)).relationships.length;
    await clickLabel(page, 'Save');
    await sleep(300);
    assert.equal((await exportData(page)).relationships.length, before, 'a refused cycle saves nothing');
    await ctx.screenshot(page, 'cycle-refused');
    await clickLabel(page, 'Cancel');

    // ---- The group: a click on the holding in the tree opens its card.
    await clickLabel(page, `Open card: ${HOLDING.name}`);
    await onCard(HOLDING);
    await waitLocate(page, `Parent company of ${TS.name}`, 5000);
    await ctx.close(browser);

    // ---- Screenshots: «ТехноСтрой»'s tab (list and group), both languages, two sizes.
    const exported = JSON.stringify(data);  // with the links added above
    for (const lang of ['en', 'ru']) {
      browser = await ctx.launch(ctx.newProfile());
      page = await ctx.openApp(browser, { lang });
      assert.equal((await importJson(page, exported, 'replace')).ok, true, 'import for screenshots');
      for (const [w, h] of [[1600, 1000], [1280, 720]]) {
        await page.setViewport({ width: w, height: h });
        await sleep(300);
        assert.equal((await page.evaluate(id => window.cardApp.open(id, 'relationships'), TS.id)).ok, true);
        await waitLocate(page, lang === 'en' ? 'Group: 5 companies' : 'Группа: 5 компаний', 10000);
        await waitLocate(page, lang === 'en' ? `Subsidiary of ${HOLDING.name}` : `Дочерняя компания ${HOLDING.name}`, 5000);
        await sleep(200);
        await ctx.screenshot(page, `${lang}-${w}x${h}`);
      }
      // The form with a refusal, in this language.
      await clickLabel(page, lang === 'en' ? 'Add link' : 'Добавить связь');
      await typeText(page, 'монтаж');
      await sleep(200);
      await ctx.screenshot(page, `${lang}-search`);
      await ctx.close(browser);
    }
  },
};
