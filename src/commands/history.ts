// history: the ksh built-in alias for `fc -l`: the last 16 commands, numbered
// from the start of the session, "N<TAB>command". `history N` lists from
// command N on. [RECALLED: ksh88 fc -l format]

import type { Command } from '../engine/contract.js';
import { failWith, lines } from './lib/output.js';

export const history: Command = {
  name: 'history',
  scope: 'any',
  summary: 'List the commands typed so far',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Lists the commands entered in this shell.',
    synopsis: ['history [First]'],
    operands: [['First', 'Lists from command number First on; without it, the last 16.']],
    examples: ['history'],
  },
  run(ctx) {
    const all = ctx.history;
    const arg = ctx.argv[1];
    if (arg !== undefined && !/^\d+$/.test(arg)) return failWith([`ksh: history: ${arg}: bad number`]);
    const from = arg !== undefined ? Math.max(1, Number(arg)) : Math.max(1, all.length - 15);
    const shown = [];
    for (let n = from; n <= all.length; n++) shown.push(`${n}\t${all[n - 1]}`);
    return { out: lines(shown), status: 0 };
  },
};
