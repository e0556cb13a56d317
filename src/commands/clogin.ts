// clogin: logs in to an active WPAR (the following commands run inside it
// until `exit`), or runs one command inside it: `clogin wpar1 uname -W`.
// Implements `clogin WparName [-l User] [command [args]]`: the user must be
// one of the WPAR's own (its /etc/passwd: mkuser inside it); clogin asks no
// password (run by root in the global environment). At a terminal (and in
// replays) the login shows the WPAR's /etc/motd and, after the first login,
// a "Last login" line (reference 9.2, RECALLED; lib/login.ts); -c and piped
// scripts are not terminals, so nothing is printed there.
// Errors: reference 9.3 (not active; unknown WPAR), refused inside a WPAR; an
// unknown user is passwd's 3004-687.

import type { Command } from '../engine/contract.js';
import { findWpar, isRunning } from '../world/wpars.js';
import { getoptMessage } from './lib/getopt.js';
import { loginAs, userIn } from './lib/login.js';
import { cloginNotActive, notFound } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: clogin WparName [-l User] [command [args]]'];

export const clogin: Command = {
  name: 'clogin',
  scope: 'global',
  summary: 'Log in to a running workload partition, or run a command in it',
  flags: [{ flag: 'l', arg: 'User', doc: "The user to log in as: root (the default) or one of the WPAR's own." }],
  ownFlagParsing: true,
  manual: {
    purpose: 'Logs in to a workload partition, or runs a command in it.',
    synopsis: ['clogin WparName [-l User] [Command [Argument ...]]'],
    operands: [
      ['WparName', 'The active workload partition to log in to. `exit` (or Ctrl-D) returns to the global environment.'],
      ['Command', 'Runs this command inside the workload partition and returns.'],
    ],
    examples: ['clogin wpar1', 'clogin wpar1 -l bob', 'clogin wpar1 uname -W'],
  },
  run(ctx) {
    const [, name, ...rest] = ctx.argv;
    if (name === undefined || name.startsWith('-')) return failWith(USAGE);
    let command = rest;
    let userName = 'root';
    if (rest[0] === '-l') {
      if (rest[1] === undefined) return failWith([getoptMessage('clogin', { kind: 'missing', flag: 'l' }), ...USAGE]);
      userName = rest[1];
      command = rest.slice(2);
    }
    const w = findWpar(ctx.world, name);
    if (!w) return failWith([notFound('clogin', name)]);
    if (!isRunning(w)) return failWith([cloginNotActive(name)]);
    const scope = { kind: 'wpar', name } as const;
    const user = userIn(ctx, scope, userName);
    if (!user) return failWith([`3004-687 User "${userName}" does not exist.`]);
    if (command.length > 0) return ctx.runIn(scope, ctx.world, command, user.name, user.home || '/');
    return loginAs(ctx, scope, user, ctx.interactive);
  },
};
