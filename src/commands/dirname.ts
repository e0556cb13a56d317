// dirname: a path without its last component (POSIX, as AIX's): "." when
// there is no slash, "/" for the root.

import type { Command } from '../engine/contract.js';
import { failWith, lines } from './lib/output.js';

export function parentPath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return trimmed.slice(0, slash).replace(/\/+$/, '') || '/';
}

export const dirname: Command = {
  name: 'dirname',
  scope: 'any',
  summary: 'A path name without its last part',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Writes to standard output all but the last part of a specified path.', synopsis: ['dirname Path'], examples: ['dirname /wpars/web1/etc/hosts'] },
  run(ctx) {
    const [path, extra] = ctx.argv.slice(1);
    if (path === undefined || extra !== undefined) return failWith(['Usage: dirname Path'], 2);
    return { out: lines([parentPath(path)]), status: 0 };
  },
};
