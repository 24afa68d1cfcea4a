// Site-list parsing and matching: each supported format, the errors we promise to report,
// and the matcher's host handling (subdomains, IDN, ports, trailing dots, IPs).
import {
  parseList,
  buildMatcher,
  normalizeHost,
  globMatch,
  compileRegexRule,
  requiredLiterals,
  MAX_REGEX_LENGTH,
} from '../../extension/background/site-lists.js';

const matcherFor = (text, options) => {
  const { rules, errors } = parseList(text, options);
  return { m: buildMatcher([{ id: 'list', rules, kind: 'block' }]), rules, errors };
};
const hit = (m, url) => {
  const r = m.match(url);
  return r && `${r.kind}:${r.line}`;
};

describe('uBlacklist', () => {
  const text = [
    '# my blocklist',
    '*://*.farm.com/*',
    '*://exact.com/*',
    'https://paths.com/news/*',
    'http://insecure.com/*',
    '@*://*.good.farm.com/*',
    '/^https?:\\/\\/[^/]*\\.rx\\.net\\//',
    '/CASE\\.org/i',
    '@/^https:\\/\\/ok\\.rx\\.net\\//',
    '*://*/*?utm_source=farm*',
  ].join('\n');
  const { m, rules, errors } = matcherFor(text, { format: 'ublacklist' });

  test('parses patterns, regexes and unblock rules without errors', () => {
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(9);
    expect(rules[0]).toMatchObject({ syntax: 'match-pattern', host: 'farm.com', subdomains: true, kind: 'block', line: 2 });
    expect(rules[1]).toMatchObject({ host: 'exact.com', subdomains: false, path: null });
    expect(rules[2]).toMatchObject({ host: 'paths.com', scheme: 'https', path: '/news/*' });
    expect(rules[4]).toMatchObject({ kind: 'allow', host: 'good.farm.com' });
    expect(rules[5]).toMatchObject({ syntax: 'regex', flags: '' });
    expect(rules[6]).toMatchObject({ syntax: 'regex', pattern: 'CASE\\.org', flags: 'i' });
  });

  test('*. covers the domain itself and subdomains; no * means exact host', () => {
    expect(hit(m, 'https://farm.com/')).toBe('block:2');
    expect(hit(m, 'https://a.b.farm.com/x')).toBe('block:2');
    expect(hit(m, 'https://exact.com/a')).toBe('block:3');
    expect(hit(m, 'https://www.exact.com/a')).toBeNull();
  });

  test('scheme and path parts of a match pattern are enforced', () => {
    expect(hit(m, 'https://paths.com/news/1')).toBe('block:4');
    expect(hit(m, 'http://paths.com/news/1')).toBeNull();
    expect(hit(m, 'https://paths.com/sport/1')).toBeNull();
    expect(hit(m, 'http://insecure.com/')).toBe('block:5');
    expect(hit(m, 'https://insecure.com/')).toBeNull();
    expect(hit(m, 'https://any.site/page?utm_source=farm42')).toBe('block:10');
  });

  test('unblock (@) beats block', () => {
    expect(hit(m, 'https://good.farm.com/')).toBe('allow:6');
    expect(hit(m, 'https://x.good.farm.com/')).toBe('allow:6');
    expect(hit(m, 'https://bad.farm.com/')).toBe('block:2');
  });

  test('regex rules match the whole URL, with the i flag when given', () => {
    expect(hit(m, 'https://www.rx.net/page')).toBe('block:7');
    expect(hit(m, 'https://ok.rx.net/page')).toBe('allow:9');
    expect(hit(m, 'https://case.ORG/')).toBe('block:8');
  });

  test('title and highlight rules are reported as unsupported with line numbers', () => {
    const { rules: r, errors: e } = parseList('title/Example/\n@title/Ok/\n@1*://x.com/*\n*://y.com/*', { format: 'ublacklist' });
    expect(r).toHaveLength(1);
    expect(e.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(e[0].message).toMatch(/title rules .* not supported/);
    expect(e[2].message).toMatch(/highlight rules .* not supported/);
  });

  test('malformed match patterns are reported', () => {
    const { rules: r, errors: e } = parseList(
      ['*://missing-path.com', 'ftp://x.com/*', '*://x.com:8080/*', '*://ex*ample.com/*', '*://bad host.com/*', '*://a..b/*'].join('\n'),
      { format: 'ublacklist' },
    );
    expect(r).toEqual([]);
    expect(e.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(e[0].message).toMatch(/needs a path/);
    expect(e[1].message).toMatch(/unsupported scheme/);
    expect(e[2].message).toMatch(/port/);
    expect(e[3].message).toMatch(/leading "\*\."/);
  });

  test('plain domains are not uBlacklist syntax', () => {
    const { errors: e } = parseList('example.com', { format: 'ublacklist' });
    expect(e).toEqual([{ line: 1, text: 'example.com', message: expect.stringMatching(/expected a match pattern/) }]);
  });

  test('non-ASCII paths are compared percent-encoded, as in URLs', () => {
    const { m: mm, errors: e } = matcherFor('*://news.jp/ニュース/*');
    expect(e).toEqual([]);
    expect(hit(mm, 'https://news.jp/ニュース/1')).toBe('block:1');
    expect(hit(mm, 'https://news.jp/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/1')).toBe('block:1');
    expect(hit(mm, 'https://news.jp/other/1')).toBeNull();
  });
});

describe('Content Farm Terminator', () => {
  const text = [
    '# Content farms',
    '',
    'farm.com # rewrites news',
    'bare.net reason without a hash',
    '*.wild.*',
    'ex*mple.org',
    '/^https?:\\/\\/(?:[\\w-]+\\.)*rxfarm\\.com\\// # regex with reason',
    '/^https?://slashy\\.com/news/',
  ].join('\n');
  const { m, rules, errors } = matcherFor(text, { format: 'cft' });

  test('parses domains, wildcards, regexes and trailing reasons', () => {
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.syntax, r.host ?? r.pattern, r.comment])).toEqual([
      [3, 'domain', 'farm.com', 'rewrites news'],
      [4, 'domain', 'bare.net', 'reason without a hash'],
      [5, 'domain', '*.wild.*', null],
      [6, 'domain', 'ex*mple.org', null],
      [7, 'regex', '^https?:\\/\\/(?:[\\w-]+\\.)*rxfarm\\.com\\/', 'regex with reason'],
      [8, 'regex', '^https?://slashy\\.com/news', null],
    ]);
  });

  test('a domain matches itself and subdomains only', () => {
    expect(hit(m, 'https://farm.com/')).toBe('block:3');
    expect(hit(m, 'https://www.farm.com/')).toBe('block:3');
    expect(hit(m, 'https://notfarm.com/')).toBeNull();
    expect(hit(m, 'https://farm.com.evil.io/')).toBeNull();
  });

  test('* matches any run of host characters, dots included', () => {
    expect(hit(m, 'https://www.wild.com/')).toBe('block:5');
    expect(hit(m, 'https://a.b.wild.co.uk/')).toBe('block:5');
    expect(hit(m, 'https://wild.com/')).toBeNull(); // "*." needs something before the dot
    expect(hit(m, 'https://notwild.com/')).toBeNull();
    expect(hit(m, 'https://exAMple.org/')).toBe('block:6');
    expect(hit(m, 'https://sub.example.org/')).toBe('block:6');
    expect(hit(m, 'https://exmple.org/')).toBe('block:6');
  });

  test('regex rules', () => {
    expect(hit(m, 'https://a.b.rxfarm.com/x')).toBe('block:7');
    expect(hit(m, 'https://rxfarm.com.evil/x')).toBeNull();
    expect(hit(m, 'https://slashy.com/news/1')).toBe('block:8');
  });

  test('paths, schemes and junk are reported', () => {
    const { rules: r, errors: e } = parseList('example.com/path\nhttp:example.com\nexa mple\n-?.com\n||x.com^\nexa.com mple', { format: 'cft' });
    expect(r.map((x) => [x.host, x.comment])).toEqual([['exa.com', 'mple']]); // CFT: text after a space is a comment
    expect(e.map((x) => x.line)).toEqual([1, 2, 3, 4, 5]);
    expect(e[0].message).toMatch(/cannot have a path/);
    expect(e[2].message).toMatch(/not a domain \(no dot\)/);
    expect(e[4].message).toMatch(/not accepted when parsing as "cft"/);
  });
});

describe('uBlock Origin / ABP host rules', () => {
  const text = [
    '[Adblock Plus 2.0]',
    '! Title: farms',
    '||farm.com^',
    '||doc.com^$document',
    '||imp.com^$doc,important',
    '@@||ok.farm.com^',
    '@@||ok2.farm.com^$document',
    'plain.org',
    '||*.glob.net^',
  ].join('\n');
  const { m, rules, errors } = matcherFor(text, { format: 'ubo' });

  test('parses ||host^, options, exceptions and plain hostnames', () => {
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.kind, r.host, r.subdomains])).toEqual([
      [3, 'block', 'farm.com', true],
      [4, 'block', 'doc.com', true],
      [5, 'block', 'imp.com', true],
      [6, 'allow', 'ok.farm.com', true],
      [7, 'allow', 'ok2.farm.com', true],
      [8, 'block', 'plain.org', true],
      [9, 'block', '*.glob.net', true],
    ]);
  });

  test('matching and exceptions', () => {
    expect(hit(m, 'https://farm.com/')).toBe('block:3');
    expect(hit(m, 'https://www.farm.com/')).toBe('block:3');
    expect(hit(m, 'https://ok.farm.com/')).toBe('allow:6');
    expect(hit(m, 'https://a.ok2.farm.com/')).toBe('allow:7');
    expect(hit(m, 'https://www.plain.org/')).toBe('block:8');
    expect(hit(m, 'https://a.glob.net/')).toBe('block:9');
    expect(hit(m, 'https://notfarm.com/')).toBeNull();
  });

  test('unsupported filters are reported, not dropped', () => {
    const { rules: r, errors: e } = parseList(
      ['##.ad-banner', 'example.com##.ad', '||script.com^$script', '||prefix.com', '||path.com/ads/', '|https://x.com/|', '@@plain.com', '||x.com^$'].join('\n'),
      { format: 'ubo' },
    );
    expect(r).toEqual([]);
    expect(e.map((x) => x.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(e[0].message).toMatch(/cosmetic/);
    expect(e[1].message).toMatch(/cosmetic/);
    expect(e[2].message).toMatch(/\$script/);
    expect(e[3].message).toMatch(/prefix match/);
    expect(e[4].message).toMatch(/path/);
  });

  test('uBO regex filters ignore case unless $match-case', () => {
    const { m: mm, rules: r, errors: e } = matcherFor('/farm\\.example\\//\n/Strict\\.example\\//$match-case', { format: 'ubo' });
    expect(e).toEqual([]);
    expect(r.map((x) => x.flags)).toEqual(['i', '']);
    expect(hit(mm, 'https://FARM.example/')).toBe('block:1');
    expect(hit(mm, 'https://strict.example/')).toBeNull();
  });
});

describe('hosts files', () => {
  const text = [
    '# hosts',
    '127.0.0.1 localhost',
    '::1 localhost ip6-localhost',
    '0.0.0.0 farm.com',
    '127.0.0.1 a.com b.com # two hosts',
    '0.0.0.0\tTAB.com',
  ].join('\n');
  const { m, rules, errors } = matcherFor(text, { format: 'hosts' });

  test('parses address lines, several hosts per line, skips loopback names', () => {
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.host, r.subdomains, r.comment])).toEqual([
      [4, 'farm.com', false, null],
      [5, 'a.com', false, 'two hosts'],
      [5, 'b.com', false, 'two hosts'],
      [6, 'tab.com', false, null],
    ]);
  });

  test('hosts entries match the exact host only', () => {
    expect(hit(m, 'http://farm.com/')).toBe('block:4');
    expect(hit(m, 'http://www.farm.com/')).toBeNull();
    expect(hit(m, 'http://b.com/')).toBe('block:5');
    expect(hit(m, 'http://localhost/')).toBeNull();
  });

  test('bad lines are reported', () => {
    const { rules: r, errors: e } = parseList('0.0.0.0\n0.0.0.0 ok.com bad/host\nexample.com', { format: 'hosts' });
    expect(r.map((x) => x.host)).toEqual(['ok.com']);
    expect(e.map((x) => x.line)).toEqual([1, 2, 3]);
    expect(e[1].message).toMatch(/"bad\/host"/);
    expect(e[2].message).toMatch(/expected "<address> <host>"/);
  });
});

describe('mixed-format lists (auto)', () => {
  const text = [
    '# mixed',
    '! uBO comment',
    'cft.com # reason',
    '*://*.ubl.com/*',
    '||ubo.com^',
    '0.0.0.0 hosts.com',
    '/^https:\\/\\/rx\\.com\\//',
    '@*://ok.ubl.com/*',
    '@@||ok.ubo.com^',
    'garbage here?',
    '  *://*.indented.com/*  ',
    'title/x/',
  ].join('\r\n');
  const { m, rules, errors } = matcherFor(text);

  test('detects each line\'s format', () => {
    expect(rules.map((r) => [r.line, r.syntax, r.kind])).toEqual([
      [3, 'domain', 'block'],
      [4, 'match-pattern', 'block'],
      [5, 'abp', 'block'],
      [6, 'hosts', 'block'],
      [7, 'regex', 'block'],
      [8, 'match-pattern', 'allow'],
      [9, 'abp', 'allow'],
      [11, 'match-pattern', 'block'],
    ]);
    expect(errors.map((e) => e.line)).toEqual([10, 12]);
  });

  test('matches across formats', () => {
    expect(hit(m, 'https://www.cft.com/')).toBe('block:3');
    expect(hit(m, 'https://ok.ubl.com/')).toBe('allow:8');
    expect(hit(m, 'https://ok.ubo.com/')).toBe('allow:9');
    expect(hit(m, 'https://hosts.com/')).toBe('block:6');
    expect(hit(m, 'https://rx.com/a')).toBe('block:7');
    expect(hit(m, 'https://indented.com/')).toBe('block:11');
  });

  test('a BOM on the first line is ignored', () => {
    expect(parseList('\ufeffexample.com').rules[0].host).toBe('example.com');
  });

  test('rejects unknown format hints', () => {
    expect(() => parseList('x.com', { format: 'adguard' })).toThrow(TypeError);
  });
});

describe('regex guards', () => {
  test('syntax errors are reported, not thrown', () => {
    const { rules, errors } = parseList('/[unclosed/\n/(group/\n/a**/');
    expect(rules).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3]);
    for (const e of errors) expect(e.message).toMatch(/invalid regex/);
  });

  test('regexes over the length cap are rejected', () => {
    const long = `/${'a'.repeat(MAX_REGEX_LENGTH + 1)}/`;
    const { rules, errors } = parseList(`${long}\n/ok/`);
    expect(rules).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/longer than 1024/) });
    expect(parseList('/abcdef/', { maxRegexLength: 3 }).errors[0].message).toMatch(/longer than 3/);
  });

  test('nested unbounded quantifiers are rejected, delimited repeats are not', () => {
    for (const bad of ['(a+)+$', '(.*a)*x', '(\\w+\\s?)*$', '(a+|b)*c', '((ab*))+']) {
      expect(compileRegexRule(bad).error).toMatch(/nested unbounded quantifiers/);
    }
    for (const ok of ['^https?://(?:[\\w-]+\\.)*example\\.com/', '([^/]+/)*index', '(\\d+,)+x', 'a+b*c{2,}', '(ab)+', '^https?://([^/]+\\.)?x\\.com/']) {
      expect(compileRegexRule(ok).error).toBeUndefined();
    }
  });

  test('stateful or unknown flags are refused', () => {
    expect(parseList('/a/g').errors[0].message).toMatch(/unsupported regex flags "g"/);
    expect(parseList('/a/y').errors[0].message).toMatch(/flags/);
    expect(parseList('/a/ii').errors[0].message).toMatch(/flags/);
  });

  test('unterminated and empty regexes', () => {
    expect(parseList('/abc').errors[0].message).toMatch(/unterminated/);
    expect(parseList('// comment').errors[0].message).toMatch(/empty regex/);
  });

  test('a rejected regex never reaches the matcher, even from storage', () => {
    const m = buildMatcher([{ id: 'stored', rules: [{ kind: 'block', syntax: 'regex', line: 4, pattern: '(a+)+$', flags: '' }] }]);
    expect(m.size).toBe(0);
    expect(m.errors[0]).toMatchObject({ listId: 'stored', line: 4 });
    expect(m.match(`https://x.com/${'a'.repeat(40)}!`)).toBeNull();
  });
});

describe('matcher', () => {
  test('allow beats block across lists, and reports the list and line', () => {
    const block = parseList('farm.com\n||other.com^');
    const allow = parseList('# allow\ngood.farm.com');
    const m = buildMatcher([
      { id: 'farms', rules: block.rules, kind: 'block' },
      { id: 'mine', rules: allow.rules, kind: 'allow' },
    ]);
    expect(m.size).toBe(3);
    expect(m.match('https://good.farm.com/a')).toEqual({ listId: 'mine', rule: allow.rules[0], line: 2, kind: 'allow' });
    expect(m.match('https://bad.farm.com/')).toMatchObject({ listId: 'farms', line: 1, kind: 'block' });
    expect(m.match('https://clean.org/')).toBeNull();
  });

  test('an exception in one list overrides a block in another', () => {
    const m = buildMatcher([
      { id: 'a', rules: parseList('farm.com').rules, kind: 'block' },
      { id: 'b', rules: parseList('@@||news.farm.com^').rules, kind: 'block' },
    ]);
    expect(m.match('https://news.farm.com/')).toMatchObject({ listId: 'b', kind: 'allow' });
  });

  test('the most specific domain rule wins within a kind', () => {
    const { m } = matcherFor('example.com\nwww.example.com');
    expect(hit(m, 'https://www.example.com/')).toBe('block:2');
    expect(hit(m, 'https://a.example.com/')).toBe('block:1');
  });

  test('no false match on label boundaries', () => {
    const { m } = matcherFor('example.com\n*://*.ubl.com/*\n||ubo.net^\n0.0.0.0 hosts.org\n*.glob.io');
    for (const url of [
      'https://notexample.com/', 'https://example.com.au/', 'https://myexample.com/',
      'https://notubl.com/', 'https://xubo.net/', 'https://ahosts.org/', 'https://notglob.io/',
      'https://example.net/example.com', 'https://x.com/?u=https://example.com/',
    ]) {
      expect(m.match(url)).toBeNull();
    }
  });

  test('host normalization: case, IDN, trailing dot, port, userinfo', () => {
    const { m } = matcherFor('example.com\nbücher.de\n*://*.xn--fsqu00a.xn--0zwm56d/*');
    expect(hit(m, 'HTTPS://WWW.EXAMPLE.COM/')).toBe('block:1');
    expect(hit(m, 'https://example.com./path')).toBe('block:1');
    expect(hit(m, 'https://example.com:8443/')).toBe('block:1');
    expect(hit(m, 'https://user:pw@example.com/')).toBe('block:1');
    expect(hit(m, 'https://example.com@evil.org/')).toBeNull();
    expect(hit(m, 'https://www.BÜCHER.de/')).toBe('block:2');
    expect(hit(m, 'https://xn--bcher-kva.de/')).toBe('block:2');
    expect(hit(m, 'http://例子.测试/')).toBe('block:3');
    expect(hit(m, new URL('https://sub.example.com/'))).toBe('block:1');
  });

  test('IP hosts match exactly, never by suffix', () => {
    const { m } = matcherFor('192.168.1.10\n0.0.0.0 10.0.0.1\n*://8.8.8.8/*');
    expect(hit(m, 'http://192.168.1.10/')).toBe('block:1');
    expect(hit(m, 'http://10.0.0.1:8080/')).toBe('block:2');
    expect(hit(m, 'https://8.8.8.8/dns')).toBe('block:3');
    expect(hit(m, 'http://1.192.168.1.10/')).toBeNull();
    expect(hit(m, 'http://[::1]/')).toBeNull();
  });

  test('non-http URLs and garbage never match', () => {
    const { m } = matcherFor('example.com\n/./\n*://*/*');
    for (const url of ['ftp://example.com/', 'file:///etc/example.com', 'chrome://example.com/', 'about:blank', 'not a url', '', null, undefined, 42]) {
      expect(m.match(url)).toBeNull();
    }
  });

  test('rejects malformed list descriptors', () => {
    expect(() => buildMatcher(null)).toThrow(TypeError);
    expect(() => buildMatcher([{ id: 'x' }])).toThrow(TypeError);
    expect(() => buildMatcher([{ id: 'x', rules: [], kind: 'warn' }])).toThrow(TypeError);
  });

  test('rules survive a JSON round trip (as when kept in storage)', () => {
    const { rules } = parseList('farm.com\n/^https:\\/\\/rx\\.com\\//i\n*://*.ubl.com/news/*');
    const m = buildMatcher([{ id: 's', rules: JSON.parse(JSON.stringify(rules)) }]);
    expect(m.match('https://a.farm.com/')).toMatchObject({ line: 1 });
    expect(m.match('https://RX.com/')).toMatchObject({ line: 2 });
    expect(m.match('https://ubl.com/news/1')).toMatchObject({ line: 3 });
  });
});

describe('fallback prefilter (regexes, any-host patterns, label-less globs)', () => {
  const rules = [
    '/Viral-News\\.example\\//i',
    '/^https:\\/\\/(?:www\\.)?(?:alpha|beta)\\.io\\//',
    '/(?:shop|store)123/',
    '/\\/amp\\/story-\\d+/',
    '/^https?:\\/\\/[^/]+\\/wp-content\\/uploads\\//',
    '/utm_source=farm/',
    '/^https:\\/\\/[^/]+\\/wp-content\\/uploads\\/2024\\//',
    '*://*/syndicated/*',
    '*exmpl*',
    '/\\x41BC\\d/',
  ];
  const { m, rules: parsed, errors } = matcherFor(rules.join('\n'));
  const urls = [
    'https://viral-news.EXAMPLE/x', 'https://a.com/VIRAL-NEWS.example/', 'https://www.beta.io/', 'https://gamma.io/',
    'http://x.org/store123', 'http://x.org/shop12', 'https://n.com/amp/story-42', 'https://n.com/amp/story-x',
    'https://blog.site/wp-content/uploads/2024/a.jpg', 'https://q.com/?utm_source=farm', 'https://q.com/?utm_source=FARM',
    'https://any.host/syndicated/1', 'https://any.host/Syndicated/1', 'https://myexmplsite.com/', 'https://x.com/ABC7',
    'https://x.com/abc7', 'https://plain.com/',
  ];

  test('agrees with testing every rule directly', () => {
    expect(errors).toEqual([]);
    for (const url of urls) {
      const href = new URL(url).href;
      const brute = parsed.find((r) => (r.syntax === 'regex'
        ? new RegExp(r.pattern, r.flags).test(href)
        : globMatch(r.host === '*' ? '*' : r.host, new URL(url).hostname) && (r.path === null || globMatch(r.path, new URL(url).pathname + new URL(url).search))));
      expect([url, m.match(url)?.line ?? null]).toEqual([url, brute?.line ?? null]);
    }
  });

  test('reports the first listed rule when several fallback rules match', () => {
    expect(m.match('https://blog.site/wp-content/uploads/2024/a.jpg')).toMatchObject({ line: 5 });
  });

  test('requiredLiterals reads only text every match must contain', () => {
    expect(requiredLiterals('^https?:\\/\\/(?:[\\w-]+\\.)*Farm\\.com\\/news\\/')).toEqual(['http', '://', 'farm.com/news/']);
    expect(requiredLiterals('abc|defg')).toEqual([]);
    expect(requiredLiterals('abcd?e')).toEqual(['abc', 'e']);
    expect(requiredLiterals('ab+cd')).toEqual(['ab', 'cd']);
    expect(requiredLiterals('\\x41bc\\u{42}de\\1fg')).toEqual(['bc', 'de', 'fg']);
    expect(requiredLiterals('x[abc]y(zz)w{2}')).toEqual(['x', 'y']);
  });
});

describe('huge lists', () => {
  test('100,000 lines parse completely and match', () => {
    const lines = [];
    for (let i = 0; i < 100000; i++) {
      switch (i % 4) {
        case 0: lines.push(`site${i}.com # farm ${i}`); break;
        case 1: lines.push(`*://*.site${i}.net/*`); break;
        case 2: lines.push(`||site${i}.org^`); break;
        default: lines.push(`0.0.0.0 site${i}.info`);
      }
    }
    lines.push('not a valid line!');
    const { rules, errors } = parseList(lines.join('\n'));
    expect(rules).toHaveLength(100000);
    expect(errors).toEqual([expect.objectContaining({ line: 100001 })]);
    const m = buildMatcher([{ id: 'big', rules }]);
    expect(m.match('https://www.site99996.com/')).toMatchObject({ line: 99997 });
    expect(m.match('https://a.site5.net/')).toMatchObject({ line: 6 });
    expect(m.match('https://site99999.info/')).toMatchObject({ line: 100000 });
    expect(m.match('https://www.site99999.info/')).toBeNull();
    expect(m.match('https://site1.com/')).toBeNull();
  });

  test('one enormous line is handled', () => {
    const { rules, errors } = parseList(`${'a'.repeat(500000)}.com`);
    expect(rules).toEqual([]);
    expect(errors[0].line).toBe(1);
    expect(errors[0].text.length).toBeLessThan(300);
  });
});

describe('helpers', () => {
  test('normalizeHost', () => {
    expect(normalizeHost('WWW.Example.COM.')).toBe('www.example.com');
    expect(normalizeHost('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normalizeHost('0x7f.1')).toBe('127.0.0.1');
    expect(normalizeHost('*.x.*')).toBeNull();
    expect(normalizeHost('*.x.*', { glob: true })).toBe('*.x.*');
    for (const bad of ['', 'a/b', 'a:80', 'a b', 'a..b', `${'a'.repeat(64)}.com`, 'user@host', null]) {
      expect(normalizeHost(bad)).toBeNull();
    }
  });

  test('globMatch', () => {
    expect(globMatch('*.a.*', 'x.a.b')).toBe(true);
    expect(globMatch('*.a.*', 'a.b')).toBe(false);
    expect(globMatch('/news/*', '/news/')).toBe(true);
    expect(globMatch('a*b*c', 'aXbYbZc')).toBe(true);
    expect(globMatch('a*b*c', 'aXbYbZ')).toBe(false);
    // Many stars against a long miss stay fast (no exponential backtracking).
    expect(globMatch('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
  });
});
