// Decides, per case, what a copy or syndicated page contains (the "recipe") and records every
// manipulation that actually landed on the page. Templates only render the resulting model.

import { fmt } from './templates/common.mjs';
import { slugify } from './html.mjs';
import { makeRng } from './prng.mjs';
import { makeFarm, pickPartner } from './sites.mjs';
import {
  BIO_TEMPLATES, BRANDS, BRAND_SEPARATORS, COPYRIGHT_TEMPLATES, FAKE_BYLINES, FARM_DISCLAIMERS, FARM_LANGS,
  LICENSE_FORMATS, LINK_BLOCK_HEADINGS, ORIGIN_NOTES, PROVIDED_BY, REPUBLISH_NOTES, SHARE_RESIDUE,
  SOURCE_LABELS, WIRE_CREDITS,
} from './names.mjs';
import { dropParagraphs, excerpt, glueBrand, hasWireDateline, spin, stripWireDateline, titleKeywords, truncate } from './text.mjs';

const HOUR = 3600e3;
const DAY = 24 * HOUR;
// The corpus was crawled in November 2019; undated originals are placed there.
const FALLBACK_DATE = new Date(Date.UTC(2019, 10, 18, 12, 0, 0));

// Four kinds of copy, each a bundle of probabilities. Spread evenly over a source's copies so
// every original has easy (branded, link-farmed) and hard (verbatim, uncredited) copies.
export const PROFILES = {
  // The seed: brand in title/h1/first sentence, link farm, widget residue, credit often kept.
  'seo-spam': {
    brand: 1, prefix: 0.6, h1: 0.8, glue: 0.75, keywords: 0.8, sourceLabel: 0.4,
    credit: [['bio+byline', 35], ['byline', 20], ['copyright', 15], ['none', 30]],
    text: [['verbatim', 60], ['truncate', 15], ['drop', 25]], spin: 0,
    linkFarm: 1, residue: 0.8, dateShift: 0.6, stripWire: 0.3,
    canonical: [['absent', 40], ['self', 50], ['original', 10]], ogOriginal: 0.1, ldKept: 0.15,
    langMismatch: 0.25, disclaimer: 0.5,
  },
  // Hard case: the article verbatim, no brand, no credit; only the host is wrong.
  'plain-scrape': {
    brand: 0, credit: [['none', 60], ['fake', 40]],
    text: [['verbatim', 1]], spin: 0,
    linkFarm: 0.5, residue: 0.2, dateShift: 0.4, stripWire: 0.5,
    canonical: [['absent', 50], ['self', 50]], ogOriginal: 0, ldKept: 0,
    langMismatch: 0.1, disclaimer: 0.2,
  },
  // Rewriter output: synonyms swapped, paragraphs dropped, credit gone, brand sometimes.
  'spun': {
    brand: 0.4, prefix: 0.4, h1: 0.5, glue: 0.3, keywords: 0.6, sourceLabel: 0.2,
    credit: [['none', 60], ['fake', 25], ['copyright', 15]],
    text: [['verbatim', 30], ['truncate', 20], ['drop', 50]], spin: 1,
    linkFarm: 0.8, residue: 0.5, dateShift: 0.5, stripWire: 0.6,
    canonical: [['absent', 50], ['self', 50]], ogOriginal: 0, ldKept: 0.1,
    langMismatch: 0.2, disclaimer: 0.4,
  },
  // Looks half-legitimate: credits, sometimes even canonical/og/JSON-LD naming the original,
  // but still on a farm with link blocks. The closest thing to syndication a farm produces.
  'credited-scrape': {
    brand: 0.35, prefix: 0.5, h1: 0.5, glue: 0.4, keywords: 0.7, sourceLabel: 0.2,
    credit: 'many',
    text: [['verbatim', 50], ['truncate', 30], ['drop', 20]], spin: 0,
    linkFarm: 0.85, residue: 0.5, dateShift: 0.4, stripWire: 0.2,
    canonical: [['absent', 30], ['self', 30], ['original', 40]], ogOriginal: 0.35, ldKept: 0.5,
    langMismatch: 0.1, disclaimer: 0.3,
  },
};

const shortId = (id) => id.slice(0, 12);
const fill = (tpl, vars) => tpl.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
const digits = (rng, n) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

export function originalEntry(source, file) {
  return {
    id: `orig-${shortId(source.id)}`,
    file,
    url: source.url,
    label: 'original',
    sourceId: source.id,
    originalUrl: source.url,
    originalPublisher: source.publisher,
    template: null,
    manipulations: [],
    injectedPhrase: null,
    profile: null,
    date: source.date ? fmt.iso(source.date) : null,
    originalDate: source.date ? fmt.iso(source.date) : null,
  };
}

// Headlines of other corpus pages, mixed topics, linking back into the farm (or partner) site.
// Item dates (and dated URLs) fall before the page date: farms repost older items too.
function linkBlocks(rng, template, site, others, nBlocks, perBlock, pageDate) {
  const preferred = template.headings ?? [];
  const headings = [...preferred, ...rng.shuffle(LINK_BLOCK_HEADINGS.filter((h) => !preferred.includes(h)))];
  const sizes = Array.from({ length: nBlocks }, () => rng.int(perBlock[0], perBlock[1]));
  const pool = rng.sample(others, sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  return sizes.map((size, i) => ({
    heading: headings[i],
    items: pool.slice(at, (at += size)).map((o) => {
      const date = new Date(pageDate.getTime() - rng.int(0, 400 * 86400) * 1000);
      return { title: o.title, href: template.linkHref(site, slugify(o.title) || shortId(o.id), rng, i, date), date };
    }),
  }));
}

function imageFor(rng, template, site, source, date, manip) {
  if (!template.caps.image || !source.image) return null;
  const how = rng.weighted([['hotlink', 40], ['rehost', 35], ['none', 25]]);
  if (how === 'none') return null;
  if (how === 'hotlink') {
    manip.push('image-hotlinked');
    return { src: source.image, alt: source.title };
  }
  const ext = /\.(png|webp|gif)(\?|$)/i.exec(source.image)?.[1]?.toLowerCase() ?? 'jpg';
  const dir = template.uploadDir ?? '/uploads';
  return { src: `${site.origin}${dir}/${fmt.year(date)}/${fmt.month(date)}/${rng.hex(16)}.${ext}`, alt: source.title };
}

function creditKinds(rng, profile, source) {
  if (profile.credit !== 'many') return new Set(rng.weighted(profile.credit).split('+'));
  const kinds = new Set();
  if (rng.chance(0.7)) kinds.add('byline');
  if (rng.chance(0.45)) kinds.add('bio');
  if (rng.chance(0.4)) kinds.add('copyright');
  if (rng.chance(0.55)) kinds.add('origin');
  if (source.wire && rng.chance(0.7)) kinds.add('wire');
  if (!kinds.has('bio') && !kinds.has('copyright') && !kinds.has('origin') && !kinds.has('wire')) kinds.add('origin');
  return kinds;
}

// A credit with an optional link: {text, before, linkText, href, after} for the templates.
function linkedCredit(tpl, name, href, withLink) {
  const text = tpl.replace('{link}', name);
  if (!withLink) return { text };
  const [before, after] = tpl.split('{link}');
  return { text, before, linkText: name, href, after };
}

export function planCopy({ source, others, seed, index, template, profileName }) {
  const rng = makeRng(seed, `copy:${source.id}:${index}`);
  const P = PROFILES[profileName];
  const caps = template.caps;
  const manip = [];
  const add = (m) => manip.includes(m) || manip.push(m);
  const site = makeFarm(rng);
  const publisher = source.publisher;
  const origDate = source.date ?? FALLBACK_DATE;

  // Copies appear hours to days later, or (date-shift) years later, far from the text's dates.
  const dateShift = rng.chance(P.dateShift);
  const date = dateShift
    ? new Date(origDate.getTime() + rng.int(1, 6) * 365 * DAY + rng.int(0, 364) * DAY + rng.int(0, 86399) * 1000)
    : new Date(origDate.getTime() + rng.int(3600, 10 * 86400) * 1000);
  if (dateShift) add('date-shift');

  const slug = slugify(source.title) || String(rng.int(100000, 999999));
  const scheme = rng.chance(caps.httpChance ?? 0) ? 'http' : 'https';
  site.origin = `${scheme}://${site.host}`;
  const path = template.path({ slug, date, rng });
  const url = site.origin + path;

  // --- article text -------------------------------------------------------------------------
  let paragraphs = source.paragraphs.slice();
  if (hasWireDateline(paragraphs[0])) {
    if (rng.chance(P.stripWire)) {
      paragraphs[0] = stripWireDateline(paragraphs[0]);
      add('wire-dateline-stripped');
    } else add('wire-dateline-kept');
  }
  if (P.spin) {
    const spun = spin(paragraphs, rng, 0.35 + rng.next() * 0.35);
    if (spun.swaps > 0) {
      paragraphs = spun.paragraphs;
      add('synonym-spin');
    }
  }
  const textOp = rng.weighted(P.text);
  let truncated = false;
  if (textOp === 'drop') {
    const out = dropParagraphs(paragraphs, rng);
    if (out) {
      paragraphs = out;
      add('paragraph-drop');
    }
  } else if (textOp === 'truncate') {
    const out = truncate(paragraphs, rng);
    if (out) {
      paragraphs = out;
      truncated = true;
      add('truncated');
    }
  }

  // --- brand injection ------------------------------------------------------------------------
  const brand = rng.chance(P.brand) ? rng.pick(BRANDS) : null;
  const title = source.title;
  let brandedTitle = title;
  let h1 = title;
  let keywords = titleKeywords(title);
  let sourceLabel = null;
  if (brand) {
    const sep = rng.pick(BRAND_SEPARATORS);
    if (rng.chance(P.prefix)) {
      brandedTitle = `${brand}${sep}${title}`;
      add('brand-title-prefix');
    } else {
      brandedTitle = `${title}${sep}${brand}`;
      add('brand-title-suffix');
    }
    if (rng.chance(P.h1)) {
      h1 = brandedTitle;
      add('brand-h1');
    }
    if (rng.chance(P.glue) && paragraphs.length) {
      paragraphs[0] = glueBrand(paragraphs[0], brand, rng).text;
      add('brand-glued-first-sentence');
    }
    if (caps.keywords && rng.chance(P.keywords)) {
      keywords = [brand, ...keywords];
      add('brand-meta-keywords');
    }
    if (rng.chance(P.sourceLabel)) {
      sourceLabel = rng.pick(SOURCE_LABELS.filter((l) => l.includes('{brand}')))
        .replace('{brand}', rng.pick(BRANDS.filter((b) => b !== brand)).replace(/ (Pro )?(Exchange|Casino|Online)$/, ' $2'));
      add('brand-source-label');
    }
    if (caps.brandCta) add('brand-cta');
  }
  if (!sourceLabel && rng.chance(0.3)) sourceLabel = rng.pick(SOURCE_LABELS.filter((l) => !l.includes('{brand}')));
  const farmSuffix = rng.pick([` -${site.name}`, ` - ${site.name}`, ` | ${site.name}`, `_${site.name}`, ` – ${site.name}`, '']);
  const docTitle = `${brandedTitle}${farmSuffix}`;

  // --- credit -----------------------------------------------------------------------------
  const kinds = creditKinds(rng, P, source);
  const credits = [];
  let byline = null;
  const anyAuthor = source.authors[0] ?? null;
  const year = fmt.year(origDate);
  if (kinds.has('byline') && anyAuthor) {
    byline = anyAuthor;
    add('byline-kept');
  }
  if (kinds.has('bio') && source.author) {
    credits.push({ text: fill(rng.pick(BIO_TEMPLATES), { a: source.author, p: publisher }), cls: 'bio' });
    add('author-bio-kept');
  }
  if (kinds.has('copyright')) {
    credits.push({ text: fill(rng.pick(COPYRIGHT_TEMPLATES), { y: year, p: publisher }), cls: 'copyright' });
    add('copyright-original');
  }
  if (kinds.has('wire') && source.wire) {
    credits.push({ text: fill(WIRE_CREDITS[source.wire].line, { year }), cls: 'wire' });
    add('wire-credit-kept');
  }
  if (kinds.has('origin')) {
    const withLink = rng.chance(0.5);
    credits.push({ ...linkedCredit(rng.pick(ORIGIN_NOTES), publisher, source.url, withLink), cls: 'origin' });
    add('originally-appeared');
    if (withLink) add('source-link');
  }
  if (kinds.has('fake')) {
    byline = rng.pick(FAKE_BYLINES);
    add('byline-fake');
  }
  let readMore = null;
  if (truncated && profileName === 'credited-scrape') {
    readMore = { text: `Read the full article at ${publisher}`, before: 'Read the full article at ', linkText: publisher, href: source.url, after: '' };
    add('source-link');
  }
  // "Stripped" = no credit element names the original author or publisher (the article text
  // itself may still mention them).
  if (!manip.some((m) => ['byline-kept', 'author-bio-kept', 'copyright-original', 'wire-credit-kept', 'originally-appeared', 'source-link'].includes(m))) {
    add('credit-stripped');
  }

  // --- head metadata ------------------------------------------------------------------------
  const canonicalKind = rng.weighted(P.canonical);
  const canonical = { absent: null, self: url, original: source.url }[canonicalKind];
  add(`canonical-${canonicalKind}`);
  let ogSiteName = null;
  if (caps.og) {
    const keep = rng.chance(P.ogOriginal);
    ogSiteName = keep ? publisher : site.name;
    add(keep ? 'og-site-original' : 'og-site-farm');
  }
  const image = imageFor(rng, template, site, source, date, manip);
  let ld = null;
  if (rng.chance(caps.jsonLd)) {
    const kept = rng.chance(P.ldKept);
    ld = {
      headline: brand && rng.chance(0.5) ? brandedTitle : title,
      datePublished: date,
      dateModified: new Date(date.getTime() + rng.int(0, 48) * HOUR),
      author: kept ? anyAuthor : byline ?? site.name,
      authorType: kept && source.author ? 'Person' : byline && !kept ? 'Person' : 'Organization',
      publisher: kept ? publisher : site.name,
      publisherLogo: `${site.origin}/static/images/logo.png`,
      image: image?.src ?? null,
    };
    add(kept ? 'jsonld-publisher-kept' : 'jsonld-publisher-replaced');
  }

  // --- farm furniture -----------------------------------------------------------------------
  let blocks = [];
  if (rng.chance(P.linkFarm)) {
    blocks = linkBlocks(rng, template, site, others, rng.int(caps.blocks[0], caps.blocks[1]), [5, 10], date);
    add('link-farm');
  }
  let inlineRelated = [];
  if (caps.inlineRelated && blocks.length && paragraphs.length >= 6) {
    inlineRelated = linkBlocks(rng, template, site, others, 1, [1, 2], date)[0].items;
    add('inline-related');
  }
  let residue = null;
  if (caps.residue && rng.chance(P.residue)) {
    residue = {
      share: rng.pick(SHARE_RESIDUE).replace('{n}', rng.int(0, 9)).replace('{m}', rng.int(0, 3)),
      crumbs: rng.chance(0.7),
      dateStamp: rng.chance(0.7),
    };
    add('widget-residue');
  }
  let disclaimer = null;
  if (rng.chance(P.disclaimer)) {
    disclaimer = rng.pick(FARM_DISCLAIMERS);
    add('farm-disclaimer');
  }
  const license = rng.chance(0.2)
    ? rng.pick(LICENSE_FORMATS).replace(/\{d(\d+)\}/g, (_, n) => digits(rng, +n))
    : null;
  const srcLang = source.lang.split('-')[0];
  let lang = rng.chance(0.5) ? source.lang : srcLang;
  if (rng.chance(P.langMismatch)) {
    lang = rng.pick(FARM_LANGS.filter((l) => l.split('-')[0] !== srcLang));
    add('lang-mismatch');
  }
  if (paragraphs.length === source.paragraphs.length && paragraphs.every((p, i) => p === source.paragraphs[i])) {
    add('verbatim');
  }

  const model = {
    kind: 'farm', lang, site, url, path, title, docTitle, ogTitle: brandedTitle, h1,
    description: excerpt(paragraphs[0] ?? title), keywords: caps.keywords ? keywords : null,
    canonical, ogSiteName, robots: null, image, ld, date, byline, sourceLabel, paragraphs, credits,
    readMore, tags: titleKeywords(title, 3), blocks, inlineRelated, residue, disclaimer, license, brand,
    brandCta: Boolean(brand && caps.brandCta), rng,
  };
  const id = `copy-${shortId(source.id)}-${index + 1}`;
  const entry = {
    id,
    file: `pages/${id}.html`,
    url,
    label: 'copy',
    sourceId: source.id,
    originalUrl: source.url,
    originalPublisher: publisher,
    template: template.name,
    manipulations: manip,
    injectedPhrase: brand,
    profile: profileName,
    date: fmt.iso(date),
    originalDate: source.date ? fmt.iso(source.date) : null,
  };
  return { entry, model };
}

export function planSyndicated({ source, others, seed, templates }) {
  const rng = makeRng(seed, `synd:${source.id}`);
  const partner = pickPartner(rng);
  const template = templates[partner.kind];
  const caps = template.caps;
  const manip = [];
  const add = (m) => manip.includes(m) || manip.push(m);
  const publisher = source.publisher;
  const origDate = source.date ?? FALLBACK_DATE;
  // Partners run the story the same day or the next: no date shift.
  const date = new Date(origDate.getTime() + rng.int(600, 36 * 3600) * 1000);
  const slug = slugify(source.title) || String(rng.int(100000, 999999));
  const site = { name: partner.name, host: partner.host, origin: partner.origin, kind: partner.kind };
  const url = site.origin + template.path({ slug, date, rng });
  const paragraphs = source.paragraphs.slice();
  const anyAuthor = source.authors[0] ?? null;
  const year = fmt.year(origDate);
  const credits = [];
  let creditTop = null;
  let byline = null;
  let bylineOrg = null;

  const wire = source.wire && partner.kind !== 'nonprofit' && rng.chance(0.7) ? WIRE_CREDITS[source.wire] : null;
  if (wire) {
    bylineOrg = wire.name;
    credits.push({ text: fill(wire.line, { year }), cls: 'wire' });
    add('wire-credit');
    if (hasWireDateline(paragraphs[0])) add('wire-dateline-kept');
  } else if (partner.kind === 'nonprofit') {
    const note = linkedCredit(rng.pick(REPUBLISH_NOTES), publisher, source.url, true);
    if (rng.chance(0.5)) creditTop = note;
    else credits.push({ ...note, cls: 'republish' });
    add('republished-with-permission');
    add('source-link');
    bylineOrg = publisher;
  } else {
    const line = rng.pick(PROVIDED_BY);
    creditTop = { text: fill(line, { p: publisher }) };
    add(line.startsWith('Distributed') ? 'distributed-by' : 'provided-by');
    bylineOrg = publisher;
    if (rng.chance(0.5)) {
      credits.push({ text: fill(rng.pick(COPYRIGHT_TEMPLATES), { y: year, p: publisher }), cls: 'copyright' });
      add('copyright-original');
    }
    if (rng.chance(0.4)) {
      credits.push({ ...linkedCredit('Read the original story at {link}.', publisher, source.url, true), cls: 'origin' });
      add('source-link');
    }
  }
  if (anyAuthor) {
    byline = anyAuthor;
    add('byline-kept');
  }

  const canonicalOriginal = rng.chance(0.85);
  add(canonicalOriginal ? 'canonical-original' : 'canonical-self');
  const robots = rng.chance({ portal: 0.6, newspaper: 0.3, nonprofit: 0.15 }[partner.kind]) ? 'noindex' : null;
  if (robots) add('robots-noindex');
  add('og-site-partner');
  const image = source.image && caps.image ? { src: source.image, alt: source.title, credit: publisher } : null;
  const basedOn = rng.chance(0.6);
  const ld = {
    headline: source.title,
    datePublished: date,
    dateModified: date,
    author: anyAuthor ?? bylineOrg,
    authorType: source.author ? 'Person' : 'Organization',
    publisher: partner.name,
    publisherLogo: `${site.origin}/assets/logo.png`,
    image: image?.src ?? null,
    isBasedOn: basedOn ? source.url : null,
  };
  add('jsonld-publisher-partner');
  if (basedOn) add('jsonld-is-based-on');
  add('verbatim');

  // A partner's own "more stories" rail: normal site furniture, not a link farm.
  const blocks = linkBlocks(rng, template, site, others, 1, [4, 6], date);
  const model = {
    kind: 'partner', lang: source.lang, site, url, title: source.title, docTitle: `${source.title} | ${partner.name}`,
    ogTitle: source.title, h1: source.title, description: excerpt(paragraphs[0] ?? source.title), keywords: null,
    canonical: canonicalOriginal ? source.url : url, ogSiteName: partner.name, robots, image, ld, date,
    originalDate: origDate, byline, bylineOrg, publisher, paragraphs, credits, creditTop, blocks,
    tags: titleKeywords(source.title, 3), rng,
  };
  const id = `synd-${shortId(source.id)}`;
  const entry = {
    id,
    file: `pages/${id}.html`,
    url,
    label: 'syndicated',
    sourceId: source.id,
    originalUrl: source.url,
    originalPublisher: publisher,
    template: template.name,
    manipulations: manip,
    injectedPhrase: null,
    profile: null,
    date: fmt.iso(date),
    originalDate: source.date ? fmt.iso(source.date) : null,
  };
  return { entry, model, template };
}
