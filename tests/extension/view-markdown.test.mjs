/**
 * @jest-environment jsdom
 */
// Copy as Markdown: the article DOM as the view renders it -> CommonMark (+ GitHub tables).
import { articleToMarkdown, escapeText } from '../../extension/view/markdown.js';
import { buildStandaloneHtml, fileNameFor, inlineImages } from '../../extension/view/export.js';

function content(html) {
  const div = document.createElement('div');
  div.className = 'cs-content';
  div.innerHTML = html;
  return div;
}

test('headings, paragraphs, emphasis, links, images, lists, quotes, code and tables', () => {
  const md = articleToMarkdown({ title: 'Night *trains*', byline: 'Mara', siteName: 'Courier', date: 'March 14, 2026', url: 'https://x.example/a' }, content(`
    <p>The <strong>overnight</strong> train, <em>finally</em>, see <a href="https://x.example/t (1)">the timetable</a>.</p>
    <h2>Tickets</h2>
    <ul><li>Seat: 29</li><li>Bed: 59<ul><li>shared</li></ul></li></ul>
    <ol start="3"><li>third</li><li>fourth</li></ol>
    <blockquote><p>Quoted line one.</p><p>Line two.</p></blockquote>
    <figure><img src="https://x.example/i.png" alt="A [carriage]"><figcaption>Caption here</figcaption></figure>
    <pre><code class="language-js">if (a < b) { return \`x\`; }</code></pre>
    <p>Inline <code>a*b</code> and a break<br>here.</p>
    <table><caption>Times</caption><tr><th>Route</th><th>Time</th></tr><tr><td>A | B</td><td>8h</td></tr></table>
    <p>1. Not a list, # not a heading, * not a bullet</p>`));
  expect(md).toContain('# Night \\*trains\\*\n\nMara · Courier · March 14, 2026\n\nSource: <https://x.example/a>');
  expect(md).toContain('The **overnight** train, *finally*, see [the timetable](https://x.example/t%20%281%29).');
  expect(md).toContain('## Tickets');
  expect(md).toContain('- Seat: 29\n- Bed: 59');
  expect(md).toMatch(/ {2}- shared/);
  expect(md).toContain('3. third\n4. fourth');
  expect(md).toContain('> Quoted line one.\n>\n> Line two.');
  expect(md).toContain('![A \\[carriage\\]](https://x.example/i.png)');
  expect(md).toContain('*Caption here*');
  expect(md).toContain('```js\nif (a < b) { return `x`; }\n```');
  expect(md).toContain('Inline `a*b` and a break  \nhere.');
  expect(md).toContain('*Times*\n\n| Route | Time |\n| --- | --- |\n| A \\| B | 8h |');
  expect(md).toContain('1\\. Not a list, # not a heading, \\* not a bullet');
  expect(md.endsWith('\n')).toBe(true);
  expect(md).not.toMatch(/\n{3,}/);
});

test('marks and dropped blocks the view added are not part of the export', () => {
  const md = articleToMarkdown({}, content('<p>The <mark class="cs-injected">Brand</mark>Senate voted.</p><div class="cs-dropped"><p>sidebar text</p></div>'));
  expect(md).toBe('The BrandSenate voted.\n');
});

test('escapeText leaves ordinary prose alone', () => {
  expect(escapeText('It cost 29 credits - cheap.')).toBe('It cost 29 credits - cheap.');
});

test('file names from titles', () => {
  expect(fileNameFor('Night trains: return to the “valley” line!', 'html')).toBe('Night-trains-return-to-the-valley-line.html');
  expect(fileNameFor('', 'md')).toBe('article.md');
  expect(fileNameFor('中文标题', 'html')).toBe('中文标题.html');
});

test('saved HTML: one file, stylesheet inlined, CSP that runs nothing, images inlined when readable', async () => {
  document.body.innerHTML = '';
  const article = document.createElement('article');
  article.className = 'cs-article';
  article.innerHTML = '<header><h1 class="cs-title">T <mark class="cs-injected">X</mark></h1><button>Show</button></header>'
    + '<div class="cs-content"><p>Body</p><img src="https://img.example/a.png" alt=""><img src="https://img.example/missing.png" alt=""></div>';
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const fetchImpl = async (url) => (url.endsWith('a.png')
    ? { ok: true, blob: async () => new Blob([png], { type: 'image/png' }) }
    : { ok: false });
  const html = await buildStandaloneHtml(article, { title: 'T & <X>', url: 'https://news.example/a?b=1&c=2', css: 'body{color:red}', lang: 'en', theme: 'dark', font: 'serif', fetchImpl });
  expect(html).toMatch(/^<!doctype html>\n<html lang="en" data-theme="dark" data-font="serif">/);
  expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data: https: http:; style-src \'unsafe-inline\'');
  expect(html).toContain('<title>T &amp; &lt;X&gt;</title>');
  expect(html).toContain('body{color:red}');
  expect(html).toContain('src="data:image/png;base64,iVBORw=="');
  expect(html).toContain('src="https://img.example/missing.png"');
  expect(html).not.toContain('<button');
  expect(html).not.toContain('<mark');
  expect(html).toContain('Saved from <a href="https://news.example/a?b=1&amp;c=2">');
  expect(article.querySelector('mark')).not.toBeNull();  // the live view is untouched
});

test('inlineImages respects the size caps', async () => {
  const div = content('<img src="https://img.example/big.jpg">');
  const fetchImpl = async () => ({ ok: true, blob: async () => ({ type: 'image/jpeg', size: 50 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) }) });
  expect(await inlineImages(div, { fetchImpl })).toEqual({ inlined: 0, bytes: 0 });
  expect(div.querySelector('img').getAttribute('src')).toBe('https://img.example/big.jpg');
});
