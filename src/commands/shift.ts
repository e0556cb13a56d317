// shift [n]: drops the first n positional parameters ($1 ... ); ksh built-in.

import { builtin, countOperand } from './lib/builtin.js';
import { failWith } from './lib/output.js';

export const shift = builtin(
  'shift',
  'Drop positional parameters',
  { purpose: 'Renames the positional parameters $n+1 ... to $1 ...; n defaults to 1.', synopsis: ['shift [n]'], examples: ['set -- a b c; shift; echo $1'] },
  (ctx) => {
    const n = countOperand(ctx, 'shift', 0);
    if (typeof n !== 'number') return n;
    if (n > ctx.args.length) return { ...failWith([`ksh: shift: ${n}: bad number`]), effects: [{ kind: 'abort' }] };
    return { out: [], status: 0, effects: [{ kind: 'args', args: ctx.args.slice(n) }] };
  },
);
