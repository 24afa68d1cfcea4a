// Content script (bundled into content/content.js by scripts/build-extension.mjs: MV3 content
// scripts cannot be ES modules). It captures the page's HTML for the core, shows the reader view
// in an extension-owned frame over the page, and removes it again. The page's own DOM is never
// modified, so toggling back restores it exactly (same nodes, same scroll position, no reload).
import { api } from '../shared/browser.js';
import { FRAME_MSG, MSG } from '../shared/messages.js';

const HOST_ATTR = 'data-clearsource';
// Less text than one real paragraph (Readability's smallest counted block) is not an article:
// a login form or an image gallery would only show a few stray labels.
const MIN_ARTICLE_CHARS = 140;
const VIEW_URL = api.runtime.getURL('view/view.html');
const VIEW_ORIGIN = new URL(VIEW_URL).origin;

// Inline !important declarations beat any page stylesheet, hostile ones included
// (`* { display: none !important }`). Set through CSSOM: a strict page CSP blocks style
// attributes written as markup but not element.style.
const FRAME_STYLE = {
  position: 'fixed', inset: '0', width: '100vw', height: '100vh', 'max-width': 'none',
  'max-height': 'none', margin: '0', padding: '0', border: '0', display: 'block',
  visibility: 'visible', opacity: '1', 'z-index': '2147483647', background: '#fff',
  'color-scheme': 'normal', transform: 'none', filter: 'none', 'clip-path': 'none',
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

function createController() {
  const state = { token: null, frame: null, scroll: null, busy: false, toast: null };

  function onFrameMessage(event) {
    if (!state.frame || event.source !== state.frame.contentWindow || event.origin !== VIEW_ORIGIN) return;
    if (event.data?.type === FRAME_MSG.VIEW_TO_CS_CLOSE) close();
  }

  function onKeyDown(event) {
    if (event.key === 'Escape' && state.frame) {
      event.stopPropagation();
      close();
    }
  }

  function open(token) {
    state.scroll = { x: window.scrollX, y: window.scrollY };
    const frame = document.createElement('iframe');
    frame.setAttribute(HOST_ATTR, 'view');
    frame.setAttribute('title', 'Clearsource reader view');
    applyImportant(frame, FRAME_STYLE);
    frame.src = `${VIEW_URL}?t=${encodeURIComponent(token)}`;
    document.documentElement.appendChild(frame);
    state.frame = frame;
    frame.addEventListener('load', () => frame.focus(), { once: true });
    window.addEventListener('message', onFrameMessage);
    window.addEventListener('keydown', onKeyDown, true);
  }

  function close() {
    if (!state.frame) return;
    state.frame.remove();
    state.frame = null;
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
    if (state.token) {  // second toggle on the same page: reuse the first extraction
      open(state.token);
      return;
    }
    state.busy = true;
    try {
      const reply = await api.runtime.sendMessage({
        type: MSG.CS_TO_BG_EXTRACT, html: capturePage(), url: location.href,
      });
      if (!reply || !reply.ok) {
        notify(`Clearsource: ${reply?.error?.message ?? 'no reply from the reader engine'}`);
      } else if (reply.length < MIN_ARTICLE_CHARS) {
        notify('Clearsource found no article on this page, so it is left as it is.');
      } else {
        state.token = reply.token;
        open(reply.token);
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
