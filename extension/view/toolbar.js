// The compact toolbar: close, appearance (theme, font, size, line length, line spacing),
// read aloud (play/pause, stop), export (print, Markdown, HTML), and a polite status line.
// Native controls only (buttons, radios, ranges, <details> menus): Tab reaches all of them,
// screen readers name them, and nothing depends on pointer input.
import {
  DEFAULT_SETTINGS, FONTS, FONT_LABELS, RANGES, THEMES, THEME_LABELS, normalizeSettings,
} from '../shared/settings.js';
import { el } from './render.js';

function rangeText(key, value) {
  const r = RANGES[key];
  if (key === 'lineHeight') return `${Number(value).toFixed(1)}×`;
  return `${value} ${r.unit === 'px' ? 'px' : 'characters'}`;
}

function radioGroup(name, legend, values, labels, current) {
  const fieldset = el('fieldset', { class: 'cs-choice', 'data-setting': name });
  fieldset.append(el('legend', {}, legend));
  for (const value of values) {
    const id = `cs-${name}-${value}`;
    const input = el('input', { type: 'radio', name, id, value });
    input.checked = value === current;
    const label = el('label', { for: id, class: `cs-choice-${name}`, 'data-value': value });
    label.append(input, el('span', {}, labels[value]));
    fieldset.append(label);
  }
  return fieldset;
}

function rangeControl(key, current) {
  const r = RANGES[key];
  const id = `cs-range-${key}`;
  const wrap = el('div', { class: 'cs-range' });
  const label = el('label', { for: id }, r.label);
  const input = el('input', {
    type: 'range', id, name: key, min: String(r.min), max: String(r.max), step: String(r.step), value: String(current),
    'aria-valuetext': rangeText(key, current),
  });
  const out = el('output', { for: id, 'aria-hidden': 'true' }, rangeText(key, current));
  wrap.append(label, input, out);
  return wrap;
}

function menu(name, summaryNodes, panelLabel) {
  const details = el('details', { class: 'cs-menu', 'data-menu': name });
  const summary = el('summary', { class: 'cs-button' });
  summary.append(...summaryNodes);
  const panel = el('div', { class: 'cs-panel', role: 'group', 'aria-label': panelLabel });
  details.append(summary, panel);
  return { details, summary, panel };
}

function button(action, text, attrs = {}) {
  const b = el('button', { type: 'button', class: 'cs-button', 'data-action': action, ...attrs });
  if (Array.isArray(text)) b.append(...text);
  else b.textContent = text;
  return b;
}

function icon(glyph) {
  return el('span', { class: 'cs-icon', 'aria-hidden': 'true' }, glyph);
}

/**
 * Builds the toolbar into `host`. handlers: onSettings(settings), onClose(), onListen(),
 * onStop(), onPrint(), onCopyMarkdown(), onSaveHtml(). Returns { setSettings, setSpeech, status,
 * closeMenus, openMenu }.
 */
export function buildToolbar(host, settings, handlers, { canClose = true, speech = true } = {}) {
  let current = normalizeSettings(settings);
  host.replaceChildren();
  host.classList.add('cs-toolbar');
  const skip = el('a', { class: 'cs-skip', href: '#cs-article' }, 'Skip to the article');
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    host.ownerDocument.getElementById('cs-title')?.focus();
  });
  const row = el('div', { class: 'cs-toolbar-row' });

  if (canClose) {
    row.append(button('close', [icon('✕'), el('span', {}, 'Close')], {
      'aria-label': 'Close reader view', 'aria-keyshortcuts': 'Escape', title: 'Back to the page (Esc)',
    }));
  }

  const appearance = menu('appearance', [icon('Aa'), el('span', { class: 'cs-label' }, 'Appearance')], 'Appearance');
  appearance.panel.append(
    radioGroup('theme', 'Theme', THEMES, THEME_LABELS, current.theme),
    radioGroup('font', 'Font', FONTS, FONT_LABELS, current.font),
    rangeControl('size', current.size),
    rangeControl('width', current.width),
    rangeControl('lineHeight', current.lineHeight),
  );
  const hint = el('label', { class: 'cs-check' });
  const hintBox = el('input', { type: 'checkbox', name: 'iconHint' });
  hintBox.checked = current.iconHint;
  hint.append(hintBox, el('span', {}, 'Toolbar icon shows whether a page looks like an article'));
  appearance.panel.append(hint, button('reset-settings', 'Reset to defaults'));
  row.append(appearance.details);

  const listenGroup = el('div', { class: 'cs-group', role: 'group', 'aria-label': 'Read aloud' });
  const listen = button('listen', [icon('▶'), el('span', {}, 'Listen')]);
  const stop = button('stop', [icon('■'), el('span', {}, 'Stop')], { disabled: '' });
  if (!speech) {
    listen.disabled = true;
    listen.title = 'This browser has no speech synthesis';
  }
  listenGroup.append(listen, stop);
  row.append(listenGroup);

  const exportMenu = menu('export', [icon('⇩'), el('span', { class: 'cs-label' }, 'Export')], 'Export');
  exportMenu.panel.append(
    button('print', 'Print…'),
    button('copy-markdown', 'Copy as Markdown'),
    button('save-html', 'Save as HTML file'),
  );
  row.append(exportMenu.details);

  const status = el('p', { class: 'cs-status', role: 'status', 'aria-live': 'polite' });
  row.append(status);
  host.append(skip, row);

  const menus = [appearance.details, exportMenu.details];
  function closeMenus(except = null) {
    for (const m of menus) if (m !== except) m.open = false;
  }
  for (const m of menus) {
    m.addEventListener('toggle', () => {
      if (m.open) closeMenus(m);
    });
  }

  function commit(next) {
    current = normalizeSettings(next);
    handlers.onSettings?.(current);
  }

  appearance.panel.addEventListener('change', (event) => {
    const t = event.target;
    if (t.name === 'theme' || t.name === 'font') commit({ ...current, [t.name]: t.value });
    else if (t.name === 'iconHint') commit({ ...current, iconHint: t.checked });
  });
  appearance.panel.addEventListener('input', (event) => {
    const t = event.target;
    if (!(t.name in RANGES)) return;
    const value = Number(t.value);
    t.setAttribute('aria-valuetext', rangeText(t.name, value));
    t.nextElementSibling.textContent = rangeText(t.name, value);
    commit({ ...current, [t.name]: value });
  });

  host.addEventListener('click', (event) => {
    const action = event.target.closest('button[data-action]')?.dataset.action;
    if (!action) return;
    switch (action) {
      case 'close': handlers.onClose?.(); break;
      case 'reset-settings': commit({ ...DEFAULT_SETTINGS }); setSettings(current); break;
      case 'listen': handlers.onListen?.(); break;
      case 'stop': handlers.onStop?.(); break;
      case 'print': closeMenus(); handlers.onPrint?.(); break;
      case 'copy-markdown': closeMenus(); handlers.onCopyMarkdown?.(); break;
      case 'save-html': closeMenus(); handlers.onSaveHtml?.(); break;
      default: break;
    }
  });

  function setSettings(next) {
    current = normalizeSettings(next);
    for (const name of ['theme', 'font']) {
      for (const input of appearance.panel.querySelectorAll(`input[name="${name}"]`)) input.checked = input.value === current[name];
    }
    for (const key of Object.keys(RANGES)) {
      const input = appearance.panel.querySelector(`input[name="${key}"]`);
      input.value = String(current[key]);
      input.setAttribute('aria-valuetext', rangeText(key, current[key]));
      input.nextElementSibling.textContent = rangeText(key, current[key]);
    }
    hintBox.checked = current.iconHint;
  }

  function setSpeech({ state, error }) {
    const [glyph, label] = listen.querySelectorAll('span');
    if (state === 'playing') {
      glyph.textContent = '❚❚';
      label.textContent = 'Pause';
    } else {
      glyph.textContent = '▶';
      label.textContent = state === 'paused' ? 'Resume' : 'Listen';
    }
    listen.dataset.state = state;
    // Disabling the focused Stop button would drop focus to the page: hand it to Listen.
    if (state === 'idle' && host.ownerDocument.activeElement === stop) listen.focus();
    stop.disabled = state === 'idle';
    if (error) {
      status.textContent = error;
      status.dataset.source = 'speech';
    } else if (state === 'playing' && status.dataset.source === 'speech') {
      status.textContent = '';  // an earlier speech error no longer applies
      delete status.dataset.source;
    }
  }

  let statusTimer = null;
  function say(text) {
    delete status.dataset.source;
    status.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      if (status.textContent === text) status.textContent = '';
    }, 6000);
  }

  return {
    setSettings,
    setSpeech,
    status: say,
    closeMenus,
    openMenus: () => menus.filter((m) => m.open),
    get settings() {
      return current;
    },
  };
}
