// clogin: logs in to an active WPAR (the following commands run inside it
// until `exit`), or runs one command inside it: `clogin wpar1 uname -W`.
// Implements `clogin WparName [-l root] [command [args]]`. At a terminal (and
// in replays) the login shows the WPAR's /etc/motd and, after the first
// login, a "Last login" line (reference 9.2, RECALLED); -c and piped scripts
// are not terminals, so nothing is printed there. -l with a user other than
// root says it is not supported yet (the WPAR has only root so far).
// Errors: reference 9.3 (not active; unknown WPAR), refused inside a WPAR.

import type { Command } from '../engine/contract.js';
import { readFile, toGlobal } from '../world/fs.js';
import { findWpar, isRunning, recordLogin } from '../world/wpars.js';
import { textLines } from './lib/files.js';
import { getoptMessage } from './lib/getopt.js';
import { cloginNotActive, notFound, notYet } from './lib/messages.js';
import { failWith, harmless, lines } from './lib/output.js';
import { dateString } from './lib/time.js';

const USAGE = ['Usage: clogin WparName [-l User] [command [args]]'];

export const clogin: Command = {
  name: 'clogin',
  scope: 'global',
  summary: 'Log in to a running workload partition, or run a command in it',
  flags: [{ flag: 'l', arg: 'root', doc: 'The user to log in as; only root exists in wparsim so far.' }],
  ownFlagParsing: true,
  manual: {
    purpose: 'Logs in to a workload partition, or runs a command in it.',
    synopsis: ['clogin WparName [-l root] [Command [Argument ...]]'],
    operands: [
      ['WparName', 'The active workload partition to log in to. `exit` (or Ctrl-D) returns to the global environment.'],
      ['Command', 'Runs this command inside the workload partition and returns.'],
    ],
    examples: ['clogin wpar1', 'clogin wpar1 uname -W'],
  },
  run(ctx) {
    const [, name, ...rest] = ctx.argv;
    if (name === undefined || name.startsWith('-')) return failWith(USAGE);
    let command = rest;
    if (rest[0] === '-l') {
      if (rest[1] === undefined) return failWith([getoptMessage('clogin', { kind: 'missing', flag: 'l' }), ...USAGE]);
      if (rest[1] !== 'root') return failWith([notYet('clogin -l USER (users other than root)')]);
      command = rest.slice(2);
    }
    const w = findWpar(ctx.world, name);
    if (!w) return failWith([notFound('clogin', name)]);
    if (!isRunning(w)) return failWith([cloginNotActive(name)]);
    const scope = { kind: 'wpar', name } as const;
    if (command.length > 0) return ctx.runIn(scope, ctx.world, command);

    const out = [];
    if (ctx.interactive) {
      // The banner is the WPAR's own /etc/motd (mkwpar wrote AIX's; an admin may change it).
      const banner = readFile(ctx.world, toGlobal(ctx.world, scope, '/etc/motd'));
      if (banner.ok) out.push(...textLines(banner.value).map(harmless));
      if (w.lastLogin !== undefined) {
        out.push(`Last login: ${dateString(w.lastLogin, ctx.world.lpar.timezone)} on /dev/Global from ${ctx.world.lpar.hostname}`);
      }
      out.push('');
    }
    return { out: lines(out), status: 0, world: recordLogin(ctx.world, name, ctx.now), effects: [{ kind: 'enter-wpar', name }] };
  },
};
