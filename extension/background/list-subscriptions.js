// Subscriptions to published lists (uBlacklist, Content Farm Terminator, uBO, hosts): fetched
// when the reader adds one, when the reader clicks "update now", and on the schedule the reader
// picked (chrome.alarms; "never" means only by hand). Nothing else ever fetches a list.
// The fetch sends no cookies or credentials, follows redirects only to HTTPS, and refuses bodies
// over MAX_LIST_BYTES or that are web pages rather than lists. Lines the parser refuses are kept
// with their numbers and shown to the reader.
import { StoreError } from './report-db.js';
import { LIST_FORMATS, parseList } from './site-lists.js';
import { MAX_LISTED_ERRORS, SUBSCRIPTION_PREFIX } from './list-store.js';

export const ALARM_PREFIX = 'clearsource-list:';
export const INTERVAL_HOURS = Object.freeze([0, 6, 12, 24, 72, 168]);  // 0: only when I ask
export const DEFAULT_INTERVAL_HOURS = 24;
export const MAX_LIST_BYTES = 16 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 30000;
export const MAX_SUBSCRIPTIONS = 50;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Subscription URLs are HTTPS; plain HTTP only to this machine (a list served locally, tests).
 * Returns the normalized URL or throws a StoreError saying why not.
 */
export function checkListUrl(raw) {
  let url;
  try {
    url = new URL(String(raw ?? '').trim());
  } catch {
    throw new StoreError('invalid-url', 'That is not a web address.');
  }
  if (url.username || url.password) throw new StoreError('invalid-url', 'Addresses with a user name or password are not accepted.');
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.href;
  throw new StoreError('invalid-url', 'Subscriptions must use https:// (plain http only for lists on this computer).');
}

// "! Title: X" (uBO/ABP), "# Title: X" (uBlacklist), "name: X" (uBlacklist metadata block).
export function listTitleFromText(text) {
  const head = String(text).slice(0, 4096).split(/\r?\n/, 40);
  for (const line of head) {
    const m = /^\s*(?:[!#]\s*)?(?:title|name)\s*:\s*(.{1,120})$/i.exec(line);
    if (m) return m[1].trim();
  }
  return null;
}

function looksLikeHtml(text) {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

/** Fetch one list body. Returns { status: 'ok'|'not-modified', text?, etag, lastModified, bytes }. */
export async function fetchList(url, { etag = null, lastModified = null, fetchImpl = globalThis.fetch, timeoutMs = FETCH_TIMEOUT_MS } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers = {};
    if (etag) headers['if-none-match'] = etag;
    if (lastModified) headers['if-modified-since'] = lastModified;
    let response;
    try {
      response = await fetchImpl(url, {
        method: 'GET', headers, credentials: 'omit', cache: 'no-cache', redirect: 'follow',
        referrerPolicy: 'no-referrer', signal: controller.signal,
      });
    } catch (err) {
      const why = controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : err.message;
      throw new StoreError('fetch-failed', `Could not fetch the list: ${why}`);
    }
    if (response.url && response.url !== url) checkListUrl(response.url);  // redirected to http? refuse
    if (response.status === 304) return { status: 'not-modified', etag, lastModified };
    if (!response.ok) throw new StoreError('fetch-failed', `The server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_LIST_BYTES) throw new StoreError('too-large', `The list is ${declared} bytes; the limit is ${MAX_LIST_BYTES}.`);
    const reader = response.body?.getReader?.();
    let text;
    let bytes = 0;
    if (reader) {
      const chunks = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        if (bytes > MAX_LIST_BYTES) {
          controller.abort();
          throw new StoreError('too-large', `The list is larger than ${MAX_LIST_BYTES} bytes.`);
        }
        chunks.push(value);
      }
      const all = new Uint8Array(bytes);
      let at = 0;
      for (const c of chunks) { all.set(c, at); at += c.byteLength; }
      text = new TextDecoder('utf-8').decode(all);
    } else {
      text = await response.text();
      bytes = text.length;
    }
    if (looksLikeHtml(text)) throw new StoreError('not-a-list', 'The address returned a web page, not a list of rules.');
    return {
      status: 'ok', text, bytes,
      etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'),
    };
  } finally {
    clearTimeout(timer);
  }
}

export function createSubscriptions({ lists, alarms, now = () => Date.now(), fetchImpl, newId = () => crypto.randomUUID() }) {
  const inFlight = new Map();

  async function schedule(record) {
    if (!alarms) return;
    const name = `${ALARM_PREFIX}${record.id}`;
    if (!record.intervalHours) {
      await alarms.clear(name);
      return;
    }
    const period = record.intervalHours * 60;
    const since = (now() - (record.fetchedAt ?? now())) / 60000;
    const delay = Math.max(1, period - since);
    await alarms.create(name, { delayInMinutes: delay, periodInMinutes: period });
  }

  function applyBody(record, fetched) {
    const { rules, errors } = parseList(fetched.text, { format: record.format });
    return {
      ...record,
      text: fetched.text,
      bytes: fetched.bytes,
      etag: fetched.etag ?? null,
      lastModified: fetched.lastModified ?? null,
      title: record.customTitle ?? listTitleFromText(fetched.text) ?? new URL(record.url).hostname,
      ruleCount: rules.length,
      errorCount: errors.length,
      errors: errors.slice(0, MAX_LISTED_ERRORS),
      fetchedAt: now(),
      lastAttemptAt: now(),
      lastError: rules.length === 0 ? 'The list has no rules this version can read.' : null,
    };
  }

  /** Add a subscription and fetch it now. Fails (and adds nothing) when the first fetch fails. */
  async function add({ url, format = 'auto', intervalHours = DEFAULT_INTERVAL_HOURS }) {
    const href = checkListUrl(url);
    if (!LIST_FORMATS.includes(format)) throw new StoreError('invalid-list', `Unknown list format "${format}".`);
    if (!INTERVAL_HOURS.includes(Number(intervalHours))) throw new StoreError('invalid-list', 'Unknown schedule.');
    const existing = await lists.subscriptions();
    if (existing.some((s) => s.url === href)) throw new StoreError('duplicate', 'You already subscribe to this list.');
    if (existing.length >= MAX_SUBSCRIPTIONS) throw new StoreError('too-many', `At most ${MAX_SUBSCRIPTIONS} subscriptions.`);
    const fetched = await fetchList(href, { fetchImpl });
    const base = { id: `${SUBSCRIPTION_PREFIX}${newId()}`, url: href, format, intervalHours: Number(intervalHours), addedAt: now(), enabled: true };
    const record = applyBody(base, fetched);
    if (record.ruleCount === 0) {
      throw new StoreError('not-a-list', `No rules found (${record.errorCount} lines could not be read${record.errors[0] ? `; line ${record.errors[0].line}: ${record.errors[0].message}` : ''}).`);
    }
    await lists.putSubscription(record);
    await schedule(record);
    return record;
  }

  /** Fetch again (alarm or "update now"). A failure keeps the previous rules and records why. */
  function refresh(id) {
    if (inFlight.has(id)) return inFlight.get(id);
    const run = (async () => {
      const record = await lists.getSubscription(id);
      if (!record) return null;
      let next;
      try {
        const fetched = await fetchList(record.url, { etag: record.etag, lastModified: record.lastModified, fetchImpl });
        next = fetched.status === 'not-modified'
          ? { ...record, fetchedAt: now(), lastAttemptAt: now(), lastError: null }
          : applyBody(record, fetched);
      } catch (err) {
        next = { ...record, lastAttemptAt: now(), lastError: err.message };
      }
      await lists.putSubscription(next);
      return next;
    })().finally(() => inFlight.delete(id));
    inFlight.set(id, run);
    return run;
  }

  async function setInterval(id, intervalHours) {
    if (!INTERVAL_HOURS.includes(Number(intervalHours))) throw new StoreError('invalid-list', 'Unknown schedule.');
    const record = await lists.getSubscription(id);
    if (!record) throw new StoreError('not-found', 'No such subscription.');
    const next = { ...record, intervalHours: Number(intervalHours) };
    await lists.putSubscription(next);
    await schedule(next);
    return next;
  }

  async function remove(id) {
    await alarms?.clear(`${ALARM_PREFIX}${id}`);
    return lists.removeSubscription(id);
  }

  /** After a browser start or update alarms may be gone: recreate the missing ones. */
  async function ensureAlarms() {
    if (!alarms) return;
    for (const record of await lists.subscriptions()) {
      if (!record.intervalHours) continue;
      const existing = await alarms.get(`${ALARM_PREFIX}${record.id}`);
      if (!existing) await schedule(record);
    }
  }

  function onAlarm(alarm) {
    if (!alarm?.name?.startsWith(ALARM_PREFIX)) return null;
    return refresh(alarm.name.slice(ALARM_PREFIX.length));
  }

  return { add, refresh, setInterval, remove, ensureAlarms, onAlarm, schedule };
}
