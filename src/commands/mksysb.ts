// mksysb [-i | -m] [-X] Device|File: a system backup of the global root
// volume group (the files of /, /usr, /var, /tmp, /home, /opt) to a file in
// the simulated tree or a simulated tape; mkwpar -t -B makes a system copy
// WPAR from it. The WPARs' own file systems under /wpars are not in it. Other
// flags (-e -b -F -M -p -P -t -T -V -Z -G -N -a -A) say they are not
// supported yet.
// Output: the backup trailer 0512-038 of reference 11.1 (RECALLED medium);
// the image.data and "files backed up" lines RECALLED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { fileCount, MKSYSB_MAGIC, writeTagged } from '../world/backup.js';
import { rootvgFiles } from '../world/wparfs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { backupOutput } from './lib/lifecycle.js';
import { cannotOpen } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: mksysb [-a] [-A] [-b Number] [-e] [-F filename] [-i | -m] [-M] [-p] [-P] [-t argument] [-T] [-V] [-X] [-Z] [-G | -N] Device | File'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'i', doc: 'Generates a new /image.data file first.' },
  { flag: 'm', doc: 'Generates a new /image.data file with logical volume maps.' },
  { flag: 'X', doc: 'Expands /tmp if needed.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('aAb:eF:MpPt:TVZGN'),
];

export const mksysb: Command = {
  name: 'mksysb',
  scope: 'global',
  summary: 'Back up the root volume group to a file or tape (a system image)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Creates an installable image of the root volume group either in a file or onto a bootable tape.',
    synopsis: ['mksysb [-i | -m] [-X] Device | File'],

    examples: ['mksysb -i /mksysb_images/backupname'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, mksysb);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1 || (parsed.has('i') && parsed.has('m'))) return failWith(USAGE);
    const device = parsed.operands[0]!;
    const files = rootvgFiles(ctx.world);
    const image = { date: ctx.now, oslevel: ctx.world.lpar.osLevel, files };
    const written = writeTagged(ctx.world, resolve(ctx, device).global, MKSYSB_MAGIC, image, ctx.now);
    if (!written.ok) return failWith([cannotOpen('mksysb', device, ERRNO[written.error])]);
    const count = fileCount(files);
    return {
      out: backupOutput('mksysb', 'Creating information file (/image.data) for rootvg.', count, 'files backed up (100%)'),
      status: 0,
      world: written.value,
    };
  },
};
