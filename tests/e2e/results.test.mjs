// Results a prospect trusts and a trainer can teach with (issue 13): in-page navigation, the
// plan with dates, the headline per target with its programme total, charts with values,
// exports grouped, presenter mode at 1024×768 with names hidden, and stepping through the
// explorer by keyboard. axe in light and dark; no request leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, guardedPage, ready, axe, screenshot, ARTIFACTS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A stored state with one assessment (answers as the app stores them), opened at results. */
function state(answers, extra = {}) {
  return JSON.stringify({ version: 2, assessments: [{ id: 'a1', name: 'Two-target Ltd', answers, step: '', created: 0, modified: 0 }], current: 'a1', large_type: false, ...extra });
}
async function open(context, hash = '#/results', stored) {
  const g = await guardedPage(context);
  if (stored) await g.page.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('imsx.state', s); sessionStorage.setItem('seeded', '1'); } }, stored);
  await g.page.goto(server.url + hash);
  await ready(g.page);
  await g.page.getByTestId('results').waitFor();
  return g;
}

test('in-page navigation moves to each section; the plan has dates from a start month that is kept', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors, external } = await open(context, '#example=saas');
  const nav = page.getByTestId('onpage');
  assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['Headline', 'Plan', 'What you can reuse', 'Gaps', 'Audit days', 'Recommendations', 'Take it away']);
  for (const [label, id] of [['Take it away', 'take-away'], ['Plan', 'plan'], ['Audit days', 'audit']]) {
    await nav.getByRole('link', { name: label }).click();
    await page.waitForTimeout(150);
    const top = await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().top, id);
    // At the top of the window, or in view when the page ends before it can scroll that far.
    assert.ok(top >= -2 && top < (label === 'Take it away' ? 900 : 200), `${label}: section at ${top}px`);
    assert.equal(await page.evaluate(() => document.activeElement.id), id, `${label} takes the focus`);
    assert.match(page.url(), /#\/results$/, 'the route stays');
  }
  // Default start: the month after today.
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const key = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  assert.equal(await page.getByTestId('plan-start').inputValue(), key);
  const phases = page.getByTestId('plan-phases').locator('li');
  assert.equal(await phases.count(), 5);
  assert.match(await phases.first().innerText(), /Phase 1: Foundations/);
  // Choose March 2027: the phases and milestones move with it, and it is kept.
  await page.getByTestId('plan-start').selectOption('2027-03');
  const milestones = page.getByTestId('plan-milestones').locator('li');
  assert.equal(await milestones.count(), 6);
  assert.match(await milestones.first().innerText(), /^March 2027 — Gap assessment confirmed on site/);
  assert.match(await milestones.last().innerText(), /Stage 2 audit \(certification\)$/);
  assert.match(await page.getByTestId('plan-end').innerText(), /^Certificate expected in \w+ 2027; across the estimate's range, between \w+ 2027 and \w+ 2027\.$/);
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('imsx.state')).assessments[0].plan_start), '2027-03');
  await page.reload();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('plan-start').inputValue(), '2027-03');
  // A malformed month in storage is ignored (the default month is used), never a broken page.
  await page.evaluate(() => { const s = JSON.parse(localStorage.getItem('imsx.state')); s.assessments[0].plan_start = '<b>x</b>'; localStorage.setItem('imsx.state', JSON.stringify(s)); });
  await page.reload();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('plan-start').inputValue(), key);
  // A requirement's body is built when it is opened, and closes again.
  const req = page.getByTestId('requirement').first();
  assert.equal(await req.locator('.imsx-req__body').count(), 0);
  await req.locator('summary').click();
  assert.match(await req.locator('.imsx-req__body').innerText(), /Builds on[\s\S]*What to add[\s\S]*Effort working[\s\S]*person-days/);
  await req.locator('summary').click();
  assert.equal(await req.evaluate((d) => d.open), false);
  // Charts write their values out; the technical formats wait one level down.
  assert.match(await page.locator('.imsx-cov__value').first().innerText(), /^\d+ of \d+ reusable$/);
  assert.equal(await page.getByTestId('export-oscal').isVisible(), false);
  assert.equal(await page.getByTestId('export-gaps').isVisible(), true);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'results-plan-en-1280');
  assert.deepEqual(errors, []);
  assert.deepEqual(external, []);
  await context.close();
});

test('several targets: each target on its own, and the cards say they are the programme total', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const answers = { size: '51-250', 'held.iso27001': 'certified', 'years.iso27001': '3+', targets: ['iso42001', 'iso27701-2025'] };
  const { page, errors } = await open(context, '#/results', state(answers));
  const rows = page.getByTestId('per-target').locator('tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), /ISO\/IEC 42001:2023/);
  assert.match(await rows.nth(1).innerText(), /ISO\/IEC 27701:2025/);
  assert.match(await page.getByTestId('h-scope').innerText(), /Programme total: all 2 targets together/);
  // The programme's gaps are the targets' gaps added up.
  const gaps = (await rows.allInnerTexts()).map((t) => Number(/(\d+) of \d+/.exec(t)[1]));
  assert.equal(await page.getByTestId('h-gaps').innerText(), `${gaps[0] + gaps[1]} of ${(await rows.allInnerTexts()).map((t) => Number(/\d+ of (\d+)/.exec(t)[1])).reduce((a, b) => a + b)}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scroll');
  await screenshot(page, 'results-two-targets-en-360');
  // The one-pager of a programme with two targets is still one page.
  await page.getByTestId('onepager').check();
  await page.emulateMedia({ media: 'print' });
  const pdf = join(ARTIFACTS, 'one-pager-two-targets.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('onepager').uncheck();
  assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /Pages:\s+1\n/);
  // The one-pager, handed on alone, still says when, from which dataset, and that it is an estimate.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(text, /Date: .* · Dataset edition \S+ · IMS Crosswalk \S+ · Computed from the organisation's own answers; an estimate with its working, not an audit result\./);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the long sections of the results are laid out only when scrolled near, and read when reached', async () => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const { page, errors } = await guardedPage(context, { lazy: true });
  await page.goto(server.url + '#example=saas');
  await ready(page);
  const audit = page.getByTestId('audit-days');
  await audit.waitFor();
  // As shipped: off screen, the audit section is skipped (no rendered text yet) …
  assert.equal(await audit.evaluate((e) => getComputedStyle(e).contentVisibility), 'auto');
  assert.equal(await page.locator('#headline').evaluate((e) => getComputedStyle(e).contentVisibility), 'visible', 'the headline is never skipped');
  assert.equal(await audit.innerText(), '', 'an off-screen section is not laid out');
  // … and reached by the in-page navigation, it is there to read and has the focus.
  await page.getByTestId('onpage').getByRole('link', { name: 'Audit days' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=audit-days]').innerText.includes('auditor-days'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'audit');
  assert.deepEqual(errors, []);
  await context.close();
});

test('presenter mode at 1024×768: large type in charts too, compact header, visible on-state, names hidden', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, colorScheme });
    const { page, errors } = await open(context, '#example=saas');
    const toggle = page.getByTestId('large-type');
    assert.equal(await toggle.innerText(), 'Presenter mode');
    assert.equal(await page.getByTestId('hide-names').count(), 0, 'hide names only in presenter mode');
    await page.locator('.imsx-cov__row').first().waitFor();
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.imsx-cov__row')).fontSize));
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.notEqual(await toggle.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgba(0, 0, 0, 0)', 'the on-state is filled');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '22px');
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.imsx-cov__row')).fontSize));
    assert.ok(after >= 20 && after > before, `chart text ${before} → ${after} px`);
    const header = await page.locator('.imsx-header').boundingBox();
    assert.ok(header.height <= 768 * 0.15, `header ${header.height}px high`);
    assert.match(await page.getByTestId('results-title').innerText(), /SaaS scale-up/);
    await page.getByTestId('hide-names').click();
    assert.equal(await page.getByTestId('results-title').innerText(), 'Results: Organisation (name hidden)');
    assert.equal(await page.getByTestId('hide-names').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await axe(page), [], colorScheme);
    await page.screenshot({ path: join(ARTIFACTS, `presenter-${colorScheme}-1024x768.png`) });
    // Off again: names come back with normal type.
    await toggle.click();
    assert.match(await page.getByTestId('results-title').innerText(), /SaaS scale-up/);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '16px');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the explorer shows a requirement at once and steps through a framework pair by keys and buttons', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const g = await guardedPage(context);
  const { page, errors } = g;
  await page.goto(server.url + '#page=explorer&pair=iso27001,iso42001');
  await ready(page);
  const detail = page.getByTestId('explorer-detail');
  await detail.waitFor();
  const total = Number(/(\d+)/.exec(await page.getByTestId('x-count').innerText())[1]);
  assert.equal(await page.getByTestId('x-position').innerText(), `1 of ${total}`);
  const title1 = await detail.locator('h2').innerText();
  await page.getByTestId('x-next').click();
  assert.equal(await page.getByTestId('x-position').innerText(), `2 of ${total}`);
  assert.notEqual(await detail.locator('h2').innerText(), title1);
  // Keys (a clicker sends Page Down): the focus follows the picked row.
  await page.locator('.imsx-xrow[aria-pressed=true]').focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByTestId('x-position').innerText(), `4 of ${total}`);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.getByTestId('x-position').innerText(), `3 of ${total}`);
  // Typing in the search field keeps its own keys.
  await page.getByTestId('x-search').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByTestId('x-position').innerText(), `3 of ${total}`);
  await page.getByTestId('x-prev').click();
  await page.getByTestId('x-prev').click();
  await page.getByTestId('x-prev').click();
  assert.equal(await page.getByTestId('x-position').innerText(), `1 of ${total}`, 'stops at the first');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('what-if: a toggle shows the difference, keep saves it, undo brings the saved answers back', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await open(context, '#example=saas');
  const effort = await page.getByTestId('h-effort').innerText();
  await page.getByTestId('whatif').locator('summary').click();
  // Without the ISO/IEC 27001 certificate the example loses what it inferred from it.
  await page.getByTestId('whatif-held.iso27001').selectOption('none');
  const delta = page.getByTestId('whatif-delta');
  await delta.waitFor();
  assert.match(await page.getByTestId('whatif-tried').innerText(), /^Tried: ISO\/IEC 27001 .*: No$/);
  const [, changed, lost] = /(\d+) requirements? changes? status \(0 gains? reuse, (\d+) loses? it\)\./.exec(await delta.innerText()).map(Number);
  assert.ok(changed > 0 && lost === changed, await delta.innerText());
  assert.match(await page.getByTestId('whatif-days').innerText(), new RegExp(`^Effort: ${effort} → \\d+–\\d+ person-days \\(central estimate \\+\\d+\\.\\d person-days\\)\\.$`));
  assert.equal(await page.getByTestId('h-effort').innerText(), effort, 'nothing saved yet');
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('imsx.state')).assessments[0].answers['held.iso27001'] ?? null);
  assert.equal(await stored(), 'certified');
  await page.getByTestId('whatif-keep').click();
  assert.equal(await stored(), 'none');
  assert.notEqual(await page.getByTestId('h-effort').innerText(), effort);
  await page.getByTestId('whatif-undo').click();
  assert.equal(await stored(), 'certified');
  assert.equal(await page.getByTestId('h-effort').innerText(), effort);
  // An element's state, then back to the saved answers: no change remains.
  await page.getByTestId('whatif-element').selectOption('ai_impact');
  await page.getByTestId('whatif-level').selectOption('operating');
  await delta.waitFor();
  await page.getByTestId('whatif-reset').click();
  assert.equal(await delta.count(), 0);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('compare: two examples side by side from the list, differences listed, printable', async () => {
  for (const width of [1280, 360]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const { page, errors } = await open(context, '#example=saas');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByTestId('compare-from-list').first().click();
    await page.getByTestId('compare').waitFor();
    await page.getByTestId('compare-1').selectOption('example:manufacturer');
    const figures = page.getByTestId('compare-figures');
    assert.match(await figures.locator('thead').innerText(), /SaaS scale-up[\s\S]*manufacturer/i);
    const summary = await page.getByTestId('compare-summary').innerText();
    const [, differ, same] = /^(\d+) requirements differ in status, (\d+) are the same\./.exec(summary).map(Number);
    assert.ok(differ > 0);
    // The requirement table is built just after the figures paint: wait for its rows.
    const rows = page.getByTestId('compare-requirements').locator('tbody tr');
    await rows.nth(differ - 1).waitFor();
    assert.equal(await rows.count(), differ, 'only what differs');
    await page.getByTestId('compare-only-changes').uncheck();
    await rows.nth(differ + same - 1).waitFor();
    assert.equal(await rows.count(), differ + same, 'every requirement');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'no sideways scroll');
    assert.deepEqual(await axe(page), []);
    await screenshot(page, `compare-en-${width}`);
    if (width === 1280) {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(ARTIFACTS, 'compare.pdf'), format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
      // One click from results too.
      await page.getByRole('link', { name: 'Results' }).click();
      await page.getByTestId('compare-from-results').click();
      await page.getByTestId('compare').waitFor();
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('deleting from the list keeps the reader in place, focuses Undo, and Undo leaves the open assessment open', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const { page, errors, external } = await open(context, '#example=saas');
  for (const id of ['manufacturer', 'federal']) {
    await page.goto(server.url + '#/'); await ready(page);
    await page.getByTestId('example-' + id).click(); await page.getByTestId('results').waitFor();
  }
  await page.goto(server.url + '#/'); await ready(page);
  const resume = async () => (await page.locator('body').innerText()).match(/Resume “[^”]+”/)[0];
  const open0 = await resume();
  const del = page.getByRole('button', { name: /^Delete/ }).last();
  await del.scrollIntoViewIfNeeded();
  const y0 = await page.evaluate(() => scrollY);
  assert.ok(y0 > 100, `the list is scrolled into view (${y0})`);
  await del.click();
  await page.getByTestId('undo').waitFor();
  await page.waitForTimeout(200);
  assert.ok(Math.abs((await page.evaluate(() => scrollY)) - y0) < 80, 'no jump to the top');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'undo', 'focus on Undo');
  assert.equal(await page.getByRole('button', { name: /^Delete/ }).count(), 2);
  // A second Enter undoes instead of deleting the next assessment.
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.equal(await page.getByRole('button', { name: /^Delete/ }).count(), 3);
  assert.equal(await resume(), open0, 'the open assessment is the same as before');
  assert.deepEqual(errors, []); assert.deepEqual(external, []);
  await context.close();
});
