// unset NAME ...: removes variables (ksh built-in; -f for functions is not simulated yet).

import { builtin, VARIABLE_NAME } from './lib/builtin.js';
import { errLine } from './lib/output.js';

export const unset = builtin('unset', 'Remove variables', { purpose: 'Unsets each named variable.', synopsis: ['unset Name ...'], examples: ['unset A'] }, (ctx) => {
  const names = ctx.argv.slice(1);
  const bad = names.filter((n) => !VARIABLE_NAME.test(n));
  return { out: bad.map((n) => errLine(`ksh: unset: ${n}: invalid variable name`)), status: bad.length ? 1 : 0, effects: [{ kind: 'vars', unset: names.filter((n) => VARIABLE_NAME.test(n)) }] };
});
