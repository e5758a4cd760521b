// Helpers for the UI-flow specs (12_export_download, 13_import_dialog_through_ui,
// 14_zoom_crisp): capturing downloads in both browsers, File > Import JSON… through the
// file chooser, changing devicePixelRatio at runtime, and small checks over files.
// They build on lib/app.mjs (waitLocate, locate, waitFrames) and the spec context (ctx).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterFrames, clickLabel, exportData, locate, selectAll, typeText, waitFrames, waitLocate } from './app.mjs';
import { pollUntil } from './page_tools.mjs';
import { VIEWPORT } from './browsers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const sleep = ms => new Promise(f => setTimeout(f, ms));

/** Resolves with `promise`, or rejects with `what` after `ms`. */
export async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error(`${what}: no result after ${ms} ms`)), ms);
    })]);
  } finally {
    clearTimeout(timer);
  }
}

export const isFirefox = ctx => ctx.browserName === 'firefox';

/** The fixture's text and parsed data. */
export function readFixture(ctx, name = 'sample.json') {
  const text = fs.readFileSync(path.join(ctx.fixturesDir, name), 'utf8');
  return { text, data: JSON.parse(text) };
}

/** The page's local date as YYYY-MM-DD (what the app puts into export file names). */
export const localDate = page => page.evaluate(() => {
  const d = new Date();
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
});

/** The export text with the value of "exported_at" blanked (the one volatile field). */
export const stripExportedAt = t => t.replace(/"exported_at"\s*:\s*"[^"]*"/, '"exported_at":""');

/**
 * Lets `browser` save downloads into `dir` and reports each finished download.
 *
 * Chromium (CDP): Browser.setDownloadBehavior {behavior: 'allow', downloadPath,
 * eventsEnabled: true} on the browser target; a download is finished at
 * Browser.downloadProgress state 'completed' (or failed at 'canceled').
 *
 * Firefox (WebDriver BiDi): puppeteer-core 24 offers download settings only for a new
 * browser context (createBrowserContext({downloadBehavior})), which would not be the
 * context the page lives in; the same BiDi command, browser.setDownloadBehavior, is sent
 * for the whole browser over puppeteer's BiDi connection, and browsingContext.downloadEnd
 * reports the end. If the events cannot be had, the folder is polled (a finished file is
 * there without a .part sibling and keeps its size).
 *
 * Returns { dir, via, expect(trigger, timeoutMs) }: `expect` runs `trigger` (the click)
 * and resolves with { name, file, suggested, via } of the download it caused.
 */
export async function enableDownloads(ctx, browser, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const finished = []; // { suggested, file, state }
  const started = [];
  let via;
  if (!isFirefox(ctx)) {
    const session = await browser.target().createCDPSession();
    const names = new Map();
    session.on('Browser.downloadWillBegin', e => {
      names.set(e.guid, e.suggestedFilename);
      started.push({ suggested: e.suggestedFilename, url: e.url });
    });
    session.on('Browser.downloadProgress', e => {
      if (e.state === 'completed' || e.state === 'canceled') {
        finished.push({ suggested: names.get(e.guid), file: e.filePath || null, state: e.state });
      }
    });
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
    via = 'CDP Browser.setDownloadBehavior + Browser.downloadProgress';
  } else {
    const conn = browser.connection;
    if (!conn || typeof conn.send !== 'function') throw new Error('no BiDi connection on the Firefox browser object');
    await conn.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
    via = 'BiDi browser.setDownloadBehavior';
    try {
      await conn.send('session.subscribe', { events: ['browsingContext.downloadWillBegin', 'browsingContext.downloadEnd'] });
      conn.on('browsingContext.downloadWillBegin', e => started.push({ suggested: e.suggestedFilename, url: e.url }));
      conn.on('browsingContext.downloadEnd', e => finished.push({
        suggested: null, file: e.filepath || null, state: e.status === 'complete' ? 'completed' : e.status,
      }));
      via += ' + browsingContext.downloadEnd';
    } catch (e) {
      via += ` + polling the folder (no download events: ${e.message})`;
    }
  }

  const filesNow = () => fs.readdirSync(dir).filter(f => !f.endsWith('.part') && !f.endsWith('.crdownload'));

  const hasEvents = () => /downloadProgress|downloadEnd/.test(via);

  async function expect(trigger, timeoutMs = 15000) {
    const before = new Set(filesNow());
    const nFinished = finished.length;
    const nStarted = started.length;
    const freshFiles = () => filesNow().filter(f => !before.has(f));
    await trigger();
    const t0 = Date.now();
    let lastSize = -1;
    for (;;) {
      if (hasEvents()) {
        const d = finished[nFinished];
        if (d) {
          if (d.state !== 'completed') throw new Error(`download ended with state "${d.state}" (${JSON.stringify(d)})`);
          // Chromium reports the path; Firefox too; else the one new file in the folder.
          let file = d.file;
          if (!file || !fs.existsSync(file)) {
            const fresh = freshFiles();
            file = fresh.length === 1 ? path.join(dir, fresh[0]) : null;
          }
          if (!file) throw new Error(`download finished but no file found (${JSON.stringify(d)}, folder: ${JSON.stringify(fs.readdirSync(dir))})`);
          return { name: path.basename(file), file, suggested: d.suggested || started[nStarted]?.suggested || null, via };
        }
      } else {
        // Polling: one new complete file (no .part beside it) whose size held for a round.
        const fresh = freshFiles();
        const partial = fs.readdirSync(dir).some(f => f.endsWith('.part') || f.endsWith('.crdownload'));
        if (fresh.length === 1 && !partial) {
          const file = path.join(dir, fresh[0]);
          const size = fs.statSync(file).size;
          if (size > 0 && size === lastSize) return { name: fresh[0], file, suggested: started[nStarted]?.suggested || null, via };
          lastSize = size;
        }
      }
      if (Date.now() - t0 > timeoutMs) {
        throw new Error(`no finished download within ${timeoutMs} ms (started: ${JSON.stringify(started.slice(nStarted))}, ` +
          `finished: ${JSON.stringify(finished.slice(nFinished))}, folder: ${JSON.stringify(fs.readdirSync(dir))})`);
      }
      await sleep(150);
    }
  }
  return { dir, via, expect };
}

// The click and frame waits live in lib/app.mjs (one implementation for every spec).
export { afterFrames };
export const click = clickLabel;

/**
 * File > Import JSON… with real clicks, and `file` given to the file chooser the app
 * opens (page.waitForFileChooser; fallback: the app's <input type=file>). Waits until
 * the import dialog shows its "Cancel" button. Returns how the file was given.
 */
export async function importThroughUi(page, file, { timeout = 15000 } = {}) {
  await click(page, 'File');
  let route;
  try {
    const chooserPromise = page.waitForFileChooser({ timeout: 10000 });
    chooserPromise.catch(() => {});
    await click(page, 'Import JSON…');
    const chooser = await chooserPromise;
    await chooser.accept([file]);
    route = 'page.waitForFileChooser';
  } catch (e) {
    const input = await page.$('input[type=file]');
    if (!input) throw new Error(`file chooser not intercepted (${e.message}) and no input[type=file] in the document`);
    await input.uploadFile(file);
    route = `input.uploadFile (waitForFileChooser: ${e.message})`;
  }
  await waitDialog(page, true, timeout);
  // The file arrives in pieces (8 MiB each): the dialog shows its progress until then.
  const t0 = Date.now();
  while ((await page.evaluate(() => window.cardApp.stats().importReading))) {
    if (Date.now() - t0 > timeout) throw new Error(`the picked file was still being read after ${timeout} ms`);
    await sleep(50);
  }
  await letDraw(page, 1);
  return route;
}

/** Waits until the import dialog is open (its "Cancel" is drawn) or closed. */
export async function waitDialog(page, open, timeout = 10000) {
  const t0 = Date.now();
  for (;;) {
    const r = await locate(page, 'Cancel');
    if (!!(r && r.w > 0) === open) return;
    if (Date.now() - t0 > timeout) throw new Error(`import dialog still ${open ? 'closed' : 'open'} after ${timeout} ms`);
    await sleep(100);
  }
}

/** Lets the app draw a few frames (soft), e.g. before a screenshot. */
export async function letDraw(page, rounds = 3) {
  for (let i = 0; i < rounds; i++) await waitFrames(page, 2, 400);
}

/** Canvas backing size, CSS size and devicePixelRatio. */
export const canvasInfo = page => page.evaluate(() => {
  const c = document.getElementById('canvas');
  const r = c.getBoundingClientRect();
  return { dpr: window.devicePixelRatio, width: c.width, height: c.height, cssW: r.width, cssH: r.height };
});

/**
 * Changes devicePixelRatio of a loaded page, as browser zoom or moving the window to a
 * HiDPI screen does. Chromium: CDP Emulation.setDeviceMetricsOverride with the new
 * deviceScaleFactor (on a session kept open: the override lives with it). Firefox: WebDriver
 * BiDi browsingContext.setViewport with devicePixelRatio (puppeteer's page.setViewport).
 * Returns a description of the route.
 */
export async function setDevicePixelRatio(ctx, page, dpr) {
  if (!isFirefox(ctx)) {
    page.__e2eEmulation ??= await page.createCDPSession();
    await page.__e2eEmulation.send('Emulation.setDeviceMetricsOverride',
      { width: VIEWPORT.width, height: VIEWPORT.height, deviceScaleFactor: dpr, mobile: false });
    return 'CDP Emulation.setDeviceMetricsOverride';
  }
  await page.setViewport({ ...VIEWPORT, deviceScaleFactor: dpr });
  return 'BiDi browsingContext.setViewport (page.setViewport)';
}

/** Waits until devicePixelRatio is `dpr` and the canvas backing store follows it. */
export async function waitCanvasFollows(page, dpr, timeout = 8000) {
  const t0 = Date.now();
  let info;
  for (;;) {
    info = await canvasInfo(page);
    if (info.dpr === dpr && info.width === Math.round(info.cssW * dpr) && info.height === Math.round(info.cssH * dpr)) {
      return info;
    }
    if (Date.now() - t0 > timeout) {
      throw new Error(`canvas did not follow devicePixelRatio ${dpr} within ${timeout} ms: ${JSON.stringify(info)}`);
    }
    await sleep(100);
  }
}

/** The artifacts file for a screenshot of this spec (same place as ctx.screenshot). */
export function artifactPath(ctx, specName, step) {
  const dir = path.join(HERE, '..', 'artifacts', ctx.browserName);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${specName}-${step}.png`);
}

/**
 * A screenshot at device pixels. Chromium: CDP Page.captureScreenshot on the emulation
 * session (puppeteer's page.screenshot scales to the viewport it set itself, 1x);
 * Firefox: page.screenshot (its viewport knows the ratio). Recorded in ctx.screenshots.
 */
export async function deviceScreenshot(ctx, page, specName, step) {
  const file = artifactPath(ctx, specName, step);
  if (!isFirefox(ctx)) {
    page.__e2eEmulation ??= await page.createCDPSession();
    const { data } = await page.__e2eEmulation.send('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  } else {
    await page.bringToFront().catch(() => {});
    await page.screenshot({ path: file });
  }
  ctx.screenshots.push(path.relative(process.cwd(), file));
  return file;
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Scrolls the Main tab's client half (the left half of the card) with the mouse wheel, as
 * a user would, until the widget labelled `label` is drawn. Wheels down (or up with `up: true`); throws when
 * the label never shows.
 */
export async function revealInClientHalf(page, label, { steps = 40, up = false } = {}) {
  for (let i = 0; i < steps; i++) {
    if (await locate(page, label)) return;
    const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await page.mouse.move(box.w * 0.42, box.h * 0.6);
    await page.mouse.wheel({ deltaY: up ? -120 : 120 });
    await sleep(80);
  }
  throw new Error(`"${label}" not reached by scrolling the client half ${up ? 'up' : 'down'}`);
}

/**
 * `until(what, fn, timeout)` for a page: polls the export until `fn(export)` holds and
 * returns that export; otherwise takes a "stuck" screenshot and throws naming `what`.
 */
export function exportPoller(ctx, page) {
  return async (what, fn, timeout = 8000) => {
    let last;
    if (await pollUntil(async () => { last = await exportData(page); return fn(last); }, { timeout, interval: 100 }))
      return last;
    await ctx.screenshot(page, 'stuck');
    throw new Error(`${what}: not in the export after ${timeout} ms`);
  };
}

/**
 * The history specs' edit through the UI: `me` (an employee's full name) becomes "This is
 * me" (the author), then the open card's Phones and INN are typed over with `phone` and
 * `inn`; a click on "Show changes" leaves the field, so the edit is one sealed step.
 * The client's card must be open on the Main tab.
 */
export async function editPhoneAndInnAs(page, { me, phone, inn }) {
  await clickLabel(page, 'Employees');
  await clickLabel(page, 'Employee directory…');
  await clickLabel(page, me);
  await clickLabel(page, 'This is me');
  await clickLabel(page, 'Close');
  await clickLabel(page, 'Phones');
  await selectAll(page);
  await typeText(page, phone);
  await clickLabel(page, 'INN');
  await selectAll(page);
  await typeText(page, inn);
  await clickLabel(page, 'Show changes');
}
