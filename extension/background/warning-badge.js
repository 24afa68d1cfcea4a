// The toolbar warning. On navigation to a host one of the reader's lists blocks (or, when the
// reader turned the automatic check on, a page the local core calls a copy), the tab's badge
// turns to a warning and the tab gets the popup that says why (action.setPopup per tab: a
// default popup would replace the click that toggles the reader view everywhere). Allow-listed
// hosts never warn and are never checked. Leaving the host puts the tab back to click-to-toggle.
//
// Per-tab warnings live in storage.session (memory only, survives the worker stopping, gone when
// the browser quits; content scripts cannot read it), written only here.

export const WARNING_BADGE_TEXT = '!';
export const WARNING_BADGE_COLOR = '#b3261e';
export const WARN_VERDICTS = Object.freeze(['suspected-copy', 'content-farm']);
export const POPUP_PAGE = 'popup/popup.html';
// The automatic check does not serialize huge pages (the capture is bounded before it is sent).
export const AUTO_CHECK_MAX_CHARS = 8 * 1024 * 1024;
const SESSION_PREFIX = 'warning:';

function httpUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** Runs in the page (isolated world) for the automatic check: the document as HTML, bounded. */
export function capturePageForCheck(maxChars) {
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  const html = `${doctype}${document.documentElement.outerHTML}`;
  return html.length > maxChars ? null : html;
}

/** The warning sentence for the popup and the action title. */
export function warningSentence(reason) {
  if (!reason) return '';
  if (reason.kind === 'list') {
    return `${reason.host} is on ${reason.listTitle} (line ${reason.line}: ${reason.rule}).`;
  }
  if (reason.kind === 'check') {
    const what = reason.verdict === 'content-farm' ? 'a content-farm page' : 'a scraped copy';
    const of = reason.publisher ? ` of an article by ${reason.publisher}` : '';
    return `Clearsource's check says this page looks like ${what}${of} (score ${Number(reason.score ?? 0).toFixed(2)}).`;
  }
  return '';
}

/**
 * @param {{ api, matcher: { match(url) }, settings: { get() }, extractPage(html, url),
 *           putResult(tabId, url, result) -> token, siteOf(url) -> { host, registrableDomain } }} deps
 */
export function createWarnings({ api, matcher, settings, extractPage, putResult, siteOf }) {
  const session = api.storage?.session;
  const running = new Map();  // tabId -> url being checked (no duplicate checks per load)

  async function readState(tabId) {
    const key = `${SESSION_PREFIX}${tabId}`;
    try {
      return (await session?.get(key))?.[key] ?? null;
    } catch {
      return null;
    }
  }

  async function writeState(tabId, state) {
    const key = `${SESSION_PREFIX}${tabId}`;
    try {
      if (state) await session?.set({ [key]: state });
      else await session?.remove(key);
    } catch {
      // session storage full or gone: the badge still shows, the popup re-evaluates
    }
  }

  async function show(tabId, state) {
    const first = state.reasons[0];
    try {
      await api.action.setPopup({ tabId, popup: POPUP_PAGE });
      await api.action.setBadgeBackgroundColor({ tabId, color: WARNING_BADGE_COLOR });
      await api.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
      await api.action.setBadgeText({ tabId, text: WARNING_BADGE_TEXT });
      await api.action.setTitle({ tabId, title: `Clearsource warning: ${warningSentence(first)} Click for details.` });
    } catch {
      // the tab closed meanwhile
    }
  }

  async function hide(tabId) {
    try {
      await api.action.setPopup({ tabId, popup: '' });
      await api.action.setBadgeText({ tabId, text: '' });
    } catch {
      // the tab closed meanwhile
    }
  }

  async function stillAt(tabId, url) {
    try {
      return (await api.tabs.get(tabId))?.url === url;
    } catch {
      return false;
    }
  }

  /**
   * Decide and show the warning for `url` in the tab. `check`: a result of the automatic check
   * for this very URL (kept while the tab stays on the page).
   * @returns the tab's warning state, or null
   */
  async function evaluate(tabId, url, { check } = {}) {
    if (tabId === undefined || tabId < 0) return null;
    const previous = await readState(tabId);
    if (!httpUrl(url)) {
      if (previous) {
        await writeState(tabId, null);
        await hide(tabId);
      }
      return null;
    }
    const { host, registrableDomain } = siteOf(url);
    const hit = await matcher.match(url);
    const reasons = [];
    if (hit?.kind === 'allow') {
      // Allow-listed: never warn, whatever the lists or the check say.
    } else {
      if (hit?.kind === 'block') reasons.push({ kind: 'list', host, listId: hit.listId, listTitle: hit.listTitle, line: hit.line, rule: hit.rule });
      const kept = check ?? (previous?.url === url ? previous.reasons.find((r) => r.kind === 'check') : null);
      if (kept) reasons.push(kept);
    }
    if (!(await stillAt(tabId, url))) return previous;
    if (!reasons.length) {
      if (previous) {
        await writeState(tabId, null);
        await hide(tabId);
      }
      return null;
    }
    const state = { url, host, registrableDomain, allowListed: false, reasons, time: Date.now() };
    await writeState(tabId, state);
    await show(tabId, state);
    return state;
  }

  /** The automatic check: the core on this page, locally. Only when the reader switched it on. */
  async function autoCheck(tabId, url) {
    if (running.get(tabId) === url) return null;
    running.set(tabId, url);
    try {
      const hit = await matcher.match(url);
      if (hit?.kind === 'allow') return null;
      let html;
      try {
        const [injection] = await api.scripting.executeScript({
          target: { tabId }, func: capturePageForCheck, args: [AUTO_CHECK_MAX_CHARS],
        });
        html = injection?.result;
      } catch {
        return null;  // not scriptable: nothing to say
      }
      if (typeof html !== 'string' || !(await stillAt(tabId, url))) return null;
      const result = await extractPage(html, url);
      if (!result?.ok || !WARN_VERDICTS.includes(result.provenance?.verdict)) return null;
      const token = putResult(tabId, url, result);
      const p = result.provenance;
      const check = {
        kind: 'check', verdict: p.verdict, score: p.score ?? null,
        publisher: p.likelyOriginal?.publisher ?? null, token,
        signals: (p.signals ?? []).slice(0, 3).map((s) => String(s.message ?? s.id).slice(0, 200)),
      };
      return evaluate(tabId, url, { check });
    } finally {
      if (running.get(tabId) === url) running.delete(tabId);
    }
  }

  async function onUpdated(tabId, changeInfo, tab) {
    const url = changeInfo.url ?? tab?.url;
    if (!url) return;
    // 'loading' with a URL: warn as early as possible. 'complete': Firefox resets per-tab
    // action state on navigation, so set it again; and the automatic check runs on a loaded page.
    if (changeInfo.url || changeInfo.status === 'loading' || changeInfo.status === 'complete') {
      await evaluate(tabId, url);
    }
    if (changeInfo.status === 'complete' && httpUrl(url) && (await settings.get()).autoCheck) {
      await autoCheck(tabId, url);
    }
  }

  /** Lists changed: re-evaluate every open tab (a site just allowed stops warning at once). */
  async function recheckAll() {
    let tabs = [];
    try {
      tabs = await api.tabs.query({});
    } catch {
      return;
    }
    await Promise.all(tabs.filter((t) => httpUrl(t.url)).map((t) => evaluate(t.id, t.url)));
  }

  async function forget(tabId) {
    running.delete(tabId);
    await writeState(tabId, null);
  }

  return { evaluate, autoCheck, onUpdated, recheckAll, forget, state: readState };
}
