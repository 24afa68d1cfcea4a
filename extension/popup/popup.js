// The popup: set per tab (action.setPopup) only while the tab shows a site the reader's lists or
// the automatic check warn about, so everywhere else a click still toggles the reader view. It
// says why, and offers: read the article anyway, report the site, always allow it. The context
// menu opens the same page in a small window (?tab=ID&report=1) to report any page.
import { api } from '../shared/browser.js';
import { MSG } from '../shared/messages.js';
import { PSL_DATA } from '../shared/psl-data.js';
import { createPsl } from '../shared/psl.js';
import { buildReportDraft } from '../shared/report-draft.js';
import { REPORT_FORM_CSS, createReportForm } from '../shared/report-form.js';

const main = document.getElementById('popup');
const params = new URLSearchParams(location.search);
const source = params.get('source') === 'context-menu' ? 'context-menu' : 'popup';
const inWindow = params.has('tab');  // opened from the context menu, not as the action popup

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function ask(type, payload = {}) {
  const reply = await api.runtime.sendMessage({ type, ...payload });
  if (!reply) throw new Error('No answer from Clearsource\'s background.');
  if (!reply.ok) throw Object.assign(new Error(reply.error?.message ?? 'failed'), { code: reply.error?.code });
  return reply;
}

async function currentTabId() {
  if (params.has('tab')) return Number(params.get('tab'));
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function finish() {
  window.close();
}

async function showReportForm(tabId, state) {
  main.replaceChildren(el('p', { class: 'muted' }, 'Analysing this page on your computer…'));
  let prepared;
  try {
    prepared = await ask(MSG.POPUP_TO_BG_PREPARE_REPORT, { tabId });
  } catch (err) {
    main.replaceChildren(el('p', { role: 'alert' }, `This page cannot be reported: ${err.message}`));
    return;
  }
  const psl = createPsl(PSL_DATA);
  const draft = buildReportDraft({
    url: prepared.url, result: prepared.result, source, extensionVersion: api.runtime.getManifest().version,
  }, { psl });
  if (!draft.ok) {
    main.replaceChildren(el('p', { role: 'alert' }, `This page cannot be reported: ${draft.errors.join('; ')}`));
    return;
  }
  const listed = state?.warning?.reasons?.some((r) => r.kind === 'list' && r.listId === 'own:block');
  const form = createReportForm(document, {
    report: draft.report,
    psl,
    blockDomain: listed ? null : draft.report.page.registrableDomain,
    async onSave({ report, addToBlockList }) {
      const reply = await api.runtime.sendMessage({ type: MSG.POPUP_TO_BG_REPORT_SAVE, token: prepared.token, report, addToBlockList, source });
      if (reply?.ok) return { ok: true, message: reply.message };
      return { ok: false, code: reply?.error?.code, message: reply?.error?.message ?? 'No answer from Clearsource\'s background.' };
    },
    onCancel: () => (inWindow ? finish() : render(tabId)),
  });
  main.replaceChildren(form.element);
  form.focus();
}

async function render(tabId) {
  let state;
  try {
    state = await ask(MSG.POPUP_TO_BG_TAB_STATE, { tabId });
  } catch (err) {
    main.replaceChildren(el('p', { role: 'alert' }, `Clearsource cannot see this tab: ${err.message}`));
    return null;
  }
  const { tab, warning } = state;
  const nodes = [];
  if (warning) {
    main.className = 'warning';
    nodes.push(el('h1', {}, 'Clearsource warning'));
    const site = el('p');
    site.append('You are on ', el('span', { class: 'site' }, tab.host ?? tab.url), '.');
    nodes.push(site);
    const ul = el('ul', { class: 'reasons', 'data-field': 'reasons' });
    for (const sentence of warning.sentences) ul.append(el('li', {}, sentence));
    for (const reason of warning.reasons) {
      if (reason.kind !== 'check') continue;
      for (const signal of reason.signals ?? []) ul.append(el('li', { class: 'muted' }, signal));
    }
    nodes.push(ul);
  } else {
    main.className = '';
    nodes.push(el('h1', {}, 'Clearsource'));
    const site = el('p');
    site.append(tab.host ? 'This page is on ' : 'This tab shows ', el('span', { class: 'site' }, tab.host ?? tab.url ?? 'no web page'), '.');
    nodes.push(site, el('p', { class: 'muted' }, 'None of your lists warns about this site.'));
  }
  const status = el('p', { class: 'status', role: 'status' });
  const actions = el('div', { class: 'actions' });
  const read = el('button', { type: 'button', class: 'primary', 'data-action': 'read' }, 'Read this article in Clearsource');
  read.addEventListener('click', async () => {
    try {
      await ask(MSG.POPUP_TO_BG_READ, { tabId });
      finish();
    } catch (err) {
      status.textContent = err.message;
    }
  });
  const report = el('button', { type: 'button', 'data-action': 'report' }, 'Report this site…');
  report.addEventListener('click', () => showReportForm(tabId, state));
  actions.append(read, report);
  if (tab.registrableDomain) {
    const allow = el('button', { type: 'button', 'data-action': 'allow' }, `Always allow ${tab.registrableDomain}`);
    allow.addEventListener('click', async () => {
      try {
        const out = await ask(MSG.POPUP_TO_BG_ALLOW_SITE, { tabId });
        status.textContent = `${out.domain} is on your allow list: Clearsource will not warn about it again.`;
        allow.disabled = true;
      } catch (err) {
        status.textContent = err.message;
      }
    });
    actions.append(allow);
  }
  const options = el('button', { type: 'button', 'data-action': 'options' }, 'My reports and lists');
  options.addEventListener('click', () => api.runtime.openOptionsPage().then(finish));
  actions.append(options);
  nodes.push(actions, status);
  main.replaceChildren(...nodes);
  return state;
}

async function start() {
  const style = document.createElement('style');
  style.textContent = REPORT_FORM_CSS;
  document.head.append(style);
  const tabId = await currentTabId();
  if (tabId === undefined || Number.isNaN(tabId)) {
    main.replaceChildren(el('p', { role: 'alert' }, 'No tab to look at.'));
    return;
  }
  const state = await render(tabId);
  if (state && params.get('report') === '1') await showReportForm(tabId, state);
  document.body.dataset.ready = 'true';
}

start().catch((err) => main.replaceChildren(el('p', { role: 'alert' }, `Clearsource: ${err.message}`)));
