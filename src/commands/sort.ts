// sort: sorts lines of files or standard input; -r reverse, -n numeric, -u unique.

import type { Command } from '../engine/contract.js';
import { isFailure, parseFlags } from './lib/args.js';
import { filterInput, textLines } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, lines } from './lib/output.js';

export const sort: Command = {
  name: 'sort',
  scope: 'any',
  summary: 'Sort lines (-r reverse, -n numeric, -u unique)',
  manual: {
    purpose: 'Sorts files.',
    synopsis: ['sort [-n] [-r] [-u] [File ...]'],
    flags: [
      ['-n', 'Numeric order.'],
      ['-r', 'Reverse order.'],
      ['-u', 'Only one of equal lines.'],
    ],
    examples: ['lswpar -c -q | sort -r'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, 'nrubdfMt:k:o:', ['Usage: sort [-Abcdfimnru] [-o Outfile] [-t Character] [-k KeyDefinition] [File...]']);
    if (isFailure(parsed)) return parsed;
    const other = parsed.opts.find((o) => !'nru'.includes(o.flag));
    if (other) return failWith([notYet(`sort -${other.flag}`)]);
    const { text, errors } = filterInput(ctx, 'sort', parsed.operands);
    let all = textLines(text);
    all = parsed.has('n') ? all.sort((a, b) => parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0)) : all.sort();
    if (parsed.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
    if (parsed.has('r')) all.reverse();
    return { out: [...errors.map(errLine), ...lines(all)], status: errors.length ? 2 : 0 };
  },
};
