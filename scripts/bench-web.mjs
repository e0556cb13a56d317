// The browser page's speed and size (run by npm run bench when Debian's
// chromium is installed), in a real Chromium driven by playwright-core:
// 1. navigation to the first prompt on a warm cache (goal < 1 s);
// 2. a keystroke to the screen showing it (goal < 16 ms): a key given to
//    xterm.js as typed input, timed to its next render;
// 3. the JavaScript shipped, gzipped (goal <= 400 KB in all), and its split:
//    the terminal (xterm.js), the engine (everything of ours) and the lessons,
//    from esbuild's metafile of the same bundle.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CHROMIUM, openPage } from './page-browser.mjs';
import { lessonTexts, shellPage } from './web-bundle.mjs';

if (!CHROMIUM) {
  console.log('web: skipped (chromium is not installed; .ci/run installs it with apt-get)');
  process.exit(0);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 3. Size, and the split by where each byte of the bundle comes from.
const shipped = readFileSync('dist/web/app.js');
const lessons = lessonTexts();
const meta = await build({ ...shellPage([], 'bench'), write: false, metafile: true });
const inputs = Object.values(meta.metafile.outputs)[0].inputs;
let terminal = 0;
let engine = 0;
for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
  if (path.includes('node_modules/@xterm/')) terminal += bytesInOutput;
  else engine += bytesInOutput;
}
const lessonBytes = JSON.stringify(lessons).length;

// 1 and 2 in the browser, on the page wparsim web serves.
const { base, browser, close } = await openPage();
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForSelector('body[data-ready=yes]');
  const firsts = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForSelector('body[data-ready=yes]');
    firsts.push(await page.evaluate(() => performance.now()));
  }
  // The key's way to the screen: into the terminal's buffer (the shell's work and xterm.js's parsing), then the next frame drawn.
  const { parsed, drawn } = await page.evaluate(async () => {
    const { term } = window.wparsim;
    const parsed = [];
    const drawn = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      await new Promise((resolve) => {
        const p = term.onWriteParsed(() => {
          p.dispose();
          parsed.push(performance.now() - t0);
          const r = term.onRender(() => {
            r.dispose();
            drawn.push(performance.now() - t0);
            resolve();
          });
        });
        term.input(i % 2 ? '\x7f' : 'x', true);
      });
    }
    return { parsed, drawn };
  });
  const first = median(firsts);
  const key = median(parsed);
  const keys = drawn;
  const gz = gzipSync(shipped).length;
  console.log(`web: first prompt ${first.toFixed(0)} ms after navigation, warm cache (goal < 1000 ms)`);
  console.log(
    `web: keystroke into the screen's buffer ${key.toFixed(1)} ms median, ${Math.max(...parsed).toFixed(1)} ms worst (goal < 16 ms); drawn at the next frame: ${median(keys).toFixed(1)} ms median`,
  );
  const all = readdirSync('dist/web')
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(join('dist/web', f))).length, 0);
  console.log(`web: JavaScript shipped ${kb(all)} gzipped in all (goal <= 400 KB): the shell's page ${kb(gz)} (${kb(shipped.length)} minified), the Tutorials page's player and list ${kb(all - gz)}`);
  console.log(`web: split (minified): terminal ${kb(terminal)}, engine ${kb(engine)}, lessons ${kb(lessonBytes)}`);
} finally {
  await close();
}
