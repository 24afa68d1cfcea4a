// Puts the reader together: settings applied first (so the first paint of the article is in the
// reader's theme), then the provenance banner, the article with its header and coverage note,
// the toolbar with appearance, read aloud and export, and the keyboard behaviour. Used by the
// extension's view frame (view.js) and by the web demo (web/demo/demo.js); each passes its own
// storage and close behaviour.
import { applySettings, normalizeSettings, resolveTheme, prefersDark } from '../shared/settings.js';
import { bannerModel, highlightPhrases, renderBanner } from './banner.js';
import { renderCoverage } from './coverage.js';
import {
  buildStandaloneHtml, collectCss, copyText, download, fileNameFor, markdownFor,
} from './export.js';
import { createReadAloud, speechAvailable } from './read-aloud.js';
import { displayTitle, formatDate, renderArticle, siteLabel } from './render.js';
import { buildToolbar } from './toolbar.js';

const SAVE_DELAY_MS = 400;  // storage.sync allows ~120 writes a minute: a dragged slider must not burn them

function unmark(root) {
  for (const mark of Array.from(root.querySelectorAll('mark.cs-injected'))) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

/**
 * options:
 *   doc, toolbarHost, main      where to build
 *   result, pageUrl, token      what to show (token goes into the report event)
 *   settings                    stored settings (validated here)
 *   saveSettings(settings)      persist (debounced here)
 *   dismissed, site, setDismissed(bool)   per-site banner choice and its persistence
 *   onClose()                   leave the view (null: no close button, e.g. the demo)
 *   reportable                  show "Report this site"
 */
export function mountReader(options) {
  const {
    doc = document, toolbarHost, main, result, pageUrl = null, token = null, saveSettings = null,
    site = null, setDismissed = null, onClose = null, reportable = true,
  } = options;
  const win = doc.defaultView;
  const root = doc.documentElement;
  let settings = applySettings(root, normalizeSettings(options.settings));
  let dismissed = Boolean(options.dismissed);

  // 1. Article, banner above it, coverage note under its header.
  const article = renderArticle(main, result, pageUrl);
  const bannerHost = doc.createElement('div');
  bannerHost.className = 'cs-banner-host';
  main.prepend(bannerHost);
  const content = article.querySelector('.cs-content');
  const model = bannerModel(result);

  function drawBanner() {
    renderBanner(bannerHost, result, {
      token, site, dismissed, reportable,
      onDismissChange: setDismissed ? (value) => {
        dismissed = value;
        setDismissed(value);
        drawBanner();
        bannerHost.querySelector('button')?.focus();
      } : null,
    });
    unmark(article);
    if (model.kind === 'warning' && !dismissed) {
      highlightPhrases(content, model.phrases);
      // The header shows the clean title; mark the phrase there only if it is still in it.
      highlightPhrases(article.querySelector('.cs-title'), model.phrases);
    }
  }
  drawBanner();
  renderCoverage(article.querySelector('.cs-coverage-host'), content, result);

  // Code blocks and tables wider than the column scroll sideways: keyboard users must be able to
  // focus them to scroll (WCAG 2.1.1; axe scrollable-region-focusable). Only those that overflow
  // become tab stops, as named regions so a screen reader says what focus landed on.
  function updateScrollables() {
    for (const box of content.querySelectorAll('pre, table')) {
      const overflows = box.scrollWidth > box.clientWidth + 1;
      if (overflows && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', box.tagName === 'PRE' ? 'Code (scrolls sideways)' : 'Table (scrolls sideways)');
        box.dataset.csScroll = '';
      } else if (!overflows && 'csScroll' in box.dataset) {
        for (const a of ['tabindex', 'role', 'aria-label', 'data-cs-scroll']) box.removeAttribute(a);
      }
    }
  }
  let scrollFrame = 0;
  const scheduleScrollables = () => {
    win.cancelAnimationFrame?.(scrollFrame);
    scrollFrame = win.requestAnimationFrame ? win.requestAnimationFrame(updateScrollables) : (updateScrollables(), 0);
  };
  updateScrollables();
  win.addEventListener('resize', scheduleScrollables);
  doc.title = displayTitle(result) ?? doc.title;

  // 2. Toolbar.
  let saveTimer = null;
  function flushSave() {
    if (saveTimer === null) return;
    clearTimeout(saveTimer);
    saveTimer = null;
    saveSettings?.(settings);
  }
  // The frame can be removed right after a change (Esc): save what is pending on the way out.
  const leave = onClose ? () => {
    flushSave();
    onClose();
  } : null;
  const readAloud = createReadAloud({
    getRoots: () => [article.querySelector('.cs-title'), content],
    lang: result.lang ?? doc.documentElement.lang ?? null,
    win,
    onChange: (state) => toolbar.setSpeech(state),
  });
  const meta = () => ({
    title: displayTitle(result),
    byline: result.byline,
    siteName: siteLabel(result, pageUrl),
    date: formatDate(result.publishedTime, result.lang),
    url: pageUrl,
  });
  const toolbar = buildToolbar(toolbarHost, settings, {
    onSettings(next) {
      settings = applySettings(root, next);
      scheduleScrollables();
      clearTimeout(saveTimer);
      if (saveSettings) saveTimer = setTimeout(flushSave, SAVE_DELAY_MS);
    },
    onClose: leave ?? undefined,
    onListen: () => readAloud.toggle(),
    onStop: () => readAloud.stop(),
    onPrint: () => win.print(),
    async onCopyMarkdown() {
      const ok = await copyText(markdownFor(article, meta()), doc);
      toolbar.status(ok ? 'Copied the article as Markdown.' : 'Could not reach the clipboard.');
    },
    async onSaveHtml() {
      toolbar.status('Preparing the file…');
      const html = await buildStandaloneHtml(article, {
        title: displayTitle(result), url: pageUrl, css: collectCss(doc), lang: result.lang, dir: result.dir,
        theme: resolveTheme(settings.theme, prefersDark(win)), font: settings.font,
      });
      download(html, fileNameFor(displayTitle(result), 'html'), 'text/html', doc);
      toolbar.status('Saved the article as an HTML file.');
    },
  }, { canClose: Boolean(onClose), speech: speechAvailable(win) });

  // 3. Keyboard: Esc closes an open menu first (focus back on its button), else leaves.
  function onKeyDown(event) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Esc inside an open dialog (the report dialog, in its own shadow root) closes that dialog.
    if (event.composedPath().some((n) => n.tagName === 'DIALOG' && n.open)) return;
    const open = toolbar.openMenus();
    if (open.length) {
      event.preventDefault();
      toolbar.closeMenus();
      open[0].querySelector('summary').focus();
      return;
    }
    if (leave) {
      event.preventDefault();
      leave();
    }
  }
  function onClick(event) {
    if (!event.target.closest?.('details.cs-menu')) toolbar.closeMenus();
  }
  doc.addEventListener('keydown', onKeyDown);
  doc.addEventListener('click', onClick);
  win.addEventListener('pagehide', flushSave);

  return {
    article,
    toolbar,
    readAloud,
    get settings() {
      return settings;
    },
    /** Settings changed elsewhere (another tab, another device): apply and show them. */
    applyExternalSettings(next) {
      settings = applySettings(root, next);
      scheduleScrollables();
      toolbar.setSettings(settings);
    },
    destroy() {
      readAloud.stop();
      flushSave();
      win.removeEventListener('pagehide', flushSave);
      win.removeEventListener('resize', scheduleScrollables);
      doc.removeEventListener('keydown', onKeyDown);
      doc.removeEventListener('click', onClick);
    },
  };
}
