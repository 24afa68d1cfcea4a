// Results of recent extractions, kept for the reader view frame to fetch by token.
// Tokens are unguessable so a page cannot ask for another tab's result; the cap bounds memory.
//
// MV3 stops an idle service worker after about 30 s, which empties this module's memory. A
// reader who reads for five minutes, toggles back and toggles again must still get the first
// extraction (no second parse), so entries are mirrored to storage.session: kept in memory by
// the browser (never written to disk), cleared when the browser quits, and by default not
// readable by content scripts. Writing it is best effort: over its quota, memory alone serves.
import { api } from '../shared/browser.js';

const MAX_ENTRIES = 16;
const SESSION_PREFIX = 'result:';
const entries = new Map();  // token -> { tabId, url, result, time }

function session() {
  return api?.storage?.session ?? null;
}

function newToken() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function persist(token, entry) {
  const area = session();
  if (!area) return;
  try {
    await area.set({ [SESSION_PREFIX + token]: entry });
  } catch {
    return;  // over quota: this result lives in memory only
  }
  try {
    const all = await area.get(null);
    const stored = Object.entries(all ?? {})
      .filter(([key]) => key.startsWith(SESSION_PREFIX))
      .sort((a, b) => (b[1]?.time ?? 0) - (a[1]?.time ?? 0));
    const stale = stored.slice(MAX_ENTRIES).map(([key]) => key);
    if (stale.length) await area.remove(stale);
  } catch {
    // pruning is retried on the next put
  }
}

export function putResult(tabId, url, result) {
  const token = newToken();
  const entry = { tabId, url, result, time: Date.now() };
  entries.set(token, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  persist(token, entry);
  return token;
}

/** The entry for a token from memory (synchronous; misses after a service-worker restart). */
export function getResult(token) {
  return entries.get(token) ?? null;
}

/** The entry for a token from memory, else from storage.session (after a worker restart). */
export async function loadResult(token) {
  const hit = entries.get(token);
  if (hit) return hit;
  const area = session();
  if (!area || typeof token !== 'string' || !/^[0-9a-f]{32}$/.test(token)) return null;
  try {
    const key = SESSION_PREFIX + token;
    const entry = (await area.get(key))?.[key];
    if (!entry || typeof entry !== 'object' || !entry.result) return null;
    entries.set(token, entry);
    return entry;
  } catch {
    return null;
  }
}

export function forgetTab(tabId) {
  const gone = [];
  for (const [token, entry] of entries) {
    if (entry.tabId === tabId) {
      entries.delete(token);
      gone.push(SESSION_PREFIX + token);
    }
  }
  const area = session();
  if (!area) return;
  // Entries restored from an earlier worker life are not in memory: look in the session too.
  area.get(null).then((all) => {
    for (const [key, entry] of Object.entries(all ?? {})) {
      if (key.startsWith(SESSION_PREFIX) && entry?.tabId === tabId) gone.push(key);
    }
    return gone.length ? area.remove([...new Set(gone)]) : undefined;
  }).catch(() => {});
}

/** Test hook: drop the in-memory copies, as a service-worker restart would. */
export function dropMemoryForTests() {
  entries.clear();
}
