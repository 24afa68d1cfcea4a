// Filter export: turn the reader's flagged sites into lines for the blockers they already use
// (uBlacklist, Content Farm Terminator, uBlock Origin). Pure JS, no chrome.* use.
// Input entries come from the report store: { host, registrableDomain, reason, verdict, time }.
// The caller computes registrableDomain (PSL lives in the core); we only validate it.

import { normalizeHost } from './site-lists.js';

export const EXPORT_FORMATS = Object.freeze(['ublacklist', 'cft', 'ubo']);

// Reasons become comments; past this they stop being a note and start being a payload.
export const MAX_REASON_LENGTH = 200;

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Make a reason safe to put in a one-line comment: no line breaks of any kind (a newline
 * would let a reason inject its own rule), no control or bidi-override characters (which
 * can make a comment display as something else), whitespace collapsed, length capped.
 */
export function sanitizeReason(reason, maxLength = MAX_REASON_LENGTH) {
  if (reason === null || reason === undefined) return '';
  let s = String(reason)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\u0085]+/gu, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1).trimEnd()}…`;
  return s;
}

// Report times may be epoch ms or ISO strings; unknown times sort last.
function timeOf(entry) {
  const t = entry?.time;
  const ms = typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : NaN;
  return Number.isFinite(ms) ? ms : -Infinity;
}

/**
 * Collect one { domain, reason } per site: normalized, deduplicated (the most recent
 * report's reason wins, else the first non-empty one), sorted by domain.
 * scope 'registrable' blocks the whole site (registrableDomain, falling back to host);
 * scope 'host' blocks only the exact host that was reported (and its subdomains).
 */
export function collectSites(entries, { scope = 'registrable', filter = null } = {}) {
  if (scope !== 'registrable' && scope !== 'host') throw new TypeError(`unknown scope: ${scope}`);
  const byDomain = new Map();
  const skipped = [];
  const list = Array.isArray(entries) ? entries : [];
  // Stable sort, newest first, so the latest report's reason is the one kept.
  const order = list
    .map((entry, index) => ({ entry, index, time: timeOf(entry) }))
    .filter(({ entry }) => entry && typeof entry === 'object' && (!filter || filter(entry)))
    .sort((a, b) => (b.time === a.time ? a.index - b.index : b.time > a.time ? 1 : -1));
  for (const { entry, index } of order) {
    const raw = scope === 'registrable' ? entry.registrableDomain || entry.host : entry.host;
    const domain = normalizeHost(raw);
    if (!domain) {
      skipped.push({ index, host: raw ?? null, message: 'not a valid host name' });
      continue;
    }
    const reason = sanitizeReason(entry.reason);
    const seen = byDomain.get(domain);
    if (!seen) byDomain.set(domain, { domain, reason });
    else if (!seen.reason && reason) seen.reason = reason;
  }
  const sites = [...byDomain.values()].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  skipped.sort((a, b) => a.index - b.index);
  return { sites, skipped };
}

const FORMATTERS = {
  // '*.' in a match pattern also covers the bare domain; IPs have no subdomains.
  ublacklist: ({ domain, reason }) => {
    const rule = IPV4.test(domain) ? `*://${domain}/*` : `*://*.${domain}/*`;
    return reason ? [`# ${reason}`, rule] : [rule];
  },
  // CFT: a plain domain covers its subdomains; the reason rides as a trailing comment.
  cft: ({ domain, reason }) => [reason ? `${domain} # ${reason}` : domain],
  // "! " with a space: "!#" would start a uBO preprocessor directive.
  ubo: ({ domain, reason }) => (reason ? [`! ${reason}`, `||${domain}^`] : [`||${domain}^`]),
};

const HEADERS = {
  ublacklist: (title) => [`# ${title}`],
  cft: (title) => [`# ${title}`],
  ubo: (title) => ['[Adblock Plus 2.0]', `! Title: ${title}`],
};

/**
 * Format entries as filter lines for one blocker.
 * @param {{ host, registrableDomain, reason, verdict, time }[]} entries
 * @param {'ublacklist'|'cft'|'ubo'} format
 * @param {{ scope?: 'registrable'|'host', title?: string|null, filter?: (entry) => boolean }} [options]
 *   title: adds a header comment (omitted by default so output is just rules).
 *   filter: e.g. (e) => e.verdict === 'farm' to export only some verdicts.
 * @returns {{ text: string, lines: string[], count: number, skipped: { index, host, message }[] }}
 */
export function exportFilters(entries, format, { scope = 'registrable', title = null, filter = null } = {}) {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new TypeError(`unknown export format: ${format}`);
  const { sites, skipped } = collectSites(entries, { scope, filter });
  const lines = [];
  const cleanTitle = title ? sanitizeReason(title) : '';
  if (cleanTitle) lines.push(...HEADERS[format](cleanTitle));
  for (const site of sites) lines.push(...formatter(site));
  return { text: lines.length ? `${lines.join('\n')}\n` : '', lines, count: sites.length, skipped };
}
