// Magazine theme: top bar, ad slots, category badge, author box, "Also Read" links spliced between
// paragraphs, card grid of "You May Also Like" and trending rails in the sidebar.

import { esc } from '../html.mjs';
import { fmt, headMeta, ldScript, newsArticleLd } from './common.mjs';
import { NAV_SETS } from '../names.mjs';

const CATS = ['world', 'business', 'tech', 'entertainment', 'sports', 'health', 'lifestyle', 'politics'];

export default {
  name: 'magazine-grid',
  kind: 'farm',
  caps: { og: true, keywords: true, jsonLd: 0.7, image: true, residue: true, blocks: [2, 4], inlineRelated: true },
  headings: ['You May Also Like', 'Trending'],
  uploadDir: '/media',
  path: ({ slug, rng }) => `/${rng.pick(CATS)}/${slug}/`,
  linkHref: (site, slug, rng) => `${site.origin}/${rng.pick(CATS)}/${slug}/`,
  render(m) {
    const rng = m.rng;
    const cat = m.path.split('/')[1]; // the category the URL already claims
    const Cat = cat[0].toUpperCase() + cat.slice(1);
    const paras = [];
    const inlineAt = new Set(m.inlineRelated.map((_, i) => Math.floor(((i + 1) * m.paragraphs.length) / (m.inlineRelated.length + 1))));
    let k = 0;
    m.paragraphs.forEach((p, i) => {
      if (inlineAt.has(i) && k < m.inlineRelated.length) {
        const it = m.inlineRelated[k++];
        paras.push(`          <p class="also-read"><strong>Also Read:</strong> <a href="${esc(it.href)}">${esc(it.title)}</a></p>`);
      }
      paras.push(`          <p>${esc(p)}</p>`);
    });
    const credit = (c) => `          <p class="${c.cls ?? 'credit'}">${c.href ? `${esc(c.before)}<a href="${esc(c.href)}">${esc(c.linkText)}</a>${esc(c.after)}` : esc(c.text)}</p>`;
    const bioCredits = m.credits.filter((c) => c.cls === 'bio');
    const otherCredits = m.credits.filter((c) => c.cls !== 'bio');
    const [grid, ...rails] = m.blocks;
    const gridHtml = grid ? `      <section class="mg-related">
        <h3 class="mg-block-title"><span>${esc(grid.heading)}</span></h3>
        <div class="row">
${grid.items.map((it) => `          <div class="col-md-4"><div class="mg-card"><div class="mg-card-img" style="background-image:url('/media/thumbs/${rng.hex(12)}.jpg')"></div><h4 class="mg-card-title"><a href="${esc(it.href)}">${esc(it.title)}</a></h4><span class="mg-card-date">${fmt.short(it.date)}</span></div></div>`).join('\n')}
        </div>
      </section>` : '';
    const railHtml = rails.map((b) => `      <div class="mg-widget">
        <h3 class="mg-block-title"><span>${esc(b.heading)}</span></h3>
        <ul class="mg-list">
${b.items.map((it, i) => `          <li><span class="num">${i + 1}</span><a href="${esc(it.href)}">${esc(it.title)}</a></li>`).join('\n')}
        </ul>
      </div>`).join('\n');
    const author = m.byline ?? m.site.name;
    return `<!DOCTYPE html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.docTitle)}</title>
${headMeta(m, { twitter: true })}
<link rel="stylesheet" href="/assets/bootstrap.min.css">
<link rel="stylesheet" href="/assets/magazine.css?ver=${rng.int(1, 9)}.${rng.int(0, 9)}">
${m.ld ? ldScript(newsArticleLd(m, 'Article')) : ''}
</head>
<body class="single mg-theme">
<div class="mg-topbar"><div class="container"><span class="mg-date">${fmt.long(m.date)}</span><ul class="mg-social"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">YouTube</a></li></ul></div></div>
<header class="mg-header">
  <div class="container">
    <div class="mg-logo"><a href="/">${esc(m.site.name)}</a></div>
    <div class="mg-ad-728"><span>Advertisement</span></div>
  </div>
  <nav class="mg-nav"><div class="container"><ul>${NAV_SETS.general.map((n, i) => `<li><a href="/${i ? `${n.toLowerCase()}/` : ''}">${esc(n)}</a></li>`).join('')}</ul></div></nav>
</header>
<div class="container">
  <ol class="mg-breadcrumb">${m.residue?.crumbs ? '<li>Current:</li>' : ''}<li><a href="/">Home</a></li><li>&raquo;</li><li><a href="/${cat}/">${Cat}</a></li><li>&raquo;</li><li>${esc(m.title)}</li></ol>
  <div class="row">
    <div class="col-md-8">
      <article class="mg-post">
        <a class="mg-badge" href="/${cat}/">${Cat}</a>
        <h1 class="mg-title">${esc(m.h1)}</h1>
        <div class="mg-meta"><img class="avatar" src="/media/avatar.png" width="28" height="28" alt=""> <span class="mg-author">${esc(author)}</span> <span class="mg-time">${esc(m.residue?.dateStamp ? `Date:${fmt.ymdHms(m.date)}` : fmt.dmy(m.date))}</span> <span class="mg-views">${rng.int(50, 9000)} Views</span>${m.sourceLabel ? ` <span class="mg-src">${esc(m.sourceLabel)}</span>` : ''}</div>
${m.image ? `        <div class="mg-featured"><img src="${esc(m.image.src)}" alt="${esc(m.image.alt)}"></div>` : ''}
        <div class="mg-content">
${paras.join('\n')}
${otherCredits.map(credit).join('\n')}
${m.readMore ? credit(m.readMore) : ''}
        </div>
${m.tags.length ? `        <div class="mg-tags">Tags: ${m.tags.map((t) => `<a href="/tag/${esc(t.toLowerCase())}/">${esc(t)}</a>`).join(' ')}</div>` : ''}
${m.residue ? `        <div class="mg-share">${m.residue.share.split('|').map((s) => `<a href="#">${esc(s)}</a>`).join('')}</div>` : ''}
${bioCredits.length ? `        <div class="mg-author-box"><img src="/media/avatar.png" width="64" height="64" alt=""><div><h4>${esc(author)}</h4>\n${bioCredits.map(credit).join('\n')}\n        </div></div>` : ''}
${m.disclaimer ? `        <p class="mg-disclaimer">${esc(m.disclaimer)}</p>` : ''}
      </article>
${gridHtml}
    </div>
    <aside class="col-md-4">
      <div class="mg-ad-300"><span>Advertisement</span></div>
${railHtml}
      <div class="mg-widget mg-newsletter"><h3 class="mg-block-title"><span>Newsletter</span></h3><input type="email" placeholder="Email address"><button>Subscribe</button></div>
    </aside>
  </div>
</div>
<footer class="mg-footer"><div class="container"><ul>${CATS.map((c) => `<li><a href="/${c}/">${c[0].toUpperCase() + c.slice(1)}</a></li>`).join('')}</ul><p>&copy; ${fmt.year(m.date)} ${esc(m.site.name)}. All Rights Reserved.${m.license ? ` ${esc(m.license)}` : ''}</p></div></footer>
</body>
</html>
`;
  },
};
