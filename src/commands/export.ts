// export NAME[=value] ...: sets variables for the commands the shell runs
// (ksh built-in). With no operands, lists the variables as `export NAME=value`
// lines. wparsim does not tell exported variables from others: every
// variable is seen by the commands it runs.

import { builtin, VARIABLE_NAME, variableLines } from './lib/builtin.js';
import { errLine, lines } from './lib/output.js';

export const exportCmd = builtin(
  'export',
  'Set variables for the commands the shell runs',
  { purpose: 'Marks variables for export to the environment of commands, setting them when a value is given.', synopsis: ['export [Name[=Value] ...]'], examples: ['export EDITOR=vi'] },
  (ctx) => {
    const words = ctx.argv.slice(1);
    if (words.length === 0)
      return {
        out: lines(variableLines(ctx.vars, 'export ')),
        status: 0,
      };
    const set: [string, string][] = [];
    const out = [];
    for (const w of words) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w : w.slice(0, eq);
      if (!VARIABLE_NAME.test(name)) {
        out.push(errLine(`ksh: export: ${w}: is not an identifier`));
        continue;
      }
      if (eq >= 0) set.push([name, w.slice(eq + 1)]);
    }
    return { out, status: out.length ? 1 : 0, effects: [{ kind: 'vars', set }] };
  },
);
