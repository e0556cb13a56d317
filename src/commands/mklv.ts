// mklv [-y NewLogicalVolume] [-t Type] VolumeGroup NumberOfLPs|Size[M|G]:
// a logical volume with no file system on it, in a volume group of the
// scope; prints its name (lv00, lv01, ... by default). Sizes in M or G take
// whole partitions. Not enough free partitions: 0516-404 and 0516-822 (as
// crfs shows them, SOURCED reference 17.1). A name already used by a logical
// volume: 0516-370 (RECALLED, medium); a bad size or name: 0516-1210 and
// 0516-1320 (numbers INFERRED). The other flags (-c copies, -e, -u,
// -x, PVs to place it on) say they are not supported yet, as do PV operands.

import type { Command, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { makeLv } from '../world/lvm.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { allLogicalVolumes, vgPps } from './lib/lvm.js';
import { mklvFailed, notYet, worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = [
  'Usage: mklv [-a IntraPolicy] [-b BadBlocks] [-c Copies] [-d Schedule] [-e InterPolicy]',
  '\t[-i] [-L Label] [-m MapFile] [-r Relocate] [-s Strict] [-t Type] [-u UpperBound]',
  '\t[-v Verify] [-w MWC] [-x MaxLPs] [-y LVname] [-S StripeSize] [-Y Prefix]',
  '\tVGname NumberOfLPs [PVname...]',
];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'y', arg: 'LVname', doc: 'The name; by default lv00, lv01, ...' },
  { flag: 't', arg: 'Type', doc: 'jfs2 (the default), jfs2log, paging, raw, ...' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('a:b:c:d:e:iL:m:r:s:u:v:w:x:S:Y:'),
];

/** Partitions for "NumberOfLPs" or a size with M or G (whole partitions). */
function partitions(text: string, ppSizeMB: number): number | undefined {
  const m = /^(\d+)([MmGg]?)$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n <= 0) return undefined;
  if (m[2] === '') return n;
  const mb = m[2]!.toUpperCase() === 'G' ? n * 1024 : n;
  return Math.ceil(mb / ppSizeMB);
}

export const mklv: Command = {
  name: 'mklv',
  scope: 'any',
  summary: 'Make a logical volume (mklv -y name VG LPs)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Creates a logical volume.', synopsis: ['mklv [-y LVname] [-t Type] VGname NumberOfLPs|Size'], examples: ['mklv -y applv datavg 4', 'mklv -t jfs2 -y datalv datavg 512M'] },
  run(ctx) {
    const parsed = parseFlags(ctx, mklv);
    if (isFailure(parsed)) return parsed;
    const [vgName, size, ...pvs] = parsed.operands;
    if (vgName === undefined || size === undefined) return failWith(USAGE);
    if (pvs.length > 0) return failWith([notYet('mklv with physical volumes named')]);
    const vg = vgsIn(ctx.world, ctx.scope).find((v) => v.name === vgName && v.active);
    if (!vg) return failWith(worldErrorText('mklv', { code: 'vg-not-found', vg: vgName }));
    const lps = partitions(size, vg.ppSizeMB);
    if (lps === undefined) return failWith([`0516-1210 mklv: ${size} is not a valid number of logical partitions or size.`, ...USAGE]);
    const taken = new Set(allLogicalVolumes(ctx.world).map((e) => e.lv.name));
    let name = parsed.arg('y');
    if (name !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/.test(name)) return failWith([`0516-1320 mklv: ${name} is not a valid logical volume name.`, ...USAGE]);
    if (name !== undefined && taken.has(name)) return failWith([`0516-370 mklv: Logical volume name ${name} already exists.`]);
    for (let n = 0; name === undefined; n++) if (!taken.has(`lv${String(n).padStart(2, '0')}`)) name = `lv${String(n).padStart(2, '0')}`;
    const { total, used } = vgPps(ctx.world, vg);
    if (lps > total - used) return failWith(mklvFailed());
    return { out: lines([name]), status: 0, world: makeLv(ctx.world, vg, { name, type: parsed.arg('t') ?? 'jfs2', lps }) };
  },
};
