// Sending is optional and explicit: with an HTTPS endpoint configured, "Send…" shows the exact
// body; Cancel sends nothing; Send posts exactly that body (no cookies, no redirects). A local
// HTTPS server with a throwaway self-signed certificate stands in for a list maintainer's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inWorker } from './harness.mjs';
import { exportText, makeReports } from './report-data.mjs';
import { launchReportBrowser, openOptions } from './report-harness.mjs';

let haveOpenssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  haveOpenssl = false;
}
const maybe = haveOpenssl ? test : test.skip;

let browser;
let endpoint;
let dir;
const received = [];

beforeAll(async () => {
  if (!haveOpenssl) return;
  dir = mkdtempSync(join(tmpdir(), 'clearsource-send-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=endpoint.test',
    '-addext', 'subjectAltName=DNS:endpoint.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(req.method === 'OPTIONS' ? 204 : 202, {
        'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST',
      });
      res.end();
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  endpoint = { url: `https://endpoint.test:${server.address().port}/submit`, close: () => new Promise((r) => server.close(r)) };
  // The certificate is self-signed for this test only.
  browser = await launchReportBrowser({ extraArgs: ['--ignore-certificate-errors'] });
});

afterAll(async () => {
  await browser?.close();
  await endpoint?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

maybe('nothing is sent until the reader confirms the exact JSON; then exactly that is sent', async () => {
  const options = await openOptions(browser);
  const [report] = makeReports(1, { seed: 5 });
  await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'options->bg:reports-import', text }), exportText([report]));
  await options.reload();
  await options.waitForSelector('body[data-ready="true"]');

  // No endpoint: no Send button anywhere, and the background refuses a preview.
  await options.click('#report-table tbody tr [data-action="open"]');
  expect(await options.isHidden('#detail-send')).toBe(true);
  await options.click('#detail-close');
  const refused = await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'options->bg:send-preview', ids: [id] }), report.id);
  expect(refused).toMatchObject({ ok: false, error: { code: 'no-endpoint' } });

  // Only HTTPS endpoints.
  await options.fill('#endpoint', 'http://endpoint.test/submit');
  await options.click('#endpoint-form button');
  await options.waitForFunction(() => /HTTPS/.test(document.getElementById('settings-status').textContent));
  await options.fill('#endpoint', endpoint.url);
  await options.click('#endpoint-form button');
  await options.waitForFunction(() => /each time after you confirm/.test(document.getElementById('settings-status').textContent));

  // Preview, then Cancel: nothing leaves.
  await options.click('#report-table tbody tr [data-action="open"]');
  await options.click('#detail-send');
  await options.waitForSelector('#send[open]');
  const shown = await options.textContent('#send-body');
  expect(JSON.parse(shown)).toEqual({ type: 'clearsource-reports', schemaVersion: 1, extensionVersion: '0.1.0', count: 1, reports: [report] });
  expect(await options.textContent('#send-endpoint')).toBe(endpoint.url);
  await options.screenshot({ path: join(process.cwd(), 'artifacts', 'e2e', 'report-send-preview.png'), caret: 'initial' });
  await options.click('#send-cancel');
  await new Promise((r) => setTimeout(r, 500));
  expect(received).toEqual([]);

  // A body that is not the one shown is refused (the note changed after the preview).
  const stale = await options.evaluate(async ({ id, url, body }) => {
    await chrome.runtime.sendMessage({ type: 'options->bg:report-update', id, note: 'changed after the preview' });
    return chrome.runtime.sendMessage({ type: 'options->bg:send', ids: [id], endpoint: url, body });
  }, { id: report.id, url: endpoint.url, body: shown });
  expect(stale).toMatchObject({ ok: false, error: { code: 'preview-changed' } });
  expect(received).toEqual([]);

  // Preview again and confirm: exactly the previewed bytes, POSTed once, without cookies.
  await options.click('#detail-send');
  await options.waitForSelector('#send[open]');
  const body = await options.textContent('#send-body');
  expect(body).toContain('changed after the preview');
  await options.click('#send-confirm');
  await options.waitForFunction(() => /Sent: the server answered 202/.test(document.getElementById('send-status').textContent));
  const posts = received.filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0].url).toBe('/submit');
  expect(posts[0].body).toBe(body);
  expect(posts[0].headers['content-type']).toBe('application/json');
  expect(posts[0].headers.cookie).toBeUndefined();
  expect(await inWorker(browser, () => globalThis.clearsourceReports.reportSettings.get())).toEqual({ autoCheck: false, endpoint: endpoint.url, rememberArticles: true });
  await options.close();
});
