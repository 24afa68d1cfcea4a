// The reader view frame: fetches the stored result for its token from the background, reads the
// reader's settings, applies them, then renders (so the first paint is already in the reader's
// theme: until then the document is transparent over the frame, which the content script painted
// in the theme's background colour). Esc or the close button asks the content script to remove
// the frame. Settings and the per-site banner choice are written by the background (the one
// writer of storage); this page only reads them.
import { api } from '../shared/browser.js';
import { FRAME_MSG, MSG } from '../shared/messages.js';
import { BANNER_DISMISSED_KEY, SETTINGS_KEY, applySettings, normalizeSettings, siteKey } from '../shared/settings.js';
import { mountReader } from './reader-app.js';
import { renderError } from './render.js';
import './report-dialog.js';  // "Report this site" (issue 6): listens for the banner's clearsource:report

const main = document.getElementById('cs-main');
const toolbarHost = document.getElementById('cs-toolbar');
const token = new URLSearchParams(location.search).get('t') ?? '';
let app = null;

function tellPage(type) {
  // Only a type: nothing about the article or the reader travels to the page's window.
  window.parent.postMessage({ type }, '*');
}
const requestClose = () => tellPage(FRAME_MSG.VIEW_TO_CS_CLOSE);

// Esc works before the article is there too (reader-app takes over once mounted).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !app) requestClose();
});

async function readStorage(area, key) {
  try {
    return (await api.storage[area].get(key))?.[key];
  } catch {
    return undefined;
  }
}

function revealDocument() {
  document.documentElement.classList.remove('cs-pending');
}

async function start() {
  const [reply, storedSettings, dismissedSites] = await Promise.all([
    api.runtime.sendMessage({ type: MSG.VIEW_TO_BG_GET_RESULT, token }),
    readStorage('sync', SETTINGS_KEY),
    readStorage('local', BANNER_DISMISSED_KEY),
  ]);
  const settings = applySettings(document.documentElement, storedSettings);
  revealDocument();
  if (!reply?.ok) {
    renderError(main, 'This reader view has expired. Close it and click the Clearsource button again.');
    tellPage(FRAME_MSG.VIEW_TO_CS_EXPIRED);
    return;
  }
  const site = siteKey(reply.url);
  let lastSaved = JSON.stringify(settings);
  app = mountReader({
    doc: document,
    toolbarHost,
    main,
    result: reply.result,
    pageUrl: reply.url,
    token,
    settings,
    saveSettings(next) {
      lastSaved = JSON.stringify(next);
      api.runtime.sendMessage({ type: MSG.VIEW_TO_BG_SAVE_SETTINGS, settings: next }).catch(() => {});
    },
    site,
    dismissed: Boolean(site && dismissedSites && typeof dismissedSites === 'object' && dismissedSites[site]),
    setDismissed(dismissed) {
      api.runtime.sendMessage({ type: MSG.VIEW_TO_BG_SET_BANNER_DISMISSED, token, dismissed }).catch(() => {});
    },
    onClose: requestClose,
    reportable: true,
  });
  // Settings changed in another tab or on another device: follow them (but not our own echo).
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
    const next = normalizeSettings(changes[SETTINGS_KEY].newValue);
    const text = JSON.stringify(next);
    if (text === lastSaved || text === JSON.stringify(app.settings)) return;
    app.applyExternalSettings(next);
  });
  document.body.dataset.ready = 'true';
  tellPage(FRAME_MSG.VIEW_TO_CS_READY);
}

start().catch((err) => {
  revealDocument();
  renderError(main, `Clearsource could not show this article: ${err.message}`);
});
