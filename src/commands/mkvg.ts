// mkvg: makes a volume group on free disks of the scope: in the global
// environment on disks that are not exported, inside a WPAR on the disks
// exported to it once cfgmgr has configured them (guide "Devices": volume
// groups can be created within the WPAR). Prints the new name, after
// "0516-1254 mkvg: Changing the PVID in the ODM." for each disk that had no
// PVID [RECALLED, medium]. -y Name (default vg00, vg01, ...), -s PPsize.
// Errors: 0516-306, 0516-1398, 0516-360 (messages.ts). -f and the others say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { makeVg, vgsIn } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: mkvg [-B | -S] [-C | -c [-x]] [-f] [-G] [-i] [-n] [-p partitions] [-s size] [-t factor] [-V MajorNumber] [-y VGname] PVname...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'y', arg: 'VolumeGroup', doc: 'The name; by default vg00, vg01, ...' },
  { flag: 's', arg: 'PPsize', doc: 'The physical partition size in megabytes (default 64).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('BSCcxfGinp:t:V:'),
];

export const mkvg: Command = {
  name: 'mkvg',
  scope: 'any',
  summary: 'Make a volume group (mkvg -y name hdiskN)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Creates a volume group.',
    synopsis: ['mkvg [-y VolumeGroup] [-s PPsize] PhysicalVolume ...'],

    examples: ['mkvg -y datavg hdisk2'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, mkvg);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length === 0) return failWith(['0516-1374 mkvg: Physical volume name not entered.', ...USAGE]);
    const size = parsed.arg('s');
    if (size !== undefined && !/^(1|2|4|8|16|32|64|128|256|512|1024)$/.test(size)) return failWith(USAGE);
    const taken = new Set(vgsIn(ctx.world, ctx.scope).map((v) => v.name));
    let name = parsed.arg('y');
    // A volume group's name: at most 15 letters, digits, _ - . (AIX's LVM; the number and wording INFERRED).
    if (name !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/.test(name)) return failWith([`0516-1335 mkvg: ${name} is not a valid volume group name.`, ...USAGE]);
    for (let n = 0; name === undefined; n++) if (!taken.has(`vg${String(n).padStart(2, '0')}`)) name = `vg${String(n).padStart(2, '0')}`;
    const r = makeVg(ctx.world, ctx.scope, name, parsed.operands, size === undefined ? undefined : Number(size));
    if (!r.ok) return failWith(worldErrorText('mkvg', r.error));
    return { out: lines([...r.value.newPvids.map(() => '0516-1254 mkvg: Changing the PVID in the ODM.'), name]), status: 0, world: r.value.world };
  },
};
