// What prtconf and lsconf print (the same AIX program under two names): the
// system summary (SOURCED: the first block of a POWER8 LPAR's prtconf quoted
// in a public inventory script: "System Model: IBM,8284-22A", "Machine
// Serial Number: ...", "LPAR Info: 11 corpdevx", ...), then the network,
// paging space and volume groups sections and the installed resource list
// (RECALLED from AIX 7.2). -c -k -L -m -s print one line of the summary.
// ansible's facts read lsconf's "Machine Serial Number", "LPAR Info" and
// "System Model" lines.

import type { Command, CommandResult } from '../../engine/contract.js';
import { CLOCK_MHZ, FIRMWARE, LOGICAL_CPUS, MEMORY_MB, PAGING_MB, PROCESSOR_TYPE, serialOf } from '../../world/system.js';
import type { Scope, World } from '../../world/types.js';
import { devicesIn } from '../../world/views.js';
import { isFailure, notSimulated, parseFlags } from './args.js';
import { failWith, lines } from './output.js';

function summary(world: World): [string, string][] {
  const { lpar } = world;
  return [
    ['System Model', lpar.modelName],
    ['Machine Serial Number', serialOf(world)],
    ['Processor Type', PROCESSOR_TYPE],
    ['Processor Implementation Mode', 'POWER 9'],
    ['Processor Version', 'PV_9_Compat'],
    ['Number Of Processors', String(LOGICAL_CPUS / 8)],
    ['Processor Clock Speed', `${CLOCK_MHZ} MHz`],
    ['CPU Type', '64-bit'],
    ['Kernel Type', '64-bit'],
    ['LPAR Info', `${lpar.partitionNumber} ${lpar.partitionName}`],
    ['Memory Size', `${MEMORY_MB} MB`],
    ['Good Memory Size', `${MEMORY_MB} MB`],
    ['Platform Firmware level', FIRMWARE.split(' ')[0]!],
    ['Firmware Version', `IBM,${FIRMWARE.split(' ')[0]}`],
    ['Console Login', 'enable'],
    ['Auto Restart', 'true'],
    ['Full Core', 'true'],
    ['NX Crypto Acceleration', 'Capable and Enabled'],
    ['In-Core Crypto Acceleration', 'Capable, but not Enabled'],
  ];
}

const ONE: Record<string, string> = { c: 'CPU Type', k: 'Kernel Type', L: 'LPAR Info', m: 'Memory Size', s: 'Processor Clock Speed' };

/** The installed resource list (prtconf's last part, and lscfg): each device with its location and description. */
export function resourceList(world: World, scope: Scope): string[] {
  const devices = devicesIn(world, scope, false).map((d) => `+ ${d.name.padEnd(16)} ${d.location.padEnd(30)} ${d.description}`);
  return [
    'INSTALLED RESOURCE LIST',
    '',
    'The following resources are installed on the machine.',
    '+/- = Added or deleted from Resource List.',
    '*   = Diagnostic support not available.',
    '',
    '  Model Architecture: chrp',
    '  Model Implementation: Multiple Processor, PCI bus',
    '',
    ...devices,
  ];
}

function report(world: World): string[] {
  const { lpar } = world;
  const vgs = world.vgs.filter((v) => v.owner === 'Global').map((v) => v.name);
  return [
    ...summary(world).map(([k, v]) => `${k}: ${v}`),
    '',
    'Network Information',
    `\tHost Name: ${lpar.hostname}`,
    `\tIP Address: ${lpar.address}`,
    `\tSub Netmask: ${lpar.netmask}`,
    '\tGateway: 192.168.10.1',
    '\tName Server: 192.168.10.1',
    '\tDomain Name: example.com',
    '',
    'Paging Space Information',
    `\tTotal Paging Space: ${PAGING_MB}MB`,
    '\tPercent Used: 1%',
    '',
    'Volume Groups Information',
    '==============================================================================',
    ...vgs,
    '==============================================================================',
    '',
    ...resourceList(world, { kind: 'global' }),
  ];
}

/** The command, under either name. */
export function prtconfCommand(name: 'prtconf' | 'lsconf'): Command {
  const command: Command = {
    name,
    scope: 'global',
    summary: 'The system configuration (model, serial number, memory, devices)',
    flags: [
      { flag: 'c', doc: 'The CPU type (32-bit or 64-bit).' },
      { flag: 'k', doc: 'The kernel type.' },
      { flag: 'L', doc: 'The LPAR number and name.' },
      { flag: 'm', doc: 'The memory size.' },
      { flag: 's', doc: 'The processor clock speed.' },
      ...notSimulated('v'),
    ],
    usage: [`Usage: ${name} [-c] [-k] [-L] [-m] [-s] [-v]`],
    manual: { purpose: 'Displays system configuration information.', synopsis: [`${name} [-c | -k | -L | -m | -s]`], examples: [name, `${name} -m`] },
    run(ctx): CommandResult {
      const parsed = parseFlags(ctx, command);
      if (isFailure(parsed)) return parsed;
      if (parsed.operands.length > 0) return failWith(command.usage!, 2);
      if (parsed.opts.length === 0) return { out: lines(report(ctx.world)), status: 0 };
      const all = summary(ctx.world);
      return { out: lines(parsed.opts.map((o) => `${ONE[o.flag]}: ${all.find(([k]) => k === ONE[o.flag])![1]}`)), status: 0 };
    },
  };
  return command;
}
