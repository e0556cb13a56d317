// stopsrc: stops SRC subsystems (-s Name, or every one of -g Group) in the
// scope: the process ends and lssrc shows it inoperative. -f (forced) and
// -c (cancel) stop it the same way. "0513-044 The X Subsystem was requested
// to stop." and "0513-004 The Subsystem or Group, X, is currently
// inoperative." RECALLED from AIX.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { runningOf, stopSubsystem } from '../world/subsystems.js';
import type { World } from '../world/types.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { errLine, failWith } from './lib/output.js';
import { named } from './lib/src.js';

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
    const parsed = parseFlags(ctx, stopsrc);
    if (isFailure(parsed)) return parsed;
    const s = parsed.arg('s');
    const g = parsed.arg('g');
    if ((s === undefined) === (g === undefined) || parsed.operands.length > 0 || (parsed.has('f') && parsed.has('c'))) return failWith(USAGE, 1);
    const which = named(ctx, s, g);
    if (typeof which === 'string') return failWith([which], 1);
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
