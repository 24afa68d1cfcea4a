// Builds the article view from a core result. Shared by the extension's view frame and the web
// demo. Content is the core's sanitized HTML; it is parsed inertly (DOMParser runs no scripts)
// and adopted into the view.
import { formatReadingTime, readingTime } from './reading-time.js';

export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function formatDate(iso, lang) {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  try {
    return new Intl.DateTimeFormat(lang || undefined, {
      dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}),
    }).format(date);
  } catch {
    return iso;
  }
}

/** The title to show: the provenance engine's clean title when it made one, else the page's. */
export function displayTitle(result) {
  const clean = result?.provenance?.cleanTitle;
  if (typeof clean === 'string' && clean.trim()) return clean.trim();
  return typeof result?.title === 'string' && result.title.trim() ? result.title.trim() : null;
}

export function siteLabel(result, pageUrl) {
  if (result.siteName) return result.siteName;
  try {
    return pageUrl ? new URL(pageUrl).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * Renders the article into `root` (emptied first) and returns the <article>. Its header has
 * the site, the title, then byline · date · reading time · link to the original page.
 */
export function renderArticle(root, result, pageUrl) {
  root.replaceChildren();
  const article = el('article', {
    class: 'cs-article', id: 'cs-article', lang: result.lang ?? undefined, dir: result.dir ?? undefined,
    'aria-labelledby': 'cs-title',
  });
  const header = el('header', { class: 'cs-header' });
  const site = siteLabel(result, pageUrl);
  if (site) header.append(el('p', { class: 'cs-site' }, site));
  header.append(el('h1', { class: 'cs-title', id: 'cs-title', tabindex: '-1' }, displayTitle(result) ?? 'Untitled article'));
  const meta = el('p', { class: 'cs-meta' });
  if (result.byline) meta.append(el('span', { class: 'cs-byline' }, result.byline));
  const date = formatDate(result.publishedTime, result.lang);
  if (date) meta.append(el('time', { class: 'cs-date', datetime: result.publishedTime }, date));
  const time = readingTime(result.textContent ?? '', result.lang);
  const timeText = formatReadingTime(time);
  if (timeText) {
    const count = time.chars ? `${time.chars} characters` : `${time.words} words`;
    meta.append(el('span', { class: 'cs-reading-time', title: `${count}, estimated at the reading speed for ${result.lang || 'English'}` }, timeText));
  }
  if (pageUrl) {
    meta.append(el('a', { class: 'cs-original', href: pageUrl, rel: 'noopener noreferrer', target: '_top' }, 'Original page'));
  }
  if (meta.childNodes.length) header.append(meta);
  article.append(header);
  article.append(el('div', { class: 'cs-coverage-host', hidden: '' }));

  const body = el('div', { class: 'cs-content' });
  const parsed = new DOMParser().parseFromString(`<body>${result.content ?? ''}</body>`, 'text/html');
  // Copy the child list first: adoptNode removes each node from the live list it is read from,
  // so adopting while iterating would skip every other top-level node of the article.
  body.append(...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)));
  // Links leave the view for the real site, never inside the frame.
  for (const a of body.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_top');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  for (const img of body.querySelectorAll('img')) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('referrerpolicy', 'no-referrer');
    // An image that cannot load (gone, blocked, a lazy-load placeholder) shows its description
    // instead of a broken-image box.
    img.addEventListener('error', () => {
      const alt = img.getAttribute('alt')?.trim();
      if (alt) img.before(el('span', { class: 'cs-img-missing' }, `Image: ${alt}`));
      img.hidden = true;
    }, { once: true });
  }
  article.append(body);
  root.append(article);
  return article;
}

export function renderError(root, message) {
  root.replaceChildren(el('p', { class: 'cs-error', role: 'alert' }, message));
}
