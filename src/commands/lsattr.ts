// lsattr: a device's attributes (world/attributes.ts): -E the effective
// values, -D the defaults, -R the values an attribute may take (with -a),
// -l the device, -a one or more attributes, -H a header, -O the colon form
// ("#attr:attr" then "value:value"). Columns as AIX lines them up: each
// padded to its longest entry and one space (SOURCED: chef/ohai's lsattr -El
// proc0 fixture; ansible's facts split "realmem 8388608 Amount ..." on single
// spaces, which one attribute gives). A device the scope does not have:
// 0514-519; an attribute the device does not have: 0514-528 (RECALLED).
// Inside a WPAR only the disks exported to it have attributes. Not
// simulated yet: -F, -c, -s, -t, -f, and the LPAR's adapters (fcs0, vsa0).

import type { Command, FlagSpec } from '../engine/contract.js';
import { type Attribute, attributesOf } from '../world/attributes.js';
import type { World } from '../world/types.js';
import { devicesIn } from '../world/views.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = [
  'Usage:',
  'lsattr -D [-O] [-l Name | [-c Class] [-s Subclass] [-t Type]] [-a Attribute]... [-f File] [-h] [-H]',
  'lsattr -E [-O] -l Name [-a Attribute]... [-f File] [-h] [-H]',
  'lsattr -R {-l Name | [-c Class] [-s Subclass] [-t Type]} -a Attribute [-f File] [-h] [-H]',
];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'E', doc: 'The effective values.' },
  { flag: 'D', doc: 'The default values.' },
  { flag: 'R', doc: 'The values an attribute may take (with -a).' },
  { flag: 'l', arg: 'Name', doc: 'The device.' },
  { flag: 'a', arg: 'Attribute', doc: 'Only this attribute (may be given again).' },
  { flag: 'H', doc: 'A header line.' },
  { flag: 'O', doc: 'Colon form: the attribute names, then their values.' },
  ...notSimulated('F:c:s:t:f:h'),
];

/** Rows with each column padded to its longest entry and a space (the last not padded). */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]!.length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 1))).join(''));
}

const notFound = (device: string) => [`lsattr: 0514-519 The following device was not found in the customized`, `\tdevice configuration database:`, `\t${device}`];
const noAttribute = (attr: string) => [`lsattr: 0514-528 The "${attr}" attribute does not exist in the predefined`, `\tdevice configuration database.`];

/** What lsattr -R prints for an attribute. */
const possible = (a: Attribute): string[] => {
  const v = a.values;
  if (v === undefined) return [a.value];
  if (Array.isArray(v)) return [...v];
  const r = v as { lo: number; hi: number; step: number };
  return [`${r.lo}...${r.hi} (+${r.step})`];
};

export const lsattr: Command = {
  name: 'lsattr',
  scope: 'any',
  summary: 'Device attributes (lsattr -El sys0, -El hdisk1 -a pvid)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays attribute characteristics and possible values of attributes for devices in the system.',
    synopsis: ['lsattr -E -l Name [-a Attribute]... [-H | -O]', 'lsattr -D -l Name [-a Attribute]... [-H | -O]', 'lsattr -R -l Name -a Attribute'],
    examples: ['lsattr -El sys0', 'lsattr -El sys0 -a realmem', 'lsattr -El hdisk1 -a pvid', 'lsattr -Rl sys0 -a maxuproc'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lsattr);
    if (isFailure(parsed)) return parsed;
    const modes = ['E', 'D', 'R'].filter(parsed.has);
    const device = parsed.arg('l');
    const wanted = parsed.opts.filter((o) => o.flag === 'a').map((o) => o.arg ?? '');
    if (modes.length !== 1 || device === undefined || parsed.operands.length > 0 || (parsed.has('R') && wanted.length !== 1)) return failWith(USAGE, 2);
    if (!devicesIn(ctx.world, ctx.scope, false).some((d) => d.name === device)) return failWith(notFound(device), 1);
    // -D: what the device has before any chdev.
    const world: World = parsed.has('D') ? { ...ctx.world, deviceAttrs: {} } : ctx.world;
    const attrs = attributesOf(world, device);
    if (!attrs) return failWith([notYet(`lsattr of ${device}`)]);
    const chosen: Attribute[] = [];
    for (const name of wanted) {
      const a = attrs.find((x) => x.name === name);
      if (!a) return failWith(noAttribute(name), 1);
      chosen.push(a);
    }
    const shown = wanted.length > 0 ? chosen : attrs;
    if (parsed.has('R')) return { out: lines(possible(shown[0]!)), status: 0 };
    if (parsed.has('O')) return { out: lines([`#${shown.map((a) => a.name).join(':')}`, shown.map((a) => a.value).join(':')]), status: 0 };
    const rows = shown.map((a) => [a.name, a.value, a.description, a.settable ? 'True' : 'False']);
    if (!parsed.has('H')) return { out: lines(columns(rows)), status: 0 };
    const [head, ...body] = columns([['attribute', 'value', 'description', 'user_settable'], ...rows]);
    return { out: lines([head!, '', ...body]), status: 0 };
  },
};
