// Pages read through a cache, a proxy or a web archive keep their publisher's address in their
// own. Reports, block lists and per-site choices are about the publisher, never about
// web.archive.org or google.com, so the extension keys them by the host this returns.
// The rules are the core's (PublisherHost in core/src/provenance/domains.cc), which judges the
// page by the same host and reports it as result.provenance.host; tests/extension/proxies.test.mjs
// runs both on the same addresses and requires the same answer.

const AMP_CACHE = /\.(cdn\.ampproject\.org|ampproject\.net)$/;
const GOOGLE = /^(www\.)?google\./;
const TRANSLATE = '.translate.goog';

// The host of "[scheme://]host[:port]/..." at the start of `rest`, lower case; null without a dot.
function hostAtStart(rest) {
  const bare = rest.replace(/^https?:\/\/?/i, '');
  const host = bare.split(/[/?#:]/, 1)[0].toLowerCase();
  return host.includes('.') ? host : null;
}

// "/<prefix>[s/]host/..." for the AMP cache and viewer prefixes.
function hostAfterPrefix(path, prefixes) {
  for (const prefix of prefixes) {
    if (!path.startsWith(prefix)) continue;
    let rest = path.slice(prefix.length);
    if (rest.startsWith('s/')) rest = rest.slice(2);
    const host = rest.split('/', 1)[0].toLowerCase();
    if (host.includes('.')) return host;
  }
  return null;
}

// What follows the first `segments` path segments ("/web/20200101000000/" + the archived URL).
function hostAfterSegments(path, segments) {
  const parts = path.split('/');  // ['', 'web', '2020...', 'https:', '', 'host', ...]
  if (parts.length < segments + 2) return null;
  return hostAtStart(parts.slice(segments + 1).join('/'));
}

/** The publisher's host of a page URL (lower case), or null when the URL has none. */
export function publisherHost(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (!host) return null;
  const path = u.pathname;
  let origin = null;
  if (host === 'web.archive.org' || host === 'wayback.archive.org') {
    if (path.startsWith('/web/')) origin = hostAfterSegments(path, 2);
  } else if (host === 'wayback.archive-it.org') {
    origin = hostAfterSegments(path, 2);
  } else if (AMP_CACHE.test(host)) {
    origin = hostAfterPrefix(path, ['/c/', '/v/', '/i/', '/r/']);
  } else if (GOOGLE.test(host)) {
    origin = hostAfterPrefix(path, ['/amp/']);
  } else if (host.endsWith(TRANSLATE) && host.length > TRANSLATE.length) {
    // "www-my--paper-co-uk" -> "www.my-paper.co.uk" ("--" stands for a hyphen of the origin).
    const label = host.slice(0, -TRANSLATE.length);
    const decoded = label.replace(/--|-/g, (m) => (m === '--' ? '-' : '.'));
    if (decoded.includes('.')) origin = decoded;
  }
  return origin ?? host;
}
