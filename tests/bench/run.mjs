#!/usr/bin/env node
// The browser benchmark of issue 7 (tests/bench/README.md says what each item measures and
// how). Drives Debian's Chromium (headless, SwiftShader WebGL2) with puppeteer-core against
// the release build of the app and the bare baseline page, prints a table and writes JSON.
// Normally started by scripts/bench.sh, which builds and generates what is missing:
//
//   node tests/bench/run.mjs --site build-web/site --bare build-web/bench/bare
//        --dataset build-bench/datasets/client-card-L.json --size L
//        [--small build-bench/datasets/client-card-S.json] [--runs N] [--json PATH] [--shots DIR]
//
// Exit status: 0 when every item was measured (goals met or not), 1 when an item could not
// be measured (its row says why), 2 for bad arguments.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, EXECUTABLES, VIEWPORT, closeBrowser } from '../e2e/lib/browsers.mjs';
import { clickLabel, selectAll, settle, waitReady } from '../e2e/lib/app.mjs';
import { framesDuring, sleep } from '../e2e/lib/page_tools.mjs';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const puppeteer = require('puppeteer-core');

// ---- Arguments

function parseArgs(argv) {
  const a = { runs: 0, size: 'S', json: '', shots: '', small: '' };
  for (let i = 0; i < argv.length; ++i) {
    const k = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) usage(`${k} needs a value`);
      return argv[++i];
    };
    if (k === '--site') a.site = v();
    else if (k === '--bare') a.bare = v();
    else if (k === '--dataset') a.dataset = v();
    else if (k === '--small') a.small = v();
    else if (k === '--size') a.size = v().toUpperCase();
    else if (k === '--runs') a.runs = Number(v());
    else if (k === '--json') a.json = v();
    else if (k === '--shots') a.shots = v();
    else usage(`unknown argument ${k}`);
  }
  if (!a.site || !a.bare || !a.dataset) usage('--site, --bare and --dataset are required');
  if (!['S', 'M', 'L'].includes(a.size)) usage('--size is S, M or L');
  for (const [what, f] of [['--site', path.join(a.site, 'app.wasm')], ['--bare', path.join(a.bare, 'bare.wasm')],
    ['--dataset', a.dataset], ['--small', a.small]])
    if (f && !fs.existsSync(f)) usage(`${what}: ${f} does not exist`);
  if (!a.runs) a.runs = a.size === 'S' ? 5 : 3;
  if (!(a.runs >= 1 && a.runs <= 50)) usage('--runs is 1..50');
  return a;
}

function usage(msg) {
  console.error(`run.mjs: ${msg}\nusage: node tests/bench/run.mjs --site DIR --bare DIR --dataset FILE ` +
    '[--small FILE] [--size S|M|L] [--runs N] [--json PATH] [--shots DIR]');
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
const loadAtStart = os.loadavg().map(x => Math.round(x * 10) / 10);  // other work on the machine skews the figures
const log = (...m) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);

// ---- Statistics

const median = xs => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// Nearest-rank percentile.
const percentile = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const round = (x, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

// ---- A static server for the app (/app/), the baseline (/bare/) and the datasets (/data/).
// Cross-origin isolated (COOP + COEP), so that performance.now() has its fine resolution
// (5 µs instead of 100 µs) in both pages alike.

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8' };

async function startServer(mounts) {
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const prefix = Object.keys(mounts).find(p => rel.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    const base = path.resolve(mounts[prefix]);
    let file = path.resolve(base, '.' + rel.slice(prefix.length - 1));
    if (rel.endsWith('/')) file = path.join(file, 'index.html');
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': 'no-cache',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      fs.createReadStream(file).pipe(res);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise(r => { server.closeAllConnections?.(); server.close(() => r()); }) };
}

// ---- Browser

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'card-bench-'));
const newProfile = () => fs.mkdtempSync(path.join(tmpRoot, 'profile-'));
const removeProfile = dir => fs.rmSync(dir, { recursive: true, force: true });

async function launch(profile) {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: EXECUTABLES.chromium,
    headless: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    args: [...CHROMIUM_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
    timeout: 60000,
    protocolTimeout: 30 * 60000,  // an import of L may take minutes
  });
  const page = (await browser.pages())[0] || await browser.newPage();
  results.chromium ||= await browser.version();
  watchPage(page);
  return { browser, page };
}

// Page errors and warnings go to the log, except two known harmless ones: GLFW's wheel
// listener calls preventDefault in a passive listener, SwiftShader notes ReadPixels stalls.
const QUIET = /Unable to preventDefault inside passive event listener|GPU stall due to ReadPixels/;
function watchPage(page) {
  page.on('pageerror', e => {
    const m = String(e && e.message || e);
    if (!QUIET.test(m)) log('page error:', m.slice(0, 300));
  });
  page.on('console', m => {
    if ((m.type() === 'error' || m.type() === 'warn') && !QUIET.test(m.text())) log(`page ${m.type()}:`, m.text().slice(0, 300));
  });
}

// Navigates and waits for Module.benchFirstFrameMs (see README "first interactive frame").
async function firstFrame(page, url, timeout = 10 * 60000) {
  await page.goto(url, { waitUntil: 'load', timeout });
  const h = await page.waitForFunction(() => {
    const m = document.getElementById('message');
    if (m && !m.hidden && m.textContent.trim()) return { error: m.textContent.trim() };
    return window.Module && window.Module.benchFirstFrameMs > 0 ? { ms: window.Module.benchFirstFrameMs } : false;
  }, { polling: 20, timeout });
  const v = await h.jsonValue();
  await h.dispose();
  if (v.error) throw new Error(`page says: ${v.error}`);
  return v.ms;
}

const frameCount = page => page.evaluate(() => Module.ccall('bench_frame_count', 'number', [], []));
const framesSince = (page, n) => page.evaluate(k => JSON.parse(Module.ccall('bench_frames_json', 'string', ['number'], [k])), n);
const heapStats = page => page.evaluate(() => JSON.parse(Module.ccall('bench_heap_json', 'string', [], [])));

// Runs `fn` (a function body text with `arg`) in the page without holding a CDP call for
// its whole duration; resolves with what it returned (or rejects with its error).
async function inPage(page, fn, arg, timeout = 30 * 60000) {
  await page.evaluate((src, a) => {
    window.__benchJob = { done: false };
    const f = new Function('arg', `return (async () => { ${src} })();`);
    setTimeout(() => {
      f(a).then(v => { window.__benchJob = { done: true, value: v }; },
        e => { window.__benchJob = { done: true, error: String(e && e.stack || e) }; });
    }, 0);
  }, fn, arg);
  const h = await page.waitForFunction(() => window.__benchJob.done && window.__benchJob, { polling: 50, timeout });
  const job = await h.jsonValue();
  await h.dispose();
  if (job.error) throw new Error(job.error);
  return job.value;
}

// Starts a save of whatever is unsaved (cardApp.flush's way) and waits until the app says
// "saved" (IndexedDB committed); returns the ms it took.
async function waitSaved(page, timeout = 20 * 60000) {
  return inPage(page, `
    const t0 = performance.now();
    Module._card_flush();
    Module.cardWake();
    for (;;) {
      const s = cardApp.saveState();
      if (s === 'saved') return performance.now() - t0;
      if (s === 'failed') throw new Error('save failed: ' + Module.ccall('card_save_error', 'string', [], []));
      if (performance.now() - t0 > arg) throw new Error('not saved after ' + arg + ' ms (' + s + ')');
      await new Promise(f => setTimeout(f, 5));
    }`, timeout);
}

// Until the second copy of the stored data (Cache Storage, docs/STORAGE.md) has caught up;
// returns the milliseconds waited.
async function waitCopied(page, timeout = 20 * 60000) {
  return inPage(page, `
    const t0 = performance.now();
    for (;;) {
      const c = cardApp.storageCopy();
      // A copy that failed is a defect to see (it was: Chromium refused 675 MB of Blobs).
      if (!c.pending && c.error) throw new Error('the second copy failed: ' + c.error);
      if (!c.pending) return performance.now() - t0;
      if (performance.now() - t0 > arg) throw new Error('the copy is not done after ' + arg + ' ms');
      await new Promise(f => setTimeout(f, 20));
    }`, timeout);
}

// ---- Items

const results = { items: {}, extra: {}, errors: [], chromium: '' };
function fail(item, e) {
  const msg = String(e && e.message || e).split('\n')[0];
  log(`item ${item} could not be measured: ${msg}`);
  results.errors.push({ item, error: msg });
  results.items[item] = { ...(results.items[item] || {}), error: msg };
}

// 2. Transfer size: gzip -9 of what each page downloads.
function transferSizes() {
  const gz = f => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
  const measure = (dir, files) => {
    const per = {};
    for (const f of files) per[f] = { bytes: fs.statSync(path.join(dir, f)).size, gzip: gz(path.join(dir, f)) };
    return { per, gzip: Object.values(per).reduce((s, x) => s + x.gzip, 0), bytes: Object.values(per).reduce((s, x) => s + x.bytes, 0) };
  };
  const app = measure(args.site, fs.readdirSync(args.site).filter(f => /\.(html|js|css|wasm|data)$/.test(f)));
  const bare = measure(args.bare, ['index.html', 'bare.js', 'bare.wasm', 'bare.data']);
  results.items['2'] = { figure: app.gzip, baseline: bare.gzip, ratio: app.gzip / bare.gzip, app, bare };
  log(`transfer: app ${app.gzip} B gzip, bare ${bare.gzip} B gzip`);
}

// 1. Cold start: a fresh profile (empty caches and storage) per page load; the two pages
// alternate which goes first.
async function coldStart(origin) {
  const app = [], bare = [];
  for (let r = 0; r < args.runs; ++r) {
    const order = r % 2 ? ['app', 'bare'] : ['bare', 'app'];
    for (const which of order) {
      const profile = newProfile();
      const { browser, page } = await launch(profile);
      try {
        const ms = await firstFrame(page, which === 'app' ? `${origin}/app/?lang=en` : `${origin}/bare/`, 120000);
        (which === 'app' ? app : bare).push(ms);
      } finally {
        await closeBrowser(browser);
        removeProfile(profile);
      }
    }
    log(`cold start run ${r + 1}: app ${round(app.at(-1), 1)} ms, bare ${round(bare.at(-1), 1)} ms`);
  }
  results.items['1'] = { figure: median(app), baseline: median(bare), ratio: median(app) / median(bare), app, bare };
}

// The baselines of item 3 in the page. JSON.parse of the whole text, and JSON.stringify of
// the whole object, when the text fits in one JS string; a file beyond V8's longest string
// (2^29 - 24 characters: L is ~680 MB) cannot be decoded into one, so the best the browser
// can do there is record by record: line-aligned chunks through TextDecoder, JSON.parse of
// each line (the interchange files of tools/gen_dataset.mjs and Export have one record per
// line), and JSON.stringify of each record.
function installBaselines() {
  window.__benchParse = bytes => {
    let text = null;
    try {
      text = new TextDecoder().decode(bytes);
    } catch { /* longer than a string can be */ }
    if (text !== null && (text.length > 0 || bytes.length === 0)) {
      window.__benchMode = 'whole text';
      return JSON.parse(text);
    }
    window.__benchMode = 'record by record (the file is longer than a JS string can be)';
    const obj = {}, dec = new TextDecoder(), CHUNK = 32 << 20;
    let cur = null;
    for (let start = 0; start < bytes.length;) {
      let end = Math.min(bytes.length, start + CHUNK);
      if (end < bytes.length) {
        const nl = bytes.lastIndexOf(10, end - 1);
        end = nl >= start ? nl + 1 : bytes.length;
      }
      for (const line of dec.decode(bytes.subarray(start, end)).split('\n')) {
        const t = line.trim();
        if (t[0] === '{' && t.length > 1 && cur) cur.push(JSON.parse(t[t.length - 1] === ',' ? t.slice(0, -1) : t));
        else if (t[0] === '"') {
          const m = /^"([^"]+)":\s*\[$/.exec(t);
          if (m) cur = obj[m[1]] = [];
          else Object.assign(obj, JSON.parse('{' + (t[t.length - 1] === ',' ? t.slice(0, -1) : t) + '}'));
        } else if (t === '],' || t === ']') cur = null;
      }
      start = end;
    }
    return obj;
  };
  window.__benchStringify = obj => {
    if (window.__benchMode === 'whole text') return JSON.stringify(obj).length;
    let n = 0;
    for (const [k, v] of Object.entries(obj)) n += Array.isArray(v) ? v.reduce((s, r) => s + JSON.stringify(r).length, 0) : JSON.stringify({ [k]: v }).length;
    return n;
  };
}

// 3 and 8a: import of the dataset vs decoding + JSON.parse of the same bytes; export vs
// JSON.stringify of the parsed object; the heap after the import. One fresh profile per run
// (import into an empty app, as a user's first import); the last run's page is kept.
async function importExport(origin, datasetUrl) {
  const imp = [], parse = [], exp = [], stringify = [], saveAll = [], copyAll = [];
  let heap = null, counts = null;
  const profile = newProfile();
  const { browser, page: mainPage } = await launch(profile);
  let ok = false;
  try {
    for (let r = 0; r < args.runs; ++r) {
      const last = r === args.runs - 1;
      const context = last ? null : await browser.createBrowserContext();
      const page = last ? mainPage : await context.newPage();
      if (!last) watchPage(page);
      try {
        await page.goto(`${origin}/app/?lang=en`, { waitUntil: 'load' });
        await waitReady(page, 120000);
        await page.evaluate(installBaselines);
        const size = await inPage(page, `
          window.__benchBytes = new Uint8Array(await (await fetch(arg)).arrayBuffer());
          return window.__benchBytes.length;`, datasetUrl);
        const res = await inPage(page, `
          const bytes = window.__benchBytes;
          window.__benchBytes = null;  // used by these two only (the app never holds a picked file whole)
          const out = {};
          const parseIt = () => {
            try {
              const t0 = performance.now();
              window.__benchObj = window.__benchParse(bytes);
              out.parseMs = performance.now() - t0;
            } catch (e) { out.parseError = String(e); }
            out.mode = window.__benchMode;
          };
          const importIt = () => {
            try {
              const t0 = performance.now();
              out.result = cardApp.importBytes(bytes, 'replace');
              out.importMs = performance.now() - t0;
            } catch (e) { out.importError = String(e); }
          };
          if (arg % 2) { importIt(); parseIt(); } else { parseIt(); importIt(); }
          return out;`, r);
        results.extra.baselineMode = res.mode;
        if (res.parseError) throw new Error(`the baseline JSON.parse failed: ${res.parseError}`);
        if (res.importError) throw new Error(`the import threw: ${res.importError}`);
        if (!res.result.ok) throw new Error(`the import failed: ${res.result.error}`);
        imp.push(res.importMs);
        parse.push(res.parseMs);
        saveAll.push(await waitSaved(page));
        copyAll.push(await waitCopied(page));  // the export and what follows measure a settled page
        const ex = await inPage(page, `
          const obj = window.__benchObj, out = {};
          const stringifyIt = () => { const t0 = performance.now(); out.len = window.__benchStringify(obj); out.stringifyMs = performance.now() - t0; };
          const exportIt = () => { const t0 = performance.now(); out.bytes = cardApp.exportBlob().size; out.exportMs = performance.now() - t0; };
          if (arg % 2) { exportIt(); stringifyIt(); } else { stringifyIt(); exportIt(); }
          return out;`, r);
        if (!(ex.bytes > 0)) throw new Error('export produced nothing');
        exp.push(ex.exportMs);
        stringify.push(ex.stringifyMs);
        if (!heap) {
          heap = await heapStats(page);
          heap.fileBytes = size;
          counts = await page.evaluate(() => cardApp.stats());
        }
        log(`import run ${r + 1}: import ${round(res.importMs, 1)} ms vs parse ${round(res.parseMs, 1)} ms; ` +
          `export ${round(ex.exportMs, 1)} ms vs stringify ${round(ex.stringifyMs, 1)} ms; ` +
          `saving all took ${round(saveAll.at(-1), 0)} ms, its second copy ${round(copyAll.at(-1), 0)} ms more`);
      } finally {
        if (context) await context.close();
      }
    }
    ok = true;
  } finally {
    if (!ok) {
      await closeBrowser(browser);
      removeProfile(profile);
    }
  }
  results.items['3'] = { figure: median(imp), baseline: median(parse), ratio: median(imp) / median(parse), import: imp, parse };
  results.items['3e'] = { figure: median(exp), baseline: median(stringify), ratio: median(exp) / median(stringify), export: exp, stringify };
  results.items['8'] = { figure: heap.heapBytes, baseline: heap.fileBytes, ratio: heap.heapBytes / heap.fileBytes, ...heap };
  results.extra.saveAllAfterImportMs = saveAll;
  results.extra.copyAllAfterSaveMs = copyAll;
  results.extra.counts = Object.fromEntries(['clients', 'contacts', 'interactions', 'interests', 'contracts', 'relationships', 'employees']
    .map(k => [k, counts[k]]));
  return { browser, page: mainPage, profile, counts };
}

// An IndexedDB commit's time varies a lot (14-130 ms for the same save at S): at least
// this many edits at each size, whatever --runs says.
const SAVE_EDITS = 7;

// 4. One field edit -> "saved" (IndexedDB committed), the save started at once (Flush,
// what the debounce would start 400 ms later).
async function saveAfterEdit(page, runs) {
  const times = [];
  for (let r = 0; r < runs; ++r) {
    await waitSaved(page);
    await sleep(200);
    times.push(await inPage(page, `
      const t0 = performance.now();
      if (!Module.ccall('bench_edit_notes', 'number', ['string', 'string'], ['cl-000001', 'bench edit ' + arg + ' ' + Date.now()]))
        throw new Error('no client cl-000001');
      Module._card_flush();
      Module.cardWake();
      for (;;) {
        const s = cardApp.saveState();
        if (s === 'saved') return performance.now() - t0;
        if (s === 'failed') throw new Error('save failed');
        if (performance.now() - t0 > 600000) throw new Error('not saved after 600 s: ' + s);
        await new Promise(f => setTimeout(f, 1));
      }`, r));
  }
  return times;
}

// 5. Search-as-you-type with real key events; per keystroke, the CPU time of the frames that
// took its input events (those that began with ImGui's input queue non-empty).
async function searchKeystrokes(page) {
  const rounds = args.runs >= 5 ? 2 : 1;
  const queries = await page.evaluate(n => {
    const d = window.__benchObj;
    const out = [];
    const word = s => (String(s || '').replace(/[«»"'.,()]/g, ' ').split(/\s+/).filter(w => w.length >= 3)
      .sort((a, b) => b.length - a.length)[0] || 'abc').slice(0, 8);
    for (let r = 0; r < n; ++r) {
      const c = d.clients[Math.floor(d.clients.length * (0.37 + 0.17 * r)) % d.clients.length];
      const k = d.contacts[Math.floor(d.contacts.length * (0.61 + 0.13 * r)) % d.contacts.length];
      const phone = String((c.phones || [])[0] || '').replace(/\D/g, '').slice(-7);
      out.push({ what: 'name', text: word(c.name) });
      if (c.inn) out.push({ what: 'inn', text: c.inn });
      if (phone) out.push({ what: 'phone', text: phone });
      out.push({ what: 'contact', text: word(k.name) });
    }
    return out;
  }, rounds);
  await clickLabel(page, 'Search');
  const cdp = await page.createCDPSession();
  // One key as a keyboard sends it (keydown with its text, so a keypress follows; keyup).
  const press = async (keyDown, keyUp) => {
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...keyDown });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...keyUp });
  };
  const typeChar = ch => press({ key: ch, text: ch, unmodifiedText: ch }, { key: ch });
  const backspace = () => press({ key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 },
    { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
  // After the key: waits in the page until ImGui's input queue is empty and one more frame
  // was drawn, then returns the frames drawn since f0.
  const appliedSince = f0 => page.evaluate(k => new Promise((resolve, reject) => {
    const t0 = performance.now();
    let after = -1;
    (function poll() {
      const n = Module.ccall('bench_frame_count', 'number', [], []);
      if (after < 0 && cardApp.stats().inputQueue === 0) after = n;
      if (after >= 0 && n > after) {
        resolve(JSON.parse(Module.ccall('bench_frames_json', 'string', ['number'], [k])));
        return;
      }
      if (performance.now() - t0 > 30000) reject(new Error('keystroke not applied within 30 s'));
      else setTimeout(poll, 2);
    })();
  }), f0);
  const per = [], windowMax = [], byKind = {};
  const key = async (what, act) => {
    const f0 = await frameCount(page);
    await act();
    const frames = await appliedSince(f0);
    const applied = frames.filter(f => f[3] > 0);
    const cost = applied.reduce((s, f) => s + f[2], 0);
    per.push(cost);
    windowMax.push(frames.reduce((m, f) => Math.max(m, f[2]), 0));
    (byKind[what] ??= []).push(cost);
  };
  for (const q of queries) {
    for (const ch of q.text) await key(q.what, () => typeChar(ch));
    await selectAll(page);
    await key('clear', backspace);
  }
  await cdp.detach();
  await page.keyboard.press('Escape');
  await settle(page);
  results.items['5'] = { figure: percentile(per, 95), keystrokes: per.length, median: median(per), max: Math.max(...per),
    windowMaxP95: percentile(windowMax, 95), queries: queries.map(q => `${q.what}:${q.text}`),
    p95ByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, round(percentile(v, 95), 3)])) };
  log(`search: ${per.length} keystrokes, p95 ${round(percentile(per, 95), 3)} ms, median ${round(median(per), 3)} ms`);
}

// 6. Frame CPU time while scrolling the open card's timeline (right half) and the client
// list (left pane) with the mouse wheel.
async function scrollFrames(page) {
  const open = await page.evaluate(() => cardApp.open('cl-000001', 'main'));
  if (!open.ok) throw new Error(`cardApp.open: ${open.error}`);
  await settle(page);
  await sleep(300);
  if (args.shots) await page.screenshot({ path: path.join(args.shots, `card-${args.size}.png`) });
  const spots = { timeline: { x: VIEWPORT.width * 0.78, y: VIEWPORT.height * 0.6 }, list: { x: VIEWPORT.width * 0.1, y: VIEWPORT.height * 0.6 } };
  const all = [], bySpot = {};
  for (const [name, p] of Object.entries(spots)) {
    await page.mouse.move(p.x, p.y);
    await settle(page);
    const f0 = await frameCount(page);
    for (const dir of [1, -1]) {
      for (let i = 0; i < 25; ++i) {
        await page.mouse.wheel({ deltaY: 120 * dir });
        await sleep(16);
      }
      await settle(page);
      if (args.shots && dir > 0) await page.screenshot({ path: path.join(args.shots, `scroll-${name}-${args.size}.png`) });
    }
    const cpu = (await framesSince(page, f0)).map(f => f[2]);
    all.push(...cpu);
    bySpot[name] = { frames: cpu.length, p95: round(percentile(cpu, 95), 3), median: round(median(cpu), 3), max: round(Math.max(...cpu), 3) };
  }
  if (all.length < 40) throw new Error(`only ${all.length} frames drawn while scrolling`);
  results.items['6'] = { figure: percentile(all, 95), frames: all.length, median: median(all), max: Math.max(...all), bySpot };
  log(`scrolling: ${all.length} frames, p95 ${round(percentile(all, 95), 3)} ms (${JSON.stringify(bySpot)})`);
}

// 7. Idle: saved, no widget active, no input for 1.5 s; then frames drawn in 5 s.
async function idleFrames(page) {
  await waitSaved(page);
  let s = await page.evaluate(() => cardApp.stats());
  if (s.activeId) {  // a click on the status bar's empty right end ends any text editing
    await page.mouse.click(VIEWPORT.width - 5, VIEWPORT.height - 5);
    await settle(page);
    s = await page.evaluate(() => cardApp.stats());
  }
  await sleep(1500);
  const idle = await framesDuring(page, 5000);
  results.items['7'] = { figure: idle.frames, rafs: idle.rafs, activeId: s.activeId };
  log(`idle: ${idle.frames} frames in 5 s (${idle.rafs} rAF callbacks)`);
}

// 8b. Reopening the app with the dataset stored: a relaunch on the same profile, to the
// first interactive frame; the data must be there. Median of min(runs, 3).
async function reopen(origin, profile, counts) {
  const times = [], allIn = [];
  for (let r = 0; r < Math.min(args.runs, 3); ++r) {  // a relaunch each: 3 at most
    const { browser, page } = await launch(profile);
    try {
      times.push(await firstFrame(page, `${origin}/app/?lang=en`));
      // A large store shows its list first and reads the rest after (stats().loading): the
      // end of the first frame drawn with all of it in, on the same clock as the first frame.
      const h = await page.waitForFunction(() => Module.benchAllDataInMs > 0 && Module.benchAllDataInMs,
        { polling: 20, timeout: 10 * 60000 });
      allIn.push(await h.jsonValue());
      await h.dispose();
      const st = await page.evaluate(() => cardApp.stats());
      if (st.clients !== counts.clients || st.interactions !== counts.interactions)
        throw new Error(`reopened with ${st.clients} clients / ${st.interactions} interactions, stored ${counts.clients} / ${counts.interactions}`);
    } finally {
      await closeBrowser(browser, 60000);
    }
    log(`reopen run ${r + 1}: first frame ${round(times.at(-1), 1)} ms, all data in ${round(allIn.at(-1), 1)} ms`);
  }
  results.items['8r'] = { figure: median(times), runs: times };
  results.items['8a'] = { figure: median(allIn), runs: allIn };
}

// ---- Main

async function main() {
  const started = Date.now();
  if (args.shots) fs.mkdirSync(args.shots, { recursive: true });
  const mounts = { '/app/': args.site, '/bare/': args.bare, '/data/': path.dirname(path.resolve(args.dataset)) };
  if (args.small) mounts['/small/'] = path.dirname(path.resolve(args.small));
  const server = await startServer(mounts);
  const datasetUrl = `${server.origin}/data/${encodeURIComponent(path.basename(args.dataset))}`;
  let chromiumVersion = '';
  try {
    try { transferSizes(); } catch (e) { fail('2', e); }
    try { await coldStart(server.origin); } catch (e) { fail('1', e); }
    let main = null;
    try { main = await importExport(server.origin, datasetUrl); } catch (e) { fail('3', e); fail('3e', e); fail('8', e); }
    if (main) {
      const { browser, page, profile, counts } = main;
      chromiumVersion = await browser.version();
      try {
        try {
          const t = await saveAfterEdit(page, Math.max(args.runs, SAVE_EDITS));
          results.items['4'] = { figure: median(t), runs: t };
          log(`save after one edit at ${args.size}: ${t.map(x => round(x, 1)).join(', ')} ms`);
        } catch (e) { fail('4', e); }
        try { await searchKeystrokes(page); } catch (e) { fail('5', e); }
        try { await scrollFrames(page); } catch (e) { fail('6', e); }
        try { await idleFrames(page); } catch (e) { fail('7', e); }
        await waitSaved(page).catch(e => log('final save:', e.message));
        // A reopen measures a start with a current copy (one closed while copying copies again).
        await waitCopied(page).then(ms => log(`second copy caught up ${round(ms, 0)} ms after the last save`),
          e => log('second copy:', e.message));
      } finally {
        await closeBrowser(browser, 120000);
      }
      try { await reopen(server.origin, profile, counts); } catch (e) { fail('8r', e); fail('8a', e); }
      removeProfile(profile);
    } else {
      for (const i of ['4', '5', '6', '7', '8r', '8a']) fail(i, 'the import failed, so nothing to measure with the dataset loaded');
    }
    // 4's baseline: the same edit and save at S, in this run (a separate page with S).
    if (results.items['4'] && !results.items['4'].error) {
      if (args.size === 'S' || !args.small) {
        results.items['4'].baseline = results.items['4'].figure;
        results.items['4'].baselineNote = args.size === 'S' ? 'the run is at S: figure and baseline are the same measurement' : 'no --small dataset given';
      } else {
        const profile = newProfile();
        const { browser, page } = await launch(profile);
        try {
          await page.goto(`${server.origin}/app/?lang=en`, { waitUntil: 'load' });
          await waitReady(page, 120000);
          const ok = await inPage(page, `const b = new Uint8Array(await (await fetch(arg)).arrayBuffer()); return cardApp.importBytes(b, 'replace');`,
            `${server.origin}/small/${encodeURIComponent(path.basename(args.small))}`);
          if (!ok.ok) throw new Error(`S import failed: ${ok.error}`);
          const t = await saveAfterEdit(page, Math.max(args.runs, SAVE_EDITS));
          results.items['4'].baseline = median(t);
          results.items['4'].baselineRuns = t;
          log(`save after one edit at S: ${t.map(x => round(x, 1)).join(', ')} ms`);
        } catch (e) { fail('4', e); } finally {
          await closeBrowser(browser);
          removeProfile(profile);
        }
      }
      const it = results.items['4'];
      if (!it.error) it.ratio = it.figure / it.baseline;
    }
  } finally {
    await server.close();
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
  results.durationS = Math.round((Date.now() - started) / 1000);
  return chromiumVersion;
}

const ROWS = [
  // id, name, unit, goal kind, goal value
  ['1', 'cold start to first interactive frame', 'ms', 'ratio', 1.3],
  ['2', 'transfer size (gzip html+js+css+wasm+data)', 'B', 'ratio', 1.5],
  ['3', `import of the ${args.size} file vs JSON.parse`, 'ms', 'ratio', 2],
  ['3e', `export at ${args.size} vs JSON.stringify`, 'ms', 'ratio', 2],
  ['4', `save after one field edit, ${args.size} vs S`, 'ms', 'ratio', 2],
  ['5', `search keystroke p95 at ${args.size}`, 'ms', 'abs', 5],
  ['6', `frame CPU p95 scrolling at ${args.size}`, 'ms', 'abs', 2],
  ['7', 'idle frames in 5 s', 'frames', 'abs', 5],
  ['8', `wasm heap after import vs ${args.size} file`, 'B', 'ratio', 3],
  ['8r', `reopen with ${args.size} stored: first frame`, 'ms', 'abs', 3000],
  ['8a', `reopen with ${args.size} stored: all data in`, 'ms', 'info', null],
];

function fmt(x, unit) {
  if (x === undefined || x === null || Number.isNaN(x)) return '-';
  if (unit === 'B') return x >= 1 << 20 ? `${(x / (1 << 20)).toFixed(1)} MiB` : `${(x / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(x >= 10 ? 1 : 3)} ms`;
  return String(x);
}

function report(chromiumVersion) {
  const table = [];
  let missing = 0;
  for (const [id, name, unit, kind, goal] of ROWS) {
    const it = results.items[id] || { error: 'not measured' };
    let met = '';
    if (it.error || !Number.isFinite(it.figure)) {
      missing++;
      met = 'NOT MEASURED';
    } else if (kind === 'info') {  // a figure to know, with no goal of its own
      met = 'info';
    } else {
      const v = kind === 'ratio' ? it.ratio : it.figure;
      it.goal = (kind === 'ratio' ? '<= ' + goal + 'x' : '<= ' + goal + (unit === 'frames' ? '' : ' ' + unit));
      it.met = v <= goal;
      met = it.met ? 'met' : 'MISSED';
    }
    table.push({ item: id, what: name, figure: it.error ? `(${it.error.length > 48 ? it.error.slice(0, 47) + '…' : it.error})` : fmt(it.figure, unit),
      baseline: fmt(it.baseline, unit), ratio: Number.isFinite(it.ratio) ? `${it.ratio.toFixed(2)}x` : '-',
      goal: kind === 'info' ? '-' : (kind === 'ratio' ? `<= ${goal}x` : `<= ${goal}${unit === 'frames' ? '' : ' ' + unit}`), result: met });
  }
  const cols = ['item', 'what', 'figure', 'baseline', 'ratio', 'goal', 'result'];
  const w = Object.fromEntries(cols.map(c => [c, Math.max(c.length, ...table.map(r => String(r[c]).length))]));
  const line = r => cols.map(c => String(r[c]).padEnd(w[c])).join('  ');
  const machine = { cpu: os.cpus()[0]?.model || '?', cores: os.cpus().length, memGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`, chromium: chromiumVersion || results.chromium || '',
    loadAvgAtStart: loadAtStart, loadAvgAtEnd: os.loadavg().map(x => round(x, 1)), node: process.version, date: new Date().toISOString() };
  console.log();
  console.log(`Client Card benchmark, size ${args.size}, ${args.runs} runs (medians), dataset ${path.basename(args.dataset)}` +
    ` (${results.items['8']?.fileBytes ? fmt(results.items['8'].fileBytes, 'B') : '?'})`);
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGiB} GiB; ${machine.chromium || 'Chromium ?'} headless (SwiftShader WebGL2); ${machine.date}; ` +
    `load average ${machine.loadAvgAtStart[0]} at start, ${machine.loadAvgAtEnd[0]} at end`);
  console.log(line(Object.fromEntries(cols.map(c => [c, c]))));
  console.log(cols.map(c => '-'.repeat(w[c])).join('  '));
  for (const r of table) console.log(line(r));
  console.log(`bench: ${table.length - missing} of ${table.length} items measured, ` +
    `${table.filter(r => r.result === 'met').length} goals met, ${table.filter(r => r.result === 'MISSED').length} missed (${results.durationS} s)`);
  const out = { size: args.size, runs: args.runs, dataset: path.resolve(args.dataset), machine, table, items: results.items,
    extra: results.extra, errors: results.errors, durationS: results.durationS };
  if (args.json) {
    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    fs.writeFileSync(args.json, JSON.stringify(out, null, 2) + '\n');
    console.log(`bench: results written to ${args.json}`);
  }
  return missing;
}

main().then(v => process.exit(report(v) ? 1 : 0), e => {
  console.error('bench: failed:', e && e.stack || e);
  try { report(''); } catch { /* nothing more to say */ }
  process.exit(1);
});
