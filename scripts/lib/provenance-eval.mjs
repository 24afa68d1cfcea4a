import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Helpers for scripts/bench-provenance.mjs: publisher-name comparison and small statistics.
// (Fingerprints are compared by the core itself: compareFingerprints of the wasm wrapper.)

// Letters and digits, lower-cased, without a leading "the": the key the core compares names by.
export function publisherKey(name) {
  if (!name) return '';
  let k = String(name).normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (k.length > 5 && k.startsWith('the')) k = k.slice(3);
  return k;
}

// Whether our publisher name and the manifest's best-effort name denote the same outlet: equal
// keys, or one key a prefix of the other ("CBS News" / "CBS News Digital", "WSJ" never matches
// "Wall Street Journal": such pairs are counted separately by the caller through the URL host).
export function samePublisher(ours, expected) {
  const a = publisherKey(ours);
  const b = publisherKey(expected);
  if (!a || !b) return false;
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s);
}

// The publisher table (core/data/publishers.tsv), for name/alias/domain equivalence: "WSJ" and
// "The Wall Street Journal" are one outlet, and so is the outlet owning the original's domain.
let table = null;
export function publisherTable(root) {
  if (table) return table;
  table = { byKey: new Map(), rows: [] };
  let text = '';
  try {
    text = readFileSync(join(root, 'core', 'data', 'publishers.tsv'), 'utf8');
  } catch {
    return table;
  }
  text.split('\n').slice(1).forEach((line) => {
    if (!line || line.startsWith('#')) return;
    const [name, aliases = '', domains = ''] = line.split('\t');
    const row = { name, domains: domains.split('|').filter(Boolean) };
    table.rows.push(row);
    for (const n of [name, ...aliases.split('|')].filter(Boolean)) {
      const k = publisherKey(n);
      if (k && !table.byKey.has(k)) table.byKey.set(k, row);
    }
  });
  return table;
}

function ownsHost(row, host) {
  const h = String(host || '').toLowerCase();
  return row.domains.some((d) => h === d || h.endsWith(`.${d}`));
}

// samePublisher, plus the table: same row by name or alias, or our outlet owns the original's host.
export function samePublisherIn(root, ours, expected, originalUrl) {
  if (samePublisher(ours, expected)) return true;
  const t = publisherTable(root);
  const a = t.byKey.get(publisherKey(ours));
  const b = t.byKey.get(publisherKey(expected));
  if (a && b && a === b) return true;
  if (a && originalUrl) {
    try {
      if (ownsHost(a, new URL(originalUrl).host)) return true;
    } catch { /* not a URL */ }
  }
  return false;
}

export function registrableGuess(host) {
  // Good enough for the bench's URL comparison: drop "www." and the like; both sides go through
  // the same function.
  return String(host || '').toLowerCase().replace(/^(www\d?|m|amp|edition|news)\./, '');
}

export function median(xs) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(xs, q) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

export const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
