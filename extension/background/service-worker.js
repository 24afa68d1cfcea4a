// Background service worker: owns the wasm core and routes messages. The content script sends the
// page's HTML; the core's result is stored here and served to the reader view frame by token.
import { api } from '../shared/browser.js';
import { MSG } from '../shared/messages.js';
import { forgetTab, loadResult, putResult } from './result-store.js';
import { installReaderSettings } from './reader-settings.js';
import { installReaderableIcon, markReaderable } from './readerable-icon.js';
import { analysePage, startReports } from './report-router.js';
import { fromContentScript, fromViewFrame } from './senders.js';

const CONTENT_SCRIPT = 'content/content.js';

// 1. Toolbar click and keyboard shortcut: make sure the content script is there, then toggle.
export async function toggleReader(tab) {
  if (!tab || tab.id === undefined) return;
  try {
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
    await api.tabs.sendMessage(tab.id, { type: MSG.BG_TO_CS_TOGGLE });
  } catch (err) {
    // Browser pages (chrome://, the web store, PDF viewer) cannot be scripted.
    await api.action.setBadgeText({ tabId: tab.id, text: '!' });
    await api.action.setTitle({ tabId: tab.id, title: `Clearsource cannot read this page: ${err.message}` });
  }
}
// Tests call this with the active tab (see tests/e2e): a stable hook into the real handler.
globalThis.clearsourceToggle = toggleReader;

api.action.onClicked.addListener((tab) => toggleReader(tab));
export async function onCommand(command, tab) {
  if (command !== 'toggle-reader') return;
  const target = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
  await toggleReader(target);
}
api.commands?.onCommand.addListener(onCommand);
// A test cannot press a browser-level shortcut (key events reach the page, not the browser's
// accelerators): tests/e2e call the real command handler through this hook.
globalThis.clearsourceCommand = onCommand;

// Counters the tests read (e.g. a second toggle must not extract again). Memory only.
export const stats = { extractions: 0 };
globalThis.clearsourceStats = stats;

// Reader view preferences (settings, per-site banner choice) and the readerable toolbar icon.
installReaderSettings();
installReaderableIcon();
// Reports, site lists and the warning badge (own message listener, sender-checked there).
startReports({ toggleReader });

// 2. Messages, each accepted only from the sender its direction names (checks: senders.js).

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || typeof message.type !== 'string') return false;
  switch (message.type) {
    case MSG.CS_TO_BG_EXTRACT: {
      if (!fromContentScript(sender) || typeof message.html !== 'string') return false;
      stats.extractions++;
      analysePage(message.html, String(message.url ?? sender.tab.url ?? '')).then((result) => {
        const token = result.ok ? putResult(sender.tab.id, message.url, result) : null;
        if (result.ok) markReaderable(sender.tab.id, result.readerable, 'core');
        sendResponse({ token, ok: result.ok, error: result.error ?? null, title: result.title ?? null, length: result.length ?? 0 });
      });
      return true;  // async response
    }
    case MSG.VIEW_TO_BG_GET_RESULT: {
      if (!fromViewFrame(sender)) return false;
      loadResult(String(message.token ?? '')).then((entry) => {
        sendResponse(entry ? { ok: true, url: entry.url, result: entry.result } : { ok: false });
      });
      return true;  // async: after a worker restart the result comes back from storage.session
    }
    case MSG.VIEW_TO_BG_CLOSE: {
      if (!fromViewFrame(sender) || !sender.tab) return false;
      api.tabs.sendMessage(sender.tab.id, { type: MSG.BG_TO_CS_CLOSE }).catch(() => {});
      return false;
    }
    default:
      return false;
  }
});

api.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
