// npm run build (also run by npm install through "prepare"): type-check and
// emit per-module output with tsc (dist/lib, used by the benchmarks), then
// bundle the CLI with esbuild into dist/cli.js, with the interactive shell
// (ink, react) and the other subcommands split into chunks loaded on demand.

import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
await build({
  entryPoints: ['src/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  splitting: true,
  target: 'node20',
  outdir: 'dist',
  logLevel: 'warning',
  // Ink can talk to React DevTools when asked; that package is not installed.
  external: ['react-devtools-core'],
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: { js: "import { createRequire as __wparsimRequire } from 'node:module'; const require = __wparsimRequire(import.meta.url);" },
});
// Runnable as it is (./dist/cli.js), as npm makes the installed bin.
chmodSync('dist/cli.js', 0o755);
