// cardApp.check(kind, value) and cardApp.open(clientId, tab), with the rich fixture:
//  - check(): valid and invalid values of every kind (real registry numbers of Sberbank
//    and one-digit mutations, the fixture's generated ones), the normalised phone with its
//    extension, the empty value, unknown kinds; messages are the card's own hints: a wrong
//    INN typed into the INN field shows exactly check()'s message (located on screen), in
//    English and, after Language > Русский with real clicks, in Russian;
//  - open(): every tab of two clients, verified by the tab ImGui drew (stats().cardTab)
//    and by widgets that exist only there (the INN field on Main; "OGRN" vs "OGRNIP" by the
//    client's kind); no mouse or key event in between, so open() wakes the frame loop
//    itself; a real click on another tab still works afterwards; bad ids and tabs are
//    refused with their message and change nothing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pollUntil } from '../lib/page_tools.mjs';

const NAME = 'check_and_open_api';
const RICH = 'cl-technostroy';      // legal entity
const SOLE_TRADER = 'cl-ip-kuznetsov';

// [kind, value, ok, reason, normalized, English message, Russian message]
const CASES = [
  ['inn', '7707083893', true, 'ok', '7707083893', '', ''],  // ПАО Сбербанк
  ['inn', ' 7707083893\u00a0', true, 'ok', '7707083893', '', ''],
  ['inn', '7707083894', false, 'inn_check_digit', '7707083894', 'INN check digit does not match', 'Не сходится контрольное число ИНН'],
  ['inn', '77070838', false, 'inn_length', '77070838', 'INN must have 10 or 12 digits', 'ИНН должен содержать 10 или 12 цифр'],
  ['inn', '77 07 083893', false, 'inn_not_digits', '77 07 083893', 'INN must contain only digits', 'ИНН должен состоять только из цифр'],
  ['inn', '', true, 'empty', '', '', ''],
  ['kpp', '773601001', true, 'ok', '773601001', '', ''],
  ['kpp', '7736AB001', true, 'ok', '7736AB001', '', ''],
  ['kpp', '77360100', false, 'kpp_length', '77360100', 'KPP must have 9 characters', 'КПП должен содержать 9 знаков'],
  ['kpp', '7736аб001', false, 'kpp_format', '7736аб001', 'KPP must be 4 digits, 2 digits or capital Latin letters, 3 digits',
    'КПП: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры'],
  ['ogrn', '1027700132195', true, 'ok', '1027700132195', '', ''],  // ПАО Сбербанк
  ['ogrn', '1027700132194', false, 'ogrn_check_digit', '1027700132194', 'OGRN check digit does not match', 'Не сходится контрольное число ОГРН'],
  ['ogrn', '2027700132195', false, 'ogrn_prefix', '2027700132195', 'OGRN must start with 1 or 5', 'ОГРН должен начинаться с 1 или 5'],
  ['ogrnip', '3165024000123', false, 'ogrnip_length', '3165024000123', 'OGRNIP must have 15 digits', 'ОГРНИП должен содержать 15 цифр'],
  ['phone', '8 (495) 123-45-67', true, 'ok', '+74951234567', '', ''],
  ['phone', '+7 495 777-10-10 доб. 123', true, 'ok', '+74957771010;ext=123', '', ''],
  ['phone', '12345', false, 'phone_digit_count', '', 'a Russian number has 10 digits, or 11 starting with 8 or 7',
    'Российский номер: 10 цифр или 11, начиная с 8 или 7'],
  ['phone', '+7 495 12', false, 'phone_country_digits', '', '+7 and 10 digits, or + country code and 7 to 15 digits in all',
    '+7 и 10 цифр или + код страны и всего от 7 до 15 цифр'],
  ['phone', 'звоните вечером', false, 'phone_bad_characters', '', 'only digits, spaces, brackets, dashes, a leading + and an extension',
    'Допустимы цифры, пробелы, скобки, дефисы, + в начале и добавочный'],
  ['email', 'info@technostroy.example', true, 'ok', 'info@technostroy.example', '', ''],
  ['email', 'почта@пример.рф', true, 'ok', 'почта@пример.рф', '', ''],
  ['email', 'a@b', false, 'email_domain_no_dot', 'a@b', 'the domain after the @ needs a dot', 'В домене после @ нужна точка'],
  ['email', 'ab.ru', false, 'email_at', 'ab.ru', 'an e-mail address has exactly one @', 'В адресе эл. почты ровно один знак @'],
];

const check = (page, kind, value) => page.evaluate((k, v) => window.cardApp.check(k, v), kind, value);
const open = (page, ...args) => page.evaluate((a) => window.cardApp.open(...a), args);

export default {
  name: NAME,
  async run(ctx) {
    const { importJson, stats, locate, clickLabel, waitLocate, selectAll, typeText, exportText } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'rich.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixtureText, 'replace')).ok, true, 'rich fixture import');

    // The fixture's own requisites are valid by the same rules (check digits computed).
    const ip = fixture.clients.find(c => c.id === SOLE_TRADER);
    const rich = fixture.clients.find(c => c.id === RICH);
    const mutate = s => s.slice(0, -1) + String((Number(s.at(-1)) + 1) % 10);
    const fixtureCases = [
      ['inn', rich.inn, true, 'ok'], ['kpp', rich.kpp, true, 'ok'], ['ogrn', rich.ogrn, true, 'ok'],
      ['inn', ip.inn, true, 'ok'], ['ogrnip', ip.ogrn, true, 'ok'],
      ['inn', mutate(ip.inn), false, 'inn_check_digit'], ['ogrnip', mutate(ip.ogrn), false, 'ogrnip_check_digit'],
      ['ogrn', mutate(rich.ogrn), false, 'ogrn_check_digit'],
      // An OGRNIP is not an OGRN and the other way round.
      ['ogrn', ip.ogrn, false, 'ogrn_length'], ['ogrnip', rich.ogrn, false, 'ogrnip_length'],
    ];
    for (const [kind, value, ok, reason] of fixtureCases) {
      const r = await check(page, kind, value);
      assert.equal(r.ok, ok, `check(${kind}, ${value}).ok: ${JSON.stringify(r)}`);
      assert.equal(r.reason, reason, `check(${kind}, ${value}).reason`);
    }

    // ---- check() in English.
    const before = await exportText(page);
    for (const [kind, value, ok, reason, normalized, en] of CASES) {
      const r = await check(page, kind, value);
      assert.deepEqual(r, { ok, message: en, normalized, reason }, `check(${JSON.stringify(kind)}, ${JSON.stringify(value)})`);
    }
    for (const kind of ['snils', 'INN', '']) {
      const r = await check(page, kind, '7707083893');
      assert.equal(r.ok, false, `unknown kind ${kind}`);
      assert.equal(r.message, `unknown kind "${kind}" (expected inn, kpp, ogrn, ogrnip, phone, email or website)`);
    }
    assert.equal((await check(page, 'inn')).reason, 'empty', 'a missing value is the empty text');
    assert.equal(await exportText(page).then(t => t.replace(/"exported_at": "[^"]*"/, '')),
      before.replace(/"exported_at": "[^"]*"/, ''), 'check() changes nothing');

    // ---- open(): every tab, two clients, no input events in between.
    const drawn = async (client, tab) => {
      const ok = await pollUntil(async () => {
        const s = await stats(page);
        return s.selectedClient === client && s.cardTab === tab;
      }, { timeout: 5000 });
      const s = await stats(page);
      assert.ok(ok, `open(${client}, ${tab}) drawn without any input event: stats says client ${s.selectedClient}, ` +
        `tab asked ${s.tab}, tab drawn ${s.cardTab}`);
      assert.equal(s.tab, tab);
    };
    for (const tab of ['contracts', 'interests', 'relationships', 'main']) {
      assert.deepEqual(await open(page, RICH, tab), { ok: true }, `open(${RICH}, ${tab})`);
      await drawn(RICH, tab);
      const inn = await locate(page, 'INN');
      if (tab === 'main') assert.ok(inn, 'the Main tab shows the INN field');
      else assert.equal(inn, null, `the INN field (Main only) is not drawn on ${tab}`);
      if (tab === 'contracts') await ctx.screenshot(page, 'open-contracts');
    }
    // Without a tab: Main. Another client: its own card (the OGRN field is labelled by kind).
    await open(page, RICH, 'contracts');
    await drawn(RICH, 'contracts');
    assert.deepEqual(await open(page, SOLE_TRADER), { ok: true });
    await drawn(SOLE_TRADER, 'main');
    assert.ok(await waitLocate(page, 'OGRNIP', 5000), 'the sole trader\'s card shows OGRNIP');
    assert.equal(await locate(page, 'OGRN'), null, 'and no OGRN field');
    await ctx.screenshot(page, 'open-sole-trader');
    assert.deepEqual(await open(page, RICH, null), { ok: true }, 'a null tab is Main');
    await drawn(RICH, 'main');
    assert.ok(await waitLocate(page, 'OGRN', 5000), 'the legal entity\'s card shows OGRN');
    assert.equal(await locate(page, 'OGRNIP'), null);

    // open() does not pin the tab: a real click on another one works.
    await open(page, RICH, 'interests');
    await drawn(RICH, 'interests');
    await clickLabel(page, 'Relationships');
    await drawn(RICH, 'relationships');

    // Refusals change nothing.
    const refusals = [
      [['cl-nobody', 'main'], 'no client with id "cl-nobody"'],
      [['', 'main'], 'no client with id ""'],
      [[RICH, 'history'], 'unknown tab "history" (expected main, interests, relationships or contracts)'],
      [[RICH, 'Contracts'], 'unknown tab "Contracts" (expected main, interests, relationships or contracts)'],
      [[SOLE_TRADER, 'history'], 'unknown tab "history" (expected main, interests, relationships or contracts)'],
    ];
    for (const [args, error] of refusals) {
      assert.deepEqual(await open(page, ...args), { ok: false, error }, `open(${JSON.stringify(args)})`);
    }
    await new Promise(f => setTimeout(f, 300));
    await drawn(RICH, 'relationships');

    // ---- The message is the field's own hint: a wrong INN typed into the card.
    await open(page, RICH, 'main');
    await drawn(RICH, 'main');
    await clickLabel(page, 'INN');
    await selectAll(page);
    await typeText(page, '7707083894');
    const wrong = await check(page, 'inn', '7707083894');
    assert.ok(await waitLocate(page, wrong.message, 5000), `the INN field shows "${wrong.message}" as check() says`);
    await ctx.screenshot(page, 'inn-hint-en');

    // ---- Russian, switched with the Language menu.
    await clickLabel(page, 'Language');
    await clickLabel(page, 'Русский');
    assert.ok(await pollUntil(async () => (await stats(page)).lang === 'ru', { timeout: 5000 }), 'the interface is in Russian');
    for (const [kind, value, ok, reason, normalized, , ru] of CASES) {
      const r = await check(page, kind, value);
      assert.deepEqual(r, { ok, message: ru, normalized, reason }, `ru: check(${JSON.stringify(kind)}, ${JSON.stringify(value)})`);
    }
    const wrongRu = await check(page, 'inn', '7707083894');
    assert.ok(await waitLocate(page, wrongRu.message, 5000), `the INN field shows "${wrongRu.message}" as check() says`);
    assert.equal(await locate(page, wrong.message), null, 'the English hint is gone');
    await ctx.screenshot(page, 'inn-hint-ru');
    assert.equal((await check(page, 'snils', '1')).message,
      'unknown kind "snils" (expected inn, kpp, ogrn, ogrnip, phone, email or website)', 'API errors stay in English');
    assert.deepEqual(await open(page, SOLE_TRADER, 'contracts'), { ok: true }, 'open() in Russian');
    await drawn(SOLE_TRADER, 'contracts');
  },
};
