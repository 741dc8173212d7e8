import { serve, launch, ready } from './helpers.mjs';
const server = await serve({ compress: true, dir: process.argv[2] || undefined });
const browser = await launch();
for (let run = 0; run < 4; run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.url);
  await ready(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => { window.__ev = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) window.__ev.push({ n: e.name, d: e.duration, wait: e.processingStart - e.startTime, proc: e.processingEnd - e.processingStart, after: e.startTime + e.duration - e.processingEnd }); }).observe({ type: 'event', durationThreshold: 16 }); });
  await page.getByTestId('example-saas').click();
  await page.waitForTimeout(800);
  console.log(run, JSON.stringify(await page.evaluate(() => window.__ev.map(e => `${e.n} d=${e.d} wait=${e.wait.toFixed(0)} proc=${e.proc.toFixed(0)} after=${e.after.toFixed(0)}`))));
  await context.close();
}
await browser.close(); await server.close();
