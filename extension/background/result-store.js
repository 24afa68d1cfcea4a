// Results of recent extractions, kept in memory for the reader view frame to fetch by token.
// Tokens are unguessable so a page cannot ask for another tab's result; the cap bounds memory.
const MAX_ENTRIES = 16;
const entries = new Map();  // token -> { tabId, url, result }

function newToken() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function putResult(tabId, url, result) {
  const token = newToken();
  entries.set(token, { tabId, url, result });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  return token;
}

export function getResult(token) {
  return entries.get(token) ?? null;
}

export function forgetTab(tabId) {
  for (const [token, entry] of entries) {
    if (entry.tabId === tabId) entries.delete(token);
  }
}
