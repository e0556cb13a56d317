// uniq: each run of repeated adjacent lines once; -c counts them (the count
// right-aligned in 4 columns, then a space [RECALLED: AIX uniq]), -d only
// repeated ones, -u only unrepeated ones. Input from a file or standard
// input; an output file operand is not simulated yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { filterInput, textLines } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, lines } from './lib/output.js';

const USAGE = ['Usage: uniq [-c | -d | -u] [-f Fields] [-s Chars] [Input_File [Output_File]]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'c', doc: 'Precedes each line by how many times it occurred.' },
  { flag: 'd', doc: 'Only lines that are repeated.' },
  { flag: 'u', doc: 'Only lines that are not repeated.' },
  ...notSimulated('f:s:'),
];

export const uniq: Command = {
  name: 'uniq',
  scope: 'any',
  summary: 'Repeated adjacent lines once (-c -d -u)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Deletes repeated lines in a file.',
    synopsis: ['uniq [-c | -d | -u] [InFile]'],
    examples: ['ps -ef@ | cut -c1-10 | sort | uniq -c'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, uniq);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 2) return failWith(USAGE, 2);
    if (parsed.operands.length === 2) return failWith([notYet('uniq with an output file')]);
    const { text, errors } = filterInput(ctx, 'uniq', parsed.operands);
    const out: string[] = [];
    const all = textLines(text);
    for (let i = 0; i < all.length; ) {
      let j = i + 1;
      while (j < all.length && all[j] === all[i]) j++;
      const n = j - i;
      if (!(parsed.has('d') && n === 1) && !(parsed.has('u') && n > 1)) out.push(parsed.has('c') ? `${String(n).padStart(4)} ${all[i]}` : all[i]!);
      i = j;
    }
    return { out: [...errors.map(errLine), ...lines(out)], status: errors.length ? 2 : 0 };
  },
};
