// alias: with no operands lists the aliases as name='value'; name=value
// defines one; a name alone shows it. The first word of a simple command
// that is an alias is replaced by its value (ksh built-in; ksh93's wording).

import type { Command } from '../engine/contract.js';
import { errLine, lines } from './lib/output.js';

export const alias: Command = {
  name: 'alias',
  scope: 'any',
  summary: 'Define or list command aliases',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Creates or displays aliases.', synopsis: ['alias [Name[=Value] ...]'], examples: ["alias ll='ls -l'", "alias lsw='lswpar -c -q -a name,state'"] },
  run(ctx) {
    const words = ctx.argv.slice(1);
    if (words.length === 0) {
      return { out: lines([...ctx.aliases.keys()].sort().map((n) => `${n}='${ctx.aliases.get(n)!.replace(/'/g, `'\\''`)}'`)), status: 0 };
    }
    const set: [string, string][] = [];
    const out = [];
    let status = 0;
    for (const w of words) {
      const eq = w.indexOf('=');
      if (eq > 0) set.push([w.slice(0, eq), w.slice(eq + 1)]);
      else if (ctx.aliases.has(w)) out.push(...lines([`${w}='${ctx.aliases.get(w)!}'`]));
      else {
        out.push(errLine(`ksh: alias: ${w}: not found`));
        status = 1;
      }
    }
    return { out, status, effects: [{ kind: 'aliases', set }] };
  },
};
