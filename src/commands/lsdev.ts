// lsdev: the devices. -C (customized, the default), -c Class, -l Name, -S
// State, -x (extended state: "Exported" for a disk exported to a WPAR), -H
// (header), -F Format (fields name, status, location, description, class,
// subclass, type, parent). In the global environment: the LPAR's devices, an
// exported disk Defined (Exported with -x); inside a WPAR: the disks exported
// to it, Defined until cfgmgr runs there. -P and the other flags say they are
// not supported yet.
// Layout: every column padded to its widest value, single spaces between
// (reference 14.2, INFERRED from its SOURCED samples; it also gives the
// guide's one-device line "hdisk1 Exported 01-08-02 MPIO Other DS4K Array
// Disk"). The non-disk devices and their descriptions are RECALLED from a
// PowerVM LPAR; inside a WPAR only its disks are listed (reference 14.4: the
// real list is not on record).

import type { Command, FlagSpec } from '../engine/contract.js';
import { type Device, devicesIn } from '../world/views.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = [
  'Usage: lsdev [ -C ][ -c Class ] [ -s Subclass ] [ -t Type ] [ -f File ] [ -F Format | -r ColumnName ] [ -h ] [ -H ] [ -l { Name | - } ] [ -p Parent ] [ -S State ] [ -x ]',
  '       lsdev -P [ -c Class ] [ -s Subclass ] [ -t Type ] [ -f File ] [ -F Format | -r ColumnName ] [ -h ] [ -H ] [ -x ]',
];

const FIELDS = /\b(name|status|location|description|class|subclass|type|parent)\b/g;

const FLAGS: readonly FlagSpec[] = [
  { flag: 'C', doc: 'The customized (configured) devices; the default.' },
  { flag: 'c', arg: 'Class', doc: 'Only devices of this class: disk, adapter, if, processor, memory, ...' },
  { flag: 'l', arg: 'Name', doc: 'Only this device.' },
  { flag: 'S', arg: 'State', doc: 'Only devices in this state: a (Available) or d (Defined).' },
  { flag: 'x', doc: 'The extended state: Exported for a disk exported to a workload partition.' },
  { flag: 'H', doc: 'A header line.' },
  { flag: 'F', arg: 'Format', doc: 'Fields of your choice, e.g. "name:status:description".' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('s:t:f:r:hp:P'),
];

export const lsdev: Command = {
  name: 'lsdev',
  scope: 'any',
  summary: 'List devices (-Cc disk, -l name, -x extended state)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays devices in the system and their characteristics.',
    synopsis: ['lsdev [-C] [-c Class] [-l Name] [-S State] [-x] [-H] [-F Format]'],

    examples: ['lsdev -Cc disk', 'lsdev -x -l hdisk1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lsdev);
    if (isFailure(parsed)) return parsed;
    const { has, arg } = parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    let devices = devicesIn(ctx.world, ctx.scope, has('x'));
    const cls = arg('c');
    if (cls !== undefined) devices = devices.filter((d) => d.class === cls);
    const name = arg('l');
    if (name !== undefined) devices = devices.filter((d) => d.name === name);
    const state = arg('S');
    if (state !== undefined) {
      const want = { a: 'Available', d: 'Defined', s: 'Stopped' }[state.toLowerCase()[0] as 'a'];
      if (!want) return failWith(USAGE);
      devices = devices.filter((d) => d.status === want);
    }
    const format = arg('F');
    if (format !== undefined) {
      return { out: lines(devices.map((d) => format.replace(FIELDS, (f) => d[f as keyof Device]))), status: 0 };
    }
    const rows = devices.map((d) => [d.name, d.status, d.location, d.description]);
    if (has('H') && rows.length > 0) rows.unshift(['name', 'status', 'location', 'description']);
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
    return {
      out: lines(
        rows.map((r) =>
          r
            .map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell))
            .join(' ')
            .trimEnd(),
        ),
      ),
      status: 0,
    };
  },
};
