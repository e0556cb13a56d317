// shutdown: inside a system WPAR it stops the WPAR (-r: and starts it again)
// and ends the session in it (lib/halt.ts); -F (fast) and -h are accepted,
// and +Minutes or "now" as the time (there is nobody to warn). In the global
// environment it says halting the LPAR is not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { haltWpar, shutdownLines } from './lib/halt.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: shutdown [-d] [-F] [-h | -i | -k | -m | -p | -r | -v] [-l] [-t mmddHHMM[yy]] [+time [message]]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'F', doc: 'Fast: no warning to users.' },
  { flag: 'h', doc: 'Halts (the default).' },
  { flag: 'r', doc: 'Restarts after halting.' },
  ...notSimulated('dikmpvlt:'),
];

export const shutdown: Command = {
  name: 'shutdown',
  scope: 'any',
  summary: 'Stop (inside a WPAR: the WPAR; -r restarts it)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Ends system operation.', synopsis: ['shutdown [-F] [-r] [+Minutes | now]'], examples: ['clogin wpar1 shutdown -F', 'shutdown -r now'] },
  run(ctx) {
    const parsed = parseFlags(ctx, shutdown);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.some((o, i) => i === 0 && !/^(\+\d+|now)$/.test(o)) || parsed.operands.length > 1) return failWith(USAGE, 1);
    return haltWpar(ctx, 'shutdown', shutdownLines(ctx.now, ctx.world.lpar.timezone, parsed.has('r')), parsed.has('r'));
  },
};
