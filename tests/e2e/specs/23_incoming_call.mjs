// The incoming-call lookup as an operator uses it, with real keys and clicks on the rich
// fixture: F2 (and once the menu bar's "Incoming call" button) opens the window with the
// number field focused; numbers typed as `8 (495) ...`, `+7 495 ...` and ten digits each
// open the right company's card with "Open card"; a contact person's mobile finds him and
// his company, "Log call" adds an incoming call that the Main tab's timeline shows and the
// export carries; an unknown number offers "New client with this number" (prefilled) and,
// in Russian, "Add to an existing client" (found by part of its name); Esc closes; and
// cardApp.lookupPhone answers the same. Screenshots en/ru of the window with matches and
// with an unknown number.
import assert from 'node:assert/strict';
import { readFixture } from '../lib/ui_flows.mjs';
import { pollUntil, sleep } from '../lib/page_tools.mjs';

const TECHNO = 'cl-technostroy';
const DOT = '\u00b7';
const ICON_CHECK = '\uf00c';
const NUMBER_FIELD = { en: "Caller's number", ru: 'Номер звонящего' };

export default {
  name: 'incoming_call',
  timeout: 300,
  async run(ctx) {
    const { clickLabel, typeText, exportData, importJson, waitLocate, locate, stats, waitFrames, settle } = ctx.app;
    const fixture = readFixture(ctx, 'rich.json');
    const { data } = fixture;
    // What the spec relies on in the fixture.
    const techno = data.clients.find(c => c.id === TECHNO);
    assert.ok(techno.phones.includes('+7 495 640-12-00'), 'ТехноСтрой\'s main line');
    const volkov = data.contacts.find(k => k.id === 'ct-ts-volkov');
    assert.ok(volkov.phones.includes('+7 903 123-45-67'), 'Волков\'s mobile');
    assert.ok(data.contacts.find(k => k.id === 'ct-ts-belova').phones.includes('+7 495 640-12-00 доб. 214'));
    assert.deepEqual(data.clients.find(c => c.id === 'cl-stroyinvest').phones, ['+7 495 980-44-00']);
    assert.deepEqual(data.clients.find(c => c.id === 'cl-ts-montazh').phones, ['+7 495 640-12-50']);
    const header = c => `${c.name} ${DOT} INN ${c.inn}`;
    const byId = id => data.clients.find(c => c.id === id);

    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser, { lang: 'en' });
    await page.setViewport({ width: 1600, height: 1000 });
    assert.equal((await importJson(page, fixture.text, 'replace')).ok, true, 'fixture import');

    const press = async key => {
      await page.keyboard.press(key);
      await waitFrames(page, 3);
      await settle(page);
    };
    const windowShown = async () => (await locate(page, NUMBER_FIELD.en)) !== null;
    const openWithF2 = async () => {
      await press('F2');
      const ok = await pollUntil(windowShown, { timeout: 5000 });
      if (!ok) await ctx.screenshot(page, 'f2-stuck');
      assert.ok(ok, 'F2 opens the Incoming call window');
    };

    // ---- Three formats, three companies: each opens the right card.
    const cases = [
      ['8 (495) 640-12-00', TECHNO],
      ['+7 495 980 44 00', 'cl-stroyinvest'],
      ['4956401250', 'cl-ts-montazh'],
    ];
    let first = true;
    for (const [number, id] of cases) {
      await clickLabel(page, byId('cl-severny-veter').name);  // some other card first
      assert.equal((await stats(page)).selectedClient, 'cl-severny-veter');
      if (first) {
        await clickLabel(page, 'Incoming call…');  // the menu bar button, once
        assert.ok(await pollUntil(windowShown, { timeout: 5000 }), 'the button opens the window');
        first = false;
      } else {
        await openWithF2();
      }
      await typeText(page, number);  // no click: the field has the keyboard
      await waitLocate(page, header(byId(id)), 5000);
      if (id === TECHNO) {
        await waitLocate(page, 'Put through to:', 5000);
        await waitLocate(page, 'Орлова Екатерина Дмитриевна', 5000);
        await waitLocate(page, 'ext. 123', 5000);
        await waitLocate(page, 'Волков Игорь Николаевич, Генеральный директор', 5000);  // on extension 100
        const k = data.contracts.find(x => x.client_id === TECHNO && x.status === 'active');
        assert.ok(k, 'ТехноСтрой has an active contract');
        await ctx.screenshot(page, 'format-8');
      }
      await clickLabel(page, 'Open card');
      const ok = await pollUntil(async () => (await stats(page)).selectedClient === id, { timeout: 5000 });
      assert.ok(ok, `${number} opens ${id}`);
      assert.equal((await stats(page)).cardTab, 'main');
      assert.equal(await windowShown(), false, 'Open card closes the window');
    }

    // ---- Esc closes, even from the number field.
    await openWithF2();
    await typeText(page, '8 (916)');
    await press('Escape');
    assert.ok(await pollUntil(async () => !(await windowShown()), { timeout: 3000 }), 'Esc closes the window');

    // ---- A contact person's mobile: Log call.
    await clickLabel(page, byId('cl-severny-veter').name);
    const before = (await exportData(page)).interactions.length;
    await openWithF2();
    await typeText(page, '+7 903 123-45-67');
    await waitLocate(page, header(techno), 5000);
    await waitLocate(page, 'Волков Игорь Николаевич, Генеральный директор', 5000);
    const t0 = Date.now();
    await clickLabel(page, 'Log call');
    assert.ok(await pollUntil(async () => (await stats(page)).selectedClient === TECHNO, { timeout: 5000 }),
      'Log call opens the card');
    const subject = 'Incoming call from +7 903 123-45-67';
    await waitLocate(page, subject, 8000);  // the row on the Main tab's timeline
    await ctx.screenshot(page, 'logged');
    let exported = await exportData(page);
    assert.equal(exported.interactions.length, before + 1, 'one interaction added');
    const call = exported.interactions.find(x => x.subject === subject);
    assert.ok(call, 'the call is in the export');
    assert.equal(call.client_id, TECHNO);
    assert.equal(call.contact_id, 'ct-ts-volkov');
    assert.equal(call.type, 'call');
    assert.equal(call.direction, 'in');
    assert.equal(call.status, 'done');
    assert.ok(Math.abs(Date.parse(call.at) - t0) < 120000, `logged now (${call.at})`);

    // ---- An unknown number: a new client with it.
    await openWithF2();
    await typeText(page, '+7 495 111-22-33');
    await waitLocate(page, 'Unknown number: no client, contact person or employee has it.', 5000);
    await waitLocate(page, 'Add to an existing client…', 5000);
    const clientsBefore = (await stats(page)).clients;
    await clickLabel(page, 'New client with this number');
    assert.ok(await pollUntil(async () => (await stats(page)).clients === clientsBefore + 1, { timeout: 5000 }),
      'a client was created');
    const newId = (await stats(page)).selectedClient;
    exported = await exportData(page);
    const created = exported.clients.find(c => c.id === newId);
    assert.ok(created, 'the new client is selected');
    assert.deepEqual(created.phones, ['+7 495 111-22-33']);
    assert.equal(await windowShown(), false);

    // ---- cardApp.lookupPhone answers what the window shows.
    const api = t => page.evaluate(x => window.cardApp.lookupPhone(x), t);
    let m = await api('8 (495) 640-12-00 доб. 214');
    assert.equal(m[0].contactId, 'ct-ts-belova', 'the extension picks the contact');
    assert.equal(m[0].clientId, TECHNO);
    assert.equal(m[0].exact, true);
    assert.equal(m[0].rank, 'exact_extension');
    assert.equal(m[0].contractInForce, true);
    assert.ok(m[0].responsibles.some(r => r.name === 'Орлова Екатерина Дмитриевна' && r.extension === '123'));
    assert.ok(m.some(x => x.clientId === TECHNO && x.contactId === '' && x.rank === 'exact'), 'the main line too');
    for (const t of ['8 (495) 640-12-00', '+7 495 6401200', '4956401200']) {
      m = await api(t);
      assert.equal(m[0].clientId, TECHNO, t);
      assert.equal(m[0].contactId, '', t);
    }
    m = await api('+7 903 123 45 67');
    assert.deepEqual(m.map(x => [x.clientId, x.contactId, x.contactName]), [[TECHNO, 'ct-ts-volkov', volkov.name]]);
    m = await api('+7 495 111 22 33');
    assert.deepEqual(m.map(x => x.clientId), [newId], 'the new client\'s number is known now');
    m = await api('8 (495) 640-12');
    assert.ok(m.length >= 3 && m.every(x => !x.exact), 'partial typing: partial matches');
    assert.ok(['cl-technostroy', 'cl-ts-montazh', 'cl-montazh-servis'].every(id => m.some(x => x.clientId === id)));
    assert.deepEqual(await api('+7 999 000-00-00'), []);
    const sv = await api('+7 (812) 309-55-10');
    assert.equal(sv[0].clientId, 'cl-severny-veter');
    assert.equal(sv[0].contractInForce, false, 'Северный ветер has no contract in force');
    await ctx.close(browser);

    // ---- Screenshots in English and Russian; in Russian the number goes to an existing client.
    for (const lang of ['en', 'ru']) {
      const b = await ctx.launch(ctx.newProfile());
      const p = await ctx.openApp(b, { lang });
      await p.setViewport({ width: 1600, height: 1000 });
      assert.equal((await importJson(p, fixture.text, 'replace')).ok, true, 'fixture import');
      const open = async () => {
        await p.keyboard.press('F2');
        await waitLocate(p, NUMBER_FIELD[lang], 5000);
      };
      await open();
      await typeText(p, '8 (495) 640-12-00 ' + (lang === 'ru' ? 'доб. 214' : 'ext. 214'));
      await waitLocate(p, lang === 'ru' ? `${techno.name} ${DOT} ИНН ${techno.inn}` : header(techno), 5000);
      await waitLocate(p, 'Белова Наталья Сергеевна, Главный бухгалтер', 5000);
      // The contract in force, worded per language (dates as the card writes them).
      const num = await p.evaluate(() => window.cardApp.lookupPhone('84956401200')[0].contractNumber);
      const k = data.contracts.find(x => x.client_id === TECHNO && x.number === num);
      assert.ok(k, `the contract in force (${num})`);
      const until = lang === 'ru' ? k.valid_to.split('-').reverse().join('.') : k.valid_to;
      await waitLocate(p, k.valid_to
        ? (lang === 'ru' ? `${ICON_CHECK} Договор действует: № ${num} до ${until}` : `${ICON_CHECK} Contract in force: № ${num} until ${until}`)
        : (lang === 'ru' ? `${ICON_CHECK} Договор действует: № ${num}, бессрочный` : `${ICON_CHECK} Contract in force: № ${num}, open-ended`), 5000);
      await ctx.screenshot(p, `matches-${lang}`);
      await p.keyboard.press('Escape');
      await sleep(200);
      await open();
      await typeText(p, '+7 812 555-01-02');
      await waitLocate(p, lang === 'ru' ? 'Неизвестный номер: его нет ни у клиентов, ни у контактных лиц, ни у сотрудников.'
        : 'Unknown number: no client, contact person or employee has it.', 5000);
      await ctx.screenshot(p, `unknown-${lang}`);
      if (lang === 'ru') {
        await clickLabel(p, 'Добавить к существующему клиенту…');
        await waitLocate(p, 'Найти клиента', 5000);
        await typeText(p, 'северный');
        const sv2 = byId('cl-severny-veter');
        await ctx.screenshot(p, 'add-existing-ru');
        await clickLabel(p, `${sv2.name} ${DOT} ${sv2.inn}`);
        await waitLocate(p, `Номер добавлен в телефоны клиента ${sv2.name}.`, 5000);
        await waitLocate(p, `${sv2.name} ${DOT} ИНН ${sv2.inn}`, 5000);  // now a match
        const d = await exportData(p);
        assert.deepEqual(d.clients.find(c => c.id === sv2.id).phones, [...sv2.phones, '+7 812 555-01-02']);
        await ctx.screenshot(p, 'added-ru');
      }
      await ctx.close(b);
    }
  },
};
