// startsrc: starts SRC subsystems (-s Name, or every one of -g Group) in
// the scope: each gets a new process under srcmstr with the next PID, and
// lssrc shows it active. "0513-059 The X Subsystem has been started.
// Subsystem PID is N." and "0513-029 The X Subsystem is already active.
// Multiple instances are not supported." RECALLED from AIX. -a and -e are
// accepted (the simulated daemon takes no arguments).

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { runningOf, startSubsystem } from '../world/subsystems.js';
import type { World } from '../world/types.js';
import { notSimulated } from './lib/args.js';
import { errLine } from './lib/output.js';
import { asked } from './lib/src.js';

const USAGE = ['Usage: startsrc [-a arguments] [-e environment] [-h host] {-s subsystem | -g group}'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 's', arg: 'Subsystem', doc: 'The subsystem to start.' },
  { flag: 'g', arg: 'Group', doc: 'Every subsystem of a group.' },
  { flag: 'a', arg: 'Arguments', doc: 'Arguments for the subsystem (accepted).' },
  { flag: 'e', arg: 'Environment', doc: 'Environment for the subsystem (accepted).' },
  ...notSimulated('h:'),
];

export const startsrc: Command = {
  name: 'startsrc',
  scope: 'any',
  summary: 'Start SRC subsystems (-s name, -g group)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Starts a subsystem, a group of subsystems, or a subserver.', synopsis: ['startsrc -s Subsystem', 'startsrc -g Group'], examples: ['startsrc -s xntpd', 'startsrc -g spooler'] },
  run(ctx) {
    const got = asked(ctx, startsrc);
    if (!('which' in got)) return got;
    const { which } = got;
    let world: World = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const sub of which) {
      if (runningOf(world, ctx.scope, sub.name)) {
        out.push(errLine(`0513-029 The ${sub.name} Subsystem is already active.`), errLine('Multiple instances are not supported.'));
        status = 1;
        continue;
      }
      const started = startSubsystem(world, ctx.scope, sub, ctx.now);
      world = started.world;
      out.push({ text: `0513-059 The ${sub.name} Subsystem has been started. Subsystem PID is ${started.pid}.\n`, stream: 'out' });
    }
    return { out, status, ...(world !== ctx.world ? { world } : {}) };
  },
};
