// The provenance banner in real Chromium on tests/e2e/fixtures/farm-copy.html (modelled on the
// seed case: a finance-spam copy of a CBS News story with an injected brand), with the real core.
// Screenshots: artifacts/e2e/banner*.png.
import { readerFrame, toggleReader, artifactPath } from './harness.mjs';
import { axeViolations, closeViewEnv, closedReader, openPage, openReader, setStoredSettings, startViewEnv } from './view-helpers.mjs';

const PHRASE = 'NovaTrust Coin Exchange';
const CLEAN = 'Senate approves $2 billion to repair national park trails and bridges';

let env;
beforeAll(async () => {
  env = await startViewEnv();
  await setStoredSettings(env, { theme: 'light' });
});
afterAll(() => closeViewEnv(env));

test('a content-farm copy gets the warning: sentence, likely original, top signals, marks, clean title, details', async () => {
  const page = await openPage(env, '/e2e/farm-copy.html');
  const frame = await openReader(env, page);
  const banner = await frame.waitForSelector('section.cs-provenance--warning');
  expect(['suspected-copy', 'content-farm']).toContain(await banner.getAttribute('data-verdict'));
  const sentence = await frame.textContent('.cs-prov-sentence');
  expect(sentence).toMatch(/^This page looks like a (content-farm )?copy of an article by CBS News/);
  expect(await frame.textContent('.cs-prov-original strong')).toBe('CBS News');
  const link = await frame.$eval('.cs-prov-link', (a) => ({ text: a.textContent, href: a.href, target: a.target }));
  expect(link.text).toMatch(/^(search for|open) the original$/);
  if (link.text.startsWith('search')) expect(decodeURIComponent(link.href)).toContain(CLEAN);
  const top = await frame.$$eval('.cs-prov-top > li', (lis) => lis.map((li) => li.dataset.signal));
  expect(top).toHaveLength(3);
  for (const id of ['attribution-mismatch', 'keyword-injection', 'link-farm']) expect(top).toContain(id);

  // The view shows the clean title; the injected phrase is marked where it occurs.
  expect(await frame.textContent('h1.cs-title')).toBe(CLEAN);
  expect(await frame.$$eval('.cs-prov-title mark.cs-injected', (m) => m.map((x) => x.textContent))).toEqual([PHRASE]);
  const marked = await frame.$$eval('.cs-content mark.cs-injected', (m) => m.map((x) => `${x.textContent}|${x.nextSibling?.textContent.slice(0, 6)}`));
  expect(marked[0]).toBe(`${PHRASE}|Senate`);
  const text = await frame.textContent('.cs-content');
  expect(text).toContain('approved $2 billion over five years');
  for (const junk of ['veryGood', 'Current:', 'detective series', 'Kid of the Year']) expect(text).not.toContain(junk);
  await page.screenshot({ path: artifactPath('banner.png'), caret: 'initial' });

  // Details expand every signal with its evidence.
  await frame.click('.cs-prov-details summary');
  const all = await frame.$$eval('.cs-prov-all > li', (lis) => lis.map((li) => ({ id: li.dataset.signal, evidence: li.querySelectorAll('.cs-prov-evidence li').length })));
  expect(all.length).toBeGreaterThanOrEqual(3);
  for (const s of all.filter((x) => x.id !== 'fingerprint')) expect(s.evidence).toBeGreaterThan(0);
  const evidence = await frame.textContent('.cs-prov-all');
  expect(evidence).toContain('for CBS News Digital');
  expect(evidence).toContain(`${PHRASE}Senate in the article text`);
  await page.screenshot({ path: artifactPath('banner-details.png'), caret: 'initial', fullPage: false });
  expect(await axeViolations(frame)).toEqual([]);
  await page.close();
});

test('the banner in the dark theme passes axe too', async () => {
  await setStoredSettings(env, { theme: 'dark' });
  const page = await openPage(env, '/e2e/farm-copy.html');
  const frame = await openReader(env, page);
  await frame.waitForSelector('section.cs-provenance--warning');
  await page.screenshot({ path: artifactPath('banner-dark.png'), caret: 'initial' });
  expect(await axeViolations(frame)).toEqual([]);
  await setStoredSettings(env, { theme: 'light' });
  await page.close();
});

test('"Report this site" dispatches clearsource:report with the view token', async () => {
  const page = await openPage(env, '/e2e/farm-copy.html');
  const frame = await openReader(env, page);
  const token = await page.$eval('iframe[data-clearsource="view"]', (f) => new URL(f.src).searchParams.get('t'));
  await frame.evaluate(() => {
    window.__reports = [];
    document.addEventListener('clearsource:report', (e) => window.__reports.push(e.detail));
  });
  await frame.click('[data-action="report"]');
  expect(await frame.evaluate(() => window.__reports)).toEqual([{ token }]);
  // Whatever the reporting feature opens, Esc inside it must not leave the reader view.
  const dialogOpen = await frame.waitForFunction(() => [...document.querySelectorAll('[data-clearsource="report-dialog"]')]
    .some((h) => h.shadowRoot?.querySelector('dialog[open]')), null, { timeout: 5000 }).then(() => true, () => false);
  if (dialogOpen) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await page.$('iframe[data-clearsource="view"]')).not.toBeNull();
  }
  await page.close();
});

test('hiding the warning is remembered for the site, and can be undone', async () => {
  const page = await openPage(env, '/e2e/farm-copy.html');
  let frame = await openReader(env, page);
  await frame.click('[data-action="dismiss-banner"]');
  await frame.waitForSelector('.cs-provenance--hidden');
  expect(await frame.$$('mark.cs-injected')).toHaveLength(0);
  expect(await frame.textContent('h1.cs-title')).toBe(CLEAN);  // the clean title stays
  await page.keyboard.press('Escape');
  await closedReader(page);

  await page.reload();
  await toggleReader(env.browser, page);
  frame = await readerFrame(page);
  expect(await frame.textContent('.cs-provenance--hidden')).toContain('Source warning hidden for 127.0.0.1.');
  await frame.click('[data-action="show-banner"]');
  await frame.waitForSelector('section.cs-provenance--warning');
  expect(await frame.$$('.cs-content mark.cs-injected')).toHaveLength(1);
  await page.keyboard.press('Escape');
  await closedReader(page);
  await page.reload();
  await toggleReader(env.browser, page);
  frame = await readerFrame(page);
  await frame.waitForSelector('section.cs-provenance--warning');
  await page.close();
});

test('an original article gets no banner', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  const frame = await openReader(env, page);
  expect(await frame.$('.cs-provenance')).toBeNull();
  expect(await frame.$eval('.cs-banner-host', (h) => h.hidden)).toBe(true);
  await page.close();
});
