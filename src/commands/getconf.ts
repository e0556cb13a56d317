// getconf: system configuration values: getconf NAME (KERNEL_BITMODE,
// HARDWARE_BITMODE, REAL_MEMORY, BOOT_DEVICE, MACHINE_ARCHITECTURE, ...),
// getconf NAME Path for the path-dependent ones (PATH_MAX, NAME_MAX,
// LINK_MAX), getconf DISK_SIZE /dev/hdiskN, and -a for them all. Names and
// values RECALLED from AIX 7 (KERNEL_BITMODE's "64" SOURCED: chef/ohai's
// kernel plugin fixture). An unknown name: INFERRED message, status 1.

import type { Command } from '../engine/contract.js';
import { findDisk } from '../world/devices.js';
import { LOGICAL_CPUS, MEMORY_MB } from '../world/system.js';
import { failWith, lines } from './lib/output.js';

const SYSTEM: readonly [string, string][] = [
  ['ARG_MAX', '1048576'],
  ['BOOT_DEVICE', 'hdisk0'],
  ['CHILD_MAX', '128'],
  ['CLK_TCK', '100'],
  ['HARDWARE_BITMODE', '64'],
  ['KERNEL_BITMODE', '64'],
  ['LINE_MAX', '2048'],
  ['LOGIN_NAME_MAX', '9'],
  ['MACHINE_ARCHITECTURE', 'chrp'],
  ['MP_CAPABLE', '1'],
  ['NGROUPS_MAX', '2048'],
  ['NPROCESSORS_CONF', String(LOGICAL_CPUS)],
  ['NPROCESSORS_ONLN', String(LOGICAL_CPUS)],
  ['OPEN_MAX', '65534'],
  ['PAGESIZE', '4096'],
  ['PAGE_SIZE', '4096'],
  ['REAL_MEMORY', String(MEMORY_MB * 1024)],
  ['STREAM_MAX', '32767'],
  ['TZNAME_MAX', '255'],
];
const PATHS: readonly [string, string][] = [
  ['LINK_MAX', '32767'],
  ['NAME_MAX', '255'],
  ['PATH_MAX', '1023'],
  ['PIPE_BUF', '32768'],
];

export const getconf: Command = {
  name: 'getconf',
  scope: 'any',
  summary: 'System configuration values (getconf KERNEL_BITMODE)',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Writes system configuration variable values to standard output.',
    synopsis: ['getconf Name', 'getconf Name Path', 'getconf DISK_SIZE /dev/hdiskN', 'getconf -a'],
    examples: ['getconf KERNEL_BITMODE', 'getconf REAL_MEMORY', 'getconf PATH_MAX /'],
  },
  run(ctx) {
    const [name, path, extra] = ctx.argv.slice(1);
    if (name === '-a' && path === undefined) return { out: lines([...SYSTEM, ...PATHS].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k.padEnd(32)}${v}`)), status: 0 };
    if (name === undefined || extra !== undefined)
      return failWith(['Usage: getconf SystemwideConfiguration', '       getconf PathConfiguration Pathname', '       getconf DeviceVariable DeviceName', '       getconf -a'], 2);
    if (name === 'DISK_SIZE') {
      const disk = path?.startsWith('/dev/') ? findDisk(ctx.world, path.slice(5)) : undefined;
      if (!disk) return failWith([`getconf: ${path ?? ''}: A file or directory in the path name does not exist.`], 1);
      return { out: lines([String(disk.sizeMB)]), status: 0 };
    }
    const table = path === undefined ? SYSTEM : PATHS;
    const found = table.find(([k]) => k === name);
    if (!found) return failWith([`getconf: ${name}: Invalid variable name.`], 1);
    return { out: lines([found[1]]), status: 0 };
  },
};
