// A broken import (missing required field, not JSON at all) is rejected whole with a
// message naming the record and field, through the API and through File -> Import JSON…;
// the store stays exactly as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { importThroughUi } from '../lib/ui_flows.mjs';

const MISSING_NAME = '{"format":"client-card","version":1,"clients":[{"id":"x"}]}';
const NOT_JSON = 'this is not JSON {"format":"client-card",';

function assertRejected(r, what) {
  assert.ok(r && typeof r === 'object', `${what}: importJson returns an object, got ${JSON.stringify(r)}`);
  assert.equal(r.ok, false, `${what}: ok is false (${JSON.stringify(r)})`);
  assert.ok(typeof r.error === 'string' && r.error.trim().length > 0, `${what}: error message is set (${JSON.stringify(r)})`);
  if (typeof r.added === 'number') assert.equal(r.added, 0, `${what}: added`);
  if (typeof r.updated === 'number') assert.equal(r.updated, 0, `${what}: updated`);
}

export default {
  name: 'broken_file_rejected',
  async run(ctx) {
    const { importJson, exportData, canonical, flush, clickLabel, waitFrames, waitLocate, locate } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixtureText, 'replace')).ok, true, 'fixture import');
    await flush(page);
    const before = canonical(await exportData(page));

    const r1 = await importJson(page, MISSING_NAME, 'merge');
    assertRejected(r1, 'client without name');
    assert.match(r1.error, /name/, `error names the field: "${r1.error}"`);
    assert.ok(/client/i.test(r1.error) || /\bx\b/.test(r1.error), `error names the record (clients / id x): "${r1.error}"`);
    ctx.note(`missing name -> "${r1.error}"`);
    assert.deepEqual(canonical(await exportData(page)), before, 'store unchanged after the rejected merge');

    const r2 = await importJson(page, NOT_JSON, 'merge');
    assertRejected(r2, 'not JSON');
    assert.match(r2.error, /json/i, `error says it is not JSON: "${r2.error}"`);
    ctx.note(`not JSON -> "${r2.error}"`);
    assert.deepEqual(canonical(await exportData(page)), before, 'store unchanged after the non-JSON import');

    const r3 = await importJson(page, MISSING_NAME, 'replace');
    assertRejected(r3, 'client without name, replace mode');
    assert.deepEqual(canonical(await exportData(page)), before, 'store unchanged after the rejected replace');

    // The same through the UI: File -> Import JSON… -> the file chooser the app opens.
    const file = path.join(ctx.newProfile(), 'broken-client.json');
    fs.writeFileSync(file, MISSING_NAME);
    const route = await importThroughUi(page, file);
    ctx.note(`UI import through ${route}`);
    // The import dialog shows the rejection; "Apply" is absent or does nothing.
    await waitLocate(page, 'Cancel', 15000);
    for (let i = 0; i < 3; i++) await waitFrames(page, 2, 500);
    await ctx.screenshot(page, 'message');
    assert.deepEqual(canonical(await exportData(page)), before, 'store unchanged after the rejected UI import');
    if (await locate(page, 'Apply')) {
      await clickLabel(page, 'Apply');
      assert.deepEqual(canonical(await exportData(page)), before, 'store unchanged after clicking "Apply" on a rejected file');
      assert.ok(await locate(page, 'Cancel'), 'the dialog stays open after "Apply" on a rejected file');
    }
    await clickLabel(page, 'Cancel');
    assert.deepEqual(canonical(await exportData(page)), before, 'store unchanged after Cancel');
    assert.equal(await flush(page), 'saved');
  },
};
