// typeset: sets variables with attributes, and inside a function makes
// them its own (they are put back when it returns: in both kinds of
// function, as AIX's ksh88 does; ksh93 does so only in `function name`): -i (the
// value is evaluated as arithmetic when set), -u and -l (upper or lower
// case), -x (exported: wparsim passes every variable on anyway). With no
// names, lists the variables. Not simulated yet: -r, -L, -R, -Z, -f.

import type { Command } from '../engine/contract.js';
import { ArithError, evaluate } from '../shell/arith.js';
import { VARIABLE_NAME, variableLines } from './lib/builtin.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, lines } from './lib/output.js';

export const typeset: Command = {
  name: 'typeset',
  scope: 'any',
  summary: 'Set variables and their attributes; local in a function',
  ownFlagParsing: true,
  flags: [
    { flag: 'i', doc: 'Integer: the value is evaluated as an arithmetic expression.' },
    { flag: 'u', doc: 'The value in upper case.' },
    { flag: 'l', doc: 'The value in lower case.' },
    { flag: 'x', doc: 'Exported (every variable is, in wparsim).' },
  ],
  manual: {
    purpose: 'Sets attributes and values for shell variables; in a function, the variables are local to it.',
    synopsis: ['typeset [-i] [-l | -u] [-x] [Name[=Value] ...]'],
    examples: ['typeset -i n=0', 'function f { typeset w=$1; echo $w; }'],
  },
  run(ctx) {
    const words = ctx.argv.slice(1);
    const flags = new Set<string>();
    while (words[0] !== undefined && /^[-+][a-zA-Z]+$/.test(words[0])) {
      for (const f of words.shift()!.slice(1)) {
        if (!'iulx'.includes(f)) return failWith([notYet(`typeset -${f}`)]);
        flags.add(f);
      }
    }
    if (words.length === 0) return { out: lines(variableLines(ctx.vars, '')), status: 0 };
    const set: [string, string][] = [];
    const errors: string[] = [];
    for (const w of words) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w : w.slice(0, eq);
      if (!VARIABLE_NAME.test(name)) {
        errors.push(`ksh: typeset: ${w}: invalid variable name`);
        continue;
      }
      let value = eq < 0 ? (ctx.getVar(name) ?? (flags.has('i') ? '0' : '')) : w.slice(eq + 1);
      if (flags.has('i')) {
        try {
          value = String(evaluate(value, { get: (n) => ctx.getVar(n), set: () => {} }));
        } catch (e) {
          if (!(e instanceof ArithError)) throw e;
          errors.push(`ksh: ${e.message}`);
          continue;
        }
      }
      if (flags.has('u')) value = value.toUpperCase();
      if (flags.has('l')) value = value.toLowerCase();
      set.push([name, value]);
    }
    const names = set.map(([n]) => n);
    // -i -u -l stay with the variables (-x only exports).
    const kept = [...flags].filter((f) => f !== 'x').join('');
    return {
      out: errors.map(errLine),
      status: errors.length ? 1 : 0,
      effects: [{ kind: 'local', names }, { kind: 'vars', set }, ...(kept !== '' ? [{ kind: 'attributes' as const, names, flags: kept }] : [])],
    };
  },
};
