// Reports, site lists and warnings in the background: wires the stores to the browser (messages,
// navigation, alarms, context menu). service-worker.js calls startReports() once at start-up; it
// adds its own runtime.onMessage listener that answers only the message types below.
//
// Who may ask for what (checked on every message, by the sender the browser reports, never by
// anything in the message):
//   view->bg:*     the reader view frame (extension page view/view.html), for its own token only
//   popup->bg:*    the extension's popup page (popup/popup.html)
//   options->bg:*  the extension's options page (options/options.html)
// Content scripts, web pages and other extensions get no answer. A save carries a token the
// background issued for one page; the background rebuilds the record from its own copy of that
// page's result and stores it only if it equals what the reader was shown, so even a compromised
// extension page could not store evidence the core did not produce.
import { api } from '../shared/browser.js';
import { MSG } from '../shared/messages.js';
import { PSL_DATA } from '../shared/psl-data.js';
import { createPsl } from '../shared/psl.js';
import { buildReportDraft, siteOf, withReaderInput } from '../shared/report-draft.js';
import { extractPage, getCore } from './core-loader.js';
import { createListMatcher } from './list-matcher.js';
import { OWN_ALLOW, OWN_BLOCK, createListStore, parseForDisplay } from './list-store.js';
import { INTERVAL_HOURS, createSubscriptions } from './list-subscriptions.js';
import { createConnection, StoreError } from './report-db.js';
import { OPTIONS_URL, POPUP_URL, VIEW_URL, isExtensionPage } from './senders.js';
import { REPORT_EXPORT_FORMATS, exportReports, reportReason } from './report-export.js';
import { MAX_SEND_REPORTS, postReports, sendBody } from './report-send.js';
import { createReportSettings } from './report-settings.js';
import { createReportStore } from './report-store.js';
import { createReadMemory } from './read-memory.js';
import { loadResult, putResult } from './result-store.js';
import { capturePageForCheck, AUTO_CHECK_MAX_CHARS, createWarnings, warningSentence } from './warning-badge.js';

export const CONTEXT_MENU_ID = 'clearsource-report-page';
// A draft is saved minutes after it is made, not days: older createdAt values are refused.
const MAX_DRAFT_AGE_MS = 7 * 24 * 60 * 60 * 1000;
let toggleReaderFn = null;  // service-worker.js's toolbar handler (the popup's "Read" button)

export const psl = createPsl(PSL_DATA);
const derive = (url) => siteOf(url, psl);
const connection = createConnection();
export const reports = createReportStore({ derive, connection });
export const lists = createListStore({ connection });
export const matcher = createListMatcher({ lists });
export const subscriptions = createSubscriptions({ lists, alarms: api.alarms });
export const reportSettings = createReportSettings({ storage: api.storage.local });
export const readMemory = createReadMemory({
  storage: api.storage.local, siteOf: derive, enabled: async () => (await reportSettings.get()).rememberArticles,
});

/**
 * Every analysis of a page goes through here (reader view, report, automatic check): the core's
 * result, then the read-before memory (matched against, and remembered when original).
 */
export async function analysePage(html, url) {
  const result = await extractPage(html, url);
  if (!result.ok) return result;
  let core;
  try {
    core = await getCore();
  } catch {
    return result;
  }
  return readMemory.apply(core, url, result);
}

export const warnings = createWarnings({
  api, matcher, settings: reportSettings, extractPage: analysePage, putResult, siteOf: derive,
});

function extensionVersion() {
  return api.runtime.getManifest().version;
}

// ---------------------------------------------------------------------------------------
// Sender checks

const SENDERS = {
  view: (sender) => isExtensionPage(sender, VIEW_URL),
  popup: (sender) => isExtensionPage(sender, POPUP_URL),
  options: (sender) => isExtensionPage(sender, OPTIONS_URL),
};

function senderKind(type) {
  if (type.startsWith('view->bg:')) return 'view';
  if (type.startsWith('popup->bg:')) return 'popup';
  if (type.startsWith('options->bg:')) return 'options';
  return null;
}

// ---------------------------------------------------------------------------------------
// Saving

/** Rebuild the record from the background's own copy of the page's result (see the header). */
async function saveFromToken({ token, report, addToBlockList }, { source, tabId = null }) {
  const entry = await loadResult(String(token ?? ''));
  if (!entry) throw new StoreError('expired', 'This page\'s analysis is no longer available. Open the reader view again and report from there.');
  if (tabId !== null && entry.tabId !== tabId) throw new StoreError('forbidden', 'That analysis belongs to another tab.');
  if (!report || typeof report !== 'object') throw new StoreError('invalid-report', 'No report in the message.');
  const createdAt = Date.parse(report.createdAt);
  if (!Number.isFinite(createdAt) || Math.abs(Date.now() - createdAt) > MAX_DRAFT_AGE_MS) {
    throw new StoreError('invalid-report', 'The draft is too old; open the report form again.');
  }
  const rebuilt = buildReportDraft({
    url: entry.url, result: entry.result, source, id: report.id, now: createdAt, extensionVersion: extensionVersion(),
  }, { psl });
  if (!rebuilt.ok) throw new StoreError('invalid-report', rebuilt.errors.join('; '));
  const final = withReaderInput(rebuilt.report, { note: report.reader?.note, category: report.reader?.category }, { psl });
  if (!final.ok) throw new StoreError('invalid-report', final.errors.join('; '));
  if (JSON.stringify(final.report) !== JSON.stringify(report)) {
    throw new StoreError('draft-mismatch', 'The report differs from what this page\'s analysis says; it was not saved.');
  }
  const saved = await reports.save(final.report);
  let blocked = null;
  if (addToBlockList && final.report.page.registrableDomain) {
    blocked = await lists.addSite(OWN_BLOCK, final.report.page.registrableDomain, reportReason(final.report));
    warnings.recheckAll().catch(() => {});
  }
  const where = saved.duplicate ? 'This report was already saved.' : 'Saved on this computer.';
  const also = blocked ? (blocked.added ? ` ${final.report.page.registrableDomain} is now on your block list.` : ` ${final.report.page.registrableDomain} was already on your block list.`) : '';
  return { id: saved.id, duplicate: saved.duplicate, message: `${where}${also} See it in Clearsource's options under Reports.` };
}

// ---------------------------------------------------------------------------------------
// Tabs (popup)

async function tabInfo(tabId) {
  const tab = await api.tabs.get(Number(tabId));
  const { host, registrableDomain } = /^https?:/i.test(tab.url ?? '') ? derive(tab.url) : { host: null, registrableDomain: null };
  return { id: tab.id, url: tab.url ?? null, title: tab.title ?? null, host, registrableDomain };
}

function metaOf(result) {
  return {
    title: result.title ?? null, siteName: result.siteName ?? null, byline: result.byline ?? null,
    publishedTime: result.publishedTime ?? null, provenance: result.provenance ?? null,
  };
}

/** A result for the page in `tabId`: the automatic check's if it is for this URL, else a fresh local one. */
async function prepareForTab(tabId) {
  const tab = await api.tabs.get(Number(tabId));
  if (!/^https?:/i.test(tab.url ?? '')) throw new StoreError('not-a-page', 'Only web pages (http or https) can be reported.');
  const state = await warnings.state(tab.id);
  const checkToken = state?.url === tab.url ? state.reasons.find((r) => r.kind === 'check')?.token : null;
  if (checkToken) {
    const entry = await loadResult(checkToken);
    if (entry?.url === tab.url) return { token: checkToken, url: entry.url, result: metaOf(entry.result) };
  }
  let html;
  try {
    const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: capturePageForCheck, args: [AUTO_CHECK_MAX_CHARS] });
    html = injection?.result;
  } catch (err) {
    throw new StoreError('not-scriptable', `Clearsource cannot read this page: ${err.message}`);
  }
  if (typeof html !== 'string') throw new StoreError('too-large', 'This page is too large to analyse.');
  const result = await analysePage(html, tab.url);
  if (!result.ok) throw new StoreError(result.error?.code ?? 'extract-failed', result.error?.message ?? 'The page could not be analysed.');
  const token = putResult(tab.id, tab.url, result);
  return { token, url: tab.url, result: metaOf(result) };
}

// ---------------------------------------------------------------------------------------
// Lists (options page)

function subscriptionView(record) {
  const { text, ...rest } = record;
  return rest;
}

async function listsOverview() {
  const [block, allow, subs] = await Promise.all([lists.getOwn(OWN_BLOCK), lists.getOwn(OWN_ALLOW), lists.subscriptions()]);
  const own = (record) => ({ ...record, ...parseForDisplay(record.text, record.format) });
  const built = await matcher.current();
  return {
    own: { block: own(block), allow: own(allow) },
    subscriptions: subs.map(subscriptionView).sort((a, b) => (a.addedAt ?? 0) - (b.addedAt ?? 0)),
    intervals: INTERVAL_HOURS,
    matcher: { size: built.size, buildMs: Math.round(built.buildMs) },
  };
}

// ---------------------------------------------------------------------------------------
// Message handlers by type

async function selectedReports({ ids, query }) {
  if (Array.isArray(ids)) return reports.getMany(ids);
  if (query && typeof query === 'object') {
    const { ids: matched } = await reports.query({ ...query, wantIds: true, limit: 1 });
    return reports.getMany(matched);
  }
  return reports.all();
}

const HANDLERS = {
  [MSG.VIEW_TO_BG_REPORT_SAVE]: (m, sender) => saveFromToken(m, { source: 'banner', tabId: sender.tab?.id ?? -1 }),

  [MSG.POPUP_TO_BG_TAB_STATE]: async (m) => {
    const tab = await tabInfo(m.tabId);
    const state = await warnings.state(tab.id);
    const warning = state?.url === tab.url ? { ...state, sentences: state.reasons.map(warningSentence) } : null;
    return { tab, warning, autoCheck: (await reportSettings.get()).autoCheck };
  },
  [MSG.POPUP_TO_BG_PREPARE_REPORT]: (m) => prepareForTab(m.tabId),
  [MSG.POPUP_TO_BG_REPORT_SAVE]: (m) => saveFromToken(m, { source: m.source === 'context-menu' ? 'context-menu' : 'popup' }),
  [MSG.POPUP_TO_BG_ALLOW_SITE]: async (m) => {
    const tab = await tabInfo(m.tabId);
    if (!tab.registrableDomain) throw new StoreError('not-a-page', 'Only web pages can be allowed.');
    const out = await lists.addSite(OWN_ALLOW, tab.registrableDomain, `allowed ${new Date().toISOString().slice(0, 10)}`);
    await warnings.recheckAll();
    return { ...out, domain: tab.registrableDomain };
  },
  [MSG.POPUP_TO_BG_READ]: async (m) => {
    const tab = await api.tabs.get(Number(m.tabId));
    await toggleReaderFn?.(tab);
    return {};
  },

  [MSG.OPTIONS_TO_BG_REPORTS_QUERY]: (m) => reports.query(m.query ?? {}),
  [MSG.OPTIONS_TO_BG_REPORT_GET]: async (m) => ({ report: await reports.get(m.id) }),
  [MSG.OPTIONS_TO_BG_REPORT_UPDATE]: async (m) => ({ report: await reports.update(m.id, { note: m.note, category: m.category }) }),
  [MSG.OPTIONS_TO_BG_REPORTS_DELETE]: (m) => reports.remove(m.ids),
  [MSG.OPTIONS_TO_BG_REPORTS_UNDO]: (m) => reports.undoDelete(m.batch),
  [MSG.OPTIONS_TO_BG_REPORTS_EXPORT]: async (m) => {
    if (!REPORT_EXPORT_FORMATS.includes(m.format)) throw new StoreError('invalid-format', `Unknown export format ${m.format}`);
    const chosen = await selectedReports(m);
    return exportReports(chosen, m.format, { extensionVersion: extensionVersion(), scope: m.scope === 'host' ? 'host' : 'registrable' });
  },
  [MSG.OPTIONS_TO_BG_REPORTS_IMPORT]: (m) => reports.importReports(String(m.text ?? '')),
  [MSG.OPTIONS_TO_BG_STORAGE_INFO]: async () => {
    const estimate = (await navigator.storage?.estimate?.()) ?? {};
    return { count: await reports.count(), usage: estimate.usage ?? null, quota: estimate.quota ?? null };
  },

  [MSG.OPTIONS_TO_BG_LISTS_GET]: () => listsOverview(),
  [MSG.OPTIONS_TO_BG_LIST_SAVE]: async (m) => {
    const saved = await lists.saveOwn(m.id, m.text);
    warnings.recheckAll().catch(() => {});
    const { text, ...rest } = saved;
    return rest;
  },
  [MSG.OPTIONS_TO_BG_LIST_ADD_SITE]: async (m) => {
    const out = await lists.addSite(m.id === OWN_ALLOW ? OWN_ALLOW : OWN_BLOCK, m.domain, m.comment ?? '');
    warnings.recheckAll().catch(() => {});
    return out;
  },
  [MSG.OPTIONS_TO_BG_LIST_TEST]: async (m) => ({ match: await matcher.match(String(m.url ?? '')) }),
  [MSG.OPTIONS_TO_BG_SUBSCRIPTION_ADD]: async (m) => {
    const record = await subscriptions.add({ url: m.url, format: m.format, intervalHours: m.intervalHours });
    warnings.recheckAll().catch(() => {});
    return { subscription: subscriptionView(record) };
  },
  [MSG.OPTIONS_TO_BG_SUBSCRIPTION_SET]: async (m) => ({ subscription: subscriptionView(await subscriptions.setInterval(m.id, m.intervalHours)) }),
  [MSG.OPTIONS_TO_BG_SUBSCRIPTION_REFRESH]: async (m) => {
    const record = await subscriptions.refresh(m.id);
    if (!record) throw new StoreError('not-found', 'No such subscription.');
    warnings.recheckAll().catch(() => {});
    return { subscription: subscriptionView(record) };
  },
  [MSG.OPTIONS_TO_BG_SUBSCRIPTION_REMOVE]: async (m) => {
    await subscriptions.remove(m.id);
    warnings.recheckAll().catch(() => {});
    return {};
  },

  [MSG.OPTIONS_TO_BG_SETTINGS_GET]: async () => ({ settings: await reportSettings.get() }),
  [MSG.OPTIONS_TO_BG_SETTINGS_SET]: async (m) => {
    const settings = await reportSettings.set(m.settings ?? {});
    // Switching the memory off forgets what it held: off means nothing is kept.
    if (!settings.rememberArticles) await readMemory.clear();
    return { settings };
  },
  [MSG.OPTIONS_TO_BG_READ_MEMORY_GET]: async () => ({ count: await readMemory.count() }),
  [MSG.OPTIONS_TO_BG_READ_MEMORY_CLEAR]: async () => {
    await readMemory.clear();
    return { count: 0 };
  },
  [MSG.OPTIONS_TO_BG_SEND_PREVIEW]: async (m) => {
    const { endpoint } = await reportSettings.get();
    if (!endpoint) throw new StoreError('no-endpoint', 'No endpoint is configured.');
    const chosen = await reports.getMany(Array.isArray(m.ids) ? m.ids.slice(0, MAX_SEND_REPORTS) : []);
    if (!chosen.length) throw new StoreError('not-found', 'No report to send.');
    return { endpoint, body: sendBody(chosen, { extensionVersion: extensionVersion() }), count: chosen.length };
  },
  [MSG.OPTIONS_TO_BG_SEND]: async (m) => {
    const { endpoint } = await reportSettings.get();
    if (!endpoint || m.endpoint !== endpoint) throw new StoreError('endpoint-changed', 'The endpoint changed since the preview; look again.');
    const chosen = await reports.getMany(Array.isArray(m.ids) ? m.ids.slice(0, MAX_SEND_REPORTS) : []);
    const body = sendBody(chosen, { extensionVersion: extensionVersion() });
    if (!chosen.length || body !== m.body) throw new StoreError('preview-changed', 'The reports changed since the preview; look again before sending.');
    return postReports(endpoint, body);
  },
};

/**
 * Handles one message if it is ours. Returns true when the reply will come asynchronously (the
 * runtime.onMessage contract), false otherwise (unknown type or refused sender: no reply at all).
 */
export function handleReportMessage(message, sender, sendResponse) {
  const handler = HANDLERS[message?.type];
  if (!handler) return false;
  const kind = senderKind(message.type);
  if (!kind || !SENDERS[kind](sender)) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then((reply) => sendResponse({ ok: true, ...reply }))
    .catch((err) => sendResponse({ ok: false, error: { code: err.code ?? 'failed', message: err.message ?? String(err) } }));
  return true;
}

// ---------------------------------------------------------------------------------------
// Browser events

export function openReportWindow(tabId) {
  const url = `${POPUP_URL}?tab=${encodeURIComponent(tabId)}&report=1&source=context-menu`;
  if (api.windows?.create) return api.windows.create({ url, type: 'popup', width: 480, height: 720 });
  return api.tabs.create({ url });
}

function installContextMenu() {
  if (!api.contextMenus) return;
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({
      id: CONTEXT_MENU_ID,
      title: 'Report this site to Clearsource…',
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    }, () => void api.runtime.lastError);
  });
}

/** Registers listeners (synchronously, at the worker's top level, as MV3 requires). */
export function startReports({ toggleReader } = {}) {
  toggleReaderFn = toggleReader;
  api.runtime.onMessage.addListener((message, sender, sendResponse) => handleReportMessage(message, sender, sendResponse));
  api.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    warnings.onUpdated(tabId, changeInfo, tab).catch(() => {});
  });
  api.tabs.onRemoved.addListener((tabId) => {
    warnings.forget(tabId).catch(() => {});
  });
  api.alarms?.onAlarm.addListener((alarm) => {
    const run = subscriptions.onAlarm(alarm);
    run?.then(() => warnings.recheckAll()).catch(() => {});
  });
  api.runtime.onInstalled.addListener(() => {
    installContextMenu();
    subscriptions.ensureAlarms().catch(() => {});
  });
  api.runtime.onStartup?.addListener(() => {
    subscriptions.ensureAlarms().catch(() => {});
  });
  api.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID && tab?.id !== undefined) openReportWindow(tab.id);
  });
  // Test hooks (reachable only from the extension's own worker, like clearsourceToggle).
  globalThis.clearsourceReports = { reports, lists, matcher, subscriptions, warnings, reportSettings, psl, openReportWindow, extractPage, analysePage, readMemory };
}
