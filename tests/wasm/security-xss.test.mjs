// The XSS fixture corpus through the wasm build (what the extension runs): every vector embedded
// in a realistic article; the sanitized content is re-parsed by parse5 (an HTML5 parser
// independent of gumbo and Chromium) and judged by the allowlist oracle; the article's visible
// sentences survive.
import { loadClearsource } from '../../core/bindings/node.js';
import { LEGIT_SENTENCES, buildPage, loadVectors } from '../fixtures/xss/vectors.mjs';
import { checkElements, elementsFromHtml } from '../fixtures/xss/oracle.mjs';
import { parse } from 'parse5';

const vectors = loadVectors();
let core;
beforeAll(async () => {
  core = await loadClearsource();
});

// Text a reader sees on the page itself (parse5, scripting on like a browser tab).
function visibleText(html) {
  const hidden = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe',
    'noembed', 'noframes', 'plaintext', 'select', 'head', 'object', 'svg', 'math']);
  let text = '';
  const stack = [{ node: parse(html, { scriptingEnabled: true }), hide: false }];
  while (stack.length) {
    const { node, hide } = stack.pop();
    if (node.nodeName === '#text') {
      if (!hide) text += `${node.value} `;
      continue;
    }
    const h = hide || hidden.has(node.tagName) ||
      (node.namespaceURI && node.namespaceURI !== 'http://www.w3.org/1999/xhtml');
    const kids = node.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], hide: h });
  }
  return text.replace(/\s+/g, ' ');
}

test('the corpus has at least 100 vectors across the OWASP families', () => {
  expect(vectors.length).toBeGreaterThanOrEqual(100);
  const families = new Set(vectors.map((v) => v.family));
  for (const f of ['script', 'handler', 'url', 'srcdoc', 'base', 'meta', 'form', 'svg', 'mathml', 'css',
    'object', 'iframe', 'mxss', 'comment', 'attribute', 'unicode', 'clobber']) {
    expect(families).toContain(f);
  }
});

describe.each(vectors.map((v) => [v.id, v]))('%s', (id, vector) => {
  test('sanitized content passes the oracle and keeps the article', () => {
    const page = buildPage(vector);
    const r = core.extract(page, 'https://northbay-herald.example/local/flood-barrier');
    expect(r.ok).toBe(true);
    expect(checkElements(elementsFromHtml(r.content))).toEqual([]);
    const text = r.textContent.replace(/\s+/g, ' ');
    const visible = visibleText(page);
    for (const sentence of LEGIT_SENTENCES) {
      if (visible.includes(sentence)) expect(text).toContain(sentence);
    }
  });
});
