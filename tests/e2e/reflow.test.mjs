// Every page reflows (issue 12): landing, each questionnaire step, results with a requirement
// opened, the explorer with a pair selected, how we estimate, and the printed report — at 320,
// 360 and 640 px (1280 px at 200 % zoom) and 1280 px, in English and German. Nothing may scroll
// sideways; screenshots at 360 and 1280 px of each page in both languages land in artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, ready, axe, screenshot } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(lang, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: lang === 'de' ? 'de-DE' : 'en-GB' });
  const g = await guardedPage(context);
  await g.page.goto(server.url);
  await ready(g.page);
  await g.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  return { context, ...g };
}

async function overflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function check(page, lang, width, name, problems) {
  const over = await overflow(page);
  if (over > 1) problems.push(`${lang} ${width}px ${name}: ${over}px too wide`);
  if (width === 360 || width === 1280) await screenshot(page, `reflow-${lang}-${width}-${name}`);
}

for (const lang of ['en', 'de']) {
  test(`every page and step reflows without sideways scrolling (${lang})`, async () => {
    const problems = [];
    for (const width of [320, 360, 640, 1280]) {
      const { context, page, errors, external } = await open(lang, width);
      await check(page, lang, width, 'landing', problems);
      await page.getByTestId('example-saas').click();
      await page.getByTestId('results').waitFor();
      await page.getByTestId('edit-answers').click();
      await page.getByTestId('step-title').waitFor();
      let step = 0;
      for (;;) {
        // The step list (one scrolling row on a phone) keeps the current step in view.
        const inView = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
          const b = document.querySelector('.imsx-steps__btn[aria-current=step]');
          const r = b.getBoundingClientRect(), o = b.closest('ol').getBoundingClientRect();
          done(r.left >= o.left - 1 && r.right <= o.right + 1);
        }))));
        if (!inView) problems.push(`${lang} ${width}px step ${step + 1}: the current step is out of the step list's view`);
        await check(page, lang, width, `step-${++step}`, problems);
        if (!(await page.getByTestId('next').isVisible())) break;
        await page.getByTestId('next').click();
      }
      await page.getByTestId('see-results').click();
      await page.getByTestId('results').waitFor();
      await check(page, lang, width, 'results', problems);
      const req = page.getByTestId('requirement').first();
      await req.locator('summary').click();
      await check(page, lang, width, 'requirement-detail', problems);
      await page.getByTestId('whatif').locator('summary').click();
      await page.getByTestId('whatif-held.iso27001').selectOption('none');
      await page.getByTestId('whatif-delta').waitFor();
      await check(page, lang, width, 'what-if', problems);
      await page.getByTestId('whatif-reset').click();
      if (width >= 640) {
        // Paper is A4 or Letter: the print layout is checked at page widths, not phone widths.
        await page.emulateMedia({ media: 'print' });
        await check(page, lang, width, 'print', problems);
        await page.emulateMedia({ media: 'screen' });
      }
      await page.goto(server.url + '#/explorer');
      await page.getByTestId('explorer-detail').or(page.locator('.imsx-xlist')).first().waitFor();
      await page.locator('.imsx-xrow').first().click();
      await page.getByTestId('explorer-detail').waitFor();
      await check(page, lang, width, 'explorer', problems);
      await page.goto(server.url + '#/results');
      await page.getByTestId('results').waitFor();
      await page.getByTestId('compare-from-results').click();
      await page.getByTestId('compare').waitFor();
      await page.getByTestId('compare-1').selectOption('example:manufacturer');
      await check(page, lang, width, 'compare', problems);
      if (width === 360) assert.deepEqual(await axe(page), [], `axe ${lang} compare`);
      await page.goto(server.url + '#/how-we-estimate');
      await page.locator('.imsx-how').waitFor();
      await check(page, lang, width, 'how-we-estimate', problems);
      if (width === 360) assert.deepEqual(await axe(page), [], `axe ${lang} how-we-estimate`);
      assert.deepEqual(errors, [], `${lang} ${width}`);
      assert.deepEqual(external, []);
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

test('German is chosen from the browser, switchable, remembered, and sets lang', async () => {
  const { context, page, errors } = await open('de', 1280);
  // The switch follows the language once the German pack is in (an effect after `lang`).
  await page.waitForFunction(() => document.querySelector('[data-testid=lang]')?.value === 'de', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.getByTestId('lang').inputValue(), 'de');
  await page.getByTestId('example-saas').click();
  await page.getByTestId('results').waitFor();
  // Numbers in the reader's form and German words on the results.
  assert.match(await page.getByTestId('h-months').innerText(), /^\d+,\d–\d+,\d Monate$/);
  assert.deepEqual(await axe(page), [], 'axe on German results');
  await page.getByTestId('lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.getByTestId('h-months').innerText(), /months$/);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the choice is remembered');
  assert.deepEqual(errors, []);
  await context.close();
});
