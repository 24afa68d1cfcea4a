// Site lists: parse blocklists the reader already uses (uBlacklist, Content Farm Terminator,
// uBlock Origin / ABP host rules, hosts files) and match page URLs against them.
// Pure JS, no chrome.* use: runs in the service worker, in Jest and in the bench script.
//
// Rules are plain JSON objects so the background can keep them in storage and rebuild a
// matcher without reparsing. Shape:
//   { kind: 'block'|'allow', syntax: 'match-pattern'|'domain'|'abp'|'hosts'|'regex',
//     line, text, comment,
//     host,        // ascii lowercase host, '*'-glob, or '*' for any host (not for regex)
//     subdomains,  // true: host and every subdomain; false: exact host
//     scheme,      // null (http+https) | 'http' | 'https'
//     path,        // null (any) | glob over pathname+search, e.g. '/news/*'
//     pattern, flags }  // regex rules only, tested against the whole URL
//
// Semantics per syntax (as the tools document them, as far as we know them):
//   uBlacklist  *://*.a.com/* = a.com + subdomains; *://a.com/* = exact host; path globs
//               cover path+query; /re/ (flags i m s u) against the URL; '@' unblocks.
//   CFT         a.com = a.com + subdomains; '*' = any run of host chars (dots too);
//               /re/ against the URL; text after whitespace is a comment.
//   uBO / ABP   ||a.com^ (options $document/$doc/$all/$important) and @@ exceptions;
//               a plain hostname means ||host^; /re/ ignores case unless $match-case.
//   hosts       "0.0.0.0 a.com b.com" = those exact hosts only.

export const LIST_FORMATS = Object.freeze(['auto', 'ublacklist', 'cft', 'ubo', 'hosts']);

// Longer regex rules are refused: a long hand-written regex is where catastrophic
// backtracking hides, and no real site rule needs this much.
export const MAX_REGEX_LENGTH = 1024;

// Which syntaxes each format hint accepts. uBO also reads hosts files and plain hostnames.
const SYNTAX_BY_FORMAT = {
  auto: { ublacklist: true, cft: true, ubo: true, hosts: true },
  ublacklist: { ublacklist: true },
  cft: { cft: true },
  ubo: { ubo: true, hosts: true },
  hosts: { hosts: true },
};

const FORMAT_NAMES = {
  ublacklist: 'uBlacklist',
  cft: 'Content Farm Terminator',
  ubo: 'uBlock Origin',
  hosts: 'hosts file',
};

// hosts files map these to loopback on every machine; they are not sites to flag.
const HOSTS_LOCAL_NAMES = new Set([
  'localhost', 'localhost.localdomain', 'local', 'broadcasthost', 'ip6-localhost',
  'ip6-loopback', 'ip6-localnet', 'ip6-mcastprefix', 'ip6-allnodes', 'ip6-allrouters',
  'ip6-allhosts', '0.0.0.0',
]);

// uBO options that still make sense for a whole page; anything else targets subresources.
const UBO_PAGE_OPTIONS = new Set(['document', 'doc', 'all', 'important', 'match-case']);

const REGEX_FLAGS_OK = /^[imsu]*$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// Address then a host name; "1.2.3.4 # note" is a CFT rule for the IP, not a hosts line.
const HOSTS_LINE = /^(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.]*(?:%\w+)?)\s+([^\s#].*)$/i;
const MATCH_PATTERN = /^([a-z*][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i;
const COSMETIC = /#[@?$%]?#|#@?[$?]#/;
// Fast path for the common case: ascii labels and a last label that can't be read as an
// IPv4 number (the URL parser would rewrite '0x7f.1' or '1.2.3.4'-like hosts).
const HOST_LABELS = /^(?:[a-z0-9_-]{1,63}\.)*[a-z0-9_-]{1,63}$/;
const NUMERIC_LABEL = /^(?:0x[0-9a-f]*|\d+)$/;
const GLOB_LABELS = /^(?:[a-z0-9_*-]{1,63}\.)*[a-z0-9_*-]{1,63}$/;

/**
 * Normalize a host to the form URLs give us: lowercase, punycode, no trailing dot.
 * Returns null for anything that is not a valid host (or host glob when glob is true).
 */
export function normalizeHost(raw, { glob = false } = {}) {
  let h = String(raw ?? '').trim().toLowerCase();
  while (h.endsWith('.')) h = h.slice(0, -1);
  if (!h || h.length > 253) return null;
  if (!glob && h.includes('*')) return null;
  const lastLabel = h.slice(h.lastIndexOf('.') + 1);
  if (HOST_LABELS.test(h) && !NUMERIC_LABEL.test(lastLabel)) return h;
  // Characters that would make the URL parser read a port, path or userinfo instead.
  if (/[\s/\\?#@:[\]%^|$!"'<>`{}]/.test(h)) return null;
  let out;
  try {
    out = new URL(`http://${h}/`).hostname;
  } catch {
    return null;
  }
  while (out.endsWith('.')) out = out.slice(0, -1);
  if (!out || out.length > 253) return null;
  if (IPV4.test(out)) return out;
  return (glob ? GLOB_LABELS : HOST_LABELS).test(out) ? out : null;
}

/**
 * '*'-only glob match, iterative (O(len(glob) * len(str)) worst case, never exponential;
 * a RegExp of many '.*' would backtrack polynomially in the number of stars).
 */
export function globMatch(glob, str) {
  let gi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < str.length) {
    const g = glob.charCodeAt(gi);
    if (gi < glob.length && g !== 42 /* * */ && g === str.charCodeAt(si)) {
      gi++;
      si++;
    } else if (gi < glob.length && g === 42) {
      star = gi++;
      mark = si;
    } else if (star >= 0) {
      gi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (gi < glob.length && glob.charCodeAt(gi) === 42) gi++;
  return gi === glob.length;
}

// ---------------------------------------------------------------------------------------
// Regex rules

/**
 * Find the end of a '/body/flags' rule starting at s[start] === '/'.
 * Unescaped '/' inside the body is tolerated (CFT and uBlacklist users write
 * /^https?://x\.com\//): the body ends at the first '/' that is followed by flags and then
 * whitespace, '$' (uBO options) or the end of the line.
 */
function scanRegex(s, start, classAware = true) {
  let inClass = false;
  let badFlags = null;
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[' && classAware) {
      inClass = true;
      continue;
    }
    if (c !== '/') continue;
    let j = i + 1;
    while (j < s.length && /[a-z]/i.test(s[j])) j++;
    if (j === s.length || /\s/.test(s[j]) || s[j] === '$') {
      const flags = s.slice(i + 1, j);
      if (REGEX_FLAGS_OK.test(flags) && new Set(flags).size === flags.length) {
        return { body: s.slice(start + 1, i), flags, end: j };
      }
      badFlags ??= { flags, end: j, body: s.slice(start + 1, i) };
    }
  }
  if (badFlags) return { ...badFlags, error: `unsupported regex flags "${badFlags.flags}" (allowed: i, m, s, u)` };
  return null;
}

// Scan state for the nested-quantifier check: one frame per open group.
function newFrame() {
  return { unbounded: false, simpleAtoms: [], complex: false, lastAtom: null };
}

/**
 * Heuristic ReDoS guard: reject an unbounded quantifier applied to a group that itself
 * contains an unbounded quantifier ("star height" 2, e.g. (a+)+ or (.*x)*), the classic
 * exponential-backtracking shape. Allowed when the group ends in a literal that none of its
 * repeated atoms can match, as in (?:[\w-]+\.)* : the delimiter makes the split unique.
 * Not a proof of safety (overlapping alternations like (a|a)* pass); the length cap and the
 * URL being short bound the rest.
 */
function nestedQuantifierProblem(src, flags) {
  const stack = [newFrame()];
  let prev = null; // last atom: { kind: 'char'|'class'|'group', src, frame? }
  const top = () => stack[stack.length - 1];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    let unbounded = false;
    let quantifier = false;
    if (c === '\\') {
      const esc = src.slice(i, i + 2);
      i++;
      // Only an escaped punctuation char is a plain literal; \d, \n, \1... count as classes.
      const isClass = /\\[a-zA-Z0-9]/.test(esc);
      prev = { kind: isClass ? 'class' : 'char', src: esc };
      if (/\\[pP]/.test(esc) && src[i + 1] === '{') {
        const close = src.indexOf('}', i);
        if (close > 0) {
          prev.src = src.slice(i - 1, close + 1);
          i = close;
        }
      }
      top().lastAtom = prev;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      prev = { kind: 'class', src: src.slice(i, j + 1) };
      top().lastAtom = prev;
      i = j;
      continue;
    }
    if (c === '(') {
      stack.push(newFrame());
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i, i + 40));
      if (m) i += m[0].length - 1;
      prev = null;
      continue;
    }
    if (c === ')') {
      if (stack.length > 1) {
        const frame = stack.pop();
        prev = { kind: 'group', src: '', frame };
        top().lastAtom = prev;
        if (frame.unbounded) {
          top().unbounded = true;
          top().complex = true;
        }
      }
      continue;
    }
    if (c === '|') {
      // (a+|b)* repeats a+ freely: no single delimiter can make the split unique.
      top().complex = true;
      top().lastAtom = null;
      prev = null;
      continue;
    }
    if (c === '*' || c === '+') {
      quantifier = true;
      unbounded = true;
    } else if (c === '?') {
      quantifier = prev !== null;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m) {
        quantifier = true;
        unbounded = m[2] !== undefined && m[3] === '';
        i += m[0].length - 1;
      }
    }
    if (quantifier) {
      if (src[i + 1] === '?') i++; // lazy suffix
      if (unbounded && prev) {
        if (prev.kind === 'group' && prev.frame.unbounded) {
          if (!groupHasUniqueDelimiter(prev.frame, flags)) {
            return 'nested unbounded quantifiers like (a+)+ can backtrack catastrophically';
          }
        }
        if (prev.kind === 'group') top().complex = true;
        else top().simpleAtoms.push(prev.src === '.' ? '[^]' : prev.src);
        top().unbounded = true;
      }
      if (top().lastAtom) top().lastAtom = { ...top().lastAtom, quantified: true };
      prev = null;
      continue;
    }
    prev = { kind: c === '.' ? 'class' : 'char', src: c === '.' ? '.' : c };
    if (c === '^' || c === '$') prev = null;
    top().lastAtom = prev;
  }
  return null;
}

function groupHasUniqueDelimiter(frame, flags) {
  const last = frame.lastAtom;
  if (frame.complex || !last || last.kind !== 'char' || last.quantified) return false;
  const literal = last.src.length === 2 ? last.src[1] : last.src;
  const f = flags.replace(/[^imsu]/g, '').replace('s', '') + 's';
  try {
    return frame.simpleAtoms.every((atom) => !new RegExp(`^(?:${atom})$`, f).test(literal));
  } catch {
    return false;
  }
}

/** Validate and compile a regex rule body. Returns { re } or { error }. */
export function compileRegexRule(pattern, flags = '', { maxLength = MAX_REGEX_LENGTH } = {}) {
  if (!pattern) return { error: 'empty regex' };
  if (pattern.length > maxLength) {
    return { error: `regex longer than ${maxLength} characters rejected (catastrophic backtracking guard)` };
  }
  if (!REGEX_FLAGS_OK.test(flags)) return { error: `unsupported regex flags "${flags}" (allowed: i, m, s, u)` };
  let re;
  try {
    re = new RegExp(pattern, flags);
  } catch (e) {
    return { error: `invalid regex: ${e.message}` };
  }
  const problem = nestedQuantifierProblem(pattern, flags);
  if (problem) return { error: `regex rejected: ${problem}` };
  return { re };
}

// ---------------------------------------------------------------------------------------
// Parsing

// Split "rule   # comment" (or, in CFT, "rule comment"). Returns { head, comment, extra }.
function splitTrailing(t, allowBareComment) {
  const m = /\s/.exec(t);
  if (!m) return { head: t, comment: null, extra: null };
  const head = t.slice(0, m.index);
  const rest = t.slice(m.index).trim();
  if (rest.startsWith('#')) return { head, comment: rest.replace(/^#+\s*/, '') || null, extra: null };
  if (allowBareComment) return { head, comment: rest || null, extra: null };
  return { head, comment: null, extra: rest };
}

function normalizePathGlob(path) {
  if (path === '/*') return null;
  if (/^[\x21-\x7e]*$/.test(path) && !/[#"<>`{}]/.test(path)) return path;
  try {
    const u = new URL(`http://h${path}`);
    return u.pathname + u.search;
  } catch {
    return undefined;
  }
}

function makeRule(base, fields) {
  return {
    kind: base.kind,
    syntax: fields.syntax,
    line: base.line,
    text: base.text,
    comment: fields.comment ?? null,
    host: fields.host ?? null,
    subdomains: fields.subdomains ?? false,
    scheme: fields.scheme ?? null,
    path: fields.path ?? null,
    pattern: fields.pattern ?? null,
    flags: fields.flags ?? null,
  };
}

/**
 * Parse list text. Formats are detected per line, so mixed lists work; `format` restricts
 * the accepted syntaxes and settles ambiguous lines ('#' cosmetic filters under 'ubo').
 * Every non-empty, non-comment line becomes rules or an error: nothing is dropped silently
 * (except loopback names in hosts files, which are part of the hosts file format).
 * @param {string} text
 * @param {{ format?: 'auto'|'ublacklist'|'cft'|'ubo'|'hosts', maxRegexLength?: number }} [options]
 * @returns {{ rules: object[], errors: { line: number, text: string, message: string }[] }}
 */
export function parseList(text, { format = 'auto', maxRegexLength = MAX_REGEX_LENGTH } = {}) {
  if (!SYNTAX_BY_FORMAT[format]) throw new TypeError(`unknown list format: ${format}`);
  const allowed = SYNTAX_BY_FORMAT[format];
  const rules = [];
  const errors = [];
  const lines = String(text ?? '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let t = lines[i];
    if (i === 0 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    t = t.trim();
    if (!t) continue;
    const ctx = { line: i + 1, text: t, format, allowed, maxRegexLength, rules };
    const error = parseLine(ctx);
    if (error) errors.push({ line: ctx.line, text: t.length > 200 ? `${t.slice(0, 200)}…` : t, message: error });
  }
  return { rules, errors };
}

function notAllowed(ctx, family) {
  if (ctx.allowed[family]) return null;
  return `${FORMAT_NAMES[family]} syntax is not accepted when parsing as "${ctx.format}"`;
}

// Returns an error message, or null after pushing zero or more rules.
function parseLine(ctx) {
  const t = ctx.text;
  if (t[0] === '!' || /^\[(?:adblock|ublock)[^\]]*\]$/i.test(t)) {
    return ctx.allowed.ubo ? null : notAllowed(ctx, 'ubo');
  }
  if (t[0] === '#') {
    if (ctx.format === 'ubo' && /^(?:##[^\s#]|#[@?$%]+#)/.test(t)) {
      return 'cosmetic filters (##) are not supported: only whole-site rules are';
    }
    return null;
  }
  if (t.startsWith('@@')) {
    return notAllowed(ctx, 'ubo') ?? parseUbo(ctx, t.slice(2), 'allow');
  }
  if (/^@?title\//i.test(t)) {
    return 'uBlacklist title rules (title/…/) are not supported: only URL rules are';
  }
  if (/^@\d/.test(t)) {
    return 'uBlacklist highlight rules (@1…) are not supported: only block (…) and unblock (@…) rules are';
  }
  if (t[0] === '@') {
    const body = t.slice(1).trimStart();
    return notAllowed(ctx, 'ublacklist') ?? parseUblacklist(ctx, body, 'allow');
  }
  if (t.startsWith('||')) return notAllowed(ctx, 'ubo') ?? parseUbo(ctx, t, 'block');
  if (t[0] === '/') {
    if (!(ctx.allowed.ublacklist || ctx.allowed.cft || ctx.allowed.ubo)) return notAllowed(ctx, 'cft');
    return parseRegexLine(ctx, t, 'block', ctx.format === 'ubo' ? 'ubo' : null);
  }
  if (MATCH_PATTERN.test(splitTrailing(t, false).head)) {
    return notAllowed(ctx, 'ublacklist') ?? parseUblacklist(ctx, t, 'block');
  }
  const hosts = HOSTS_LINE.exec(t);
  if (hosts) return notAllowed(ctx, 'hosts') ?? parseHostsLine(ctx, hosts[2]);
  return parseDomainLine(ctx, t);
}

function parseRegexLine(ctx, t, kind, dialect) {
  // An unclosed '[' would swallow the closing '/': rescan naively so the RegExp
  // constructor reports the real problem.
  const scan = scanRegex(t, 0) ?? scanRegex(t, 0, false);
  if (!scan) return 'unterminated regex (expected /pattern/)';
  if (scan.error) return scan.error;
  let flags = scan.flags;
  let rest = t.slice(scan.end);
  let uboOptions = null;
  if (rest.startsWith('$')) {
    if (!ctx.allowed.ubo) return notAllowed(ctx, 'ubo');
    const m = /^\$(\S*)/.exec(rest);
    uboOptions = m[1];
    rest = rest.slice(m[0].length);
    dialect = 'ubo';
  }
  if (dialect === 'ubo') {
    if (flags) return 'uBlock Origin regex filters take no flags; use $match-case';
    const opt = checkUboOptions(uboOptions);
    if (opt.error) return opt.error;
    if (!opt.matchCase) flags = 'i'; // uBO regex filters ignore case by default
  }
  const trailing = rest.trim();
  let comment = null;
  if (trailing) {
    if (trailing[0] === '#') comment = trailing.replace(/^#+\s*/, '') || null;
    else if (ctx.allowed.cft && dialect !== 'ubo') comment = trailing;
    else return `unexpected text after regex: "${trailing}"`;
  }
  const compiled = compileRegexRule(scan.body, flags, { maxLength: ctx.maxRegexLength });
  if (compiled.error) return compiled.error;
  ctx.rules.push(makeRule({ kind, line: ctx.line, text: ctx.text }, {
    syntax: 'regex', pattern: scan.body, flags, comment,
  }));
  return null;
}

function parseUblacklist(ctx, body, kind) {
  if (body[0] === '/') return parseRegexLine(ctx, body, kind, 'ublacklist');
  const { head, comment, extra } = splitTrailing(body, false);
  if (extra) return `unexpected text after rule: "${extra}"`;
  const m = MATCH_PATTERN.exec(head);
  if (!m) return 'invalid match pattern (expected scheme://host/path, e.g. *://*.example.com/*)';
  const scheme = m[1].toLowerCase();
  if (scheme !== '*' && scheme !== 'http' && scheme !== 'https') {
    return `unsupported scheme "${m[1]}" in match pattern (use *, http or https)`;
  }
  if (m[3] === undefined) return 'match pattern needs a path, e.g. *://example.com/*';
  let hostPart = m[2];
  if (/:\d*$/.test(hostPart) && !hostPart.startsWith('[')) return 'match patterns cannot contain a port';
  let host;
  let subdomains = false;
  if (hostPart === '*') {
    host = '*';
  } else {
    if (hostPart.startsWith('*.')) {
      subdomains = true; // like browser match patterns, *.example.com includes example.com
      hostPart = hostPart.slice(2);
    }
    if (hostPart.includes('*')) return '"*" in a match pattern host is only allowed as a leading "*."';
    host = normalizeHost(hostPart);
    if (!host) return `invalid host "${hostPart}" in match pattern`;
  }
  const path = normalizePathGlob(m[3]);
  if (path === undefined) return `invalid path "${m[3]}" in match pattern`;
  ctx.rules.push(makeRule({ kind, line: ctx.line, text: ctx.text }, {
    syntax: 'match-pattern', host, subdomains, scheme: scheme === '*' ? null : scheme, path, comment,
  }));
  return null;
}

function checkUboOptions(options) {
  let matchCase = false;
  if (options === null || options === undefined) return { matchCase };
  if (!options) return { error: 'empty uBlock Origin option list after "$"' };
  for (const raw of options.split(',')) {
    const opt = raw.trim().toLowerCase();
    if (!UBO_PAGE_OPTIONS.has(opt)) {
      return { error: `unsupported uBlock Origin option "$${raw}" (only $document, $doc, $all, $important apply to whole pages)` };
    }
    if (opt === 'match-case') matchCase = true;
  }
  return { matchCase };
}

function parseUbo(ctx, body, kind) {
  if (body[0] === '/') return parseRegexLine(ctx, body, kind, 'ubo');
  const { head, comment, extra } = splitTrailing(body, false);
  if (extra) return `unexpected text after rule: "${extra}"`;
  if (COSMETIC.test(head)) return 'cosmetic filters (##) are not supported: only whole-site rules are';
  let m = /^\|\|([^/^$|]+)\^\|?(?:\$(.*))?$/.exec(head);
  if (!m) {
    if (/^\|\|[^/^$|]+(?:\$.*)?$/.test(head)) return '"||host" without "^" is a prefix match; write ||host^';
    if (/^\|\|[^/^$|]+\//.test(head)) return 'uBlock Origin rules with a path are not supported; use ||host^ or a uBlacklist pattern';
    // uBO reads plain hostnames as ||host^.
    if (kind === 'allow' || !/^[^|^$/]+$/.test(head)) {
      return 'unsupported uBlock Origin filter syntax (only ||host^ and @@||host^ rules are supported)';
    }
    m = [head, head, undefined];
  }
  const opt = checkUboOptions(m[2]);
  if (opt.error) return opt.error;
  const isGlob = m[1].includes('*');
  const host = normalizeHost(m[1], { glob: isGlob });
  if (!host) return `invalid host "${m[1]}"`;
  ctx.rules.push(makeRule({ kind, line: ctx.line, text: ctx.text }, {
    syntax: 'abp', host, subdomains: true, comment,
  }));
  return null;
}

function parseHostsLine(ctx, rest) {
  const hashAt = rest.search(/(?:^|\s)#/);
  const comment = hashAt >= 0 ? rest.slice(hashAt).trim().replace(/^#+\s*/, '') || null : null;
  const names = (hashAt >= 0 ? rest.slice(0, hashAt) : rest).trim().split(/\s+/).filter(Boolean);
  if (names.length === 0) return 'hosts line has an address but no host name';
  const bad = [];
  for (const name of names) {
    if (HOSTS_LOCAL_NAMES.has(name.toLowerCase())) continue;
    const host = normalizeHost(name);
    if (!host) {
      bad.push(name);
      continue;
    }
    ctx.rules.push(makeRule({ kind: 'block', line: ctx.line, text: ctx.text }, {
      syntax: 'hosts', host, subdomains: false, comment,
    }));
  }
  return bad.length ? `invalid host name${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')}` : null;
}

function parseDomainLine(ctx, t) {
  const bare = ctx.allowed.cft;
  if (!bare && !ctx.allowed.ubo) {
    return ctx.format === 'hosts'
      ? 'expected "<address> <host>", e.g. 0.0.0.0 example.com'
      : 'expected a match pattern (*://*.example.com/*), /regex/ or a comment';
  }
  const { head, comment, extra } = splitTrailing(t, bare);
  if (extra) return `unexpected text after rule: "${extra}"`;
  if (COSMETIC.test(head)) return 'cosmetic filters (##) are not supported: only whole-site rules are';
  if (/[|^$]/.test(head)) {
    return 'unsupported uBlock Origin filter syntax (only ||host^ and @@||host^ rules are supported)';
  }
  if (head.includes('/')) {
    return 'domain rules cannot have a path; use a match pattern like *://example.com/path*';
  }
  if (head.includes(':')) return 'domain rules cannot have a scheme or port';
  const isGlob = head.includes('*');
  if (isGlob && !bare) return '"*" in a plain host is not supported; use ||*.example.com^';
  const host = normalizeHost(head, { glob: isGlob });
  if (!host) return `invalid domain "${head}"`;
  // A bare word is far more likely prose or a typo than a rule blocking a whole TLD.
  if (!isGlob && !host.includes('.')) return `"${head}" is not a domain (no dot); write ||${host}^ to block a TLD`;
  ctx.rules.push(makeRule({ kind: 'block', line: ctx.line, text: ctx.text }, {
    syntax: bare ? 'domain' : 'abp', host, subdomains: true, comment,
  }));
  return null;
}

// ---------------------------------------------------------------------------------------
// Matching

// Rules that no host map can find (regexes, any-host patterns, globs without a literal
// label) are prefiltered by a 4-character gram of a substring every match must contain:
// one pass over the URL finds the few candidates, instead of testing thousands of regexes.
const GRAM = 4;
// Grams nearly every URL contains make useless keys; keep rules off them when possible.
const COMMON_URL_TEXT = 'https://www.http://index.html.htm.php.asp.com/.net/.org/news/article/post/'
  + '?utm_source=&utm_medium=&utm_campaign=amp;id=page=category/tag/2024/2025/2026/';

function newIndex() {
  return {
    exact: new Map(), // host -> entries (hosts-file rules, exact match patterns)
    suffix: new Map(), // domain -> entries matching it and its subdomains
    globByLabel: new Map(), // a fully literal label of the glob -> entries
    byGram: new Map(), // gram key -> fallback entries whose required literal has that gram
    unindexed: [], // fallback entries without a usable literal: tested on every URL
  };
}

function push(map, key, entry) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

// Packs 4 lowercased chars into a small int; non-ASCII chars are folded (the key is only a
// prefilter: collisions cost an extra includes(), never a wrong answer).
function gramKey(str, at) {
  let key = 0;
  for (let i = at; i < at + GRAM; i++) {
    let c = str.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    key = (key << 7) | (c & 0x7f);
  }
  return key;
}

// A glob label that is literal and bounded by dots (or the ends) must equal one of the URL
// host's labels, so indexing by it keeps wildcard rules at O(labels) lookups too.
function literalLabel(glob) {
  let best = null;
  for (const label of glob.split('.')) {
    if (!label.includes('*') && (!best || label.length > best.length)) best = label;
  }
  return best;
}

function longest(strings) {
  let best = null;
  for (const s of strings) if (s.length >= GRAM && (!best || s.length > best.length)) best = s;
  return best;
}

/**
 * Literal runs that any match of the regex must contain, read conservatively: only the top
 * level (groups, classes and escapes like \d break a run), nothing if there is a top-level
 * '|', and a char followed by ?, * or {…} is dropped. ASCII only, lowercased.
 */
export function requiredLiterals(source) {
  const runs = [];
  let run = '';
  const flush = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      i++;
      if (/^[^a-zA-Z0-9]$/.test(n) && n.charCodeAt(0) < 128) {
        run += n;
        continue;
      }
      flush();
      // Step over the escape's argument so it is not read as literal text.
      const arg = /^(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[a-zA-Z]|[pP]\{[^}]*\}|k<[^>]*>|\d+)/.exec(source.slice(i, i + 24));
      if (arg) i += arg[0].length - 1;
      continue;
    }
    if (c === '(' || c === '[') {
      flush();
      // Skip the whole group or class, honouring escapes and nested classes/groups.
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const d = source[i];
        if (d === '\\') i++;
        else if (inClass) inClass = d !== ']';
        else if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
        if (c === '[' && !inClass && d !== '[') break;
      }
      continue;
    }
    if (c === '|') return [];
    if (c === '?' || c === '*' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      run = run.slice(0, -1); // the quantified char may be absent
      flush();
      if (c === '{') i = source.indexOf('}', i);
      continue;
    }
    if (c === '+') {
      flush(); // the char repeats: what follows is not adjacent to it
      continue;
    }
    if ('.^$)]}'.includes(c) || c.charCodeAt(0) >= 128) {
      flush();
      continue;
    }
    run += c;
  }
  flush();
  return runs.map((r) => r.toLowerCase());
}

// The literal a fallback entry's matches must contain (in the lowercased href), or null.
function fallbackLiteral(entry) {
  const { rule } = entry;
  if (rule.syntax === 'regex') return longest(requiredLiterals(rule.pattern));
  const parts = [];
  if (rule.host !== '*') parts.push(...rule.host.split('*'));
  if (rule.path !== null) parts.push(...rule.path.toLowerCase().split('*'));
  return longest(parts.filter((p) => /^[\x20-\x7e]*$/.test(p)));
}

function addEntry(index, entry, fallback) {
  const { rule } = entry;
  if (rule.syntax === 'regex' || rule.host === '*') {
    fallback.push(entry);
  } else if (rule.host.includes('*')) {
    const label = literalLabel(rule.host);
    if (label) push(index.globByLabel, label, entry);
    else fallback.push(entry);
  } else if (rule.subdomains) {
    push(index.suffix, rule.host, entry);
  } else {
    push(index.exact, rule.host, entry);
  }
}

// Give each fallback entry the rarest gram of its literal (rarest among all fallback
// literals, avoiding grams every URL has), so each URL position yields few candidates.
function indexFallback(index, fallback) {
  const common = new Set();
  for (let i = 0; i + GRAM <= COMMON_URL_TEXT.length; i++) common.add(gramKey(COMMON_URL_TEXT, i));
  const freq = new Map();
  const literals = fallback.map((entry) => {
    const literal = fallbackLiteral(entry);
    if (literal) {
      const seen = new Set();
      for (let i = 0; i + GRAM <= literal.length; i++) seen.add(gramKey(literal, i));
      for (const k of seen) freq.set(k, (freq.get(k) ?? 0) + 1);
    }
    return literal;
  });
  fallback.forEach((entry, order) => {
    entry.order = order;
    const literal = literals[order];
    if (!literal) {
      index.unindexed.push(entry);
      return;
    }
    let bestKey = 0;
    let bestScore = Infinity;
    for (let i = 0; i + GRAM <= literal.length; i++) {
      const k = gramKey(literal, i);
      const score = freq.get(k) + (common.has(k) ? 1e6 : 0);
      if (score < bestScore) {
        bestScore = score;
        bestKey = k;
      }
    }
    entry.literal = literal;
    push(index.byGram, bestKey, entry);
  });
}

function passesConstraints(rule, u) {
  if (rule.scheme !== null && rule.scheme !== u.scheme) return false;
  if (rule.path !== null && !globMatch(rule.path, u.pathQuery)) return false;
  return true;
}

function first(entries, u) {
  if (!entries) return null;
  for (const e of entries) if (passesConstraints(e.rule, u)) return e;
  return null;
}

function globHostMatches(rule, u) {
  if (rule.host === '*') return true;
  if (globMatch(rule.host, u.host)) return true;
  if (!rule.subdomains || u.isIp) return false;
  for (let dot = u.host.indexOf('.'); dot >= 0; dot = u.host.indexOf('.', dot + 1)) {
    if (globMatch(rule.host, u.host.slice(dot + 1))) return true;
  }
  return false;
}

function fallbackMatches(e, u) {
  if (e.re) return e.re.test(u.href);
  return globHostMatches(e.rule, u) && passesConstraints(e.rule, u);
}

function lookupFallback(index, u) {
  let candidates = null;
  if (index.byGram.size && u.href.length >= GRAM) {
    const href = u.href;
    let key = gramKey(href, 0);
    for (let i = 0; ; i++) {
      const entries = index.byGram.get(key);
      if (entries) {
        u.lowerHref ??= href.toLowerCase();
        for (const e of entries) {
          if (u.lowerHref.includes(e.literal)) (candidates ??= new Set()).add(e);
        }
      }
      if (i + GRAM >= href.length) break;
      let c = href.charCodeAt(i + GRAM);
      if (c >= 65 && c <= 90) c += 32;
      key = ((key << 7) | (c & 0x7f)) & 0xfffffff;
    }
  }
  // Test in list order so the reported rule does not depend on where its gram sat.
  const ordered = candidates ? [...candidates, ...index.unindexed].sort((a, b) => a.order - b.order) : index.unindexed;
  for (const e of ordered) if (fallbackMatches(e, u)) return e;
  return null;
}

// Order: exact host, most specific domain suffix, wildcard hosts, then the fallback rules
// (regexes last in spirit: only those whose literal occurs in the URL are run).
function lookup(index, u) {
  let hit = first(index.exact.get(u.host), u);
  if (hit) return hit;
  if (u.isIp) {
    hit = first(index.suffix.get(u.host), u);
    if (hit) return hit;
  } else {
    // Most specific suffix first: a.b.example.com, b.example.com, example.com, com.
    for (let pos = 0; pos >= 0; ) {
      hit = first(index.suffix.get(pos === 0 ? u.host : u.host.slice(pos)), u);
      if (hit) return hit;
      const dot = u.host.indexOf('.', pos);
      pos = dot < 0 ? -1 : dot + 1;
    }
  }
  if (index.globByLabel.size && !u.isIp) {
    u.labels ??= u.host.split('.');
    for (const label of u.labels) {
      const entries = index.globByLabel.get(label);
      if (!entries) continue;
      for (const e of entries) if (globHostMatches(e.rule, u) && passesConstraints(e.rule, u)) return e;
    }
  }
  return lookupFallback(index, u);
}

function describeUrl(input) {
  let url;
  try {
    url = input instanceof URL ? input : new URL(String(input));
  } catch {
    return null;
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return null;
  let host = url.hostname;
  while (host.endsWith('.')) host = host.slice(0, -1);
  if (!host) return null;
  const isIp = host.startsWith('[') || IPV4.test(host);
  // Regex rules see the normalized URL (lowercase punycode host, no trailing dot).
  const href = host === url.hostname ? url.href : `${scheme}://${url.port ? `${host}:${url.port}` : host}${url.pathname}${url.search}${url.hash}`;
  return { scheme, host, isIp, labels: null, pathQuery: url.pathname + url.search, href, lowerHref: null };
}

/**
 * Build a matcher over parsed lists. Rules in an 'allow' list all allow; in a 'block' list
 * '@'/'@@' rules allow. Allow beats block across all lists, as in uBlacklist and uBO.
 * @param {{ id: string, rules: object[], kind?: 'block'|'allow' }[]} lists
 * @returns {{ match(url: string|URL): null | { listId, rule, line, kind }, size: number,
 *             errors: { listId, line, message }[] }}
 */
export function buildMatcher(lists) {
  if (!Array.isArray(lists)) throw new TypeError('buildMatcher expects an array of lists');
  const indexes = { allow: newIndex(), block: newIndex() };
  const fallback = { allow: [], block: [] };
  const errors = [];
  let size = 0;
  for (const list of lists) {
    if (!list || !Array.isArray(list.rules)) throw new TypeError('each list needs a rules array');
    if (list.kind !== undefined && list.kind !== 'block' && list.kind !== 'allow') {
      throw new TypeError(`list kind must be 'block' or 'allow', got ${list.kind}`);
    }
    for (const rule of list.rules) {
      const kind = list.kind === 'allow' || rule.kind === 'allow' ? 'allow' : 'block';
      const entry = { listId: list.id, rule, kind, re: null, literal: null, order: 0 };
      // Rules may come back from storage: re-check what matching relies on.
      if (rule.syntax === 'regex') {
        const compiled = compileRegexRule(rule.pattern, rule.flags ?? '');
        if (compiled.error) {
          errors.push({ listId: list.id, line: rule.line, message: compiled.error });
          continue;
        }
        entry.re = compiled.re;
      } else if (typeof rule.host !== 'string' || !rule.host) {
        errors.push({ listId: list.id, line: rule.line, message: 'rule has no host' });
        continue;
      }
      addEntry(indexes[kind], entry, fallback[kind]);
      size++;
    }
  }
  indexFallback(indexes.allow, fallback.allow);
  indexFallback(indexes.block, fallback.block);
  return {
    size,
    errors,
    match(url) {
      const u = describeUrl(url);
      if (!u) return null;
      const hit = lookup(indexes.allow, u) ?? lookup(indexes.block, u);
      return hit ? { listId: hit.listId, rule: hit.rule, line: hit.rule.line, kind: hit.kind } : null;
    },
  };
}
