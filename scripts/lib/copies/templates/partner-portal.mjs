// News portal with a licensing deal: "Provided by <Publisher>" badge above the headline, publisher
// copyright under the image, noindex and canonical to the original (the portal does not compete).

import { esc } from '../html.mjs';
import { creditsHtml, fmt, headMeta, ldScript, linkList, newsArticleLd, paragraphsHtml } from './common.mjs';

export default {
  name: 'partner-portal',
  kind: 'partner',
  caps: { image: true },
  path: ({ slug, rng }) => `/en-us/news/${rng.pick(['us', 'world', 'money', 'technology', 'other'])}/${slug}/ar-${rng.hex(8).toUpperCase()}`,
  linkHref: (site, slug, rng) => `/en-us/news/other/${slug}/ar-${rng.hex(8).toUpperCase()}`,
  render(m) {
    const rng = m.rng;
    const more = m.blocks[0];
    const provider = m.creditTop
      ? `<div class="provider"><span class="provider-logo">${esc(m.publisher)}</span><span class="provider-label">${esc(m.creditTop.text)}</span></div>`
      : `<div class="provider"><span class="provider-logo">${esc(m.bylineOrg ?? m.publisher)}</span></div>`;
    return `<!DOCTYPE html>
<html lang="${esc(m.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<title>${esc(m.docTitle)}</title>
${headMeta(m)}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${ldScript(newsArticleLd(m))}
<link rel="stylesheet" href="/static/portal.${rng.hex(10)}.css">
</head>
<body>
<div id="root">
  <header class="portal-header"><a class="portal-logo" href="/">${esc(m.site.name)}</a><form class="portal-search" action="/search"><input name="q" placeholder="Search the web"></form><nav><a href="/news">News</a> <a href="/weather">Weather</a> <a href="/money">Money</a> <a href="/sports">Sports</a></nav></header>
  <div class="portal-main">
    <article class="portal-article">
      ${provider}
      <h1>${esc(m.h1)}</h1>
      <div class="article-meta">${m.byline ? `<span class="author">Story by ${esc(m.byline)}</span> · ` : ''}<time datetime="${fmt.iso(m.date)}">${fmt.short(m.date)}</time></div>
${m.image ? `      <figure><img src="${esc(m.image.src)}" alt="${esc(m.image.alt)}"><figcaption>© ${esc(m.image.credit)}</figcaption></figure>` : ''}
      <div class="article-body">
${paragraphsHtml(m.paragraphs, '        ')}
${creditsHtml(m.credits, '        ')}
      </div>
    </article>
${more ? `    <aside class="feed">
      <h2>More for you</h2>
      <ul>
${linkList(more.items, '        ')}
      </ul>
    </aside>` : ''}
  </div>
  <footer class="portal-footer"><span>&copy; ${fmt.year(m.date)} ${esc(m.site.name)}</span> <a href="/privacy">Privacy &amp; Cookies</a> <a href="/terms">Terms of use</a> <a href="/advertise">Advertise</a></footer>
</div>
</body>
</html>
`;
  },
};
