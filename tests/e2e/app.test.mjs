// The app people use (issue 5): examples walked to results with the engine's figures, state
// restored on reload, two tabs, corrupted or missing storage, accessibility in light and dark,
// user text rendered as text, screenshots at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, guardedPage, ready, axe, screenshot, ARTIFACTS } from './helpers.mjs';

let server, browser, expected;
before(async () => {
  server = await serve();
  browser = await launch();
  expected = JSON.parse(await readFile(join(ARTIFACTS, 'expected-headlines.json'), 'utf8'));
});
after(async () => { await browser?.close(); await server?.close(); });

async function fresh(options = {}) {
  const context = await browser.newContext(options);
  const g = await guardedPage(context);
  await g.page.goto(server.url);
  await ready(g.page);
  return { context, ...g };
}

async function headline(page) {
  return {
    reusable: await page.getByTestId('h-reusable').innerText(),
    gaps: await page.getByTestId('h-gaps').innerText(),
    effort: await page.getByTestId('h-effort').innerText(),
    months: await page.getByTestId('h-months').innerText(),
  };
}

test('each example organisation walks from landing to results with the engine\'s figures', async () => {
  const { context, page, errors, external, requests } = await fresh();
  const afterLoad = requests.length;
  for (const ex of expected) {
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByTestId(`example-${ex.id}`).click();
    // Issue 13: an example opens complete, at its results.
    await page.getByTestId('results').waitFor();
    assert.equal(await page.getByText('Partial answers').count(), 0, `${ex.id} is complete`);
    await page.getByTestId('edit-answers').click();
    await page.getByTestId('step-title').waitFor();
    // Walk every step with Next, to the "check your answers" summary.
    while (await page.getByTestId('next').isVisible()) await page.getByTestId('next').click();
    assert.equal(await page.getByTestId('step-title').innerText(), 'Check your answers');
    await page.getByTestId('see-results').click();
    await page.getByTestId('results').waitFor();
    assert.deepEqual(await headline(page), { reusable: ex.reusable, gaps: ex.gaps, effort: ex.effort, months: ex.months }, ex.id);
    assert.match(await page.title(), /Results/);
  }
  // Loading an example again opens the copy already in the list.
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByTestId('assessment').first().waitFor();
  assert.equal(await page.getByTestId('assessment').count(), expected.length, 'one copy per example');
  assert.match(await page.getByTestId('assessment-facts').first().innerText(), /ISO\/IEC 42001:2023 · changed \d{4}-\d\d-\d\d · \d+ % reusable · \d+–\d+ person-days/);
  assert.deepEqual(requests.slice(afterLoad).filter((u) => !u.startsWith('data:')), [], 'no network request after load');
  assert.deepEqual(errors, []);
  assert.deepEqual(external, []);
  await context.close();
});

test('reload mid-questionnaire restores the exact step and answers', async () => {
  const { context, page, errors } = await fresh();
  await page.getByTestId('start').click();
  await page.getByLabel('Organisation or assessment name').fill('Reload Test GmbH');
  await page.getByTestId('q-size').getByLabel('251–1000', { exact: true }).check();
  await page.getByTestId('next').click();
  await page.getByTestId('next').click();
  await page.getByTestId('q-held.iso27001').getByLabel('Certified', { exact: true }).check();
  const step = await page.getByTestId('step-title').innerText();
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId('step-title').innerText(), step);
  assert.ok(await page.getByTestId('q-held.iso27001').getByLabel('Certified', { exact: true }).isChecked());
  await page.getByTestId('back').click();
  await page.getByTestId('back').click();
  assert.equal(await page.getByLabel('Organisation or assessment name').inputValue(), 'Reload Test GmbH');
  assert.ok(await page.getByTestId('q-size').getByLabel('251–1000', { exact: true }).isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});

test('a change in another tab is picked up, not overwritten', async () => {
  const { context, page: a, errors } = await fresh();
  await a.getByTestId('start').click();
  await a.getByLabel('Organisation or assessment name').fill('Two Tabs Ltd');
  const b = await context.newPage();
  await b.goto(server.url + '#/questionnaire');
  await ready(b);
  assert.equal(await b.getByLabel('Organisation or assessment name').inputValue(), 'Two Tabs Ltd');
  await b.getByTestId('q-sector').getByLabel('Financial services', { exact: true }).check();
  await a.waitForFunction(() => document.querySelector('input[value=finance]')?.checked === true);
  await a.getByTestId('q-size').getByLabel('1–10', { exact: true }).check();
  await b.waitForFunction(() => document.querySelector('input[value="1-10"]')?.checked === true);
  const stored = await a.evaluate(() => JSON.parse(localStorage.getItem('imsx.state')));
  const answers = stored.assessments.find((x) => x.id === stored.current).answers;
  assert.equal(answers.sector, 'finance');
  assert.equal(answers.size, '1-10');
  assert.deepEqual(errors, []);
  await context.close();
});

const corrupt = {
  garbage: 'not json at all {{{',
  truncated: '{"version":2,"assessments":[{"id":"a1","name":"Half',
  future: '{"version":99,"assessments":[]}',
};
for (const [kind, raw] of Object.entries(corrupt)) {
  test(`corrupted stored state (${kind}) is backed up, announced, and the app starts`, async () => {
    const context = await browser.newContext();
    await context.addInitScript((r) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('imsx.state', r); sessionStorage.setItem('seeded', '1'); } }, raw);
    const { page, errors } = await guardedPage(context);
    await page.goto(server.url);
    await ready(page);
    const notice = await page.getByTestId('notices').innerText();
    assert.match(notice, /could not be read/);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('imsx.backup.')).map((k) => localStorage.getItem(k)));
    assert.deepEqual(backups, [raw], 'the unreadable text is kept as it was');
    const download = page.waitForEvent('download');
    await page.getByTestId('download-backup').click();
    assert.equal((await download).suggestedFilename(), 'ims-crosswalk-backup.json');
    await page.getByTestId('start').click();
    await page.getByTestId('step-title').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('an old version migrates and keeps its answers', async () => {
  const v1 = await readFile(new URL('../fixtures/state-v1.json', import.meta.url), 'utf8');
  const context = await browser.newContext();
  await context.addInitScript((r) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('imsx.state', r); sessionStorage.setItem('seeded', '1'); } }, v1);
  const { page, errors } = await guardedPage(context);
  await page.goto(server.url);
  await ready(page);
  assert.match(await page.getByTestId('resume').innerText(), /Fixture Ltd/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('imsx.state')));
  assert.equal(stored.version, 2);
  assert.equal(stored.assessments[0].answers['held.iso27001'], 'certified');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with localStorage disabled the app works in memory and says so', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  const { page, errors } = await guardedPage(context);
  await page.goto(server.url);
  await ready(page);
  assert.match(await page.getByTestId('notices').innerText(), /in memory/);
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('h-reusable').innerText(), expected[0].reusable);
  assert.deepEqual(errors, []);
  await context.close();
});

test('user text containing markup is shown as text and runs nothing', async () => {
  const { context, page, errors } = await fresh();
  const evil = '<img src=x onerror=alert(1)>';
  await page.getByTestId('start').click();
  await page.getByLabel('Organisation or assessment name').fill(evil);
  await page.getByTestId('see-results').click();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('results-title').innerText(), `Results: ${evil}`);
  await page.goto(server.url + '#/');
  assert.equal(await page.getByLabel(`Name of assessment “${evil}”`).inputValue(), evil);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.deepEqual(errors, [], 'no dialog, no error');
  await context.close();
});

test('keyboard only: start, answer, move on, see results', async () => {
  const { context, page, errors } = await fresh();
  let focused = '';
  for (let i = 0; i < 40 && !/Start a new assessment/.test(focused); i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent || '');
  }
  assert.match(focused, /Start a new assessment/);
  await page.keyboard.press('Enter');
  await page.getByTestId('step-title').waitFor();
  await page.getByLabel('Organisation or assessment name').focus();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Tab'); // "Why we ask" summary
  await page.keyboard.press('Tab'); // first size option
  await page.keyboard.press('ArrowRight');
  const checked = await page.evaluate(() => document.activeElement?.checked && document.activeElement.value);
  assert.ok(checked, 'a radio was chosen with the keyboard');
  await page.getByTestId('next').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('step-title').innerText(), 'Your use of AI');
  await page.getByTestId('see-results').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('results').waitFor();
  const outline = await page.evaluate(() => { const b = document.querySelector('a.imsx-nav__link'); b.focus(); return getComputedStyle(b).outlineStyle; });
  assert.notEqual(outline, 'none', 'focus is visible');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on landing, a step, results and explorer (${scheme})`, async () => {
    const { context, page, errors } = await fresh({ colorScheme: scheme });
    const found = {};
    found.landing = await axe(page);
    await page.getByTestId('example-saas').click();
    await page.getByTestId('edit-answers').click();
    await page.getByTestId('next').click();
    await page.getByTestId('next').click();
    found.step = await axe(page);
    await page.getByTestId('see-results').click();
    await page.getByTestId('results').waitFor();
    await page.locator('[data-testid=requirement] summary').first().click();
    found.results = await axe(page);
    await page.goto(server.url + '#/explorer');
    await page.getByTestId('x-search').fill('audit');
    await page.locator('.imsx-xrow').first().click();
    await page.getByTestId('explorer-detail').waitFor();
    found.explorer = await axe(page);
    assert.deepEqual(found, { landing: [], step: [], results: [], explorer: [] });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('screenshots at 1280 and 360 px (artefacts)', async () => {
  for (const width of [1280, 360]) {
    const { context, page, errors } = await fresh({ viewport: { width, height: 900 } });
    await screenshot(page, `landing-${width}`);
    await page.getByTestId('example-saas').click();
    await page.getByTestId('edit-answers').click();
    await page.getByTestId('next').click();
    await page.getByTestId('next').click();
    await page.getByTestId('next').click();
    await page.getByTestId('next').click();
    await screenshot(page, `step-${width}`);
    await page.getByTestId('see-results').click();
    await page.getByTestId('results').waitFor();
    await screenshot(page, `results-${width}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at ${width}px (overflow ${overflow}px)`);
    await page.goto(server.url + '#/explorer');
    await page.getByTestId('x-search').fill('supplier');
    await page.locator('.imsx-xrow').first().click();
    await screenshot(page, `explorer-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the EU AI Act Article 17 section appears for high-risk EU exposure and not otherwise', async () => {
  const { context, page, errors } = await fresh();
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
  assert.equal(await page.getByTestId('art17').count(), 0, 'EU market, not high-risk: no Article 17 section');
  await page.getByTestId('edit-answers').click();
  await page.getByTestId('next').click();
  await page.getByTestId('q-eu_exposure').getByLabel('Yes, including high-risk AI', { exact: true }).check();
  await page.getByTestId('see-results').click();
  await page.getByTestId('results').waitFor();
  const section = page.getByTestId('art17');
  await section.waitFor();
  assert.match(await section.innerText(), /prEN 18286/);
  assert.match(await page.getByTestId('art17-missing').innerText(), /post-market monitoring/);
  assert.match(await page.getByTestId('art17-served').innerText(), /A\.7\.2/);
  assert.match(await section.innerText(), /not legal advice/);
  assert.deepEqual(await axe(page), [], 'axe with the Article 17 section');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first visit to Results shows an empty state, not figures computed from nothing', async () => {
  const { context, page, errors } = await fresh();
  await page.getByRole('link', { name: 'Results' }).click();
  await page.getByTestId('results-empty').waitFor();
  assert.equal(await page.getByTestId('h-reusable').count(), 0);
  await page.getByTestId('empty-start').click();
  await page.getByTestId('step-title').waitFor();
  assert.match(await page.locator('#progress-label').innerText(), /\b0 % answered/, 'defaults are not answers');
  assert.deepEqual(errors, []);
  await context.close();
});
