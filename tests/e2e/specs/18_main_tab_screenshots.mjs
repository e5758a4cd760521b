// The full Main tab of a rich client (tests/e2e/fixtures/rich.json: «ТехноСтрой») in
// English and Russian on a large screen: the top of both halves, then the client half
// scrolled down (contract, segmentation, software), a client with no contract in force
// (the red banner) and the employee directory. Photographs to look at, with checks that
// each section drew.
import assert from 'node:assert/strict';
import { readFixture } from '../lib/ui_flows.mjs';
import { sleep } from '../lib/page_tools.mjs';

const RICH = 'cl-technostroy';
const NO_CONTRACT = 'cl-severny-veter';

// Per language: widgets that must be drawn at the top of the card.
const EXPECT = {
  en: { top: ['Name', 'INN', 'Call', 'Incoming call', 'Meeting'], lower: ['Add contact'], directory: 'Employee directory…' },
  ru: { top: ['Наименование', 'ИНН', 'Звонок', 'Входящий звонок', 'Встреча'], lower: ['Добавить контакт'],
        directory: 'Справочник сотрудников…' },
};

export default {
  name: 'main_tab_screenshots',
  timeout: 180,
  async run(ctx) {
    const { importJson, waitLocate, locate, clickLabel, stats } = ctx.app;
    const text = readFixture(ctx, 'rich.json').text;
    for (const lang of ['en', 'ru']) {
      // A browser per language: a second page of the same profile would be the read-only
      // second tab until the first one's writer lock is released (Firefox is slow at that).
      const browser = await ctx.launch(ctx.newProfile());
      const page = await ctx.openApp(browser, { lang });
      await page.setViewport({ width: 1600, height: 1000 });
      assert.equal((await importJson(page, text, 'replace')).ok, true, 'fixture import');
      assert.equal((await page.evaluate(id => window.cardApp.open(id, 'main'), RICH)).ok, true, 'open the rich client');
      for (const label of EXPECT[lang].top) await waitLocate(page, label, 10000);
      await ctx.screenshot(page, `${lang}-top`);

      // Scroll the client half down in steps, photographing each screenful, until the
      // last section (software) has been seen.
      const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      let sawLower = false;
      for (let shot = 1; shot <= 4; shot++) {
        await page.mouse.move(box.w * 0.45, box.h * 0.6);
        for (let i = 0; i < 6; i++) { await page.mouse.wheel({ deltaY: 120 }); await sleep(60); }
        await sleep(300);
        for (const l of EXPECT[lang].lower) if (await locate(page, l)) sawLower = true;
        await ctx.screenshot(page, `${lang}-scrolled-${shot}`);
      }
      assert.ok(sawLower, `${lang}: scrolling the client half shows ${EXPECT[lang].lower.join(', ')}`);

      assert.equal((await page.evaluate(id => window.cardApp.open(id, 'main'), NO_CONTRACT)).ok, true);
      await sleep(300);
      assert.equal((await stats(page)).selectedClient, NO_CONTRACT);
      await ctx.screenshot(page, `${lang}-no-contract`);

      await clickLabel(page, lang === 'en' ? 'Employees' : 'Сотрудники');
      await clickLabel(page, EXPECT[lang].directory);
      await sleep(300);
      await ctx.screenshot(page, `${lang}-employee-directory`);
      await ctx.close(browser);
    }
  },
};
