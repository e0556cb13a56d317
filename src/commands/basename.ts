// basename: the last component of a path, without a given suffix (POSIX, as
// AIX's): trailing slashes dropped; "/" stays "/".

import type { Command } from '../engine/contract.js';
import { failWith, lines } from './lib/output.js';

export function lastComponent(path: string): string {
  if (path === '') return '';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export const basename: Command = {
  name: 'basename',
  scope: 'any',
  summary: 'The last part of a path name',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Returns the base file name of a string parameter.', synopsis: ['basename String [Suffix]'], examples: ['basename /wpars/web1', 'basename /tmp/report.txt .txt'] },
  run(ctx) {
    const [path, suffix, extra] = ctx.argv.slice(1);
    if (path === undefined || extra !== undefined) return failWith(['Usage: basename String [Suffix]'], 2);
    let name = lastComponent(path);
    if (suffix !== undefined && suffix !== name && name.endsWith(suffix)) name = name.slice(0, -suffix.length);
    return { out: lines([name]), status: 0 };
  },
};
