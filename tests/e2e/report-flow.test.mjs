// Reporting in real Chromium with the built extension: "Report this site" in the reader view ->
// the draft the reader sees -> saved -> listed in the options page -> note edited -> exported as
// JSON, CSV and filter lines -> deleted (undo works) -> the JSON import restores it. Then the
// warning: a site on the reader's block list warns on navigation, the popup says why, and
// "always allow" ends the warning.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, artifactPath, readerFrame, startServer, toggleReader } from './harness.mjs';
import { actionState, countReports, launchReportBrowser, openOptions, tabIdFor, testUrl, until } from './report-harness.mjs';

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

// The provenance banner (issue 5) shows "Report this site" on a flagged page; the fixture is a
// content-farm copy the core flags, so the real button is there to click.
async function openReportDialog(frame) {
  const button = await frame.waitForSelector('[data-action="report"]', { timeout: 10000 });
  await button.click();
  await frame.waitForSelector('[data-clearsource="report-dialog"] [data-action="save-report"]', { timeout: 10000 });
}

test('report from the reader view -> options page -> exports -> delete/undo -> import restores', async () => {
  const page = await browser.context.newPage();
  const url = testUrl(server, 'www.farm.test', '/e2e/report-farm.html');
  await page.goto(url);
  await toggleReader(browser, page);
  const frame = await readerFrame(page);
  await openReportDialog(frame);

  // The reader sees everything that will be stored.
  const field = (name) => frame.textContent(`[data-clearsource="report-dialog"] [data-field="${name}"]`);
  expect(await field('url')).toBe(url);
  expect(await field('host')).toBe('www.farm.test');
  expect(await field('registrableDomain')).toBe('farm.test');
  expect(await field('title')).toContain('City council approves 40 miles of protected bike lanes');
  expect(await field('extensionVersion')).toBe('0.1.0');
  await frame.selectOption('#csr-category', 'scraped-copy');
  await frame.fill('#csr-note', 'Copied from CBS News; brand glued into the first sentence.');
  const shown = JSON.parse(await frame.textContent('[data-field="json"]'));
  expect(shown).toMatchObject({
    type: 'clearsource-report', schemaVersion: 1, source: 'banner',
    page: { url, host: 'www.farm.test', registrableDomain: 'farm.test' },
    reader: { category: 'scraped-copy', note: 'Copied from CBS News; brand glued into the first sentence.' },
  });
  // The core's analysis travels whole: verdict, signals with the exact evidence text.
  expect(['suspected-copy', 'content-farm']).toContain(shown.analysis.verdict);
  expect(shown.analysis.signals.length).toBeGreaterThan(0);
  expect(shown.analysis.signals.flatMap((s) => s.evidence).length).toBeGreaterThan(0);
  expect(await frame.$$eval('[data-clearsource="report-dialog"] .csr-evidence q', (qs) => qs.length)).toBeGreaterThan(0);
  expect(await frame.isChecked('#csr-block')).toBe(true);
  await page.screenshot({ path: artifactPath('report-dialog.png'), caret: 'initial' });
  await frame.click('[data-action="save-report"]');
  await frame.waitForSelector('form[data-saved="true"]');
  expect(await frame.textContent('.csr-status')).toContain('Saved on this computer. farm.test is now on your block list.');
  expect(await countReports(browser)).toBe(1);
  // Esc closes the dialog, not the reader view.
  await frame.press('[data-action="cancel-report"]', 'Escape');
  await frame.waitForSelector('[data-clearsource="report-dialog"]', { state: 'detached' });
  expect(await page.$('iframe[data-clearsource="view"]')).not.toBeNull();

  // "Add to my block list" was ticked: this tab now warns.
  const tabId = await tabIdFor(browser, url);
  await until(async () => (await actionState(browser, tabId)).badge === '!', { what: 'warning badge' });
  expect((await actionState(browser, tabId)).popup).toMatch(/\/popup\/popup\.html$/);

  // The options page lists it; open it, see the evidence, edit the note.
  const options = await openOptions(browser);
  await options.waitForSelector('#report-table tbody tr');
  expect(await options.$$eval('#report-table tbody tr', (rows) => rows.length)).toBe(1);
  expect(await options.textContent('#report-table tbody tr .site')).toBe('www.farm.test');
  await options.fill('#q', 'quantavault nothing-like-this');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 0);
  await options.fill('#q', 'cbs news brand');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 1);
  await options.selectOption('#f-category', 'content-farm');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 0);
  await options.selectOption('#f-category', '');
  await options.fill('#q', '');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 1);
  await options.click('#report-table tbody tr [data-action="open"]');
  await options.waitForSelector('#detail[open]');
  expect(await options.textContent('#detail [data-field="url"]')).toBe(url);
  expect(await options.textContent('#detail [data-field="signals"]')).toMatch(/Signals and evidence \(\d+\)/);
  const evidence = await options.$$eval('#detail .csr-evidence q', (qs) => qs.map((q) => q.textContent));
  expect(evidence).toEqual(shown.analysis.signals.flatMap((s) => s.evidence.map((e) => e.text)));
  await options.fill('#detail-note', 'Edited: copied from CBS News.');
  await options.click('#detail-save');
  await options.waitForFunction(() => document.getElementById('detail-status').textContent === 'Saved.');
  await options.click('#detail-close');
  expect(await options.textContent('#report-table tbody tr .note')).toBe('Edited: copied from CBS News.');
  await options.screenshot({ path: artifactPath('report-options.png'), caret: 'initial', fullPage: true });

  // Exports.
  const exported = {};
  for (const format of ['json', 'csv', 'ublacklist', 'cft', 'ubo']) {
    await options.click(`#export-buttons [data-format="${format}"]`);
    await options.waitForFunction((f) => document.getElementById('export-output').dataset.format === f, format);
    exported[format] = await options.inputValue('#export-output');
  }
  const json = JSON.parse(exported.json);
  expect(json).toMatchObject({ type: 'clearsource-reports', schemaVersion: 1, count: 1 });
  expect(json.reports[0]).toMatchObject({ page: { url }, reader: { note: 'Edited: copied from CBS News.', category: 'scraped-copy' } });
  const csvRows = exported.csv.replace(/^\ufeff/, '').trimEnd().split(/\r?\n/);  // a textarea turns CRLF into LF
  expect(csvRows).toHaveLength(2);
  expect(csvRows[1]).toContain(url);
  expect(exported.ublacklist).toContain('*://*.farm.test/*');
  expect(exported.cft).toMatch(/^farm\.test # Scraped copy(?: of [^()]+)? \(reported \d{4}-\d\d-\d\d\): Edited: copied from CBS News\.$/m);
  expect(exported.ubo).toContain('||farm.test^');
  const download = options.waitForEvent('download');
  await options.click('#export-buttons [data-format="json"]');
  await options.click('#export-download');
  const file = artifactPath('reports-export.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8')).reports[0].id).toBe(json.reports[0].id);

  // Delete, undo, delete again.
  await options.check('#report-table tbody tr input[type=checkbox]');
  await options.click('#delete-selected');
  await options.waitForSelector('#undo-bar:not([hidden])');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 0);
  expect(await countReports(browser)).toBe(0);
  await options.click('#undo-bar [data-action="undo"]');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 1);
  expect(await countReports(browser)).toBe(1);
  await options.check('#report-table tbody tr input[type=checkbox]');
  await options.click('#delete-selected');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 0);
  expect(await countReports(browser)).toBe(0);

  // Import restores it, once: importing the same file again adds nothing.
  await options.setInputFiles('#import-file', file);
  await options.waitForFunction(() => document.getElementById('import-status').dataset.added === '1');
  expect(await options.textContent('#import-status')).toContain('1 report added, 0 updated, 0 already here (of 1 in the file).');
  await options.waitForFunction(() => document.querySelectorAll('#report-table tbody tr').length === 1);
  expect(await options.textContent('#report-table tbody tr .note')).toBe('Edited: copied from CBS News.');
  await options.setInputFiles('#import-file', file);
  await options.waitForFunction(() => document.getElementById('import-status').dataset.added === '0');
  expect(await options.textContent('#import-status')).toContain('0 reports added, 0 updated, 1 already here');
  expect(await countReports(browser)).toBe(1);
  // A file that is not ours is refused with a reason.
  const junk = artifactPath('not-reports.json');
  writeFileSync(junk, JSON.stringify({ hello: 'world' }));
  await options.setInputFiles('#import-file', junk);
  await options.waitForFunction(() => /Import failed/.test(document.getElementById('import-status').textContent));
  expect(await options.textContent('#import-status')).toContain('not a Clearsource export');
  await options.close();
  await page.close();
});

test('a listed host warns on navigation; the popup says why; "always allow" ends it', async () => {
  const options = await openOptions(browser);
  await options.fill('#own-block', '# my list\nnews.test # copies other papers\nthis line is wrong\n');
  await options.click('[data-save-list="own:block"]');
  await options.waitForFunction(() => /Saved: 1 rule, 1 line not understood/.test(document.querySelector('[data-list-status="own:block"]').textContent));
  expect(await options.textContent('[data-list-errors="own:block"]')).toContain('Line 3:');

  const page = await browser.context.newPage();
  const url = testUrl(server, 'www.news.test', '/e2e/report-farm.html');
  await page.goto(url);
  const tabId = await tabIdFor(browser, url);
  await until(async () => (await actionState(browser, tabId)).badge === '!', { what: 'warning badge' });

  // Unlisted hosts do not warn, and keep click-to-toggle (no popup).
  const clean = await browser.context.newPage();
  const cleanUrl = testUrl(server, 'clean.example.test', '/e2e/report-farm.html');
  await clean.goto(cleanUrl);
  const cleanTab = await tabIdFor(browser, cleanUrl);
  await new Promise((r) => setTimeout(r, 300));
  expect(await actionState(browser, cleanTab)).toEqual({ badge: '', popup: '' });

  // The popup (the same page the toolbar shows for this tab).
  const popup = await browser.context.newPage();
  await popup.goto(browser.url(`popup/popup.html?tab=${tabId}`));
  await popup.waitForSelector('body[data-ready="true"]');
  expect(await popup.textContent('h1')).toBe('Clearsource warning');
  expect(await popup.textContent('[data-field="reasons"]')).toContain('www.news.test is on your block list (line 2: news.test # copies other papers).');
  await popup.screenshot({ path: artifactPath('report-popup.png'), caret: 'initial' });
  await popup.click('[data-action="allow"]');
  await popup.waitForFunction(() => /allow list/.test(document.querySelector('.status').textContent));
  await until(async () => (await actionState(browser, tabId)).badge === '', { what: 'warning cleared' });
  expect((await actionState(browser, tabId)).popup).toBe('');
  // Still allowed after a reload of the page.
  await page.reload();
  await new Promise((r) => setTimeout(r, 300));
  expect((await actionState(browser, tabId)).badge).toBe('');
  await Promise.all([popup.close(), page.close(), clean.close(), options.close()]);
});
