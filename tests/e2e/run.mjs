#!/usr/bin/env node
// Browser end-to-end suite of Client Card.
//
//   node tests/e2e/run.mjs --site build-web/site [--browser chromium|firefox|all]
//                          [--only name[,name...]] [--timeout seconds] [--keep-profiles] [--serial] [--list]
//
// Serves the site folder on 127.0.0.1 (random free port), runs every test of specs/ in
// headless Chromium and in Firefox ESR (headful: under Xvfb when there is no DISPLAY), the
// two browsers at the same time (each its tests one after the other; --serial: Chromium's
// tests, then Firefox's),
// each test with fresh temporary profile folders, prints one line per test and browser
// and a last line "e2e: N passed, M failed"; exits 1 when a test failed, 2 on bad usage.
// Screenshots go to tests/e2e/artifacts/<browser>/<test>[-<step>].png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function usage(msg) {
  if (msg) console.error('e2e: ' + msg);
  console.error('usage: node tests/e2e/run.mjs --site DIR [--browser chromium|firefox|all] [--only name[,name]] [--timeout s] [--keep-profiles] [--serial] [--list]');
  process.exit(2);
}

const opts = { site: null, browser: 'all', only: null, timeout: 90, keep: false, list: false, serial: false };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const val = () => { const v = process.argv[++i]; if (v === undefined) usage(`${a} needs a value`); return v; };
  if (a === '--site') opts.site = val();
  else if (a === '--browser') opts.browser = val();
  else if (a === '--only') opts.only = val().split(',').map(s => s.trim()).filter(Boolean);
  else if (a === '--timeout') opts.timeout = Number(val());
  else if (a === '--keep-profiles') opts.keep = true;
  else if (a === '--list') opts.list = true;
  else if (a === '--serial') opts.serial = true;
  else if (a === '-h' || a === '--help') usage();
  else usage('unknown argument ' + a);
}

// Specs: specs/NN_name.mjs, each `export default { name, run: async ctx => {...} }`, with an
// optional `timeout` in seconds when the spec needs more than --timeout.
const specFiles = fs.readdirSync(path.join(HERE, 'specs')).filter(f => f.endsWith('.mjs')).sort();
const specs = [];
for (const f of specFiles) specs.push((await import(pathToFileURL(path.join(HERE, 'specs', f)))).default);
if (opts.list) {
  for (const s of specs) console.log(s.name);
  process.exit(0);
}
if (!opts.site) usage('--site is required');
if (!['chromium', 'firefox', 'all'].includes(opts.browser)) usage('bad --browser ' + opts.browser);
if (!(opts.timeout > 0)) usage('bad --timeout');
const siteDir = path.resolve(opts.site);
if (!fs.existsSync(path.join(siteDir, 'index.html'))) usage(`no index.html in ${siteDir} (build the app first)`);
let selected = specs;
if (opts.only) {
  const unknown = opts.only.filter(n => !specs.some(s => s.name === n));
  if (unknown.length) usage(`unknown test ${unknown.join(', ')}; tests: ${specs.map(s => s.name).join(', ')}`);
  selected = specs.filter(s => opts.only.includes(s.name));
}
const browsers = opts.browser === 'all' ? ['chromium', 'firefox'] : [opts.browser];

// Firefox ESR has no WebGL in headless mode here: it runs headful, on Xvfb if needed.
let xvfbProc = null;
if (browsers.includes('firefox') && !process.env.DISPLAY) {
  const hasXvfbRun = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  if (hasXvfbRun && !process.env.E2E_UNDER_XVFB) {
    const r = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', process.execPath, ...process.argv.slice(1)],
      { stdio: 'inherit', env: { ...process.env, E2E_UNDER_XVFB: '1' } });
    if (r.error) { console.error('e2e: xvfb-run failed: ' + r.error.message); process.exit(1); }
    process.exit(r.status ?? 1);
  }
  xvfbProc = await startXvfb().catch(e => { console.error('e2e: ' + e.message); return null; });
}

async function startXvfb() {
  // Xvfb writes the display number it picked to the -displayfd pipe.
  const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10000);
    proc.on('error', e => { clearTimeout(t); reject(new Error('cannot start Xvfb (install xvfb): ' + e.message)); });
    proc.stdio[3].on('data', d => {
      buf += d;
      if (buf.includes('\n')) { clearTimeout(t); resolve(buf.trim()); }
    });
  });
  process.env.DISPLAY = ':' + display;
  return proc;
}

const { startServer } = await import('./lib/server.mjs');
const { launchBrowser, closeBrowser, killBrowser, browserAvailable, EXECUTABLES } = await import('./lib/browsers.mjs');
const app = await import('./lib/app.mjs');

const server = await startServer(siteDir);
console.log(`e2e: serving ${siteDir} at ${server.origin}; browsers: ${browsers.join(', ')}; tests: ${selected.length}; timeout ${opts.timeout} s per test`);

function makeContext(browserName, spec) {
  const artifacts = path.join(HERE, 'artifacts', browserName);
  fs.mkdirSync(artifacts, { recursive: true });
  for (const f of fs.readdirSync(artifacts)) {
    if (f === `${spec.name}.png` || f.startsWith(`${spec.name}-`)) fs.rmSync(path.join(artifacts, f), { force: true });
  }
  const ctx = {
    browserName,
    origin: server.origin,
    app,
    fixturesDir: path.join(HERE, 'fixtures'),
    profiles: [],
    browsers: new Set(),
    pages: new Set(),
    pageErrors: [],
    softFailures: [],
    notes: [],
    log: [],  // runner lines printed after the result line
    screenshots: [],
    /** A fresh temporary profile folder (removed after the test). */
    newProfile() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cc-e2e-${browserName}-`));
      ctx.profiles.push(dir);
      return dir;
    },
    async launch(profileDir) {
      const b = await launchBrowser(browserName, profileDir);
      b.__profileDir = profileDir;
      ctx.browsers.add(b);
      return b;
    },
    /**
     * Kills the browser at once (SIGKILL to its process group and to every process of its
     * profile, like a crash): nothing is flushed or closed. Resolves when all are gone, so
     * the profile can be launched again. Returns the number of processes killed.
     */
    async kill(browser) {
      for (const p of [...ctx.pages]) if (p.browser() === browser) ctx.pages.delete(p);
      ctx.browsers.delete(browser);
      return killBrowser(browser, browser.__profileDir);
    },
    async close(browser) {
      for (const p of [...ctx.pages]) if (p.browser() === browser) ctx.pages.delete(p);
      ctx.browsers.delete(browser);
      await closeBrowser(browser);
    },
    /**
     * A new page in `browser` (or the first blank one), watched for uncaught errors (which
     * fail the test unless allowPageErrors: for pages that are made to fail on purpose).
     */
    async newPage(browser, { allowPageErrors = false } = {}) {
      const existing = (await browser.pages()).find(p => p.url() === 'about:blank' && !ctx.pages.has(p));
      const page = existing || await browser.newPage();
      ctx.pages.add(page);
      page.on('pageerror', e => {
        const text = `${page.url()}: ${e && e.message || e}`;
        if (allowPageErrors) ctx.notes.push('page error (expected here): ' + text);
        else ctx.pageErrors.push(text);
      });
      page.on('console', m => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) ctx.notes.push(`console.error: ${m.text()}`);
      });
      page.on('response', r => {
        if (r.status() >= 400 && !/\/favicon\.ico$/.test(r.url())) ctx.notes.push(`HTTP ${r.status()} ${r.url()}`);
      });
      page.on('close', () => ctx.pages.delete(page));
      // A beforeunload prompt (the app warns when leaving with unsaved changes) would
      // block a reload or close: accept it, and say so.
      page.on('dialog', d => {
        ctx.notes.push(`dialog ${d.type()}: "${d.message()}" (accepted)`);
        d.accept().catch(() => {});
      });
      return page;
    },
    /** newPage + open ?lang=... + await cardApp.ready. */
    async openApp(browser, { lang = 'en' } = {}) {
      const page = await ctx.newPage(browser);
      await app.openApp(page, server.origin, { lang });
      return page;
    },
    async screenshot(page, step = '') {
      const file = path.join(artifacts, `${spec.name}${step ? '-' + step : ''}.png`);
      if (browserName === 'firefox') await page.bringToFront().catch(() => {});
      await page.screenshot({ path: file });
      ctx.screenshots.push(path.relative(process.cwd(), file));
      return file;
    },
    note(s) { ctx.notes.push(s); },
    /** A failed check that does not stop the test: it goes on, and fails at the end. */
    softFail(s) { ctx.softFailures.push(s); },
    async cleanup(failed) {
      if (failed) {
        let i = 0;
        for (const p of [...ctx.pages]) {
          if (p.isClosed()) continue;
          try {
            const file = path.join(artifacts, `${spec.name}-failure${i++ ? '-' + i : ''}.png`);
            await Promise.race([p.screenshot({ path: file }), new Promise((_, r) => setTimeout(() => r(new Error('timeout')), 8000))]);
            ctx.screenshots.push(path.relative(process.cwd(), file));
          } catch { /* page unusable */ }
        }
      }
      await Promise.all([...ctx.browsers].map(b => closeBrowser(b)));
      ctx.browsers.clear();
      // A spec still running after its timeout may be writing into a profile: never let
      // its removal fail the run.
      if (!opts.keep) {
        for (const d of ctx.profiles) {
          try { fs.rmSync(d, { recursive: true, force: true, maxRetries: 3 }); } catch (e) { ctx.log.push(`      (profile ${d} not removed: ${e.code || e.message})`); }
        }
      }
      else if (ctx.profiles.length) ctx.log.push(`      profiles kept: ${ctx.profiles.join(' ')}`);
    },
  };
  return ctx;
}

let passed = 0;
let failed = 0;
const t0 = Date.now();
const concurrent = !opts.serial && browsers.length > 1;

/** Runs one spec in one browser; returns its report (one block of lines) and whether it passed. */
async function runOne(browserName, spec) {
  const started = Date.now();
  let error = null;
  const ctx = makeContext(browserName, spec);
  if (!browserAvailable(browserName)) {
    error = new Error(`${EXECUTABLES[browserName]} not found (scripts/setup.sh --tests installs it)`);
  } else if (browserName === 'firefox' && !process.env.DISPLAY) {
    error = new Error('no X display for Firefox (install xvfb)');
  } else {
    let timer;
    const run = spec.run(ctx);
    run.catch(() => {}); // a timed-out run may still reject later
    try {
      await Promise.race([run, new Promise((_, rej) => {
        // A spec may need longer (long flows in Firefox); with both browsers at once every
        // test runs slower, so its limit (a guard against a hang, not a speed check) grows.
        const limit = Math.round(Math.max(opts.timeout, spec.timeout || 0) * (concurrent ? 1.5 : 1));
        timer = setTimeout(() => rej(new Error(`timed out after ${limit} s`)), limit * 1000);
      })]);
      if (ctx.softFailures.length) throw Object.assign(new Error(ctx.softFailures.join('\n')), { soft: true });
      if (ctx.pageErrors.length) throw new Error('uncaught error in the page: ' + ctx.pageErrors.join(' | '));
    } catch (e) {
      error = e;
      if (ctx.softFailures.length && !e.soft) {
        error = new Error([e.message, ...ctx.softFailures].join('\n'));
      }
    } finally {
      clearTimeout(timer);
    }
    await ctx.cleanup(!!error);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const out = [...ctx.log];
  if (error) {
    let lines = String(error && error.message || error).split('\n');
    if (lines.length > 40) lines = [...lines.slice(0, 40), `... (${lines.length - 40} more lines)`];
    out.unshift(`FAIL  ${browserName.padEnd(8)} ${spec.name}  (${secs} s): ${lines.join('\n      ')}`);
  } else {
    out.unshift(`ok    ${browserName.padEnd(8)} ${spec.name}  (${secs} s)`);
  }
  for (const n of ctx.notes) out.push(`      note: ${n}`);
  if (ctx.screenshots.length) out.push(`      screenshots: ${ctx.screenshots.join(' ')}`);
  return { ok: !error, text: out.join('\n') };
}

// One browser's tests, one after the other; each test's report is printed in one piece
// when it ends (the two browsers' reports interleave by test, never by line).
async function runBrowser(browserName) {
  const b0 = Date.now();
  let p = 0, f = 0;
  for (const spec of selected) {
    const r = await runOne(browserName, spec);
    if (r.ok) p++;
    else f++;
    console.log(r.text);
  }
  passed += p;
  failed += f;
  return `e2e: ${browserName}: ${p} passed, ${f} failed in ${((Date.now() - b0) / 1000).toFixed(1)} s`;
}

// Both browsers at once by default: a test spends most of its time waiting for frames,
// launches and saves, and the two browsers share nothing (own profiles, own artifacts
// folder; Chromium is headless, Firefox alone on the X display). --serial: one after the
// other.
const totals = concurrent ? await Promise.all(browsers.map(runBrowser)) : [];
if (!concurrent) for (const b of browsers) totals.push(await runBrowser(b));
await server.close();
if (xvfbProc) xvfbProc.kill();
for (const t of totals) console.log(t);
console.log(`e2e: total ${((Date.now() - t0) / 1000).toFixed(1)} s${concurrent ? ' (the browsers at the same time)' : ''}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
