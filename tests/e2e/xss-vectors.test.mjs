// Every XSS vector of tests/fixtures/xss through the real extension in headless Chromium.
//
// Each vector sits in a realistic article served from 127.0.0.1 with ?csp=off, so vectors on the
// page itself may run: that is the page's business, and it proves the vector is live. What we
// check is the reader view (an extension page in a frame over the page):
//   - nothing runs there: every frame gets __xss_hit / alert / confirm / prompt hooks from an init
//     script that report (with the calling frame) to the test, and a CSP-violation listener; a
//     call or a violation in the view frame or anything inside it fails the vector;
//   - the view's live DOM (Chromium's parse of the core's HTML, after the view's own DOMParser +
//     adoptNode) passes the allowlist oracle (tests/fixtures/xss/oracle.mjs);
//   - the article's sentences that the page shows as text are shown in the view;
//   - the view stays on its own URL, and after toggling back the page is byte-for-byte as before.
// A summary (how many vectors ran on the page, none in the view) goes to artifacts/e2e.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactPath, launchBrowser, readerFrame, startServer, toggleReader } from './harness.mjs';
import { LEGIT_SENTENCES, buildPage, loadVectors } from '../fixtures/xss/vectors.mjs';
import { checkElements, collectElementsInPage } from '../fixtures/xss/oracle.mjs';

const vectors = loadVectors();
const hits = [];  // { id, kind, chain: [frame URL, parent URL, ..., top URL] }
let server;
let browser;
let dir;
let extensionOrigin;
const outcomes = new Map();

function frameChain(frame) {
  const chain = [];
  for (let f = frame; f; f = f.parentFrame()) chain.push(f.url());
  return chain;
}

// Runs in every frame before the page's own scripts.
function installHooks() {
  const report = (id, kind) => {
    try {
      window.__xss_report(String(id), kind);
    } catch {
      // the binding is missing in frames Playwright does not see; nothing to report to
    }
  };
  Object.defineProperty(window, '__xss_hit', { value: (id) => report(id, 'hit'), configurable: false });
  window.alert = (m) => report(m, 'alert');
  window.confirm = (m) => report(m, 'confirm');
  window.prompt = (m) => report(m, 'prompt');
  document.addEventListener('securitypolicyviolation', (e) => {
    report(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`, 'csp');
  }, true);
}

// Text the page shows as text (outside script, style, raw-text and form elements, SVG, MathML).
function visiblePageText() {
  const hidden = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'XMP',
    'IFRAME', 'NOEMBED', 'NOFRAMES', 'PLAINTEXT', 'SELECT', 'HEAD', 'OBJECT']);
  let text = '';
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let shown = true;
    for (let p = n.parentElement; p; p = p.parentElement) {
      if (hidden.has(p.tagName.toUpperCase()) || p.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        shown = false;
        break;
      }
    }
    if (shown) text += `${n.data} `;
  }
  return text.replace(/\s+/g, ' ');
}

// What the view itself adds to the article (link targets, lazy images, scroll regions).
function withoutViewAdditions(elements) {
  const added = {
    a: { target: '_top', rel: 'noopener noreferrer' },
    img: { loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer', hidden: '' },
  };
  const regionAttrs = new Set(['tabindex', 'role', 'aria-label', 'data-cs-scroll']);
  return elements
    .filter((el) => !(el.name === 'span' && el.attrs.some((a) => a.name === 'class' && a.value === 'cs-img-missing')))
    .map((el) => ({
      ...el,
      attrs: el.attrs.filter((a) => !(added[el.name]?.[a.name] === a.value) && !regionAttrs.has(a.name)),
    }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearsource-xss-'));
  server = await startServer({ '/xss/': dir });
  const port = new URL(server.origin).port;
  for (const v of vectors) writeFileSync(join(dir, `${v.id}.html`), buildPage(v, { port }));
  // The target of the fake-player iframes: runs a script (external, so the page CSP allows it).
  writeFileSync(join(dir, 'evil-frame.js'), "__xss_hit(new URLSearchParams(location.search).get('id') + ':evil-frame');\n");
  writeFileSync(join(dir, 'evil-frame.html'), '<!doctype html><p>evil frame</p><script src="evil-frame.js"></script>');
  browser = await launchBrowser();
  extensionOrigin = `chrome-extension://${browser.extensionId}`;
  await browser.context.exposeBinding('__xss_report', ({ frame }, id, kind) => {
    hits.push({ id, kind, chain: frameChain(frame) });
  });
  await browser.context.addInitScript(installHooks);
}, 60000);

afterAll(async () => {
  const summary = { vectors: vectors.length, ranOnPage: [], ranInView: [], families: {} };
  for (const v of vectors) {
    const o = outcomes.get(v.id);
    summary.families[v.family] = (summary.families[v.family] ?? 0) + 1;
    if (o?.ranOnPage) summary.ranOnPage.push(v.id);
    if (o?.viewHits?.length) summary.ranInView.push(v.id);
  }
  writeFileSync(artifactPath('xss-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function runVector(v) {
  const page = await browser.context.newPage();
  const url = `${server.origin}/xss/${v.id}.html?csp=off`;
  const viewCspErrors = [];
  page.on('console', (m) => {
    // Only the extension's CSP mentions wasm-unsafe-eval: a violation there means page markup
    // reached the view and only the CSP stopped it.
    if (/wasm-unsafe-eval/.test(m.text())) viewCspErrors.push(m.text());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(250);  // let the page's own vectors fire
    const visible = await page.evaluate(visiblePageText);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await toggleReader(browser, page);
    const frame = await readerFrame(page);
    await page.waitForTimeout(400);  // load/error/animation events in the view
    const view = await frame.evaluate(() => ({
      url: location.href,
      text: document.querySelector('.cs-content')?.textContent ?? '',
      scripts: document.querySelectorAll('.cs-content script').length,
    }));
    const elements = await frame.evaluate(collectElementsInPage, '.cs-content');
    await toggleReader(browser, page);
    await page.waitForSelector('iframe[data-clearsource="view"]', { state: 'detached' });
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    const pageUrlAfter = page.url();
    const mine = hits.filter((h) => h.chain[h.chain.length - 1] === url);
    const viewHits = mine.filter((h) => h.chain.some((u) => u.startsWith(extensionOrigin)));
    return {
      visible, before, after, pageUrlAfter, view, elements, viewCspErrors, viewHits,
      ranOnPage: mine.some((h) => h.kind !== 'csp' && !h.chain.some((u) => u.startsWith(extensionOrigin))),
    };
  } finally {
    await page.close();
  }
}

describe('XSS vectors through the extension', () => {
  test('the corpus has at least 100 vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
  });

  test.concurrent.each(vectors.map((v) => [v.id, v]))('%s: nothing runs in the view, the article is shown', async (id, v) => {
    const o = await runVector(v);
    outcomes.set(id, o);
    expect(o.viewHits).toEqual([]);
    expect(o.viewCspErrors).toEqual([]);
    expect(o.view.url.startsWith(`${extensionOrigin}/view/view.html`)).toBe(true);
    expect(o.view.scripts).toBe(0);
    expect(checkElements(withoutViewAdditions(o.elements ?? []))).toEqual([]);
    const text = o.view.text.replace(/\s+/g, ' ');
    for (const sentence of LEGIT_SENTENCES) {
      if (o.visible.includes(sentence)) expect(text).toContain(sentence);
    }
    expect(o.pageUrlAfter).toBe(`${server.origin}/xss/${id}.html?csp=off`);
    expect(o.after).toBe(o.before);
  }, 90000);
});
