// mkdev -l Name: configures a defined device, as cfgmgr does for all of them:
// a disk rmdev put in the Defined state (or one a WPAR was given and has not
// configured yet, inside the WPAR) becomes Available, and "Name Available" is
// printed, also for one that already was (the cmdcfg info string, SOURCED
// reference 14.5, as rmdev's "Name Defined"). Adding a new device (-c -s -t,
// -a attributes) says it is not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { configure } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { deviceNotFound } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['mkdev: 0514-500 Usage error - ', 'Usage: mkdev -l Name [-h] [-p ParentName] [-w ConnectionLocation] [-a Attribute=Value ...] [-d | -S] [-f File] [-q]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', arg: 'Name', doc: 'The defined device to configure: it becomes Available.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('c:s:t:p:w:a:dSf:qhR'),
];

export const mkdev: Command = {
  name: 'mkdev',
  scope: 'any',
  summary: 'Configure a defined device (mkdev -l hdiskN)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Adds a device to the system.', synopsis: ['mkdev -l Name'], examples: ['rmdev -l hdisk2; mkdev -l hdisk2'] },
  run(ctx) {
    const parsed = parseFlags(ctx, mkdev);
    if (isFailure(parsed)) return parsed;
    const name = parsed.arg('l');
    if (name === undefined || parsed.operands.length > 0) return failWith(USAGE);
    const r = configure(ctx.world, ctx.scope, name);
    if (!r.ok) return failWith(deviceNotFound('mkdev', name));
    return { out: lines([`${name} Available`]), status: 0, world: r.value.world };
  },
};
