// Reads the zyte-dev corpus and pulls the few facts a copy needs from each original page:
// title, author, publisher name, date, lead image, language, wire agency. Regexes over the raw
// HTML rather than a DOM: 20 MB of pages parse in ~1 s with linkedom, these take ~0.1 s.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { attrs, decodeEntities, stripTags } from './html.mjs';

export function loadCorpus(dir) {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  // Sorted so the output never depends on JSON key order.
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const gzPath = path.join(dir, 'html', `${id}.html.gz`);
      const html = zlib.gunzipSync(fs.readFileSync(gzPath)).toString('utf8');
      return { id, gzPath, url: truth[id].url, ...describe(html, truth[id]) };
    });
}

function describe(html, truth) {
  const url = new URL(truth.url);
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd > 0 ? html.slice(0, headEnd) : html.slice(0, 200000);
  const meta = readMeta(head);
  const ld = readJsonLd(html);
  const article = ld.find((n) => /Article|BlogPosting|Posting|Report/.test(types(n))) ??
    ld.find((n) => n.headline) ?? null;

  const siteName = publisherName(meta, ld, article, head, url);
  const title = articleTitle(meta, article, html, head, siteName);
  const paragraphs = truth.articleBody
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const authors = authorNames(meta, ld, article);
  const wire = wireAgency(ld, article, authors, paragraphs[0] ?? '', url);
  return {
    host: url.host,
    title,
    publisher: siteName,
    authors,
    author: authors.find(isPersonName) ?? null,
    date: publishedDate(meta, article, html, truth.url),
    image: absoluteUrl(meta['og:image'] ?? meta['twitter:image'] ?? null, truth.url),
    lang: (/<html\b[^>]*\blang\s*=\s*["']?([a-zA-Z-]+)/i.exec(html)?.[1] ?? 'en').toLowerCase(),
    section: meta['article:section'] ?? null,
    wire,
    paragraphs,
  };
}

function readMeta(head) {
  const meta = {};
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
    if (key && a.content != null && !(key in meta)) meta[key] = a.content.trim();
  }
  return meta;
}

function readJsonLd(html) {
  const nodes = [];
  const walk = (o) => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    nodes.push(o);
    if (o['@graph']) walk(o['@graph']);
  };
  for (const m of html.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      walk(JSON.parse(m[1].trim()));
    } catch {
      // Real pages ship broken JSON-LD (raw newlines in strings); one lenient retry.
      try {
        walk(JSON.parse(m[1].trim().replace(/[\u0000-\u001f]+/g, ' ')));
      } catch {
        /* unusable block: the other sources of metadata still apply */
      }
    }
  }
  return nodes;
}

const types = (n) => [].concat(n?.['@type'] ?? []).join(' ');

// Resolves {"@id": ...} references inside a Yoast-style @graph.
function resolve(ld, value) {
  if (value && typeof value === 'object' && !Array.isArray(value) && value['@id'] && !value.name) {
    return ld.find((n) => n['@id'] === value['@id'] && n !== value) ?? value;
  }
  return value;
}

function nameOf(ld, value) {
  const v = resolve(ld, Array.isArray(value) ? value[0] : value);
  if (typeof v === 'string') return v.trim() || null;
  return typeof v?.name === 'string' ? v.name.trim() || null : null;
}

function clean(text) {
  return decodeEntities(String(text ?? '')).replace(/\s+/g, ' ').trim();
}

function hostName(url) {
  // "www.detroitnews.com" -> "Detroitnews", "www.nj.com" -> "NJ": a last resort, never pretty.
  const labels = url.host.replace(/^(www|m|amp|hosted)\./, '').split('.');
  const core = labels.length > 2 && /^(co|com|org|net)$/.test(labels[labels.length - 2])
    ? labels[labels.length - 3]
    : labels[labels.length - 2] ?? labels[0];
  return core.length <= 3 ? core.toUpperCase() : core[0].toUpperCase() + core.slice(1);
}

// "CBSSports.com" is a fine display name; "https://www.hawaiinewsnow.com" is not.
const looksLikeUrl = (s) => /^https?:|^www\.|:\/\//i.test(s);
// "nj", "usatoday", "oregonlive": a handle rather than a display name.
const looksLikeHandle = (s) => /^@?[a-z0-9]+$/.test(s);

function publisherName(meta, ld, article, head, url) {
  // Only a short capitalised tail counts: "... - потеря веса до 10 кг" is not a site name.
  const titleSuffix = /\s[|\-–—:]\s(\p{Lu}[^|\-–—:]{2,30})\s*$/u.exec(clean(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1]))?.[1];
  const candidates = [
    meta['og:site_name'],
    nameOf(ld, article?.publisher),
    nameOf(ld, ld.find((n) => /Organization/.test(types(n)))),
    meta['application-name'],
    titleSuffix,
  ]
    // "LinkNaija | Nigeria's popular news platform": the name is the first segment.
    .map((c) => clean(c).replace(/^@/, '').split(' | ')[0].trim())
    .filter((c) => c && !looksLikeUrl(c) && c.length <= 60)
    // og:site_name "Hosted" on hosted.ap.org names the service subdomain, not the publisher.
    .filter((c) => !(url.host.split('.').length > 2 && c.toLowerCase() === url.host.split('.')[0] && !/^www$/.test(c)));
  return candidates.find((c) => !looksLikeHandle(c)) ??
    (candidates[0] && candidates[0].length > 3 ? candidates[0][0].toUpperCase() + candidates[0].slice(1) : hostName(url));
}

function articleTitle(meta, article, html, head, siteName) {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const candidates = [meta['og:title'], meta['twitter:title'], article?.headline, h1 && stripTags(h1),
    /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1]].map(clean).filter((t) => t.length >= 8);
  let title = candidates[0] ?? '';
  // Drop a trailing " - Site Name" that og:title/<title> often carry.
  for (const name of [siteName, 'BBC News', 'Breaking News']) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' : ']) {
      const at = title.toLowerCase().lastIndexOf((sep + name).toLowerCase());
      if (at > 10) title = title.slice(0, at).trim();
    }
  }
  return title;
}

const ORG_WORDS = /\b(news|press|staff|editorial|service|media|digital|nast|blog|team|desk|reuters|associated|agency|inc|ltd|llc|international|admin)\b/i;

// A person byline we can safely turn into "<name> is a reporter for <publisher>".
function isPersonName(name) {
  return /^[A-Z][\p{L}'.-]+(\s[A-Z][\p{L}'.-]*){1,3}$/u.test(name) && !ORG_WORDS.test(name);
}

function tidyAuthor(raw) {
  let a = clean(raw).replace(/^(analysis |opinion |story )?by\s+/i, '');
  a = a.split(/\s*[,|]\s*/)[0];
  if (/^[A-Z .'-]+$/.test(a) && /[A-Z]{3}/.test(a) && a.includes(' ')) a = a.toLowerCase().replace(/(^|[\s.'-])\p{L}/gu, (c) => c.toUpperCase());
  return a;
}

function authorNames(meta, ld, article) {
  const raw = [];
  const fromLd = article?.author ? [].concat(article.author) : [];
  for (const a of fromLd) raw.push(nameOf(ld, a));
  raw.push(meta.author, meta['parsely-author'], meta['sailthru.author'], meta['article:author']);
  const names = [];
  for (const r of raw) {
    if (!r || looksLikeUrl(r)) continue;
    const a = tidyAuthor(r);
    if (a.length >= 3 && a.length <= 60 && !names.includes(a)) names.push(a);
  }
  return names;
}

// Wire copy is credited differently ("(AP) —", "Copyright The Associated Press"), so note it.
function wireAgency(ld, article, authors, firstParagraph, url) {
  const dateline = /^[^!?]{2,60}?\((AP|Reuters|AFP)\)\s*[—–-]/.exec(firstParagraph)?.[1];
  if (dateline) return dateline;
  const hay = [nameOf(ld, article?.publisher), ...authors, url.host].join(' ');
  if (/Associated Press|\bAP\b|ap\.org/.test(hay)) return 'AP';
  if (/Reuters/.test(hay)) return 'Reuters';
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Parses the date parts literally (timezone ignored) so output never depends on the host's TZ.
export function parseDate(text) {
  const s = String(text ?? '');
  let m = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  let parts = m && [+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  if (!parts) {
    m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(s) ??
      null;
    if (m) parts = [+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  }
  if (!parts) {
    m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(s);
    if (m) parts = [+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2], +(m[4] ?? 0), +(m[5] ?? 0), 0];
  }
  if (!parts) return null;
  const [y, mo, d, h, mi, se] = parts;
  if (y < 1995 || y > 2030 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, se));
}

function publishedDate(meta, article, html, url) {
  const candidates = [
    article?.datePublished,
    meta['article:published_time'],
    meta['og:published_time'],
    meta.pubdate,
    meta['parsely-pub-date'],
    meta['sailthru.date'],
    meta.date,
    meta['dc.date.issued'],
    meta.datepublished,
    /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)/i.exec(html)?.[1],
    /\/((?:19|20)\d\d\/\d\d\/\d\d)\//.exec(url)?.[1],
  ];
  for (const c of candidates) {
    const d = parseDate(c);
    if (d) return d;
  }
  return null;
}

function absoluteUrl(href, base) {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
