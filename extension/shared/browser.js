// The one place browser differences live. Firefox exposes promise-based `browser`, Chrome
// `chrome` (promise-based too in MV3); everything else imports `api` from here.
export const api = globalThis.browser ?? globalThis.chrome;

export const isFirefox = typeof globalThis.browser !== 'undefined' &&
  typeof globalThis.browser.runtime?.getBrowserInfo === 'function';
