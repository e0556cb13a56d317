// extendvg VolumeGroup PhysicalVolume ...: free, configured disks of the
// scope join a volume group (in a WPAR, disks it was given and configured).
// A disk without a PVID gets one: "0516-1254 extendvg: Changing the PVID in
// the ODM." (as mkvg says it, RECALLED, medium). Errors as mkvg's (0516-306,
// 0516-1398). -f and the others say they are not supported yet.

import type { Command } from '../engine/contract.js';
import { extendVg } from '../world/lvm.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: extendvg [-f] VGname PVname...'];

export const extendvg: Command = {
  name: 'extendvg',
  scope: 'any',
  summary: 'Add disks to a volume group',
  flags: [...notSimulated('f')],
  usage: USAGE,
  manual: { purpose: 'Adds physical volumes to a volume group.', synopsis: ['extendvg VolumeGroup PhysicalVolume ...'], examples: ['extendvg datavg hdisk3'] },
  run(ctx) {
    const parsed = parseFlags(ctx, extendvg);
    if (isFailure(parsed)) return parsed;
    const [vg, ...disks] = parsed.operands;
    if (vg === undefined || disks.length === 0) return failWith(USAGE);
    const r = extendVg(ctx.world, ctx.scope, vg, disks);
    if (!r.ok) return failWith(worldErrorText('extendvg', r.error));
    return { out: lines(r.value.newPvids.map(() => '0516-1254 extendvg: Changing the PVID in the ODM.')), status: 0, world: r.value.world };
  },
};
