// exportvg VolumeGroup: a varied-off volume group leaves the system's
// definitions (lsvg no longer lists it); its disks keep it, and importvg
// brings it back, here or, for disks given to a WPAR, inside the WPAR (the
// way a volume group moves between the global environment and a WPAR).
// Silent on success; a varied-on one: 0516-764 (RECALLED, medium); unknown:
// 0516-306 (SOURCED wording, reference 17.1).

import type { Command } from '../engine/contract.js';
import { exportVg } from '../world/lvm.js';
import { isFailure, parseFlags } from './lib/args.js';
import { worldErrorText } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: exportvg VGname'];

export const exportvg: Command = {
  name: 'exportvg',
  scope: 'any',
  summary: 'Take a varied-off volume group out of the system (importvg brings it back)',
  flags: [],
  usage: USAGE,
  manual: { purpose: 'Exports the definition of a volume group from a set of physical volumes.', synopsis: ['exportvg VolumeGroup'], examples: ['varyoffvg datavg; exportvg datavg'] },
  run(ctx) {
    const parsed = parseFlags(ctx, exportvg);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const r = exportVg(ctx.world, ctx.scope, parsed.operands[0]!);
    if (!r.ok) return failWith(worldErrorText('exportvg', r.error));
    return { out: [], status: 0, world: r.value };
  },
};
