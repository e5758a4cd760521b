// A focused text field with no input redraws only for its caret: docs/ARCHITECTURE.md
// ("Frame loop") promises frames "twice a second while a text field is active (caret)"
// (src/main_web.cpp kActiveTextTickMs = 500). With "Website" active and no input for 1 s,
// the app may draw about 6 frames in 3 s (allowed: 8), far below the page's
// requestAnimationFrame rate; Escape leaves the field and the page is idle again.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { revealInClientHalf } from '../lib/ui_flows.mjs';
import { framesDuring, pollUntil, sleep } from '../lib/page_tools.mjs';

const WINDOW_MS = 3000;
const MAX_CARET_FRAMES = 8;  // 2 per second, plus one at each end

export default {
  name: 'active_field_redraw_rate',
  async run(ctx) {
    const { importJson, clickLabel, stats, saveState, settle } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixtureText, 'replace')).ok, true, 'fixture import');
    assert.equal(await pollUntil(async () => (await saveState(page)) === 'saved', { timeout: 10000 }), true, 'autosave done');
    await clickLabel(page, fixture.clients[0].name);
    await revealInClientHalf(page, 'Website');  // below the fold under the phones and e-mails
    await clickLabel(page, 'Website');
    const active = await stats(page);
    assert.notEqual(active.activeId, 0, `"Website" is active after the click: ${JSON.stringify(active)}`);

    await sleep(1000);
    const caret = await framesDuring(page, WINDOW_MS);
    ctx.note(`text field active, no input, ${WINDOW_MS} ms: ${caret.frames} frames drawn, ${caret.rafs} requestAnimationFrame callbacks`);
    assert.equal((await stats(page)).activeId, active.activeId, 'the field is still active');
    if (caret.frames > MAX_CARET_FRAMES) {
      ctx.softFail(`with a text field active and no input the app draws ${caret.frames} frames in ${WINDOW_MS} ms ` +
        `(${(caret.frames * 1000 / WINDOW_MS).toFixed(1)}/s, the page's rAF ran ${caret.rafs} times); ` +
        'docs/ARCHITECTURE.md promises twice a second for the caret');
      await ctx.screenshot(page, 'active');
    }
    assert.ok(caret.frames >= 2, `the caret still blinks: ${caret.frames} frames in ${WINDOW_MS} ms`);

    // Leaving the field: idle again.
    await page.keyboard.press('Escape');
    await settle(page);
    assert.equal(await pollUntil(async () => (await stats(page)).activeId === 0, { timeout: 3000 }), true, 'Escape leaves the field');
    await sleep(1500);
    const idle = await framesDuring(page, 2000);
    ctx.note(`after Escape, 2000 ms: ${idle.frames} frames`);
    if (idle.frames > 2) ctx.softFail(`after leaving the field the app keeps drawing: ${idle.frames} frames in 2000 ms`);
    const website = JSON.parse(await ctx.app.exportText(page)).clients.find(c => c.id === fixture.clients[0].id).website;
    assert.equal(website, fixture.clients[0].website, 'Escape without typing changed nothing');
  },
};
