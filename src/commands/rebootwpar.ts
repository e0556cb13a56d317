// rebootwpar: stops an active WPAR and starts it again, with stopwpar's and
// startwpar's messages (lib/lifecycle.ts); its processes get new PIDs, the
// error log has the stop and the start. Errors as stopwpar's. Syntax DOC
// (IBM's rebootwpar page).

import type { Command, FlagSpec } from '../engine/contract.js';
import { startWpar, stopWpar } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { startOutput, stopOutput } from './lib/lifecycle.js';
import { worldErrorText } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: rebootwpar [-v] WparName'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'v', doc: 'Verbose: every file system unmounted and mounted.' }];

export const rebootwpar: Command = {
  name: 'rebootwpar',
  scope: 'global',
  summary: 'Stop a workload partition and start it again',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Stops and restarts a workload partition.', synopsis: ['rebootwpar [-v] WparName'], examples: ['rebootwpar wpar1'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rebootwpar);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    const stopped = stopWpar(ctx.world, name, ctx.now);
    if (!stopped.ok) return failWith(worldErrorText('rebootwpar', stopped.error));
    const before = ctx.world.wpars.find((w) => w.name === name)!;
    const out = stopOutput(before, parsed.has('v'), false);
    const again = startWpar(stopped.value.world, name, ctx.now);
    if (!again.ok) return { out: [...out, ...failWith(worldErrorText('rebootwpar', again.error)).out], status: 1, world: stopped.value.world };
    return { out: [...out, ...startOutput(again.value.wpar, again.value.wpar.corPid!, parsed.has('v'), again.value)], status: 0, world: again.value.world };
  },
};
