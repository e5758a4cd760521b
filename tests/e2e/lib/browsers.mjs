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

/** Launches `name` with the given profile folder (kept by the caller between launches). */
export async function launchBrowser(name, userDataDir) {
  if (name === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath: EXECUTABLES.chromium,
      headless: true,
      userDataDir,
      defaultViewport: VIEWPORT,
      args: [...CHROMIUM_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`],
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

/** Closes a browser; kills its process if a polite close does not finish in time. */
export async function closeBrowser(browser, ms = 10000) {
  if (!browser) return;
  const proc = browser.process?.();
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
