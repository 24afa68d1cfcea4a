/**
 * @jest-environment jsdom
 */
// Settings schema, validation and application; reading-time table and counting.
import {
  DEFAULT_SETTINGS, FONTS, MAX_DISMISSED_SITES, RANGES, THEMES, THEME_COLORS, applySettings, normalizeSettings,
  resolveTheme, siteKey, updateDismissedSites,
} from '../../extension/shared/settings.js';
import { READING_SPEEDS } from '../../extension/view/reading-speeds.js';
import { countText, formatReadingTime, primaryLang, readingTime } from '../../extension/view/reading-time.js';

describe('settings', () => {
  test('the schema offers the four themes and four fonts the issue asks for', () => {
    expect(THEMES).toEqual(['light', 'sepia', 'dark', 'system']);
    expect(FONTS).toEqual(['serif', 'sans', 'mono', 'dyslexia']);
    for (const t of ['light', 'sepia', 'dark']) expect(THEME_COLORS[t].background).toMatch(/^#[0-9a-f]{6}$/);
  });

  test('normalize: defaults for missing or junk input, unknown keys dropped, numbers clamped to the step', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
    const n = normalizeSettings({ theme: 'dark', font: 'comic', size: 99, width: '62', lineHeight: 1.33, evil: 1, iconHint: 'no' });
    expect(n).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', size: RANGES.size.max, width: 60, lineHeight: 1.3 });
    expect(normalizeSettings({ size: -5 }).size).toBe(RANGES.size.min);
    expect(normalizeSettings({ lineHeight: 1.2 + 0.1 }).lineHeight).toBe(1.3);
    expect(normalizeSettings({ size: NaN }).size).toBe(DEFAULT_SETTINGS.size);
    expect(normalizeSettings({ iconHint: false }).iconHint).toBe(false);
  });

  test('apply: data attributes and custom properties on the root, synchronously', () => {
    const root = document.documentElement;
    const s = applySettings(root, { theme: 'sepia', font: 'dyslexia', size: 24, width: 80, lineHeight: 1.8 });
    expect(s.theme).toBe('sepia');
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('dyslexia');
    expect(root.style.getPropertyValue('--cs-size')).toBe('24px');
    expect(root.style.getPropertyValue('--cs-width')).toBe('40em');
    expect(root.style.getPropertyValue('--cs-leading')).toBe('1.8');
  });

  test('system theme follows the colour-scheme preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(resolveTheme('nonsense', true)).toBe('light');
  });

  test('site keys are host names without www, only for web pages', () => {
    expect(siteKey('https://www.Example.com/a?b#c')).toBe('example.com');
    expect(siteKey('http://news.example.co.uk/')).toBe('news.example.co.uk');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });
});

describe('dismissed sites', () => {
  test('recording keeps the newest entries up to the cap and drops what storage mangled', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DISMISSED_SITES + 20 }, (_, i) => [`s${i}.example`, i + 1]));
    many['bad.example'] = 'yesterday';
    const kept = updateDismissedSites(many, 'new.example', true, 1e9);
    expect(Object.keys(kept)).toHaveLength(MAX_DISMISSED_SITES);
    expect(Object.keys(kept)[0]).toBe('new.example');
    expect(kept['s0.example']).toBeUndefined();
    expect(kept['bad.example']).toBeUndefined();
  });
  test('clearing removes the site; junk in storage starts an empty map', () => {
    expect(updateDismissedSites({ 'a.example': 5, 'b.example': 6 }, 'a.example', false)).toEqual({ 'b.example': 6 });
    expect(updateDismissedSites(['x'], 'a.example', true, 7)).toEqual({ 'a.example': 7 });
    expect(updateDismissedSites(null, 'a.example', false)).toEqual({});
  });
});

describe('reading speeds table', () => {
  test('every entry has a unit, a plausible rate and a reason', () => {
    for (const [lang, entry] of Object.entries(READING_SPEEDS)) {
      expect(lang).toMatch(/^[a-z]{2,3}$/);
      expect(['word', 'char']).toContain(entry.unit);
      expect(entry.rate).toBeGreaterThan(100);
      expect(entry.rate).toBeLessThan(500);
      expect(entry.why.length).toBeGreaterThan(10);
    }
    expect(READING_SPEEDS.zh.unit).toBe('char');
    expect(READING_SPEEDS.ja.unit).toBe('char');
  });
});

describe('reading time', () => {
  test('English: words at 238 a minute', () => {
    const r = readingTime('word '.repeat(238 * 4), 'en');
    expect(r).toMatchObject({ minutes: 4, words: 952, chars: 0 });
    expect(formatReadingTime(r)).toBe('4 min read');
  });
  test('German reads fewer words a minute than English', () => {
    const text = 'Wort '.repeat(1000);
    expect(readingTime(text, 'de-DE').minutesExact).toBeGreaterThan(readingTime(text, 'en').minutesExact);
  });
  test('Chinese and Japanese are counted by characters, at their own rates', () => {
    const zh = readingTime('中'.repeat(266 * 3), 'zh-CN');
    expect(zh).toMatchObject({ minutes: 3, words: 0, chars: 798 });
    const ja = readingTime('ひらがなと漢字'.repeat(160), 'ja');
    expect(ja.chars).toBe(1120);
    expect(ja.minutes).toBe(3);
  });
  test('CJK inside another language counts as characters; punctuation and digits behave', () => {
    const c = countText('Premier 李强 met officials in Beijing, 2026.', 'en');
    expect(c.chars).toBe(2);
    expect(c.words).toBe(6);
  });
  test('Thai (no spaces) is split into words by the segmenter', () => {
    expect(countText('ภาษาไทยเป็นภาษาที่ไม่มีช่องว่าง', 'th').words).toBeGreaterThan(3);
  });
  test('no text, no time; unknown language uses the English rate', () => {
    expect(readingTime('', 'en').minutes).toBe(0);
    expect(formatReadingTime(readingTime('', 'en'))).toBeNull();
    expect(readingTime('a few words', 'xx').minutes).toBe(1);
    expect(primaryLang('pt-BR')).toBe('pt');
    expect(primaryLang(null)).toBeNull();
  });
});
