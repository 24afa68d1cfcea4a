// WordPress autoblog: the commonest scraper setup (RSS importer plugin + a free news theme).
// Yoast-style JSON-LD @graph, entry-meta, post navigation, widget sidebar, comment form.

import { esc, jsonScript } from '../html.mjs';
import { creditsHtml, fmt, headMeta, linkList, paragraphsHtml, shareResidue } from './common.mjs';
import { NAV_SETS } from '../names.mjs';

const CATEGORIES = ['News', 'Business', 'World', 'Tech', 'Lifestyle', 'Uncategorized', 'Trending'];

function yoastGraph(m, postId) {
  const ld = m.ld;
  const site = m.site.origin;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': `${site}/#organization`, name: ld.publisher, url: `${site}/`,
        logo: { '@type': 'ImageObject', url: ld.publisherLogo } },
      { '@type': 'WebSite', '@id': `${site}/#website`, url: `${site}/`, name: m.site.name, publisher: { '@id': `${site}/#organization` } },
      { '@type': 'WebPage', '@id': `${m.url}#webpage`, url: m.url, name: m.docTitle, isPartOf: { '@id': `${site}/#website` },
        datePublished: fmt.iso(ld.datePublished), dateModified: fmt.iso(ld.dateModified) },
      { '@type': 'Article', '@id': `${m.url}#article`, isPartOf: { '@id': `${m.url}#webpage` },
        author: { '@type': ld.authorType, name: ld.author }, headline: ld.headline,
        datePublished: fmt.iso(ld.datePublished), dateModified: fmt.iso(ld.dateModified),
        mainEntityOfPage: { '@id': `${m.url}#webpage` }, publisher: { '@id': `${site}/#organization` },
        ...(ld.image ? { image: { '@type': 'ImageObject', url: ld.image } } : {}),
        articleSection: 'News', wordCount: m.paragraphs.join(' ').split(/\s+/).length, postId },
    ],
  };
}

export default {
  name: 'wp-blog',
  kind: 'farm',
  caps: { og: true, keywords: false, jsonLd: 0.8, image: true, residue: true, blocks: [1, 3] },
  headings: ['Recent Posts'],
  uploadDir: '/wp-content/uploads',
  path: ({ slug, date }) => `/${fmt.year(date)}/${fmt.month(date)}/${fmt.day(date)}/${slug}/`,
  linkHref: (site, slug, rng, block, date) => `${site.origin}/${fmt.year(date)}/${fmt.month(date)}/${fmt.day(date)}/${slug}/`,
  render(m) {
    const rng = m.rng;
    const postId = rng.int(1000, 98000);
    const cat = rng.pick(CATEGORIES);
    const nav = NAV_SETS.blog.map((n, i) => `<li id="menu-item-${100 + i}" class="menu-item"><a href="${m.site.origin}/${i ? `category/${n.toLowerCase()}/` : ''}">${esc(n)}</a></li>`).join('\n          ');
    const author = m.byline ?? 'admin';
    const authorSlug = author.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const [prev, next] = m.blocks[0]?.items ?? [];
    const widgets = m.blocks.map((b, i) => `    <section id="recent-posts-${i + 2}" class="widget widget_recent_entries">
      <h2 class="widget-title">${esc(b.heading)}</h2>
      <ul>
${linkList(b.items, '        ')}
      </ul>
    </section>`).join('\n');
    const months = Array.from({ length: 6 }, (_, i) => {
      const d = new Date(Date.UTC(m.date.getUTCFullYear(), m.date.getUTCMonth() - i, 1));
      return `        <li><a href="${m.site.origin}/${fmt.year(d)}/${fmt.month(d)}/">${fmt.long(d).replace(/ 1,/, '')}</a></li>`;
    }).join('\n');
    const image = m.image
      ? `        <div class="post-thumbnail"><img width="1200" height="675" src="${esc(m.image.src)}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="${esc(m.image.alt)}" decoding="async"></div>\n`
      : '';
    return `<!doctype html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.docTitle)}</title>
<meta name="generator" content="WordPress ${rng.pick(['5.8.3', '6.1.1', '6.4.2', '6.5.3'])}">
${headMeta(m, { twitter: true })}
${m.ld ? `<script type="application/ld+json" class="yoast-schema-graph">${jsonScript(yoastGraph(m, postId))}</script>` : ''}
<link rel="stylesheet" id="wp-block-library-css" href="${m.site.origin}/wp-includes/css/dist/block-library/style.min.css" media="all">
<link rel="stylesheet" id="newsmag-style-css" href="${m.site.origin}/wp-content/themes/newsmag-lite/style.css" media="all">
<link rel="alternate" type="application/rss+xml" title="${esc(m.site.name)} &raquo; Feed" href="${m.site.origin}/feed/">
<link rel="shortlink" href="${m.site.origin}/?p=${postId}">
</head>
<body class="post-template-default single single-post postid-${postId} single-format-standard">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <p class="site-title"><a href="${m.site.origin}/" rel="home">${esc(m.site.name)}</a></p>
      <p class="site-description">${esc(rng.pick(['Latest news and updates', 'Your daily source of news', 'News, Finance & More', 'Stay informed']))}</p>
    </div>
    <nav id="site-navigation" class="main-navigation">
      <ul id="primary-menu" class="menu">
          ${nav}
      </ul>
    </nav>
  </header>
  <div id="content" class="site-content">
  <div id="primary" class="content-area">
    <main id="main" class="site-main">
      <article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard has-post-thumbnail hentry category-${cat.toLowerCase()}">
        <header class="entry-header">
          <div class="cat-links"><a href="${m.site.origin}/category/${cat.toLowerCase()}/" rel="category tag">${esc(cat)}</a></div>
          <h1 class="entry-title">${esc(m.h1)}</h1>
          <div class="entry-meta">
            <span class="posted-on">Posted on <a href="${esc(m.url)}" rel="bookmark"><time class="entry-date published" datetime="${fmt.iso(m.date)}">${fmt.long(m.date)}</time></a></span>
            <span class="byline"> by <span class="author vcard"><a class="url fn n" href="${m.site.origin}/author/${esc(authorSlug)}/">${esc(author)}</a></span></span>
${m.sourceLabel ? `            <span class="source-label">${esc(m.sourceLabel)}</span>` : ''}
          </div>
        </header>
${image}        <div class="entry-content">
${paragraphsHtml(m.paragraphs, '          ')}
${creditsHtml(m.credits, '          ')}
${m.readMore ? creditsHtml([m.readMore], '          ', 'more') : ''}
${m.residue ? `          <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><div class="sd-content">${shareResidue(m)}</div></div>` : ''}
${m.disclaimer ? `          <p><em>${esc(m.disclaimer)}</em></p>` : ''}
        </div>
        <footer class="entry-footer">
          <span class="cat-links">Posted in <a href="${m.site.origin}/category/${cat.toLowerCase()}/" rel="category tag">${esc(cat)}</a></span>
          ${m.tags.length ? `<span class="tags-links">Tagged ${m.tags.map((t) => `<a href="${m.site.origin}/tag/${esc(t.toLowerCase())}/" rel="tag">${esc(t)}</a>`).join(', ')}</span>` : ''}
        </footer>
      </article>
${prev && next ? `      <nav class="navigation post-navigation" aria-label="Posts">
        <h2 class="screen-reader-text">Post navigation</h2>
        <div class="nav-links"><div class="nav-previous"><a href="${esc(prev.href)}" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">${esc(prev.title)}</span></a></div><div class="nav-next"><a href="${esc(next.href)}" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">${esc(next.title)}</span></a></div></div>
      </nav>` : ''}
      <div id="comments" class="comments-area">
        <div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
          <form action="${m.site.origin}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
            <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
            <p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
            <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="${postId}" id="comment_post_ID"></p>
          </form>
        </div>
      </div>
    </main>
  </div>
  <aside id="secondary" class="widget-area">
    <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="${m.site.origin}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
${widgets}
    <section id="archives-2" class="widget widget_archive">
      <h2 class="widget-title">Archives</h2>
      <ul>
${months}
      </ul>
    </section>
    <section id="categories-2" class="widget widget_categories">
      <h2 class="widget-title">Categories</h2>
      <ul>
${CATEGORIES.map((c) => `        <li class="cat-item"><a href="${m.site.origin}/category/${c.toLowerCase()}/">${c}</a></li>`).join('\n')}
      </ul>
    </section>
  </aside>
  </div>
  <footer id="colophon" class="site-footer">
    <div class="site-info">Copyright &copy; ${fmt.year(m.date)} ${esc(m.site.name)}. All rights reserved.${m.license ? ` ${esc(m.license)}` : ''} <span class="sep"> | </span> Theme: Newsmag Lite by ThemeForge.</div>
  </footer>
</div>
<script src="${m.site.origin}/wp-includes/js/comment-reply.min.js" id="comment-reply-js" async></script>
</body>
</html>
`;
  },
};
