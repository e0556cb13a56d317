// importvg [-y VolumeGroup] PhysicalVolume: the volume group a disk of the
// scope holds (one exportvg took out) comes back, varied on, under its old
// name or -y's; prints the name, as AIX does. Its file systems come with it
// (their stanzas, mount points under the importing scope's root). A disk
// with no volume group: 0516-1140 (INFERRED); a name in use: as mkvg's.
// -V -n -f -c -x -L and the others say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { importVg } from '../world/lvm.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: importvg [ [ [-V MajorNumber] [-y VGname] [-f] [-c] [-x] ] | [-L VGname] ] [-n] [-F] [-R] [-I] [-O] PVname'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'y', arg: 'VolumeGroup', doc: 'The name it gets (by default the one it had).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('V:fcxL:nFRIO'),
];

export const importvg: Command = {
  name: 'importvg',
  scope: 'any',
  summary: 'Bring back the volume group a disk holds (importvg -y name hdiskN)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Imports a new volume group definition from a set of physical volumes.', synopsis: ['importvg [-y VolumeGroup] PhysicalVolume'], examples: ['importvg -y datavg hdisk2'] },
  run(ctx) {
    const parsed = parseFlags(ctx, importvg);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1) return failWith(USAGE);
    const r = importVg(ctx.world, ctx.scope, parsed.operands[0]!, parsed.arg('y'), ctx.now);
    if (!r.ok) return failWith(worldErrorText('importvg', r.error));
    return { out: lines([r.value.name]), status: 0, world: r.value.world };
  },
};
