// Finance/crypto spam site: ticker strip, sign-up banner for the injected brand, "Hot News" and
// "Market Flash" rails of unrelated headlines, risk warning in the footer.

import { esc } from '../html.mjs';
import { creditsHtml, fmt, headMeta, imageHtml, ldScript, linkList, newsArticleLd, paragraphsHtml, shareResidue } from './common.mjs';
import { NAV_SETS } from '../names.mjs';

const SECTIONS = ['markets', 'crypto', 'finance', 'stocks', 'economy', 'forex'];
const TICKERS = ['BTC', 'ETH', 'SOL', 'XRP', 'DOGE', 'BNB', 'S&P 500', 'NASDAQ', 'GOLD', 'EUR/USD', 'USD/JPY', 'OIL'];

export default {
  name: 'finance-spam',
  kind: 'farm',
  caps: { og: true, keywords: true, jsonLd: 0.5, image: true, residue: true, blocks: [2, 3], brandCta: true },
  headings: ['Hot News', 'Market Flash'],
  path: ({ slug, rng }) => `/${rng.pick(SECTIONS)}/${slug}-${rng.int(100000, 999999)}.html`,
  linkHref: (site, slug, rng) => `${site.origin}/${rng.pick(SECTIONS)}/${slug}-${rng.int(100000, 999999)}.html`,
  render(m) {
    const rng = m.rng;
    const ticker = rng.sample(TICKERS, 6).map((t) => {
      const up = rng.chance(0.55);
      const pct = (rng.int(1, 899) / 100).toFixed(2);
      return `<li class="${up ? 'up' : 'down'}"><b>${esc(t)}</b> ${rng.int(1, 70000)}.${String(rng.int(0, 99)).padStart(2, '0')} <i>${up ? '+' : '-'}${pct}%</i></li>`;
    }).join('');
    const cta = m.brandCta
      ? `<div class="promo-banner"><a href="/go/register?ref=${rng.int(1000, 9999)}" rel="nofollow sponsored"><strong>${esc(m.brand)}</strong> &mdash; ${esc(rng.pick(['Trade 300+ assets with 0% fees', 'Claim your $100 welcome bonus', 'Get approved in 5 minutes', 'Register now and earn up to 12% APY']))}. <span class="btn">${esc(rng.pick(['Open account', 'Start now', 'Sign up', 'Claim bonus']))}</span></a></div>`
      : `<div class="promo-banner ad"><span>Advertisement</span></div>`;
    const [hot, ...rest] = m.blocks;
    const rail = (b, cls) => `      <div class="widget ${cls}">
        <div class="widget-hd"><span>${esc(b.heading)}</span></div>
        <ol>
${linkList(b.items, '          ')}
        </ol>
      </div>`;
    const updated = `Updated: ${fmt.short(m.date)} ${fmt.clock12(m.date)}`;
    return `<!DOCTYPE html>
<html lang="${esc(m.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(m.docTitle)}</title>
${headMeta(m, { twitter: rng.chance(0.5) })}
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/css/style.${rng.hex(8)}.css">
${m.ld ? ldScript(newsArticleLd(m)) : ''}
<script async src="/assets/js/analytics.js"></script>
</head>
<body class="page-article">
<div class="ticker"><ul>${ticker}</ul></div>
<header class="top">
  <div class="wrap">
    <a class="brand" href="/"><img src="/assets/img/logo.png" alt="${esc(m.site.name)}"><span>${esc(m.site.name)}</span></a>
    <nav><ul>${NAV_SETS.finance.map((n, i) => `<li><a href="/${i ? n.toLowerCase() : ''}">${esc(n)}</a></li>`).join('')}</ul></nav>
    <form class="search" action="/search"><input type="text" name="kw" placeholder="Search news, coins, stocks"></form>
  </div>
</header>
${cta}
<div class="wrap layout">
  <main class="col-main">
    <div class="article-hd">
      <h1 class="title">${esc(m.h1)}</h1>
      <div class="meta">${m.sourceLabel ? `<span class="src">${esc(m.sourceLabel)}</span>` : ''}${m.byline ? `<span class="by">${esc(m.byline)}</span>` : ''}<span class="upd">${esc(m.residue?.dateStamp ? `Date:${fmt.ymdHms(m.date)}` : updated)}</span><span class="views">${rng.int(120, 98000)} views</span></div>
    </div>
${imageHtml(m, '    ', 'pic')}
    <div class="article-body">
${paragraphsHtml(m.paragraphs, '      ')}
${creditsHtml(m.credits, '      ')}
${m.readMore ? creditsHtml([m.readMore], '      ', 'more') : ''}
    </div>
${m.residue ? `    <div class="article-ft"><div class="actions">${shareResidue(m)}</div></div>` : ''}
${m.disclaimer ? `    <div class="risk-note">${esc(m.disclaimer)}</div>` : ''}
${rest.length ? rest.map((b) => rail(b, 'more')).join('\n') : ''}
  </main>
  <aside class="col-side">
${hot ? rail(hot, 'hot') : '      <div class="widget calc"><div class="widget-hd"><span>Currency converter</span></div><input value="1"> USD = <output>0.92</output> EUR</div>'}
    <div class="widget subscribe"><p>Get the daily market brief</p><input type="email" placeholder="Your email"><button>Subscribe</button></div>
  </aside>
</div>
<footer class="foot">
  <p>${esc(m.site.name)} &copy; ${fmt.year(m.date)}. ${esc(rng.pick(['All rights reserved.', 'All Rights Reserved.']))} ${m.license ? esc(m.license) : ''}</p>
  <p class="risk">Risk warning: Trading involves significant risk of loss. The information on this website is not investment advice.</p>
  <p><a href="/about">About</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p>
</footer>
</body>
</html>
`;
  },
};
