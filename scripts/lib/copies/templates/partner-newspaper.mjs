// Legitimate partner newspaper running a wire or partner story: masthead, section nav, byline with
// the originating organisation, credit line, wire copyright, "More from" rail of its own stories.

import { esc } from '../html.mjs';
import { creditsHtml, fmt, headMeta, ldScript, linkList, newsArticleLd, paragraphsHtml } from './common.mjs';

const SECTIONS = ['news', 'nation-world', 'business', 'sports', 'entertainment', 'science'];

export default {
  name: 'partner-newspaper',
  kind: 'partner',
  caps: { image: true },
  path: ({ slug, date, rng }) => `/${rng.pick(SECTIONS)}/article/${slug}-${fmt.year(date)}${fmt.month(date)}${fmt.day(date)}${rng.int(100, 999)}.php`,
  linkHref: (site, slug, rng) => `/${rng.pick(SECTIONS)}/article/${slug}.php`,
  render(m) {
    const rng = m.rng;
    const by = m.byline ? `By ${esc(m.byline)}${m.bylineOrg ? `, ${esc(m.bylineOrg)}` : ''}` : m.bylineOrg ? esc(m.bylineOrg) : '';
    const more = m.blocks[0];
    return `<!DOCTYPE html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="utf-8">
<title>${esc(m.docTitle)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${headMeta(m, { twitter: true })}
${ldScript(newsArticleLd(m))}
<link rel="stylesheet" href="/static/css/site.${rng.hex(8)}.css">
</head>
<body class="article-page">
<header class="masthead">
  <div class="masthead-top"><span class="today">${fmt.long(m.date)}</span> <a href="/subscribe" class="subscribe">Subscribe</a> <a href="/account/login">Sign in</a></div>
  <div class="masthead-name"><a href="/">${esc(m.site.name)}</a></div>
  <nav class="sections"><ul>${SECTIONS.map((s) => `<li><a href="/${s}/">${esc(s.replace('-', ' & ').replace(/\b\w/g, (ch) => ch.toUpperCase()))}</a></li>`).join('')}</ul></nav>
</header>
<main id="main">
  <article class="story">
    <header class="story-header">
      <h1 class="headline">${esc(m.h1)}</h1>
      <div class="byline">${by}</div>
      <div class="dateline">Published <time datetime="${fmt.iso(m.date)}">${fmt.long(m.date)} ${fmt.clock12(m.date)}</time></div>
${m.creditTop ? `      <div class="source-credit">${m.creditTop.href ? `${esc(m.creditTop.before)}<a href="${esc(m.creditTop.href)}">${esc(m.creditTop.linkText)}</a>${esc(m.creditTop.after)}` : esc(m.creditTop.text)}</div>` : ''}
    </header>
${m.image ? `    <figure class="lead"><img src="${esc(m.image.src)}" alt="${esc(m.image.alt)}"><figcaption>Photo: ${esc(m.image.credit)}</figcaption></figure>` : ''}
    <div class="story-body">
${paragraphsHtml(m.paragraphs, '      ')}
    </div>
    <footer class="story-footer">
${creditsHtml(m.credits, '      ')}
    </footer>
  </article>
${more ? `  <aside class="more-from">
    <h2>More from ${esc(m.site.name)}</h2>
    <ul>
${linkList(more.items, '      ')}
    </ul>
  </aside>` : ''}
</main>
<footer class="site-footer">
  <p>&copy; ${fmt.year(m.date)} ${esc(m.site.name)}. All rights reserved.</p>
  <p><a href="/privacy">Privacy Notice</a> · <a href="/terms">Terms of Use</a> · <a href="/contact">Contact Us</a> · <a href="/corrections">Corrections</a></p>
</footer>
</body>
</html>
`;
  },
};
