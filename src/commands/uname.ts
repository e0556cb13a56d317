// uname: system identification. Implements -a -s -n -r -v -m -M -p -L -W and
// their combinations (printed in the order s n r v m M p L W). The node name
// and -W answer for the current scope: 0 and the LPAR name in the global
// environment, the WPAR's configured ID and host name inside a WPAR
// (reference 2.3). -F (a hexadecimal system identifier, the same for every
// partition of the machine), -f (the same, unique per partition), -l (the LAN
// network number) and -x (-a and -l) as IBM's uname page describes them; their
// values are derived from the machine ID, partition number and address
// (INFERRED: no capture of them is on record). -S and -T (set the names) say
// they are not supported yet.
// Format: reference 2.1/2.2 (DOC and SOURCED samples: "AIX aix01 2 7 00C63E204B00").

import type { Command, FlagSpec } from '../engine/contract.js';
import { scopeHostname, scopeOsLevel } from '../world/scope.js';
import { systemId } from '../world/system.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: uname [-a | -x | -S Name] [-F] [-f] [-l] [-L] [-m] [-M] [-n] [-p] [-r] [-s] [-T Name] [-u] [-v] [-W]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'a', doc: 'All of -s -n -r -v -m.' },
  { flag: 'n', doc: "The node name: the WPAR's host name inside a WPAR." },
  { flag: 'W', doc: 'The WPAR ID: 0 in the global environment.' },
  { flag: 's', doc: 'The system name (AIX).' },
  { flag: 'r', doc: 'The release (3).' },
  { flag: 'v', doc: 'The version (7).' },
  { flag: 'm', doc: 'The machine ID.' },
  { flag: 'M', doc: 'The system model.' },
  { flag: 'p', doc: 'The processor architecture.' },
  { flag: 'L', doc: 'The LPAR number and name.' },
  { flag: 'u', doc: 'The system ID (IBM,02 and the serial number).' },
  { flag: 'x', doc: 'All of -a and the LAN network number (-l).' },
  { flag: 'F', doc: 'A hexadecimal system identifier, the same for every partition of the machine.' },
  { flag: 'f', doc: 'A hexadecimal identifier unique to this partition.' },
  { flag: 'l', doc: 'The LAN network number.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('S:T:'),
];

/** 16 hexadecimal digits from a text (two FNV-1a passes): stable for the same machine. */
function hexId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(text.length - 1 - i), 0x811c9dc5) >>> 0;
  }
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).toUpperCase();
}

/** The network number of an IPv4 address, as a whole number. */
const addressNumber = (address: string): number => address.split('.').reduce((n, part) => n * 256 + (Number(part) & 255), 0) >>> 8;

export const uname: Command = {
  name: 'uname',
  scope: 'any',
  summary: 'Print system names (-a all, -n node name, -W WPAR ID)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays the name of the current operating system.',
    synopsis: ['uname [-a] [-L] [-m] [-M] [-n] [-p] [-r] [-s] [-v] [-W]'],

    examples: ['uname -n', 'uname -W'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, uname);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    const flags = new Set(parsed.opts.map((o) => o.flag));
    if (flags.size === 0) flags.add('s');
    if (flags.has('a') || flags.has('x')) ['s', 'n', 'r', 'v', 'm'].forEach((f) => flags.add(f));
    if (flags.has('x')) flags.add('l');
    const { lpar } = ctx.world;
    const cid = ctx.scope.kind === 'wpar' ? (findWpar(ctx.world, ctx.scope.name)?.cid ?? 0) : 0;
    const values: Record<string, string> = {
      s: lpar.osName,
      n: scopeHostname(ctx.world, ctx.scope),
      r: scopeOsLevel(ctx.world, ctx.scope)[1]!,
      v: scopeOsLevel(ctx.world, ctx.scope)[0]!,
      m: lpar.machineId,
      M: lpar.modelName,
      u: systemId(ctx.world),
      p: 'powerpc',
      L: `${lpar.partitionNumber} ${lpar.partitionName}`,
      W: String(cid),
      l: String(addressNumber(lpar.address)),
      F: hexId(lpar.machineId),
      f: hexId(`${lpar.machineId}/${lpar.partitionNumber}`),
    };
    const fields = ['s', 'n', 'r', 'v', 'm', 'l', 'M', 'F', 'f', 'u', 'p', 'L', 'W'].filter((f) => flags.has(f)).map((f) => values[f]!);
    return { out: lines([fields.join(' ')]), status: 0 };
  },
};
