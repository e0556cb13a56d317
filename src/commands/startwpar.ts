// startwpar: starts a Defined system WPAR (state A) and creates its cor_<name>
// subsystem with a PID from the world's counter. Implements -v, -a (an
// address in use is dropped) and -m: maintenance mode, state N, the file
// systems mounted but no network address configured, so an admin can clogin
// and repair it (DOC: IBM's startwpar page). The programmatic -1/-2/-e/-I/-R
// say they are not supported yet.
// Output: reference 5.2 (RECALLED, shape high); errors 5.3 via messages.ts.

import type { Command, FlagSpec } from '../engine/contract.js';
import { startWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { startOutput } from './lib/lifecycle.js';
import { worldErrorText } from './lib/messages.js';
import { errLine, failWith, line } from './lib/output.js';

const USAGE = ['Usage: startwpar [-a] [-m] [-v] [-1 [-R] | -2 [-e VAR=values ...] | -I] WparName'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'v', doc: 'Verbose: every file system mounted, and the return status.' },
  { flag: 'a', doc: 'Resolves conflicting settings automatically.' },
  { flag: 'm', doc: 'Maintenance mode (state N): no network address is configured.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('12e:IR'),
];

export const startwpar: Command = {
  name: 'startwpar',
  scope: 'global',
  summary: 'Start a workload partition (-v verbose)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Starts a workload partition.',
    synopsis: ['startwpar [-a] [-m] [-v] WparName'],

    examples: ['startwpar -v wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, startwpar);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    const r = startWpar(ctx.world, name, ctx.now, parsed.has('a'), parsed.has('m'));
    if (!r.ok) {
      if (r.error.code !== 'address-in-use') return failWith(worldErrorText('startwpar', r.error));
      return { out: [line(`Starting workload partition ${name}.`), ...worldErrorText('startwpar', r.error).map(errLine)], status: 1 };
    }
    const notes = r.value.dropped.map((a) => errLine(`startwpar: 0960-485 Address ${a} is in use; the workload partition starts without it.`));
    return { out: [...notes, ...startOutput(r.value.wpar, r.value.wpar.corPid!, parsed.has('v'), r.value)], status: r.value.broken === undefined ? 0 : 1, world: r.value.world };
  },
};
