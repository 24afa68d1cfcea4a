// String helpers shared by the corpus reader and the templates. Plain string templating keeps
// generation fast (no DOM for 400+ pages) and lets each template control its exact markup.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

// Same escaping for text and attributes: farms serialise with &quot;/&#x27; too (see the seed).
export function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// JSON inside <script>: only "</script" and "<!--" can break out, escaping "<" covers both.
export function jsonScript(value, indent) {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}

// Named entities seen in real news <head>s; anything else numeric is decoded generically.
const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è',
  aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü',
  ouml: 'ö', auml: 'ä', middot: '·', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  bull: '•', pound: '£', euro: '€', deg: '°', times: '×',
};

export function decodeEntities(text) {
  return String(text ?? '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    const named = NAMED[body.toLowerCase()];
    return named ?? m;
  });
}

// Visible text of an HTML fragment, whitespace collapsed.
export function stripTags(html) {
  return decodeEntities(String(html ?? '').replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

// Farm CMSs slugify the title and cut it at a fixed width without re-trimming the dash
// ("...colorado-.html" in the seed); non-Latin titles fall back to the caller's id.
export function slugify(title, max = 60) {
  const slug = String(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max);
}

export function attrs(tagHtml) {
  const out = {};
  const re = /([a-zA-Z_:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
  let m;
  while ((m = re.exec(tagHtml))) out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}
