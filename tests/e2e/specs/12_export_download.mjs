// File > Export JSON, clicked with the mouse, downloads client-card-YYYY-MM-DD.json (the
// page's local date) whose text is cardApp.exportJson() except for exported_at (and so is
// cardApp.exportBlob()'s, written in many small pieces); File >
// Export this client, with a client selected, downloads a file holding that client and its
// contacts, which imports (replace) into a fresh profile.
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import {
  readFixture, enableDownloads, localDate, stripExportedAt, withTimeout, letDraw, click,
} from '../lib/ui_flows.mjs';

const NAME = 'export_download';

export default {
  name: NAME,
  async run(ctx) {
    const { importJson, exportText, exportData, waitLocate, canonical, assertContains, stats } = ctx.app;
    const fixture = readFixture(ctx);
    const browser = await ctx.launch(ctx.newProfile());
    const downloads = await enableDownloads(ctx, browser, path.join(ctx.newProfile(), 'downloads'));
    ctx.note(`downloads through ${downloads.via}`);
    const page = await ctx.openApp(browser);
    const r0 = await importJson(page, fixture.text, 'replace');
    assert.equal(r0.ok, true, 'fixture import: ' + JSON.stringify(r0));

    // ---- File > Export JSON
    const dayBefore = await localDate(page);
    await click(page, 'File');
    const all = await downloads.expect(() => click(page, 'Export JSON'));
    const dayAfter = await localDate(page);
    const expectedText = await exportText(page);
    const days = [...new Set([dayBefore, dayAfter])];
    assert.ok(days.some(d => all.name === `client-card-${d}.json`),
      `file name "${all.name}" is client-card-<local date>.json (local date ${days.join(' or ')})`);
    if (all.suggested && all.suggested !== all.name) ctx.softFail(`suggested name "${all.suggested}" but saved as "${all.name}"`);
    const text = fs.readFileSync(all.file, 'utf8');
    const data = JSON.parse(text);
    assert.equal(data.format, 'client-card', 'downloaded file: format');
    assert.match(String(data.exported_at), /^\d{4}-\d\d-\d\dT/, 'downloaded file: exported_at is set');
    assert.ok(stripExportedAt(text) === stripExportedAt(expectedText),
      'the downloaded text equals cardApp.exportJson() except for exported_at');
    // And it is the fixture's data (nothing lost on the way to the file).
    assertContains(canonical(data), canonical(fixture.data));
    ctx.note(`Export JSON -> ${all.name} (${text.length} chars)`);
    // The API's Blob, written in pieces (256 bytes here: many of them), is the same text.
    const blob = await page.evaluate(async () => {
      const b = window.cardApp.exportBlob(256);
      return { type: b.type, text: await b.text(), json: window.cardApp.exportJson() };
    });
    assert.equal(blob.type, 'application/json', 'exportBlob(): its type');
    assert.ok(stripExportedAt(blob.text) === stripExportedAt(blob.json),
      'cardApp.exportBlob(256) is cardApp.exportJson() except for exported_at');
    // A piece the browser refuses (out of memory or disk: here a Blob that throws) fails the
    // export with the reason, and the menu's Export JSON says so instead of downloading.
    await page.evaluate(() => {
      window.__realBlob = window.Blob;
      window.Blob = function (parts, opts) {
        if (parts && parts[0] instanceof Uint8Array) throw new Error('QuotaExceededError (test)');
        return new window.__realBlob(parts, opts);
      };
    });
    const refused = await page.evaluate(() => { try { window.cardApp.exportBlob(); return 'exported'; } catch (e) { return e.message; } });
    assert.equal(refused, 'export failed: the browser refused the file (QuotaExceededError (test))', 'exportBlob() when a piece is refused');
    await click(page, 'File');
    await click(page, 'Export JSON');
    const notice = await page.waitForFunction(() => {
      const n = document.getElementById('notice');
      return n && !n.hidden && /could not be made/.test(n.textContent) && n.textContent;
    }, { timeout: 5000 }).then(h => h.jsonValue());
    assert.match(notice, /\(QuotaExceededError \(test\)\); nothing was downloaded/, 'the page says why nothing was downloaded');
    await page.evaluate(() => { window.Blob = window.__realBlob; document.getElementById('notice').hidden = true; });
    ctx.note(`a refused piece -> "${notice.trim()}"`);

    // ---- Select a client, File > Export this client
    const client = fixture.data.clients.find(c => c.id === 'cl-romashka') || fixture.data.clients[0];
    const ownContacts = fixture.data.contacts.filter(k => k.client_id === client.id);
    assert.ok(ownContacts.length > 0, 'the chosen fixture client has contacts');
    await click(page, client.name);
    await waitLocate(page, 'Name', 5000); // its card is open
    await click(page, 'File');
    const one = await downloads.expect(() => click(page, 'Export this client'));
    const day = await localDate(page);
    assert.ok(one.name.startsWith('client-card-') && one.name.endsWith(`-${day}.json`) && one.name !== all.name,
      `client file name "${one.name}" is client-card-<client>-<local date>.json`);
    ctx.note(`Export this client (${client.name}) -> ${one.name}`);
    const oneText = fs.readFileSync(one.file, 'utf8');
    const oneData = JSON.parse(oneText);
    const full = await exportData(page);
    const inFile = (oneData.clients || []).find(c => c.id === client.id);
    assert.ok(inFile, `the file holds client ${client.id}; clients in it: ${(oneData.clients || []).map(c => c.id).join(', ')}`);
    assert.deepEqual(inFile, full.clients.find(c => c.id === client.id), 'the client record equals the store\'s');
    for (const k of full.contacts.filter(x => x.client_id === client.id)) {
      assert.deepEqual((oneData.contacts || []).find(x => x.id === k.id), k, `contact ${k.id} of the client is in the file, equal to the store's`);
    }
    for (const c of ['interactions', 'interests', 'contracts']) {
      const own = full[c].filter(x => x.client_id === client.id).map(x => x.id).sort();
      const got = (oneData[c] || []).filter(x => x.client_id === client.id).map(x => x.id).sort();
      if (JSON.stringify(own) !== JSON.stringify(got)) ctx.softFail(`${c} of ${client.id}: store ${own.join(',')}, file ${got.join(',')}`);
    }
    ctx.note(`client file counts: ${['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts']
      .map(c => `${c} ${(oneData[c] || []).length}`).join(', ')}`);
    await letDraw(page);
    await ctx.screenshot(page, 'client-exported');

    // ---- The client's file imports into a fresh profile.
    const b2 = await ctx.launch(ctx.newProfile());
    const p2 = await ctx.openApp(b2);
    assert.equal((await stats(p2)).clients, 0, 'the fresh profile starts empty');
    const r2 = await withTimeout(importJson(p2, oneText, 'replace'), 10000, 'importJson in the fresh profile');
    assert.equal(r2.ok, true, 'the client file imports (replace) into a fresh profile: ' + JSON.stringify(r2));
    const fresh = await exportData(p2);
    assert.deepEqual(fresh.clients.find(c => c.id === client.id), inFile, 'the client is in the fresh store as in the file');
    assert.deepEqual(fresh.contacts.filter(k => k.client_id === client.id).map(k => k.id).sort(),
      ownContacts.map(k => k.id).sort(), 'its contacts are in the fresh store');
    assertContains(canonical(fresh), canonical(oneData));
  },
};
