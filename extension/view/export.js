// Export (issue 5, part 5): print (web/reader.css has the print stylesheet), copy as Markdown,
// save as one self-contained HTML file (stylesheet inlined, images inlined as data: URLs when
// they can be read, a CSP that lets nothing run).
import { articleToMarkdown } from './markdown.js';

// Caps for inlining images into the saved file: big galleries would make a file nobody wants to
// mail around; images over the caps keep their absolute URL.
export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;
export const MAX_TOTAL_IMAGE_BYTES = 12 * 1024 * 1024;

const SAVED_CSP = "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; media-src https: http:";

/** Copies text to the clipboard; resolves true when it worked. */
export async function copyText(text, doc = document) {
  try {
    await doc.defaultView.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Frames the embedding page's permissions policy denies clipboard-write: the older path
    // still works from a click.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'cs-offscreen';
    doc.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export function markdownFor(article, meta) {
  return articleToMarkdown(meta, article.querySelector('.cs-content'));
}

/** A file name from the title: letters, digits and dashes, at most 80 characters. */
export function fileNameFor(title, ext) {
  const base = String(title ?? 'article').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${base || 'article'}.${ext}`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** The text of every stylesheet the document uses (same-origin sheets only: ours). */
export function collectCss(doc = document) {
  const parts = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) parts.push(rule.cssText);
    } catch {
      // cross-origin sheet: not ours, not needed
    }
  }
  return parts.join('\n');
}

function toDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Replaces image URLs in `root` with data: URLs where the bytes can be fetched within the caps. */
export async function inlineImages(root, { fetchImpl = globalThis.fetch } = {}) {
  let total = 0;
  let inlined = 0;
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    img.removeAttribute('srcset');
    img.removeAttribute('loading');
    const src = img.getAttribute('src');
    if (!/^https?:/i.test(src)) continue;
    try {
      const response = await fetchImpl(src, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) continue;
      const blob = await response.blob();
      if (!/^image\//.test(blob.type) || blob.size > MAX_IMAGE_BYTES || total + blob.size > MAX_TOTAL_IMAGE_BYTES) continue;
      img.setAttribute('src', await toDataUrl(blob));
      total += blob.size;
      inlined++;
    } catch {
      // unreachable or not allowed (the web demo cannot read other origins): keep the URL
    }
  }
  return { inlined, bytes: total };
}

/**
 * The saved page: the article (header and content, no toolbar or buttons) with the reader
 * stylesheet inlined, in the reader's current theme and font.
 */
export async function buildStandaloneHtml(article, { title, url, css, lang, dir, theme, font, fetchImpl } = {}) {
  const clone = article.cloneNode(true);
  for (const n of Array.from(clone.querySelectorAll('button, .cs-dropped, .cs-coverage-host'))) n.remove();
  for (const mark of Array.from(clone.querySelectorAll('mark.cs-injected'))) mark.replaceWith(...mark.childNodes);
  await inlineImages(clone, { fetchImpl });
  const saved = url ? `<p class="cs-saved-from">Saved from <a href="${escapeHtml(url)}">${escapeHtml(url)}</a> on ${escapeHtml(new Date().toISOString().slice(0, 10))}.</p>` : '';
  const rootAttrs = [
    lang ? ` lang="${escapeHtml(lang)}"` : '',
    dir ? ` dir="${escapeHtml(dir)}"` : '',
    theme ? ` data-theme="${escapeHtml(theme)}"` : '',
    font ? ` data-font="${escapeHtml(font)}"` : '',
  ].join('');
  return `<!doctype html>
<html${rootAttrs}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SAVED_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title ?? 'Article')}</title>
<style>
${css ?? ''}
</style>
</head>
<body class="cs-reader">
<main class="cs-page">
${clone.outerHTML}
${saved}
</main>
</body>
</html>
`;
}

/** Offers `text` as a file download from the current document. */
export function download(text, fileName, type, doc = document) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.className = 'cs-offscreen';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
