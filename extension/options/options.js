// Options page: the reader's reports (list, search, filter, open with evidence, edit the note,
// delete with undo, bulk delete), exports and import, site lists and subscriptions, the automatic
// check, the read-before memory and the optional HTTPS endpoint. This page never writes storage
// itself: every change is a message to the background, which validates it
// (background/report-router.js).
import { api } from '../shared/browser.js';
import { MSG } from '../shared/messages.js';
import { CATEGORIES, CATEGORY_LABELS, LIMITS } from '../background/report-schema.js';
import { REPORT_FORM_CSS, VERDICT_LABELS, renderReportSummary } from '../shared/report-form.js';

const PAGE_SIZE = 50;
const UNDO_MS = 30000;
const PREVIEW_CHARS = 1024 * 1024;
const $ = (id) => document.getElementById(id);

const state = {
  query: { text: '', verdict: '', category: '', sort: 'newest' },
  offset: 0,
  total: 0,
  selected: new Set(),
  items: [],
  detail: null,
  settings: { autoCheck: false, endpoint: '', rememberArticles: true },
  undo: null,
  sendIds: null,
  sendPreview: null,
};

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

async function ask(type, payload = {}) {
  const reply = await api.runtime.sendMessage({ type, ...payload });
  if (!reply) throw new Error('No answer from Clearsource\'s background.');
  if (!reply.ok) throw Object.assign(new Error(reply.error?.message ?? 'failed'), { code: reply.error?.code });
  return reply;
}

function formatBytes(n) {
  if (n === null || n === undefined) return 'unknown';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------
// Reports list

async function refreshStorageInfo() {
  try {
    const info = await ask(MSG.OPTIONS_TO_BG_STORAGE_INFO);
    const quota = info.quota ? ` of ${formatBytes(info.quota)} available to the extension` : '';
    $('storage-info').textContent = `${plural(info.count, 'report')} stored on this computer; ${formatBytes(info.usage)} used${quota}.`;
  } catch (err) {
    $('storage-info').textContent = `Storage: ${err.message}`;
  }
}

async function loadReports() {
  let reply;
  try {
    reply = await ask(MSG.OPTIONS_TO_BG_REPORTS_QUERY, { query: { ...state.query, offset: state.offset, limit: PAGE_SIZE } });
  } catch (err) {
    $('result-count').textContent = `Reports could not be read: ${err.message}`;
    return;
  }
  if (reply.total > 0 && state.offset >= reply.total) {
    state.offset = Math.max(0, Math.floor((reply.total - 1) / PAGE_SIZE) * PAGE_SIZE);
    return loadReports();
  }
  state.total = reply.total;
  state.items = reply.items;
  renderRows();
  const from = reply.total ? reply.offset + 1 : 0;
  const to = reply.offset + reply.items.length;
  $('result-count').textContent = reply.total === reply.stored
    ? `${plural(reply.stored, 'report')}`
    : `${reply.total} of ${plural(reply.stored, 'report')} match`;
  $('page-info').textContent = reply.total ? `${from}–${to} of ${reply.total}` : '';
  $('prev').disabled = reply.offset === 0;
  $('next').disabled = to >= reply.total;
  $('empty').hidden = reply.stored > 0;
  $('report-table').hidden = reply.stored === 0;
  updateSelection();
}

function renderRows() {
  const tbody = $('report-table').tBodies[0];
  tbody.replaceChildren();
  for (const r of state.items) {
    const tr = el('tr', { 'data-id': r.id });
    const box = el('input', { type: 'checkbox', 'aria-label': `Select report on ${r.host}`, checked: state.selected.has(r.id) });
    box.addEventListener('change', () => {
      if (box.checked) state.selected.add(r.id);
      else state.selected.delete(r.id);
      updateSelection();
    });
    const cb = el('td');
    cb.append(box);
    const open = el('button', { type: 'button', 'data-action': 'open' }, r.title || r.url);
    open.addEventListener('click', () => openDetail(r.id));
    const title = el('td', { class: 'title' });
    title.append(open);
    tr.append(
      cb,
      el('td', {}, new Date(r.createdAt).toLocaleDateString()),
      el('td', { class: 'site' }, r.host),
      title,
      el('td', { class: `verdict-${r.verdict}` }, VERDICT_LABELS[r.verdict] ?? r.verdict),
      el('td', {}, CATEGORY_LABELS[r.category] ?? r.category),
      el('td', { class: 'note' }, r.note.length > 120 ? `${r.note.slice(0, 119)}…` : r.note),
    );
    tbody.append(tr);
  }
}

function updateSelection() {
  const n = state.selected.size;
  $('selection').textContent = n ? `${plural(n, 'report')} selected` : '';
  $('delete-selected').disabled = n === 0;
  $('send-selected').hidden = !state.settings.endpoint;
  $('send-selected').disabled = n === 0;
}

let searchTimer = null;
function onFilterChange() {
  state.query = {
    text: $('q').value,
    verdict: $('f-verdict').value,
    category: $('f-category').value,
    sort: $('f-sort').value,
  };
  state.offset = 0;
  clearTimeout(searchTimer);
  searchTimer = setTimeout(loadReports, 120);
}

async function deleteReports(ids) {
  if (!ids.length) return;
  const reply = await ask(MSG.OPTIONS_TO_BG_REPORTS_DELETE, { ids });
  for (const id of ids) state.selected.delete(id);
  showUndo(reply.batch, reply.count);
  await Promise.all([loadReports(), refreshStorageInfo()]);
}

function showUndo(batch, count) {
  clearTimeout(state.undo?.timer);
  const bar = $('undo-bar');
  bar.replaceChildren(`Deleted ${plural(count, 'report')}. `);
  const undo = el('button', { type: 'button', 'data-action': 'undo' }, 'Undo');
  undo.addEventListener('click', async () => {
    clearTimeout(state.undo?.timer);
    try {
      const out = await ask(MSG.OPTIONS_TO_BG_REPORTS_UNDO, { batch });
      bar.textContent = `Restored ${plural(out.count, 'report')}.`;
    } catch (err) {
      bar.textContent = `Undo failed: ${err.message}`;
    }
    state.undo = { timer: setTimeout(() => { bar.hidden = true; }, 5000) };
    await Promise.all([loadReports(), refreshStorageInfo()]);
  });
  bar.append(undo);
  bar.hidden = false;
  state.undo = { batch, timer: setTimeout(() => { bar.hidden = true; }, UNDO_MS) };
  undo.focus();
}

// ---------------------------------------------------------------------------------------
// One report

async function openDetail(id) {
  let reply;
  try {
    reply = await ask(MSG.OPTIONS_TO_BG_REPORT_GET, { id });
  } catch (err) {
    $('detail-status').textContent = err.message;
    return;
  }
  const report = reply.report;
  if (!report) return loadReports();
  state.detail = report;
  $('detail-h').textContent = report.page.cleanTitle ?? report.page.title ?? report.page.host;
  $('detail-body').replaceChildren(renderReportSummary(document, report));
  $('detail-category').value = report.reader.category;
  $('detail-note').value = report.reader.note;
  $('detail-status').textContent = '';
  $('detail-block').textContent = `Add ${report.page.registrableDomain} to my block list`;
  $('detail-send').hidden = !state.settings.endpoint;
  if (!$('detail').open) $('detail').showModal();
  $('detail-note').focus();
}

async function saveDetail() {
  const report = state.detail;
  if (!report) return;
  try {
    const reply = await ask(MSG.OPTIONS_TO_BG_REPORT_UPDATE, { id: report.id, note: $('detail-note').value, category: $('detail-category').value });
    state.detail = reply.report;
    $('detail-status').textContent = 'Saved.';
    await loadReports();
  } catch (err) {
    $('detail-status').textContent = err.message;
  }
}

// ---------------------------------------------------------------------------------------
// Export and import

function exportScope() {
  const scope = document.querySelector('input[name=export-scope]:checked').value;
  if (scope === 'selected') return { ids: [...state.selected] };
  if (scope === 'matching') return { query: { ...state.query } };
  return {};
}

let downloadUrl = null;
async function runExport(format) {
  const status = $('export-status');
  status.textContent = 'Exporting…';
  try {
    const scope = document.querySelector('input[name=export-domain]:checked').value;
    const out = await ask(MSG.OPTIONS_TO_BG_REPORTS_EXPORT, { format, scope, ...exportScope() });
    const output = $('export-output');
    output.hidden = false;
    output.dataset.format = format;
    output.value = out.text.length > PREVIEW_CHARS ? `${out.text.slice(0, PREVIEW_CHARS)}\n… (preview cut; download for the whole file)` : out.text;
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([out.text], { type: out.mime }));
    const link = $('export-download');
    link.href = downloadUrl;
    link.download = out.filename;
    link.textContent = `Download ${out.filename}`;
    link.hidden = false;
    const what = format === 'json' || format === 'csv' ? plural(out.count, 'report') : plural(out.count, 'site');
    const skipped = out.skipped?.length ? ` ${out.skipped.length} skipped (not a valid host name).` : '';
    status.textContent = `${what} exported.${skipped}${format === 'json' || format === 'csv' ? '' : ' Copy the lines above into the blocker\'s own list.'}`;
  } catch (err) {
    status.textContent = `Export failed: ${err.message}`;
  }
}

async function runImport(file) {
  const status = $('import-status');
  status.textContent = `Reading ${file.name}…`;
  try {
    const text = await file.text();
    const out = await ask(MSG.OPTIONS_TO_BG_REPORTS_IMPORT, { text });
    const parts = [`${plural(out.added, 'report')} added`, `${out.updated} updated`, `${out.unchanged} already here`];
    if (out.invalid.length) parts.push(`${out.invalid.length} refused`);
    const lines = [`${parts.join(', ')} (of ${out.total} in the file).`];
    for (const bad of out.invalid.slice(0, 20)) lines.push(`Report #${bad.index + 1}${bad.id ? ` (${bad.id})` : ''}: ${bad.errors.join('; ')}`);
    if (out.invalid.length > 20) lines.push(`… and ${out.invalid.length - 20} more.`);
    if (out.error) lines.push(`Stopped: ${out.error.message} (${out.error.notImported} reports not imported).`);
    status.replaceChildren(...lines.flatMap((line, i) => (i ? [el('br'), line] : [line])));
    status.dataset.added = String(out.added);
  } catch (err) {
    status.textContent = `Import failed: ${err.message}`;
  }
  $('import-file').value = '';
  await Promise.all([loadReports(), refreshStorageInfo()]);
}

// ---------------------------------------------------------------------------------------
// Site lists

function renderErrors(id, info) {
  const ul = document.querySelector(`[data-list-errors="${id}"]`);
  ul.replaceChildren();
  for (const e of info.errors ?? []) ul.append(el('li', {}, `Line ${e.line}: ${e.message} — ${e.text}`));
  if (info.errorCount > (info.errors?.length ?? 0)) ul.append(el('li', {}, `… ${info.errorCount - info.errors.length} more lines not shown.`));
}

function listStatus(info) {
  return `${plural(info.ruleCount, 'rule')}${info.errorCount ? `, ${plural(info.errorCount, 'line')} not understood (below)` : ''}.`;
}

function intervalLabel(h) {
  if (!h) return 'Only when I click "Update now"';
  if (h < 24) return `Every ${h} hours`;
  if (h === 24) return 'Every day';
  if (h === 168) return 'Every week';
  return `Every ${h / 24} days`;
}

async function loadLists({ keepOwnStatus = false } = {}) {
  let data;
  try {
    data = await ask(MSG.OPTIONS_TO_BG_LISTS_GET);
  } catch (err) {
    $('sub-status').textContent = `Lists could not be read: ${err.message}`;
    return;
  }
  for (const [key, id] of [['block', 'own:block'], ['allow', 'own:allow']]) {
    const info = data.own[key];
    const area = $(`own-${key}`);
    if (document.activeElement !== area) area.value = info.text;
    if (keepOwnStatus) continue;
    document.querySelector(`[data-list-status="${id}"]`).textContent = listStatus(info);
    renderErrors(id, info);
  }
  const select = $('sub-interval');
  if (!select.options.length) {
    for (const h of data.intervals) select.append(el('option', { value: String(h), selected: h === 24 }, intervalLabel(h)));
  }
  const ul = $('sub-list');
  ul.replaceChildren();
  for (const sub of data.subscriptions) ul.append(renderSubscription(sub, data.intervals));
  $('matcher-info').textContent = `${plural(data.matcher.size, 'rule')} in use across all lists (matcher built in ${data.matcher.buildMs} ms).`;
}

function renderSubscription(sub, intervals) {
  const li = el('li', { 'data-sub': sub.id });
  li.append(el('strong', {}, sub.title ?? sub.url), el('br'), el('span', { class: 'url muted' }, sub.url), el('br'));
  const fetched = sub.fetchedAt ? new Date(sub.fetchedAt).toLocaleString() : 'never';
  li.append(`${plural(sub.ruleCount ?? 0, 'rule')} · format ${sub.format} · last fetched ${fetched}`);
  if (sub.lastError) li.append(el('br'), el('span', { class: 'errors', role: 'alert' }, `Last update failed: ${sub.lastError}`));
  const controls = el('div', { class: 'buttons' });
  const select = el('select', { 'aria-label': `Update schedule for ${sub.title ?? sub.url}` });
  for (const h of intervals) select.append(el('option', { value: String(h), selected: h === sub.intervalHours }, intervalLabel(h)));
  select.addEventListener('change', () => ask(MSG.OPTIONS_TO_BG_SUBSCRIPTION_SET, { id: sub.id, intervalHours: Number(select.value) })
    .then(() => { $('sub-status').textContent = 'Schedule saved.'; })
    .catch((err) => { $('sub-status').textContent = err.message; }));
  const update = el('button', { type: 'button', 'data-action': 'update' }, 'Update now');
  update.addEventListener('click', async () => {
    update.disabled = true;
    try {
      await ask(MSG.OPTIONS_TO_BG_SUBSCRIPTION_REFRESH, { id: sub.id });
    } catch (err) {
      $('sub-status').textContent = err.message;
    }
    await loadLists();
  });
  const remove = el('button', { type: 'button', 'data-action': 'remove' }, 'Unsubscribe');
  remove.addEventListener('click', async () => {
    await ask(MSG.OPTIONS_TO_BG_SUBSCRIPTION_REMOVE, { id: sub.id }).catch((err) => { $('sub-status').textContent = err.message; });
    await loadLists();
  });
  controls.append(select, update, remove);
  li.append(controls);
  if (sub.errorCount) {
    const details = el('details');
    details.append(el('summary', {}, `${plural(sub.errorCount, 'line')} not understood`));
    const ul = el('ul', { class: 'errors' });
    renderErrorsInto(ul, sub);
    details.append(ul);
    li.append(details);
  }
  return li;
}

function renderErrorsInto(ul, info) {
  for (const e of info.errors ?? []) ul.append(el('li', {}, `Line ${e.line}: ${e.message} — ${e.text}`));
  if (info.errorCount > (info.errors?.length ?? 0)) ul.append(el('li', {}, `… ${info.errorCount - info.errors.length} more lines not shown.`));
}

async function saveOwnList(id) {
  const area = $(id === 'own:block' ? 'own-block' : 'own-allow');
  const status = document.querySelector(`[data-list-status="${id}"]`);
  try {
    const info = await ask(MSG.OPTIONS_TO_BG_LIST_SAVE, { id, text: area.value });
    status.textContent = `Saved: ${listStatus(info)}`;
    renderErrors(id, info);
  } catch (err) {
    status.textContent = err.message;
  }
}

// Firefox asks for host permissions at run time; Chrome granted them at install (no prompt).
async function ensureOrigin(url) {
  try {
    const origin = `${new URL(url).origin}/*`;
    if (!api.permissions?.request) return true;
    return await api.permissions.request({ origins: [origin] });
  } catch {
    return true;  // the background's fetch will say what is wrong
  }
}

// ---------------------------------------------------------------------------------------
// Settings and sending

async function loadSettings() {
  const reply = await ask(MSG.OPTIONS_TO_BG_SETTINGS_GET);
  state.settings = reply.settings;
  $('auto-check').checked = state.settings.autoCheck;
  $('remember-articles').checked = state.settings.rememberArticles;
  if (document.activeElement !== $('endpoint')) $('endpoint').value = state.settings.endpoint;
  updateSelection();
  await loadMemoryCount();
}

async function loadMemoryCount() {
  try {
    const { count } = await ask(MSG.OPTIONS_TO_BG_READ_MEMORY_GET);
    $('memory-count').textContent = count === 1 ? '1 article remembered.' : `${count.toLocaleString()} articles remembered.`;
    $('memory-clear').disabled = count === 0;
  } catch (err) {
    $('memory-count').textContent = err.message;
  }
}

async function openSend(ids) {
  try {
    const preview = await ask(MSG.OPTIONS_TO_BG_SEND_PREVIEW, { ids });
    state.sendIds = ids;
    state.sendPreview = preview;
    $('send-endpoint').textContent = preview.endpoint;
    $('send-body').textContent = preview.body;
    $('send-status').textContent = '';
    $('send-confirm').disabled = false;
    $('send').showModal();
    $('send-cancel').focus();
  } catch (err) {
    $('detail-status').textContent = err.message;
    $('selection').textContent = err.message;
  }
}

async function confirmSend(event) {
  if (!event.isTrusted || !state.sendPreview) return;
  $('send-confirm').disabled = true;
  $('send-status').textContent = 'Sending…';
  try {
    const out = await ask(MSG.OPTIONS_TO_BG_SEND, { ids: state.sendIds, endpoint: state.sendPreview.endpoint, body: state.sendPreview.body });
    $('send-status').textContent = out.ok ? `Sent: the server answered ${out.status}.` : `The server refused it: ${out.status} ${out.statusText}.`;
  } catch (err) {
    $('send-status').textContent = err.message;
    $('send-confirm').disabled = false;
  }
}

// ---------------------------------------------------------------------------------------
// Wiring

function fillSelect(select, values, labels) {
  for (const v of values) select.append(el('option', { value: v }, labels[v] ?? v));
}

function wire() {
  fillSelect($('f-verdict'), Object.keys(VERDICT_LABELS), VERDICT_LABELS);
  fillSelect($('f-category'), CATEGORIES, CATEGORY_LABELS);
  fillSelect($('detail-category'), CATEGORIES, CATEGORY_LABELS);
  $('detail-note').maxLength = LIMITS.note;
  for (const id of ['q', 'f-verdict', 'f-category', 'f-sort']) $(id).addEventListener('input', onFilterChange);
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadReports(); });
  $('next').addEventListener('click', () => { state.offset += PAGE_SIZE; loadReports(); });
  $('select-matching').addEventListener('click', async () => {
    const reply = await ask(MSG.OPTIONS_TO_BG_REPORTS_QUERY, { query: { ...state.query, limit: 1, wantIds: true } });
    for (const id of reply.ids) state.selected.add(id);
    renderRows();
    updateSelection();
  });
  $('select-none').addEventListener('click', () => { state.selected.clear(); renderRows(); updateSelection(); });
  $('delete-selected').addEventListener('click', () => deleteReports([...state.selected]).catch((err) => { $('selection').textContent = err.message; }));
  $('send-selected').addEventListener('click', () => openSend([...state.selected]));

  $('detail-save').addEventListener('click', saveDetail);
  $('detail-close').addEventListener('click', () => $('detail').close());
  $('detail-delete').addEventListener('click', async () => {
    const id = state.detail?.id;
    $('detail').close();
    if (id) await deleteReports([id]).catch((err) => { $('selection').textContent = err.message; });
  });
  $('detail-block').addEventListener('click', async () => {
    const r = state.detail;
    if (!r) return;
    try {
      const out = await ask(MSG.OPTIONS_TO_BG_LIST_ADD_SITE, { id: 'own:block', domain: r.page.registrableDomain, comment: `reported ${r.createdAt.slice(0, 10)}` });
      $('detail-status').textContent = out.added ? `${r.page.registrableDomain} is now on your block list.` : `${r.page.registrableDomain} was already on your block list.`;
      await loadLists();
    } catch (err) {
      $('detail-status').textContent = err.message;
    }
  });
  $('detail-send').addEventListener('click', () => state.detail && openSend([state.detail.id]));
  $('send-confirm').addEventListener('click', confirmSend);
  $('send-cancel').addEventListener('click', () => $('send').close());

  for (const button of $('export-buttons').querySelectorAll('button[data-format]')) {
    button.addEventListener('click', () => runExport(button.dataset.format));
  }
  $('import-file').addEventListener('change', () => {
    const file = $('import-file').files?.[0];
    if (file) runImport(file);
  });

  for (const button of document.querySelectorAll('[data-save-list]')) {
    button.addEventListener('click', () => saveOwnList(button.dataset.saveList).then(() => loadLists({ keepOwnStatus: true })));
  }
  $('sub-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const url = $('sub-url').value.trim();
    const status = $('sub-status');
    if (!(await ensureOrigin(url))) {
      status.textContent = 'Clearsource needs permission to fetch from that site.';
      return;
    }
    status.textContent = 'Fetching the list…';
    try {
      const out = await ask(MSG.OPTIONS_TO_BG_SUBSCRIPTION_ADD, { url, format: $('sub-format').value, intervalHours: Number($('sub-interval').value) });
      const s = out.subscription;
      status.textContent = `Subscribed to ${s.title}: ${plural(s.ruleCount, 'rule')}${s.errorCount ? `, ${plural(s.errorCount, 'line')} not understood (listed below)` : ''}.`;
      $('sub-url').value = '';
    } catch (err) {
      status.textContent = err.message;
    }
    await loadLists();
  });
  $('test-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('test-status');
    try {
      const { match } = await ask(MSG.OPTIONS_TO_BG_LIST_TEST, { url: $('test-url').value.trim() });
      status.textContent = !match ? 'No list mentions this address: no warning.'
        : match.kind === 'allow' ? `Allowed by ${match.listTitle} (line ${match.line}: ${match.rule}): never warns.`
          : `Warns: ${match.listTitle}, line ${match.line}: ${match.rule}`;
    } catch (err) {
      status.textContent = err.message;
    }
  });

  $('auto-check').addEventListener('change', async () => {
    try {
      await ask(MSG.OPTIONS_TO_BG_SETTINGS_SET, { settings: { autoCheck: $('auto-check').checked } });
      $('settings-status').textContent = $('auto-check').checked ? 'Automatic check is on.' : 'Automatic check is off.';
    } catch (err) {
      $('settings-status').textContent = err.message;
    }
    await loadSettings();
  });
  $('remember-articles').addEventListener('change', async () => {
    try {
      await ask(MSG.OPTIONS_TO_BG_SETTINGS_SET, { settings: { rememberArticles: $('remember-articles').checked } });
      $('settings-status').textContent = $('remember-articles').checked
        ? 'Articles you read are remembered on this computer.' : 'Articles you read are no longer remembered; the remembered ones are forgotten.';
    } catch (err) {
      $('settings-status').textContent = err.message;
    }
    await loadSettings();
  });
  $('memory-clear').addEventListener('click', async () => {
    try {
      await ask(MSG.OPTIONS_TO_BG_READ_MEMORY_CLEAR);
      $('settings-status').textContent = 'Remembered articles forgotten.';
    } catch (err) {
      $('settings-status').textContent = err.message;
    }
    await loadMemoryCount();
  });
  $('endpoint-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = $('endpoint').value.trim();
    try {
      if (value && !(await ensureOrigin(value))) throw new Error('Clearsource needs permission to send to that site.');
      const reply = await ask(MSG.OPTIONS_TO_BG_SETTINGS_SET, { settings: { endpoint: value } });
      $('settings-status').textContent = reply.settings.endpoint ? `Reports can be sent to ${reply.settings.endpoint}, each time after you confirm.` : 'Sending is off.';
    } catch (err) {
      $('settings-status').textContent = err.message;
    }
    await loadSettings();
  });
}

async function start() {
  const style = document.createElement('style');
  style.textContent = REPORT_FORM_CSS;
  document.head.append(style);
  wire();
  await Promise.all([loadSettings(), loadReports(), loadLists(), refreshStorageInfo()]);
  document.body.dataset.ready = 'true';
}

start().catch((err) => {
  document.body.prepend(el('p', { role: 'alert' }, `Clearsource options could not start: ${err.message}`));
});
