// `wparsim restore [FILE]`: the copies of the store kept beside it (by reset,
// by a migration, before a lesson put its world in place of the learner's),
// newest first; with FILE (one of those names, or any store file the user
// names), its world is put back as the store's, the world it replaces kept as
// another copy first. The lesson progress stays the store's (an instructor's
// report needs it). A copy that cannot be read is reported and nothing changes.

import { dirname, join } from 'node:path';
import { visible } from '../format/visible.js';
import { Store, StoreError } from '../store/store.js';
import { STDERR, STDOUT, writeFd } from './write.js';

const say = (fd: number, text: string) => writeFd(fd, visible(text) + '\n');

/** What kind of copy a name is, from the word after .bak- (reset's copies have only a time). */
function why(name: string, base: string): string {
  const rest = name.slice(`${base}.bak-`.length);
  if (rest.startsWith('before-lesson-')) return 'before a lesson';
  if (rest.startsWith('before-restore-')) return 'before a restore';
  if (/^v\d+-/.test(rest)) return `before a migration from schema version ${rest.slice(1, rest.indexOf('-'))}`;
  return 'before a reset';
}

export async function restoreCommand(store: Store, args: readonly string[]): Promise<number> {
  const base = store.path.slice(dirname(store.path).length + 1);
  if (args.length === 0) {
    const copies = store.copies();
    if (copies.length === 0) {
      say(STDOUT, `wparsim: no copies of ${store.path} are kept beside it.`);
      return 0;
    }
    say(STDOUT, `Copies of ${store.path}, newest first:`);
    const width = Math.max(...copies.map((c) => c.length));
    for (const c of copies) say(STDOUT, `  ${c.padEnd(width)}  ${why(c, base)}`);
    say(STDOUT, 'wparsim restore NAME puts one back (the world it replaces is kept as a copy too).');
    return 0;
  }
  if (args.length > 1) {
    say(STDERR, 'wparsim: restore takes one copy (wparsim restore lists them)');
    return 2;
  }
  const name = args[0]!;
  const path = name.includes('/') ? name : join(dirname(store.path), name);
  let world: ReturnType<typeof Store.readFile>['world'];
  try {
    world = Store.readFile(path).world;
  } catch (e) {
    say(STDERR, e instanceof StoreError ? `wparsim: ${path} ${e.problem}; nothing was restored.` : `wparsim: ${path} cannot be read (${(e as Error).message}); nothing was restored.`);
    return 1;
  }
  const release = await store.lock();
  try {
    // The store's own progress stays; a store that cannot be read gives way to the copy (that is what restore is for).
    await store.load().catch(() => undefined);
    const kept = await store.save(world, store.copyName('before-restore'));
    say(STDOUT, `wparsim: the world of ${path} is back in ${store.path}${kept ? `; the world it replaced is kept as ${kept}` : ''}.`);
    return 0;
  } finally {
    await release?.();
  }
}
