// Editions (issue 15, points 1–3): a holder of ISO/IEC 27701:2019 (with ISO/IEC 27001) is asked
// which edition the certificate is to, targets ISO/IEC 27701:2025 and sees the transition
// requirement by requirement: counts by kind of change, the changed and new requirements with
// what changed, the carried-over ones with their 2019 numbers, and what 2025 no longer has; in
// English and German, at 360 and 1280 px (screenshots in artifacts/), no sideways scrolling, no
// axe violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { serve, launch, guardedPage, ready, axe, ARTIFACTS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function holder2019(width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
  const g = await guardedPage(context);
  const { page } = g;
  await page.goto(server.url);
  await ready(page);
  await page.getByTestId('start').click();
  const pd = page.getByTestId('q-personal_data');
  for (let i = 0; i < 4 && !(await pd.isVisible()); i++) await page.getByTestId('next').click();
  await pd.getByLabel('Yes', { exact: true }).check();
  const held = page.getByTestId('q-held.iso27701');
  for (let i = 0; i < 6 && !(await held.isVisible()); i++) await page.getByTestId('next').click();
  await page.getByTestId('q-held.iso27001').getByLabel('Certified', { exact: true }).check();
  // The edition is asked only once the standard is held.
  assert.equal(await page.getByTestId('q-edition.iso27701').count(), 0);
  await held.getByLabel('Certified', { exact: true }).check();
  const edition = page.getByTestId('q-edition.iso27701');
  await edition.waitFor();
  await edition.getByLabel('ISO/IEC 27701:2019', { exact: true }).check();
  const targets = page.getByTestId('q-targets');
  for (let i = 0; i < 4 && !(await targets.isVisible()); i++) await page.getByTestId('next').click();
  await targets.getByLabel('ISO/IEC 42001:2023 certification', { exact: true }).uncheck();
  await targets.getByLabel('ISO/IEC 27701:2025 certification', { exact: true }).check();
  await page.getByTestId('see-results').click();
  await page.getByTestId('results').waitFor();
  return { context, ...g };
}

async function shot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.getByTestId('transition').screenshot({ path: join(ARTIFACTS, `transition-${name}.png`) });
}

test('a 2019 holder targeting ISO/IEC 27701:2025 sees the transition requirement by requirement', async () => {
  const { context, page, errors, external } = await holder2019(1280);
  const section = page.getByTestId('transition');
  await section.waitFor();
  assert.match(await section.locator('h3').innerText(), /From ISO\/IEC 27701:2019 to ISO\/IEC 27701:2025/);
  const summary = await page.getByTestId('transition-summary').innerText();
  // 49 Annex A/B controls and 17 clauses renumbered, 1 new clause (6.3 planning of changes).
  assert.match(summary, /0 unchanged · 66 renumbered · \d+ changed · 1 new, of \d+ applicable requirements/);
  const changed = page.getByTestId('transition-changed');
  const r63 = changed.locator('tr[data-kind="new"]');
  assert.equal(await r63.count(), 1);
  assert.match(await r63.innerText(), /6\.3\s+Planning of changes[\s\S]*new in this edition/);
  // A.3.25 was the 2019 guidance on logging (6.9.4), now a control of its own, already met.
  const a325 = changed.locator('tr', { hasText: 'A.3.25' });
  const a325text = await a325.innerText();
  assert.match(a325text, /6\.9\.4/);
  assert.match(a325text, /changed/);
  // What the 29 A.3 controls share is said once, above the table.
  const shared = await page.getByTestId('transition-shared').innerText();
  assert.match(shared, /A\.3\.3–A\.3\.31 \(29 requirements\)/);
  assert.match(shared, /now a control of its own/);
  assert.match(a325text, /reuse as is/i);
  // Carried over: A.1.2.2 is 2019's A.7.2.1 (and its guidance 7.2.1).
  const carried = page.getByTestId('transition-carried');
  await section.locator('details summary').first().click();
  const a122 = await carried.locator('tr', { hasText: 'A.1.2.2' }).innerText();
  assert.match(a122, /A\.7\.2\.1, 7\.2\.1/);
  assert.match(a122, /renumbered/);
  assert.match(await section.innerText(), /No longer in the new edition \(19\)/);
  assert.deepEqual(await axe(page), []);
  await shot(page, 'en-1280');
  await page.getByTestId('lang').selectOption('de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.match(await section.locator('h3').innerText(), /Von ISO\/IEC 27701:2019 zu ISO\/IEC 27701:2025/);
  assert.match(await page.getByTestId('transition-summary').innerText(), /66 neu nummeriert · \d+ geändert · 1 neu/);
  assert.match(await page.getByTestId('transition-shared').innerText(), /\(29 Anforderungen\) — Bisher Umsetzungshinweis.*jetzt eine eigene Maßnahme/);
  await shot(page, 'de-1280');
  assert.deepEqual(errors, []);
  assert.deepEqual(external, []);
  await context.close();
});

test('the transition reads at 360 px in both languages', async () => {
  const { context, page } = await holder2019(360);
  await page.getByTestId('transition').waitFor();
  for (const lang of ['en', 'de']) {
    if (lang === 'de') {
      await page.getByTestId('lang').selectOption('de');
      await page.waitForFunction(() => document.documentElement.lang === 'de');
    }
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(over <= 1, `${lang}: ${over}px too wide at 360 px`);
    await shot(page, `${lang}-360`);
  }
  assert.deepEqual(await axe(page), []);
  await context.close();
});
