// The background's part of the reader view's preferences: it is the one writer of storage.
// - Reader settings (theme, font, size, width, line height, icon hint) -> storage.sync, validated.
// - "Hide provenance warnings for this site" -> storage.local (private: not synced), keyed by the
//   host of the result the view's token names, so a view can only change its own site's choice.
import { api } from '../shared/browser.js';
import { MSG } from '../shared/messages.js';
import {
  BANNER_DISMISSED_KEY, SETTINGS_KEY, normalizeSettings, siteKey, updateDismissedSites,
} from '../shared/settings.js';
import { loadResult } from './result-store.js';
import { fromViewFrame } from './senders.js';

export async function saveSettings(raw) {
  const settings = normalizeSettings(raw);
  await api.storage.sync.set({ [SETTINGS_KEY]: settings });
  return settings;
}

/** Records (or clears) the reader's choice to hide warnings on `site`; keeps the newest 500. */
export async function setBannerDismissed(site, dismissed, now = Date.now()) {
  if (!site) return null;
  const stored = (await api.storage.local.get(BANNER_DISMISSED_KEY))?.[BANNER_DISMISSED_KEY];
  const kept = updateDismissedSites(stored, site, dismissed, now);
  await api.storage.local.set({ [BANNER_DISMISSED_KEY]: kept });
  return kept;
}

let installed = false;
export function installReaderSettings() {
  if (installed) return;
  installed = true;
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!message || typeof message.type !== 'string') return false;
    if (message.type === MSG.VIEW_TO_BG_SAVE_SETTINGS) {
      if (!fromViewFrame(sender)) return false;
      saveSettings(message.settings).then(
        (settings) => sendResponse({ ok: true, settings }),
        (err) => sendResponse({ ok: false, error: err.message }),
      );
      return true;
    }
    if (message.type === MSG.VIEW_TO_BG_SET_BANNER_DISMISSED) {
      if (!fromViewFrame(sender)) return false;
      loadResult(String(message.token ?? '')).then(async (entry) => {
        const site = entry ? siteKey(entry.url) : null;
        if (!site) return { ok: false, error: 'unknown token' };
        await setBannerDismissed(site, Boolean(message.dismissed));
        return { ok: true, site };
      }).then(sendResponse, (err) => sendResponse({ ok: false, error: err.message }));
      return true;
    }
    return false;
  });
}
