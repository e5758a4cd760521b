// Without WebGL2, without IndexedDB, or when the app's files do not load, the page says
// so in plain HTML (#message) instead of a blank canvas or an uncaught error.
import assert from 'node:assert/strict';
import path from 'node:path';

/** The text of the first visible element among `ids` (plain-HTML boxes), waiting for one. */
async function htmlText(page, ids, timeout = 30000) {
  const h = await page.waitForFunction(list => {
    for (const id of list) {
      const m = document.getElementById(id);
      if (!m || m.hidden || !m.textContent.trim() || m.getClientRects().length === 0) continue;
      const cs = getComputedStyle(m);
      if (cs.display !== 'none' && cs.visibility !== 'hidden') return m.textContent.trim();
    }
    return false;
  }, { polling: 100, timeout }, ids);
  const text = await h.jsonValue();
  await h.dispose().catch(() => {});
  return text;
}

const messageText = (page, timeout) => htmlText(page, ['message'], timeout);

export default {
  name: 'startup_failures',
  async run(ctx) {
    const browser = await ctx.launch(ctx.newProfile());

    // 1. No WebGL2 (as with hardware acceleration turned off).
    const noGl = await ctx.newPage(browser);
    await noGl.evaluateOnNewDocument(() => {
      const orig = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return /^(webgl2|experimental-webgl2)$/.test(type) ? null : orig.call(this, type, ...rest);
      };
      delete window.WebGL2RenderingContext;
    });
    await noGl.goto(`${ctx.origin}/?lang=en`, { waitUntil: 'load' });
    const t1 = await messageText(noGl).catch(e => { throw new Error(`no WebGL2: #message not shown (${e.message})`); });
    assert.match(t1, /WebGL/i, `no WebGL2: the message says why: "${t1}"`);
    ctx.note(`no WebGL2 -> "${t1}"`);
    await ctx.screenshot(noGl, 'no-webgl2');
    await noGl.close();

    // 2. One of the app's files does not load (network error).
    for (const file of ['app.js', 'app.data', 'app.wasm']) {
      const page = await ctx.newPage(browser, { allowPageErrors: true });
      await page.setRequestInterception(true);
      const re = new RegExp(`/${file.replace('.', '\\.')}(\\?|$)`);
      page.on('request', r => (re.test(r.url()) ? r.abort() : r.continue()).catch(() => {}));
      await page.goto(`${ctx.origin}/?lang=en`, { waitUntil: 'load' });
      const text = await messageText(page, 15000).catch(() => null);
      if (text) ctx.note(`${file} not loading -> "${text}"`);
      else ctx.softFail(`${file} not loading: no #message within 15 s (the page stays as in ${path.relative(process.cwd(), await ctx.screenshot(page, 'no-' + file.replace('.', '-')))})`);
      await page.close();
    }

    // 3. No IndexedDB (as in some private modes): the app may run from memory, but the
    // page must say so in plain HTML (#message or #notice), and never claim "saved".
    const noIdb = await ctx.newPage(browser, { allowPageErrors: true });
    await noIdb.evaluateOnNewDocument(() => {
      Object.defineProperty(window, 'indexedDB', { get() { return undefined; }, configurable: true });
    });
    await noIdb.goto(`${ctx.origin}/?lang=en`, { waitUntil: 'load' });
    const t3 = await htmlText(noIdb, ['message', 'notice'], 20000).catch(() => null);
    await ctx.screenshot(noIdb, 'no-indexeddb');
    if (!t3) {
      ctx.softFail('no IndexedDB: neither #message nor #notice shown within 20 s');
    } else {
      assert.match(t3, /IndexedDB|storage/i, `no IndexedDB: the message says why: "${t3}"`);
      ctx.note(`no IndexedDB -> "${t3}"`);
      const running = await noIdb.evaluate(() => !!window.cardApp && window.cardApp.ready.then(() => true)).catch(() => false);
      if (running) {
        const r = await ctx.app.importJson(noIdb, JSON.stringify({ format: 'client-card', version: 1, clients: [{ id: 'm', name: 'В памяти' }] }), 'merge');
        await ctx.app.waitFrames(noIdb, 2);
        const state = await ctx.app.saveState(noIdb);
        ctx.note(`no IndexedDB, after a change: importJson ok=${r.ok}, saveState()="${state}"`);
        if (r.ok && state === 'saved') {
          ctx.softFail(`no IndexedDB: after a change saveState() is "saved" (the status bar says "saved") though nothing can be stored; see ${path.relative(process.cwd(), await ctx.screenshot(noIdb, 'no-indexeddb-after-change'))}`);
        }
      }
    }
  },
};
