// "Report this site" in the reader view. The banner (banner.js) dispatches
//   document.dispatchEvent(new CustomEvent('clearsource:report', { detail: { token } }))
// and this module answers it: it builds the report draft from the view's result (shared
// report-draft.js), shows the reader everything that will be stored, lets them add a note and a
// category, and saves through the background (the only writer of the store), which rebuilds the
// record from its own copy of the result and stores it only if it matches what was shown.
//
// What a hostile page can do here: nothing. It cannot dispatch events in this document (the
// frame is an extension page, another origin); this module does not listen to postMessage at
// all; the Save button acts only on a trusted click and only after the form has been visible
// for a moment (report-form.js), so a page that frames the view cannot script or rush a save.
import { api } from '../shared/browser.js';
import { MSG } from '../shared/messages.js';

// The form, the draft builder and the Public Suffix List (~120 KB) load on the first report only:
// the view itself starts without them, and a failure here can never break reading.
let modules = null;
function loadModules() {
  modules ??= Promise.all([
    import('../shared/psl-data.js'), import('../shared/psl.js'),
    import('../shared/report-draft.js'), import('../shared/report-form.js'),
  ]).then(([data, pslModule, draft, form]) => ({
    psl: pslModule.createPsl(data.PSL_DATA),
    buildReportDraft: draft.buildReportDraft,
    createReportForm: form.createReportForm,
    css: form.REPORT_FORM_CSS,
  })).catch((err) => {
    modules = null;
    throw err;
  });
  return modules;
}

export const REPORT_EVENT = 'clearsource:report';
const token = new URLSearchParams(location.search).get('t') ?? '';
let open = null;  // { host, dialog, form }

const DIALOG_CSS = `
:host { all: initial; }
dialog { box-sizing: border-box; width: min(44rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); overflow: auto;
  padding: 1.25rem 1.5rem 0; border: 1px solid var(--cs-rule, #ccc); border-radius: 12px;
  background: var(--cs-bg, Canvas); color: var(--cs-fg, CanvasText); box-shadow: 0 10px 40px rgba(0,0,0,.35); }
dialog::backdrop { background: rgba(0,0,0,.45); }
.csr-error { font: 15px/1.45 system-ui, sans-serif; }
`;

function close() {
  if (!open) return;
  open.form?.destroy();
  open.dialog.close();
  open.host.cleanup?.();
  open.host.remove();
  open.returnFocus?.focus?.();
  open = null;
}

function mountDialog(css) {
  const host = document.createElement('div');
  host.setAttribute('data-clearsource', 'report-dialog');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = DIALOG_CSS + css;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'csr-heading');
  root.append(style, dialog);
  document.body.append(host);
  // Esc closes the dialog, not the whole reader view (reader-app ignores handled keys), wherever
  // the focus is: captured on the window before any other listener sees it.
  const onKey = (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  window.addEventListener('keydown', onKey, true);
  host.cleanup = () => window.removeEventListener('keydown', onKey, true);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  return { host, dialog };
}

function showError(dialog, message) {
  const p = document.createElement('p');
  p.className = 'csr-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Close';
  button.addEventListener('click', close);
  dialog.replaceChildren(p, button);
  button.focus();
}

async function openReport(requestedToken) {
  if (open) {
    open.dialog.focus();
    return;
  }
  // The view reports the page it shows, nothing else.
  if (requestedToken && requestedToken !== token) return;
  const returnFocus = document.activeElement;
  let lib;
  try {
    lib = await loadModules();
  } catch (err) {
    console.error('Clearsource: the report form could not load', err);
    return;
  }
  if (open) return;
  const { psl, buildReportDraft, createReportForm } = lib;
  const { host, dialog } = mountDialog(lib.css);
  open = { host, dialog, form: null, returnFocus };
  dialog.showModal();
  dialog.textContent = 'Preparing the report…';
  try {
    const reply = await api.runtime.sendMessage({ type: MSG.VIEW_TO_BG_GET_RESULT, token });
    if (!reply?.ok) {
      showError(dialog, 'This reader view has expired, so there is nothing to report from it. Close it and open the reader view again.');
      return;
    }
    const draft = buildReportDraft({
      url: reply.url, result: reply.result, source: 'banner', extensionVersion: api.runtime.getManifest().version,
    }, { psl });
    if (!draft.ok) {
      showError(dialog, `This page cannot be reported: ${draft.errors.join('; ')}`);
      return;
    }
    const form = createReportForm(document, {
      report: draft.report,
      psl,
      blockDomain: draft.report.page.registrableDomain,
      async onSave({ report, addToBlockList }) {
        const saved = await api.runtime.sendMessage({ type: MSG.VIEW_TO_BG_REPORT_SAVE, token, report, addToBlockList });
        if (saved?.ok) return { ok: true, message: saved.message };
        return { ok: false, code: saved?.error?.code, message: saved?.error?.message ?? 'No answer from Clearsource\'s background.' };
      },
      onCancel: close,
    });
    if (open?.dialog !== dialog) return;  // closed while preparing
    open.form = form;
    dialog.replaceChildren(form.element);
    form.focus();
  } catch (err) {
    showError(dialog, `The report could not be prepared: ${err.message}`);
  }
}

document.addEventListener(REPORT_EVENT, (event) => {
  openReport(event.detail?.token ?? null);
});
