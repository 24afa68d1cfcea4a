// The web demo: the extension's wasm core and reader view on pasted HTML or a dropped file.
// Same modules as the extension (extension/view/*, served by scripts/demo-server.mjs); storage is
// the page's localStorage instead of chrome.storage, and there is no report store.
import { createClearsource } from '/core/clearsource.js';
import ClearsourceCore from '/core/clearsource-core.mjs';
import {
  MIN_ARTICLE_CHARS, applySettings, normalizeSettings, siteKey, updateDismissedSites,
} from '/extension/shared/settings.js';
import { mountReader } from '/extension/view/reader-app.js';
import { renderError } from '/extension/view/render.js';

const SETTINGS_KEY = 'clearsource-demo-settings';
const DISMISSED_KEY = 'clearsource-demo-dismissed';

const form = document.getElementById('demo-form');
const htmlField = document.getElementById('demo-html');
const urlField = document.getElementById('demo-url');
const fileField = document.getElementById('demo-file');
const status = document.getElementById('demo-status');
const inputPanel = document.getElementById('demo-input');
const main = document.getElementById('cs-main');
const toolbarHost = document.getElementById('cs-toolbar');
const dropZone = document.getElementById('demo-drop');

function readJson(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}
function writeJson(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // private mode or full: the demo still works, it just forgets
  }
}

// Settings before anything is painted, as in the extension.
applySettings(document.documentElement, readJson(SETTINGS_KEY));
document.documentElement.classList.remove('cs-pending');

function say(text, kind = 'info') {
  status.textContent = text;
  status.dataset.kind = kind;
}

let corePromise = null;
function core() {
  corePromise ??= (async () => {
    const response = await fetch('/core/clearsource-core.wasm');
    if (!response.ok) throw new Error(`cannot load the core (${response.status}); run bash scripts/build.sh`);
    return createClearsource({ factory: ClearsourceCore, wasmBinary: new Uint8Array(await response.arrayBuffer()) });
  })();
  corePromise.catch(() => { corePromise = null; });
  return corePromise;
}

let app = null;
function show(result, pageUrl) {
  app?.destroy();
  app = null;
  if (!result.ok) {
    toolbarHost.replaceChildren();
    renderError(main, `The core could not read this input (${result.error.code}): ${result.error.message}`);
    say('Nothing to show.', 'error');
    return;
  }
  if (result.length < MIN_ARTICLE_CHARS) {
    toolbarHost.replaceChildren();
    renderError(main, 'No article found in this page: the reader would leave it as it is.');
    say('Nothing to show.', 'error');
    return;
  }
  const site = siteKey(pageUrl);
  const dismissed = readJson(DISMISSED_KEY) ?? {};
  app = mountReader({
    doc: document,
    toolbarHost,
    main,
    result,
    pageUrl: pageUrl || null,
    settings: readJson(SETTINGS_KEY),
    saveSettings: (s) => writeJson(SETTINGS_KEY, normalizeSettings(s)),
    site,
    dismissed: Boolean(site && dismissed[site]),
    setDismissed: site ? (value) => writeJson(DISMISSED_KEY, updateDismissedSites(readJson(DISMISSED_KEY), site, value)) : null,
    onClose: null,
    reportable: false,
  });
  const t = result.timings ?? {};
  const verdict = result.provenance?.verdict;
  say(`Read in ${Math.round((t.parseMs ?? 0) + (t.extractMs ?? 0) + (t.analyzeMs ?? 0))} ms on this computer`
    + `${result.encoding ? ` (decoded as ${result.encoding})` : ''}.`
    + `${verdict && verdict !== 'unknown' ? ` Source check: ${verdict}.` : ''}`);
  inputPanel.open = false;
  document.body.dataset.ready = 'true';
  document.getElementById('cs-title')?.focus();
}

async function readText(html, url) {
  say('Reading…');
  try {
    show((await core()).extract(html, url), url);
  } catch (err) {
    say(`The core is not available: ${err.message}`, 'error');
  }
}

async function readFile(file) {
  say(`Reading ${file.name}…`);
  try {
    let bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.gz$/i.test(file.name) || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    }
    const url = urlField.value.trim();
    show((await core()).extractBytes(bytes, url, {}, { contentType: file.type || undefined }), url);
  } catch (err) {
    say(`Could not read ${file.name}: ${err.message}`, 'error');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const html = htmlField.value;
  if (!html.trim()) {
    say('Paste some HTML first, or open a file.', 'error');
    htmlField.focus();
    return;
  }
  readText(html, urlField.value.trim());
});

fileField.addEventListener('change', () => {
  if (fileField.files?.[0]) readFile(fileField.files[0]);
  fileField.value = '';
});

form.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-sample]');
  if (!button) return;
  const response = await fetch(`/demo/${button.dataset.sample}`);
  const html = await response.text();
  htmlField.value = html;
  urlField.value = button.dataset.url;
  readText(html, button.dataset.url);
});

// Drop a file anywhere.
let dragDepth = 0;
document.addEventListener('dragenter', (event) => {
  if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
  dragDepth++;
  dropZone.hidden = false;
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) dropZone.hidden = true;
});
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  dragDepth = 0;
  dropZone.hidden = true;
  const file = event.dataTransfer?.files?.[0];
  if (file) readFile(file);
});

// Warm the core up so the first read is quick.
core().then(() => say('Ready: paste HTML, open a file or try a sample.'), (err) => say(err.message, 'error'));
