// Take it away (issue 6): printed report and one-pager, exports that re-import and parse back,
// OSCAL's required parts, share links in a fresh browser, offline reload, and bad input that
// gets a message and leaves stored assessments untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve, launch, guardedPage, ready, ARTIFACTS } from './helpers.mjs';

let server, browser, expected;
before(async () => {
  server = await serve();
  browser = await launch();
  expected = JSON.parse(await readFile(join(ARTIFACTS, 'expected-headlines.json'), 'utf8'))[0];
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

async function saasResults(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const g = await guardedPage(context);
  await g.page.goto(server.url);
  await ready(g.page);
  await g.page.getByTestId('example-saas').click();
  await g.page.getByTestId('results').waitFor();
  return { context, ...g };
}

async function downloadText(page, testid) {
  // The technical formats sit one level down, behind their summary.
  if (!(await page.getByTestId(testid).isVisible())) await page.locator('.imsx-technical summary').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const path = join(ARTIFACTS, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

/** RFC 4180 parser (quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text) {
  const rows = []; let row = []; let f = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\r') { /* part of CRLF */ }
    else if (c === '\n') { row.push(f); rows.push(row); row = []; f = ''; }
    else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  return rows;
}

/** The PDF's text with line breaks (and words broken at a hyphen) joined. */
function pdfText(path) {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/([-–])\s*\n\s*/g, '$1').replace(/\s+/g, ' ');
}

test('printing yields a numbered report that starts with content and a one-pager of exactly one page', async () => {
  const { context, page, errors } = await saasResults();
  await page.emulateMedia({ media: 'print' });
  const full = join(ARTIFACTS, 'report.pdf');
  await page.pdf({ path: full, format: 'A4' });
  const text = pdfText(full);
  for (const figure of [expected.reusable, expected.effort, expected.months]) assert.ok(text.includes(figure), `report contains ${figure}`);
  assert.match(text, /IMS Crosswalk report/);
  assert.match(text, /Gaps by roadmap phase/);
  assert.match(text, /Recommendations and caveats/);
  for (const chrome of ['Crosswalk explorer', 'Dark mode', 'Edit answers', 'Make a share link']) assert.ok(!text.includes(chrome), `no ${chrome}`);
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('onepager').check();
  await page.emulateMedia({ media: 'print' });
  const one = join(ARTIFACTS, 'one-pager.pdf');
  await page.pdf({ path: one, format: 'A4' });
  const oneText = pdfText(one);
  assert.ok(oneText.includes(expected.months));
  assert.ok(!oneText.includes('Gaps by roadmap phase'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [one], { encoding: 'utf8' }))[1]);
  const fullPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [full], { encoding: 'utf8' }))[1]);
  assert.equal(pages, 1, `one-pager has ${pages} page(s), full report ${fullPages}`);
  assert.ok(fullPages > 1);
  // The one-pager: headline, one chart, the largest gaps and the plan's end; not the working.
  assert.match(oneText, /Largest gaps/);
  assert.match(oneText, /Certificate expected in/);
  assert.ok(!oneText.includes('Working: each requirement'));
  // The full report starts with content (headline on page 1) and numbers its pages.
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', full, '-'], { encoding: 'utf8' });
  assert.ok(first.includes(expected.effort), 'headline on page 1');
  assert.match(first, new RegExp(`1 ?/ ?${fullPages}`), 'page number on page 1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('exported JSON re-imports to an identical result', async () => {
  const { context, page, errors } = await saasResults();
  const json = await downloadText(page, 'export-json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.format, 'ims-crosswalk.assessment');
  assert.equal(doc.results.targets[0].framework, 'iso42001');
  await page.getByRole('link', { name: 'Home' }).click();
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('imsx.state')).assessments.length);
  await page.getByTestId('import-file').setInputFiles(json.path);
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('h-reusable').innerText(), expected.reusable);
  assert.equal(await page.getByTestId('h-effort').innerText(), expected.effort);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('imsx.state')).assessments.length);
  assert.equal(after, before + 1, 'imported as a new assessment');
  const again = JSON.parse((await downloadText(page, 'export-json')).text);
  assert.deepEqual(again.results, doc.results);
  assert.deepEqual(errors, []);
  await context.close();
});

test('CSV exports parse back with the same rows', async () => {
  const { context, page, errors } = await saasResults();
  const gaps = await downloadText(page, 'export-gaps');
  assert.equal(gaps.text.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
  const rows = parseCsv(gaps.text.slice(1));
  const n = Number(expected.gaps.split(' ')[0]);
  assert.equal(rows.length - 1, n, 'one row per gap');
  assert.ok(rows.slice(1).every((r) => r.length === rows[0].length));
  const soa = parseCsv((await downloadText(page, 'export-soa')).text.slice(1));
  assert.equal(soa.length - 1, 38);
  const cw = await downloadText(page, 'export-cw-csv');
  const cwRows = parseCsv(cw.text.slice(1));
  assert.ok(cwRows.every((r) => r.length === 11), 'quoted commas and quotes keep every row at 11 columns');
  const cwJson = JSON.parse((await downloadText(page, 'export-cw-json')).text);
  // Five standards, ISO/IEC 27701 in two editions (2019, 2025).
  assert.equal(cwJson.frameworks.length, 6);
  assert.ok(cwJson.frameworks.some((f) => f.id === 'iso27701-2025'));
  const links = cwJson.frameworks.flatMap((f) => f.requirements).filter((r) => r.assessed).reduce((n, r) => n + (r.links?.length || 0), 0);
  assert.equal(cwRows.length - 1, links + cwJson.mappings.length, 'the CSV and the JSON hold the same crosswalk');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the OSCAL export follows the mapping model, with stable v4/v5 UUIDs', async () => {
  const { context, page, errors } = await saasResults();
  const a = JSON.parse((await downloadText(page, 'export-oscal')).text);
  const b = JSON.parse((await downloadText(page, 'export-oscal')).text);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const mc = a['mapping-collection'];
  assert.match(mc.uuid, uuid);
  for (const k of ['title', 'last-modified', 'version', 'oscal-version']) assert.equal(typeof mc.metadata[k], 'string', k);
  assert.ok(mc.mappings.length >= 4);
  const rels = new Set(['equivalent-to', 'equal-to', 'subset-of', 'superset-of', 'intersects-with']);
  const ids = [];
  for (const m of mc.mappings) {
    assert.match(m.uuid, uuid);
    assert.ok(m['source-resource'].href && m['target-resource'].href);
    for (const map of m.maps) {
      assert.match(map.uuid, uuid);
      assert.ok(rels.has(map.relationship), map.relationship);
      assert.ok(map.sources.length > 0 && map.targets.length > 0);
      assert.ok(map.sources.every((s) => s.type && s['id-ref']));
      ids.push(map.uuid);
    }
  }
  assert.equal(new Set(ids).size, ids.length, 'UUIDs are unique');
  const idsB = b['mapping-collection'].mappings.flatMap((m) => m.maps.map((x) => x.uuid));
  assert.deepEqual(idsB, ids, 'UUIDs are stable across exports');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link opened in a fresh browser context reproduces the result', async () => {
  const { context, page, errors } = await saasResults();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  assert.match(link, /#share=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 600, `${link.length} characters`);
  await context.close();
  const other = await browser.newContext();
  const g = await guardedPage(other);
  await g.page.goto(link);
  await ready(g.page);
  assert.match(await g.page.getByTestId('notices').innerText(), /Import it as a new assessment/);
  await g.page.getByTestId('import-shared').click();
  await g.page.getByTestId('results').waitFor();
  for (const [id, want] of [['h-reusable', expected.reusable], ['h-gaps', expected.gaps], ['h-effort', expected.effort], ['h-months', expected.months]]) {
    assert.equal(await g.page.getByTestId(id).innerText(), want);
  }
  // Followed while the tool is already open (pasted into the address bar, or a link on a
  // page): offered the same way, without a reload.
  await g.page.evaluate((h) => { location.hash = h; }, new URL(link).hash);
  await g.page.waitForFunction(() => /Import it as a new assessment/.test(document.querySelector('[data-testid=notices]')?.innerText || ''));
  assert.match(g.page.url(), /#\/$/, 'the address returns to the start page');
  assert.deepEqual([...errors, ...g.errors], []);
  await other.close();
});

test('the hosted site reloads with the network cut, after one visit', async () => {
  const context = await browser.newContext();
  const { page, errors } = await guardedPage(context);
  await page.goto(server.url);
  await ready(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('h-reusable').innerText(), expected.reusable);
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.getAttribute('href'));
  assert.equal(manifest, 'manifest.webmanifest');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad input gets a clear message and stored assessments stay untouched', async () => {
  const { context, page, errors } = await saasResults();
  const good = JSON.parse((await downloadText(page, 'export-json')).text);
  await page.getByRole('link', { name: 'Home' }).click();
  const stored = () => page.evaluate(() => localStorage.getItem('imsx.state'));
  const files = {
    'malformed.json': ['{"format": "ims-crosswalk.assessment", "answers": {', /not valid JSON/],
    'shape.json': ['{"name": "a list of things", "items": [1, 2, 3]}', /not an IMS Crosswalk assessment/],
    'future.json': [JSON.stringify({ ...good, format_version: 9 }), /newer IMS Crosswalk/],
    'binary.json': [Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x81]), /not text/],
    'huge.json': [Buffer.alloc(20 * 1024 * 1024, 32), /20\.0 MB/],
  };
  for (const [name, [content, message]] of Object.entries(files)) {
    const before = await stored();
    const path = join(ARTIFACTS, name);
    await writeFile(path, content);
    await page.getByTestId('import-file').setInputFiles(path);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=import-error]')?.textContent || ''), message.source);
    assert.equal(await stored(), before, `${name}: stored data unchanged`);
  }
  // Unknown ids from another dataset edition: imported, with a warning, others untouched.
  const before = JSON.parse(await stored());
  const other = JSON.parse(JSON.stringify(good));
  other.answers['el.retired_element'] = 'audited';
  other.results.targets[0].requirements[0].id = 'iso42001:Z.9';
  await writeFile(join(ARTIFACTS, 'other-edition.json'), JSON.stringify(other));
  await page.getByTestId('import-file').setInputFiles(join(ARTIFACTS, 'other-edition.json'));
  await page.getByTestId('results').waitFor();
  assert.match(await page.getByTestId('notices').innerText(), /el\.retired_element/);
  const after = JSON.parse(await stored());
  assert.deepEqual(after.assessments.slice(0, before.assessments.length), before.assessments);
  // A tampered share link.
  const s0 = await stored();
  // Followed while the app is open (the hash changes; the page does not reload).
  await page.goto(server.url + '#share=AQzzzzzzzzzz');
  await page.waitForFunction(() => /incomplete or has been changed/.test(document.querySelector('[data-testid=notices]')?.innerText || ''));
  assert.equal(await stored(), s0);
  assert.deepEqual(errors, []);
  await context.close();
});
