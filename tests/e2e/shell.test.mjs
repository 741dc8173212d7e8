// The walking skeleton, on the served site (under a sub-path) and on the single file (file://):
// renders, no console errors, no request off 127.0.0.1 (none at all from file://), the theme
// preference survives a reload, and axe-core finds no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, guardedPage, ready, axe, SINGLE_FILE_URL } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const where of ['served', 'single-file']) {
  test(`${where}: renders, stays local, persists the theme, passes axe`, async () => {
    const url = where === 'served' ? server.url : SINGLE_FILE_URL;
    const context = await browser.newContext();
    const { page, errors, external, requests } = await guardedPage(context);
    await page.goto(url);
    await ready(page);
    await assert.doesNotReject(page.getByRole('heading', { level: 1 }).waitFor());
    assert.match(await page.getByTestId('privacy').innerText(), /No data leaves your browser/);
    assert.match(await page.getByTestId('edition').innerText(), /Dataset \d{4}\.\d{2}/);

    const toggle = page.getByTestId('theme-toggle');
    const before = await page.evaluate(() => document.documentElement.dataset.theme || '');
    await toggle.click();
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    assert.ok(chosen === 'dark' || chosen === 'light');
    assert.notEqual(chosen, before);
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), chosen, 'theme survives a reload');
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('imsx.theme'))), chosen);

    assert.deepEqual(await axe(page), [], 'axe violations');
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(external, [], 'requests off 127.0.0.1');
    if (where === 'single-file') {
      assert.deepEqual(requests.filter((r) => !r.startsWith('data:') && r !== SINGLE_FILE_URL), [], 'no request at all from file://');
    }
    await context.close();
  });
}
