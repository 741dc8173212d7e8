// Builds dist/ims-crosswalk.html: one self-contained file (CSS, JS, wasm and data inlined) that
// works opened from file://. Run after `trunk build --release`.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const files = readdirSync(dist);
const pick = (re) => {
  const f = files.find((n) => re.test(n));
  if (!f) throw new Error(`single-file: no file matching ${re} in ${dist}`);
  return join(dist, f);
};
let html = readFileSync(join(dist, 'index.html'), 'utf8');
const css = readFileSync(pick(/^main-.*\.css$/), 'utf8');
const js = readFileSync(pick(/^ims-crosswalk-[0-9a-f]+\.js$/), 'utf8');
const wasm = readFileSync(pick(/^ims-crosswalk-[0-9a-f]+_bg\.wasm$/));
if (/^\s*import\s/m.test(js)) throw new Error('single-file: the wasm-bindgen JS imports snippets; it cannot be inlined');

// The wasm is gzipped, then base64: the browser's own DecompressionStream unpacks it.
// The German pack likewise: unpacked into the inline element the app reads (#imsx-de) first.
const boot = `
const unb64 = (b64) => Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const gunzip = (el) => new Response(new Blob([unb64(el.textContent.trim())]).stream().pipeThrough(new DecompressionStream('gzip')));
const deGz = document.getElementById('imsx-de-gz');
if (deGz) {
  const s = document.createElement('script');
  s.type = 'application/json';
  s.id = 'imsx-de';
  s.textContent = await gunzip(deGz).text();
  document.body.appendChild(s);
}
const bytes = await gunzip(document.getElementById('imsx-wasm')).arrayBuffer();
await __wbg_init({ module_or_path: bytes });
`;
const replaceOnce = (re, by, what) => {
  if (!re.test(html)) throw new Error(`single-file: ${what} not found in index.html`);
  html = html.replace(re, () => by);
};
replaceOnce(/<link rel="stylesheet" href="\.\/main-[^"]+\.css"[^>]*>/, `<style>${css}</style>`, 'stylesheet link');
replaceOnce(/<script type="module">[\s\S]*?<\/script>/,
  `<script type="application/octet-stream" id="imsx-wasm">${gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).toString('base64')}</script>\n<script type="module">${js}\n${boot}</script>`, 'module script');
// The German texts travel inside the file too (the hosted site loads them only when asked).
const de = gzipSync(readFileSync(join(dist, 'i18n', 'de.json')), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
html = html.replace('</body>', `<script type="application/octet-stream" id="imsx-de-gz">${de}</script>\n</body>`);
// The site owner's brand (dist/brand.json) goes into the single file as it is built.
let brand = '{}';
try { brand = readFileSync(join(dist, 'brand.json'), 'utf8'); } catch {}
if (brand.trim() !== '{}' && brand.trim() !== '') {
  html = html.replace('</body>', `<script type="application/json" id="imsx-brand">${brand.replace(/<\//g, '<\\/')}</script>\n</body>`);
}
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
html = html.replace(/<link rel="manifest"[^>]*>/, '');
html = html.replace('<html lang="en">', '<html lang="en" data-single-file="">');
writeFileSync(join(dist, 'ims-crosswalk.html'), html);
console.log(`single-file: ${join(dist, 'ims-crosswalk.html')} ${html.length} bytes`);
