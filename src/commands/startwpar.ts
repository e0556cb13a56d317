// startwpar: starts a Defined system WPAR (state A) and creates its cor_<name>
// subsystem with a PID from the world's counter. Implements -v and -a (there
// is never a conflict to resolve here); -m (maintenance mode) and the
// programmatic -1/-2/-e/-I/-R say they are not supported yet.
// Output: reference 5.2 (RECALLED, shape high); errors 5.3 via messages.ts.

import { getopt, getoptMessage } from '../shell/getopt.js';
import { startWpar } from '../world/wpars.js';
import { startOutput } from './lib/lifecycle.js';
import { notYet, worldErrorText } from './lib/messages.js';
import { failWith, type Command } from './lib/types.js';

const USAGE = ['Usage: startwpar [-a] [-m] [-v] [-1 [-R] | -2 [-e VAR=values ...] | -I] WparName'];

export const startwpar: Command = {
  name: 'startwpar',
  scope: 'global',
  summary: 'Start a workload partition (-v verbose)',
  run(ctx) {
    const parsed = getopt(ctx.argv.slice(1), 'amv12e:IR');
    if (!parsed.ok) return failWith([getoptMessage('startwpar', parsed), ...USAGE]);
    const other = parsed.opts.find((o) => !'av'.includes(o.flag));
    if (other) return failWith([notYet(other.flag === 'm' ? 'startwpar -m (maintenance mode)' : `startwpar -${other.flag}`)]);
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    const r = startWpar(ctx.world, name);
    if (!r.ok) return failWith(worldErrorText('startwpar', r.error));
    const verbose = parsed.opts.some((o) => o.flag === 'v');
    return { out: startOutput(r.value.wpar, r.value.wpar.corPid!, verbose), status: 0, world: r.value.world };
  },
};
