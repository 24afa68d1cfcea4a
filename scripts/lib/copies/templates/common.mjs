// Pieces several templates share: date formats, head tags, paragraph and link-list markup.
// Dates are always formatted from UTC parts so output is identical on every machine.

import { esc, jsonScript } from '../html.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');

export const fmt = {
  ymd: (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  hms: (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
  ymdHms: (d) => `${fmt.ymd(d)} ${fmt.hms(d)}`,
  long: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  short: (d) => `${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  dayMonth: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}`,
  dmy: (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  slash: (d) => `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  iso: (d) => `${fmt.ymd(d)}T${fmt.hms(d)}+00:00`,
  clock12: (d) => {
    const h = d.getUTCHours();
    return `${((h + 11) % 12) + 1}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
  },
  year: (d) => String(d.getUTCFullYear()),
  month: (d) => pad(d.getUTCMonth() + 1),
  day: (d) => pad(d.getUTCDate()),
};

// <head> meta that most templates emit; each piece only when the model has it.
export function headMeta(m, { og = true, twitter = false } = {}) {
  const out = [];
  if (m.description) out.push(`<meta name="description" content="${esc(m.description)}">`);
  if (m.keywords?.length) out.push(`<meta name="keywords" content="${esc(m.keywords.join(','))}">`);
  if (m.robots) out.push(`<meta name="robots" content="${esc(m.robots)}">`);
  if (m.canonical) out.push(`<link rel="canonical" href="${esc(m.canonical)}">`);
  if (og) {
    out.push(`<meta property="og:type" content="article">`);
    out.push(`<meta property="og:title" content="${esc(m.ogTitle)}">`);
    if (m.description) out.push(`<meta property="og:description" content="${esc(m.description)}">`);
    out.push(`<meta property="og:url" content="${esc(m.canonical ?? m.url)}">`);
    if (m.ogSiteName) out.push(`<meta property="og:site_name" content="${esc(m.ogSiteName)}">`);
    if (m.image) out.push(`<meta property="og:image" content="${esc(m.image.src)}">`);
    out.push(`<meta property="article:published_time" content="${fmt.iso(m.date)}">`);
  }
  if (twitter) {
    out.push(`<meta name="twitter:card" content="summary_large_image">`);
    out.push(`<meta name="twitter:title" content="${esc(m.ogTitle)}">`);
  }
  return out.join('\n');
}

// schema.org NewsArticle from the model's ld facts (publisher kept or replaced upstream).
export function newsArticleLd(m, type = 'NewsArticle') {
  const ld = m.ld;
  const node = {
    '@context': 'https://schema.org',
    '@type': type,
    mainEntityOfPage: { '@type': 'WebPage', '@id': m.canonical ?? m.url },
    headline: ld.headline,
    datePublished: fmt.iso(ld.datePublished),
    dateModified: fmt.iso(ld.dateModified),
  };
  if (ld.image) node.image = [ld.image];
  if (ld.author) node.author = { '@type': ld.authorType ?? 'Person', name: ld.author };
  node.publisher = { '@type': 'Organization', name: ld.publisher, logo: { '@type': 'ImageObject', url: ld.publisherLogo } };
  if (ld.isBasedOn) node.isBasedOn = ld.isBasedOn;
  return node;
}

export function ldScript(node) {
  return `<script type="application/ld+json">${jsonScript(node)}</script>`;
}

export function paragraphsHtml(paragraphs, indent = '') {
  return paragraphs.map((p) => `${indent}<p>${esc(p)}</p>`).join('\n');
}

export function linkList(items, indent = '', liClass = '') {
  const cls = liClass ? ` class="${liClass}"` : '';
  return items.map((it) => `${indent}<li${cls}><a href="${esc(it.href)}">${esc(it.title)}</a></li>`).join('\n');
}

// Credits (bio, copyright, "originally appeared on") as paragraphs, links kept when present.
export function creditsHtml(credits, indent = '', cls = 'credit') {
  return credits
    .map((c) => {
      const body = c.href ? `${esc(c.before ?? '')}<a href="${esc(c.href)}">${esc(c.linkText)}</a>${esc(c.after ?? '')}` : esc(c.text);
      return `${indent}<p class="${c.cls ?? cls}">${body}</p>`;
    })
    .join('\n');
}

export function imageHtml(m, indent = '', cls = 'lead-image') {
  if (!m.image) return '';
  return `${indent}<figure class="${cls}"><img src="${esc(m.image.src)}" alt="${esc(m.image.alt)}" loading="lazy"></figure>`;
}

// Byline text as the template prints it ("By X", "Author: X", "Posted by X").
export function bylineText(m, style = 'By') {
  if (!m.byline) return '';
  return style ? `${style} ${m.byline}` : m.byline;
}

export function shareResidue(m) {
  // "Twitter|veryGood! (2)" -> adjacent spans that read "TwitterveryGood! (2)" as text.
  return m.residue?.share ? m.residue.share.split('|').map((s) => `<span>${esc(s)}</span>`).join('') : '';
}
