// savewpar: backs up a system WPAR (its configuration and the files of its
// local file systems) to a file in the simulated tree or a simulated tape
// (-f, default /dev/rmt0). -i, -m and -X are accepted (image.data and /tmp
// expansion have nothing to do here); the other flags (-a -A -B -b -e -N -p -T
// -v -V -Z -P) say they are not supported yet. Rootvg and application WPARs
// cannot be saved yet.
// Output: reference 11.1 (RECALLED medium); the file count is the image's.

import type { Command, FlagSpec } from '../engine/contract.js';
import { fileCount, imageOf, isMissingTape, writeImage } from '../world/backup.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { backupOutput } from './lib/lifecycle.js';
import { cannotOpen, notFound, notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: savewpar [-a] [-A] [-B] [-b Blocks] [-e] [-f Device] [-i | -m] [-N] [-p] [-T] [-v] [-V] [-X] [-Z] [-P] WparName'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'f', arg: 'Device', doc: 'The file or tape to write; /dev/rmt0 by default.' },
  { flag: 'i', doc: 'Regenerates the image.data file first.' },
  { flag: 'X', doc: 'Expands /tmp if needed.' },
  { flag: 'm', doc: 'Regenerates the map files first (the image is the same in wparsim).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('aABb:eNpTvVZP'),
];

export const savewpar: Command = {
  name: 'savewpar',
  scope: 'global',
  summary: 'Back up a workload partition to a file or tape (-f)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Finds and backs up all files belonging to a specified workload partition.',
    synopsis: ['savewpar [-f Device] [-i | -m] [-X] WparName'],

    examples: ['savewpar -f /tmp/wpar1_backup.bff wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, savewpar);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length !== 1 || (parsed.has('i') && parsed.has('m'))) return failWith(USAGE);
    const name = parsed.operands[0]!;
    const wpar = findWpar(ctx.world, name);
    if (!wpar) return failWith([notFound('savewpar', name)]);
    const image = imageOf(ctx.world, wpar, ctx.now);
    if (!image.ok) {
      return failWith([notYet('savewpar of an application WPAR')]);
    }
    const device = parsed.arg('f') ?? '/dev/rmt0';
    if (isMissingTape(device)) return failWith([cannotOpen('savewpar', device, ERRNO.ENOENT)]);
    const written = writeImage(ctx.world, resolve(ctx, device).global, image.value, ctx.now);
    if (!written.ok) return failWith([cannotOpen('savewpar', device, ERRNO[written.error])]);
    const count = fileCount(image.value.files);
    return {
      out: backupOutput('savewpar', `Creating information file for workload partition ${name}.`, count, 'files (100%)'),
      status: 0,
      world: written.value,
    };
  },
};
