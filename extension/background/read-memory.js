// The read-before memory: articles the reader opened on their publishers' own sites, kept on this
// computer so that a later page on another site with the same text can say "this is a copy of
// <url> you read on <date>". A scraped copy with nothing of its origin left on the page (no
// credit, no brand, no farm furniture) is invisible to the page-alone signals; its text is not.
//
// What is kept per article: its URL, site, title, publisher name, publication date, when it was
// read, and the core's fingerprint (hashes of word triples: the text cannot be rebuilt from it).
// Never the text. storage.local only (never sync: what someone reads is private), at most
// MAX_REMEMBERED entries, newest first. The comparison is the core's (findFingerprintMatch); this
// module only decides what to remember and what a match means.
//
// Which page is the original? Only pages the core called "original" are remembered. A later page
// on another site with the same text is called a copy of the remembered one when
//   - the remembered page is on a known outlet's own domain (the core's hostPublisher), or
//   - both pages are dated and the later page is not the earlier publication.
// Otherwise either may be the copy (the reader may have met the copy first, and it looked like an
// original), and calling an original a copy is the worse mistake: nothing is claimed.
// An outlet's own page is never called a copy from memory; if the remembered page was on an
// unknown site, that page was a copy read first: it is forgotten and the outlet's page kept.
// Two known outlets with the same text are partners: nothing is claimed either.

export const READ_MEMORY_KEY = 'readMemory';
// ~1.5 KB an entry: 1,000 articles stay under 2 MB of storage.local's 10 MB.
export const MAX_REMEMBERED = 1000;
const MAX_TEXT = 300;

const text = (v, max = MAX_TEXT) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null);

/** A stored entry, validated (storage may hold another version's data); null when unusable. */
export function normalizeEntry(raw) {
  if (!raw || typeof raw !== 'object') return null;
  const fp = raw.fingerprint;
  if (!fp || typeof fp !== 'object' || typeof fp.simhash !== 'string' || typeof fp.minhash !== 'string') return null;
  const url = text(raw.url, 2048);
  const site = text(raw.site, 253);
  const readAt = Number(raw.readAt);
  if (!url || !site || !Number.isFinite(readAt)) return null;
  return {
    url,
    site,
    title: text(raw.title),
    publisher: text(raw.publisher),
    publishedTime: text(raw.publishedTime, 40),
    // The known outlet owning the site (the core's hostPublisher), else null.
    outlet: text(raw.outlet),
    readAt,
    fingerprint: { version: Number(fp.version) || 1, simhash: fp.simhash, minhash: fp.minhash, words: Number(fp.words) || 0 },
  };
}

function readDate(ms) {
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

/**
 * The result with a remembered article's match applied: a `fingerprint-match` signal quoting
 * the remembered URL; a page the core found nothing on becomes a suspected copy of it; the likely
 * original is filled in where the page named none. Pure: `result` is not modified.
 */
export function applyMatch(result, entry, match) {
  const p = result.provenance;
  const where = entry.title ? `“${entry.title}” on ${entry.site}` : `an article on ${entry.site}`;
  const signal = {
    id: 'fingerprint-match',
    weight: Math.round(Math.min(1, Math.max(0, match.similarity ?? 1)) * 1000) / 1000,
    message: `The article's text is the same as ${where}, which you read on ${readDate(entry.readAt)}.`,
    evidence: [{ text: entry.url, where: 'memory' }],
  };
  const found = p.verdict === 'original' || p.verdict === 'unknown';
  const verdict = found ? 'suspected-copy' : p.verdict;
  let likelyOriginal = p.likelyOriginal;
  const copyLike = verdict === 'suspected-copy' || verdict === 'content-farm';
  if (copyLike && !likelyOriginal?.publisher) {
    const publisher = entry.outlet ?? entry.publisher ?? entry.site;
    const title = p.cleanTitle ?? entry.title;
    likelyOriginal = { publisher, url: entry.url, searchQuery: title ? `"${title}" ${publisher}` : publisher };
  } else if (copyLike && !likelyOriginal.url && samePublisher(likelyOriginal.publisher, entry)) {
    likelyOriginal = { ...likelyOriginal, url: entry.url };
  }
  return {
    ...result,
    provenance: {
      ...p,
      verdict,
      score: found ? Math.max(p.score ?? 0, signal.weight) : p.score,
      signals: [...(p.signals ?? []), signal],
      likelyOriginal,
    },
  };
}

function samePublisher(name, entry) {
  const key = (s) => String(s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return Boolean(name) && (key(name) === key(entry.publisher) || key(entry.site).startsWith(key(name)));
}

function publishedMs(v) {
  const t = Date.parse(v ?? '');
  return Number.isFinite(t) ? t : null;
}

/**
 * @param {{ storage: { get(key), set(obj), remove(keys) },
 *           siteOf(url): { registrableDomain: string|null },
 *           enabled(): Promise<boolean>, now?: () => number }} deps
 *   siteOf: the extension's site key (shared/report-draft.js), which names the publisher behind
 *   an AMP cache or web archive as reports and block lists do.
 */
export function createReadMemory({ storage, siteOf, enabled, now = () => Date.now() }) {
  let cache = null;  // entries, newest first; reloaded after a service-worker restart
  let queue = Promise.resolve();  // one read-modify-write at a time

  // The entries, or null when storage could not be read (then nothing is written either: a
  // write would replace what a later read may still find).
  async function load() {
    if (cache) return cache;
    let stored;
    try {
      stored = (await storage.get(READ_MEMORY_KEY))?.[READ_MEMORY_KEY];
    } catch {
      return null;
    }
    cache = (Array.isArray(stored) ? stored : []).map(normalizeEntry).filter(Boolean).slice(0, MAX_REMEMBERED);
    return cache;
  }

  async function save(entries) {
    cache = entries;
    try {
      await storage.set({ [READ_MEMORY_KEY]: entries });
    } catch {
      // Over quota: keep the newer half in memory and on disk if that fits.
      cache = entries.slice(0, Math.floor(entries.length / 2));
      await storage.set({ [READ_MEMORY_KEY]: cache }).catch(() => {});
    }
  }

  function siteOfUrl(url) {
    try {
      return siteOf(url)?.registrableDomain ?? null;
    } catch {
      return null;
    }
  }

  async function applyNow(core, url, result) {
    const p = result?.ok ? result.provenance : null;
    const fingerprint = p?.fingerprint;
    if (!fingerprint || !/^https?:/i.test(String(url)) || !(await enabled())) return result;
    const site = siteOfUrl(url);
    if (!site) return result;
    const entries = await load();
    if (!entries) return result;

    const outlet = text(p.hostPublisher);
    const others = entries.filter((e) => e.site !== site);
    let out = result;
    let superseded = null;  // an unknown site's entry this outlet's page shows to be a copy
    if (others.length) {
      const match = core.findFingerprintMatch(fingerprint, others.map((e) => e.fingerprint));
      if (match?.ok && match.index >= 0) {
        const entry = others[match.index];
        const mine = publishedMs(result.publishedTime);
        const theirs = publishedMs(entry.publishedTime);
        // Which of two pages is the copy, when neither is a known outlet's: the later one, and
        // only when both are dated. Undated, either may be the copy (the reader may have met the
        // copy first), and calling an original a copy is the worse mistake: nothing is claimed.
        const provenLater = mine !== null && theirs !== null && mine >= theirs;
        if (outlet) {
          if (!entry.outlet) superseded = entry;
        } else if (entry.outlet || provenLater) {
          out = applyMatch(result, entry, match);
        }
      }
    }
    if (out.provenance.verdict === 'original') {
      const entry = normalizeEntry({
        url: String(url),
        site,
        title: p.cleanTitle ?? result.title,
        publisher: result.siteName,
        publishedTime: result.publishedTime,
        outlet,
        readAt: now(),
        fingerprint,
      });
      if (entry) {
        const kept = entries.filter((e) => e.url !== entry.url && e !== superseded);
        await save([entry, ...kept].slice(0, MAX_REMEMBERED));
      }
    }
    return out;
  }

  return {
    /**
     * The result, with a match against the memory applied, after remembering the page when the
     * core called it original. Never throws: on any failure the core's result comes back as is.
     */
    apply(core, url, result) {
      const run = queue.then(() => applyNow(core, url, result)).catch(() => result);
      queue = run.then(() => {}, () => {});
      return run;
    },
    async count() {
      return (await load())?.length ?? 0;
    },
    async clear() {
      const run = queue.then(async () => {
        cache = [];
        await storage.remove(READ_MEMORY_KEY);
      });
      queue = run.catch(() => {});
      return run;
    },
  };
}
