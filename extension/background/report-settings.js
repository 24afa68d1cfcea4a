// Settings of the reporting feature, in chrome.storage.local (written only here, in the
// background): the automatic check (off by default; it runs the local core on page load) and
// the optional HTTPS endpoint reports may be sent to (empty: sending is off), and whether articles
// read are remembered to recognise copies of them later (read-memory.js; on by default, local).
import { StoreError } from './report-db.js';

export const REPORT_SETTINGS_KEY = 'reportSettings';
export const DEFAULT_REPORT_SETTINGS = Object.freeze({ autoCheck: false, endpoint: '', rememberArticles: true });

/** The endpoint must be an https:// URL without credentials; '' switches sending off. */
export function checkEndpoint(raw) {
  const s = String(raw ?? '').trim();
  if (!s) return '';
  let url;
  try {
    url = new URL(s);
  } catch {
    throw new StoreError('invalid-endpoint', 'The endpoint is not a web address.');
  }
  if (url.protocol !== 'https:') throw new StoreError('invalid-endpoint', 'Reports are only sent over HTTPS: the endpoint must start with https://');
  if (url.username || url.password) throw new StoreError('invalid-endpoint', 'Put credentials somewhere else: the endpoint address may not contain a user name or password.');
  if (url.href.length > 2048) throw new StoreError('invalid-endpoint', 'The endpoint address is too long.');
  return url.href;
}

export function normalizeSettings(stored) {
  const s = stored && typeof stored === 'object' ? stored : {};
  let endpoint = '';
  try {
    endpoint = checkEndpoint(s.endpoint);
  } catch {
    endpoint = '';
  }
  return { autoCheck: s.autoCheck === true, endpoint, rememberArticles: s.rememberArticles !== false };
}

export function createReportSettings({ storage }) {
  async function get() {
    const got = await storage.get(REPORT_SETTINGS_KEY);
    return normalizeSettings(got?.[REPORT_SETTINGS_KEY]);
  }
  async function set(patch) {
    const current = await get();
    const next = { ...current };
    if (patch && 'autoCheck' in patch) next.autoCheck = patch.autoCheck === true;
    if (patch && 'endpoint' in patch) next.endpoint = checkEndpoint(patch.endpoint);
    if (patch && 'rememberArticles' in patch) next.rememberArticles = patch.rememberArticles !== false;
    await storage.set({ [REPORT_SETTINGS_KEY]: next });
    return next;
  }
  return { get, set };
}
