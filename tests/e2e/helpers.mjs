// Shared end-to-end helpers: a static server for dist/ (under a sub-path, to prove relative
// URLs), a Chromium launcher (Debian's /usr/bin/chromium), and page guards that record console
// errors and every request that leaves 127.0.0.1.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
export const SUBPATH = '/tools/crosswalk/';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.json': 'application/json' };

/** Serves dist/ at http://127.0.0.1:PORT/tools/crosswalk/. With `compress`, answers in brotli
 *  (quality 11) when the client accepts it, as a production static host or CDN does. */
export async function serve({ compress = false, dir = DIST, extra = {} } = {}) {
  const brotli = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (extra[url.pathname]) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(extra[url.pathname]); return; }
    if (!url.pathname.startsWith(SUBPATH)) { res.writeHead(404).end('not under the sub-path'); return; }
    let path = decodeURIComponent(url.pathname.slice(SUBPATH.length)) || 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        if (!brotli.has(file)) brotli.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = brotli.get(file);
        headers['content-encoding'] = 'br';
      }
      res.writeHead(200, headers).end(body);
    } catch { res.writeHead(404).end('not found'); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}${SUBPATH}`;
  return { url, close: () => new Promise((r) => server.close(r)) };
}

export const SINGLE_FILE_URL = 'file://' + join(DIST, 'ims-crosswalk.html');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page that records console errors, page errors and requests to anything but 127.0.0.1.
 *  The results lay their long sections out only when scrolled near (`content-visibility: auto`,
 *  for speed); such a section has no rendered text, width or colours until then. So that reads
 *  of text, the reflow widths and axe see every section as a reader who scrolls there does, the
 *  page lays them all out unless `lazy` is set (the test of that behaviour sets it). */
export async function guardedPage(context, { lazy = false } = {}) {
  const page = await context.newPage();
  if (!lazy) {
    await page.addInitScript(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('*{content-visibility:visible!important}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
  }
  const errors = [];
  const external = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push('unexpected dialog: ' + d.message()); d.dismiss(); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    requests.push(r.url());
    const local = u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'file:' || u.hostname === '127.0.0.1';
    if (!local) external.push(r.url());
  });
  return { page, errors, external, requests };
}

/** Waits until the app has mounted. */
export async function ready(page) {
  await page.getByTestId('version').waitFor({ timeout: 20000 });
}

/** Runs axe-core and returns its violations as short strings. */
export async function axe(page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name + '.png'), fullPage: true });
}
