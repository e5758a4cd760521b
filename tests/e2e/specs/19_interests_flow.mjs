// The Interests tab as a sales manager works in it, all with real clicks and typing, on the
// rich fixture's «ТехноСтрой» (4 deals) plus two added here (one in USD, one opened today):
// filter by responsible, by a quick period and by typed dates and see the totals line follow
// with the right figures (computed here from the data, exact to the kopeck); create a deal;
// plan its next activity from the row and see it on the row and on the Main tab timeline;
// close a deal as lost with a reason and find the reason in the export. Then photographs
// of the tab in English and Russian at 1600x1000 and 1280x720.
import assert from 'node:assert/strict';
import { exportPoller, localDate, readFixture } from '../lib/ui_flows.mjs';
import { pollUntil, sleep } from '../lib/page_tools.mjs';

const CLIENT_ID = 'cl-technostroy';
const CLIENT = 'ООО «ТехноСтрой»';
const KOZLOVA = 'Козлова Анна Игоревна';
const NEW_TITLE = 'Внедрение 1С:Документооборот';
const NEW_AMOUNT = '350 000,50';
const SUBJECT = 'Демонстрация Документооборота';
const LOST_TITLE = 'Продление ИТС ПРОФ на следующий год';
const LOST_REASON = 'Перешли к другому партнёру: цена';

// ---- The figures the tab must show, computed independently of the app.

const minorOf = amount => BigInt(Math.round(amount * 100));

function money(minor, currency) {
  const neg = minor < 0n;
  const a = neg ? -minor : minor;
  const units = (a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${units}.${String(a % 100n).padStart(2, '0')} ${currency}`;
}

// "Shown N of M · expected X · weighted Y": per currency (RUB first, then by code), the
// weighted sum rounded once, half away from zero.
function totalsText(rows, total) {
  if (rows.length === 0) return `Shown 0 of ${total}`;
  const by = new Map();
  for (const r of rows) {
    const cur = r.expected_revenue?.currency ?? 'RUB';
    const t = by.get(cur) ?? { expected: 0n, weighted: 0n };
    const m = minorOf(r.expected_revenue?.amount ?? 0);
    t.expected += m;
    t.weighted += m * BigInt(r.probability ?? 0);
    by.set(cur, t);
  }
  const curs = [...by.keys()].sort((a, b) => (a === 'RUB' ? -1 : b === 'RUB' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const round = w => (w >= 0n ? (w + 50n) / 100n : -((-w + 50n) / 100n));
  const exp = curs.map(c => money(by.get(c).expected, c)).join(' + ');
  const wei = curs.map(c => money(round(by.get(c).weighted), c)).join(' + ');
  return `Shown ${rows.length} of ${total} · expected ${exp} · weighted ${wei}`;
}

// Either date within [from, to] (ISO strings compare as dates).
const inPeriod = (r, from, to) => [r.opened_on, r.close_on].some(d => d && d >= from && d <= to);

function quarterOf(today) {
  const [y, m] = today.split('-').map(Number);
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
  const p = n => String(n).padStart(2, '0');
  return [`${y}-${p(first)}-01`, `${y}-${p(last)}-${p(lastDay)}`];
}

function monthOf(today) {
  const [y, m] = today.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const p = n => String(n).padStart(2, '0');
  return [`${y}-${p(m)}-01`, `${y}-${p(m)}-${p(lastDay)}`];
}

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export default {
  name: 'interests_flow',
  timeout: 300,
  async run(ctx) {
    const { clickLabel, typeText, selectAll, exportData, importJson, waitLocate, locate } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json').data;
    let browser = await ctx.launch(ctx.newProfile());
    let page = await ctx.openApp(browser);
    const today = await localDate(page);

    // Two more deals: one in another currency and project, one opened today by Козлова.
    fixture.interests.push({
      id: 'int-e2e-usd', client_id: CLIENT_ID, title: 'Лицензии для филиала в Алматы',
      project: 'Модернизация учёта 2027', responsible_id: 'emp-orlova', state: 'proposal',
      expected_revenue: { amount: 12000, currency: 'USD' }, probability: 30, opened_on: today,
      close_on: addDays(today, 45), notes: 'Оплата в долларах по договору с филиалом.',
    }, {
      id: 'int-e2e-audit', client_id: CLIENT_ID, title: 'Аудит прав доступа', project: '',
      responsible_id: 'emp-kozlova', state: 'qualification', expected_revenue: { amount: 250000.25, currency: 'RUB' },
      probability: 25, opened_on: today, notes: '',
    });
    const all = fixture.interests.filter(r => r.client_id === CLIENT_ID);
    const total = all.length;
    assert.equal((await importJson(page, JSON.stringify(fixture), 'replace')).ok, true, 'fixture import');

    const until = exportPoller(ctx, page);  // polls the export until fn holds
    const expectTotals = async (rows, what, of = total) => {
      const text = totalsText(rows, of);
      try {
        await waitLocate(page, text, 5000);
      } catch (e) {
        await ctx.screenshot(page, 'totals-stuck');
        throw new Error(`${what}: the totals line "${text}" is not shown`);
      }
      ctx.note(`${what}: ${text}`);
    };

    // ---- Open the card and the tab like a user.
    await clickLabel(page, CLIENT);
    await clickLabel(page, 'Interests');
    await waitLocate(page, 'New interest', 10000);
    await expectTotals(all, 'all deals');

    // ---- By responsible.
    await clickLabel(page, 'Responsible');
    await clickLabel(page, KOZLOVA);
    const kozlova = all.filter(r => r.responsible_id === 'emp-kozlova');
    await expectTotals(kozlova, 'Козлова');

    // ---- This quarter, then this month (opened or closing in it), still Козлова's.
    await clickLabel(page, 'This quarter');
    const [qFrom, qTo] = quarterOf(today);
    await expectTotals(kozlova.filter(r => inPeriod(r, qFrom, qTo)), `Козлова, ${qFrom}..${qTo}`);
    await clickLabel(page, 'This month');
    const [mFrom, mTo] = monthOf(today);
    await expectTotals(kozlova.filter(r => inPeriod(r, mFrom, mTo)), `Козлова, ${mFrom}..${mTo}`);
    await ctx.screenshot(page, 'filtered-month');

    // ---- Typed dates, any responsible: May and June 2026.
    await clickLabel(page, 'Responsible');
    await clickLabel(page, 'any');
    await clickLabel(page, 'from');
    await selectAll(page);
    await typeText(page, '2026-05-01');
    await clickLabel(page, 'to');
    await selectAll(page);
    await typeText(page, '2026-06-30');
    const mayJune = all.filter(r => inPeriod(r, '2026-05-01', '2026-06-30'));
    assert.ok(mayJune.length > 0 && mayJune.length < total, 'the fixture has deals in and out of May-June 2026');
    await expectTotals(mayJune, 'typed 2026-05-01..2026-06-30');

    await clickLabel(page, 'Reset filters');
    await expectTotals(all, 'after reset');

    // ---- A new deal.
    await clickLabel(page, 'New interest');
    await waitLocate(page, 'Title', 5000);
    await typeText(page, NEW_TITLE);  // the title has the keyboard
    await clickLabel(page, 'Expected revenue');
    await typeText(page, NEW_AMOUNT);
    await ctx.screenshot(page, 'editor');
    await clickLabel(page, 'Save');
    let data = await until('the new interest', d => d.interests.find(r => r.title === NEW_TITLE));
    const created = data.interests.find(r => r.title === NEW_TITLE);
    assert.equal(created.client_id, CLIENT_ID);
    assert.equal(created.expected_revenue.amount, 350000.5);
    assert.equal(created.expected_revenue.currency, 'RUB');
    assert.equal(created.state, 'new');
    assert.equal(created.opened_on, today);
    await expectTotals([...all, created], 'with the new deal', total + 1);

    // ---- Its next activity, planned from its row.
    await clickLabel(page, NEW_TITLE);  // selects the row
    await clickLabel(page, 'Plan next activity');
    await waitLocate(page, 'Subject', 5000);
    await typeText(page, SUBJECT);  // the subject has the keyboard
    await clickLabel(page, 'Save');
    data = await until('the planned activity', d => d.interactions.find(x => x.subject === SUBJECT));
    const act = data.interactions.find(x => x.subject === SUBJECT);
    assert.equal(act.interest_id, created.id, 'linked to the interest');
    assert.equal(act.client_id, CLIENT_ID);
    assert.equal(act.status, 'planned');
    await waitLocate(page, SUBJECT, 5000);  // the row's next activity
    await ctx.screenshot(page, 'planned');
    await clickLabel(page, 'Main');
    await waitLocate(page, SUBJECT, 10000);  // on the timeline
    await ctx.screenshot(page, 'timeline');
    await clickLabel(page, 'Interests');
    await waitLocate(page, 'New interest', 10000);

    // ---- Close a deal as lost: a reason is required.
    await clickLabel(page, LOST_TITLE);
    await clickLabel(page, 'Lost…');
    await waitLocate(page, 'Close the interest', 5000);
    await clickLabel(page, 'Close the interest');
    await waitLocate(page, 'Say why the deal was lost.', 5000);
    await clickLabel(page, 'Reason');
    await typeText(page, LOST_REASON);
    await ctx.screenshot(page, 'close-lost');
    await clickLabel(page, 'Close the interest');
    data = await until('the lost deal', d => d.interests.find(r => r.id === 'int-ts-its-renewal')?.state === 'lost');
    const lost = data.interests.find(r => r.id === 'int-ts-its-renewal');
    assert.equal(lost.close_reason, LOST_REASON, 'the export carries close_reason');
    assert.equal(lost.probability, 0);
    assert.equal(lost.close_on, today);
    const other = data.interests.find(r => r.id === 'int-ts-erp-update');
    assert.equal(other.close_reason, '', 'an open deal has an empty close_reason');
    const after = data.interests.filter(r => r.client_id === CLIENT_ID);
    await waitLocate(page, totalsText(after, after.length), 5000);
    await ctx.screenshot(page, 'after-lost');
    await ctx.close(browser);

    // ---- Photographs: English and Russian, large and small screens.
    for (const lang of ['en', 'ru']) {
      browser = await ctx.launch(ctx.newProfile());
      page = await ctx.openApp(browser, { lang });
      assert.equal((await importJson(page, JSON.stringify(data), 'replace')).ok, true, 'import for photographs');
      for (const [w, h] of [[1600, 1000], [1280, 720]]) {
        await page.setViewport({ width: w, height: h });
        assert.equal((await page.evaluate(id => window.cardApp.open(id, 'interests'), CLIENT_ID)).ok, true);
        await waitLocate(page, lang === 'en' ? 'New interest' : 'Новый интерес', 10000);
        await sleep(300);
        await ctx.screenshot(page, `${lang}-${w}x${h}`);
      }
      assert.ok(await locate(page, SUBJECT), `${lang}: the planned activity shows on its row`);
      await ctx.close(browser);
    }
  },
};
