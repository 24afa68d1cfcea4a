// Who sent a runtime message. Each listener accepts a message only from the sender its direction
// names (shared/messages.js); the checks live here, once.
import { api } from '../shared/browser.js';

export const VIEW_URL = api.runtime.getURL('view/view.html');
export const POPUP_URL = api.runtime.getURL('popup/popup.html');
export const OPTIONS_URL = api.runtime.getURL('options/options.html');
const EXTENSION_ORIGIN_PREFIX = api.runtime.getURL('');

/** The sender is this extension's page `pageUrl` (query and fragment may follow). */
export function isExtensionPage(sender, pageUrl) {
  if (!sender || sender.id !== api.runtime.id || typeof sender.url !== 'string') return false;
  if (!sender.url.startsWith(pageUrl)) return false;
  const rest = sender.url.slice(pageUrl.length);
  return rest === '' || rest[0] === '?' || rest[0] === '#';
}

/** The reader view frame. */
export const fromViewFrame = (sender) => isExtensionPage(sender, VIEW_URL);

/**
 * Our content script in a web page. Extension pages opened in a tab (options, report window)
 * have sender.tab too, so the page URL must not be one of ours.
 */
export function fromContentScript(sender) {
  return Boolean(sender) && sender.id === api.runtime.id && Boolean(sender.tab) &&
    typeof sender.url === 'string' && !sender.url.startsWith(EXTENSION_ORIGIN_PREFIX);
}
