// On a high-DPI screen (devicePixelRatio 2) locate() still answers in CSS pixels, so real
// clicks and typing land on the right widgets; the screenshot shows whether text is crisp.
import assert from 'node:assert/strict';
import { VIEWPORT } from '../lib/browsers.mjs';

export default {
  name: 'hidpi_click',
  async run(ctx) {
    const { clickLabel, selectAll, typeText, exportData, stats, waitLocate, openApp } = ctx.app;
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.newPage(browser);
    await page.setViewport({ ...VIEWPORT, deviceScaleFactor: 2 });
    await openApp(page, ctx.origin);
    assert.equal(await page.evaluate(() => window.devicePixelRatio), 2, 'devicePixelRatio');
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      const r = c.getBoundingClientRect();
      return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
    });
    assert.ok(Math.abs(canvas.w - 2 * canvas.cssW) <= 2 && Math.abs(canvas.h - 2 * canvas.cssH) <= 2,
      `canvas backing store is 2x its CSS size: ${JSON.stringify(canvas)}`);
    const r = await waitLocate(page, 'New client');
    assert.ok(r.x + r.w <= canvas.cssW && r.y + r.h <= canvas.cssH, `locate() is in CSS pixels: ${JSON.stringify(r)}`);
    const before = await stats(page);
    await clickLabel(page, 'New client');
    assert.equal((await stats(page)).clients, before.clients + 1, 'the click at the located place hit "New client"');
    await clickLabel(page, 'Name');
    await selectAll(page);
    await typeText(page, 'Чёткий текст');
    assert.ok((await exportData(page)).clients.some(c => c.name === 'Чёткий текст'), 'typed name stored');
    await ctx.screenshot(page, 'dpr2');
  },
};
