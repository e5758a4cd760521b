// Developer tool: open the app in headless Chromium, load a fixture, click and type, take
// a screenshot to look at. Not part of the suite.
//   node tests/e2e/tools/shot.mjs SITE_DIR out.png en|ru [step...]
// A step is a widget label (clicked in its middle, found with cardApp.locate), "type:TEXT",
// "key:Name" (puppeteer key name), "wait:MS", or "js:EXPR" (evaluated in the page, result
// printed). Environment: FIXTURE (default fixtures/sample.json; "none" for an empty store),
// W, H (viewport, default 1280x800), DPR (default 1).
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { typeText } from '../lib/app.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [site, out, lang = 'en', ...steps] = process.argv.slice(2);
if (!site || !out) {
    console.error('usage: node shot.mjs SITE_DIR out.png en|ru [label | type:TEXT | key:Name | wait:MS | js:EXPR]...');
    process.exit(2);
}
const fixture = process.env.FIXTURE || path.join(here, '..', 'fixtures', 'sample.json');
const server = await startServer(site);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'card-shot-'));
const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium', headless: true, userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
           '--enable-unsafe-swiftshader'],
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
    await page.setViewport({ width: Number(process.env.W || 1280), height: Number(process.env.H || 800),
                             deviceScaleFactor: Number(process.env.DPR || 1) });
    await page.goto(`${server.origin}/?lang=${lang}`);
    await page.waitForFunction('window.cardApp');
    await page.evaluate('cardApp.ready');
    if (fixture !== 'none') {
        const text = fs.readFileSync(fixture, 'utf8');
        console.log('import:', JSON.stringify(await page.evaluate((t) => cardApp.importJson(t, 'replace'), text)));
    }
    for (const step of steps) {
        if (step.startsWith('type:')) { await typeText(page, step.slice(5)); continue; }  // Cyrillic too (ЙЦУКЕН keys)
        if (step.startsWith('key:')) { await page.keyboard.press(step.slice(4)); await sleep(300); continue; }
        if (step.startsWith('wait:')) { await sleep(Number(step.slice(5))); continue; }
        if (step.startsWith('js:')) { console.log(step, '->', JSON.stringify(await page.evaluate(step.slice(3)))); continue; }
        let r = null;
        for (let i = 0; i < 30 && !r; i++) {
            await page.mouse.move(5, 5 + (i % 2));  // wakes the idle loop so that the label is drawn
            await sleep(100);
            r = await page.evaluate((l) => cardApp.locate(l), step);
        }
        if (!r) { console.log('not found:', step); continue; }
        await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
        await sleep(400);
        console.log('clicked:', step, JSON.stringify(r));
    }
    await page.mouse.move(2, 2);
    await sleep(500);
    await page.screenshot({ path: out });
    console.log('screenshot:', out);
} finally {
    await browser.close();
    await server.close();
}
