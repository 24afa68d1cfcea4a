// The report record: its schema (docs/report-schema.md), strict validation, size caps and record
// migrations. Pure JS, no chrome.* use: runs in the service worker, in extension pages (the draft
// builder uses the caps) and in Jest.
//
// A report is data from a hostile page (titles, evidence) plus the reader's note. Everything that
// enters the store goes through normalizeReport(): unknown fields are dropped, strings are capped,
// types are checked; nothing is stored that a later reader of the store would have to distrust.

export const REPORT_TYPE = 'clearsource-report';
export const REPORT_SCHEMA_VERSION = 1;
export const EXPORT_TYPE = 'clearsource-reports';

export const VERDICTS = Object.freeze(['original', 'syndicated', 'suspected-copy', 'content-farm', 'unknown']);
export const CATEGORIES = Object.freeze(['scraped-copy', 'content-farm', 'spun-text', 'other']);
export const CATEGORY_LABELS = Object.freeze({
  'scraped-copy': 'Scraped copy',
  'content-farm': 'Content farm',
  'spun-text': 'Spun text',
  other: 'Other',
});
// Where the reader made the report (the import path keeps the original value).
export const SOURCES = Object.freeze(['banner', 'popup', 'context-menu']);

// Caps: a report stays a few KB even when a page is built to bloat it (10,000 reports must fit
// comfortably in the origin's quota), and each limit is far above what a real signal needs.
export const LIMITS = Object.freeze({
  url: 2048,
  host: 253,
  title: 500,
  shortText: 300,      // siteName, byline, publisher, search query, signal id, "where"
  message: 500,        // signal message
  evidenceText: 400,   // one evidence quote
  signals: 24,
  evidencePerSignal: 8,
  evidenceTotal: 64,
  note: 2000,
  fingerprint: 256,
  version: 64,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function newReportId() {
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function isReportId(id) {
  return typeof id === 'string' && UUID.test(id);
}

/**
 * Text as stored: control characters (except tab/newline in notes) and bidi overrides removed,
 * whitespace of single-line fields collapsed, capped at `max` code units with an ellipsis.
 */
export function cleanText(value, max, { multiline = false } = {}) {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = String(value)
    .replace(/[\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(multiline ? /[\u0000-\u0008\u000b-\u001f\u007f]/g : /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, multiline ? '' : ' ');
  if (multiline) s = s.replace(/\r\n?/g, '\n');
  else s = s.replace(/\s+/g, ' ');
  s = s.trim();
  if (!s) return null;
  if (s.length > max) {
    let cut = s.slice(0, max - 1);
    // Never leave half a surrogate pair behind.
    if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
    s = `${cut.trimEnd()}…`;
  }
  return s;
}

export function isoTime(value) {
  if (typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  return null;
}

function httpUrl(value) {
  if (typeof value !== 'string' || value.length > LIMITS.url) return null;
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.username = '';
    u.password = '';
    return u.href.length <= LIMITS.url ? u.href : null;
  } catch {
    return null;
  }
}

function number01(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
}

function normalizeEvidence(list, budget) {
  const out = [];
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (out.length >= LIMITS.evidencePerSignal || budget.left <= 0) break;
    const text = cleanText(item?.text, LIMITS.evidenceText);
    if (!text) continue;
    out.push({ text, where: cleanText(item?.where, LIMITS.shortText) ?? 'page' });
    budget.left--;
  }
  return out;
}

function normalizeSignals(list) {
  const out = [];
  if (!Array.isArray(list)) return out;
  const budget = { left: LIMITS.evidenceTotal };
  for (const s of list) {
    if (out.length >= LIMITS.signals) break;
    const id = cleanText(s?.id, LIMITS.shortText);
    if (!id) continue;
    const weight = typeof s.weight === 'number' && Number.isFinite(s.weight) ? Math.round(s.weight * 1000) / 1000 : 0;
    out.push({
      id,
      weight,
      message: cleanText(s.message, LIMITS.message) ?? '',
      evidence: normalizeEvidence(s.evidence, budget),
    });
  }
  return out;
}

function normalizeLikelyOriginal(lo) {
  if (!lo || typeof lo !== 'object') return null;
  const out = {
    publisher: cleanText(lo.publisher, LIMITS.shortText),
    url: httpUrl(lo.url),
    searchQuery: cleanText(lo.searchQuery, LIMITS.shortText),
  };
  return out.publisher || out.url || out.searchQuery ? out : null;
}

/**
 * Validate and normalize a report (current schema version). Throws nothing.
 * `derive(url)` returns { host, registrableDomain } for the page URL: the store never trusts
 * the caller's host fields, it recomputes them from the URL.
 * @returns {{ ok: true, report: object } | { ok: false, errors: string[] }}
 */
export function normalizeReport(input, { derive } = {}) {
  const errors = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, errors: ['not an object'] };
  if (input.type !== REPORT_TYPE) errors.push(`type must be "${REPORT_TYPE}"`);
  if (input.schemaVersion !== REPORT_SCHEMA_VERSION) errors.push(`schemaVersion must be ${REPORT_SCHEMA_VERSION}`);
  if (!isReportId(input.id)) errors.push('id must be a lowercase UUID');
  const createdAt = isoTime(input.createdAt);
  if (!createdAt) errors.push('createdAt must be an ISO 8601 UTC time');
  const updatedAt = isoTime(input.updatedAt) ?? createdAt;
  const page = input.page && typeof input.page === 'object' ? input.page : {};
  const url = httpUrl(page.url);
  if (!url) errors.push('page.url must be an http(s) URL');
  const analysis = input.analysis && typeof input.analysis === 'object' ? input.analysis : {};
  const verdict = VERDICTS.includes(analysis.verdict) ? analysis.verdict : null;
  if (!verdict) errors.push(`analysis.verdict must be one of ${VERDICTS.join(', ')}`);
  const reader = input.reader && typeof input.reader === 'object' ? input.reader : {};
  const category = CATEGORIES.includes(reader.category) ? reader.category : null;
  if (!category) errors.push(`reader.category must be one of ${CATEGORIES.join(', ')}`);
  if (typeof reader.note === 'string' && reader.note.length > LIMITS.note) errors.push(`reader.note is longer than ${LIMITS.note} characters`);
  if (errors.length) return { ok: false, errors };

  const host = new URL(url).hostname.replace(/\.+$/, '');
  const derived = derive ? derive(url) : null;
  const report = {
    type: REPORT_TYPE,
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: input.id,
    createdAt,
    updatedAt: updatedAt < createdAt ? createdAt : updatedAt,
    extensionVersion: cleanText(input.extensionVersion, LIMITS.version) ?? 'unknown',
    source: SOURCES.includes(input.source) ? input.source : 'banner',
    page: {
      url,
      host: derived?.host ?? host,
      registrableDomain: derived ? derived.registrableDomain : cleanText(page.registrableDomain, LIMITS.host),
      title: cleanText(page.title, LIMITS.title),
      cleanTitle: cleanText(page.cleanTitle, LIMITS.title),
      siteName: cleanText(page.siteName, LIMITS.shortText),
      byline: cleanText(page.byline, LIMITS.shortText),
      publishedTime: cleanText(page.publishedTime, LIMITS.version),
    },
    analysis: {
      verdict,
      score: number01(analysis.score),
      signals: normalizeSignals(analysis.signals),
      likelyOriginal: normalizeLikelyOriginal(analysis.likelyOriginal),
      fingerprint: cleanText(analysis.fingerprint, LIMITS.fingerprint),
    },
    reader: {
      category,
      note: cleanText(reader.note, LIMITS.note, { multiline: true }) ?? '',
    },
  };
  return { ok: true, report };
}

// ---------------------------------------------------------------------------------------
// Record migrations. REPORT_MIGRATIONS[v] turns a version-v record into a version-(v+1) one.
// Used on stored records (report-db.js runs them in the IndexedDB upgrade) and on imported
// files, so an export from an older version imports into a newer one. Version 1 is the first
// released schema, so there is no step yet; the machinery is tested with synthetic steps.
export const REPORT_MIGRATIONS = Object.freeze({});

/**
 * Bring a record to `target` (default: the current version) with the given steps.
 * @returns {{ ok: true, report: object, from: number } | { ok: false, errors: string[] }}
 */
export function migrateReport(record, { migrations = REPORT_MIGRATIONS, target = REPORT_SCHEMA_VERSION } = {}) {
  if (!record || typeof record !== 'object') return { ok: false, errors: ['not an object'] };
  const from = record.schemaVersion;
  if (!Number.isInteger(from) || from < 1) return { ok: false, errors: ['schemaVersion missing or not a positive integer'] };
  if (from > target) {
    return { ok: false, errors: [`schemaVersion ${from} is newer than this version of Clearsource understands (${target}); update the extension`] };
  }
  let current = record;
  for (let v = from; v < target; v++) {
    const step = migrations[v];
    if (typeof step !== 'function') return { ok: false, errors: [`no migration from schemaVersion ${v}`] };
    current = step(structuredClone(current));
    if (current?.schemaVersion !== v + 1) return { ok: false, errors: [`migration from ${v} did not produce version ${v + 1}`] };
  }
  return { ok: true, report: current, from };
}

// The key that spots the same report saved twice (other than by id): one page, one moment.
export function dedupeKey(report) {
  return `${report.page?.url ?? ''}\n${report.createdAt ?? ''}`;
}

// The one-line summary the options page lists (10,000 of these stay small).
export function summarize(report) {
  return {
    id: report.id,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    url: report.page.url,
    host: report.page.host,
    registrableDomain: report.page.registrableDomain,
    title: report.page.cleanTitle ?? report.page.title,
    verdict: report.analysis.verdict,
    score: report.analysis.score,
    category: report.reader.category,
    note: report.reader.note,
    publisher: report.analysis.likelyOriginal?.publisher ?? null,
    signals: report.analysis.signals.map((s) => s.id),
  };
}
