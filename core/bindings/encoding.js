// Decodes page bytes the way a browser does (WHATWG HTML "determine the character encoding",
// simplified): BOM, then a transport charset if known, then <meta charset> / http-equiv in the
// first 1024 bytes, then UTF-8 when the bytes are valid UTF-8, else windows-1252.

const PRESCAN_BYTES = 1024;

function bomEncoding(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

// Normalizes a label through TextDecoder's own table; null when unknown. Per the HTML standard a
// meta-declared UTF-16 means UTF-8 (the bytes are ASCII-compatible if we could read the meta).
export function canonicalEncoding(label, fromMeta = false) {
  if (!label) return null;
  try {
    const name = new TextDecoder(String(label).trim().toLowerCase()).encoding;
    if (fromMeta && name.startsWith('utf-16')) return 'utf-8';
    if (fromMeta && name === 'x-user-defined') return 'windows-1252';
    return name;
  } catch {
    return null;
  }
}

function charsetFromContent(content) {
  const m = /charset\s*=\s*["']?([^"'\s;]+)/i.exec(content);
  return m ? m[1] : null;
}

// Finds a charset declared in <meta> within the first 1024 bytes (ASCII-only scan).
export function prescanMetaCharset(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  const metaRe = /<meta\b([^>]*)>/gi;
  let m;
  while ((m = metaRe.exec(withoutComments))) {
    const attrs = m[1];
    const charset = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(attrs);
    if (charset && !/http-equiv/i.test(attrs)) return charset[1];
    if (/http-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const value = content && (content[2] ?? content[3] ?? content[4]);
      const cs = value && charsetFromContent(value);
      if (cs) return cs;
    }
    if (charset) return charset[1];
  }
  return null;
}

function isValidUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Decides the encoding without decoding: { encoding, source, bomLength }.
export function sniffEncoding(bytes, { contentType } = {}) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let encoding = bomEncoding(view);
  let source = 'bom';
  if (!encoding && contentType) {
    encoding = canonicalEncoding(charsetFromContent(contentType));
    source = 'transport';
  }
  if (!encoding) {
    encoding = canonicalEncoding(prescanMetaCharset(view), true);
    source = 'meta';
  }
  if (!encoding) {
    encoding = isValidUtf8(view) ? 'utf-8' : 'windows-1252';
    source = 'default';
  }
  const bomLength = source !== 'bom' ? 0 : encoding === 'utf-8' ? 3 : 2;
  return { encoding, source, bomLength };
}

// Returns { text, encoding, source } where source says which rule decided.
export function decodeHtmlBytes(bytes, { contentType } = {}) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const { encoding, source } = sniffEncoding(view, { contentType });
  // The BOM itself is not text: TextDecoder strips it for the matching encoding.
  const text = new TextDecoder(encoding).decode(view);
  return { text, encoding, source };
}
