// chdev: changes a device's attributes (world/attributes.ts): -l the
// device, -a Attribute=Value (again for more), -P (in the ODM only, applied
// at the next boot) and -T (in the running system only) are accepted and,
// the LPAR never rebooting in wparsim, behave alike. A disk's pv=yes gives
// it a PVID and pv=clear takes it away (refused while it is in a volume
// group). Prints "NAME changed", as AIX does. A value the attribute cannot
// take, or an attribute a user cannot change: 0514-018 (RECALLED); a device
// the scope does not have: 0514-519 (RECALLED).

import type { Command, FlagSpec } from '../engine/contract.js';
import { attributesOf, refusal, setAttributes } from '../world/attributes.js';
import { setPvid } from '../world/devices.js';
import type { World } from '../world/types.js';
import { devicesIn } from '../world/views.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: chdev -l Name [-a Attribute=Value]... [-P | -T] [-U] [-f File] [-h] [-q] [-p ParentName] [-w ConnectionLocation]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', arg: 'Name', doc: 'The device.' },
  { flag: 'a', arg: 'Attribute=Value', doc: 'The new value of an attribute (may be given again).' },
  { flag: 'P', doc: 'Changes the value in the configuration database only (the next boot applies it).' },
  { flag: 'T', doc: 'Changes the value in the running system only.' },
  ...notSimulated('Uf:hqp:w:'),
];

export const chdev: Command = {
  name: 'chdev',
  scope: 'any',
  summary: 'Change device attributes (chdev -l sys0 -a maxuproc=256, -l hdisk1 -a pv=yes)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Changes the characteristics of a device.',
    synopsis: ['chdev -l Name -a Attribute=Value ... [-P | -T]'],
    examples: ['chdev -l sys0 -a maxuproc=256', 'chdev -l hdisk1 -a pv=yes', 'chdev -l hdisk1 -a queue_depth=32 -P'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, chdev);
    if (isFailure(parsed)) return parsed;
    const device = parsed.arg('l');
    const settings = parsed.opts.filter((o) => o.flag === 'a').map((o) => o.arg ?? '');
    if (device === undefined || parsed.operands.length > 0 || (parsed.has('P') && parsed.has('T'))) return failWith(USAGE, 2);
    if (!devicesIn(ctx.world, ctx.scope, false).some((d) => d.name === device)) {
      return failWith([`chdev: 0514-519 The following device was not found in the customized`, `\tdevice configuration database:`, `\t${device}`], 1);
    }
    const attrs = attributesOf(ctx.world, device);
    if (!attrs) return failWith([notYet(`chdev of ${device}`)]);
    let world: World = ctx.world;
    const changes: [string, string][] = [];
    const invalid: string[] = [];
    for (const s of settings) {
      const eq = s.indexOf('=');
      const [name, value] = eq < 0 ? [s, ''] : [s.slice(0, eq), s.slice(eq + 1)];
      if (name === 'pv' && /^hdisk\d+$/.test(device) && (value === 'yes' || value === 'clear')) {
        const r = setPvid(world, device, value === 'yes');
        if (!r.ok) return failWith([`Method error (/usr/lib/methods/chgdisk):`, `\t0514-062 Cannot perform the requested function because the`, `\t\tspecified device is busy.`], 1);
        world = r.value;
        continue;
      }
      const a = attrs.find((x) => x.name === name);
      if (!a) return failWith([`chdev: 0514-528 The "${name}" attribute does not exist in the predefined`, `\tdevice configuration database.`], 1);
      if (eq < 0 || refusal(a, value) !== null) invalid.push(`\t${a.name}\t${a.description}`);
      else changes.push([name, value]);
    }
    if (invalid.length > 0) return failWith([`Method error (/usr/lib/methods/chggen):`, `\t0514-018 The values specified for the following attributes`, `\t\t are not valid:`, ...invalid], 1);
    if (changes.length > 0) world = setAttributes(world, device, changes);
    return { out: lines([`${device} changed`]), status: 0, ...(world !== ctx.world ? { world } : {}) };
  },
};
