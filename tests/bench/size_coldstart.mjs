#!/usr/bin/env node
// Where the cold start goes (issue 7, items 1 and 2; a diagnostic beside tests/bench/run.mjs,
// not part of the benchmark's table). For the app and the bare baseline page, each load in a
// fresh Chromium profile like item 1, it prints the median of each phase, in ms since
// navigation start:
//   js      app.js / bare.js fetched (responseEnd)
//   wasm    .wasm fetched            data   .data fetched (the preloaded fonts, assets)
//   inst    WebAssembly.instantiate(Streaming) resolved (compiled + instantiated)
//   main    main() about to run (Module.onRuntimeInitialized: run dependencies done,
//           i.e. .data unpacked and the app's pre-js IndexedDB read finished)
//   frame   Module.benchFirstFrameMs (item 1's figure)
// and the gzip -9 size of each file the page downloads (item 2).
//
//   node tests/bench/size_coldstart.mjs --site build-web/site --bare build-web/bench/bare [--runs N]
//
// --site may be given several times (variants of the app's build, e.g. /tmp/a/site,/tmp/b/site):
// each is then measured in the same runs, in turn with the others and the bare page.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, EXECUTABLES, VIEWPORT, closeBrowser } from '../e2e/lib/browsers.mjs';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const puppeteer = require('puppeteer-core');

const args = { runs: 5, sites: [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i], v = process.argv[i + 1];
  if (k === '--site') args.sites.push(v);
  else if (k === '--bare') args.bare = v;
  else if (k === '--runs') args.runs = Number(v);
  else { console.error(`size_coldstart: unknown argument ${k}`); process.exit(2); }
}
if (!args.sites.length || !args.bare) {
  console.error('usage: node tests/bench/size_coldstart.mjs --site DIR --bare DIR [--runs N]');
  process.exit(2);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.data': 'application/octet-stream' };
// The same kind of server as run.mjs's (cross-origin isolated, no-cache).
async function startServer(mounts) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find(p => rel.startsWith(p));
    if (!prefix) return res.writeHead(404).end();
    let file = path.join(path.resolve(mounts[prefix]), rel.slice(prefix.length));
    if (rel.endsWith('/')) file = path.join(file, 'index.html');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size, 'Cache-Control': 'no-cache',
        'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
      fs.createReadStream(file).pipe(res);
    });
  });
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// Installed before any page script: hooks WebAssembly.instantiate* and the Module object.
function hooks() {
  const marks = window.__sizeMarks = {};
  const wrap = name => {
    const f = WebAssembly[name];
    WebAssembly[name] = function (...a) {
      marks.instStart ??= performance.now();
      return f.apply(this, a).then(r => { marks.inst = performance.now(); return r; });
    };
  };
  wrap('instantiateStreaming');
  wrap('instantiate');
  let mod;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return mod; },
    set(m) {
      mod = m;
      const prev = m.onRuntimeInitialized;
      m.onRuntimeInitialized = function () { marks.main = performance.now(); if (prev) prev.apply(this, arguments); };
    },
  });
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function load(origin, which, url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'size-cold-'));
  const browser = await puppeteer.launch({ browser: 'chrome', executablePath: EXECUTABLES.chromium, headless: true,
    userDataDir: profile, defaultViewport: VIEWPORT, args: [...CHROMIUM_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`] });
  try {
    const page = (await browser.pages())[0] || await browser.newPage();
    await page.evaluateOnNewDocument(hooks);
    await page.goto(origin + url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.Module && window.Module.benchFirstFrameMs > 0, { polling: 20, timeout: 120000 });
    return await page.evaluate(() => {
      const end = re => { const e = performance.getEntriesByType('resource').find(r => re.test(r.name)); return e ? e.responseEnd : NaN; };
      const m = window.__sizeMarks;
      return { js: end(/\/(app|bare)\.js$/), wasm: end(/\.wasm$/), data: end(/\.data$/), inst: m.inst, main: m.main,
        frame: Module.benchFirstFrameMs };
    });
  } finally {
    await closeBrowser(browser);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const gz = f => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
const pages = [...args.sites.map((dir, i) => ({ name: args.sites.length > 1 ? `app${i + 1}` : 'app', dir, url: `/app${i}/?lang=en` })),
  { name: 'bare', dir: args.bare, url: '/bare/' }];
for (const p of pages) {
  const files = fs.readdirSync(p.dir).filter(f => /\.(html|js|css|wasm|data)$/.test(f));
  let total = 0;
  const parts = files.map(f => { const g = gz(path.join(p.dir, f)); total += g; return `${f} ${g}`; });
  console.log(`${p.name} ${p.dir} gzip: ${total} B (${parts.join(', ')})`);
}

const mounts = {};
for (const p of pages) mounts[p.url.replace(/\?.*$/, '')] = p.dir;
const server = await startServer(mounts);
const runs = Object.fromEntries(pages.map(p => [p.name, []]));
try {
  for (let r = 0; r < args.runs; ++r) {
    // Rotate which page goes first.
    const order = pages.map((_, i) => pages[(i + r) % pages.length]);
    for (const p of order) runs[p.name].push(await load(server.origin, p.name, p.url));
  }
} finally {
  server.close();
}
const keys = ['js', 'wasm', 'data', 'inst', 'main', 'frame'];
console.log(`load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}; medians of ${args.runs} runs, ms since navigation start`);
console.log(['page', ...keys].map(k => k.padStart(7)).join(''));
for (const p of pages)
  console.log([p.name, ...keys.map(k => median(runs[p.name].map(x => x[k])).toFixed(1))].map(k => String(k).padStart(7)).join(''));
const bare = median(runs.bare.map(x => x.frame));
for (const p of pages.slice(0, -1))
  console.log(`first frame ratio ${p.name}/bare: ${(median(runs[p.name].map(x => x.frame)) / bare).toFixed(2)}`);
