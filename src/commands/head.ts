// head: the first lines (default 10) of files or standard input; -n N or -N.

import type { Command } from '../engine/contract.js';
import { count, filterInput, textLines } from './lib/files.js';
import { errLine, failWith, lines } from './lib/output.js';

export const head: Command = {
  name: 'head',
  scope: 'any',
  summary: 'First lines of files (-n N)',
  flags: [{ flag: 'n', arg: 'Number', doc: 'How many lines (default 10).' }],
  ownFlagParsing: true,
  manual: {
    purpose: 'Displays the first few lines of a file.',
    synopsis: ['head [-n Number | -Number] [File ...]'],

    examples: ['lswpar -L wpar1 | head -5'],
  },
  run(ctx) {
    const c = count(ctx.argv.slice(1), 'head');
    if (typeof c === 'string') return failWith([c], 2);
    const { text, errors } = filterInput(ctx, 'head', c.files);
    return { out: [...errors.map(errLine), ...lines(textLines(text).slice(0, c.n))], status: errors.length ? 2 : 0 };
  },
};
