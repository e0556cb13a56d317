// w: uptime's line, then each user logged in with terminal, login time, idle
// and CPU times and what they run (lib/logins.ts). -h leaves the first two
// lines out, -u only the uptime line. Layout RECALLED from AIX 7.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { clock12, loginsOf, uptimeLine } from './lib/logins.js';
import { lines } from './lib/output.js';

const FLAGS: readonly FlagSpec[] = [{ flag: 'h', doc: 'No heading.' }, { flag: 'u', doc: 'Only the uptime line.' }, ...notSimulated('lsw@:X')];

export const w: Command = {
  name: 'w',
  scope: 'any',
  summary: 'Who is logged in and what they do',
  flags: FLAGS,
  usage: ['Usage: w [-hlsuwX] [-@ wparname] [user]'],
  manual: { purpose: 'Prints a summary of current system activity.', synopsis: ['w [-h | -u] [User]'], examples: ['w', 'w -u'] },
  run(ctx) {
    const parsed = parseFlags(ctx, w);
    if (isFailure(parsed)) return parsed;
    if (parsed.has('u')) return { out: lines([uptimeLine(ctx)]), status: 0 };
    const user = parsed.operands[0];
    const rows = loginsOf(ctx)
      .filter((l) => user === undefined || l.user === user)
      .map((l) => `${l.user.padEnd(9)}${l.tty.padEnd(13)}${clock12(l.since).padEnd(8)}${'0'.padStart(10)}${'0'.padStart(10)}${'0'.padStart(10)} w`);
    return { out: lines([...(parsed.has('h') ? [] : [uptimeLine(ctx), 'User     tty          login@       idle      JCPU      PCPU what']), ...rows]), status: 0 };
  },
};
