// who: who is logged in (lib/logins.ts): name, terminal, login time and
// where from. -u adds the idle time and process ID, -m (or am i) only the
// caller's line, -b the last boot, -q the names and a count. Layout RECALLED
// from AIX 7. Other flags say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { BOOT_TIME } from '../world/factory.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { loginsOf, whenLoggedIn } from './lib/logins.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: who [-AabdHilmpqrsTtuw] [File]', '       who am i'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'u', doc: 'Also the idle time and process ID.' },
  { flag: 'm', doc: 'Only the caller (as who am i).' },
  { flag: 'b', doc: 'The time of the last boot.' },
  { flag: 'q', doc: 'The names and how many.' },
  ...notSimulated('AadHilprsTtw'),
];

export const who: Command = {
  name: 'who',
  scope: 'any',
  summary: 'Who is logged in (-u, -b, -q, am i)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Identifies the users currently logged in.', synopsis: ['who [-u | -m | -b | -q]', 'who am i'], examples: ['who', 'who -b', 'who am i'] },
  run(ctx) {
    const parsed = parseFlags(ctx, who);
    if (isFailure(parsed)) return parsed;
    const amI = parsed.operands.join(' ').toLowerCase() === 'am i';
    if (parsed.operands.length > 0 && !amI) return failWith(USAGE, 1);
    const logins = loginsOf(ctx);
    if (parsed.has('b')) return { out: lines([`   .        system boot ${whenLoggedIn(BOOT_TIME)}`]), status: 0 };
    if (parsed.has('q')) return { out: lines([logins.map((l) => l.user).join(' '), `# users=${logins.length}`]), status: 0 };
    return {
      out: lines(logins.map((l) => `${l.user.padEnd(12)}${l.tty.padEnd(12)}${whenLoggedIn(l.since)}${parsed.has('u') ? `   .      ${String(5439966).padStart(8)}` : ''}     (${l.from})`)),
      status: 0,
    };
  },
};
