// set: with no operands lists the shell's variables as NAME=value lines
// (sorted, values quoted as ksh quotes them); `set -- args` (and `set args`)
// replaces the positional parameters (ksh built-in). Options (-e -x -u -o)
// are not simulated yet.

import { builtin, variableLines } from './lib/builtin.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const set = builtin(
  'set',
  'List variables or set the positional parameters',
  {
    purpose: 'With no arguments, writes the names and values of all shell variables; set -- Argument ... sets the positional parameters.',
    synopsis: ['set', 'set -- [Argument ...]'],
    examples: ['set -- a b c; echo $2'],
  },
  (ctx) => {
    const words = ctx.argv.slice(1);
    if (words.length === 0)
      return {
        out: lines(variableLines(ctx.vars, '')),
        status: 0,
      };
    if (words[0] === '--') return { out: [], status: 0, effects: [{ kind: 'args', args: words.slice(1) }] };
    if (/^[-+]/.test(words[0]!)) return failWith([notYet(`set ${words[0]}`)]);
    return { out: [], status: 0, effects: [{ kind: 'args', args: words }] };
  },
);
