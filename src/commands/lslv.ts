// lslv LogicalVolume: one logical volume's characteristics, in the two
// columns AIX prints. The volume groups of the scope only (inside a WPAR, the
// ones it made). Format SOURCED: `lslv hd1` in a Chef AIX LVM cookbook's tests
// (AIX 7, the fifteen lines down to INFINITE RETRY); the identifier is the
// volume group's and the volume's number in it. Unknown: 0516-306 lslv
// (the lsvg wording, INFERRED for lslv). -l -m -p -n say they are not
// supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { allLogicalVolumes } from './lib/lvm.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lslv [-L] [-l | -m] [-n DescriptorPV] LVname', '       lslv [-L] [-n DescriptorPV] -p PVname [LVname]'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('Llmn:p:')];

const pair = (a: string, b: string, c: string, d: string) => `${a.padEnd(20)}${(b + ' ').padEnd(23)}${c.padEnd(16)}${d}`;

export const lslv: Command = {
  name: 'lslv',
  scope: 'any',
  summary: "A logical volume's characteristics",
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Displays information about a logical volume.', synopsis: ['lslv LogicalVolume'], examples: ['lslv hd4', 'lslv fslv00'] },
  run(ctx) {
    const parsed = parseFlags(ctx, lslv);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const name = parsed.operands[0]!;
    const mine = new Set(vgsIn(ctx.world, ctx.scope));
    const found = allLogicalVolumes(ctx.world).find((e) => e.lv.name === name && mine.has(e.vg));
    if (!found) return failWith([`0516-306 lslv: Unable to find ${name} in the Device`, '\tConfiguration Database.']);
    const { lv, vg, index } = found;
    const label = lv.mount === 'N/A' ? 'None' : lv.mount;
    return {
      out: lines([
        pair('LOGICAL VOLUME:', lv.name, 'VOLUME GROUP:', vg.name),
        pair('LV IDENTIFIER:', `${vg.vgid}.${index}`, 'PERMISSION:', 'read/write'),
        pair('VG STATE:', vg.active ? 'active/complete' : 'inactive', 'LV STATE:', lv.open ? 'opened/syncd' : 'closed/syncd'),
        pair('TYPE:', lv.type, 'WRITE VERIFY:', 'off'),
        pair('MAX LPs:', String(Math.max(512, lv.lps)), 'PP SIZE:', `${vg.ppSizeMB} megabyte(s)`),
        pair('COPIES:', '1', 'SCHED POLICY:', 'parallel'),
        pair('LPs:', String(lv.lps), 'PPs:', String(lv.lps)),
        pair('STALE PPs:', '0', 'BB POLICY:', 'relocatable'),
        pair('INTER-POLICY:', 'minimum', 'RELOCATABLE:', 'yes'),
        pair('INTRA-POLICY:', vg.name === 'rootvg' && lv.name.startsWith('hd') ? 'center' : 'middle', 'UPPER BOUND:', '32'),
        pair('MOUNT POINT:', lv.mount, 'LABEL:', label),
        'MIRROR WRITE CONSISTENCY: on/ACTIVE',
        'EACH LP COPY ON A SEPARATE PV ?: yes',
        'Serialize IO ?:     NO',
        'INFINITE RETRY:     no',
      ]),
      status: 0,
    };
  },
};
