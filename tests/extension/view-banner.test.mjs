/**
 * @jest-environment jsdom
 */
// The provenance banner on a result object built by hand in the shape of
// core/bindings/clearsource.d.ts, modelled on the seed case (a finance-spam copy of a CBS News
// story with an injected brand), plus syndicated / original / unknown and hostile evidence.
import { jest } from '@jest/globals';
import {
  REPORT_EVENT, bannerModel, highlightPhrases, injectedPhrases, rankedSignals, renderBanner, whereLabel,
} from '../../extension/view/banner.js';
import { mountReader } from '../../extension/view/reader-app.js';

const PHRASE = 'NovaTrust Coin Exchange';
const CLEAN = 'Senate approves $2 billion to repair national park trails and bridges';

export function farmResult(overrides = {}) {
  return {
    ok: true,
    title: `${PHRASE}|${CLEAN}`,
    byline: null,
    siteName: 'Golden Ledger Money Daily',
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    leadImage: null,
    content: `<div><p>Washington — The ${PHRASE}Senate on Tuesday approved $2 billion over five years.</p>`
      + '<p>The measure passed 71 to 27, with support from senators in both parties.</p>'
      + '<p>Jordan Hale is a reporter covering Congress for CBS News Digital.</p></div>',
    textContent: `Washington — The ${PHRASE}Senate on Tuesday approved $2 billion over five years.\n\nThe measure passed 71 to 27.`,
    length: 120,
    readerable: true,
    provenance: {
      verdict: 'content-farm',
      score: 0.91,
      signals: [
        { id: 'link-farm', weight: 0.2, message: 'Three blocks of headlines unrelated to the article or to each other.',
          evidence: [{ text: 'How to watch the new detective series', where: 'links' }] },
        { id: 'attribution-mismatch', weight: 0.45, message: 'The byline bio credits CBS News, but the page is on another site.',
          evidence: [{ text: 'Jordan Hale is a reporter covering Congress for CBS News Digital.', where: 'byline' }] },
        { id: 'keyword-injection', weight: 0.35, message: `"${PHRASE}" was added to the title and glued into the first sentence.`,
          evidence: [
            { text: PHRASE, where: 'title' },
            { text: `${PHRASE}Senate`, where: 'text' },
            { text: PHRASE, where: 'meta:keywords' },
          ] },
        { id: 'template-junk', weight: 0.05, message: 'Widget residue from the copying site.',
          evidence: [{ text: 'veryGood! (3)', where: 'text' }] },
      ],
      likelyOriginal: { publisher: 'CBS News', url: null, searchQuery: `"${CLEAN}" CBS News` },
      cleanTitle: CLEAN,
      fingerprint: 'a1b2c3d4e5f60718',
    },
    timings: { parseMs: 1, extractMs: 1, analyzeMs: 1 },
    ...overrides,
  };
}

function host() {
  document.body.innerHTML = '<div id="b"></div>';
  return document.getElementById('b');
}

describe('bannerModel', () => {
  test('a content-farm copy: one sentence naming the likely original, search link, top three signals by weight', () => {
    const m = bannerModel(farmResult());
    expect(m.kind).toBe('warning');
    expect(m.sentence).toBe('This page looks like a content-farm copy of an article by CBS News, republished with added words or links.');
    expect(m.sentence.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
    expect(m.publisher).toBe('CBS News');
    expect(m.search).toBe(`https://duckduckgo.com/?q=${encodeURIComponent(`"${CLEAN}" CBS News`)}`);
    expect(m.top.map((s) => s.id)).toEqual(['attribution-mismatch', 'keyword-injection', 'link-farm']);
    expect(m.signals).toHaveLength(4);
    expect(m.phrases).toEqual([PHRASE]);
    expect(m.cleanTitle).toBe(CLEAN);
  });

  test('suspected copy with a known original URL links to it instead of searching', () => {
    const r = farmResult();
    r.provenance.verdict = 'suspected-copy';
    r.provenance.likelyOriginal = { publisher: 'CBS News', url: 'https://www.cbsnews.com/news/trails/', searchQuery: 'x' };
    const m = bannerModel(r);
    expect(m.sentence).toBe('This page looks like a copy of an article by CBS News, republished on another site.');
    expect(m.url).toBe('https://www.cbsnews.com/news/trails/');
    expect(m.search).toBeNull();
  });

  test('unknown publisher: still one sentence, search built from the clean title', () => {
    const r = farmResult();
    r.provenance.likelyOriginal = null;
    const m = bannerModel(r);
    expect(m.sentence).toContain("someone else's article");
    expect(m.search).toBe(`https://duckduckgo.com/?q=${encodeURIComponent(`"${CLEAN}"`)}`);
  });

  test('syndicated is a quiet note; original, unknown and missing provenance show nothing', () => {
    const syn = farmResult();
    syn.provenance = { verdict: 'syndicated', score: 0.1, signals: [], likelyOriginal: { publisher: 'AP', url: null, searchQuery: null }, cleanTitle: null, fingerprint: null };
    expect(bannerModel(syn)).toMatchObject({ kind: 'note', sentence: 'Republished from AP.' });
    for (const verdict of ['original', 'unknown']) {
      const r = farmResult();
      r.provenance.verdict = verdict;
      expect(bannerModel(r).kind).toBeNull();
    }
    expect(bannerModel(farmResult({ provenance: null })).kind).toBeNull();
    expect(bannerModel({ ok: true }).kind).toBeNull();
  });

  test('signals with negative weight (evidence against a copy) never make the top list', () => {
    const r = farmResult();
    r.provenance.signals = [
      { id: 'syndication', weight: -0.6, message: 'Republication markers: wire-service copy.', evidence: [{ text: 'DENVER (Reuters) -', where: 'text' }] },
      { id: 'keyword-injection', weight: 0.9, message: 'x', evidence: [{ text: 'Brand', where: 'title' }] },
    ];
    const m = bannerModel(r);
    expect(m.top.map((s) => s.id)).toEqual(['keyword-injection']);
    expect(m.signals.map((s) => s.id)).toEqual(['keyword-injection', 'syndication']);
    const div = host();
    renderBanner(div, r, {});
    const against = div.querySelector('.cs-prov-all li[data-signal="syndication"] .cs-prov-weight');
    expect(against.textContent).toBe(' (weight -0.60: counts against a copy)');
  });

  test('signals are ranked by weight, ties keep the core order; junk entries are ignored', () => {
    const ranked = rankedSignals({ signals: [{ id: 'a', weight: 0.1 }, null, { id: 'b', weight: 0.5 }, { id: 'c', weight: 0.1 }, { weight: 1 }] });
    expect(ranked.map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('injectedPhrases', () => {
  test('reduces glued evidence to the phrase, and whole-title evidence to its affixes', () => {
    expect(injectedPhrases(farmResult().provenance)).toEqual([PHRASE]);
    const p = { cleanTitle: CLEAN, signals: [{ id: 'keyword-injection', weight: 1, evidence: [{ text: `${PHRASE}|${CLEAN} -Golden Ledger`, where: 'title' }] }] };
    expect(injectedPhrases(p).sort()).toEqual(['Golden Ledger', PHRASE].sort());
  });
  test('prefers an explicit injectedPhrases list from the core', () => {
    expect(injectedPhrases({ injectedPhrases: ['Brand X', 7, ''], signals: [] })).toEqual(['Brand X']);
  });
});

describe('highlightPhrases', () => {
  test('wraps every occurrence in <mark>, also glued and across several text nodes', () => {
    const div = host();
    div.innerHTML = `<p>The ${PHRASE}Senate voted. <b>${PHRASE}</b> again and ${PHRASE}.</p>`;
    expect(highlightPhrases(div, [PHRASE])).toBe(3);
    const marks = div.querySelectorAll('mark.cs-injected');
    expect(marks).toHaveLength(3);
    expect([...marks].every((m) => m.textContent === PHRASE)).toBe(true);
    expect(div.textContent).toBe(`The ${PHRASE}Senate voted. ${PHRASE} again and ${PHRASE}.`);
    // Idempotent: text already in a mark is not marked twice.
    expect(highlightPhrases(div, [PHRASE])).toBe(0);
  });
});

describe('renderBanner', () => {
  test('renders the sentence, the likely original, the top signals, the marked page title and the details', () => {
    const div = host();
    renderBanner(div, farmResult(), { token: 'tok', site: 'goldenledger.example', onDismissChange: () => {} });
    const section = div.querySelector('section.cs-provenance--warning');
    expect(section.getAttribute('aria-labelledby')).toBe('cs-prov-heading');
    expect(section.querySelector('h2').textContent).toContain('content-farm copy of an article by CBS News');
    expect(section.querySelector('.cs-prov-original strong').textContent).toBe('CBS News');
    const link = section.querySelector('.cs-prov-link');
    expect(link.textContent).toBe('search for the original');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const top = [...section.querySelectorAll('.cs-prov-top > li')].map((li) => li.dataset.signal);
    expect(top).toEqual(['attribution-mismatch', 'keyword-injection', 'link-farm']);
    expect(section.querySelector('.cs-prov-top li').textContent).toMatch(/^Credits another publisher\./);
    const title = section.querySelector('.cs-prov-title');
    expect(title.querySelector('mark.cs-injected').textContent).toBe(PHRASE);
    const details = section.querySelector('details.cs-prov-details');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary').textContent).toContain('4 signals');
    const all = details.querySelectorAll('.cs-prov-all > li');
    expect(all).toHaveLength(4);
    const evidence = [...details.querySelectorAll('.cs-prov-evidence li')].map((li) => li.textContent);
    expect(evidence).toContain(`${PHRASE} in the page title`);
    expect(evidence).toContain(`${PHRASE}Senate in the article text`);
    expect(evidence).toContain(`${PHRASE} in the keywords tag`);
    expect(evidence).toContain('Jordan Hale is a reporter covering Congress for CBS News Digital. in the byline');
    expect(details.querySelector('.cs-prov-score').textContent).toContain('0.91');
    expect(section.querySelector('[data-action="report"]').textContent).toBe('Report this site');
    expect(section.querySelector('[data-action="dismiss-banner"]').textContent).toBe('Hide warnings for goldenledger.example');
  });

  test('"Report this site" dispatches clearsource:report with the token on document', () => {
    const div = host();
    renderBanner(div, farmResult(), { token: 'abc123' });
    const seen = [];
    const listener = (e) => seen.push(e.detail);
    document.addEventListener(REPORT_EVENT, listener);
    div.querySelector('[data-action="report"]').click();
    document.removeEventListener(REPORT_EVENT, listener);
    expect(seen).toEqual([{ token: 'abc123' }]);
  });

  test('no report button where reporting does not exist (web demo); no hide button without storage', () => {
    const div = host();
    renderBanner(div, farmResult(), { reportable: false });
    expect(div.querySelector('[data-action="report"]')).toBeNull();
    expect(div.querySelector('[data-action="dismiss-banner"]')).toBeNull();
  });

  test('dismissed: a one-line note with a way back', () => {
    const div = host();
    const onDismissChange = jest.fn();
    renderBanner(div, farmResult(), { dismissed: true, site: 'goldenledger.example', onDismissChange });
    expect(div.querySelector('section')).toBeNull();
    expect(div.textContent).toContain('Source warning hidden for goldenledger.example.');
    div.querySelector('[data-action="show-banner"]').click();
    expect(onDismissChange).toHaveBeenCalledWith(false);
  });

  test('syndicated note links the publisher when the core gives a URL', () => {
    const div = host();
    const r = farmResult();
    r.provenance = { verdict: 'syndicated', score: 0, signals: [], likelyOriginal: { publisher: 'Reuters', url: 'https://www.reuters.com/x', searchQuery: null }, cleanTitle: null, fingerprint: null };
    renderBanner(div, r, {});
    const note = div.querySelector('.cs-provenance--note');
    expect(note.getAttribute('role')).toBe('note');
    expect(note.textContent).toBe('Republished from Reuters.');
    expect(note.querySelector('a').href).toBe('https://www.reuters.com/x');
    expect(div.hidden).toBe(false);
  });

  test('original: nothing rendered, host hidden', () => {
    const div = host();
    const r = farmResult();
    r.provenance.verdict = 'original';
    renderBanner(div, r, {});
    expect(div.childNodes).toHaveLength(0);
    expect(div.hidden).toBe(true);
  });

  test('evidence from a hostile page is text, never markup', () => {
    const div = host();
    const r = farmResult();
    r.provenance.signals[1].evidence = [{ text: '<img src=x onerror="alert(1)">Owned', where: '<b>byline</b>' }];
    r.provenance.likelyOriginal = { publisher: '<script>x()</script>', url: 'javascript:alert(1)', searchQuery: null };
    renderBanner(div, r, {});
    expect(div.querySelector('img, script, b')).toBeNull();
    expect(div.textContent).toContain('<img src=x onerror="alert(1)">Owned');
    // A javascript: URL is not a link target: it falls back to a search.
    expect([...div.querySelectorAll('a')].every((a) => /^https:/.test(a.href))).toBe(true);
  });

  test('where labels read as words', () => {
    expect(whereLabel('title')).toBe('the page title');
    expect(whereLabel('link-block')).toBe('a block of links');
    expect(whereLabel('article-link')).toBe('a link in the article');
    expect(whereLabel('page')).toBe('the page around the article');
    expect(whereLabel('meta:og:site_name')).toBe('the og:site_name tag');
    expect(whereLabel('json-ld:publisher')).toBe('the structured data (publisher)');
    // The forms the core writes.
    expect(whereLabel('jsonld:publisher')).toBe('the structured data (publisher)');
    expect(whereLabel('jsonld:url')).toBe('the structured data (url)');
    expect(whereLabel(undefined)).toBe('the page');
  });
});

describe('mountReader with a farm copy', () => {
  function mount(extra = {}) {
    document.body.innerHTML = '<header id="t"></header><main id="m"></main>';
    return mountReader({
      doc: document, toolbarHost: document.getElementById('t'), main: document.getElementById('m'),
      result: farmResult(), pageUrl: 'https://goldenledger.example/news/trails.html', token: 'tok-1',
      settings: {}, site: 'goldenledger.example', setDismissed: jest.fn(), onClose: jest.fn(), ...extra,
    });
  }

  test('the header shows the clean title; the phrase is marked in the text; the banner sits above the article', () => {
    const app = mount();
    expect(document.querySelector('h1.cs-title').textContent).toBe(CLEAN);
    expect(document.title).toBe(CLEAN);
    const marks = document.querySelectorAll('.cs-content mark.cs-injected');
    expect(marks).toHaveLength(1);
    expect(marks[0].parentElement.textContent).toContain(`The ${PHRASE}Senate`);
    const main = document.getElementById('m');
    expect(main.firstElementChild.className).toBe('cs-banner-host');
    expect(main.firstElementChild.nextElementSibling.tagName).toBe('ARTICLE');
    app.destroy();
  });

  test('hiding the banner for the site removes the marks and persists; showing it again restores them', () => {
    const setDismissed = jest.fn();
    const app = mount({ setDismissed });
    document.querySelector('[data-action="dismiss-banner"]').click();
    expect(setDismissed).toHaveBeenLastCalledWith(true);
    expect(document.querySelector('.cs-provenance--hidden')).not.toBeNull();
    expect(document.querySelectorAll('mark.cs-injected')).toHaveLength(0);
    expect(document.querySelector('.cs-content p').textContent).toContain(`The ${PHRASE}Senate`);
    document.querySelector('[data-action="show-banner"]').click();
    expect(setDismissed).toHaveBeenLastCalledWith(false);
    expect(document.querySelectorAll('.cs-content mark.cs-injected')).toHaveLength(1);
    app.destroy();
  });

  test('a site the reader hid starts with the short note', () => {
    const app = mount({ dismissed: true });
    expect(document.querySelector('section.cs-provenance--warning')).toBeNull();
    expect(document.querySelector('.cs-provenance--hidden')).not.toBeNull();
    expect(document.querySelectorAll('mark.cs-injected')).toHaveLength(0);
    app.destroy();
  });
});
