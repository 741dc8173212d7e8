// Deploy it as your own (issue 14): a branded dist/ (name, logo, colours, call to action, footer)
// on landing, results, print and the one-pager; the single file built with that config; a bad
// config falls back safely with console warnings; the tool inside an iframe on another origin;
// deep links; a saved copy opened from disk says what to do. axe on the branded build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { serve, launch, guardedPage, ready, axe, screenshot, DIST, ARTIFACTS } from './helpers.mjs';

const BRANDED = resolve(ARTIFACTS, 'dist-branded');
const BAD = resolve(ARTIFACTS, 'dist-badbrand');
const BRAND = {
  name: 'Acme AI Readiness',
  logo: 'acme.svg',
  accent: '#7a1f5c',
  cta: { label: 'Talk to us about your 42001 project', url: 'mailto:hello@acme.example?subject=42001' },
  footer: 'Offered by Acme Consulting GmbH',
  privacy_url: 'privacy.html',
  canonical_url: 'https://acme.example/tools/crosswalk/',
};
let browser, branded, bad, plain;
before(async () => {
  for (const [dir, brand] of [[BRANDED, BRAND], [BAD, { name: 7, accent: '#ffff66', logo: 'https://elsewhere.example/x.png', cta: { label: 'Go', url: 'javascript:alert(1)' } }]]) {
    await rm(dir, { recursive: true, force: true });
    await cp(DIST, dir, { recursive: true });
    await writeFile(join(dir, 'brand.json'), JSON.stringify(brand));
  }
  await writeFile(join(BRANDED, 'acme.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#7a1f5c"/></svg>');
  execFileSync('node', [resolve(import.meta.dirname, '../../scripts/single-file.mjs'), BRANDED]);
  browser = await launch();
  branded = await serve({ dir: BRANDED });
  bad = await serve({ dir: BAD });
  plain = await serve();
});
after(async () => { await browser?.close(); for (const s of [branded, bad, plain]) await s?.close(); });

async function open(url, options = {}) {
  const context = await browser.newContext(options);
  const g = await guardedPage(context);
  const warnings = [];
  g.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await g.page.goto(url);
  await ready(g.page);
  return { context, warnings, ...g };
}

async function toResults(page) {
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
}

test('a branded build shows the brand on landing, results, print and the one-pager', async () => {
  const { context, page, errors, external } = await open(branded.url);
  assert.match(await page.getByTestId('brand').innerText(), /Acme AI Readiness/);
  assert.equal(await page.locator('.imsx-header__logo').getAttribute('src'), 'acme.svg');
  assert.match(await page.title(), /Acme AI Readiness/);
  assert.match(await page.getByTestId('brand-footer').innerText(), /Offered by Acme Consulting GmbH/);
  assert.equal(await page.getByTestId('cta-link').getAttribute('href'), BRAND.cta.url);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  assert.equal(accent, '#7a1f5c');
  assert.deepEqual(await axe(page), [], 'axe on the branded landing');
  await screenshot(page, 'brand-landing-1280');
  await toResults(page);
  // Nothing leaves unless chosen: no summary in the link until the box is ticked, and it is shown first.
  assert.equal(await page.getByTestId('cta-link').getAttribute('href'), BRAND.cta.url);
  await page.getByTestId('cta-include').check();
  const summary = await page.getByTestId('cta-summary').innerText();
  assert.match(summary, /person-days/);
  assert.doesNotMatch(summary, /SaaS scale-up/, 'no free text unless ticked');
  assert.match(await page.getByTestId('cta-link').getAttribute('href'), /^mailto:hello@acme\.example\?subject=42001&body=Target/);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.imsx-titlepage__kicker').innerText(), /Acme AI Readiness/);
  assert.ok(await page.locator('.imsx-cta__url').isVisible(), 'the printed report carries the call to action');
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('onepager').check();
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.imsx-titlepage__kicker').innerText(), /Acme AI Readiness/);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axe(page), [], 'axe on branded results');
  await screenshot(page, 'brand-results-1280');
  assert.deepEqual(errors, []);
  assert.deepEqual(external, []);
  await context.close();
});

test('the single file built with the config is branded, and its share link uses the canonical URL', async () => {
  const { context, page, errors } = await open('file://' + join(BRANDED, 'ims-crosswalk.html'));
  assert.match(await page.getByTestId('brand').innerText(), /Acme AI Readiness/);
  await toResults(page);
  await page.getByTestId('share').click();
  assert.match(await page.getByTestId('share-link').inputValue(), /^https:\/\/acme\.example\/tools\/crosswalk\/#share=/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plain single file, opened from disk, says a share link would not open elsewhere', async () => {
  const { context, page, errors } = await open('file://' + join(DIST, 'ims-crosswalk.html'));
  await toResults(page);
  await page.getByTestId('share').click();
  assert.match(await page.getByTestId('share-file-only').innerText(), /Save these answers as a file/);
  assert.equal(await page.getByTestId('share-link').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad config falls back safely and names each problem in the console', async () => {
  const { context, page, errors, warnings } = await open(bad.url);
  assert.match(await page.getByTestId('brand').innerText(), /^IMS Crosswalk$/);
  assert.equal(await page.getByTestId('cta').count(), 0);
  assert.equal(await page.locator('.imsx-header__logo').count(), 0);
  for (const word of ['name', 'contrast', 'logo', 'cta']) assert.ok(warnings.some((w) => w.includes(word)), `${word}: ${warnings}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded in an iframe on another origin it works, reports its height and stays on its origin', async () => {
  const host = await serve({ extra: { '/host.html': `<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,"><body>
    <iframe id="f" title="IMS Crosswalk" src="${branded.url}" style="width:100%;height:600px;border:0"></iframe>
    <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'imsx:height') window.heights.push(e.data.height); });</script>
    </body></html>` } });
  const context = await browser.newContext();
  const g = await guardedPage(context);
  await g.page.goto(host.url.replace('/tools/crosswalk/', '/host.html'));
  const frame = g.page.frameLocator('#f');
  await frame.getByTestId('version').waitFor({ timeout: 20000 });
  await frame.getByTestId('example-saas').click();
  await g.page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 300);
  const appOrigin = new URL(branded.url).origin;
  const hostOrigin = new URL(host.url).origin;
  assert.notEqual(appOrigin, hostOrigin);
  const off = g.requests.filter((u) => !u.startsWith(appOrigin) && !u.startsWith(hostOrigin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(off, []);
  assert.deepEqual(g.errors, []);
  await context.close();
  await host.close();
});

test('deep links land where they say; unknown values get a clear message', async () => {
  const { context, page, errors } = await open(plain.url + '#example=saas&presenter=1');
  await page.getByTestId('results').waitFor();
  assert.match(await page.getByTestId('h-effort').innerText(), /person-days/);
  assert.equal(await page.getByTestId('large-type').getAttribute('aria-pressed'), 'true');
  // Followed while the app runs (the hash changes, the page does not reload).
  await page.goto(plain.url + '#page=explorer&pair=iso27001,iso42001');
  await page.getByTestId('x-framework').waitFor();
  assert.equal(await page.getByTestId('x-framework').inputValue(), 'iso27001');
  assert.equal(await page.getByTestId('x-other').inputValue(), 'iso42001');
  assert.match(await page.getByTestId('x-count').innerText(), /^\d+ requirements$/);
  // A requirement far down its framework's list: the explorer opens on it, its row in view.
  // Opened afresh (a new tab from a slide).
  await page.goto('about:blank');
  await page.goto(plain.url + '#page=explorer&req=nist-ai-rmf:MANAGE%204.3');
  await ready(page);
  await page.getByTestId('explorer-detail').waitFor();
  assert.match(await page.locator('#x-title').innerText(), /MANAGE 4\.3/);
  assert.equal(await page.getByTestId('x-framework').inputValue(), 'nist-ai-rmf');
  assert.equal(await page.locator('.imsx-xrow[aria-pressed=true]').count(), 1);
  // Its own link names it; followed while the app runs (here from another requirement), it
  // opens that requirement again.
  const link = await page.getByTestId('x-link').getAttribute('href');
  assert.equal(link, '#page=explorer&req=nist-ai-rmf:MANAGE%204.3');
  await page.getByTestId('x-prev').click();
  assert.doesNotMatch(await page.locator('#x-title').innerText(), /MANAGE 4\.3/);
  await page.evaluate((h) => { location.hash = h; }, link);
  await page.waitForFunction(() => /MANAGE 4\.3/.test(document.querySelector('#x-title')?.textContent || ''));
  assert.match(page.url(), /#\/explorer$/, 'the address returns to the route');
  await page.goto(plain.url + '#page=explorer&req=iso42001:99.9');
  assert.match(await page.locator('.imsx-notices, [role=status], [role=alert]').allInnerTexts().then((t) => t.join(' ')), /iso42001:99\.9/);
  await page.goto(plain.url + '#example=bank');
  assert.match(await page.locator('.imsx-notices, [role=status], [role=alert]').allInnerTexts().then((t) => t.join(' ')), /bank/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a saved copy of the site opened from disk shows what to do', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('file://' + join(DIST, 'index.html'));
  const note = page.locator('#imsx-file-note');
  await note.waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await note.innerText(), /ims-crosswalk\.html/);
  assert.equal(await note.getByRole('link').first().getAttribute('href'), 'ims-crosswalk.html');
  await screenshot(page, 'saved-copy-from-disk');
  await context.close();
});
