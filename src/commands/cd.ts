// cd: changes the working directory within the current scope. No argument:
// root's home, "/". `cd -`: the previous directory (printed, as ksh does).
// A directory that does not exist gets AIX ksh's "ksh: DIR:  not found."
// [RECALLED: AIX ksh88 reports cd failures with its not-found message].

import type { Command } from '../engine/contract.js';
import { normalize } from '../world/fs.js';
import { dirExists } from '../world/scope.js';
import { kshNotFound } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const cd: Command = {
  name: 'cd',
  scope: 'any',
  summary: 'Change the working directory',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Changes the current directory.',
    synopsis: ['cd [Directory | -]'],
    operands: [
      ['Directory', "The new working directory; without it, root's home directory (/)."],
      ['-', 'Returns to the previous directory and prints it.'],
    ],
    examples: ['cd /home', 'cd -'],
  },
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length > 1) return failWith([`ksh: cd: bad substitution`]);
    const arg = args[0];
    const back = arg === '-';
    const target = arg === undefined ? '/' : back ? (ctx.getVar('OLDPWD') ?? ctx.cwd) : arg;
    const dir = normalize(ctx.cwd, target);
    if (!dirExists(ctx.world, ctx.scope, dir)) return failWith([kshNotFound(target)]);
    return { out: back ? lines([dir]) : [], status: 0, effects: [{ kind: 'cd', dir }] };
  },
};
