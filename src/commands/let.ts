// let expression ...: evaluates arithmetic expressions (ksh built-in); the
// status is 0 when the last one is not zero. The arithmetic is
// shell/arith.ts, as for $(( )) and (( )).

import { ArithError, evaluate } from '../shell/arith.js';
import { builtin } from './lib/builtin.js';
import { failWith } from './lib/output.js';

export const letCmd = builtin(
  'let',
  'Evaluate arithmetic expressions',
  { purpose: 'Evaluates each argument as an arithmetic expression; exit status 0 when the last value is not zero.', synopsis: ['let Expression ...'], examples: ['let i=i+1'] },
  (ctx) => {
    const exprs = ctx.argv.slice(1);
    if (exprs.length === 0) return failWith(['ksh: let: argument expected']);
    const vars: Record<string, string> = Object.create(null);
    const set: [string, string][] = [];
    let last = 0;
    try {
      for (const e of exprs) {
        last = evaluate(e, {
          get: (n) => (n in vars ? vars[n] : ctx.getVar(n)),
          set: (n, v) => {
            vars[n] = v;
            set.push([n, v]);
          },
        });
      }
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      return { ...failWith([`ksh: let: ${e.message}`]), effects: [{ kind: 'vars', set }] };
    }
    return { out: [], status: last === 0 ? 1 : 0, effects: [{ kind: 'vars', set }] };
  },
);
