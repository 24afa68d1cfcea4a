// Old-school table layout (HTML 4 doctype, <font>, bgcolor, <br><br> paragraphs half the time):
// long-lived farm CMSs still render like this. No Open Graph, no JSON-LD, keywords only.

import { esc } from '../html.mjs';
import { fmt } from './common.mjs';
import { NAV_SETS } from '../names.mjs';

function list(b) {
  return b.items.map((it) => `<tr><td class="li">&middot; <a href="${esc(it.href)}" target="_blank">${esc(it.title)}</a></td></tr>`).join('\n');
}

function box(b, width) {
  return `<table width="${width}" border="0" cellspacing="0" cellpadding="3" class="box">
<tr><td class="boxtitle" bgcolor="#CC0000"><font color="#FFFFFF"><b>${esc(b.heading)}</b></font></td></tr>
${list(b)}
</table>`;
}

export default {
  name: 'table-layout',
  kind: 'farm',
  caps: { og: false, keywords: true, jsonLd: 0, image: true, residue: true, blocks: [2, 3], httpChance: 0.6 },
  headings: ['Hot News', 'Ranking'],
  path: ({ date, rng }) => (rng.chance(0.5)
    ? `/html/${fmt.year(date)}${fmt.month(date)}/${rng.int(10000, 99999)}.htm`
    : `/article.php?id=${rng.int(10000, 999999)}`),
  linkHref: (site, slug, rng, block, date) => `/html/${fmt.year(date)}${fmt.month(date)}/${rng.int(10000, 99999)}.htm`,
  render(m) {
    const rng = m.rng;
    const brMode = rng.chance(0.5);
    const body = brMode
      ? `<font size="3">${m.paragraphs.map((p) => `&nbsp;&nbsp;&nbsp;&nbsp;${esc(p)}`).join('<br><br>\n')}</font>`
      : m.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
    const credits = m.credits.map((c) => (c.href
      ? `<p>${esc(c.before)}<a href="${esc(c.href)}">${esc(c.linkText)}</a>${esc(c.after)}</p>`
      : `<p>${esc(c.text)}</p>`)).join('\n');
    const more = m.readMore ? `<p>${esc(m.readMore.before)}<a href="${esc(m.readMore.href)}">${esc(m.readMore.linkText)}</a></p>` : '';
    const [left, right, bottom] = m.blocks;
    const nav = NAV_SETS.portal.map((n, i) => `<a href="/${i ? `${n.toLowerCase()}/` : ''}"><font color="#FFFFFF">${esc(n)}</font></a>`).join(' | ');
    const when = m.residue?.dateStamp ? `Date:${fmt.ymdHms(m.date)}` : `Time: ${fmt.slash(m.date)}`;
    const info = [when, m.sourceLabel ? esc(m.sourceLabel) : 'Source: Network', m.byline ? `Author: ${esc(m.byline)}` : '', `Views: ${rng.int(100, 20000)}`].filter(Boolean).join('&nbsp;&nbsp;');
    const crumbs = m.residue?.crumbs ? `Current:<a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; Text` : `Location: <a href="/">Home</a> &gt; <a href="/news/">News</a>`;
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="${esc(m.lang)}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(m.docTitle)}</title>
${m.keywords?.length ? `<meta name="keywords" content="${esc(m.keywords.join(','))}">` : ''}
${m.description ? `<meta name="description" content="${esc(m.description)}">` : ''}
${m.canonical ? `<link rel="canonical" href="${esc(m.canonical)}">` : ''}
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<center>
<table width="980" border="0" cellspacing="0" cellpadding="0">
<tr><td height="80"><a href="/"><img src="/images/logo.gif" width="300" height="70" border="0" alt="${esc(m.site.name)}"></a></td>
<td align="right"><font size="2">${fmt.long(m.date)} | <a href="/rss.xml">RSS</a> | <a href="javascript:addFavorite()">Add to favorites</a></font></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="28">&nbsp;${nav}</td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="3" height="24"><font size="2">${crumbs}</font></td></tr>
<tr>
<td width="200" valign="top">
${left ? box(left, 200) : '<table width="200"><tr><td><b>Categories</b><br><a href="/news/">News</a><br><a href="/economy/">Economy</a></td></tr></table>'}
</td>
<td width="580" valign="top" style="padding:0 12px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center"><font size="5" color="#000066"><b>${esc(m.h1)}</b></font></td></tr>
<tr><td align="center"><font size="2" color="#666666">${info}</font></td></tr>
<tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
${m.image ? `<tr><td align="center"><img src="${esc(m.image.src)}" width="500" border="0" alt="${esc(m.image.alt)}"></td></tr>` : ''}
<tr><td class="content">
${body}
${credits}
${more}
</td></tr>
${m.residue ? `<tr><td align="right"><font size="2">${m.residue.share.split('|').map(esc).join('')}</font></td></tr>` : ''}
${m.disclaimer ? `<tr><td><font size="2" color="#999999">${esc(m.disclaimer)}</font></td></tr>` : ''}
</table>
${bottom ? box(bottom, '100%') : ''}
</td>
<td width="200" valign="top">
${right ? box(right, 200) : ''}
</td>
</tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="6"><tr><td align="center" bgcolor="#EEEEEE"><font size="2">Copyright (C) ${fmt.year(m.date)} ${esc(m.site.name)}. All Rights Reserved.${m.license ? `<br>${esc(m.license)}` : ''}</font></td></tr></table>
</center>
</body>
</html>
`;
  },
};
