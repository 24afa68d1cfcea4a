// The report draft as the reader sees it before saving, and the small form around it (category,
// note, "add to my block list"). Shared by the view's report dialog, the popup and the options
// page (which shows a stored report with the same summary). Every string comes from a page or
// the reader and is inserted with textContent, never parsed as HTML.
import { CATEGORIES, CATEGORY_LABELS, LIMITS } from '../background/report-schema.js';
import { withReaderInput } from './report-draft.js';

export const VERDICT_LABELS = Object.freeze({
  'suspected-copy': 'Suspected copy',
  'content-farm': 'Content farm',
  syndicated: 'Syndicated (republished with credit)',
  original: 'Original',
  unknown: 'Not analysed',
});

// A Save button enabled at once invites clickjacking (a page framing the view could line up a
// click); a short pause after the form appears defeats the "double-click onto a hidden button" trick.
export const SAVE_DELAY_MS = 500;

function el(doc, tag, attrs = {}, text) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function row(doc, dl, term, value, attrs = {}) {
  if (value === null || value === undefined || value === '') return;
  dl.append(el(doc, 'dt', {}, term));
  const dd = el(doc, 'dd', attrs);
  if (value instanceof doc.defaultView.Node) dd.append(value);
  else dd.textContent = String(value);
  dl.append(dd);
}

/** A readable rendering of everything a report holds (what is stored, field by field). */
export function renderReportSummary(doc, report) {
  const box = el(doc, 'div', { class: 'csr-summary' });
  const dl = el(doc, 'dl', { class: 'csr-fields' });
  const p = report.page;
  const a = report.analysis;
  row(doc, dl, 'Page', p.url, { class: 'csr-url', 'data-field': 'url' });
  row(doc, dl, 'Host', p.host, { 'data-field': 'host' });
  row(doc, dl, 'Site (registrable domain)', p.registrableDomain, { 'data-field': 'registrableDomain' });
  row(doc, dl, 'Title', p.title, { 'data-field': 'title' });
  if (p.cleanTitle && p.cleanTitle !== p.title) row(doc, dl, 'Clean title', p.cleanTitle, { 'data-field': 'cleanTitle' });
  row(doc, dl, 'Verdict', `${VERDICT_LABELS[a.verdict] ?? a.verdict}${a.score !== null ? ` (score ${a.score.toFixed(2)})` : ''}`, { 'data-field': 'verdict' });
  if (a.likelyOriginal) {
    const lo = a.likelyOriginal;
    const parts = [lo.publisher, lo.url, !lo.url && lo.searchQuery ? `search: ${lo.searchQuery}` : null].filter(Boolean);
    row(doc, dl, 'Likely original', parts.join(' · '), { 'data-field': 'likelyOriginal' });
  }
  row(doc, dl, 'Fingerprint', a.fingerprint, { class: 'csr-mono', 'data-field': 'fingerprint' });
  row(doc, dl, 'Time', new Date(report.createdAt).toLocaleString(), { 'data-field': 'createdAt' });
  row(doc, dl, 'Extension version', report.extensionVersion, { 'data-field': 'extensionVersion' });
  box.append(dl);

  const signals = el(doc, 'div', { class: 'csr-signals', 'data-field': 'signals' });
  signals.append(el(doc, 'h3', {}, a.signals.length ? `Signals and evidence (${a.signals.length})` : 'Signals and evidence'));
  if (!a.signals.length) {
    signals.append(el(doc, 'p', { class: 'csr-muted' }, 'No signals: the core found nothing suspicious on this page, or did not analyse it.'));
  } else {
    const ol = el(doc, 'ol');
    for (const s of a.signals) {
      const li = el(doc, 'li', { 'data-signal': s.id });
      li.append(el(doc, 'strong', {}, s.id), ` (weight ${s.weight}) `, s.message ? `${s.message}` : '');
      if (s.evidence.length) {
        const ul = el(doc, 'ul', { class: 'csr-evidence' });
        for (const e of s.evidence) {
          const item = el(doc, 'li');
          item.append(el(doc, 'q', {}, e.text), el(doc, 'span', { class: 'csr-muted' }, ` in ${e.where}`));
          ul.append(item);
        }
        li.append(ul);
      }
      ol.append(li);
    }
    signals.append(ol);
  }
  box.append(signals);
  return box;
}

/**
 * The form the reader confirms. `onSave({ report, addToBlockList })` must resolve to
 * { ok, message } (or throw); the form shows the outcome. The exact JSON that will be stored is
 * shown too and follows every edit of note and category.
 * @returns {{ element, focus(), destroy() }}
 */
export function createReportForm(doc, { report, psl, onSave, onCancel, blockDomain = null, saveDelayMs = SAVE_DELAY_MS, heading = 'Report this site' }) {
  const form = el(doc, 'form', { class: 'csr-form', 'aria-labelledby': 'csr-heading', novalidate: true });
  form.append(el(doc, 'h2', { id: 'csr-heading' }, heading));
  form.append(el(doc, 'p', { class: 'csr-muted' },
    'Clearsource keeps this report on this computer. Nothing is sent anywhere; you can export or delete it later in Clearsource\'s options.'));

  const catLabel = el(doc, 'label', { for: 'csr-category' }, 'What is it?');
  const category = el(doc, 'select', { id: 'csr-category', name: 'category' });
  for (const c of CATEGORIES) category.append(el(doc, 'option', { value: c, selected: c === report.reader.category }, CATEGORY_LABELS[c]));
  const noteLabel = el(doc, 'label', { for: 'csr-note' }, 'Your note (optional)');
  const note = el(doc, 'textarea', { id: 'csr-note', name: 'note', rows: '3', maxlength: String(LIMITS.note), placeholder: 'e.g. copied from CBS News, brand name added to the title' });
  note.value = report.reader.note ?? '';
  const catField = el(doc, 'div', { class: 'csr-field' });
  catField.append(catLabel, category);
  const noteField = el(doc, 'div', { class: 'csr-field' });
  noteField.append(noteLabel, note);
  form.append(catField, noteField);

  let block = null;
  if (blockDomain) {
    const wrap = el(doc, 'div', { class: 'csr-field csr-check' });
    block = el(doc, 'input', { type: 'checkbox', id: 'csr-block', name: 'block', checked: true });
    wrap.append(block, el(doc, 'label', { for: 'csr-block' }, `Also add ${blockDomain} to my block list (warn me when I visit it)`));
    form.append(wrap);
  }

  const stored = el(doc, 'section', { class: 'csr-stored', 'aria-label': 'What will be stored' });
  stored.append(el(doc, 'h3', {}, 'What will be stored'));
  stored.append(renderReportSummary(doc, report));
  const details = el(doc, 'details', { class: 'csr-json' });
  details.append(el(doc, 'summary', {}, 'The exact record (JSON)'));
  const pre = el(doc, 'pre', { 'data-field': 'json', tabindex: '0' });
  details.append(pre);
  stored.append(details);
  form.append(stored);

  const status = el(doc, 'p', { class: 'csr-status', role: 'status', 'aria-live': 'polite' });
  const actions = el(doc, 'div', { class: 'csr-actions' });
  const save = el(doc, 'button', { type: 'button', class: 'csr-primary', 'data-action': 'save-report', disabled: true }, 'Save report');
  const cancel = el(doc, 'button', { type: 'button', 'data-action': 'cancel-report' }, 'Cancel');
  actions.append(save, cancel, status);
  form.append(actions);

  let current = report;
  let saved = false;
  function refresh() {
    const next = withReaderInput(report, { note: note.value, category: category.value }, { psl });
    if (next.ok) current = next.report;
    pre.textContent = JSON.stringify(current, null, 2);
    form.dataset.valid = String(next.ok);
  }
  note.addEventListener('input', refresh);
  category.addEventListener('change', refresh);
  refresh();

  const timer = doc.defaultView.setTimeout(() => { if (!saved) save.disabled = false; }, saveDelayMs);

  // Enter in the form must not submit anything: saving is the button's job alone.
  form.addEventListener('submit', (event) => event.preventDefault());
  save.addEventListener('click', async (event) => {
    // Only the reader's own click (or Enter/Space on the button) saves: element.click() and
    // dispatched events from a script are not trusted.
    if (!event.isTrusted || save.disabled || saved) return;
    save.disabled = true;
    status.textContent = 'Saving…';
    try {
      const reply = await onSave({ report: current, addToBlockList: Boolean(block?.checked) });
      if (reply?.ok) {
        saved = true;
        status.textContent = reply.message ?? 'Saved.';
        form.dataset.saved = 'true';
        note.disabled = true;
        category.disabled = true;
        if (block) block.disabled = true;
        cancel.textContent = 'Close';
        cancel.focus();  // the fields just became disabled: keep focus inside the form
      } else {
        status.textContent = reply?.message ?? 'The report could not be saved.';
        form.dataset.error = reply?.code ?? 'error';
        save.disabled = false;
      }
    } catch (err) {
      status.textContent = `The report could not be saved: ${err.message}`;
      form.dataset.error = 'exception';
      save.disabled = false;
    }
  });
  cancel.addEventListener('click', () => onCancel?.({ saved }));

  return {
    element: form,
    focus: () => category.focus(),
    destroy: () => doc.defaultView.clearTimeout(timer),
    get report() { return current; },
  };
}

// Styles for the form and summary; the view puts them in a shadow root, the popup and options
// page in their documents. Colours follow the view's theme variables when present.
export const REPORT_FORM_CSS = `
.csr-form { font: 15px/1.45 system-ui, sans-serif; color: var(--cs-fg, CanvasText); }
.csr-form h2 { font-size: 1.25em; margin: 0 0 .4em; }
.csr-form h3 { font-size: 1em; margin: 1em 0 .4em; }
.csr-muted { color: var(--cs-muted, GrayText); }
.csr-field { margin: .7em 0; display: flex; flex-direction: column; gap: .3em; }
.csr-check { flex-direction: row; align-items: flex-start; gap: .5em; }
.csr-form select, .csr-form textarea { font: inherit; padding: .35em .5em; border: 1px solid var(--cs-rule, #999); border-radius: 6px; background: var(--cs-bg, Canvas); color: inherit; }
.csr-form textarea { resize: vertical; min-height: 4em; }
.csr-stored { border-top: 1px solid var(--cs-rule, #ccc); margin-top: 1em; }
.csr-fields { display: grid; grid-template-columns: max-content 1fr; gap: .25em 1em; margin: 0; }
.csr-fields dt { color: var(--cs-muted, GrayText); }
.csr-fields dd { margin: 0; overflow-wrap: anywhere; }
.csr-mono, .csr-json pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
.csr-json pre { max-height: 16em; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; padding: .5em; border: 1px solid var(--cs-rule, #ccc); border-radius: 6px; }
.csr-signals ol { padding-inline-start: 1.4em; margin: .3em 0; }
.csr-evidence { margin: .2em 0 .5em; padding-inline-start: 1.2em; }
.csr-evidence q { font-style: italic; }
/* Save stays in reach while the reader scrolls through the evidence (the dialog scrolls). */
.csr-actions { display: flex; flex-wrap: wrap; gap: .6em; margin-top: 1em; position: sticky; bottom: 0; padding: .6em 0; background: var(--cs-bg, Canvas); border-top: 1px solid var(--cs-rule, #ccc); }
.csr-actions button { font: inherit; padding: .45em 1em; border-radius: 6px; border: 1px solid var(--cs-rule, #888); background: transparent; color: inherit; cursor: pointer; }
.csr-actions .csr-primary { background: var(--cs-link, #0b57d0); border-color: var(--cs-link, #0b57d0); color: #fff; }
.csr-actions button:disabled { opacity: .55; cursor: default; }
.csr-form :focus-visible { outline: 3px solid var(--cs-link, #0b57d0); outline-offset: 2px; }
.csr-status { margin: 0; align-self: center; }
.csr-status:empty { display: none; }
`;
