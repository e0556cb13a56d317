// rmwpar: removes a Defined WPAR, its file systems and directory tree.
// Implements -s (stop first), -F (force; implies -s) and -v; an active WPAR
// without -s/-F is refused as AIX does. -p (preserving file systems) says it
// is not supported yet.
// Output: reference 7.2 (RECALLED medium; the verbose first/last lines are
// SOURCED from the wparexec sample in 11.2); stop output 6.2 first.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { findWpar, isRunning, removeWpar, stopWpar } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { removeOutput, stopOutput, stuckLines } from './lib/lifecycle.js';
import { notYet, worldErrorText } from './lib/messages.js';
import { failWith, line } from './lib/output.js';

const USAGE = ['Usage: rmwpar [-F] [-p] [-s] [-v] WparName'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 's', doc: 'Stops the workload partition first.' },
  { flag: 'F', doc: 'Forces the removal; implies -s.' },
  { flag: 'v', doc: 'Verbose.' },
  { flag: 'p', planned: 'rmwpar -p (preserving file systems)' },
];

export const rmwpar: Command = {
  name: 'rmwpar',
  scope: 'global',
  summary: 'Remove a workload partition (-s stop it first, -F force)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Removes a workload partition.',
    synopsis: ['rmwpar [-F] [-s] [-v] WparName'],

    examples: ['rmwpar wpar1', 'rmwpar -s wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, rmwpar);
    if (isFailure(parsed)) return parsed;
    const { has } = parsed;
    if (has('p')) return failWith([notYet('rmwpar -p (preserving file systems)')]);
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    let world = ctx.world;
    const out: Chunk[] = [];
    const w = findWpar(world, name);
    if (w && isRunning(w) && (has('s') || has('F'))) {
      const stopped = stopWpar(world, name, ctx.now, { force: has('F'), busy: ctx.cwd });
      if (!stopped.ok) return failWith(worldErrorText('stopwpar', stopped.error));
      out.push(...stopOutput(w, has('v'), has('F')));
      world = stopped.value.world;
      if (stopped.value.stuck.length > 0) return { out: [...out, ...stuckLines(name, stopped.value.stuck)], status: 1, world };
    }
    const r = removeWpar(world, name, has('F'));
    if (!r.ok) return { out: [...out, ...failWith(worldErrorText('rmwpar', r.error)).out], status: 1, world: out.length ? world : undefined };
    if (has('v')) out.push(line(`rmwpar: Removing workload partition ${name}`, 300));
    out.push(...removeOutput(r.value.wpar, ctx.world));
    if (has('v')) out.push(line('rmwpar: Return Status = SUCCESS', 200));
    return { out, status: 0, world: r.value.world };
  },
};
