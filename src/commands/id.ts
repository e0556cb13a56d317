// id: the identity of root on AIX 7 (uid 0, primary group system, the
// default supplementary groups). `id USER` and the flags say they are not
// supported yet. [RECALLED: AIX 7.x root's default group set]

import type { Command } from '../engine/contract.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const id: Command = {
  name: 'id',
  scope: 'any',
  summary: 'Print user and group IDs',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays the user and group IDs.', synopsis: ['id'], examples: ['id'] },
  run(ctx) {
    if (ctx.argv.length > 1) return failWith([notYet(`id ${ctx.argv.slice(1).join(' ')}`)]);
    return { out: lines(['uid=0(root) gid=0(system) groups=2(bin),3(sys),7(security),8(cron),10(audit),11(lp)']), status: 0 };
  },
};
