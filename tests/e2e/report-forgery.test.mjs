// A page cannot forge, trigger or read reports. Real Chromium, the built extension, a strict-CSP
// page: its scripts try chrome.runtime.sendMessage, postMessage into the reader view, framing the
// view themselves; a content-script-world script replays a perfectly valid save message; a script
// in the view clicks Save programmatically. Nothing is stored, nothing is answered, and the
// same valid message from the reader view frame (the control) is accepted.
import { join } from 'node:path';
import { ROOT, inWorker, readerFrame, startServer, toggleReader } from './harness.mjs';
import { countReports, launchReportBrowser, openOptions, tabIdFor, testUrl } from './report-harness.mjs';

let server;
let browser;

beforeAll(async () => {
  server = await startServer({ '/e2e/': join(ROOT, 'tests', 'e2e', 'fixtures') });
  browser = await launchReportBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openDialog(frame) {
  await frame.evaluate(() => document.dispatchEvent(new CustomEvent('clearsource:report', {
    detail: { token: new URLSearchParams(location.search).get('t') },
  })));
  await frame.waitForSelector('[data-clearsource="report-dialog"] [data-action="save-report"]');
  return JSON.parse(await frame.textContent('[data-field="json"]'));
}

test('page scripts, content scripts and synthetic clicks cannot save or read reports', async () => {
  const page = await browser.context.newPage();
  const url = testUrl(server, 'www.forger.test', '/e2e/report-farm.html');
  await page.goto(url);
  await toggleReader(browser, page);
  const frame = await readerFrame(page);
  const token = await frame.evaluate(() => new URLSearchParams(location.search).get('t'));
  const draft = await openDialog(frame);
  const saveMessage = { type: 'view->bg:report-save', token, report: draft, addToBlockList: true };

  // 1. The page's own scripts have no extension messaging at all.
  const fromPage = await page.evaluate(async ({ id, message }) => {
    const out = { runtime: typeof globalThis.chrome?.runtime?.sendMessage, storage: typeof globalThis.chrome?.storage };
    try {
      await globalThis.chrome.runtime.sendMessage(id, message);
      out.sent = 'sent';
    } catch (err) {
      out.sent = `refused: ${err.constructor.name}`;
    }
    return out;
  }, { id: browser.extensionId, message: saveMessage });
  expect(fromPage).toEqual({ runtime: 'undefined', storage: 'undefined', sent: 'refused: TypeError' });

  // 2. postMessage: to the page's window (where the content script listens), into the view
  //    frame, and into a copy of the view the page frames itself with the same token. Plus the
  //    report event on the page's own document.
  await page.evaluate(({ message, viewUrl }) => {
    const view = document.querySelector('iframe[data-clearsource="view"]');
    const payloads = [message, { ...message, type: 'clearsource:report' }, { type: 'clearsource:view->cs:close' }, JSON.stringify(message)];
    for (const p of payloads) {
      window.postMessage(p, '*');
      view.contentWindow.postMessage(p, '*');
    }
    document.dispatchEvent(new CustomEvent('clearsource:report', { detail: { token: message.token } }));
    const own = document.createElement('iframe');
    own.id = 'forged-view';
    own.src = viewUrl;
    own.addEventListener('load', () => { for (const p of payloads) own.contentWindow.postMessage(p, '*'); });
    document.body.append(own);
  }, { message: saveMessage, viewUrl: browser.url(`view/view.html?t=${token}`) });
  await sleep(1500);
  expect(await countReports(browser)).toBe(0);
  const forged = await (await page.$('#forged-view')).contentFrame();
  expect(await forged.$('[data-clearsource="report-dialog"]')).toBeNull();  // no dialog opened there

  // 3. A script in the content-script world replays the exact valid messages: no answer.
  const tabId = await tabIdFor(browser, url);
  const replies = await inWorker(browser, async ({ tab, messages }) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab },
      func: async (list) => Promise.all(list.map((m) => chrome.runtime.sendMessage(m)
        .then((reply) => ({ type: m.type, reply: reply ?? null }))
        .catch((err) => ({ type: m.type, error: err.message })))),
      args: [messages],
    });
    return injection.result;
  }, {
    tab: tabId,
    messages: [
      saveMessage,
      { type: 'popup->bg:report-save', token, report: draft },
      { type: 'options->bg:reports-import', text: JSON.stringify({ type: 'clearsource-reports', schemaVersion: 1, reports: [draft] }) },
      { type: 'options->bg:reports-query', query: {} },
      { type: 'options->bg:list-save', id: 'own:allow', text: 'forger.test' },
      { type: 'popup->bg:allow-site', tabId },
    ],
  });
  expect(replies.map((r) => r.type)).toHaveLength(6);  // the script ran and every send settled
  for (const r of replies) expect(r.reply ?? null).toBeNull();
  expect(await countReports(browser)).toBe(0);
  expect(await inWorker(browser, async () => (await globalThis.clearsourceReports.lists.getOwn('own:allow')).text)).toBe('');

  // 4. The page cannot see the extension's database (another origin).
  const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(dbs).not.toContain('clearsource');

  // 5. A programmatic click on Save (not the reader's) does nothing, even once the button is enabled.
  await frame.waitForSelector('[data-action="save-report"]:not([disabled])');
  await frame.evaluate(() => {
    const root = document.querySelector('[data-clearsource="report-dialog"]').shadowRoot;
    const save = root.querySelector('[data-action="save-report"]');
    save.click();
    save.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    root.querySelector('form').requestSubmit();
  });
  await sleep(500);
  expect(await countReports(browser)).toBe(0);

  // 6. Another extension page may not use the view's direction either.
  const options = await openOptions(browser);
  const wrongDirection = await options.evaluate((m) => chrome.runtime.sendMessage(m).then((r) => r ?? null, (e) => e.message), saveMessage);
  expect(typeof wrongDirection === 'string' || wrongDirection === null).toBe(true);
  expect(await countReports(browser)).toBe(0);

  // 7. Control: the same message from the reader view frame is accepted; a tampered one is not.
  const tampered = structuredClone(draft);
  tampered.analysis.verdict = 'content-farm';
  tampered.analysis.signals = [{ id: 'made-up', weight: 1, message: 'forged evidence', evidence: [{ text: 'x', where: 'title' }] }];
  const refused = await frame.evaluate((m) => chrome.runtime.sendMessage(m), { ...saveMessage, report: tampered, addToBlockList: false });
  expect(refused).toMatchObject({ ok: false, error: { code: 'draft-mismatch' } });
  expect(await countReports(browser)).toBe(0);
  // ...and a real click saves.
  await frame.click('[data-action="save-report"]');
  await frame.waitForSelector('form[data-saved="true"]');
  expect(await countReports(browser)).toBe(1);
  await options.close();
  await page.close();
});
