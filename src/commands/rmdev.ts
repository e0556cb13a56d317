// rmdev: unconfigures a device: `rmdev -l hdiskN` puts a disk in the Defined
// state and prints "hdiskN Defined" (SOURCED: cmdcfg.msg info strings,
// reference 14.5); cfgmgr makes it Available again. Refused with the busy
// method error while a volume group on it is varied on, or, in the global
// environment, while it is exported to a WPAR. `rmdev -dl hdiskN` (global)
// deletes its definition: "hdiskN deleted" (same source); it is in no list
// until the global cfgmgr finds it again. -d inside a WPAR, -R, -p say they
// are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { deleteDisk, unconfigure } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { deviceNotFound, notYet, worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['rmdev: 0514-500 Usage error - ', 'Usage: rmdev -l Name [-d | -S] [-f File] [-q] [-R]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', arg: 'Name', doc: 'The device to unconfigure: it goes to the Defined state.' },
  { flag: 'd', doc: 'Deletes the definition too (global environment): cfgmgr finds the disk again.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('Sf:qRp:'),
];

export const rmdev: Command = {
  name: 'rmdev',
  scope: 'any',
  summary: 'Unconfigure a device (rmdev -l hdiskN)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Removes a device from the system.',
    synopsis: ['rmdev -l Name', 'rmdev -d -l Name'],

    examples: ['rmdev -l hdisk2', 'rmdev -dl hdisk2'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, rmdev);
    if (isFailure(parsed)) return parsed;
    const name = parsed.arg('l');
    if (name === undefined || parsed.operands.length > 0) return failWith(USAGE);
    const remove = parsed.has('d');
    if (remove && ctx.scope.kind === 'wpar') return failWith([notYet('rmdev -d inside a workload partition')]);
    const r = remove ? deleteDisk(ctx.world, name) : unconfigure(ctx.world, ctx.scope, name);
    if (!r.ok) return failWith(r.error.code === 'cfg-not-found' ? deviceNotFound('rmdev', name) : worldErrorText('rmdev', r.error));
    return { out: lines([`${name} ${remove ? 'deleted' : 'Defined'}`]), status: 0, world: r.value };
  },
};
