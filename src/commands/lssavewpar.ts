// lssavewpar: lists the files in a WPAR backup image (-f, default /dev/rmt0),
// as `restore -T` does: the image's own files under ./.savewpar_dir first,
// then every directory and file of the WPAR's local file systems. -l -L -M
// -N -a -c -D -V -b say they are not supported yet.
// Format: reference 11.1 names the command; the ./ listing is restore -T's
// (RECALLED medium).

import type { Command, FlagSpec } from '../engine/contract.js';
import { readImage } from '../world/backup.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { imageErrorLines } from './lib/backup.js';
import { resolve } from './lib/files.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lssavewpar [-b blocks] [-f device] [-a] [-c] [-D] [-l | -L | -M | -N] [-V]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'f', arg: 'Device', doc: 'The backup file or tape; /dev/rmt0 by default.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('b:acDlLMNV'),
];

export const lssavewpar: Command = {
  name: 'lssavewpar',
  scope: 'global',
  summary: 'List the files in a workload partition backup image',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Lists the contents of a workload partition backup.',
    synopsis: ['lssavewpar [-f Device]'],

    examples: ['lssavewpar -f /tmp/wpar1_backup.bff'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lssavewpar);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    const device = parsed.arg('f') ?? '/dev/rmt0';
    const image = readImage(ctx.world, resolve(ctx, device).global);
    if (!image.ok) return failWith(imageErrorLines('lssavewpar', image.error, device));
    const paths = ['./.savewpar_dir', './.savewpar_dir/wpar.spec', './.savewpar_dir/image.data'];
    for (const [dir, nodes] of Object.entries(image.value.files)) {
      for (const rel of Object.keys(nodes).sort()) {
        if (rel === '') {
          if (dir === '/') paths.push('.');
          continue;
        }
        paths.push(`./${dir === '/' ? rel : `${dir.slice(1)}/${rel}`}`);
      }
    }
    return { out: lines(paths), status: 0 };
  },
};
