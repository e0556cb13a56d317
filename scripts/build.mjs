// npm run build (also run by npm install through "prepare"): type-check and
// emit per-module output with tsc (dist/lib, used by the benchmarks), then
// bundle with esbuild:
// - dist/wparsim.cjs: the whole program but the interactive shell's screen,
//   as one CommonJS file (Node starts CommonJS without its ES module loader);
// - dist/screen/app.mjs: the screen (Ink and React are ES modules), loaded when the
//   interactive shell starts;
// - dist/cli.cjs: the command (src/bin/cli.cjs), which loads the program with
//   V8's code cache, dist/wparsim.cache, made here by running the program once;
// - dist/web/: the browser page (src/web), a static site: index.html, app.js
//   (the engine, the lessons and xterm.js), the styles. It links to no other host.

import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { lessonTexts, pageOptions, shellPage } from './web-bundle.mjs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  format: 'cjs',
  outfile: 'dist/wparsim.cjs',
  // import.meta.url has no meaning in CommonJS: the bundle's own file URL stands in.
  define: { 'import.meta.url': '__wparsimUrl' },
  banner: { js: "const __wparsimUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    {
      // The screen is not in this bundle: src/ui/load-app.ts imports it through the loader.
      name: 'screen-apart',
      setup(b) {
        b.onResolve({ filter: /^\.\/app\.js$/ }, () => ({ path: './screen/app.mjs', external: true }));
      },
    },
  ],
});
await build({
  ...common,
  entryPoints: ['src/ui/app.tsx'],
  format: 'esm',
  // Split, so that Ink's React DevTools support (which needs a package not installed) stays in a chunk never loaded.
  splitting: true,
  outdir: 'dist/screen',
  outExtension: { '.js': '.mjs' },
  // Ink can talk to React DevTools when asked; that package is not installed.
  external: ['react-devtools-core'],
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: { js: "import { createRequire as __wparsimRequire } from 'node:module'; const require = __wparsimRequire(import.meta.url);" },
});
// The pages (scripts/web-bundle.mjs).
await build({ ...shellPage(lessonTexts(), JSON.parse(readFileSync('package.json', 'utf8')).version), outfile: 'dist/web/app.js' });
await build({ ...pageOptions, entryPoints: ['src/web/tutorials.ts'], outfile: 'dist/web/tutorials.js' });
mkdirSync('dist/web', { recursive: true });
for (const f of readdirSync('src/web/static')) copyFileSync(join('src/web/static', f), join('dist/web', f));
copyFileSync('node_modules/@xterm/xterm/css/xterm.css', 'dist/web/xterm.css');
for (const f of ['asciinema-player.min.js', 'asciinema-player.css']) copyFileSync(join('node_modules/asciinema-player/dist/bundle', f), join('dist/web', f));
copyFileSync('src/bin/cli.cjs', 'dist/cli.cjs');
// Runnable as it is (./dist/cli.cjs), as npm makes the installed bin.
chmodSync('dist/cli.cjs', 0o755);
// The code cache: V8 keeps what a start compiled (on a store in a temporary directory, removed after).
const scratch = mkdtempSync(join(tmpdir(), 'wparsim-build-'));
try {
  execFileSync(process.execPath, ['dist/cli.cjs', '--store', join(scratch, 'world.json'), '-c', 'uname -W; lswpar; hostname'], {
    env: { ...process.env, WPARSIM_WRITE_CODE_CACHE: 'dist/wparsim.cache' },
    stdio: 'ignore',
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// The Tutorials page's recordings: each of sessions/*.session replayed and recorded, and their list.
mkdirSync('dist/web/casts', { recursive: true });
const casts = [];
for (const f of readdirSync('sessions')
  .filter((n) => n.endsWith('.session'))
  .sort()) {
  const name = basename(f, '.session');
  execFileSync(process.execPath, ['dist/cli.cjs', 'run', join('sessions', f), '--record', join('dist/web/casts', `${name}.cast`)], { stdio: 'ignore' });
  const title = /^## title: (.*)$/m.exec(readFileSync(join('sessions', f), 'utf8'))?.[1] ?? name;
  casts.push({ name, title });
}
writeFileSync('dist/web/casts/index.json', `${JSON.stringify(casts, null, 2)}\n`);
