// Shared helpers of the fixture generators (gen_rich.mjs, gen_timeline.mjs): dates relative
// to a reference day in Moscow time (+03:00), requisites with real check digits, base64,
// a small deterministic random generator.

/** The reference day: `YYYY-MM-DD` given, or today in Moscow (UTC+3, no DST). */
export function referenceDay(given) {
  if (given) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(given + 'T00:00:00Z')))
      throw new Error(`--today must be YYYY-MM-DD, got "${given}"`);
    return given;
  }
  return new Date(Date.now() + 3 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Dates and moments `offset` days from the reference day. */
export function calendar(today) {
  const base = Date.parse(today + 'T00:00:00Z');
  const day = offset => new Date(base + offset * 86400000).toISOString().slice(0, 10);
  const at = (offset, hhmm = '10:00') => `${day(offset)}T${hhmm}:00+03:00`;
  // The same, moved off a weekend: to the Friday before for a past day, to the Monday
  // after for a future one (so the past stays past and the future stays future).
  const workAt = (offset, hhmm = '10:00') => {
    let o = offset;
    const weekday = () => new Date(base + o * 86400000).getUTCDay();  // 0 = Sunday
    if (o < 0) while (weekday() === 0 || weekday() === 6) o--;
    else if (o > 0) while (weekday() === 0 || weekday() === 6) o++;
    return at(o, hhmm);
  };
  return { today, day, at, workAt };
}

// ---- Requisites with the published check digits (FNS rules; see src/model/requisites.h).
const digitsOf = s => [...s].map(Number);
const weighted = (s, w) => digitsOf(s).reduce((sum, d, i) => sum + d * w[i], 0);

/** 9 digits -> a valid 10-digit INN of a legal entity. */
export function inn10(base9) {
  if (!/^\d{9}$/.test(base9)) throw new Error('inn10 needs 9 digits');
  return base9 + (weighted(base9, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10);
}

/** 10 digits -> a valid 12-digit INN of a person or sole trader. */
export function inn12(base10) {
  if (!/^\d{10}$/.test(base10)) throw new Error('inn12 needs 10 digits');
  const s11 = base10 + (weighted(base10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10);
  return s11 + (weighted(s11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10);
}

/** 12 digits (starting with 1 or 5) -> a valid 13-digit OGRN. */
export function ogrn(base12) {
  if (!/^[15]\d{11}$/.test(base12)) throw new Error('ogrn needs 12 digits starting with 1 or 5');
  return base12 + Number(BigInt(base12) % 11n % 10n);
}

/** 14 digits (starting with 3) -> a valid 15-digit OGRNIP. */
export function ogrnip(base14) {
  if (!/^3\d{13}$/.test(base14)) throw new Error('ogrnip needs 14 digits starting with 3');
  return base14 + Number(BigInt(base14) % 13n % 10n);
}

export const base64 = text => Buffer.from(text, 'utf8').toString('base64');
export const byteLength = text => Buffer.byteLength(text, 'utf8');

/** Mulberry32: the same sequence for the same seed, so generated files are reproducible. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),  // lo..hi inclusive
    pick: list => list[Math.floor(next() * list.length)],
  };
}

/** Command line `--name value` pairs. */
export function parseArgs(argv, known) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.startsWith('--') ? a.slice(2) : null;
    if (!name || !known.includes(name) || i + 1 >= argv.length) {
      throw new Error(`unknown or incomplete option "${a}" (options: ${known.map(k => '--' + k).join(', ')})`);
    }
    out[name] = argv[++i];
  }
  return out;
}

/** The interchange format's document around the collections (FORMAT.md "The document"). */
export function documentOf(exportedAt, c) {
  return {
    format: 'client-card',
    version: 1,
    exported_at: exportedAt,
    employees: c.employees || [],
    clients: c.clients || [],
    contacts: c.contacts || [],
    interactions: c.interactions || [],
    interests: c.interests || [],
    relationships: c.relationships || [],
    contracts: c.contracts || [],
  };
}

/** The text of a document as Export writes it: one record per line (FORMAT.md "Export"). */
export function documentText(doc) {
  const lines = ['{'];
  const keys = Object.keys(doc);
  keys.forEach((key, i) => {
    const comma = i + 1 < keys.length ? ',' : '';
    const v = doc[key];
    if (Array.isArray(v) && v.length > 0) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      v.forEach((r, k) => lines.push(`    ${JSON.stringify(r)}${k + 1 < v.length ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(v)}${comma}`);
    }
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}
