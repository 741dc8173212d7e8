// Certification audit days on the results (issue 15, point 4): for an ISO/IEC 27001 target the
// section shows stage 1, stage 2, surveillance and recertification auditor-days, the working
// line by line with its sources, assumptions marked, the combined audit with ISO/IEC 42001, and
// says the certification body decides; in English and German, at 360 and 1280 px (screenshots
// of the section in artifacts/), without sideways scrolling and without axe violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { serve, launch, guardedPage, ready, axe, ARTIFACTS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The SaaS example (51–250 staff, ISO/IEC 42001 target) with ISO/IEC 27001 added as a target. */
async function withIso27001(width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
  const g = await guardedPage(context);
  await g.page.goto(server.url);
  await ready(g.page);
  await g.page.getByTestId('example-saas').click();
  await g.page.getByTestId('results').waitFor();
  await g.page.getByTestId('edit-answers').click();
  const targets = g.page.getByTestId('q-targets');
  for (let i = 0; i < 12 && !(await targets.isVisible()); i++) await g.page.getByTestId('next').click();
  await targets.getByLabel('ISO/IEC 27001:2022 certification', { exact: true }).check();
  await g.page.getByTestId('see-results').click();
  await g.page.getByTestId('results').waitFor();
  return { context, ...g };
}

async function shot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.getByTestId('audit-days').screenshot({ path: join(ARTIFACTS, `audit-days-${name}.png`) });
}

test('audit days and their working appear on the results for an ISO/IEC 27001 target', async () => {
  const { context, page, errors, external } = await withIso27001(1280);
  const section = page.getByTestId('audit-days');
  await section.waitFor();
  assert.match(await section.innerText(), /The certification body decides the audit time/);
  // 150 effective personnel (middle of 51–250): ISO/IEC 27001 13 d, stage 1 4 + stage 2 9,
  // surveillance 4.5, recertification 8.5 (tests/audit.rs works the same figures by hand).
  const iso27001 = page.getByTestId('audit-iso27001');
  const text = await iso27001.innerText();
  assert.match(text, /ISO\/IEC 27001:2022/);
  assert.match(text, /Initial audit\s+13 auditor-days/);
  assert.match(text, /stage 1: 4, stage 2: 9/);
  assert.match(text, /Each surveillance audit \(years 2 and 3\)\s+4\.5 auditor-days/);
  assert.match(text, /Recertification \(year 4\)\s+8\.5 auditor-days/);
  // The working, line by line, with table and clause, assumptions marked.
  const working = page.getByTestId('audit-working-iso27001');
  await working.locator('summary').click();
  const lines = working.locator('li');
  assert.ok(await lines.count() >= 8, 'several working lines');
  const w = await working.innerText();
  assert.match(w, /Initial audit time for 150 persons \(stage 1 \+ stage 2\)\s+13 auditor-days\s+ISO\/IEC 27006-1:2024, Annex C/);
  assert.match(w, /IAF MD 5:2019, 2\.2\.3/);
  assert.match(w, /assumption/);
  assert.ok(await working.locator('.imsx-audit__line--assumed').count() >= 1, 'assumptions are marked');
  // ISO/IEC 42001 and the combined audit.
  assert.match(await page.getByTestId('audit-iso42001').innerText(), /ISO\/IEC 42006:2025|rests on assumptions/);
  const combined = page.getByTestId('audit-combined');
  assert.match(await combined.innerText(), /Audited together: .*ISO\/IEC 27001:2022/);
  assert.match(await combined.innerText(), /Initial audit\s+21 auditor-days/);
  await page.getByTestId('audit-working-combined').locator('summary').click();
  assert.match(await page.getByTestId('audit-working-combined').innerText(), /IAF MD 11:2019, 2\.2/);
  assert.match(await section.innerText(), /Global Accreditation Cooperation Incorporated/);
  assert.deepEqual(await axe(page), [], 'axe with the audit-days section open');
  await shot(page, 'en-1280');
  // German, switched on the page.
  await page.getByTestId('lang').selectOption('de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  const de = await page.getByTestId('audit-days').innerText();
  assert.match(de, /Audittage der Zertifizierung/);
  assert.match(de, /Die Auditzeit legt die Zertifizierungsstelle fest/);
  assert.match(de, /Erstaudit\s+13 Auditortage/);
  assert.match(de, /4,5 Auditortage/);
  await page.getByTestId('audit-working-iso27001').locator('summary').click();
  await shot(page, 'de-1280');
  assert.deepEqual(errors, []);
  assert.deepEqual(external, []);
  await context.close();
});

test('the audit-days section reflows at 360 px in English and German', async () => {
  const { context, page, errors } = await withIso27001(360);
  await page.getByTestId('audit-days').waitFor();
  for (const lang of ['en', 'de']) {
    if (lang === 'de') {
      await page.getByTestId('lang').selectOption('de');
      await page.waitForFunction(() => document.documentElement.lang === 'de');
    }
    const working = page.getByTestId('audit-working-iso27001');
    if (!(await working.evaluate((d) => d.open))) await working.locator('summary').click();
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(over <= 1, `${lang}: ${over}px too wide at 360 px`);
    await shot(page, `${lang}-360`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('no audit-days section without a certifiable target', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await guardedPage(context);
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('audit-days').count(), 1, 'ISO/IEC 42001 is certifiable');
  await page.getByTestId('edit-answers').click();
  const targets = page.getByTestId('q-targets');
  for (let i = 0; i < 12 && !(await targets.isVisible()); i++) await page.getByTestId('next').click();
  await targets.getByLabel('NIST AI RMF 1.0 alignment', { exact: true }).check();
  await targets.getByLabel('ISO/IEC 42001:2023 certification', { exact: true }).uncheck();
  await page.getByTestId('see-results').click();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('audit-days').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
