// Registrable domains ("eTLD+1") by the Public Suffix List. The list itself is not written here:
// scripts/build-extension.mjs compiles Debian's public_suffix_list.dat into shared/psl-data.js
// (scripts/lib/psl-table.mjs), and callers hand that table to createPsl(). Hosts are expected as
// URLs give them (lowercase, Punycode); the rules are in the same form.

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * @param {{ rules: string, version?: string|null }} table  from shared/psl-data.js
 * @returns {{ publicSuffix(host: string): string|null, registrableDomain(host: string): string|null,
 *             version: string|null, size: number }}
 */
export function createPsl(table) {
  if (!table || typeof table.rules !== 'string') throw new TypeError('createPsl needs the generated PSL table');
  const exact = new Set();
  const wildcard = new Set();  // "*.ck" is stored as "ck"
  const exception = new Set();  // "!www.ck" is stored as "www.ck"
  for (const rule of table.rules.split(',')) {
    if (!rule) continue;
    if (rule[0] === '!') exception.add(rule.slice(1));
    else if (rule.startsWith('*.')) wildcard.add(rule.slice(2));
    else exact.add(rule);
  }

  function clean(host) {
    let h = String(host ?? '').trim().toLowerCase();
    while (h.endsWith('.')) h = h.slice(0, -1);
    if (!h || h.includes('..') || h.length > 253 || /[\s/\\?#@:]/.test(h.replace(/^\[.*\]$/, ''))) return null;
    return h;
  }

  // Index of the first label of the public suffix (labels.length - 1 for the implicit "*" rule).
  function suffixStart(labels) {
    const n = labels.length;
    const tail = (i) => labels.slice(i).join('.');
    // An exception rule prevails over any other matching rule.
    for (let i = 0; i < n; i++) if (exception.has(tail(i))) return i + 1;
    // Otherwise the matching rule with the most labels, scanning from the longest.
    for (let i = 0; i < n; i++) {
      if (exact.has(tail(i))) return i;
      if (i + 1 < n && wildcard.has(tail(i + 1))) return i;
    }
    return n - 1;
  }

  return {
    version: table.version ?? null,
    size: exact.size + wildcard.size + exception.size,
    publicSuffix(host) {
      const h = clean(host);
      if (!h || IPV4.test(h) || h.startsWith('[')) return null;
      const labels = h.split('.');
      return labels.slice(suffixStart(labels)).join('.');
    },
    registrableDomain(host) {
      const h = clean(host);
      if (!h) return null;
      if (IPV4.test(h) || h.startsWith('[')) return h;  // IP literals are their own site
      const labels = h.split('.');
      const start = suffixStart(labels);
      return start > 0 ? labels.slice(start - 1).join('.') : null;
    },
  };
}
