// lscfg: the installed devices (lib/prtconf.ts's resource list, as prtconf
// ends), -l Name one device's line, -v its vital product data (for a disk:
// manufacturer, machine type, ROS level, serial number; for a processor or
// adapter: its kind). Inside a WPAR only the devices it has. Layout RECALLED
// from AIX 7; the product data simulated. -p (platform data) says it is not
// supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { findDisk } from '../world/devices.js';
import { devicesIn } from '../world/views.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';
import { resourceList } from './lib/prtconf.js';

const USAGE = ['Usage: lscfg [-v] [-p] [-s] [-l Name]'];
const FLAGS: readonly FlagSpec[] = [{ flag: 'v', doc: 'The vital product data too.' }, { flag: 'l', arg: 'Name', doc: 'Only this device (a * pattern picks several).' }, ...notSimulated('ps')];

function vpd(name: string, world: Parameters<typeof devicesIn>[0]): string[] {
  const disk = findDisk(world, name);
  if (disk)
    return [
      '',
      '        Manufacturer................IBM',
      '        Machine Type and Model......1814      FAStT',
      '        ROS Level and ID............30393134',
      `        Serial Number...............${disk.pvid === 'none' ? '' : disk.pvid.slice(4, 12).toUpperCase()}`,
      '        Device Specific.(Z0)........0000053245005032',
      '',
    ];
  if (/^proc\d+$/.test(name)) return ['', '      Device Specific.(YL)........U9009.42A.F9C4904-V1-C0', ''];
  return [''];
}

export const lscfg: Command = {
  name: 'lscfg',
  scope: 'any',
  summary: 'Installed devices and their vital product data (-vl hdisk0)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays configuration, diagnostic, and vital product data (VPD) information about the system.',
    synopsis: ['lscfg [-v] [-l Name]'],
    examples: ['lscfg', 'lscfg -vl hdisk1', 'lscfg -l "hdisk*"'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lscfg);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE, 1);
    const name = parsed.arg('l');
    if (name === undefined) return { out: lines(resourceList(ctx.world, ctx.scope)), status: 0 };
    const pattern = new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    const chosen = devicesIn(ctx.world, ctx.scope, false).filter((d) => pattern.test(d.name));
    if (chosen.length === 0) return failWith([`lscfg: device ${name} not found.`], 1);
    const out = chosen.flatMap((d) => [`  ${d.name.padEnd(16)} ${d.location.padEnd(48)} ${d.description}`, ...(parsed.has('v') ? vpd(d.name, ctx.world) : [])]);
    return { out: lines(out), status: 0 };
  },
};
