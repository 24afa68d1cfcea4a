// Builds the article view from a core result. Shared by the extension's view frame and the web
// demo. Content is the core's sanitized HTML; it is parsed inertly (DOMParser runs no scripts)
// and adopted into the view.

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
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

export function renderArticle(root, result, pageUrl) {
  root.replaceChildren();
  const article = el('article', { class: 'cs-article', lang: result.lang ?? undefined, dir: result.dir ?? undefined });
  const header = el('header', { class: 'cs-header' });
  if (result.siteName) header.append(el('p', { class: 'cs-site' }, result.siteName));
  header.append(el('h1', { class: 'cs-title' }, result.title ?? 'Untitled article'));
  const meta = el('p', { class: 'cs-meta' });
  if (result.byline) meta.append(el('span', { class: 'cs-byline' }, result.byline));
  const date = formatDate(result.publishedTime, result.lang);
  if (date) meta.append(el('time', { class: 'cs-date', datetime: result.publishedTime }, date));
  if (pageUrl) {
    const link = el('a', { class: 'cs-original', href: pageUrl, rel: 'noopener noreferrer', target: '_top' }, 'Original page');
    meta.append(link);
  }
  if (meta.childNodes.length) header.append(meta);
  article.append(header);

  const body = el('div', { class: 'cs-content' });
  const parsed = new DOMParser().parseFromString(`<body>${result.content ?? ''}</body>`, 'text/html');
  body.append(...Array.from(parsed.body.childNodes, (n) => document.adoptNode(n)));
  // Links leave the view for the real site, never inside the frame.
  for (const a of body.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_top');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  article.append(body);
  root.append(article);
  return article;
}

export function renderError(root, message) {
  root.replaceChildren(el('p', { class: 'cs-error', role: 'alert' }, message));
}
