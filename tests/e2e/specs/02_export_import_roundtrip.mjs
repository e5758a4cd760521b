// Export -> import into a fresh profile -> export again gives the same JSON (except
// exported_at), and the imported fixture's data is all there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

export default {
  name: 'export_import_roundtrip',
  async run(ctx) {
    const { importJson, exportText, stats, withoutExportedAt, canonical, idOrder, assertContains, flush, waitReady } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);

    const b1 = await ctx.launch(ctx.newProfile());
    const p1 = await ctx.openApp(b1);
    const r1 = await importJson(p1, fixtureText, 'replace');
    assert.equal(r1.ok, true, 'fixture import: ' + JSON.stringify(r1));
    const s1 = await stats(p1);
    for (const c of ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts']) {
      assert.equal(s1[c], fixture[c].length, `stats().${c} after importing the fixture`);
    }
    const export1 = await exportText(p1);
    const data1 = JSON.parse(export1);
    assert.equal(data1.format, 'client-card');
    assert.equal(data1.version, 1);
    assert.match(String(data1.exported_at), /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, 'exported_at is ISO 8601 with offset');
    // Every field of the fixture comes back unchanged (the app may add fields with defaults).
    assertContains(withoutExportedAt(data1), withoutExportedAt(fixture));
    await flush(p1);
    await ctx.close(b1);

    const b2 = await ctx.launch(ctx.newProfile());
    const p2 = await ctx.openApp(b2);
    assert.equal((await stats(p2)).clients, 0, 'fresh profile starts empty');
    const r2 = await importJson(p2, export1, 'replace');
    assert.equal(r2.ok, true, 'import of the export: ' + JSON.stringify(r2));
    const export2 = await exportText(p2);
    const data2 = JSON.parse(export2);
    assert.deepEqual(withoutExportedAt(data2), withoutExportedAt(data1), 'second export equals the first (modulo exported_at)');
    // Byte for byte too: the export is deterministic.
    const strip = t => t.replace(/"exported_at"\s*:\s*"[^"]*"/, '"exported_at":""');
    assert.ok(strip(export2) === strip(export1), 'second export text equals the first (modulo exported_at)');
    await ctx.screenshot(p2, 'imported');

    // And the imported data survives IndexedDB: flush, reload, every field is still there.
    assert.equal(await flush(p2), 'saved');
    await p2.reload({ waitUntil: 'load' });
    await waitReady(p2);
    const export3 = await exportText(p2);
    const data3 = JSON.parse(export3);
    assert.deepEqual(canonical(data3), canonical(data1), 'after a reload the store holds the same data');
    if (strip(export3) !== strip(export1)) {
      ctx.note(`export after reload differs from the export before only in record order: before [${idOrder(data1)}] after [${idOrder(data3)}]`);
    }
  },
};
