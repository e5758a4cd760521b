// Helpers that drive the app through window.cardApp (see README "Automation API") and
// through real mouse and keyboard events at the places cardApp.locate() reports.
import assert from 'node:assert/strict';

/** Waits until cardApp.ready resolved, or fails fast with the page's #message text. */
export async function waitReady(page, timeout = 45000) {
  let handle;
  try {
    handle = await page.waitForFunction(() => {
      const m = document.getElementById('message');
      if (m && !m.hidden && m.textContent.trim() && m.getClientRects().length > 0) {
        const cs = getComputedStyle(m);
        if (cs.display !== 'none' && cs.visibility !== 'hidden') return { error: '#message: ' + m.textContent.trim() };
      }
      const app = window.cardApp;
      if (app && app.ready && !window.__e2eHooked) {
        window.__e2eHooked = true;
        Promise.resolve(app.ready).then(() => { window.__e2eReady = true; },
          e => { window.__e2eReadyError = String(e && e.message || e); });
      }
      if (window.__e2eReadyError) return { error: 'cardApp.ready rejected: ' + window.__e2eReadyError };
      if (window.__e2eReady) return { ok: true };
      return false;
    }, { polling: 100, timeout });
  } catch (e) {
    const diag = await page.evaluate(() => ({
      hasCardApp: typeof window.cardApp,
      message: document.getElementById('message')?.textContent?.trim() || '',
    })).catch(() => ({}));
    throw new Error(`app not ready after ${timeout} ms (cardApp: ${diag.hasCardApp}, #message: "${diag.message}"): ${e.message}`);
  }
  const v = await handle.jsonValue();
  await handle.dispose().catch(() => {});
  if (v.error) throw new Error(v.error);
}

export async function openApp(page, origin, { lang = 'en', timeout = 45000 } = {}) {
  await page.goto(`${origin}/?lang=${lang}`, { waitUntil: 'load', timeout });
  await waitReady(page, timeout);
}

export const stats = page => page.evaluate(() => window.cardApp.stats());
export const exportText = page => page.evaluate(() => window.cardApp.exportJson());
export const exportData = async page => JSON.parse(await exportText(page));
export const importJson = (page, text, mode) =>
  page.evaluate((t, m) => window.cardApp.importJson(t, m), text, mode);
export const readOnly = page => page.evaluate(() => window.cardApp.readOnly);
export const saveState = page => page.evaluate(() => window.cardApp.saveState());
export const locate = (page, label) => page.evaluate(l => window.cardApp.locate(l), label);

/** Resolves when cardApp.flush() resolved (the data is in IndexedDB). */
export async function flush(page, timeout = 20000) {
  let timer;
  try {
    await Promise.race([
      page.evaluate(() => Promise.resolve(window.cardApp.flush()).then(() => true)),
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`cardApp.flush() not resolved after ${timeout} ms`)), timeout); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return saveState(page);
}

/**
 * Waits until the app has drawn `n` more frames. The app does not redraw when idle, so
 * this is a soft wait: when no frame comes within `timeout` ms it just returns false.
 */
export async function waitFrames(page, n = 2, timeout = 2000) {
  const start = await page.evaluate(() => window.cardApp.stats().frames);
  try {
    const h = await page.waitForFunction((s, k) => window.cardApp.stats().frames >= s + k,
      { polling: 20, timeout }, start, n);
    await h.dispose().catch(() => {});
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until the app has handled the input sent so far. The app keeps drawing while
 * ImGui's input queue holds events (typed characters interleaved with key events are
 * trickled, about one per frame). When stats() reports `inputQueue` (the queue's length),
 * wait for 0 plus one frame; otherwise wait until no frame came for `quietMs`, at most
 * `timeout` ms (a focused text field redraws for its blinking cursor, so that wait can
 * run to the end: soft, returns false).
 */
export async function settle(page, { quietMs = 250, timeout = 1500 } = {}) {
  const t0 = Date.now();
  const first = await page.evaluate(() => window.cardApp.stats());
  if (typeof first.inputQueue === 'number') {
    while (Date.now() - t0 < 10000) {
      if ((await page.evaluate(() => window.cardApp.stats().inputQueue)) === 0) return waitFrames(page, 1);
      await new Promise(f => setTimeout(f, 20));
    }
    return false;
  }
  let last = first.frames;
  let since = Date.now();
  while (Date.now() - t0 < timeout) {
    await new Promise(f => setTimeout(f, 40));
    const now = await page.evaluate(() => window.cardApp.stats().frames);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return true;
    }
  }
  return false;
}

/** Polls cardApp.locate(label) until the widget was drawn; throws after `timeout` ms. */
export async function waitLocate(page, label, timeout = 15000) {
  const t0 = Date.now();
  for (;;) {
    const r = await locate(page, label);
    if (r && r.w > 0 && r.h > 0) return r;
    if (Date.now() - t0 > timeout) throw new Error(`widget "${label}" not drawn within ${timeout} ms (locate -> ${JSON.stringify(r)})`);
    await new Promise(f => setTimeout(f, 100));
  }
}

/** Waits (soft) until the frame counter reached `target`; true when it did. */
async function framesReach(page, target, timeout) {
  try {
    const h = await page.waitForFunction(t => window.cardApp.stats().frames >= t, { polling: 20, timeout }, target);
    await h.dispose().catch(() => {});
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `action` (a mouse or key event) and waits until the app drew `n` frames after it.
 * The frame count is read before the action: the app draws a few frames after each
 * event and then goes idle, so a count taken after the action returned can miss them all
 * (a wait would then run to its timeout). Soft: returns false when the frames did not come.
 */
export async function afterFrames(page, action, n = 1, timeout = 2000) {
  const f0 = await page.evaluate(() => window.cardApp.stats().frames);
  await action();
  return framesReach(page, f0 + n, timeout);
}

/** Clicks the centre of the widget labelled `label` with real mouse events. */
export async function clickLabel(page, label, { timeout = 15000 } = {}) {
  const r = await waitLocate(page, label, timeout);
  // locate() answers from the canvas's top-left corner (README); the canvas fills the page,
  // but add its offset anyway.
  const off = await page.evaluate(() => {
    const c = document.getElementById('canvas').getBoundingClientRect();
    return { x: c.left, y: c.top };
  });
  const x = off.x + r.x + r.w / 2;
  const y = off.y + r.y + r.h / 2;
  await afterFrames(page, () => page.mouse.move(x, y), 1);
  await afterFrames(page, () => page.mouse.down(), 1);
  // The app draws at least 3 frames after an event (kFramesAfterEvent in main_web.cpp).
  await afterFrames(page, () => page.mouse.up(), 3);
  await settle(page);
  return r;
}

// Russian ЙЦУКЕН layout: Cyrillic letter -> [code, windowsVirtualKeyCode] of its physical key.
const JCUKEN = {};
[['й', 'KeyQ'], ['ц', 'KeyW'], ['у', 'KeyE'], ['к', 'KeyR'], ['е', 'KeyT'], ['н', 'KeyY'], ['г', 'KeyU'],
  ['ш', 'KeyI'], ['щ', 'KeyO'], ['з', 'KeyP'], ['х', 'BracketLeft', 219], ['ъ', 'BracketRight', 221],
  ['ф', 'KeyA'], ['ы', 'KeyS'], ['в', 'KeyD'], ['а', 'KeyF'], ['п', 'KeyG'], ['р', 'KeyH'], ['о', 'KeyJ'],
  ['л', 'KeyK'], ['д', 'KeyL'], ['ж', 'Semicolon', 186], ['э', 'Quote', 222], ['я', 'KeyZ'], ['ч', 'KeyX'],
  ['с', 'KeyC'], ['м', 'KeyV'], ['и', 'KeyB'], ['т', 'KeyN'], ['ь', 'KeyM'], ['б', 'Comma', 188],
  ['ю', 'Period', 190], ['ё', 'Backquote', 192]].forEach(([ch, code, vk]) => {
  const keyCode = vk || code.charCodeAt(3);
  JCUKEN[ch] = { code, keyCode, shift: false };
  JCUKEN[ch.toUpperCase()] = { code, keyCode, shift: true };
});

async function isFirefox(page) {
  if (page.__e2eIsFirefox === undefined) page.__e2eIsFirefox = /firefox/i.test(await page.browser().version());
  return page.__e2eIsFirefox;
}

/**
 * Types `text` with real keyboard events, then lets the app draw.
 *
 * Firefox (WebDriver BiDi): page.keyboard.type() as is; every character arrives as
 * keydown + keypress (with its charCode) + keyup, which is what GLFW listens to.
 *
 * Chromium (CDP): page.keyboard.type() sends characters that are not on the US layout
 * (Cyrillic, «, », №) with Input.insertText, which fires no keydown/keypress on a page
 * whose focus is a canvas, so GLFW's character callback never sees them. For those we
 * send what a Russian keyboard sends: Input.dispatchKeyEvent keyDown with the physical
 * key (ЙЦУКЕН) and the text, which Chromium turns into keydown + keypress, then keyUp.
 */
export async function typeText(page, text, { delay = 15 } = {}) {
  if (await isFirefox(page)) {
    await page.keyboard.type(text, { delay });
  } else {
    let cdp = null;
    try {
      for (const ch of text) {
        const usKey = ch.length === 1 && ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) < 0x7f;
        if (usKey) {
          await page.keyboard.type(ch);
        } else {
          cdp ??= await page.createCDPSession();
          const k = JCUKEN[ch] || { code: '', keyCode: 0, shift: false };
          const common = { key: ch, code: k.code, windowsVirtualKeyCode: k.keyCode, nativeVirtualKeyCode: k.keyCode,
            modifiers: k.shift ? 8 : 0 };
          await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, unmodifiedText: ch, ...common });
          await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
        }
        if (delay) await new Promise(f => setTimeout(f, delay));
      }
    } finally {
      await cdp?.detach().catch(() => {});
    }
  }
  await waitFrames(page, 2);
  await settle(page);
}

/** Ctrl+A in the focused text field. */
export async function selectAll(page) {
  await page.keyboard.down('Control');
  await waitFrames(page, 1);
  await page.keyboard.press('a');
  await waitFrames(page, 1);
  await page.keyboard.up('Control');
  await waitFrames(page, 2);
  await settle(page);
}

export const COLLECTIONS = ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts', 'history'];

/**
 * The data of an export for comparisons: without the volatile `exported_at`, each
 * collection's records sorted by id (the format gives record order no meaning).
 */
export function canonical(data) {
  const copy = withoutExportedAt(data);
  for (const c of COLLECTIONS) {
    if (Array.isArray(copy[c])) copy[c] = [...copy[c]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return copy;
}

/** Record ids per collection in export order, to describe order differences. */
export function idOrder(data) {
  return COLLECTIONS.map(c => `${c}: ${(data[c] || []).map(r => r.id).join(',')}`).join('; ');
}

/** Export without the volatile `exported_at`, for comparisons. */
export function withoutExportedAt(data) {
  const copy = { ...data };
  delete copy.exported_at;
  return copy;
}

const isEmpty = v => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Asserts that every field present in `expected` has the same value in `actual`
 * (recursively; records of arrays matched by id). The format does not tell an absent
 * optional field from an empty one, so "", [], null and a missing field are all "empty".
 */
export function assertContains(actual, expected, where = '$') {
  if (isEmpty(expected)) {
    assert.ok(isEmpty(actual), `${where}: expected empty, got ${JSON.stringify(actual)}`);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${where}: array length`);
    expected.forEach((e, i) => {
      const key = e && typeof e === 'object' && 'id' in e ? e.id : undefined;
      const a = key !== undefined ? actual.find(x => x && x.id === key) : actual[i];
      assert.ok(a !== undefined, `${where}: record id=${key} missing`);
      assertContains(a, e, key !== undefined ? `${where}[id=${key}]` : `${where}[${i}]`);
    });
  } else if (expected && typeof expected === 'object') {
    assert.ok(actual && typeof actual === 'object', `${where}: expected an object, got ${JSON.stringify(actual)}`);
    for (const k of Object.keys(expected)) assertContains(actual[k], expected[k], `${where}.${k}`);
  } else {
    assert.deepEqual(actual, expected, `${where}: value`);
  }
}
