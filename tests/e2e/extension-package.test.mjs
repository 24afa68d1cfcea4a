// The built extension as a package: one manifest for Chrome and Firefox (web-ext lint reports no
// errors), and nothing in it that MV3 would refuse (eval in shipped scripts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT } from './harness.mjs';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('web-ext lint reports 0 errors on the built folder', () => {
  const out = execFileSync(process.execPath, [
    join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint',
    '--source-dir', EXTENSION_DIR, '--output', 'json', '--no-config-discovery',
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const report = JSON.parse(out);
  expect(report.errors).toEqual([]);
  expect(report.summary.errors).toBe(0);
});

test('no shipped script uses eval or new Function', () => {
  const scripts = filesUnder(EXTENSION_DIR).filter((f) => /\.(m?js)$/.test(f));
  expect(scripts.length).toBeGreaterThan(5);
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    expect({ file, eval: /\beval\(|new Function\(/.test(text) }).toEqual({ file, eval: false });
  }
});

test('the manifest carries what Chrome and Firefox both need', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.background.service_worker).toBeTruthy();
  expect(manifest.background.scripts).toEqual([manifest.background.service_worker]);
  expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toBeTruthy();
  expect(manifest.content_security_policy.extension_pages).toContain("'wasm-unsafe-eval'");
  expect(manifest.content_security_policy.extension_pages).not.toContain("'unsafe-eval'");
});
