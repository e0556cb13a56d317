// rmdev: unconfigures a device: `rmdev -l hdiskN` puts a disk in the Defined
// state and prints "hdiskN Defined" (SOURCED: cmdcfg.msg info strings,
// reference 14.5); cfgmgr makes it Available again. Refused with the busy
// method error while a volume group on it is varied on, or, in the global
// environment, while it is exported to a WPAR. -d (delete), -R, -p say they
// are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { unconfigure } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { deviceNotFound, worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['rmdev: 0514-500 Usage error - ', 'Usage: rmdev -l Name [-d | -S] [-f File] [-q] [-R]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', arg: 'Name', doc: 'The device to unconfigure: it goes to the Defined state.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('dSf:qRp:'),
];

export const rmdev: Command = {
  name: 'rmdev',
  scope: 'any',
  summary: 'Unconfigure a device (rmdev -l hdiskN)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Removes a device from the system.',
    synopsis: ['rmdev -l Name'],

    examples: ['rmdev -l hdisk2'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, rmdev);
    if (isFailure(parsed)) return parsed;
    const name = parsed.arg('l');
    if (name === undefined || parsed.operands.length > 0) return failWith(USAGE);
    const r = unconfigure(ctx.world, ctx.scope, name);
    if (!r.ok) return failWith(r.error.code === 'cfg-not-found' ? deviceNotFound('rmdev', name) : worldErrorText('rmdev', r.error));
    return { out: lines([`${name} Defined`]), status: 0, world: r.value };
  },
};
