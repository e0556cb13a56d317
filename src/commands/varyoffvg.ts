// varyoffvg: deactivates a volume group of the scope. Silent on success;
// rootvg stays varied on (its logical volumes are open: 0516-012, messages.ts).

import type { Command, FlagSpec } from '../engine/contract.js';
import { varyVg } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet, worldErrorText } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: varyoffvg [-s] VolumeGroup'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('s')];

export const varyoffvg: Command = {
  name: 'varyoffvg',
  scope: 'any',
  summary: 'Deactivate a volume group',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Deactivates a volume group.', synopsis: ['varyoffvg VolumeGroup'], examples: ['varyoffvg datavg'] },
  run(ctx) {
    const parsed = parseFlags(ctx, varyoffvg);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length > 0) return failWith([notYet('varyoffvg -s')]);
    if (parsed.operands.length !== 1) return failWith(['Usage: varyoffvg [-s] VolumeGroup']);
    const r = varyVg(ctx.world, ctx.scope, parsed.operands[0]!, false);
    return r.ok ? { out: [], status: 0, world: r.value } : failWith(worldErrorText('varyoffvg', r.error));
  },
};
