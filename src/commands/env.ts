// env: lists the variables the commands of this shell see (every shell
// variable, in wparsim), NAME=value a line, sorted; env NAME=value ...
// command runs the command with those set. Not simulated yet: -i.

import type { Command } from '../engine/contract.js';
import { quoteWord } from '../shell/quote.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const env: Command = {
  name: 'env',
  scope: 'any',
  summary: 'List the environment, or run a command with variables set',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Displays the current environment or sets the environment for the running of a command.',
    synopsis: ['env [Name=Value ...] [Command [Argument ...]]'],
    examples: ['env | grep PATH', 'env TERM=vt100 lswpar'],
  },
  run(ctx) {
    const words = ctx.argv.slice(1);
    if (words[0]?.startsWith('-')) return failWith([notYet(`env ${words[0]}`)]);
    const settings = words.filter((w, i) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) && words.slice(0, i).every((x) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(x)));
    const command = words.slice(settings.length);
    if (command.length === 0) {
      const all: Record<string, string> = { ...ctx.vars };
      for (const s of settings) all[s.slice(0, s.indexOf('='))] = s.slice(s.indexOf('=') + 1);
      return {
        out: lines(
          Object.keys(all)
            .filter((k) => !k.startsWith('.'))
            .sort()
            .map((k) => `${k}=${all[k]}`),
        ),
        status: 0,
      };
    }
    return ctx.runScript([...settings.map((s) => `${s.slice(0, s.indexOf('=') + 1)}${quoteWord(s.slice(s.indexOf('=') + 1))}`), ...command.map(quoteWord)].join(' '), 'env', undefined, false);
  },
};
