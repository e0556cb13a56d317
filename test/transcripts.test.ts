// Golden transcripts: every test/transcripts/*.session file is replayed on its
// world and must regenerate itself byte for byte (whole output, status lines
// included). UPDATE_GOLDENS=1 rewrites files not marked "## locked"; read the
// diff before committing it.

import test from 'ava';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureWorld, replay } from '../src/replay/runner.js';
import { parseSession } from '../src/replay/session-file.js';

const DIR = 'test/transcripts';
const files = readdirSync(DIR).filter((f) => f.endsWith('.session')).sort();

test('there are golden transcripts to check', (t) => {
  t.true(files.length >= 10);
});

for (const file of files) {
  test(`transcript ${file}`, (t) => {
    const path = join(DIR, file);
    const text = readFileSync(path, 'utf8');
    const parsed = parseSession(text);
    if (!parsed.ok) return t.fail(`${file}:${parsed.line}: ${parsed.message}`);
    const fixture = parsed.items.find((i) => i.kind === 'directive' && i.key === 'world');
    const world = fixtureWorld(fixture?.kind === 'directive' ? fixture.value : undefined);
    if (!world.ok) return t.fail(world.message);
    t.true(parsed.items.some((i) => i.kind === 'directive' && i.key === 'source'), 'each transcript names its source');
    const result = replay(parsed.items, world.world, { rethrow: true });
    const locked = parsed.items.some((i) => i.kind === 'directive' && i.key === 'locked');
    if (process.env['UPDATE_GOLDENS'] === '1' && !locked && result.rendered !== text) {
      writeFileSync(path, result.rendered);
      t.log(`rewrote ${path}`);
      return t.pass();
    }
    t.is(result.rendered, text);
  });
}
