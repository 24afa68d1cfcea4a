// Reader settings: the schema (allowed values, ranges, defaults), validation and how a document
// applies them. Shared by the view frame, the content script (frame colour before the view
// paints), the background (validates before writing chrome.storage.sync) and the web demo.
// Stored values are re-validated on every read: sync storage is written by other devices and
// older versions too, so nothing from it is trusted as is.
import { publisherHost } from './proxies.js';

export const SETTINGS_KEY = 'readerSettings';
// Per-site "hide the provenance banner" choices, in storage.local: which farm sites someone
// reads is private, so it does not travel with sync.
export const BANNER_DISMISSED_KEY = 'bannerDismissedSites';
export const MAX_DISMISSED_SITES = 500;

/**
 * The dismissed-sites map after recording (or clearing) `site`: entries with a valid time only,
 * newest first, at most MAX_DISMISSED_SITES. `stored` is whatever storage held (validated here).
 */
export function updateDismissedSites(stored, site, dismissed, now = Date.now()) {
  const sites = stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...stored } : {};
  if (dismissed) sites[site] = now;
  else delete sites[site];
  const entries = Object.entries(sites).filter(([, t]) => Number.isFinite(t)).sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, MAX_DISMISSED_SITES));
}
// Less text than one real paragraph (Readability's smallest counted block) is not an article:
// a login form or an image gallery would only show a few stray labels.
export const MIN_ARTICLE_CHARS = 140;

export const THEMES = Object.freeze(['light', 'sepia', 'dark', 'system']);
export const FONTS = Object.freeze(['serif', 'sans', 'mono', 'dyslexia']);

export const THEME_LABELS = Object.freeze({
  light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'Follow system',
});
export const FONT_LABELS = Object.freeze({
  serif: 'Serif', sans: 'Sans-serif', mono: 'Monospace', dyslexia: 'Readable (dyslexia)',
});

// Numeric settings. size: body text in CSS px. width: the text column in characters per line
// (about 0.5em a character; 45-75 is the classic comfortable measure). lineHeight: unitless.
export const RANGES = Object.freeze({
  size: Object.freeze({ min: 14, max: 32, step: 1, label: 'Text size', unit: 'px' }),
  width: Object.freeze({ min: 40, max: 100, step: 5, label: 'Line length', unit: 'characters' }),
  lineHeight: Object.freeze({ min: 1.2, max: 2.2, step: 0.1, label: 'Line spacing', unit: '' }),
});

export const DEFAULT_SETTINGS = Object.freeze({
  theme: 'system',
  font: 'serif',
  size: 20,
  width: 70,
  lineHeight: 1.6,
  // The toolbar icon says whether the page looks like an article (see
  // background/readerable-icon.js). On by default; a reader can switch it off.
  iconHint: true,
});

// Page colours per theme. The content script paints the frame with the background before the
// view document exists, so the first pixel already has the reader's theme (no white flash).
export const THEME_COLORS = Object.freeze({
  light: Object.freeze({ background: '#fdfdfb', text: '#1d1d1f' }),
  sepia: Object.freeze({ background: '#f4ecd8', text: '#3b2f1e' }),
  dark: Object.freeze({ background: '#1b1b1d', text: '#e6e4df' }),
});

function clampStep(value, { min, max, step }) {
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  const clamped = Math.min(max, Math.max(min, n));
  // Round to the step and to 2 decimals so 1.2 + 0.1 stays 1.3, not 1.3000000000000003.
  return Math.round(Math.round((clamped - min) / step) * step * 100 + min * 100) / 100;
}

/** A valid settings object from anything (unknown keys dropped, bad values -> defaults). */
export function normalizeSettings(raw) {
  const input = raw && typeof raw === 'object' ? raw : {};
  const out = { ...DEFAULT_SETTINGS };
  if (THEMES.includes(input.theme)) out.theme = input.theme;
  if (FONTS.includes(input.font)) out.font = input.font;
  for (const key of Object.keys(RANGES)) {
    const v = clampStep(input[key], RANGES[key]);
    if (v !== null) out[key] = v;
  }
  if (typeof input.iconHint === 'boolean') out.iconHint = input.iconHint;
  return out;
}

/** 'light' | 'sepia' | 'dark' for a theme setting, resolving 'system'. */
export function resolveTheme(theme, prefersDark) {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return THEMES.includes(theme) ? theme : 'light';
}

export function prefersDark(win = globalThis) {
  try {
    return Boolean(win.matchMedia?.('(prefers-color-scheme: dark)').matches);
  } catch {
    return false;
  }
}

/**
 * Applies settings to a document's root element: data attributes pick the theme and font
 * (web/reader.css), custom properties carry the numbers. Synchronous, so a caller that applies
 * before inserting the article gets the first paint right.
 */
export function applySettings(rootElement, settings) {
  const s = normalizeSettings(settings);
  rootElement.dataset.theme = s.theme;
  rootElement.dataset.font = s.font;
  rootElement.style.setProperty('--cs-size', `${s.size}px`);
  rootElement.style.setProperty('--cs-width', `${s.width * 0.5}em`);
  rootElement.style.setProperty('--cs-leading', String(s.lineHeight));
  return s;
}

/**
 * Site key for per-site choices: the host name, lower case, no "www."; the publisher's behind an
 * AMP cache, a translation proxy or a web archive (hiding warnings for one archived farm must not
 * hide them for the whole archive).
 */
export function siteKey(url) {
  try {
    const { protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return publisherHost(url)?.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
