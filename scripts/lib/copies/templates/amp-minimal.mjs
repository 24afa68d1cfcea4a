// AMP-style minimal page: boilerplate CSS, amp-img, tiny header, one short "Related" list.
// Scraper networks serve these as fast mobile mirrors; little chrome, so the text dominates.

import { esc } from '../html.mjs';
import { creditsHtml, fmt, headMeta, ldScript, linkList, newsArticleLd, paragraphsHtml } from './common.mjs';

const AMP_BOILERPLATE = '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>';

export default {
  name: 'amp-minimal',
  kind: 'farm',
  caps: { og: true, keywords: false, jsonLd: 0.9, image: true, residue: false, blocks: [1, 1] },
  headings: ['Related'],
  path: ({ slug, rng }) => (rng.chance(0.5) ? `/amp/${slug}.html` : `/${slug}/amp/`),
  linkHref: (site, slug) => `/amp/${slug}.html`,
  render(m) {
    const image = m.image
      ? `    <amp-img src="${esc(m.image.src)}" width="1200" height="675" layout="responsive" alt="${esc(m.image.alt)}"></amp-img>\n`
      : '';
    const related = m.blocks[0];
    return `<!doctype html>
<html ⚡ lang="${esc(m.lang)}">
<head>
<meta charset="utf-8">
<title>${esc(m.docTitle)}</title>
${headMeta(m)}
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
${m.ld ? ldScript(newsArticleLd(m, 'NewsArticle')) : ''}
${AMP_BOILERPLATE}
<style amp-custom>body{font-family:Georgia,serif;margin:0;color:#222}header{background:#111;color:#fff;padding:10px 16px}header a{color:#fff;text-decoration:none;font-weight:700}article{padding:0 16px}h1{font-size:1.6rem;line-height:1.25}.meta{color:#777;font-size:.8rem}.rel li{margin:.4em 0}footer{font-size:.75rem;color:#888;padding:16px;border-top:1px solid #eee}</style>
</head>
<body>
<header><a href="/">${esc(m.site.name)}</a></header>
<article>
  <h1>${esc(m.h1)}</h1>
  <div class="meta">${m.sourceLabel ? `${esc(m.sourceLabel)} &middot; ` : ''}${m.byline ? `${esc(m.byline)} &middot; ` : ''}<time datetime="${fmt.iso(m.date)}">${fmt.dayMonth(m.date)}</time></div>
${image}${paragraphsHtml(m.paragraphs, '  ')}
${creditsHtml(m.credits, '  ')}
${m.readMore ? creditsHtml([m.readMore], '  ', 'more') : ''}
${m.disclaimer ? `  <p class="meta">${esc(m.disclaimer)}</p>` : ''}
</article>
${related ? `<section class="rel">
  <h2>${esc(related.heading)}</h2>
  <ul>
${linkList(related.items, '    ')}
  </ul>
</section>` : ''}
<footer>&copy; ${fmt.year(m.date)} ${esc(m.site.name)}${m.license ? ` &middot; ${esc(m.license)}` : ''} &middot; <a href="/">Full site</a></footer>
</body>
</html>
`;
  },
};
