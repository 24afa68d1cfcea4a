// SPA-ish server render: nested divs with hashed CSS-in-JS class names, no <article>/<main>,
// headings as role="heading" half the time, and the whole article again in a __NEXT_DATA__ blob.

import { esc, jsonScript } from '../html.mjs';
import { fmt, headMeta, ldScript, newsArticleLd } from './common.mjs';

// Class-name styles of the common CSS-in-JS libraries: emotion, styled-components, CSS modules.
function classMaker(rng) {
  const style = rng.pick(['css', 'sc', 'module']);
  const seen = new Map();
  return (role) => {
    if (!seen.has(role)) {
      const h = rng.hex(6);
      seen.set(role, style === 'css' ? `css-${h}` : style === 'sc' ? `sc-${h} ${rng.hex(5)}` : `_${role.slice(0, 3)}_${h.slice(0, 5)}`);
    }
    return seen.get(role);
  };
}

export default {
  name: 'spa-soup',
  kind: 'farm',
  caps: { og: true, keywords: false, jsonLd: 0.4, image: true, residue: true, blocks: [1, 2] },
  path: ({ slug, rng }) => (rng.chance(0.5) ? `/post/${rng.hex(10)}` : `/article/${slug}-${rng.hex(6)}`),
  linkHref: (site, slug, rng) => `/article/${slug}-${rng.hex(6)}`,
  render(m) {
    const rng = m.rng;
    const c = classMaker(rng);
    const semantic = rng.chance(0.5);
    const h1 = semantic
      ? `<h1 class="${c('title')}">${esc(m.h1)}</h1>`
      : `<div class="${c('title')}" role="heading" aria-level="1">${esc(m.h1)}</div>`;
    const para = (p) => (semantic ? `<p class="${c('para')}">${esc(p)}</p>` : `<div class="${c('para')}"><span>${esc(p)}</span></div>`);
    const credit = (cr) => `<div class="${c('credit')}">${cr.href ? `${esc(cr.before)}<a class="${c('link')}" href="${esc(cr.href)}">${esc(cr.linkText)}</a>${esc(cr.after)}` : esc(cr.text)}</div>`;
    const blocks = m.blocks.map((b) => `<div class="${c('rail')}"><div class="${c('railHead')}">${esc(b.heading)}</div>${b.items.map((it) => `<div class="${c('card')}"><a class="${c('cardLink')}" href="${esc(it.href)}"><div class="${c('cardTitle')}">${esc(it.title)}</div><div class="${c('cardMeta')}">${fmt.short(it.date)}</div></a></div>`).join('')}</div>`).join('\n');
    const nextData = {
      props: { pageProps: { article: {
        id: rng.int(100000, 999999), slug: m.path.split('/').pop(), title: m.h1, author: m.byline, publishedAt: fmt.iso(m.date),
        body: m.paragraphs.map((p) => ({ type: 'paragraph', text: p })),
      } }, __N_SSG: true },
      page: '/article/[slug]', query: {}, buildId: rng.hex(21), isFallback: false,
    };
    const image = m.image ? `<div class="${c('hero')}"><img class="${c('heroImg')}" src="${esc(m.image.src)}" alt="${esc(m.image.alt)}" decoding="async"></div>` : '';
    return `<!DOCTYPE html><html lang="${esc(m.lang)}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${esc(m.docTitle)}</title>
${headMeta(m, { twitter: true })}
${m.ld ? ldScript(newsArticleLd(m)) : ''}
<link rel="preload" href="/_next/static/css/${rng.hex(16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/${rng.hex(16)}.css"/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-${rng.hex(16)}.js"></script><script src="/_next/static/chunks/webpack-${rng.hex(16)}.js" defer=""></script><script src="/_next/static/chunks/main-${rng.hex(16)}.js" defer=""></script>
</head><body><div id="__next"><div class="${c('app')}">
<div class="${c('topbar')}"><div class="${c('logoWrap')}"><a class="${c('logo')}" href="/">${esc(m.site.name)}</a></div><div class="${c('menu')}"><a class="${c('menuItem')}" href="/">Home</a><a class="${c('menuItem')}" href="/latest">Latest</a><a class="${c('menuItem')}" href="/trending">Trending</a><a class="${c('menuItem')}" href="/markets">Markets</a></div></div>
<div class="${c('layout')}"><div class="${c('col')}"><div class="${c('head')}">${h1}<div class="${c('meta')}">${m.sourceLabel ? `<span class="${c('source')}">${esc(m.sourceLabel)}</span>` : ''}${m.byline ? `<span class="${c('author')}">${esc(m.byline)}</span>` : ''}<span class="${c('date')}">${fmt.short(m.date)} · ${Math.max(1, Math.round(m.paragraphs.join(' ').split(/\s+/).length / 230))} min read</span></div></div>
${image}
<div class="${c('body')}">
${m.paragraphs.map(para).join('\n')}
${m.credits.map(credit).join('\n')}
${m.readMore ? credit(m.readMore) : ''}
</div>
${m.residue ? `<div class="${c('actions')}">${m.residue.share.split('|').map((s) => `<button class="${c('btn')}">${esc(s)}</button>`).join('')}</div>` : ''}
${m.disclaimer ? `<div class="${c('note')}">${esc(m.disclaimer)}</div>` : ''}
</div>
<div class="${c('aside')}">
${blocks}
</div></div>
<div class="${c('footer')}"><div>© ${fmt.year(m.date)} ${esc(m.site.name)}</div>${m.license ? `<div>${esc(m.license)}</div>` : ''}<div><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></div></div>
</div></div><script id="__NEXT_DATA__" type="application/json">${jsonScript(nextData)}</script></body></html>
`;
  },
};
