// Verifying a session file: replay it and compare the regenerated text with
// the file. A mismatch is reported as "file:line: ..." for the first line that
// differs, then a unified diff (jsdiff's createTwoFilesPatch) of expected
// against actual.

import { createTwoFilesPatch } from 'diff';
import { fixtureWorld } from '../engine/fixtures.js';
import type { SessionFile } from '../format/session-file.js';
import { replay } from './runner.js';

export type Verdict = { kind: 'match' } | { kind: 'mismatch'; rendered: string; report: string } | { kind: 'invalid'; message: string };

export function verifySession(path: string, text: string, file: SessionFile): Verdict {
  const world = fixtureWorld(file.world);
  if (!world.ok) {
    const line = file.items.find((i) => i.kind === 'directive' && i.key === 'world')?.line;
    return { kind: 'invalid', message: `${path}:${line}: ${world.message}` };
  }
  const { rendered } = replay(file.items, world.world, { want: { transcript: false, timeline: false } });
  if (rendered === text) return { kind: 'match' };
  const expected = text.split('\n');
  const actual = rendered.split('\n');
  let first = 0;
  while (first < expected.length && expected[first] === actual[first]) first++;
  // Where the file has a command line but the replay printed more, the output missing from the file is the command's before it.
  const atCommand = file.items.some((i) => i.kind === 'command' && i.line === first + 1);
  const command = [...file.items].reverse().find((i) => i.kind === 'command' && (atCommand ? i.line < first + 1 : i.line <= first + 1));
  const where = command && command.kind === 'command' ? ` (output of "$ ${command.text}", line ${command.line})` : '';
  const patch = createTwoFilesPatch(path, path, text, rendered, 'expected', 'actual', { context: 3 });
  return { kind: 'mismatch', rendered, report: `${path}:${first + 1}: the replay differs from the file${where}\n${patch}` };
}
