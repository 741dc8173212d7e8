// Size and speed report (a command, not a test): raw, gzip -9 and brotli sizes of every file in
// dist/ and of the single file, then a Lighthouse mobile run of the served site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from '../tests/e2e/helpers.mjs';

const dist = 'dist';
const rows = [];
for (const f of readdirSync(dist).sort()) {
  const p = join(dist, f);
  if (!statSync(p).isFile()) continue;
  const b = readFileSync(p);
  rows.push([f, b.length, gzipSync(b, { level: 9 }).length,
    brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length]);
}
const kb = (n) => (n / 1024).toFixed(1);
console.log('| file | raw KB | gzip -9 KB | brotli KB |\n|---|---:|---:|---:|');
for (const [f, r, g, br] of rows) console.log(`| ${f} | ${kb(r)} | ${kb(g)} | ${kb(br)} |`);
// Everything a visitor of the hosted site downloads (the single file is the offline alternative).
const wire = rows.filter(([f]) => f !== 'ims-crosswalk.html');
const sum = (i) => wire.reduce((n, r) => n + r[i], 0);
console.log(`| **app over the wire, English reader** (every file but the single file) | ${kb(sum(1))} | ${kb(sum(2))} | ${kb(sum(3))} |`);
// A language not in use loads on demand: the German pack is added only for German readers.
for (const f of readdirSync(join(dist, 'i18n')).sort()) {
  const b = readFileSync(join(dist, 'i18n', f));
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| i18n/${f} (loaded only for that language) | ${kb(b.length)} | ${kb(gzipSync(b, { level: 9 }).length)} | ${kb(br)} |`);
  console.log(`| **app over the wire, ${f.replace('.json', '')} reader** | | | ${kb(sum(3) + br)} |`);
}
console.log('\nBudgets: app + dataset ≤ 250 KB brotli (aim 150); single file ≤ 1024 KB.');

// Served with brotli, as any production static host or CDN serves it.
const server = await serve({ compress: true });
try {
  // Asynchronous, so that this process's server keeps answering while Lighthouse loads the page.
  const { stdout: out } = await promisify(execFile)('lighthouse', [server.url, '--quiet', '--output=json', '--form-factor=mobile',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, maxBuffer: 64 << 20, encoding: 'utf8' });
  const lh = JSON.parse(out);
  if (process.env.LH_JSON) (await import('node:fs')).writeFileSync(process.env.LH_JSON, out);
  const c = lh.categories;
  console.log('\nLighthouse (mobile, simulated slow 4G, site served with brotli):');
  for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) console.log(`  ${c[k].title}: ${Math.round(c[k].score * 100)}`);
  for (const a of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    console.log(`  ${lh.audits[a].title}: ${lh.audits[a].displayValue}`);
  }
  const lcpEl = lh.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcpEl) console.log(`  LCP element: ${lcpEl.selector} (${(lcpEl.snippet || '').slice(0, 80)})`);
} finally {
  await server.close();
}
