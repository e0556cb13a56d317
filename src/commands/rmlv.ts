// rmlv [-f] LogicalVolume ...: removes logical volumes mklv made. Without -f
// it asks first and reads the answer from standard input (y or yes removes;
// anything else keeps it); with nothing there (at the prompt) it says that
// reading the keys is not supported yet. Each removed: "rmlv: Logical volume
// NAME is removed." (SOURCED: rmwpar's output, reference). A file system's
// logical volume is removed with rmfs here (rmlv of one says it is not
// supported yet); an unknown name: 0516-306 (the lsvg wording, INFERRED).
// The warning's wording RECALLED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { removeLv } from '../world/lvm.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { allLogicalVolumes } from './lib/lvm.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, line } from './lib/output.js';

const USAGE = ['Usage: rmlv [-f] [-p PVname] LVname...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'f', doc: 'Removes without asking.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('p:B'),
];

export const rmlv: Command = {
  name: 'rmlv',
  scope: 'any',
  summary: 'Remove logical volumes mklv made (-f: without asking)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Removes logical volumes from a volume group.', synopsis: ['rmlv [-f] LogicalVolume ...'], examples: ['rmlv -f applv', 'echo y | rmlv applv'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rmlv);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length === 0) return failWith(USAGE);
    // The question is answered from standard input; at the prompt there is nothing there yet (as passwd says).
    if (!parsed.has('f') && ctx.stdin === '')
      return failWith(['wparsim: rmlv reading its answer from the keys at the prompt is not supported yet; rmlv -f removes without asking, or give the answer on standard input (echo y | rmlv NAME)']);
    const mine = new Set(vgsIn(ctx.world, ctx.scope).map((v) => v.vgid));
    let world = ctx.world;
    const out = [];
    let status = 0;
    const answers = ctx.stdin.split('\n');
    let read = 0;
    for (const name of parsed.operands) {
      const found = allLogicalVolumes(world).find((e) => e.lv.name === name && mine.has(e.vg.vgid));
      if (!found) {
        out.push(errLine(`0516-306 rmlv: Unable to find ${name} in the Device`), errLine('\tConfiguration Database.'));
        status = 1;
        continue;
      }
      if (!(world.lvs ?? []).some((l) => l.name === name)) {
        out.push(errLine(notYet(`rmlv of ${name}, a file system's or the system's logical volume (rmfs removes a file system)`)));
        status = 1;
        continue;
      }
      if (!parsed.has('f')) {
        out.push(line(`Warning, all data contained on logical volume ${name} will be destroyed.`), { text: 'rmlv: Do you wish to continue? y(es) n(o)? ', stream: 'out' as const });
        const answer = (answers[read++] ?? '').trim();
        if (answer !== 'y' && answer !== 'yes') {
          out.push(line(''));
          continue;
        }
      }
      world = removeLv(world, name);
      out.push(line(`rmlv: Logical volume ${name} is removed.`));
    }
    const consumed = answers.slice(0, read).join('\n').length + (read > 0 ? 1 : 0);
    return { out, status, world, ...(read > 0 ? { effects: [{ kind: 'consume' as const, chars: Math.min(consumed, ctx.stdin.length) }] } : {}) };
  },
};
