// A page whose CSS hides everything (`* { display: none !important }`), uses giant fonts, zooms,
// filters and transforms the root, targets iframes/dialogs and redefines our custom properties:
// the view must still cover the viewport, look exactly as on a normal page, and leave nothing
// behind when it closes.
import { artifactPath } from './harness.mjs';
import { axeViolations, closeViewEnv, closedReader, openPage, openReader, setStoredSettings, startViewEnv } from './view-helpers.mjs';

let env;
beforeAll(async () => {
  env = await startViewEnv();
  await setStoredSettings(env, { theme: 'light', font: 'serif', size: 20 });
});
afterAll(() => closeViewEnv(env));

async function viewLook(frame) {
  return frame.evaluate(() => {
    const p = getComputedStyle(document.querySelector('.cs-content p'));
    const h1 = getComputedStyle(document.querySelector('h1'));
    return {
      pFont: p.fontSize, pFamily: p.fontFamily, pColor: p.color, pLetter: p.letterSpacing, pDisplay: p.display,
      h1Display: h1.display, bg: getComputedStyle(document.body).backgroundColor, width: window.innerWidth, height: window.innerHeight,
    };
  });
}

test('hostile page CSS does not reach the view, and the view covers the page', async () => {
  const calm = await openPage(env, '/e2e/rich-article.html');
  const reference = await viewLook(await openReader(env, calm));
  await calm.close();

  const page = await openPage(env, '/e2e/hostile.html');
  // The page really is hostile: its own root is hidden.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).display)).toBe('none');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const frame = await openReader(env, page);
  expect(await frame.textContent('h1')).toBe('Harbour ferry timetable changes for the summer');
  const look = await viewLook(frame);
  expect(look).toEqual(reference);
  expect(look).toMatchObject({ pFont: '20px', bg: 'rgb(253, 253, 251)', width: 1200, height: 900 });

  // The frame is what is on screen: it fills the viewport at the top of the stack.
  const cover = await page.evaluate(() => {
    const f = document.querySelector('iframe[data-clearsource="view"]');
    const r = f.getBoundingClientRect();
    const hit = document.elementFromPoint(600, 450);
    return { rect: [r.x, r.y, r.width, r.height].map(Math.round), hit: hit === f || f.contains(hit) };
  });
  expect(cover.rect).toEqual([0, 0, 1200, 900]);
  expect(cover.hit).toBe(true);
  const shot = await page.screenshot({ path: artifactPath('hostile-page-view.png'), caret: 'initial' });
  expect(shot.length).toBeGreaterThan(10000);  // an article, not a blank (hidden) page
  expect(await axeViolations(frame)).toEqual([]);

  await page.keyboard.press('Escape');
  await closedReader(page);
  const after = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    display: getComputedStyle(document.documentElement).display,
    zoom: getComputedStyle(document.documentElement).zoom,
  }));
  expect(after).toEqual({ html: before, sheets: 0, display: 'none', zoom: '2' });
  await page.close();
});
