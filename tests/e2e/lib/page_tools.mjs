// Helpers for the clipboard, idle, page-visibility and unload tests (specs 08-11 and 15): key
// chords, the system clipboard, IndexedDB as IDBFS stores it, polling.
import { waitFrames, settle } from './app.mjs';

export const sleep = ms => new Promise(f => setTimeout(f, ms));

/** Resolves with `p`, or rejects after `ms` with `what` in the message. */
export async function withTimeout(p, ms, what) {
  let timer;
  try {
    return await Promise.race([p, new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error(`${what}: no answer within ${ms} ms`)), ms);
    })]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls `fn` every `interval` ms until it returns a truthy value (returned) or `timeout`
 * ms passed (then returns the last value, falsy).
 */
export async function pollUntil(fn, { timeout = 5000, interval = 50 } = {}) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v || Date.now() - t0 >= timeout) return v;
    await sleep(interval);
  }
}

/** Ctrl+<key> with real keyboard events (like selectAll), then lets the app handle it. */
export async function pressCtrl(page, key) {
  await page.keyboard.down('Control');
  await waitFrames(page, 1);
  await page.keyboard.press(key);
  await waitFrames(page, 1);
  await page.keyboard.up('Control');
  await waitFrames(page, 2);
  await settle(page);
}

/** navigator.clipboard.readText() in the page: {ok, text} or {ok: false, error}. */
export const readSystemClipboard = page => page.evaluate(async () => {
  try {
    return { ok: true, text: await navigator.clipboard.readText() };
  } catch (e) {
    return { ok: false, error: String(e && e.message || e) };
  }
});

/**
 * Writes `text` to the system clipboard from the page with the browser's own
 * navigator.clipboard.writeText (the original one when a test wrapped it).
 */
export const writeSystemClipboard = (page, text) => page.evaluate(async t => {
  try {
    const write = window.__e2eOriginalWriteText || navigator.clipboard.writeText;
    await write.call(navigator.clipboard, t);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: String(e && e.message || e) };
  }
}, text);

/**
 * Whether the app's IndexedDB holds `needle` in one of its files. IDBFS (Emscripten)
 * keeps the mounted folder in the database named after the mount point ("/data"), one
 * record per path in the object store FILE_DATA, the file bytes in `contents`.
 * Read with a connection of our own, so it works while the app's page is hidden.
 */
export const idbContains = (page, needle, dbName = '/data') => page.evaluate((needleText, name) =>
  new Promise(resolve => {
    let req;
    try {
      req = indexedDB.open(name);
    } catch (e) {
      resolve({ ok: false, error: String(e) });
      return;
    }
    req.onerror = () => resolve({ ok: false, error: String(req.error) });
    req.onupgradeneeded = () => { /* the app has not created it yet */ };
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('FILE_DATA')) {
        db.close();
        resolve({ ok: true, found: false, files: 0 });
        return;
      }
      const files = [];
      const cursorReq = db.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA').openCursor();
      cursorReq.onerror = () => { db.close(); resolve({ ok: false, error: String(cursorReq.error) }); };
      cursorReq.onsuccess = e => {
        const c = e.target.result;
        if (!c) {
          db.close();
          resolve({ ok: true, found: files.some(f => f.hit), files: files.length, in: files.filter(f => f.hit).map(f => f.path) });
          return;
        }
        const v = c.value;
        const hit = !!(v && v.contents && new TextDecoder().decode(v.contents).includes(needleText));
        files.push({ path: String(c.key), hit });
        c.continue();
      };
    };
  }), needle, dbName);

/** Frames the app drew and requestAnimationFrame callbacks the page got during `ms`. */
export async function framesDuring(page, ms) {
  await page.evaluate(() => {
    window.__e2eRafs = 0;
    window.__e2eRafOn = true;
    (function tick() {
      if (!window.__e2eRafOn) return;
      window.__e2eRafs++;
      requestAnimationFrame(tick);
    })();
  });
  const f0 = await page.evaluate(() => window.cardApp.stats().frames);
  await sleep(ms);
  const [f1, rafs] = await page.evaluate(() => {
    window.__e2eRafOn = false;
    return [window.cardApp.stats().frames, window.__e2eRafs];
  });
  return { frames: f1 - f0, rafs };
}
