// Builds the report draft the reader sees before saving: everything issue 6 lists (page URL, host
// and registrable domain, title and clean title, verdict, score, signals with evidence, likely
// original, fingerprint, note, category, time, extension version), in the stored shape
// (docs/report-schema.md). Shared by the view's report dialog, the popup and the background,
// which normalizes it again (report-schema.js) before storing: the draft shown is the record kept.
import {
  CATEGORIES, REPORT_SCHEMA_VERSION, REPORT_TYPE, SOURCES, VERDICTS, newReportId, normalizeReport,
} from '../background/report-schema.js';
import { publisherHost } from './proxies.js';

// The category a verdict suggests; the reader can change it.
export function defaultCategory(verdict) {
  if (verdict === 'content-farm') return 'content-farm';
  if (verdict === 'suspected-copy') return 'scraped-copy';
  return 'other';
}

/**
 * Host and registrable domain of a page URL, by the Public Suffix List (shared/psl.js): the
 * publisher's when the page came through an AMP cache, a translation proxy or a web archive
 * (shared/proxies.js), so a report never names web.archive.org or google.com.
 * Hosts come out as the URL parser gives them: lowercase, Punycode, no trailing dot.
 */
export function siteOf(url, psl) {
  let host = publisherHost(url);
  if (!host) return { host: null, registrableDomain: null };
  while (host.endsWith('.')) host = host.slice(0, -1);
  // A host that is itself a public suffix (or a bare name like "localhost") is its own site.
  return { host, registrableDomain: psl.registrableDomain(host) ?? host };
}

/**
 * @param {{ url: string, result: object, source?: string, category?: string, note?: string,
 *           now?: number|Date, extensionVersion?: string, id?: string }} input
 *   result: the core's extraction result (core/bindings/clearsource.d.ts); only metadata and
 *   provenance are read, never the article content.
 * @param {{ psl: { registrableDomain(host): string|null } }} deps
 * @returns {{ ok: true, report: object } | { ok: false, errors: string[] }}
 */
export function buildReportDraft(input, { psl }) {
  const { url, result = {}, source = 'banner', note = '', extensionVersion = 'unknown' } = input ?? {};
  const provenance = result?.provenance && typeof result.provenance === 'object' ? result.provenance : null;
  // A verdict this version does not know (a newer core) is stored as 'unknown', not refused.
  const verdict = VERDICTS.includes(provenance?.verdict) ? provenance.verdict : 'unknown';
  const category = CATEGORIES.includes(input?.category) ? input.category : defaultCategory(verdict);
  const now = input?.now instanceof Date ? input.now.getTime() : (input?.now ?? Date.now());
  const createdAt = new Date(now).toISOString();
  const draft = {
    type: REPORT_TYPE,
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: input?.id ?? newReportId(),
    createdAt,
    updatedAt: createdAt,
    extensionVersion,
    source: SOURCES.includes(source) ? source : 'banner',
    page: {
      url,
      title: result?.title ?? null,
      cleanTitle: provenance?.cleanTitle ?? null,
      siteName: result?.siteName ?? null,
      byline: result?.byline ?? null,
      publishedTime: result?.publishedTime ?? null,
    },
    analysis: {
      verdict,
      score: provenance?.score ?? null,
      signals: provenance?.signals ?? [],
      likelyOriginal: provenance?.likelyOriginal ?? null,
      fingerprint: provenance?.fingerprint ?? null,
    },
    reader: { category, note },
  };
  return normalizeReport(draft, { derive: (u) => siteOf(u, psl) });
}

/** The draft with the reader's choices applied (normalized again, so caps hold). */
export function withReaderInput(report, { note, category }, { psl }) {
  const next = structuredClone(report);
  next.reader = {
    category: CATEGORIES.includes(category) ? category : report.reader.category,
    note: typeof note === 'string' ? note : report.reader.note,
  };
  return normalizeReport(next, { derive: (u) => siteOf(u, psl) });
}
