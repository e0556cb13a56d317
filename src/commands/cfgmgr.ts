// cfgmgr: configures devices that are not yet configured. Inside a WPAR it
// imports the disks exported to it since it started (Defined to Available),
// as the guide's "Allocate disk to a WPAR" walkthrough needs; in the global
// environment it configures Defined disks that are not exported (an exported
// disk is left alone: "no configuration operations are allowed on the device
// as long as it is in the global environment", reference 12.2). Silent, status
// 0, also when there is nothing new. -l Name: only that device (0514-612 when
// it does not exist, SOURCED cfgmgr.c). -v lists what it configured in the
// shape of cfgmgr's verbose log [INFERRED: reference 12.1 only says it prints
// each method run]. -f -s -p -i -u -c say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { configure } from '../world/devices.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { worldErrorText } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['cfgmgr: 0514-600 Usage error : ', 'Usage: cfgmgr [-f|-s|-p Phase] [-i Device] [-l Name] [-v]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', arg: 'Name', doc: 'Configures only this device.' },
  { flag: 'v', doc: 'Verbose: each device configured.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('fsp:i:u:c:'),
];

export const cfgmgr: Command = {
  name: 'cfgmgr',
  scope: 'any',
  summary: 'Configure devices (inside a WPAR: import disks given to it)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Configures devices and optionally installs device software into the system.',
    synopsis: ['cfgmgr [-l Name] [-v]'],

    examples: ['cfgmgr'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, cfgmgr);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    const r = configure(ctx.world, ctx.scope, parsed.arg('l'));
    if (!r.ok) return failWith(worldErrorText('cfgmgr', r.error));
    const log = parsed.has('v')
      ? [
          'cfgmgr is running in phase 2',
          '----------------',
          ...r.value.configured.flatMap((d) => [`Invoking /usr/lib/methods/cfgscsidisk -l ${d}`, `Method: /usr/lib/methods/cfgscsidisk -l ${d}, Return code = 0`]),
          'Exiting cfgmgr.',
        ]
      : [];
    return { out: lines(log), status: 0, world: r.value.configured.length > 0 ? r.value.world : undefined };
  },
};
