// "News portal" farm modelled on the seed: Current:Home > crumbs, Date: stamp, a second brand as
// the source line, "In:" tags, share widget, Related/Ranking/Recommendation lists.

import { esc } from '../html.mjs';
import { creditsHtml, fmt, headMeta, imageHtml, ldScript, linkList, newsArticleLd, paragraphsHtml, shareResidue } from './common.mjs';
import { NAV_SETS } from '../names.mjs';

const SECTIONS = ['news', 'finance', 'world', 'info', 'hot'];

export default {
  name: 'news-portal',
  kind: 'farm',
  caps: { og: true, keywords: true, jsonLd: 0.3, image: true, residue: true, blocks: [2, 4] },
  headings: ['Related', 'Ranking', 'Recommendation'],
  path: ({ slug, date, rng }) => `/${rng.pick(SECTIONS)}/${fmt.year(date)}/${fmt.month(date)}${fmt.day(date)}/${slug}.html`,
  linkHref: (site, slug, rng, block) => `/${block % 2 ? 'finance' : 'news'}/${slug}.html`,
  render(m) {
    const nav = NAV_SETS[m.rng.pick(['finance', 'general', 'portal'])];
    const navHtml = nav.map((n, i) => `<li><a href="${i ? `/${n.toLowerCase()}/` : '/'}">${esc(n)}</a></li>`).join('');
    const crumbs = m.residue?.crumbs
      ? `Current:<a href="/">Home</a> &gt; <a href="/news/">My</a>${esc(m.docTitle)}`
      : `<a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <span>${esc(m.title)}</span>`;
    const time = m.residue?.dateStamp ? `Date:${fmt.ymdHms(m.date)}` : fmt.ymdHms(m.date);
    const info = [
      m.sourceLabel ? `<span class="source">${esc(m.sourceLabel)}</span>` : '',
      m.byline ? `<span class="author">Author: ${esc(m.byline)}</span>` : '',
      `<span class="time">${esc(time)}</span>`,
    ].filter(Boolean).join(' ');
    const tags = m.tags.length
      ? `      <ul class="tags">\n        <li>In:</li>\n${m.tags.map((t) => `        <li><a href="/tag/${esc(t.toLowerCase())}.html">${esc(t)}</a></li>`).join('\n')}\n      </ul>\n`
      : '';
    const [mainBlock, ...sideBlocks] = m.blocks;
    const block = (b, cls) => `    <div class="${cls}">\n      <h3>${esc(b.heading)}</h3>\n      <ul>\n${linkList(b.items, '        ')}\n      </ul>\n    </div>`;
    const side = sideBlocks.length
      ? sideBlocks.map((b, i) => block(b, ['ranking', 'recommend', 'hot'][i] ?? 'hot')).join('\n')
      : `    <div class="search"><form action="/search.php"><input name="q" placeholder="Search"><button>Go</button></form></div>`;
    return `<!DOCTYPE html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="utf-8">
<title>${esc(m.docTitle)}</title>
${headMeta(m)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); hm.src = "/static/js/stat.js"; document.body.appendChild(hm); })();</script>
${m.ld ? ldScript(newsArticleLd(m)) : ''}
</head>
<body>
<div class="header">
  <div class="logo"><a href="/">${esc(m.site.name)}</a></div>
  <ul class="nav">${navHtml}</ul>
</div>
<div class="crumbs">${crumbs}</div>
<div class="main">
  <div class="left">
    <div class="article">
      <h1>${esc(m.h1)}</h1>
      <div class="info">${info}</div>
${imageHtml(m, '      ')}
      <div class="content">
${paragraphsHtml(m.paragraphs, '      ')}
${tags}${creditsHtml(m.credits, '      ', 'bio')}
${m.readMore ? creditsHtml([m.readMore], '      ', 'more') : ''}
      </div>
${m.residue ? `      <div class="share"><a href="javascript:void(0)" class="tw">${shareResidue(m)}</a></div>` : '      <div class="share"><a href="javascript:void(0)" class="tw">Share</a></div>'}
${m.disclaimer ? `      <p class="statement">${esc(m.disclaimer)}</p>` : ''}
    </div>
${mainBlock ? block(mainBlock, 'related') : ''}
  </div>
  <div class="right">
${side}
  </div>
</div>
<div class="footer"><p>Copyright &copy; ${fmt.year(m.date)} ${esc(m.site.name)} All Rights Reserved</p>${m.license ? `<p>${esc(m.license)}</p>` : ''}<p><a href="/sitemap.xml">Sitemap</a></p></div>
</body>
</html>
`;
  },
};
