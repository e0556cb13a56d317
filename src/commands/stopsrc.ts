// stopsrc: stops SRC subsystems (-s Name, or every one of -g Group) in the
// scope: the process ends and lssrc shows it inoperative. -f (forced) and
// -c (cancel) stop it the same way. "0513-044 The X Subsystem was requested
// to stop." and "0513-004 The Subsystem or Group, X, is currently
// inoperative." RECALLED from AIX.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { runningOf, stopSubsystem } from '../world/subsystems.js';
import type { World } from '../world/types.js';
import { notSimulated } from './lib/args.js';
import { errLine } from './lib/output.js';
import { asked } from './lib/src.js';

const USAGE = ['Usage: stopsrc [-h host] [-f | -c] {-a | -g group | [-p pid] -s subsystem}'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 's', arg: 'Subsystem', doc: 'The subsystem to stop.' },
  { flag: 'g', arg: 'Group', doc: 'Every subsystem of a group.' },
  { flag: 'f', doc: 'Forced stop.' },
  { flag: 'c', doc: 'Cancel stop (as forced, with a trace).' },
  ...notSimulated('ah:p:'),
];

export const stopsrc: Command = {
  name: 'stopsrc',
  scope: 'any',
  summary: 'Stop SRC subsystems (-s name, -g group)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Stops a subsystem, a group of subsystems, or a subserver.',
    synopsis: ['stopsrc [-f | -c] -s Subsystem', 'stopsrc [-f | -c] -g Group'],
    examples: ['stopsrc -s sendmail', 'stopsrc -g spooler'],
  },
  run(ctx) {
    const got = asked(ctx, stopsrc, (f) => !(f.has('f') && f.has('c')));
    if (!('which' in got)) return got;
    const { which } = got;
    let world: World = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const sub of which) {
      if (!runningOf(world, ctx.scope, sub.name)) {
        out.push(errLine(`0513-004 The Subsystem or Group, ${sub.name}, is currently inoperative.`));
        status = 1;
        continue;
      }
      world = stopSubsystem(world, ctx.scope, sub.name);
      out.push({ text: `0513-044 The ${sub.name} Subsystem was requested to stop.\n`, stream: 'out' });
    }
    return { out, status, ...(world !== ctx.world ? { world } : {}) };
  },
};
