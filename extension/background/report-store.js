// The report store: save, query, edit, delete with undo, import-merge. Background only.
// Writes go through one queue (report-db.js) so they never interleave; the options page's list
// is served from an in-memory summary index (10,000 reports search in a few ms) that every write
// updates, so it never goes stale while this worker lives and is rebuilt from the database after.
import { createConnection, createWriteQueue, done, promisify, StoreError } from './report-db.js';
import {
  EXPORT_TYPE, CATEGORIES, VERDICTS, dedupeKey, isReportId, migrateReport, normalizeReport, summarize,
} from './report-schema.js';

// Undo is for the moment after a delete, not an archive.
export const TRASH_TTL_MS = 24 * 60 * 60 * 1000;
export const IMPORT_BATCH = 500;
export const MAX_QUERY_LIMIT = 500;

function haystack(summary) {
  return [summary.url, summary.host, summary.title, summary.note, summary.publisher, summary.category,
    summary.verdict, ...(summary.signals ?? [])].filter(Boolean).join('\n').toLowerCase();
}

const SORTS = {
  newest: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
  oldest: (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  domain: (a, b) => ((a.registrableDomain ?? '') < (b.registrableDomain ?? '') ? -1
    : (a.registrableDomain ?? '') > (b.registrableDomain ?? '') ? 1 : SORTS.newest(a, b)),
  score: (a, b) => ((b.score ?? -1) - (a.score ?? -1)) || SORTS.newest(a, b),
};

/**
 * @param {{ derive: (url) => { host, registrableDomain }, connection?: () => Promise<IDBDatabase>,
 *           now?: () => number }} deps
 */
export function createReportStore({ derive, connection = createConnection(), now = () => Date.now() }) {
  const enqueue = createWriteQueue();
  let index = null;  // Map id -> { summary, text }

  async function loadIndex() {
    if (index) return index;
    const db = await connection();
    const tx = db.transaction('reports', 'readonly');
    const all = await promisify(tx.objectStore('reports').getAll());
    const next = new Map();
    for (const report of all) {
      const summary = summarize(report);
      next.set(report.id, { summary, text: haystack(summary) });
    }
    index ??= next;
    return index;
  }

  function indexPut(report) {
    if (!index) return;
    const summary = summarize(report);
    index.set(report.id, { summary, text: haystack(summary) });
  }

  function normalize(record) {
    return normalizeReport(record, { derive });
  }

  /** Save a new report (from a draft the reader confirmed). Saving the same id twice is a no-op. */
  function save(record) {
    const checked = normalize(record);
    if (!checked.ok) return Promise.reject(new StoreError('invalid-report', `The report is not valid: ${checked.errors.join('; ')}`));
    const report = checked.report;
    return enqueue(async () => {
      const db = await connection();
      const tx = db.transaction('reports', 'readwrite');
      const store = tx.objectStore('reports');
      const existing = await promisify(store.get(report.id));
      if (existing) {
        await done(tx);
        return { id: report.id, duplicate: true, report: existing };
      }
      store.put(report);
      await done(tx);
      indexPut(report);
      return { id: report.id, duplicate: false, report };
    });
  }

  async function get(id) {
    if (!isReportId(id)) return null;
    const db = await connection();
    return (await promisify(db.transaction('reports', 'readonly').objectStore('reports').get(id))) ?? null;
  }

  async function getMany(ids) {
    const db = await connection();
    const store = db.transaction('reports', 'readonly').objectStore('reports');
    const out = await Promise.all(ids.filter(isReportId).map((id) => promisify(store.get(id))));
    return out.filter(Boolean);
  }

  async function all() {
    const db = await connection();
    const list = await promisify(db.transaction('reports', 'readonly').objectStore('reports').getAll());
    return list.sort(SORTS.newest);
  }

  /**
   * Filtered, sorted page of summaries, plus totals per verdict and category over the filtered
   * set (for the filter menus) and the ids of every match (for "select all N").
   */
  async function query({ text = '', verdict = '', category = '', domain = '', sort = 'newest', offset = 0, limit = 100, wantIds = false } = {}) {
    const idx = await loadIndex();
    const needle = String(text ?? '').trim().toLowerCase();
    const terms = needle ? needle.split(/\s+/) : [];
    const dom = String(domain ?? '').trim().toLowerCase();
    const matches = [];
    const counts = { verdict: {}, category: {} };
    for (const { summary, text: hay } of idx.values()) {
      if (verdict && summary.verdict !== verdict) continue;
      if (category && summary.category !== category) continue;
      if (dom && summary.registrableDomain !== dom && summary.host !== dom && !summary.host?.endsWith(`.${dom}`)) continue;
      if (terms.length && !terms.every((t) => hay.includes(t))) continue;
      matches.push(summary);
      counts.verdict[summary.verdict] = (counts.verdict[summary.verdict] ?? 0) + 1;
      counts.category[summary.category] = (counts.category[summary.category] ?? 0) + 1;
    }
    matches.sort(SORTS[sort] ?? SORTS.newest);
    const start = Math.max(0, Number(offset) | 0);
    const size = Math.min(MAX_QUERY_LIMIT, Math.max(1, Number(limit) | 0));
    return {
      total: matches.length,
      stored: idx.size,
      offset: start,
      items: matches.slice(start, start + size),
      counts,
      ids: wantIds ? matches.map((s) => s.id) : undefined,
    };
  }

  /** Edit the reader's part of a report (note, category). */
  function update(id, { note, category } = {}) {
    return enqueue(async () => {
      const db = await connection();
      const tx = db.transaction('reports', 'readwrite');
      const store = tx.objectStore('reports');
      const current = await promisify(store.get(id));
      if (!current) {
        tx.abort();
        throw new StoreError('not-found', 'That report no longer exists (deleted in another window?).');
      }
      const next = structuredClone(current);
      if (typeof note === 'string') next.reader.note = note;
      if (category !== undefined) {
        if (!CATEGORIES.includes(category)) {
          tx.abort();
          throw new StoreError('invalid-report', `Unknown category: ${category}`);
        }
        next.reader.category = category;
      }
      next.updatedAt = new Date(Math.max(now(), Date.parse(current.updatedAt) + 1)).toISOString();
      const checked = normalize(next);
      if (!checked.ok) {
        tx.abort();
        throw new StoreError('invalid-report', checked.errors.join('; '));
      }
      store.put(checked.report);
      await done(tx);
      indexPut(checked.report);
      return checked.report;
    });
  }

  /** Move reports to the trash; undoDelete(batch) brings them back. */
  function remove(ids) {
    const wanted = [...new Set((Array.isArray(ids) ? ids : []).filter(isReportId))];
    const batch = `${now()}-${Math.random().toString(36).slice(2, 10)}`;
    return enqueue(async () => {
      const db = await connection();
      const tx = db.transaction(['reports', 'trash'], 'readwrite');
      const reports = tx.objectStore('reports');
      const trash = tx.objectStore('trash');
      const deletedAt = now();
      // Reads in one round trip: all records for a bulk delete, else one get per id at once.
      const wantedSet = new Set(wanted);
      const found = wanted.length > 200
        ? (await promisify(reports.getAll())).filter((r) => wantedSet.has(r.id))
        : await Promise.all(wanted.map((id) => promisify(reports.get(id))));
      let count = 0;
      for (const report of found) {
        if (!report) continue;
        trash.put({ id: report.id, deletedAt, batch, report });
        reports.delete(report.id);
        count++;
      }
      // Old trash goes in the same transaction: no separate cleanup job to forget.
      const old = await promisify(trash.index('deletedAt').getAllKeys(IDBKeyRange.upperBound(deletedAt - TRASH_TTL_MS)));
      for (const key of old) trash.delete(key);
      await done(tx);
      if (index) for (const id of wanted) index.delete(id);
      return { batch, count };
    });
  }

  function undoDelete(batch) {
    return enqueue(async () => {
      if (typeof batch !== 'string' || !batch) return { count: 0 };
      const db = await connection();
      const tx = db.transaction(['reports', 'trash'], 'readwrite');
      const reports = tx.objectStore('reports');
      const trash = tx.objectStore('trash');
      const range = IDBKeyRange.bound([batch], [batch, []]);
      const entries = await promisify(trash.getAll(range));
      // A report re-imported since the delete is already back: keep the one in the store. Its
      // keys only, in the same transaction (the summary index may not be loaded, and loading
      // every report to restore a few would be the slow part).
      const present = new Set(entries.length ? await promisify(reports.getAllKeys()) : []);
      const restored = [];
      for (const entry of entries) {
        if (present.has(entry.id)) continue;
        reports.put(entry.report);
        restored.push(entry.report);
      }
      trash.delete(range);
      await done(tx);
      for (const report of restored) indexPut(report);
      return { count: restored.length };
    });
  }

  /**
   * Merge reports from our JSON export (any schema version we can migrate). Same id: the newer
   * updatedAt wins; same page and time under another id: a duplicate. Nothing is duplicated, and
   * every refused record is listed with its position and why.
   */
  async function importReports(text) {
    let parsed;
    try {
      parsed = typeof text === 'string' ? JSON.parse(text) : text;
    } catch (err) {
      throw new StoreError('invalid-import', `The file is not JSON: ${err.message}`);
    }
    let records;
    if (Array.isArray(parsed)) records = parsed;
    else if (parsed && parsed.type === EXPORT_TYPE && Array.isArray(parsed.reports)) records = parsed.reports;
    else if (parsed && parsed.type === 'clearsource-report') records = [parsed];
    else throw new StoreError('invalid-import', `The file is not a Clearsource export (expected "type": "${EXPORT_TYPE}" and a "reports" array).`);

    const invalid = [];
    const valid = [];
    records.forEach((record, i) => {
      const migrated = migrateReport(record);
      const checked = migrated.ok ? normalize(migrated.report) : migrated;
      if (checked.ok) valid.push(checked.report);
      else invalid.push({ index: i, id: typeof record?.id === 'string' ? record.id.slice(0, 64) : null, errors: checked.errors });
    });

    // The same id twice in one file: keep the newest edit.
    const byId = new Map();
    let repeated = 0;
    for (const report of valid) {
      const seen = byId.get(report.id);
      if (seen) repeated++;
      if (!seen || report.updatedAt > seen.updatedAt) byId.set(report.id, report);
    }
    const unique = [...byId.values()];
    const totals = { added: 0, updated: 0, unchanged: repeated, invalid, total: records.length, error: null };
    // Page+time keys of what is stored, kept current by mergeBatch as it adds (writes are serialized).
    const keys = new Set();
    for (const { summary } of (await loadIndex()).values()) keys.add(dedupeKey({ page: { url: summary.url }, createdAt: summary.createdAt }));
    for (let start = 0; start < unique.length; start += IMPORT_BATCH) {
      const slice = unique.slice(start, start + IMPORT_BATCH);
      try {
        const batch = await enqueue(() => mergeBatch(slice, keys));
        totals.added += batch.added;
        totals.updated += batch.updated;
        totals.unchanged += batch.unchanged;
      } catch (err) {
        // A failed batch commits nothing; earlier batches stay. Say exactly how far we got.
        totals.error = { code: err.code ?? 'store-failed', message: err.message, notImported: unique.length - start };
        break;
      }
    }
    return totals;
  }

  // Decides from the in-memory index (ids, edit times, page+time keys of every stored report):
  // no per-record reads, only the writes, so 10,000 reports import in one pass of puts.
  async function mergeBatch(slice, keys) {
    const idx = await loadIndex();
    const db = await connection();
    const tx = db.transaction('reports', 'readwrite');
    const store = tx.objectStore('reports');
    const written = [];
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const report of slice) {
      const existing = idx.get(report.id)?.summary;
      if (existing) {
        if (report.updatedAt > existing.updatedAt) {
          store.put(report);
          written.push(report);
          updated++;
        } else {
          unchanged++;
        }
        continue;
      }
      const key = dedupeKey(report);
      if (keys.has(key)) {
        unchanged++;
        continue;
      }
      keys.add(key);
      store.put(report);
      written.push(report);
      added++;
    }
    await done(tx);
    for (const report of written) indexPut(report);
    return { added, updated, unchanged };
  }

  async function count() {
    const db = await connection();
    return promisify(db.transaction('reports', 'readonly').objectStore('reports').count());
  }

  /** Test and maintenance hook: empties reports and trash. */
  function clear() {
    return enqueue(async () => {
      const db = await connection();
      const tx = db.transaction(['reports', 'trash'], 'readwrite');
      tx.objectStore('reports').clear();
      tx.objectStore('trash').clear();
      await done(tx);
      index = new Map();
    });
  }

  return { save, get, getMany, all, query, update, remove, undoDelete, importReports, count, clear, VERDICTS, CATEGORIES };
}
