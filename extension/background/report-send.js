// Sending reports to an endpoint the reader configured (optional, off by default). The options
// page asks for a preview, shows the exact body, and only a confirmation carrying that same body
// sends it: the background rebuilds the body from the store and refuses if it differs, so what
// leaves the browser is byte for byte what the reader saw. No cookies, no redirects, HTTPS only.
import { StoreError } from './report-db.js';
import { EXPORT_TYPE, REPORT_SCHEMA_VERSION } from './report-schema.js';
import { checkEndpoint } from './report-settings.js';

export const SEND_TIMEOUT_MS = 30000;
export const MAX_SEND_REPORTS = 100;

/** The exact request body: our export format (importable), without time-varying fields. */
export function sendBody(reports, { extensionVersion = 'unknown' } = {}) {
  return JSON.stringify({
    type: EXPORT_TYPE,
    schemaVersion: REPORT_SCHEMA_VERSION,
    extensionVersion,
    count: reports.length,
    reports,
  }, null, 2);
}

export async function postReports(endpoint, body, { fetchImpl = globalThis.fetch, timeoutMs = SEND_TIMEOUT_MS } = {}) {
  const url = checkEndpoint(endpoint);
  if (!url) throw new StoreError('no-endpoint', 'No endpoint is configured: set one in Options > Sending first.');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    return { ok: response.ok, status: response.status, statusText: response.statusText ?? '' };
  } catch (err) {
    const why = controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : err.message;
    throw new StoreError('send-failed', `Could not send to ${new URL(url).host}: ${why}`);
  } finally {
    clearTimeout(timer);
  }
}
