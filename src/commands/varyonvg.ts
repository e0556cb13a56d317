// varyonvg: activates a volume group of the scope. Silent on success.
// Unknown volume group: 0516-306 (messages.ts). Flags other than the name say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { varyVg } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet, worldErrorText } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: varyonvg [-b] [-c] [-f] [-n] [-p] [-r] [-s] [-u] VolumeGroup'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('bcfnprsu')];

export const varyonvg: Command = {
  name: 'varyonvg',
  scope: 'any',
  summary: 'Activate a volume group',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Activates a volume group.', synopsis: ['varyonvg VolumeGroup'], examples: ['varyonvg datavg'] },
  run(ctx) {
    const parsed = parseFlags(ctx, varyonvg);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length > 0) return failWith([notYet(`varyonvg -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length !== 1) return failWith(['Usage: varyonvg [-b] [-c] [-f] [-n] [-p] [-r] [-s] [-u] VolumeGroup']);
    const r = varyVg(ctx.world, ctx.scope, parsed.operands[0]!, true);
    return r.ok ? { out: [], status: 0, world: r.value } : failWith(worldErrorText('varyonvg', r.error));
  },
};
