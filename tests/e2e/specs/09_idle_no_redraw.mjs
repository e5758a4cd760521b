// An idle page draws nothing (docs/ARCHITECTURE.md "Frame loop": frames only after
// input, an async completion or a save-state change; none when idle): with data shown,
// saved, no widget active (no caret to blink) and no input for 1.5 s, stats().frames
// stays put for 3 s while the page's requestAnimationFrame keeps running; a mouse move
// makes the app draw again, and it goes idle again afterwards.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { framesDuring, pollUntil, sleep } from '../lib/page_tools.mjs';

const SETTLE_MS = 1500;
const IDLE_MS = 3000;
const MAX_IDLE_FRAMES = 2;

export default {
  name: 'idle_no_redraw',
  async run(ctx) {
    const { importJson, stats, saveState, waitLocate } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser);
    assert.equal((await importJson(page, fixtureText, 'replace')).ok, true, 'fixture import');
    // Autosave changes the status bar (unsaved -> saving -> saved): let that finish.
    assert.equal(await pollUntil(async () => (await saveState(page)) === 'saved', { timeout: 10000 }), true,
      `autosave after the import: saveState() is "${await saveState(page)}"`);
    const listItem = await waitLocate(page, fixture.clients[1].name, 5000);

    const s = await stats(page);
    assert.equal(s.activeId, 0, `no widget is active (no text field with a blinking caret): ${JSON.stringify(s)}`);
    assert.equal(await page.evaluate(() => document.visibilityState), 'visible', 'the page is visible');
    await sleep(SETTLE_MS);
    const idle = await framesDuring(page, IDLE_MS);
    ctx.note(`idle ${IDLE_MS} ms: ${idle.frames} frames drawn, ${idle.rafs} requestAnimationFrame callbacks`);
    assert.ok(idle.rafs >= 10, `the page's requestAnimationFrame runs (${idle.rafs} callbacks in ${IDLE_MS} ms), so an idle app could draw`);
    if (idle.frames > MAX_IDLE_FRAMES) {
      ctx.softFail(`idle page redraws: ${idle.frames} frames in ${IDLE_MS} ms without input (at most ${MAX_IDLE_FRAMES} expected); stats: ${JSON.stringify(await stats(page))}`);
    }

    // A real mouse move (over a client in the list: hover changes what is drawn) wakes it.
    const before = (await stats(page)).frames;
    await page.mouse.move(listItem.x + listItem.w / 2, listItem.y + listItem.h / 2, { steps: 3 });
    const woke = await pollUntil(async () => (await stats(page)).frames - before, { timeout: 3000, interval: 20 });
    assert.ok(woke > 0, 'a mouse move makes the app draw again');
    ctx.note(`a mouse move drew ${woke} frame(s)`);

    // And it goes idle again (the mouse stays over the list item).
    await sleep(SETTLE_MS);
    const again = await framesDuring(page, 2000);
    if (again.frames > MAX_IDLE_FRAMES) {
      ctx.softFail(`after the mouse move the app keeps drawing: ${again.frames} frames in 2000 ms (rAF ${again.rafs})`);
    }
    await ctx.screenshot(page, 'idle');
  },
};
