// Content script (bundled into content/content.js by scripts/build-extension.mjs: MV3 content
// scripts cannot be ES modules). It captures the page's HTML for the core, shows the reader view
// in an extension-owned frame over the page, and removes it again.
//
// Why an extension-owned frame, and not a shadow root (the isolation argument, issue 5 part 1):
// - Styles. A shadow root blocks page selectors, but inherited properties (font-size, color,
//   line-height, direction...) still flow into it from the host's ancestors, `all: initial` on
//   the host does not stop @font-face/@property/@counter-style/@keyframes/::selection rules, and
//   the page's root font-size sets every `rem`. A frame has its own document: nothing in the
//   page's CSS cascades into it, whatever the selectors or !important say.
// - Scripts. Shadow-root content lives in the page's DOM: page scripts can reach it
//   (element.shadowRoot for open roots, event listeners on window/document for closed ones,
//   patched prototypes such as Element.prototype.attachShadow or Node.prototype.appendChild)
//   and read or restyle the article, the reader's settings and the provenance banner. The
//   frame's document is chrome-extension:// (another origin): the page cannot script it, and
//   the article is fetched by the frame from the background with an unguessable token, so the
//   page never sees it either. The view runs under the extension's CSP (script-src 'self'),
//   so even a sanitizer bug in the core could not run page script in it.
// - Restoring. The page's DOM is never modified: we append one element to <html> and remove it;
//   toggling back restores the page exactly (same nodes, same serialization, same scroll).
//   Removing the frame also drops everything the view did (listeners, speech, styles) at once.
// - Cost: one extra document (a few MB) while the view is open; acceptable for a reader.
//
// The frame sits in a <dialog> opened with showModal(). That puts it in the top layer, above
// everything the page can stack (z-index, its own dialogs/popovers), outside any transformed,
// filtered or clipped ancestor (a transform on <html> would otherwise capture position:fixed),
// and makes the page underneath inert: Tab cannot wander into the hidden page and assistive
// technology does not read it. Inline !important declarations (set through CSSOM, which a strict
// page CSP allows) beat any page stylesheet rule for the dialog and the frame themselves. The
// only ancestor left is <html>: if the page's CSS hides or scales the root (`* { display: none
// !important }`, `html { zoom: 3 }`), a root guard (an adopted, layered stylesheet: not part of
// the DOM) overrides exactly those properties while the view is open.
import { api } from '../shared/browser.js';
import { FRAME_MSG, MSG } from '../shared/messages.js';
import { MIN_ARTICLE_CHARS, SETTINGS_KEY, THEME_COLORS, normalizeSettings, prefersDark, resolveTheme } from '../shared/settings.js';

const HOST_ATTR = 'data-clearsource';
const VIEW_URL = api.runtime.getURL('view/view.html');
const VIEW_ORIGIN = new URL(VIEW_URL).origin;

const RESET = {
  margin: '0', padding: '0', border: '0', display: 'block', visibility: 'visible', opacity: '1',
  transform: 'none', filter: 'none', 'clip-path': 'none', mask: 'none', zoom: '1', 'content-visibility': 'visible',
  'max-width': 'none', 'max-height': 'none', 'min-width': '0', 'min-height': '0', 'box-shadow': 'none',
  outline: 'none', 'pointer-events': 'auto', contain: 'none', 'color-scheme': 'normal',
};
const HOST_STYLE = {
  ...RESET, position: 'fixed', inset: '0', width: '100vw', height: '100vh', overflow: 'hidden',
  background: 'transparent', 'z-index': '2147483647',
};
const FRAME_STYLE = {
  ...RESET, position: 'absolute', inset: '0', width: '100%', height: '100%', background: '#fdfdfb',
};
const NOTICE_STYLE = {
  position: 'fixed', top: '16px', right: '16px', 'z-index': '2147483647', display: 'block',
  visibility: 'visible', opacity: '1',
};

function applyImportant(element, styles) {
  for (const [property, value] of Object.entries(styles)) {
    element.style.setProperty(property, value, 'important');
  }
}

export function capturePage(doc = document) {
  const doctype = doc.doctype ? new XMLSerializer().serializeToString(doc.doctype) : '';
  return `${doctype}${doc.documentElement.outerHTML}`;
}

// Root properties that would hide or distort anything under <html>, and their safe values.
const ROOT_CHECKS = [
  ['display', (v) => v === 'none' || v === 'contents', 'block'],
  ['content-visibility', (v) => v === 'hidden', 'visible'],
  ['zoom', (v) => v && v !== 'normal' && Number(v) !== 1, '1'],
  ['opacity', (v) => Number(v) < 1, '1'],
  ['visibility', (v) => v && v !== 'visible', 'visible'],
];

/**
 * Overrides hostile root styles while the view is open; returns an undo function. First choice
 * is an adopted stylesheet in a cascade layer (layered !important beats the page's unlayered
 * !important, and adopted sheets are not in the DOM). If that does not win (the page layers its
 * own !important rules, or the browser refuses adopted sheets from content scripts), the root's
 * inline style is set and its exact attribute text put back afterwards.
 */
export function guardRoot(doc = document) {
  const root = doc.documentElement;
  const bad = () => {
    const cs = doc.defaultView.getComputedStyle(root);
    return ROOT_CHECKS.filter(([prop, isBad]) => isBad(cs.getPropertyValue(prop).trim()));
  };
  const first = bad();
  if (!first.length) return () => {};
  const undo = [];
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    const decls = first.map(([prop, , safe]) => `${prop}: ${safe} !important;`).join(' ');
    sheet.replaceSync(`@layer clearsource-root-guard { :root { ${decls} } }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    undo.push(() => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  } catch {
    // adopted sheets unavailable here: the inline fallback below handles it
  }
  const still = bad();
  if (still.length) {
    const had = root.hasAttribute('style');
    const before = root.getAttribute('style');
    for (const [prop, , safe] of still) root.style.setProperty(prop, safe, 'important');
    undo.push(() => {
      if (had) root.setAttribute('style', before);
      else root.removeAttribute('style');
    });
  }
  return () => {
    for (const fn of undo.reverse()) fn();
  };
}

async function frameBackground() {
  try {
    const stored = await api.storage.sync.get(SETTINGS_KEY);
    const theme = resolveTheme(normalizeSettings(stored?.[SETTINGS_KEY]).theme, prefersDark(window));
    return THEME_COLORS[theme].background;
  } catch {
    return THEME_COLORS.light.background;
  }
}

// The article's identity for reuse: the URL without its fragment (#section jumps are the same page).
function pageKey() {
  return location.href.replace(/#.*$/, '');
}

function createController() {
  const state = {
    token: null, tokenKey: null, host: null, frame: null, scroll: null, busy: false, toast: null, unguard: null,
  };

  function onFrameMessage(event) {
    if (!state.frame || event.source !== state.frame.contentWindow || event.origin !== VIEW_ORIGIN) return;
    const type = event.data?.type;
    if (type === FRAME_MSG.VIEW_TO_CS_CLOSE) close();
    else if (type === FRAME_MSG.VIEW_TO_CS_READY) focusView();
    else if (type === FRAME_MSG.VIEW_TO_CS_EXPIRED) {
      // The background lost the result (browser restart, eviction): extract once more.
      close();
      state.token = null;
      toggle();
    }
  }

  // Focusing the <iframe> element leaves keyboard focus in this (inert) document for an
  // out-of-process frame: Tab, Space and the arrows would do nothing until a click. Focusing the
  // frame's window (allowed across origins) puts focus inside the view.
  function focusView() {
    if (!state.frame) return;
    state.frame.focus();
    state.frame.contentWindow?.focus();
  }

  function onKeyDown(event) {
    if (event.key === 'Escape' && state.frame) {
      event.stopPropagation();
      event.preventDefault();
      close();
    }
  }

  function onCancel(event) {
    event.preventDefault();  // the dialog's own Esc handling: leave through close() instead
    close();
  }

  function open(token, background) {
    state.scroll = { x: window.scrollX, y: window.scrollY };
    const host = document.createElement('dialog');
    host.setAttribute(HOST_ATTR, 'host');
    host.setAttribute('aria-label', 'Clearsource reader view');
    applyImportant(host, HOST_STYLE);
    const frame = document.createElement('iframe');
    frame.setAttribute(HOST_ATTR, 'view');
    frame.setAttribute('title', 'Clearsource reader view');
    frame.setAttribute('allow', 'clipboard-write');
    applyImportant(frame, { ...FRAME_STYLE, background });
    frame.src = `${VIEW_URL}?t=${encodeURIComponent(token)}`;
    host.append(frame);
    document.documentElement.appendChild(host);
    state.unguard = guardRoot(document);
    try {
      host.showModal();
    } catch {
      host.setAttribute('open', '');  // not modal (e.g. another modal is mid-transition): still covers the page
    }
    host.addEventListener('cancel', onCancel);
    state.host = host;
    state.frame = frame;
    frame.addEventListener('load', focusView, { once: true });
    window.addEventListener('message', onFrameMessage);
    window.addEventListener('keydown', onKeyDown, true);
  }

  function close() {
    if (!state.frame) return;
    const host = state.host;
    host.removeEventListener('cancel', onCancel);
    if (host.open) host.close();
    host.remove();
    state.host = null;
    state.frame = null;
    state.unguard?.();
    state.unguard = null;
    window.removeEventListener('message', onFrameMessage);
    window.removeEventListener('keydown', onKeyDown, true);
    if (state.scroll) window.scrollTo(state.scroll.x, state.scroll.y);
  }

  // A short notice when there is nothing to show; removed by itself, page otherwise untouched.
  function notify(text) {
    state.toast?.remove();
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTR, 'notice');
    applyImportant(host, NOTICE_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    const box = document.createElement('div');
    box.setAttribute('role', 'status');
    box.textContent = text;
    Object.assign(box.style, {
      font: '14px/1.4 system-ui, sans-serif', background: '#222', color: '#fff',
      padding: '10px 14px', borderRadius: '8px', maxWidth: '360px',
      boxShadow: '0 2px 8px rgba(0,0,0,.3)',
    });
    root.appendChild(box);
    document.documentElement.appendChild(host);
    state.toast = host;
    setTimeout(() => {
      host.remove();
      if (state.toast === host) state.toast = null;
    }, 5000);
  }

  async function toggle() {
    if (state.frame) {
      close();
      return;
    }
    if (state.busy) return;
    state.busy = true;
    try {
      // Second toggle on the same page: reuse the first extraction (no capture, no parse).
      // A single-page app that moved to another article gets a fresh one.
      if (state.token && state.tokenKey === pageKey()) {
        open(state.token, await frameBackground());
        return;
      }
      const [reply, background] = await Promise.all([
        api.runtime.sendMessage({ type: MSG.CS_TO_BG_EXTRACT, html: capturePage(), url: location.href }),
        frameBackground(),
      ]);
      if (!reply || !reply.ok) {
        notify(`Clearsource: ${reply?.error?.message ?? 'no reply from the reader engine'}`);
      } else if (reply.length < MIN_ARTICLE_CHARS) {
        notify('Clearsource found no article on this page, so it is left as it is.');
      } else {
        state.token = reply.token;
        state.tokenKey = pageKey();
        open(reply.token, background);
      }
    } catch (err) {
      notify(`Clearsource could not read this page: ${err.message}`);
    } finally {
      state.busy = false;
    }
  }

  return { toggle, close, state };
}

// The background injects this file on every click; only the first injection installs listeners.
if (!globalThis.__clearsourceContent) {
  const controller = createController();
  globalThis.__clearsourceContent = controller;
  api.runtime.onMessage.addListener((message) => {
    if (message?.type === MSG.BG_TO_CS_TOGGLE) controller.toggle();
    else if (message?.type === MSG.BG_TO_CS_CLOSE) controller.close();
  });
}
