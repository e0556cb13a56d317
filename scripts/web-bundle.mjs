// How the browser page is bundled (scripts/build.mjs builds it; bench-web.mjs
// measures the same bundle): the lessons go into it, as a page reads no
// directory.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The shipped lessons, as the page's catalogue reads them. */
export const lessonTexts = () =>
  readdirSync('sessions/lessons')
    .filter((f) => f.endsWith('.lesson'))
    .sort()
    .map((f) => ({ name: basename(f, '.lesson'), text: readFileSync(join('sessions/lessons', f), 'utf8').replace(/\r\n/g, '\n') }));

/** esbuild's options for a page's script. */
export const pageOptions = { bundle: true, format: 'iife', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' };

/** The shell's page (src/web/main.ts) with these lessons and this version put in. */
export const shellPage = (lessons, version) => ({
  ...pageOptions,
  entryPoints: ['src/web/main.ts'],
  define: { __WPARSIM_LESSONS__: JSON.stringify(lessons), __WPARSIM_VERSION__: JSON.stringify(version) },
});
