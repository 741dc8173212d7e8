import { serve, launch } from './helpers.mjs';
const server = await serve({ dir: '/tmp/prof' });
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const which = process.argv[2] || 'load';
await page.goto(server.url);
await page.getByTestId('example-saas').waitFor();
if (which === 'presenter') { await page.getByTestId('example-saas').click(); await page.getByTestId('results-title').waitFor(); await page.waitForTimeout(1500); }
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const t0 = Date.now();
if (which === 'load') { await page.evaluate(() => { const t = performance.now(); document.querySelector('[data-testid=example-saas]').click(); window.__t = performance.now() - t; }); console.log('sync click ms', await page.evaluate(() => window.__t)); }
else if (which === 'presenter') { await page.evaluate(() => { const t = performance.now(); document.querySelector('[data-testid=large-type]').click(); window.__t = performance.now() - t; }); console.log('sync click ms', await page.evaluate(() => window.__t)); }
await page.waitForTimeout(Number(process.env.WAIT || 150));
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; let tot = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || '(anon ' + n.callFrame.url.split('/').pop() + ')'; self.set(k, (self.get(k) || 0) + dt[i]); tot += dt[i]; });
// inclusive: walk parents
const parent = new Map(); for (const n of profile.nodes) for (const c of (n.children || [])) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = n.callFrame.functionName || '(anon)'; if (!seen.has(k)) { incl.set(k, (incl.get(k) || 0) + dt[i]); seen.add(k); } cur = parent.get(cur); } });
console.log('total sampled ms', (tot / 1000).toFixed(1));
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(7), k.slice(0, 140));
console.log('--- inclusive (ims_crosswalk)');
for (const [k, v] of [...incl].filter(([k]) => /ims_crosswalk|serde|storage|tachys::html|Element/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(7), k.slice(0, 160));
await browser.close(); await server.close();
