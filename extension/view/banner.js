// The provenance banner above the article (issue 5, part 9), built from result.provenance
// (core/bindings/clearsource.d.ts). Warnings for `suspected-copy` / `content-farm`, a quiet note
// for `syndicated`, nothing otherwise. Everything shown is text from the core's result, inserted
// with textContent: evidence quotes come from a hostile page and are never parsed as HTML.
//
// "Report this site" does not report anything itself: it dispatches
//   document.dispatchEvent(new CustomEvent('clearsource:report', { detail: { token } }))
// and the reporting feature (extension/view/report-dialog.js) listens for it.

export const REPORT_EVENT = 'clearsource:report';
export const WARNING_VERDICTS = Object.freeze(['suspected-copy', 'content-farm']);
const TOP_SIGNALS = 3;
const SEARCH_URL = 'https://duckduckgo.com/?q=';

// Signal ids in plain words: what a reader should take from each.
export const SIGNAL_TITLES = Object.freeze({
  'attribution-mismatch': 'Credits another publisher',
  'keyword-injection': 'Words added to the title or text',
  'link-farm': 'Lists of unrelated headlines',
  'template-junk': 'Leftover template clutter',
  'metadata-inconsistency': 'Title, dates or source labels disagree',
  'forum-paste': 'An article pasted into a forum',
  'platform-post': 'An article reposted by a user of a blog or social platform',
  syndication: 'Republished with credit',
  fingerprint: 'Same text as an article you read elsewhere',
  'fingerprint-match': 'Same text as an article you read elsewhere',
});

// Where evidence was found, as a reader would say it.
const WHERE_LABELS = Object.freeze({
  title: 'the page title',
  h1: 'the main heading',
  byline: 'the byline',
  text: 'the article text',
  'first-paragraph': 'the first paragraph',
  canonical: 'the canonical link',
  'json-ld': 'the structured data',
  links: 'a block of links',
  'link-block': 'a block of links',
  'article-link': 'a link in the article',
  page: 'the page around the article',
  url: 'the page address',
  memory: 'your reading history (kept on this computer)',
});

export function whereLabel(where) {
  if (typeof where !== 'string' || !where) return 'the page';
  if (WHERE_LABELS[where]) return WHERE_LABELS[where];
  const meta = /^meta:(.+)$/.exec(where);
  if (meta) return `the ${meta[1]} tag`;
  // The core writes "jsonld:publisher", "jsonld:isBasedOn", "jsonld:url".
  const jsonLd = /^json-?ld:(.+)$/.exec(where);
  if (jsonLd) return `the structured data (${jsonLd[1]})`;
  return where;
}

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function validSignals(provenance) {
  const list = Array.isArray(provenance?.signals) ? provenance.signals : [];
  return list
    .filter((s) => s && typeof s.id === 'string')
    .map((s) => ({
      id: s.id,
      weight: Number.isFinite(s.weight) ? s.weight : 0,
      message: typeof s.message === 'string' ? s.message : '',
      evidence: Array.isArray(s.evidence)
        ? s.evidence.filter((e) => e && typeof e.text === 'string' && e.text.trim())
        : [],
    }));
}

/** Signals, strongest first (stable for equal weights). */
export function rankedSignals(provenance) {
  return validSignals(provenance)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.weight - a.s.weight || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * The phrases a farm injected, for highlighting: `provenance.injectedPhrases` when the core
 * provides it, else the keyword-injection evidence reduced to its shortest distinct pieces
 * ("SafeX Pro ExchangeU.S." in the text contains "SafeX Pro Exchange" from the title: the
 * phrase is the latter).
 */
export function injectedPhrases(provenance) {
  if (!provenance) return [];
  let candidates = [];
  if (Array.isArray(provenance.injectedPhrases)) {
    candidates = provenance.injectedPhrases.filter((p) => typeof p === 'string');
  } else {
    for (const s of validSignals(provenance)) {
      if (s.id === 'keyword-injection') candidates.push(...s.evidence.map((e) => e.text));
    }
  }
  // Whole titles are not phrases: evidence that contains the clean title contributes only the
  // affixes around it ("SafeX Pro Exchange|<clean title> -Site" -> "SafeX Pro Exchange", "Site").
  const clean = typeof provenance.cleanTitle === 'string' ? provenance.cleanTitle.trim() : '';
  const pieces = [];
  for (const c of candidates) {
    if (clean && c.includes(clean)) {
      for (const part of c.split(clean)) pieces.push(part.replace(/^[\s|:_·•–—-]+|[\s|:_·•–—-]+$/g, ''));
    } else {
      pieces.push(c);
    }
  }
  const cleaned = [...new Set(pieces.map((p) => p.trim()).filter((p) => p.length >= 2))];
  cleaned.sort((a, b) => a.length - b.length);
  const kept = [];
  for (const p of cleaned) if (!kept.some((k) => p.includes(k))) kept.push(p);
  return kept;
}

export function searchUrl(query) {
  return `${SEARCH_URL}${encodeURIComponent(query)}`;
}

/** The plain-language model of the banner; pure, so it is unit-tested without a DOM. */
export function bannerModel(result) {
  const p = result?.provenance;
  if (!p || typeof p !== 'object') return { kind: null };
  const original = p.likelyOriginal && typeof p.likelyOriginal === 'object' ? p.likelyOriginal : null;
  const publisher = typeof original?.publisher === 'string' && original.publisher.trim() ? original.publisher.trim() : null;
  const url = typeof original?.url === 'string' && /^https?:\/\//i.test(original.url) ? original.url : null;
  if (p.verdict === 'syndicated') {
    return { kind: 'note', publisher, url, sentence: publisher ? `Republished from ${publisher}.` : 'Republished from another publisher.' };
  }
  if (!WARNING_VERDICTS.includes(p.verdict)) return { kind: null };
  const whose = publisher ? `an article by ${publisher}` : "someone else's article";
  const sentence = p.verdict === 'content-farm'
    ? `This page looks like a content-farm copy of ${whose}, republished with added words or links.`
    : `This page looks like a copy of ${whose}, republished on another site.`;
  const cleanTitle = typeof p.cleanTitle === 'string' && p.cleanTitle.trim() ? p.cleanTitle.trim() : null;
  let query = typeof original?.searchQuery === 'string' && original.searchQuery.trim() ? original.searchQuery.trim() : null;
  if (!query && !url && cleanTitle) query = publisher ? `"${cleanTitle}" ${publisher}` : `"${cleanTitle}"`;
  const signals = rankedSignals(p);
  return {
    kind: 'warning',
    verdict: p.verdict,
    score: Number.isFinite(p.score) ? p.score : null,
    sentence,
    publisher,
    url,
    search: url ? null : query ? searchUrl(query) : null,
    cleanTitle,
    pageTitle: typeof result.title === 'string' ? result.title : null,
    phrases: injectedPhrases(p),
    // Top signals are evidence for a copy; negative weights (e.g. syndication credit) argue
    // against one and appear only in the details, marked as such.
    top: signals.filter((s) => s.weight > 0).slice(0, TOP_SIGNALS),
    signals,
  };
}

export function signalTitle(signal) {
  return SIGNAL_TITLES[signal.id] ?? signal.id.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * Wraps every occurrence of the phrases in text under `root` in <mark class="cs-injected">.
 * Text nodes only (the content is the core's sanitized HTML); returns how many were marked.
 */
export function highlightPhrases(root, phrases) {
  const list = (phrases ?? []).filter((p) => typeof p === 'string' && p.length >= 2);
  if (!root || !list.length) return 0;
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('mark, script, style')) nodes.push(n);
  }
  let count = 0;
  for (const node of nodes) {
    let current = node;
    for (;;) {
      const text = current.data;
      let best = null;
      for (const p of list) {
        const at = text.indexOf(p);
        if (at >= 0 && (!best || at < best.at || (at === best.at && p.length > best.p.length))) best = { at, p };
      }
      if (!best) break;
      const match = best.at > 0 ? current.splitText(best.at) : current;
      const after = match.splitText(best.p.length);
      const mark = doc.createElement('mark');
      mark.className = 'cs-injected';
      mark.title = 'Phrase added by the copying site';
      match.replaceWith(mark);
      mark.append(match);
      count++;
      current = after;
    }
  }
  return count;
}

function quote(text) {
  const q = el('q', { class: 'cs-prov-quote' });
  q.textContent = text;
  return q;
}

function renderSignalList(model, all) {
  const list = el(all ? 'ol' : 'ul', { class: all ? 'cs-prov-all' : 'cs-prov-top' });
  for (const s of all ? model.signals : model.top) {
    const item = el('li', { 'data-signal': s.id });
    item.append(el('strong', {}, `${signalTitle(s)}.`));
    if (s.message) item.append(' ', s.message);
    if (all) {
      if (s.evidence.length) {
        const ev = el('ul', { class: 'cs-prov-evidence' });
        for (const e of s.evidence) {
          const li = el('li');
          li.append(quote(e.text), ` in ${whereLabel(e.where)}`);
          highlightPhrases(li.querySelector('q'), model.phrases);
          ev.append(li);
        }
        item.append(ev);
      }
      item.append(el('span', { class: 'cs-prov-weight' }, s.weight < 0
        ? ` (weight ${s.weight.toFixed(2)}: counts against a copy)`
        : ` (weight ${s.weight.toFixed(2)})`));
    }
    list.append(item);
  }
  return list;
}

/**
 * Renders the banner into `container` (emptied first). Returns the model it rendered.
 * options: token (for the report event), site (host name shown in "hide" wording),
 * dismissed (the reader hid warnings for this site), onDismissChange(dismissed),
 * reportable (false in the web demo, which has no report store).
 */
export function renderBanner(container, result, options = {}) {
  const { token = null, site = null, dismissed = false, onDismissChange = null, reportable = true } = options;
  container.replaceChildren();
  const model = bannerModel(result);
  container.hidden = model.kind === null;
  if (model.kind === 'note') {
    const note = el('p', { class: 'cs-provenance cs-provenance--note', role: 'note' });
    if (model.url && model.publisher) {
      note.append('Republished from ', el('a', { href: model.url, target: '_blank', rel: 'noopener noreferrer' }, model.publisher), '.');
    } else {
      note.textContent = model.sentence;
    }
    container.append(note);
    return model;
  }
  if (model.kind !== 'warning') return model;

  if (dismissed) {
    const hidden = el('p', { class: 'cs-provenance cs-provenance--hidden', role: 'note' });
    hidden.append(`Source warning hidden for ${site ?? 'this site'}. `);
    const show = el('button', { type: 'button', class: 'cs-button cs-link-button', 'data-action': 'show-banner' }, 'Show it');
    show.addEventListener('click', () => onDismissChange?.(false));
    hidden.append(show);
    container.append(hidden);
    return model;
  }

  const section = el('section', {
    class: `cs-provenance cs-provenance--warning cs-provenance--${model.verdict}`,
    'aria-labelledby': 'cs-prov-heading',
    'data-verdict': model.verdict,
  });
  section.append(el('h2', { id: 'cs-prov-heading', class: 'cs-prov-sentence' }, model.sentence));

  const original = el('p', { class: 'cs-prov-original' });
  original.append('Likely original: ');
  original.append(el('strong', {}, model.publisher ?? 'unknown publisher'));
  if (model.url) {
    original.append(' · ', el('a', { href: model.url, target: '_blank', rel: 'noopener noreferrer', class: 'cs-prov-link' }, 'open the original'));
  } else if (model.search) {
    original.append(' · ', el('a', { href: model.search, target: '_blank', rel: 'noopener noreferrer', class: 'cs-prov-link' }, 'search for the original'));
  }
  section.append(original);

  if (model.pageTitle && model.phrases.length && model.cleanTitle && model.pageTitle !== model.cleanTitle) {
    const title = el('p', { class: 'cs-prov-title' });
    title.append('Title on this page: ');
    const q = quote(model.pageTitle);
    highlightPhrases(q, model.phrases);
    title.append(q);
    section.append(title);
  }

  if (model.top.length) section.append(renderSignalList(model, false));

  const details = el('details', { class: 'cs-prov-details' });
  const count = model.signals.length;
  details.append(el('summary', {}, `Details: ${count} signal${count === 1 ? '' : 's'} and the text behind each`));
  if (model.score !== null) details.append(el('p', { class: 'cs-prov-score' }, `Overall score ${model.score.toFixed(2)} of 1 (higher means more likely a copy).`));
  details.append(renderSignalList(model, true));
  section.append(details);

  const actions = el('div', { class: 'cs-prov-actions' });
  if (reportable) {
    const report = el('button', { type: 'button', class: 'cs-button', 'data-action': 'report' }, 'Report this site');
    report.addEventListener('click', () => {
      document.dispatchEvent(new CustomEvent(REPORT_EVENT, { detail: { token } }));
    });
    actions.append(report);
  }
  if (onDismissChange) {
    const hide = el('button', { type: 'button', class: 'cs-button cs-button--quiet', 'data-action': 'dismiss-banner' },
      `Hide warnings for ${site ?? 'this site'}`);
    hide.addEventListener('click', () => onDismissChange(true));
    actions.append(hide);
  }
  if (actions.childNodes.length) section.append(actions);
  container.append(section);
  return model;
}
