// extension/shared/proxies.js against the core: on every address below the extension keys a page
// by the host the wasm core judged it as (result.provenance.host), and reports, block lists and
// per-site choices name the publisher, never the cache, proxy or archive.
import { loadClearsource } from '../../core/bindings/node.js';
import { publisherHost } from '../../extension/shared/proxies.js';
import { siteKey } from '../../extension/shared/settings.js';
import { siteOf } from '../../extension/shared/report-draft.js';
import { createPsl } from '../../extension/shared/psl.js';
import { readPslTable } from '../../scripts/lib/psl-table.mjs';

const PAGE = '<html><head><title>Flood</title></head><body><article><p>The river rose three metres overnight, '
  + 'flooding low-lying streets in the old town, officials said on Sunday morning.</p></article></body></html>';

const CASES = [
  ['https://www.cbsnews.com/news/flood/', 'www.cbsnews.com'],
  ['https://www-cbsnews-com.cdn.ampproject.org/c/s/www.cbsnews.com/amp/news/flood/', 'www.cbsnews.com'],
  ['https://www-example-com.cdn.ampproject.org/v/www.example.com/a.html', 'www.example.com'],
  ['https://www.google.com/amp/s/www.theguardian.com/world/2024/flood', 'www.theguardian.com'],
  ['https://www.google.com/search?q=flood', 'www.google.com'],
  ['https://www-my--paper-co-uk.translate.goog/news/a?_x_tr_sl=auto', 'www.my-paper.co.uk'],
  ['https://web.archive.org/web/20200101000000/https://www.cbsnews.com/news/flood/', 'www.cbsnews.com'],
  ['https://web.archive.org/web/20200101000000id_/http://WWW.Example.com:80/a', 'www.example.com'],
  ['https://web.archive.org/web/2020/www.example.org/a', 'www.example.org'],
  ['https://web.archive.org/web/', 'web.archive.org'],
  ['https://web.archive.org/details/texts', 'web.archive.org'],
  ['https://wayback.archive-it.org/1234/20200101000000/https://www.example.org/a', 'www.example.org'],
  ['https://cdn.ampproject.org/c/s/www.cbsnews.com/', 'cdn.ampproject.org'],
  ['http://Dailyprofithub.Example/p/1', 'dailyprofithub.example'],
];

let core;
beforeAll(async () => {
  core = await loadClearsource();
});

test.each(CASES)('%s is judged as %s, by the core and by the extension', (url, host) => {
  expect(core.extract(PAGE, url).provenance.host).toBe(host);
  expect(publisherHost(url)).toBe(host);
});

test('reports and per-site choices name the publisher behind an archive or cache', () => {
  const psl = createPsl(readPslTable());
  expect(siteOf('https://web.archive.org/web/2020/https://www.profitpoint6.com.au/a', psl))
    .toEqual({ host: 'www.profitpoint6.com.au', registrableDomain: 'profitpoint6.com.au' });
  expect(siteOf('https://www.google.com/amp/s/farm.example.net/x', psl).registrableDomain).toBe('example.net');
  expect(siteKey('https://web.archive.org/web/2020/https://www.farm.example/a')).toBe('farm.example');
  expect(siteKey('https://www.farm.example/a')).toBe('farm.example');
  expect(publisherHost('not a url')).toBeNull();
  expect(siteKey('file:///tmp/a.html')).toBeNull();
});
