// sort: sorts lines of files or standard input; -r reverse, -n numeric, -u unique.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { filterInput, textLines } from './lib/files.js';
import { errLine, lines } from './lib/output.js';

const USAGE = ['Usage: sort [-Abcdfimnru] [-o Outfile] [-t Character] [-k KeyDefinition] [File...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'n', doc: 'Numeric order.' },
  { flag: 'r', doc: 'Reverse order.' },
  { flag: 'u', doc: 'Only one of equal lines.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('bdfMt:k:o:'),
];

export const sort: Command = {
  name: 'sort',
  scope: 'any',
  summary: 'Sort lines (-r reverse, -n numeric, -u unique)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Sorts files.',
    synopsis: ['sort [-n] [-r] [-u] [File ...]'],

    examples: ['lswpar -c -q | sort -r'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, sort);
    if (isFailure(parsed)) return parsed;
    const { text, errors } = filterInput(ctx, 'sort', parsed.operands);
    let all = textLines(text);
    all = parsed.has('n') ? all.sort((a, b) => parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0)) : all.sort();
    if (parsed.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
    if (parsed.has('r')) all.reverse();
    return { out: [...errors.map(errLine), ...lines(all)], status: errors.length ? 2 : 0 };
  },
};
