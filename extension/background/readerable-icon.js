// The toolbar icon says whether the page looks readerable (issue 5, part 7).
//
// What we chose, and why:
// - When a tab finishes loading an http(s) page, the background injects `readerableProbe` (below)
//   into the page's isolated world with scripting.executeScript. It is the core's readerable
//   check (core/src/meta/readerable.cc, same lists and thresholds as core/src/score/patterns.h;
//   tests/extension/view-readerable.test.mjs keeps them equal) run on the live DOM: it reads
//   text lengths of <p>/<pre>/<article> (and <div>s laid out with <br>) and stops as soon as the
//   score is reached. No HTML is serialized, no wasm runs, nothing is stored, and only a boolean
//   comes back; on a typical news page it takes well under a millisecond. It waits for an idle
//   moment in the page (requestIdleCallback, 2 s cap) so it never competes with the page's load.
// - Running the full core on every page would cost a serialization plus a parse (tens of ms and
//   a copy of every page's HTML in the background) for a one-bit answer: not worth it.
// - When the reader view is used, the core's own `readerable` replaces the probe's answer.
// - Readers can switch the hint off (settings.iconHint, in the view's Appearance menu); then no
//   probe runs at all. In Firefox, host permissions are opt-in: without them the probe simply
//   fails and the icon stays neutral.
// Pages that do not look readerable get a greyed icon and a title saying so; readerable pages
// keep the normal icon. Browsers reset per-tab icon state on navigation.
import { api } from '../shared/browser.js';
import { SETTINGS_KEY, normalizeSettings } from '../shared/settings.js';

export const TITLES = Object.freeze({
  readerable: 'Clearsource: read this article (Alt+Shift+R)',
  notReaderable: 'Clearsource: this page does not look like an article (click to try anyway)',
});
const ICON_SIZES = [16, 32];

/**
 * Runs in the page. Self-contained (executeScript serializes the function: no outer names).
 * Mirrors IsProbablyReaderable: visible p/pre/article (and div with a br child), not in an
 * unlikely class/id unless also a maybe-candidate, p not directly in li; blocks of >= 140
 * characters add sqrt(chars - 140); readerable once the sum exceeds 20. With `idle`, waits for
 * an idle moment first (at most 2 s) so it never competes with the page's own loading.
 */
export async function readerableProbe({ idle = false, budgetNodes = 3000 } = {}) {
  if (idle) {
    await new Promise((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: 2000 });
      else setTimeout(resolve, 0);
    });
  }
  const MIN_BLOCK_CHARS = 140;
  const MIN_SCORE = 20;
  const UNLIKELY = ['-ad-', 'ai2html', 'banner', 'breadcrumb', 'combx', 'comment', 'community', 'cover-wrap', 'disqus',
    'extra', 'footer', 'gdpr', 'cookie', 'consent', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss',
    'shoutbox', 'sidebar', 'skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager',
    'popup', 'yom-remote', 'newsletter', 'subscribe', 'paywall'];
  const MAYBE = ['and', 'article', 'body', 'column', 'content', 'main', 'mathjax', 'embed', 'shadow'];
  const body = document.body;
  if (!body) return { readerable: false, score: 0, nodes: 0 };
  const classAndId = (el) => `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase();
  const visible = (el) => {
    const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
    if (el.hasAttribute('hidden')) return false;
    if (el.getAttribute('aria-hidden') === 'true' && !classAndId(el).includes('fallback-image')) return false;
    return true;
  };
  const candidates = new Set(body.querySelectorAll('p, pre, article'));
  for (const br of body.querySelectorAll('div > br')) candidates.add(br.parentElement);
  let score = 0;
  let seen = 0;
  for (const el of candidates) {
    if (++seen > budgetNodes) break;
    if (!visible(el)) continue;
    const names = classAndId(el);
    if (UNLIKELY.some((u) => names.includes(u)) && !MAYBE.some((m) => names.includes(m))) continue;
    if (el.tagName === 'P' && el.parentElement?.tagName === 'LI') continue;
    const chars = el.textContent.trim().length;
    if (chars < MIN_BLOCK_CHARS) continue;
    score += Math.sqrt(chars - MIN_BLOCK_CHARS);
    if (score > MIN_SCORE) return { readerable: true, score, nodes: seen };
  }
  return { readerable: false, score, nodes: seen };
}

let mutedIcon = null;
async function mutedImageData() {
  if (mutedIcon) return mutedIcon;
  const out = {};
  for (const size of ICON_SIZES) {
    const response = await fetch(api.runtime.getURL(`icons/icon-${size}.png`));
    const bitmap = await createImageBitmap(await response.blob());
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0, size, size);
    const data = ctx.getImageData(0, 0, size, size);
    const px = data.data;
    for (let i = 0; i < px.length; i += 4) {
      const grey = Math.round(0.3 * px[i] + 0.59 * px[i + 1] + 0.11 * px[i + 2]);
      const light = Math.round(grey * 0.6 + 255 * 0.4);
      px[i] = light;
      px[i + 1] = light;
      px[i + 2] = light;
      px[i + 3] = Math.round(px[i + 3] * 0.75);
    }
    out[size] = data;
  }
  mutedIcon = out;
  return out;
}

// Per-tab state, for tests and for not repeating work: tabId -> { readerable, source }.
export const tabState = new Map();

/** Shows `readerable` on the tab's icon. source: 'probe' | 'core'. */
export async function markReaderable(tabId, readerable, source = 'core') {
  if (tabId === undefined || tabId === null || tabId < 0) return;
  tabState.set(tabId, { readerable: Boolean(readerable), source });
  try {
    if (readerable) {
      await api.action.setIcon({ tabId, path: Object.fromEntries(ICON_SIZES.map((s) => [s, `/icons/icon-${s}.png`])) });
    } else {
      await api.action.setIcon({ tabId, imageData: await mutedImageData() });
    }
  } catch {
    // the tab went away, or the browser cannot draw the icon: the title still says it
  }
  try {
    // A badge means another feature is telling the reader something about this tab (the
    // provenance warning of background/warning-badge.js, "cannot read this page"): its title wins.
    if (!(await api.action.getBadgeText({ tabId }))) {
      await api.action.setTitle({ tabId, title: readerable ? TITLES.readerable : TITLES.notReaderable });
    }
  } catch {
    // the tab went away
  }
}

async function hintEnabled() {
  try {
    return normalizeSettings((await api.storage.sync.get(SETTINGS_KEY))?.[SETTINGS_KEY]).iconHint;
  } catch {
    return true;
  }
}

/** Probes one tab now. Resolves to { readerable, score } or null when the page cannot be probed. */
export async function probeTab(tabId, { idle = true } = {}) {
  try {
    const [injection] = await api.scripting.executeScript({
      target: { tabId }, func: readerableProbe, args: [{ idle }],
    });
    return injection?.result ?? null;
  } catch {
    return null;  // not scriptable (browser pages, store, no host permission)
  }
}

/** Listens for finished page loads and marks their tabs. Idempotent. */
let installed = false;
export function installReaderableIcon() {
  if (installed || !api.tabs?.onUpdated) return;
  installed = true;
  api.tabs.onUpdated.addListener(async (tabId, changeInfo, tab) => {
    if (changeInfo.status !== 'complete') return;
    const url = tab?.url ?? '';
    // Without the "tabs" permission url may be missing; executeScript then decides by host permission.
    if (url && !/^https?:/i.test(url)) return;
    if (!(await hintEnabled())) return;
    const probe = await probeTab(tabId);
    if (probe) await markReaderable(tabId, probe.readerable, 'probe');
  });
  api.tabs.onRemoved?.addListener((tabId) => tabState.delete(tabId));
}
