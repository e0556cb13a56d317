// break [n]: leaves the n-th enclosing for, while or until loop (ksh
// built-in). The engine does the leaving (the 'loop' effect).

import { builtin, countOperand } from './lib/builtin.js';

export const breakCmd = builtin(
  'break',
  'Leave a for, while or until loop',
  { purpose: 'Exits from the enclosing for, while or until loop, or from the n-th enclosing one.', synopsis: ['break [n]'], examples: ['while true; do break; done'] },
  (ctx) => {
    const n = countOperand(ctx, 'break', 1);
    return typeof n === 'number' ? { out: [], status: 0, effects: [{ kind: 'loop', op: 'break', levels: n }] } : n;
  },
);
