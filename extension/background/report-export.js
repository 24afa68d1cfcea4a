// Report exports: JSON (full, re-importable), CSV (one row per report), and filter lines for
// uBlacklist, Content Farm Terminator and uBlock Origin (through filter-export.js). Pure JS.
import { exportFilters, EXPORT_FORMATS } from './filter-export.js';
import { CATEGORY_LABELS, EXPORT_TYPE, REPORT_SCHEMA_VERSION } from './report-schema.js';

export const REPORT_EXPORT_FORMATS = Object.freeze(['json', 'csv', ...EXPORT_FORMATS]);

const MIME = { json: 'application/json', csv: 'text/csv', ublacklist: 'text/plain', cft: 'text/plain', ubo: 'text/plain' };
const EXT = { json: 'json', csv: 'csv', ublacklist: 'txt', cft: 'txt', ubo: 'txt' };

export function exportJson(reports, { now = Date.now(), extensionVersion = 'unknown' } = {}) {
  return `${JSON.stringify({
    type: EXPORT_TYPE,
    schemaVersion: REPORT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    extensionVersion,
    count: reports.length,
    reports,
  }, null, 2)}\n`;
}

export const CSV_COLUMNS = Object.freeze([
  ['id', (r) => r.id],
  ['createdAt', (r) => r.createdAt],
  ['updatedAt', (r) => r.updatedAt],
  ['url', (r) => r.page.url],
  ['host', (r) => r.page.host],
  ['registrableDomain', (r) => r.page.registrableDomain],
  ['title', (r) => r.page.title],
  ['cleanTitle', (r) => r.page.cleanTitle],
  ['siteName', (r) => r.page.siteName],
  ['byline', (r) => r.page.byline],
  ['verdict', (r) => r.analysis.verdict],
  ['score', (r) => r.analysis.score],
  ['category', (r) => r.reader.category],
  ['note', (r) => r.reader.note],
  ['likelyOriginalPublisher', (r) => r.analysis.likelyOriginal?.publisher],
  ['likelyOriginalUrl', (r) => r.analysis.likelyOriginal?.url],
  ['signals', (r) => r.analysis.signals.map((s) => s.id).join('; ')],
  ['evidence', (r) => r.analysis.signals.flatMap((s) => s.evidence.map((e) => `${s.id} @ ${e.where}: ${e.text}`)).join(' | ')],
  ['fingerprint', (r) => r.analysis.fingerprint],
  ['extensionVersion', (r) => r.extensionVersion],
  ['source', (r) => r.source],
]);

/**
 * One CSV cell (RFC 4180 quoting). Text from pages is hostile: a cell starting with = + - @ or a
 * tab/CR would run as a formula when the file is opened in a spreadsheet, so it gets a leading
 * apostrophe (OWASP's CSV-injection advice). Numbers are written as numbers.
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(reports) {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const report of reports) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(report))).join(','));
  // CRLF (RFC 4180) and a BOM so spreadsheet programs read UTF-8 titles correctly.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Why a site is listed, one line: "Scraped copy of CBS News (reported 2025-01-02): <note>". */
export function reportReason(report) {
  const label = CATEGORY_LABELS[report.reader.category] ?? 'Reported';
  const publisher = report.analysis.likelyOriginal?.publisher;
  const note = report.reader.note ? `: ${report.reader.note.replace(/\s+/g, ' ').trim()}` : '';
  return `${label}${publisher ? ` of ${publisher}` : ''} (reported ${report.createdAt.slice(0, 10)})${note}`;
}

export function filterEntries(reports) {
  return reports.map((r) => ({
    host: r.page.host,
    registrableDomain: r.page.registrableDomain,
    reason: reportReason(r),
    verdict: r.analysis.verdict,
    time: r.createdAt,
  }));
}

/**
 * @param {object[]} reports full records (newest first)
 * @param {'json'|'csv'|'ublacklist'|'cft'|'ubo'} format
 * @returns {{ text, mime, filename, count, skipped }}
 */
export function exportReports(reports, format, { now = Date.now(), extensionVersion = 'unknown', scope = 'registrable' } = {}) {
  const stamp = new Date(now).toISOString().slice(0, 10);
  const base = { mime: `${MIME[format]};charset=utf-8`, filename: `clearsource-reports-${stamp}.${format === 'json' || format === 'csv' ? EXT[format] : `${format}.${EXT[format]}`}` };
  if (format === 'json') return { ...base, text: exportJson(reports, { now, extensionVersion }), count: reports.length, skipped: [] };
  if (format === 'csv') return { ...base, text: exportCsv(reports), count: reports.length, skipped: [] };
  if (!EXPORT_FORMATS.includes(format)) throw new TypeError(`unknown export format: ${format}`);
  const out = exportFilters(filterEntries(reports), format, { scope, title: `Clearsource reports, ${stamp}` });
  return { ...base, text: out.text, count: out.count, skipped: out.skipped };
}
