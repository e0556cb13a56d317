// refresh: asks SRC subsystems (-s Name or -g Group) to reread their
// configuration; the simulated daemons have nothing to reread, so an active
// one just says so: "0513-095 The request for subsystem refresh was
// completed successfully." An inoperative one: 0513-004 (both RECALLED).

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { runningOf } from '../world/subsystems.js';
import { notSimulated } from './lib/args.js';
import { errLine } from './lib/output.js';
import { asked } from './lib/src.js';

const USAGE = ['Usage: refresh [-h host] {-g group | -p pid | -s subsystem}'];

const FLAGS: readonly FlagSpec[] = [{ flag: 's', arg: 'Subsystem', doc: 'The subsystem.' }, { flag: 'g', arg: 'Group', doc: 'Every subsystem of a group.' }, ...notSimulated('h:p:')];

export const refresh: Command = {
  name: 'refresh',
  scope: 'any',
  summary: 'Refresh SRC subsystems (-s name, -g group)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Requests a refresh of a subsystem or group of subsystems.', synopsis: ['refresh -s Subsystem', 'refresh -g Group'], examples: ['refresh -s inetd', 'refresh -s syslogd'] },
  run(ctx) {
    const got = asked(ctx, refresh);
    if (!('which' in got)) return got;
    const { which } = got;
    const out: Chunk[] = [];
    let status = 0;
    for (const sub of which) {
      if (runningOf(ctx.world, ctx.scope, sub.name)) out.push({ text: '0513-095 The request for subsystem refresh was completed successfully.\n', stream: 'out' });
      else {
        out.push(errLine(`0513-004 The Subsystem or Group, ${sub.name}, is currently inoperative.`));
        status = 1;
      }
    }
    return { out, status };
  },
};
