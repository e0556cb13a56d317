// bootinfo: boot and hardware facts: -K the kernel's bit mode (64), -y the
// hardware's (64), -r real memory in KB, -b the boot disk, -s Disk its size
// in MB, -p the platform (chrp), -z multiprocessor (1). Values as getconf
// and lsattr give them (world/system.ts); "64" for -K SOURCED from Oracle's
// AIX install notes. Other flags say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { findDisk } from '../world/devices.js';
import { MEMORY_MB } from '../world/system.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: bootinfo {-a | -b | -c | -e | -k | -K | -m | -o Device | -p | -r | -s Disk | -t | -T | -y | -z}'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'K', doc: 'The running kernel: 64 (bits).' },
  { flag: 'y', doc: 'The hardware: 64 (bits).' },
  { flag: 'r', doc: 'Real memory, in KB.' },
  { flag: 'b', doc: 'The disk the system booted from.' },
  { flag: 's', arg: 'Disk', doc: 'The size of a disk, in MB.' },
  { flag: 'p', doc: 'The hardware platform (chrp).' },
  { flag: 'z', doc: '1 for a multiprocessor system.' },
  ...notSimulated('acekmo:tT'),
];

export const bootinfo: Command = {
  name: 'bootinfo',
  scope: 'global',
  summary: 'Boot and hardware facts (bootinfo -K kernel bits, -s hdiskN)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Determines and displays various boot information, including boot device type and boot device name.',
    synopsis: ['bootinfo {-K | -y | -r | -b | -p | -z | -s Disk}'],
    examples: ['bootinfo -K', 'bootinfo -s hdisk1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, bootinfo);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length !== 1 || parsed.operands.length > 0) return failWith(USAGE, 2);
    const o = parsed.opts[0]!;
    if (o.flag === 's') {
      const disk = findDisk(ctx.world, o.arg!);
      return { out: lines([String(disk?.sizeMB ?? 0)]), status: 0 };
    }
    const values: Record<string, string> = { K: '64', y: '64', r: String(MEMORY_MB * 1024), b: 'hdisk0', p: 'chrp', z: '1' };
    return { out: lines([values[o.flag]!]), status: 0 };
  },
};
