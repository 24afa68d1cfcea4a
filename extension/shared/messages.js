// Every message the extension sends, named by direction so a reader of any handler knows who may
// send it: CS = content script, BG = background service worker, VIEW = the reader view frame,
// POPUP / OPTIONS = the extension's popup and options pages.
// The background checks each sender against the direction before acting.
export const MSG = Object.freeze({
  // content script -> background: extract this page. { html, url } -> { ok, token, result? }
  CS_TO_BG_EXTRACT: 'cs->bg:extract',
  // background -> content script: toggle the reader view (toolbar click, shortcut).
  BG_TO_CS_TOGGLE: 'bg->cs:toggle',
  // background -> content script: leave the reader view if it is open.
  BG_TO_CS_CLOSE: 'bg->cs:close',
  // view frame -> background: the stored result for the view's token. { token } -> result
  VIEW_TO_BG_GET_RESULT: 'view->bg:get-result',
  // view frame -> background: the reader asked to leave the view (Esc, close button).
  VIEW_TO_BG_CLOSE: 'view->bg:close',
  // view frame -> background: store the reader settings (validated there). { settings }
  VIEW_TO_BG_SAVE_SETTINGS: 'view->bg:save-settings',
  // view frame -> background: hide/show the provenance banner for the site of the view's token.
  // { token, dismissed } (the site comes from the stored result, not from the message)
  VIEW_TO_BG_SET_BANNER_DISMISSED: 'view->bg:set-banner-dismissed',

  // Reports, site lists, warnings (background/report-router.js). POPUP = popup/popup.html,
  // OPTIONS = options/options.html. Replies: { ok: true, ...data } | { ok: false, error: { code, message } }.
  // view frame -> background: save the report the reader confirmed. { token, report, addToBlockList }
  VIEW_TO_BG_REPORT_SAVE: 'view->bg:report-save',
  // popup -> background: the tab's URL, site and warning. { tabId } -> { tab, warning, autoCheck }
  POPUP_TO_BG_TAB_STATE: 'popup->bg:tab-state',
  // popup -> background: analyse the tab's page locally for a report. { tabId } -> { token, url, result }
  POPUP_TO_BG_PREPARE_REPORT: 'popup->bg:prepare-report',
  // popup -> background: save the report the reader confirmed. { token, report, addToBlockList, source }
  POPUP_TO_BG_REPORT_SAVE: 'popup->bg:report-save',
  // popup -> background: add the tab's site to the allow list. { tabId } -> { added, domain }
  POPUP_TO_BG_ALLOW_SITE: 'popup->bg:allow-site',
  // popup -> background: open the reader view in the tab. { tabId }
  POPUP_TO_BG_READ: 'popup->bg:read',
  // options -> background: reports. QUERY { query } -> { total, items, counts }; GET { id };
  // UPDATE { id, note, category }; DELETE { ids } -> { batch, count }; UNDO { batch };
  // EXPORT { format, ids? | query? } -> { text, filename, mime, count }; IMPORT { text } -> totals
  OPTIONS_TO_BG_REPORTS_QUERY: 'options->bg:reports-query',
  OPTIONS_TO_BG_REPORT_GET: 'options->bg:report-get',
  OPTIONS_TO_BG_REPORT_UPDATE: 'options->bg:report-update',
  OPTIONS_TO_BG_REPORTS_DELETE: 'options->bg:reports-delete',
  OPTIONS_TO_BG_REPORTS_UNDO: 'options->bg:reports-undo',
  OPTIONS_TO_BG_REPORTS_EXPORT: 'options->bg:reports-export',
  OPTIONS_TO_BG_REPORTS_IMPORT: 'options->bg:reports-import',
  OPTIONS_TO_BG_STORAGE_INFO: 'options->bg:storage-info',
  // options -> background: site lists. LIST_SAVE { id, text }; LIST_ADD_SITE { id, domain };
  // LIST_TEST { url } -> { match }; SUBSCRIPTION_ADD { url, format, intervalHours };
  // SUBSCRIPTION_SET { id, intervalHours }; SUBSCRIPTION_REFRESH/REMOVE { id }
  OPTIONS_TO_BG_LISTS_GET: 'options->bg:lists-get',
  OPTIONS_TO_BG_LIST_SAVE: 'options->bg:list-save',
  OPTIONS_TO_BG_LIST_ADD_SITE: 'options->bg:list-add-site',
  OPTIONS_TO_BG_LIST_TEST: 'options->bg:list-test',
  OPTIONS_TO_BG_SUBSCRIPTION_ADD: 'options->bg:subscription-add',
  OPTIONS_TO_BG_SUBSCRIPTION_SET: 'options->bg:subscription-set',
  OPTIONS_TO_BG_SUBSCRIPTION_REFRESH: 'options->bg:subscription-refresh',
  OPTIONS_TO_BG_SUBSCRIPTION_REMOVE: 'options->bg:subscription-remove',
  // options -> background: settings { autoCheck, endpoint }; sending: PREVIEW { ids } ->
  // { endpoint, body }; SEND { ids, endpoint, body } (the body the reader saw, checked again)
  OPTIONS_TO_BG_SETTINGS_GET: 'options->bg:settings-get',
  OPTIONS_TO_BG_SETTINGS_SET: 'options->bg:settings-set',
  OPTIONS_TO_BG_SEND_PREVIEW: 'options->bg:send-preview',
  OPTIONS_TO_BG_SEND: 'options->bg:send',
  // options -> background: the read-before memory (background/read-memory.js). GET -> { count };
  // CLEAR -> { count: 0 } (forgets every remembered article)
  OPTIONS_TO_BG_READ_MEMORY_GET: 'options->bg:read-memory-get',
  OPTIONS_TO_BG_READ_MEMORY_CLEAR: 'options->bg:read-memory-clear',
});

// postMessage types between the view frame and the content script of the same tab.
export const FRAME_MSG = Object.freeze({
  VIEW_TO_CS_CLOSE: 'clearsource:view->cs:close',
  VIEW_TO_CS_READY: 'clearsource:view->cs:ready',
  // The background no longer has the view's result (browser restarted, evicted): extract again.
  VIEW_TO_CS_EXPIRED: 'clearsource:view->cs:expired',
});
