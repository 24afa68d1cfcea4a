// Nonprofit newsroom republishing under a sharing agreement: byline with the originating outlet,
// a boxed "originally published by ... republished with permission" note linking to the original.

import { esc } from '../html.mjs';
import { creditsHtml, fmt, headMeta, ldScript, linkList, newsArticleLd, paragraphsHtml } from './common.mjs';

export default {
  name: 'partner-republish',
  kind: 'partner',
  caps: { image: true },
  path: ({ slug, date }) => `/${fmt.year(date)}/${fmt.month(date)}/${fmt.day(date)}/${slug}/`,
  linkHref: (site, slug, rng, block, date) => `/${fmt.year(date)}/${fmt.month(date)}/${fmt.day(date)}/${slug}/`,
  render(m) {
    const note = (c) => `${esc(c.before)}<a href="${esc(c.href)}">${esc(c.linkText)}</a>${esc(c.after)}`;
    const more = m.blocks[0];
    return `<!DOCTYPE html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.docTitle)}</title>
${headMeta(m)}
${ldScript(newsArticleLd(m))}
<link rel="stylesheet" href="/wp-content/themes/civic/style.css">
</head>
<body class="single">
<header class="site-header">
  <a class="site-title" href="/">${esc(m.site.name)}</a>
  <p class="tagline">Independent, nonprofit news for our community</p>
  <nav><a href="/topics/">Topics</a> <a href="/about/">About</a> <a href="/republish/">Republish our work</a> <a class="donate" href="/donate/">Donate</a></nav>
</header>
<main class="site-main">
  <article class="post">
    <h1 class="entry-title">${esc(m.h1)}</h1>
    <p class="byline">${m.byline ? `by ${esc(m.byline)}, ` : ''}${esc(m.bylineOrg ?? m.publisher)} · <time datetime="${fmt.iso(m.date)}">${fmt.long(m.date)}</time></p>
${m.creditTop ? `    <aside class="republish-note"><p>${note(m.creditTop)}</p></aside>` : ''}
${m.image ? `    <figure class="wp-block-image"><img src="${esc(m.image.src)}" alt="${esc(m.image.alt)}"><figcaption>Image courtesy of ${esc(m.image.credit)}</figcaption></figure>` : ''}
    <div class="entry-content">
${paragraphsHtml(m.paragraphs, '      ')}
${creditsHtml(m.credits, '      ', 'republish')}
    </div>
  </article>
${more ? `  <section class="related">
    <h2>More stories</h2>
    <ul>
${linkList(more.items, '      ')}
    </ul>
  </section>` : ''}
</main>
<footer class="site-footer"><p>${esc(m.site.name)} is a nonprofit newsroom. &copy; ${fmt.year(m.date)} ${esc(m.site.name)}.</p></footer>
</body>
</html>
`;
  },
};
