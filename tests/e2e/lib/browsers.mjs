// Launching Debian's Chromium (CDP, headless) and Firefox ESR (WebDriver BiDi, headful
// under Xvfb: its headless mode has no WebGL on these machines) with puppeteer-core.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';

export const BROWSERS = ['chromium', 'firefox'];

export const EXECUTABLES = {
  chromium: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
  firefox: process.env.E2E_FIREFOX || '/usr/bin/firefox-esr',
};

// Verified on these machines (see TOOLCHAIN.md): WebGL2 through SwiftShader, no network.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const VIEWPORT = { width: 1280, height: 720 };

export function browserAvailable(name) {
  try {
    fs.accessSync(EXECUTABLES[name], fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Launches `name` with the given profile folder (kept by the caller between launches).
 * E2E_CHROMIUM_LOG=1: Chromium writes its log to chromium-<ms>.log in the profile folder.
 */
export async function launchBrowser(name, userDataDir) {
  if (name === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath: EXECUTABLES.chromium,
      headless: true,
      userDataDir,
      defaultViewport: VIEWPORT,
      args: [...CHROMIUM_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
        ...(process.env.E2E_CHROMIUM_LOG ? ['--enable-logging', '--v=0', `--log-file=${userDataDir}/chromium-${Date.now()}.log`] : [])],
      timeout: 30000,
      protocolTimeout: 60000,
    });
  }
  if (name === 'firefox') {
    if (!process.env.DISPLAY) throw new Error('Firefox needs an X display (run.mjs starts Xvfb)');
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless: false,
      userDataDir,
      defaultViewport: VIEWPORT,
      args: [`--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height + 100}`],
      timeout: 30000,
      protocolTimeout: 60000,
    });
  }
  throw new Error('unknown browser ' + name);
}

/** Pids of the live processes whose command line mentions `needle` (Linux /proc). */
function pidsMentioning(needle) {
  const out = [];
  let entries = [];
  try { entries = fs.readdirSync('/proc'); } catch { return out; }
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${e}/cmdline`, 'utf8');
      if (cmd.includes(needle)) out.push(Number(e));
    } catch { /* gone meanwhile */ }
  }
  return out;
}

const alive = pid => { try { process.kill(pid, 0); return true; } catch { return false; } };

/**
 * Kills a browser at once, the way a crash or a power cut ends it: SIGKILL to its whole
 * process group (puppeteer starts the browser detached, as a group leader), then to any
 * process still naming the profile folder (helpers that left the group), and waits until
 * every one of them is gone, so that the profile can be opened again at once. Returns the
 * number of processes killed. `profileDir` is the folder the browser was launched with.
 */
export async function killBrowser(browser, profileDir, ms = 10000) {
  const proc = browser?.process?.();
  const pid = proc?.pid;
  const exited = proc && proc.exitCode === null && proc.signalCode === null
    ? new Promise(resolve => proc.once('exit', resolve)) : Promise.resolve();
  const victims = new Set(pid ? [pid] : []);
  if (pid) {
    try { process.kill(-pid, 'SIGKILL'); } catch { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  const deadline = Date.now() + ms;
  for (;;) {
    const left = profileDir ? pidsMentioning(profileDir) : [];
    for (const p of left) {
      victims.add(p);
      try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
    }
    if (!left.length && (!pid || !alive(pid) || proc.exitCode !== null || proc.signalCode !== null)) break;
    if (Date.now() > deadline) throw new Error(`browser processes still alive ${ms} ms after SIGKILL: ${left.join(' ')}`);
    await new Promise(f => setTimeout(f, 20));
  }
  await Promise.race([exited, new Promise(f => setTimeout(f, 2000))]);
  // puppeteer restores the profile's prefs when the process exits (Firefox: user.js and
  // prefs.js from their *.puppeteer backups, asynchronously: unlink, then rename). A launch
  // of the profile before that has finished fails (ENOENT copying user.js): wait until no
  // backup is left, at most 5 s.
  if (profileDir) {
    const pending = () => { try { return fs.readdirSync(profileDir).some(f => f.endsWith('.puppeteer')); } catch { return false; } };
    for (const end = Date.now() + 5000; pending() && Date.now() < end;) await new Promise(f => setTimeout(f, 20));
  }
  // The CDP / BiDi connection is gone with the process; drop it without waiting.
  try { browser.disconnect?.(); } catch { /* already disconnected */ }
  return victims.size;
}

/** Closes a browser; kills its process if a polite close does not finish in time. */
export async function closeBrowser(browser, ms = 10000) {
  if (!browser) return;
  const proc = browser.process?.();
  // Already dead (killed on purpose, or crashed): nothing to close politely.
  if (proc && (proc.exitCode !== null || proc.signalCode !== null)) return;
  if (browser.connected === false) {
    try { proc?.kill('SIGKILL'); } catch { /* already gone */ }
    return;
  }
  let timer;
  try {
    await Promise.race([
      browser.close(),
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error('close timeout')), ms); }),
    ]);
  } catch {
    try { proc?.kill('SIGKILL'); } catch { /* already gone */ }
  } finally {
    clearTimeout(timer);
  }
}
