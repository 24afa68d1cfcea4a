// Every message the extension sends, named by direction so a reader of any handler knows who may
// send it: CS = content script, BG = background service worker, VIEW = the reader view frame.
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
});

// postMessage types between the view frame and the content script of the same tab.
export const FRAME_MSG = Object.freeze({
  VIEW_TO_CS_CLOSE: 'clearsource:view->cs:close',
  VIEW_TO_CS_READY: 'clearsource:view->cs:ready',
  // The background no longer has the view's result (browser restarted, evicted): extract again.
  VIEW_TO_CS_EXPIRED: 'clearsource:view->cs:expired',
});
