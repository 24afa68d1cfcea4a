// Privacy: with default settings the extension makes no network request of its own while it
// extracts, analyses and reports. Two independent records:
//   1. Chromium runs behind a logging proxy (loopback not bypassed), so every HTTP(S) request
//      that leaves the browser, whoever made it, is seen;
//   2. Playwright's request events say who made each one (page frame, the view frame or a frame
//      inside it, or the extension's service worker).
// How article images are treated: the reader view shows the article's own images, so it loads
// image URLs taken from the page's markup. Those are the page's resources, not ours; the test
// allows the view exactly the URLs the page itself already requested (same host, same URL),
// and nothing else. The service worker may make no http(s) request at all, from install to the
// end, and no request may go to a host the page did not contact itself. Two things Chromium does
// on its own are not ours: the tab's favicon for a page host, and its Google account/update
// checks (the shipped extension never names those hosts; asserted).
import { createServer, request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, readerFrame, startServer, toggleReader } from './harness.mjs';
import { countReports, launchReportBrowser, openOptions, testUrl } from './report-harness.mjs';

let server;
let proxy;
let browser;
let dir;
const proxied = [];  // every request that reached the proxy: { url, at }
const observed = [];  // Playwright request events: { url, by, chain, at }

// A logging HTTP proxy. Requests for the test hosts (*.test, 127.0.0.1) are forwarded to the
// local server; anything else is logged and refused (there is no internet here anyway).
async function startProxy(targetPort) {
  const srv = createServer((req, res) => {
    proxied.push({ url: req.url, at: Date.now() });
    let target;
    try {
      target = new URL(req.url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!(target.hostname.endsWith('.test') || target.hostname === '127.0.0.1')) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('not on the test network');
      return;
    }
    const upstream = httpRequest({
      host: '127.0.0.1', port: targetPort, method: req.method, path: target.pathname + target.search,
      headers: { ...req.headers, host: target.host },
    }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  srv.on('connect', (req, socket) => {
    proxied.push({ url: `CONNECT ${req.url}`, at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { port: srv.address().port, close: () => new Promise((r) => srv.close(r)) };
}

function frameChain(frame) {
  const chain = [];
  for (let f = frame; f; f = f.parentFrame()) chain.push(f.url());
  return chain;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearsource-privacy-'));
  const png = readFileSync(join(ROOT, 'tests', 'e2e', 'fixtures', 'night-train.png'));
  writeFileSync(join(dir, 'harbour.png'), png);
  writeFileSync(join(dir, 'gates.png'), png);
  const para = (text) => `<p>${text} The harbour authority said the work would be phased so that the fishing fleet could keep landing its catch, and that residents would be told of road closures a week ahead.</p>`;
  writeFileSync(join(dir, 'article.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour gates go out to tender | The Northbay Herald</title>
<meta property="og:site_name" content="The Northbay Herald"><meta name="author" content="Ilse Marchetti">
<link rel="canonical" href="http://news.test/local/harbour-gates">
</head><body><header><a href="/">The Northbay Herald</a></header><main><article>
<h1>Harbour gates go out to tender</h1>
${para('Northbay council has invited bids for the steel gates of the new flood barrier.')}
<figure><img src="/privacy/harbour.png" alt="The old harbour at low tide" width="800" height="450"><figcaption>The old harbour at low tide.</figcaption></figure>
${para('Three consortia are expected to bid, two of them with experience of similar barriers abroad.')}
<figure><img src="http://photos.cdn.test/privacy/gates.png" alt="A model of the gates" width="800" height="450"><figcaption>A model of the gates (photo agency).</figcaption></figure>
${para('The winning bid will be announced in the autumn after an independent cost review.')}
${para('Councillors will also publish the maintenance plan that opponents of the barrier asked for.')}
</article></main><footer>© 2025 The Northbay Herald</footer></body></html>`);
  server = await startServer({
    '/privacy/': dir,
    '/e2e/': join(ROOT, 'tests', 'e2e', 'fixtures'),
  });
  proxy = await startProxy(new URL(server.origin).port);
  browser = await launchReportBrowser({
    hostMap: false,  // every name goes to the proxy, which maps the test hosts itself
    extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });
  const record = (req) => {
    const worker = req.serviceWorker();
    const frame = worker ? null : req.frame();
    observed.push({
      url: req.url(),
      by: worker ? `worker:${worker.url()}` : 'frame',
      chain: frame ? frameChain(frame) : [],
      at: Date.now(),
    });
  };
  browser.context.on('request', record);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Hosts Chromium itself contacts (account and update checks), whatever the extension does.
const CHROMIUM_HOSTS = /^CONNECT (accounts\.google\.com|[a-z0-9.-]+\.googleapis\.com|[a-z0-9.-]+\.gvt1\.com|clients\d*\.google\.com|www\.google\.com|[a-z0-9.-]+\.gstatic\.com):443$/;

function listFiles(root) {
  const out = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

const isNetwork = (url) => /^https?:/i.test(url) || url.startsWith('CONNECT ');

test('extracting, analysing and reporting make no network request of the extension\'s own', async () => {
  const ext = `chrome-extension://${browser.extensionId}`;
  const fromView = (o) => o.chain.some((u) => u.startsWith(ext));

  // The page loads on its own first: what it fetches is the page's business.
  const page = await browser.context.newPage();
  const url = testUrl(server, 'news.test', '/privacy/article.html?csp=off');
  await page.goto(url, { waitUntil: 'networkidle' });
  const pageOwn = new Set(observed.filter((o) => !fromView(o) && o.by === 'frame').map((o) => o.url));
  expect(pageOwn.has('http://photos.cdn.test/privacy/gates.png')).toBe(true);  // a third-party host
  const t0 = Date.now();

  // Extract + analyse (the toolbar action), show the view, let its images load.
  await toggleReader(browser, page);
  const frame = await readerFrame(page);
  expect(await frame.textContent('.cs-content')).toContain('Three consortia are expected to bid');
  // The view lazy-loads images: bring each into view so all of them are fetched.
  for (const img of await frame.$$('.cs-content img')) await img.scrollIntoViewIfNeeded();
  await frame.waitForFunction(() => [...document.querySelectorAll('.cs-content img')].every((i) => i.complete));
  await page.waitForTimeout(500);
  await toggleReader(browser, page);
  await page.waitForSelector('iframe[data-clearsource="view"]', { state: 'detached' });

  // Report: a flagged copy -> "Report this site" -> saved on this computer, listed in options.
  const farm = await browser.context.newPage();
  const farmUrl = testUrl(server, 'www.farm.test', '/e2e/report-farm.html');
  await farm.goto(farmUrl, { waitUntil: 'networkidle' });
  for (const o of observed.filter((x) => x.at >= t0 && x.by === 'frame' && !fromView(x))) pageOwn.add(o.url);
  const t1 = Date.now();
  await toggleReader(browser, farm);
  const farmView = await readerFrame(farm);
  await (await farmView.waitForSelector('[data-action="report"]', { timeout: 10000 })).click();
  await farmView.waitForSelector('[data-clearsource="report-dialog"] [data-action="save-report"]');
  await farmView.click('[data-action="save-report"]');
  await farmView.waitForSelector('form[data-saved="true"]');
  expect(await countReports(browser)).toBe(1);
  const options = await openOptions(browser);
  await options.waitForSelector('#report-table tbody tr');
  await options.waitForTimeout(500);
  const t2 = Date.now();

  // 1. The service worker made no http(s) request, ever (install, lists, extraction, reports).
  const workerRequests = observed.filter((o) => o.by.startsWith('worker:') && isNetwork(o.url));
  expect(workerRequests).toEqual([]);

  // 2. Extension pages (the view and what it holds, options) fetched only what the page itself
  //    had fetched: the article's images.
  const extensionPageRequests = observed.filter((o) => o.at >= t0 && (fromView(o) || o.chain.some((u) => u.startsWith(`${ext}/options`))) && isNetwork(o.url));
  expect(extensionPageRequests.filter((o) => !pageOwn.has(o.url))).toEqual([]);
  expect(extensionPageRequests.length).toBeGreaterThan(0);  // the images were shown

  // 3. The pages made no new request while the extension worked on them (content script).
  const pagesDuring = observed.filter((o) => o.by === 'frame' && !fromView(o) && isNetwork(o.url) &&
    ((o.at >= t0 && o.at < t1 - 1 && o.chain.at(-1) === url) || (o.at >= t1 && o.chain.at(-1) === farmUrl)));
  expect(pagesDuring.filter((o) => !pageOwn.has(o.url))).toEqual([]);

  // 4. Everything that left the browser during the work went to what the pages had requested,
  //    to the pages' favicons (the browser's tab strip), or to Chromium's own Google services
  //    (sign-in checks), which the extension never names (checked statically below).
  const left = proxied.filter((p) => p.at >= t0 && p.at <= t2);
  const favicon = (u) => /^http:\/\/[^/]+\/favicon\.ico$/.test(u) &&
    [...pageOwn].some((own) => new URL(own).host === new URL(u).host);
  const browserOwn = (u) => CHROMIUM_HOSTS.test(u);
  expect(left.filter((p) => !pageOwn.has(p.url) && !favicon(p.url) && !browserOwn(p.url))).toEqual([]);
  const shipped = listFiles(EXTENSION_DIR).filter((f) => /\.(m?js|html|json)$/.test(f))
    .map((f) => readFileSync(f, 'utf8')).join('\n');
  // (The public-suffix data lists googleapis.com as a suffix; a URL would have "//" before it.)
  expect(shipped).not.toMatch(/\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)/);
  await Promise.all([page.close(), farm.close(), options.close()]);
});
