// The clipboard in both directions, with real Ctrl+V / Ctrl+C key presses in the card's
// text fields:
//  (a1) a DOM `paste` event (a ClipboardEvent carrying a DataTransfer, dispatched on
//       document) followed by Ctrl+V pastes its text into "Website";
//  (b)  Ctrl+C in "INN" hands the INN to navigator.clipboard.writeText (wrapped before the
//       page loads to record it) and it reaches the browser's real clipboard (read back);
//  (a2) text put on the browser's real clipboard (navigator.clipboard.writeText, not the
//       app) arrives with the browser's own paste event on Ctrl+V, although the app's own
//       clipboard still holds the copied INN.
// Chromium gets clipboard-read/-write through CDP permissions; in Firefox, puppeteer's
// WebDriver BiDi evaluations carry user activation, which its clipboard API asks for.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { revealInClientHalf } from '../lib/ui_flows.mjs';
import { pressCtrl, readSystemClipboard, writeSystemClipboard, pollUntil } from '../lib/page_tools.mjs';

const SYNTHETIC_TEXT = 'https://пример.рф';
const SYSTEM_TEXT = 'https://пример.рф/контакты?from=clipboard';

export default {
  name: 'clipboard_both_ways',
  async run(ctx) {
    const { importJson, clickLabel, selectAll, exportData, assertContains, waitFrames, settle } = ctx.app;
    const fixtureText = fs.readFileSync(path.join(ctx.fixturesDir, 'sample.json'), 'utf8');
    const fixture = JSON.parse(fixtureText);
    const client = fixture.clients[0];
    const clientNow = async page => (await exportData(page)).clients.find(c => c.id === client.id);

    const browser = await ctx.launch(ctx.newProfile());
    if (ctx.browserName === 'chromium') {
      await browser.defaultBrowserContext().overridePermissions(ctx.origin,
        ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    }
    const page = await ctx.newPage(browser);
    // Before any script of the page: record what reaches navigator.clipboard.writeText
    // (and still write it), and every paste event document sees.
    await page.evaluateOnNewDocument(() => {
      window.__e2eWrites = [];
      window.__e2ePastes = [];
      const cb = navigator.clipboard;
      if (cb && cb.writeText) {
        const original = cb.writeText;
        window.__e2eOriginalWriteText = original;
        cb.writeText = function (text) {
          window.__e2eWrites.push(String(text));
          return original.call(this, text);
        };
      }
      document.addEventListener('paste', e => {
        window.__e2ePastes.push({ trusted: e.isTrusted, text: e.clipboardData ? e.clipboardData.getData('text/plain') : null });
      }, true);
    });
    await ctx.app.openApp(page, ctx.origin);
    assert.equal((await importJson(page, fixtureText, 'replace')).ok, true, 'fixture import');
    await clickLabel(page, client.name);

    // An empty system clipboard, so that the browser's own paste event on Ctrl+V carries
    // nothing (the app then keeps the text of the dispatched event).
    const cleared = await writeSystemClipboard(page, '');
    if (!cleared.ok) ctx.note(`could not empty the system clipboard: ${cleared.error}`);

    // (a1) DOM paste event, then a real Ctrl+V in "Website".
    await revealInClientHalf(page, 'Website');  // below the fold under the phones and e-mails
    await clickLabel(page, 'Website');
    await selectAll(page);
    // Standard: a DataTransfer in ClipboardEventInit (Chromium). Gecko ignores its data
    // (a synthetic paste reads "": bugzilla 1654724) but still takes the init members of
    // an older draft, dataType and data, which it puts into the event's own DataTransfer.
    const carried = await page.evaluate(text => {
      const dispatch = init => {
        let seen = null;  // read during dispatch: afterwards the DataTransfer is protected
        const probe = e => { seen = e.clipboardData ? e.clipboardData.getData('text/plain') : null; };
        document.addEventListener('paste', probe, true);
        try {
          document.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, ...init }));
        } finally {
          document.removeEventListener('paste', probe, true);
        }
        return seen;
      };
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      const standard = dispatch({ clipboardData: dt });
      if (standard === text) return { how: 'clipboardData: DataTransfer', text: standard };
      return { how: 'dataType/data (after clipboardData gave ' + JSON.stringify(standard) + ')',
        text: dispatch({ dataType: 'text/plain', data: text }) };
    }, SYNTHETIC_TEXT);
    assert.equal(carried.text, SYNTHETIC_TEXT, `a dispatched ClipboardEvent('paste') carries the text to listeners (${carried.how})`);
    if (carried.how !== 'clipboardData: DataTransfer') ctx.note(`paste event built with ${carried.how}`);
    await pressCtrl(page, 'v');
    let website = await pollUntil(async () => {
      const w = (await clientNow(page)).website;
      return w === SYNTHETIC_TEXT ? w : null;
    }, { timeout: 5000 }) || (await clientNow(page)).website;
    if (website !== SYNTHETIC_TEXT) {
      ctx.softFail(`(a1) paste event + Ctrl+V: website is ${JSON.stringify(website)}, expected ${JSON.stringify(SYNTHETIC_TEXT)}; ` +
        `paste events seen: ${JSON.stringify(await page.evaluate(() => window.__e2ePastes))}`);
      await ctx.screenshot(page, 'a1-paste');
    }

    // (b) Ctrl+C in "INN": recorded by the writeText wrapper, and on the real clipboard.
    await revealInClientHalf(page, 'INN', { up: true });  // above the fold again after Website
    await clickLabel(page, 'INN');
    await selectAll(page);
    const writesBefore = (await page.evaluate(() => window.__e2eWrites)).length;
    await pressCtrl(page, 'c');
    const writes = await pollUntil(async () => {
      const w = await page.evaluate(() => window.__e2eWrites);
      return w.length > writesBefore ? w : null;
    }, { timeout: 5000 }) || await page.evaluate(() => window.__e2eWrites);
    assert.deepEqual(writes.slice(writesBefore), [client.inn],
      `Ctrl+C in "INN" calls navigator.clipboard.writeText once with the INN (all calls: ${JSON.stringify(writes)})`);
    const readBack = await pollUntil(async () => {
      const r = await readSystemClipboard(page);
      return !r.ok || r.text === client.inn ? r : null;
    }, { timeout: 3000 }) || await readSystemClipboard(page);
    if (!readBack.ok) ctx.note(`system clipboard not readable here (${readBack.error}): checked the writeText call only`);
    else assert.equal(readBack.text, client.inn, 'the system clipboard holds the INN after Ctrl+C');

    // (a2) Text put on the real clipboard by the browser, pasted with a real Ctrl+V. The
    // app's own clipboard buffer holds the INN now, so only the browser's paste event can
    // bring this text.
    const put = await writeSystemClipboard(page, SYSTEM_TEXT);
    if (!put.ok) {
      ctx.note(`(a2) skipped: navigator.clipboard.writeText refused in the page: ${put.error}`);
    } else {
      await revealInClientHalf(page, 'Website');
      await clickLabel(page, 'Website');
      await selectAll(page);
      await pressCtrl(page, 'v');
      website = await pollUntil(async () => {
        const w = (await clientNow(page)).website;
        return w === SYSTEM_TEXT ? w : null;
      }, { timeout: 5000 }) || (await clientNow(page)).website;
      const pastes = await page.evaluate(() => window.__e2ePastes);
      if (website !== SYSTEM_TEXT) {
        ctx.softFail(`(a2) real clipboard + Ctrl+V: website is ${JSON.stringify(website)}, expected ${JSON.stringify(SYSTEM_TEXT)}; ` +
          `paste events seen: ${JSON.stringify(pastes)}`);
      } else if (!pastes.some(p => p.trusted && p.text === SYSTEM_TEXT)) {
        ctx.note(`(a2) pasted, but no trusted paste event with the text was seen: ${JSON.stringify(pastes)}`);
      }
    }
    await waitFrames(page, 2);
    await settle(page);
    await ctx.screenshot(page, 'pasted');

    // Only the website of that client changed; the INN copy changed nothing.
    const expected = JSON.parse(fixtureText);
    expected.clients[0].website = put.ok ? SYSTEM_TEXT : SYNTHETIC_TEXT;
    delete expected.exported_at;
    assertContains(await exportData(page), expected);
  },
};
