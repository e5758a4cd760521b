// The Contracts and agreements tab as an office manager uses it, in Russian, all with real
// clicks and typing: «Северный ветер» has no contract in force (its service agreement
// expired 12 days ago but is still marked active: the Main tab's red banner says so, the
// Contracts tab marks the row). A new contract is entered in the contract window: first with
// the expired one's number and an end before its start (both refused, with the reasons
// under the fields), then put right and saved as active. The Main tab's banner is gone and
// its current-contract block shows the new number; the export carries the contract.
// Then photographs: «ТехноСтрой»'s contracts (in force and expiring, draft, closed) and
// the contract window, in English and Russian, at 1600x1000 and 1280x720.
import assert from 'node:assert/strict';
import { localDate, readFixture, revealInClientHalf } from '../lib/ui_flows.mjs';
import { pollUntil, sleep } from '../lib/page_tools.mjs';

const CLIENT_ID = 'cl-severny-veter';
const CLIENT = 'ООО «Северный ветер»';
const OLD_NUMBER = 'С-12/2025';
const NEW_NUMBER = 'С-13/2026';
const ICON_WARNING = '\uf071';
const ICON_BRIEFCASE = '\uf0b1';

// "2026-11-27" -> "27.11.2026" (the Russian interface's form).
const ru = iso => iso.split('-').reverse().join('.');
// The day `n` days after the ISO date `iso`, as ISO.
const addDays = (iso, n) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
// The last day of a year-long term from `iso` (model/contracts.h YearAfter).
const yearAfter = iso => {
  const [y, m, d] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0), next.setUTCDate(next.getUTCDate() + 1);  // 29.02 -> 01.03
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
};

export default {
  name: 'contracts_flow',
  timeout: 300,
  async run(ctx) {
    const { clickLabel, typeText, selectAll, exportData, importJson, waitLocate, locate } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const old = fixture.data.contracts.find(k => k.client_id === CLIENT_ID);
    assert.equal(old.number, OLD_NUMBER, 'the fixture\'s contract');

    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser, { lang: 'ru' });
    await page.setViewport({ width: 1600, height: 1000 });
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');
    const today = await localDate(page);

    // ---- The Main tab: the red banner.
    await clickLabel(page, CLIENT);
    await waitLocate(page, 'Нет действующего договора', 10000);
    await ctx.screenshot(page, 'main-banner');

    // ---- The Contracts tab: the expired row is marked as needing action.
    await clickLabel(page, 'Договоры и соглашения');
    await waitLocate(page, `${ICON_WARNING} Истёк, но числится действующим`, 10000);
    await waitLocate(page, 'Нет действующего договора', 5000);  // the same banner here
    await waitLocate(page, OLD_NUMBER, 5000);
    await ctx.screenshot(page, 'expired-row');

    // ---- A new contract: the old number and an end before the start are refused.
    await clickLabel(page, 'Новый договор');
    await waitLocate(page, 'Черновик не действует: сделайте его действующим, когда договор подписан.', 5000);
    await clickLabel(page, 'Номер');
    await typeText(page, OLD_NUMBER);
    await clickLabel(page, 'Действует с');  // the whole date is selected: typing replaces it
    await typeText(page, ru(today));
    await clickLabel(page, 'Действует по');
    await typeText(page, ru(addDays(today, -1)));
    await clickLabel(page, 'Сохранить');
    const taken = `У клиента уже есть № ${OLD_NUMBER} (Действующий, ${ru(old.valid_from)} \u2013 ${ru(old.valid_to)}).`;
    await waitLocate(page, taken, 5000);
    await waitLocate(page, `Окончание (${ru(addDays(today, -1))}) раньше начала (${ru(today)}).`, 5000);
    await waitLocate(page, 'Не сохранено: исправьте поля, отмеченные красным.', 5000);
    await ctx.screenshot(page, 'refused');
    let data = await exportData(page);
    assert.equal(data.contracts.filter(k => k.client_id === CLIENT_ID).length, 1, 'nothing saved while refused');

    // A date that does not exist.
    await clickLabel(page, 'Действует по');
    await typeText(page, '31.02.2027');
    await waitLocate(page, 'Такой даты нет в календаре: 31.02.2027.', 5000);

    // ---- Put right: a new number, a year's term, active.
    await clickLabel(page, 'Номер');
    await selectAll(page);
    await typeText(page, NEW_NUMBER);
    await clickLabel(page, '+1 год');
    await clickLabel(page, 'Статус');
    await clickLabel(page, 'Действующий');
    await clickLabel(page, 'Предмет договора');
    await typeText(page, 'Сопровождение 1С:Управление торговлей, 2026–2027');
    await clickLabel(page, 'Сумма');
    await typeText(page, '198 000,50');
    await waitLocate(page, 'После сохранения договор действует уже сегодня.', 5000);
    assert.equal(await locate(page, taken), null, 'a free number: no complaint');
    await ctx.screenshot(page, 'editor-filled');
    await clickLabel(page, 'Сохранить');

    const saved = k => k.client_id === CLIENT_ID && k.number === NEW_NUMBER;
    let ok = await pollUntil(async () => { data = await exportData(page); return data.contracts.some(saved); },
      { timeout: 8000, interval: 100 });
    if (!ok) await ctx.screenshot(page, 'stuck');
    assert.ok(ok, 'the new contract is in the export');
    const k = data.contracts.find(saved);
    assert.equal(k.status, 'active');
    assert.equal(k.kind, 'contract');
    assert.equal(k.valid_from, today);
    assert.equal(k.valid_to, yearAfter(today));
    assert.deepEqual(k.amount, { amount: 198000.5, currency: 'RUB' });
    assert.equal(k.title, 'Сопровождение 1С:Управление торговлей, 2026–2027');
    assert.equal(data.contracts.find(x => x.id === old.id).status, 'active', 'the old one is untouched');

    // The table: the new one is current, the banner is gone.
    await waitLocate(page, 'текущий', 5000);
    ok = await pollUntil(async () => (await locate(page, 'Нет действующего договора')) === null, { timeout: 5000 });
    assert.ok(ok, 'the Contracts tab banner goes away');
    await ctx.screenshot(page, 'saved');

    // ---- The Main tab follows: no banner, the block shows the new number.
    await clickLabel(page, 'Основное');
    await sleep(300);
    ok = await pollUntil(async () => (await locate(page, 'Нет действующего договора')) === null, { timeout: 5000 });
    assert.ok(ok, 'the Main tab banner goes away');
    await revealInClientHalf(page, `${ICON_BRIEFCASE} Договор № ${NEW_NUMBER}`);
    await ctx.screenshot(page, 'main-current');
    await ctx.close(browser);

    // ---- Photographs of «ТехноСтрой»'s contracts and the window.
    for (const lang of ['en', 'ru']) {
      const b = await ctx.launch(ctx.newProfile());
      const p = await ctx.openApp(b, { lang });
      assert.equal((await importJson(p, fixture.text, 'replace')).ok, true, 'fixture import');
      for (const [w, h] of [[1600, 1000], [1280, 720]]) {
        await p.setViewport({ width: w, height: h });
        assert.equal((await p.evaluate(() => window.cardApp.open('cl-technostroy', 'contracts'))).ok, true);
        await sleep(300);
        await waitLocate(p, 'ИТС-2025/118', 10000);
        // Every column title is drawn (kind, signing date and status have their own columns
        // on the wide card only; narrower, they are shown inside other cells).
        const cols = lang === 'en' ? ['Today', 'Number', 'Title', 'Valid', 'Amount']
                                   : ['На сегодня', 'Номер', 'Предмет договора', 'Срок действия', 'Сумма'];
        if (w >= 1600) cols.push(...(lang === 'en' ? ['Kind', 'Signed', 'Status'] : ['Вид', 'Подписан', 'Статус']));
        for (const col of cols) await waitLocate(p, col, 5000);
        await ctx.screenshot(p, `${lang}-${w}x${h}-table`);
        await clickLabel(p, 'ИТС-2025/118');
        await waitLocate(p, lang === 'en' ? 'Edit' : 'Изменить', 5000);
        await ctx.screenshot(p, `${lang}-${w}x${h}-view`);
        await clickLabel(p, lang === 'en' ? 'Edit' : 'Изменить');
        await ctx.screenshot(p, `${lang}-${w}x${h}-editor`);
        await clickLabel(p, lang === 'en' ? 'Cancel' : 'Отмена');
      }
      await ctx.close(b);
    }
  },
};
