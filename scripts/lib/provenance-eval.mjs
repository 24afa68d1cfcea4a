// Helpers for scripts/bench-provenance.mjs: publisher-name comparison, fingerprint comparison
// (a mirror of core/src/provenance/fingerprint.cc's CompareFingerprints, used when the wasm build
// does not export compareFingerprintsJson), and small statistics.

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

export function registrableGuess(host) {
  // Good enough for the bench's URL comparison: drop "www." and the like; both sides go through
  // the same function.
  return String(host || '').toLowerCase().replace(/^(www\d?|m|amp|edition|news)\./, '');
}

function popcount64(hexA, hexB) {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(hexA.slice(i, i + 8), 16) ^ parseInt(hexB.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

// Same thresholds as core/src/provenance/weights.h (kFingerprint*).
export const FINGERPRINT_RULES = { minBins: 16, similarity: 0.3, hamming: 6 };

export function compareFingerprints(a, b, rules = FINGERPRINT_RULES) {
  if (!a || !b || a.simhash?.length !== 16 || b.simhash?.length !== 16) return null;
  const hamming = popcount64(a.simhash, b.simhash);
  let both = 0;
  let equal = 0;
  for (let i = 0; i < a.minhash.length; i += 4) {
    const x = a.minhash.slice(i, i + 4);
    const y = b.minhash.slice(i, i + 4);
    if (x === '0000' || y === '0000') continue;
    both++;
    if (x === y) equal++;
  }
  const similarity = both ? equal / both : 0;
  const sameArticle = (both >= rules.minBins && similarity >= rules.similarity) || hamming <= rules.hamming;
  return { similarity, hamming, bins: both, sameArticle };
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
