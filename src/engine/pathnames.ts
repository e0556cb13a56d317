// Pathname expansion: an unquoted * ? or [...] in a word makes it the paths
// it matches in the simulated tree of the scope you are in (inside a WPAR,
// its own tree), sorted; a word that matches nothing stays as it is (ksh).
// A name starting with "." matches only a pattern that starts with one.
// Never the host's files.

import { globMatch, hasWildcard, unescapeGlob } from '../shell/glob.js';
import { childPath, list, nodeAt, normalize, toGlobal } from '../world/fs.js';
import type { Scope, World } from '../world/types.js';

/** At most this many paths from one word (a pattern of stars in every segment could name the whole tree). */
const MAX_PATHS = 10_000;

const join = (base: string, name: string): string => (base === '' ? name : childPath(base, name));

export function pathnames(world: World, scope: Scope, cwd: string, pattern: string, stop: () => void): string[] {
  const dirOnly = pattern.endsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  const at = (p: string) => nodeAt(world, toGlobal(world, scope, normalize(cwd, p === '' ? '.' : p)));
  let found = [pattern.startsWith('/') ? '/' : ''];
  for (const segment of segments) {
    stop();
    const next: string[] = [];
    for (const base of found) {
      if (!hasWildcard(segment)) {
        next.push(join(base, unescapeGlob(segment)));
        continue;
      }
      if (at(base)?.kind !== 'dir') continue;
      for (const name of list(world, toGlobal(world, scope, normalize(cwd, base === '' ? '.' : base)))) {
        if ((name.startsWith('.') && !segment.startsWith('.')) || !globMatch(segment, name)) continue;
        next.push(join(base, name));
        if (next.length > MAX_PATHS) return [];
      }
    }
    found = next;
  }
  return found
    .filter((p) => p !== '' && (dirOnly ? at(p)?.kind === 'dir' : at(p) !== undefined))
    .map((p) => (dirOnly ? `${p}/` : p))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
