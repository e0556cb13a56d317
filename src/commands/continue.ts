// continue [n]: goes on with the next round of the n-th enclosing loop (ksh
// built-in). The engine does it (the 'loop' effect).

import { builtin, countOperand } from './lib/builtin.js';

export const continueCmd = builtin(
  'continue',
  'Go on with the next round of a loop',
  {
    purpose: 'Resumes the next iteration of the enclosing for, while or until loop, or of the n-th enclosing one.',
    synopsis: ['continue [n]'],
    examples: ['for w in a b; do [ $w = a ] && continue; echo $w; done'],
  },
  (ctx) => {
    const n = countOperand(ctx, 'continue', 1);
    return typeof n === 'number' ? { out: [], status: 0, effects: [{ kind: 'loop', op: 'continue', levels: n }] } : n;
  },
);
