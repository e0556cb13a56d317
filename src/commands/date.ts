// date: prints the simulated clock ("Wed Nov 25 23:09:31 UTC 2026"), or
// `date +FORMAT` with the usual % fields (lib/time.ts). Setting the date says
// it is not supported yet. -u prints UTC (the LPAR's zone already is UTC).

import type { Command } from '../engine/contract.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';
import { dateString, strftime } from './lib/time.js';

export const date: Command = {
  name: 'date',
  scope: 'any',
  summary: 'Print the date and time (date +FORMAT)',
  flags: [{ flag: 'u', doc: "Coordinated Universal Time (the LPAR's zone is UTC already)." }],
  ownFlagParsing: true,
  manual: {
    purpose: 'Displays the date and time.',
    synopsis: ['date [-u] [+Format]'],
    operands: [['+Format', 'Fields such as %Y %m %d %H %M %S %a %b %e %j %Z %T %D.']],
    examples: ['date', 'date +%Y-%m-%d'],
  },
  run(ctx) {
    const args = ctx.argv.slice(1).filter((a) => a !== '-u');
    const zone = ctx.world.lpar.timezone;
    if (args.length === 0) return { out: lines([dateString(ctx.now, zone)]), status: 0 };
    if (args.length === 1 && args[0]!.startsWith('+')) return { out: lines([strftime(args[0]!.slice(1), ctx.now, zone)]), status: 0 };
    return failWith([notYet('date MMDDhhmm (setting the date)')]);
  },
};
