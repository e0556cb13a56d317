#!/usr/bin/env node
// wparsim's command (the package's bin, built to dist/cli.cjs). It loads the
// program (dist/wparsim.cjs, one CommonJS bundle) with V8's code cache
// (dist/wparsim.cache, made by npm run build), so that Node neither starts
// its ES module loader nor parses the program afresh: about 20 ms of every
// start (npm run bench). A cache made by another Node version is refused by
// V8 and the program is compiled as usual; a missing one likewise. The
// interactive shell's screen (Ink and React, ES modules) is dist/screen/app.mjs,
// imported from here when the shell starts.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const program = join(__dirname, 'wparsim.cjs');
const cacheFile = join(__dirname, 'wparsim.cache');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const source = readFileSync(program, 'utf8');
const script = new Script(`(function (exports, require, module, __filename, __dirname, WPARSIM_IMPORT_APP) {${source}\n})`, {
  filename: program,
  cachedData,
});
// npm run build: the cache is written after a run, so that it holds the functions a start compiles.
const writeCache = process.env.WPARSIM_WRITE_CODE_CACHE;
if (writeCache) process.on('exit', () => writeFileSync(writeCache, script.createCachedData()));
const importApp = () => import(pathToFileURL(join(__dirname, 'screen', 'app.mjs')).href);
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, require, module_, program, __dirname, importApp);
