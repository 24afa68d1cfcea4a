// Generated reports for the store tests: realistic size (three signals with evidence, some notes),
// built with the extension's own draft builder so they are exactly what the store accepts.
import { readPslTable } from '../../scripts/lib/psl-table.mjs';
import { createPsl } from '../../extension/shared/psl.js';
import { buildReportDraft } from '../../extension/shared/report-draft.js';

const psl = createPsl(readPslTable());
const TLDS = ['com', 'net', 'co.uk', 'com.au', 'info', 'de', 'xyz'];

/** n realistic reports: three signals with evidence each, notes on some, spread over a year. */
export function makeReports(n, { seed = 1 } = {}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const k = (i + seed) % Math.max(1, Math.floor(n / 3));  // about three reports per site
    const site = `farm${k}.${TLDS[k % TLDS.length]}`;
    const url = `https://www.${site}/news/${2025 - (i % 2)}/${i}-city-council-approves-bike-lanes.html`;
    const result = {
      title: `Brand${i % 50} Coin Exchange|City council approves ${i} miles of bike lanes -Yield Daily ${i % 13}`,
      byline: 'Dana Whitfield', siteName: `Yield Daily ${i % 13}`, publishedTime: '2025-05-14T06:02:41Z',
      provenance: {
        verdict: i % 3 ? 'suspected-copy' : 'content-farm',
        score: (i % 100) / 100,
        signals: [
          { id: 'attribution-mismatch', weight: 0.4, message: 'The page credits CBS News, which does not publish on this site.', evidence: [{ text: 'Dana Whitfield is a reporter covering cities and transportation for CBS News Digital.', where: 'byline' }] },
          { id: 'keyword-injection', weight: 0.35, message: `The phrase "Brand${i % 50} Coin Exchange" is added to the title and glued into the first sentence.`, evidence: [{ text: `Brand${i % 50} Coin Exchange`, where: 'title' }, { text: `The Brand${i % 50} Coin ExchangeCity council voted 9 to 4 on Thursday`, where: 'text' }] },
          { id: 'link-farm', weight: 0.2, message: 'Blocks of unrelated headlines follow the article.', evidence: [{ text: 'Pop star announces engagement after five years together', where: 'links' }, { text: 'Heat wave breaks records across southern Europe', where: 'links' }] },
        ],
        likelyOriginal: { publisher: 'CBS News', url: null, searchQuery: 'City council approves bike lanes CBS News' },
        cleanTitle: `City council approves ${i} miles of bike lanes`,
        fingerprint: (0x1234567890abcdefn + BigInt(i)).toString(16),
      },
    };
    const draft = buildReportDraft({
      url, result, now: Date.UTC(2025, 0, 1) + i * 3137000, extensionVersion: '0.1.0',
      note: i % 4 === 0 ? `Seen in a feed, number ${i}; copies CBS News.` : '',
    }, { psl });
    if (!draft.ok) throw new Error(draft.errors.join());
    out.push(draft.report);
  }
  return out;
}

export function exportText(reports) {
  return JSON.stringify({ type: 'clearsource-reports', schemaVersion: 1, reports });
}
