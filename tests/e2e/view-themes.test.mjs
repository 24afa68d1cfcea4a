// Each theme on a fixture article in real Chromium with the extension: screenshot artifacts
// (artifacts/e2e/theme-*.png), colours actually applied, and axe-core with no serious or critical
// violation in any theme (colour contrast included).
import { artifactPath } from './harness.mjs';
import { axeViolations, closeViewEnv, openPage, openReader, setStoredSettings, startViewEnv } from './view-helpers.mjs';

let env;
beforeAll(async () => {
  env = await startViewEnv();
});
afterAll(() => closeViewEnv(env));

const THEMES = [
  { theme: 'light', scheme: 'light', bg: 'rgb(253, 253, 251)' },
  { theme: 'sepia', scheme: 'light', bg: 'rgb(244, 236, 216)' },
  { theme: 'dark', scheme: 'light', bg: 'rgb(27, 27, 29)' },
  // "Follow the system" with the system in dark mode.
  { theme: 'system', scheme: 'dark', bg: 'rgb(27, 27, 29)', name: 'system-dark' },
  { theme: 'system', scheme: 'light', bg: 'rgb(253, 253, 251)', name: 'system-light' },
];

test.each(THEMES)('theme $theme (system $scheme): screenshot, colours, axe', async ({ theme, scheme, bg, name }) => {
  await setStoredSettings(env, { theme, font: 'serif', size: 20, width: 70, lineHeight: 1.6 });
  const page = await openPage(env, '/e2e/rich-article.html');
  await page.emulateMedia({ colorScheme: scheme });
  const frame = await openReader(env, page);
  expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);
  // The image loads from the page's server into the extension's frame.
  await frame.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  expect(await frame.textContent('h1')).toBe("How the valley line's night timetable was built, one siding at a time");
  expect(await frame.textContent('.cs-reading-time')).toMatch(/^\d+ min read$/);
  await page.screenshot({ path: artifactPath(`theme-${name ?? theme}.png`), caret: 'initial' });
  expect(await axeViolations(frame)).toEqual([]);
  await page.close();
});

test.each(['sans', 'mono', 'dyslexia'])('font %s is applied from system fonts', async (font) => {
  await setStoredSettings(env, { theme: 'light', font, size: 20 });
  const page = await openPage(env, '/e2e/rich-article.html');
  const frame = await openReader(env, page);
  const style = await frame.evaluate(() => {
    const cs = getComputedStyle(document.querySelector('.cs-content p'));
    return { family: cs.fontFamily, letterSpacing: cs.letterSpacing };
  });
  const expected = { sans: /system-ui/, mono: /ui-monospace/, dyslexia: /Verdana/ }[font];
  expect(style.family).toMatch(expected);
  if (font === 'dyslexia') expect(style.letterSpacing).not.toBe('normal');
  if (font === 'dyslexia') await page.screenshot({ path: artifactPath('font-dyslexia.png'), caret: 'initial' });
  await page.close();
});
