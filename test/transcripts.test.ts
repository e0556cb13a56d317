// Golden transcripts: every test/transcripts/*.session file is replayed on its
// world and must regenerate itself byte for byte (whole output, status lines
// included), through the same loader and verifier as `wparsim verify`.
// UPDATE_GOLDENS=1 rewrites files not marked "## locked"; read the diff
// before committing it.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { loadSession } from '../src/replay/load.js';
import { verifySession } from '../src/replay/verify.js';

const DIRS = ['test/transcripts', 'sessions'];
const files = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.session'))
    .sort()
    .map((f) => join(dir, f)),
);

test('there are golden transcripts and lessons to check', (t) => {
  t.true(files.filter((f) => f.startsWith('test/')).length >= 10);
  t.true(files.filter((f) => f.startsWith('sessions/')).length >= 7);
});

test('sessions/README.md lists every lesson', (t) => {
  const readme = readFileSync('sessions/README.md', 'utf8');
  for (const f of files.filter((x) => x.startsWith('sessions/'))) t.true(readme.includes(`\`${f.slice('sessions/'.length)}\``), f);
});

for (const path of files) {
  test(`transcript ${path}`, async (t) => {
    const loaded = await loadSession(path);
    if (!loaded.ok) return t.fail(loaded.message);
    t.true(
      loaded.file.items.some((i) => i.kind === 'directive' && i.key === 'source'),
      'each transcript names its source',
    );
    const verdict = verifySession(path, loaded.text, loaded.file);
    if (verdict.kind === 'mismatch' && process.env['UPDATE_GOLDENS'] === '1' && !loaded.file.locked) {
      writeFileSync(path, verdict.rendered);
      t.log(`rewrote ${path}`);
      return t.pass();
    }
    if (verdict.kind === 'mismatch') t.log(verdict.report);
    t.is(verdict.kind, 'match');
  });
}
