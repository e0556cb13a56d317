// reducevg VolumeGroup PhysicalVolume ...: disks leave a volume group; when
// the last one leaves, the volume group is gone: "ldeletepv: Volume Group
// deleted since it contains no physical volumes." (RECALLED). Partitions in
// use must fit on the disks that stay (logical volumes are placed from the
// first disk on): else 0516-016 (RECALLED, medium) and 0516-884 (INFERRED),
// and nothing changes.
// -d (delete the logical volumes too) and -f say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { reduceVg } from '../world/lvm.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { totalPps, vgPps } from './lib/lvm.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: reducevg [-d] [-f] VGname PVname...'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('df')];

export const reducevg: Command = {
  name: 'reducevg',
  scope: 'any',
  summary: 'Remove disks from a volume group',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Removes physical volumes from a volume group.', synopsis: ['reducevg VolumeGroup PhysicalVolume ...'], examples: ['reducevg datavg hdisk3'] },
  run(ctx) {
    const parsed = parseFlags(ctx, reducevg);
    if (isFailure(parsed)) return parsed;
    const [vgName, ...disks] = parsed.operands;
    if (vgName === undefined || disks.length === 0) return failWith(USAGE);
    const vg = vgsIn(ctx.world, ctx.scope).find((v) => v.name === vgName);
    if (vg) {
      const staying = ctx.world.disks.filter((d) => vg.disks.includes(d.name) && !disks.includes(d.name)).reduce((n, d) => n + totalPps(d.sizeMB, vg.ppSizeMB), 0);
      if (vgPps(ctx.world, vg).used > staying) {
        const first = disks[0]!;
        return failWith([
          `0516-016 ldeletepv: Cannot delete physical volume with allocated`,
          '\tpartitions. Use either migratepv to move the partitions or',
          '\treducevg with the -d option to delete the partitions.',
          `0516-884 reducevg: Unable to remove physical volume ${first}.`,
        ]);
      }
    }
    const r = reduceVg(ctx.world, ctx.scope, vgName, disks);
    if (!r.ok) return failWith(worldErrorText('reducevg', r.error));
    return { out: lines(r.value.deleted ? ['ldeletepv: Volume Group deleted since it contains no physical volumes.'] : []), status: 0, world: r.value.world };
  },
};
