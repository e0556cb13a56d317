// stopwpar: stops an Active WPAR (back to D). Implements -v, -F (force), -h
// (hard stop), -N (no timeout), -t seconds and -r (restart after stopping).
// Output: reference 6.2 (RECALLED, shape high; the 0960-261 line states the
// timeout in force); errors 6.3 via messages.ts.

import type { Command, FlagSpec } from '../engine/contract.js';
import { startWpar, stopWpar } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { startOutput, stopOutput, stuckLines } from './lib/lifecycle.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, line } from './lib/output.js';

const USAGE = ['Usage: stopwpar [-h | -F] [-r] [-t seconds | -N] [-v] WparName'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'F', doc: 'Forces the stop: processes are killed at once.' },
  { flag: 'h', doc: 'A hard stop (default timeout 60 seconds).' },
  { flag: 'r', doc: 'Starts the workload partition again after stopping it.' },
  { flag: 't', arg: 'Seconds', doc: 'How long to wait for the processes to end (default 600).' },
  { flag: 'N', doc: 'Waits without a time limit.' },
  { flag: 'v', doc: 'Verbose: every file system unmounted, and the return status.' },
];

export const stopwpar: Command = {
  name: 'stopwpar',
  scope: 'global',
  summary: 'Stop a workload partition (-F force, -v verbose, -r restart)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Stops a workload partition.',
    synopsis: ['stopwpar [-h | -F] [-r] [-t Seconds | -N] [-v] WparName'],

    examples: ['stopwpar -v wpar1', 'stopwpar -F wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, stopwpar);
    if (isFailure(parsed)) return parsed;
    const { has } = parsed;
    const timeout = parsed.arg('t');
    if ((has('h') && has('F')) || (timeout !== undefined && has('N'))) return failWith(USAGE);
    if (timeout !== undefined && !/^\d+$/.test(timeout)) return failWith(USAGE);
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    // The shell's own working directory keeps a file system busy (umount's rule).
    const r = stopWpar(ctx.world, name, ctx.now, { force: has('F'), busy: ctx.cwd });
    if (!r.ok) return failWith(worldErrorText('stopwpar', r.error));
    const before = ctx.world.wpars.find((w) => w.name === name)!;
    const seconds = timeout ?? (has('h') ? '60' : '600');
    // A Broken WPAR has no subsystem or processes left: -F only unmounts what is still mounted.
    if (before.state === 'B') return { out: [line(`Stopping workload partition ${name}.`, 300), line('Unmounting all workload partition file systems.', 1000)], status: 0, world: r.value.world };
    const out = stopOutput(before, has('v'), has('F') || has('h')).map((c) =>
      c.text.startsWith('stopwpar: 0960-261')
        ? has('N')
          ? line('stopwpar: 0960-261 Waiting for workload partition to halt.', c.delayMs)
          : line(`stopwpar: 0960-261 Waiting up to ${seconds} seconds for workload partition to halt.`, c.delayMs)
        : c,
    );
    if (r.value.stuck.length > 0) return { out: [...out, ...stuckLines(name, r.value.stuck)], status: 1, world: r.value.world };
    if (!has('r')) return { out, status: 0, world: r.value.world };
    const again = startWpar(r.value.world, name, ctx.now);
    if (!again.ok) return { out: [...out, ...failWith(worldErrorText('startwpar', again.error)).out], status: 1, world: r.value.world };
    return { out: [...out, ...startOutput(again.value.wpar, again.value.wpar.corPid!, has('v'), again.value)], status: 0, world: again.value.world };
  },
};
