// The JSON Schema of the interchange format (docs/client-card.schema.json, draft 2020-12)
// checked against what the browser build's exporter writes: assets/demo.json imported
// (replace) and fixtures/rich.json merged, then edits by real clicks and typing (who I am,
// «ТехноСтрой»'s phones and INN) so that the export carries history entries; the whole
// export (cardApp.exportJson()) and the file of File > Export this client are validated
// with ajv in node (strict mode, all errors, formats checked). The check can fail: broken
// copies (a wrong enum value, a missing required field, a bad date, a history entry with
// an unknown action) are refused, each at the expected place.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFixture, enableDownloads, click, editPhoneAndInnAs } from '../lib/ui_flows.mjs';
import { pollUntil } from '../lib/page_tools.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CLIENT_ID = 'cl-technostroy';
const NEW_INN = '7736207543';
const NEW_PHONE = '+7 495 640-12-99';
const ME = 'Козлова Анна Игоревна';

function compileSchema() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'client-card.schema.json'), 'utf8'));
  // Strict mode (unknown keywords, ambiguous types... are schema errors); union types
  // ("type": ["string", "null"]) are how the schema says "or null", so they are allowed.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const describe = errors => (errors || []).slice(0, 12)
  .map(e => `${e.instancePath || '/'} ${e.keyword}: ${e.message} ${JSON.stringify(e.params)}`).join('\n');

export default {
  name: 'schema_export',
  timeout: 120,
  async run(ctx) {
    const { importJson, exportData, exportText, waitLocate } = ctx.app;
    const validate = compileSchema();
    const valid = (data, what) => {
      const ok = validate(data);
      assert.ok(ok, `${what} does not match docs/client-card.schema.json:\n${describe(validate.errors)}`);
    };
    const demo = fs.readFileSync(path.join(ROOT, 'assets', 'demo.json'), 'utf8');
    const rich = readFixture(ctx, 'rich.json');

    const browser = await ctx.launch(ctx.newProfile());
    const downloads = await enableDownloads(ctx, browser, path.join(ctx.newProfile(), 'downloads'));
    const page = await ctx.openApp(browser, { lang: 'en' });
    await page.setViewport({ width: 1600, height: 1000 });
    const r1 = await importJson(page, demo, 'replace');
    assert.equal(r1.ok, true, `demo import: ${r1.error}`);
    const r2 = await importJson(page, rich.text, 'merge');
    assert.equal(r2.ok, true, `rich import: ${r2.error}`);
    valid(await exportData(page), 'the export after the imports');

    // Edits through the UI: the author, then phones and INN of «ТехноСтрой».
    assert.equal((await page.evaluate(id => window.cardApp.open(id, 'main'), CLIENT_ID)).ok, true);
    await waitLocate(page, 'Show changes', 10000);
    await editPhoneAndInnAs(page, { me: ME, phone: NEW_PHONE, inn: NEW_INN });

    let data;
    const edited = await pollUntil(async () => {
      data = await exportData(page);
      const mine = (data.history || []).filter(h => h.client_id === CLIENT_ID);
      return mine.some(h => h.field === 'inn') && mine.some(h => h.field === 'phones');
    }, { timeout: 8000, interval: 100 });
    if (!edited) await ctx.screenshot(page, 'stuck');
    assert.ok(edited, 'the edits reached the export as history entries');
    const text = await exportText(page);
    data = JSON.parse(text);
    valid(data, 'the whole export (cardApp.exportJson())');
    const counts = ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts', 'history']
      .map(c => `${c} ${(data[c] || []).length}`).join(', ');
    ctx.note(`whole export valid: ${text.length} chars; ${counts}`);
    for (const c of ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts', 'history']) {
      assert.ok((data[c] || []).length > 0, `the export has ${c} (so the schema's ${c} rules were exercised)`);
    }

    // File > Export this client (the card of «ТехноСтрой» is open).
    await click(page, 'File');
    const one = await downloads.expect(() => click(page, 'Export this client'));
    const oneData = JSON.parse(fs.readFileSync(one.file, 'utf8'));
    assert.ok((oneData.clients || []).some(c => c.id === CLIENT_ID), `${one.name} holds «ТехноСтрой»`);
    assert.ok((oneData.history || []).some(h => h.client_id === CLIENT_ID && h.field === 'inn'), `${one.name} holds its history`);
    valid(oneData, `the one-client export ${one.name}`);
    ctx.note(`one-client export valid: ${one.name}, clients ${oneData.clients.length}, history ${(oneData.history || []).length}`);

    // The check can fail: broken copies are refused where they are broken.
    const broken = [
      ['a client kind out of the enumeration', d => { d.clients[0].kind = 'corporation'; }, '/clients/0/kind', 'enum'],
      ['a client without its name', d => { delete d.clients[0].name; }, '/clients/0', 'required'],
      ['a contract without client_id', d => { delete d.contracts[0].client_id; }, '/contracts/0', 'required'],
      ['an interaction date that is no date', d => { d.interactions[0].at = '2026-02-30T10:00:00+03:00'; }, '/interactions/0/at', 'format'],
      ['a history entry with an unknown action', d => { d.history[0].action = 'renamed'; }, '/history/0/action', 'enum'],
      ['a file of another format', d => { d.format = 'other'; }, '/format', null],
      ['version as text', d => { d.version = '1'; }, '/version', 'const'],
    ];
    for (const [what, breakIt, where, keyword] of broken) {
      const copy = structuredClone(data);
      breakIt(copy);
      assert.equal(validate(copy), false, `ajv refuses ${what}`);
      const hit = validate.errors.some(e => e.instancePath.startsWith(where) && (!keyword || e.keyword === keyword));
      assert.ok(hit, `${what}: an error at ${where}${keyword ? ` (${keyword})` : ''}; got:\n${describe(validate.errors)}`);
    }
    ctx.note(`${broken.length} broken copies refused by the schema, each at its place`);

    // The schema and the app's import agree on what a moment is (the forms the app reads
    // besides the one it writes, and near misses), in a one-client file.
    const moments = ['2026-11-27T10:30:00+03:00', '2026-11-27T10:30+03:00', '2026-11-27 10:30:00,5+03:00',
      '2026-11-27t10:30:00.123Z', '2026-11-27T10:30:00-18:59', '2026-02-30T10:30:00+03:00', '2026-11-27T10:30:00',
      '2026-11-27T24:00:00Z', '2026-11-27T10:30Z+', '2026-11-27T10:30:00+19:00', '2026-11-27T10:60Z'];
    const disagree = [];
    for (const [i, m] of moments.entries()) {
      const doc = { format: 'client-card', version: 1, clients: [{ id: `cl-moment-${i}`, name: `Момент ${i}`, created_at: m }] };
      const app = await importJson(page, JSON.stringify(doc), 'merge');
      const schema = validate(doc);
      if (app.ok !== schema) disagree.push(`${m}: app ${app.ok ? 'accepts' : `refuses (${app.error})`}, schema ${schema ? 'accepts' : 'refuses'}`);
    }
    assert.deepEqual(disagree, [], 'the schema and the import agree on moments');
    ctx.note(`${moments.length} moment forms: the schema and the import agree`);
  },
};
