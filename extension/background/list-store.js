// The reader's site lists, kept in the 'lists' store of the extension database (report-db.js):
// their own block list and allow list (text in any format site-lists.js reads, one rule a line,
// edited in the options page or grown by "add to my block list" / "always allow"), and
// subscriptions (a URL, a format, a schedule, the last fetched body and its parse errors).
// Background only. Lists are stored as text, exactly as written or fetched: a line the parser
// refuses stays in the list and is reported with its number, never silently dropped.
import { done, promisify, StoreError } from './report-db.js';
import { LIST_FORMATS, normalizeHost, parseList } from './site-lists.js';

export const OWN_BLOCK = 'own:block';
export const OWN_ALLOW = 'own:allow';
export const SUBSCRIPTION_PREFIX = 'sub:';
// Errors kept per list for display; the count is always exact.
export const MAX_LISTED_ERRORS = 200;
// The reader's own lists are typed by hand; a subscription body can be large (see list-subscriptions.js).
export const MAX_OWN_LIST_CHARS = 2 * 1024 * 1024;

export function isOwnListId(id) {
  return id === OWN_BLOCK || id === OWN_ALLOW;
}

export function parseForDisplay(text, format = 'auto') {
  const { rules, errors } = parseList(text, { format });
  return { ruleCount: rules.length, errorCount: errors.length, errors: errors.slice(0, MAX_LISTED_ERRORS) };
}

/**
 * The line to append for a site ("example.com # reason"): a plain domain covers the site and its
 * subdomains in every format we read; the comment is one line with no '#'-tricks.
 */
export function siteLine(domain, comment = '') {
  const host = normalizeHost(domain);
  if (!host) throw new StoreError('invalid-site', `"${String(domain).slice(0, 100)}" is not a host name`);
  const note = String(comment ?? '').replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return note ? `${host} # ${note}` : host;
}

export function createListStore({ connection, now = () => Date.now() }) {
  const listeners = new Set();
  const changed = (ids) => { for (const fn of listeners) fn(ids); };

  async function read(id) {
    const db = await connection();
    return (await promisify(db.transaction('lists', 'readonly').objectStore('lists').get(id))) ?? null;
  }

  async function all() {
    const db = await connection();
    return promisify(db.transaction('lists', 'readonly').objectStore('lists').getAll());
  }

  async function write(record) {
    const db = await connection();
    const tx = db.transaction('lists', 'readwrite');
    tx.objectStore('lists').put(record);
    await done(tx);
    changed([record.id]);
    return record;
  }

  async function getOwn(id) {
    if (!isOwnListId(id)) throw new StoreError('invalid-list', `unknown list ${id}`);
    return (await read(id)) ?? { id, kind: id === OWN_ALLOW ? 'allow' : 'block', format: 'auto', text: '', updatedAt: null };
  }

  /** Replace the text of the reader's block or allow list. Returns the parse report. */
  async function saveOwn(id, text) {
    const current = await getOwn(id);
    const body = String(text ?? '');
    if (body.length > MAX_OWN_LIST_CHARS) throw new StoreError('too-large', `The list is longer than ${MAX_OWN_LIST_CHARS} characters.`);
    const record = { ...current, text: body, updatedAt: now() };
    await write(record);
    return { ...record, ...parseForDisplay(body) };
  }

  /**
   * Add a site to the block or allow list unless a rule there already covers it exactly.
   * Returns { added: boolean, line }.
   */
  async function addSite(id, domain, comment) {
    const line = siteLine(domain, comment);
    const host = line.split(' ')[0];
    const current = await getOwn(id);
    const { rules } = parseList(current.text);
    // A plain rule for the host (not an '@' exception; in the allow list every rule allows).
    if (rules.some((r) => r.host === host && r.subdomains && !r.path && !r.scheme && r.kind === 'block')) {
      return { added: false, line };
    }
    const text = current.text && !current.text.endsWith('\n') ? `${current.text}\n${line}\n` : `${current.text}${line}\n`;
    await write({ ...current, text, updatedAt: now() });
    return { added: true, line };
  }

  async function subscriptions() {
    return (await all()).filter((r) => r.id.startsWith(SUBSCRIPTION_PREFIX));
  }

  async function getSubscription(id) {
    if (typeof id !== 'string' || !id.startsWith(SUBSCRIPTION_PREFIX)) return null;
    return read(id);
  }

  async function putSubscription(record) {
    if (!record?.id?.startsWith(SUBSCRIPTION_PREFIX)) throw new StoreError('invalid-list', 'not a subscription');
    if (!LIST_FORMATS.includes(record.format)) throw new StoreError('invalid-list', `unknown list format ${record.format}`);
    return write(record);
  }

  async function removeSubscription(id) {
    if (!id?.startsWith(SUBSCRIPTION_PREFIX)) return false;
    const db = await connection();
    const tx = db.transaction('lists', 'readwrite');
    tx.objectStore('lists').delete(id);
    await done(tx);
    changed([id]);
    return true;
  }

  return {
    all, getOwn, saveOwn, addSite, subscriptions, getSubscription, putSubscription, removeSubscription,
    onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  };
}
