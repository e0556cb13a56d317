// tail: the last lines (default 10) of files or standard input; -n N or -N;
// +N or -n +N from line N to the end.

import type { Command } from '../engine/contract.js';
import { count, filterInput, textLines } from './lib/files.js';
import { errLine, failWith, lines } from './lib/output.js';

export const tail: Command = {
  name: 'tail',
  scope: 'any',
  summary: 'Last lines of files (-n N)',
  flags: [{ flag: 'n', arg: 'Number', doc: 'How many lines (default 10).' }],
  ownFlagParsing: true,
  manual: {
    purpose: 'Writes the last lines of a file.',
    synopsis: ['tail [-n [+]Number | -Number | +Number] [File ...]'],

    examples: ['lswpar -D wpar1 | tail -2'],
  },
  run(ctx) {
    const c = count(ctx.argv.slice(1), 'tail', true);
    if (typeof c === 'string') return failWith([c], 2);
    const { text, errors } = filterInput(ctx, 'tail', c.files);
    const all = textLines(text);
    const shown = c.from ? all.slice(Math.max(0, c.n - 1)) : c.n === 0 ? [] : all.slice(-c.n);
    return { out: [...errors.map(errLine), ...lines(shown)], status: errors.length ? 2 : 0 };
  },
};
