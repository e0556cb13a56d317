// errpt: the error log (world/errlog.ts), newest first: the summary
// (IDENTIFIER TIMESTAMP T C RESOURCE_NAME DESCRIPTION, the time as
// mmddHHMMyy), -a every field of each entry, -j Identifier[,...], -J
// Label[,...], -N Resource[,...], -T Type[,...] (PERM, TEMP, PERF, PEND,
// INFO, UNKN), -d Class[,...] (H, S, O, U), -s and -e a start and end time
// (mmddHHMMyy). Inside a WPAR only that WPAR's entries. Layouts RECALLED from
// AIX 7 (the summary's columns, and -a's separator line, LABEL, IDENTIFIER,
// Date/Time, Sequence Number, Machine Id, Node Id, Class, Type, WPAR,
// Resource Name and the Description, Probable Causes and Recommended Actions
// paragraphs). Text from a store edited by hand is shown without its
// control characters.

import type { Command, FlagSpec } from '../engine/contract.js';
import { errlogOf } from '../world/errlog.js';
import { scopeName } from '../world/scope.js';
import type { ErrEntry } from '../world/types.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, harmless, lines } from './lib/output.js';
import { DAYS, MONTHS } from './lib/time.js';

const USAGE = ['Usage: errpt [-a] [-c] [-d ErrorClassList] [-e EndDate] [-j ErrorID] [-J ErrorLabel] [-N ResourceNameList] [-s StartDate] [-T ErrorTypeList]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'a', doc: 'Every field of each entry.' },
  { flag: 'j', arg: 'Identifier,...', doc: 'Only these identifiers.' },
  { flag: 'J', arg: 'Label,...', doc: 'Only these labels.' },
  { flag: 'N', arg: 'Resource,...', doc: 'Only these resources.' },
  { flag: 'T', arg: 'Type,...', doc: 'Only these types (PERM, TEMP, PERF, PEND, INFO, UNKN).' },
  { flag: 'd', arg: 'Class,...', doc: 'Only these classes (H, S, O, U).' },
  { flag: 's', arg: 'mmddHHMMyy', doc: 'Entries from this time on.' },
  { flag: 'e', arg: 'mmddHHMMyy', doc: 'Entries up to this time.' },
  ...notSimulated('cDgi:l:m:n:tFyzP'),
];

const two = (n: number) => String(n).padStart(2, '0');

/** mmddHHMMyy, as errpt prints and reads times. */
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCFullYear() % 100)}`;
}
function parseStamp(s: string): number | null {
  const m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(s);
  return m ? Date.UTC(2000 + Number(m[5]), Number(m[1]) - 1, Number(m[2]), Number(m[3]), Number(m[4])) : null;
}

const TYPE_LETTER: Record<string, string> = { PERM: 'P', TEMP: 'T', PERF: 'P', PEND: 'P', INFO: 'I', UNKN: 'U' };

function detail(e: ErrEntry, seq: number, machineId: string, node: string): string[] {
  const d = new Date(e.time);
  const date = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
  return [
    '---------------------------------------------------------------------------',
    `LABEL:          ${harmless(e.label)}`,
    `IDENTIFIER:     ${harmless(e.id)}`,
    '',
    `Date/Time:       ${date}`,
    `Sequence Number: ${seq}`,
    `Machine Id:      ${machineId}`,
    `Node Id:         ${node}`,
    `Class:           ${harmless(e.cls)}`,
    `Type:            ${harmless(e.type)}`,
    `WPAR:            ${harmless(e.wpar)}`,
    `Resource Name:   ${harmless(e.resource)}`,
    '',
    'Description',
    harmless(e.description),
    '',
    'Probable Causes',
    ...e.causes.map(harmless),
    '',
    '        Recommended Actions',
    ...e.actions.map((a) => `        ${harmless(a)}`),
  ];
}

export const errpt: Command = {
  name: 'errpt',
  scope: 'any',
  summary: 'The error log (-a detail, -j id, -N resource, -T type)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Generates a report of logged errors.',
    synopsis: ['errpt [-a] [-j Identifier] [-J Label] [-N Resource] [-T Type] [-d Class] [-s Start] [-e End]'],
    examples: ['errpt', 'errpt -a -N wpar1', 'errpt -J WPAR_START'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, errpt);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE, 1);
    const list = (f: string) => parsed.arg(f)?.split(',');
    const times: Record<string, number> = {};
    for (const f of ['s', 'e']) {
      const v = parsed.arg(f);
      if (v === undefined) continue;
      const t = parseStamp(v);
      if (t === null) return failWith([`errpt: The date ${v} is not valid. Specify the date in the form mmddhhmmyy.`], 1);
      times[f] = t;
    }
    const inside = ctx.scope.kind === 'wpar' ? scopeName(ctx.scope) : null;
    const keep = (e: ErrEntry) =>
      (inside === null || e.wpar === inside) &&
      (list('j')?.some((x) => x.toUpperCase() === e.id) ?? true) &&
      (list('J')?.includes(e.label) ?? true) &&
      (list('N')?.includes(e.resource) ?? true) &&
      (list('T')?.includes(e.type) ?? true) &&
      (list('d')?.includes(e.cls) ?? true) &&
      (times['s'] === undefined || e.time >= times['s']) &&
      (times['e'] === undefined || e.time <= times['e'] + 59_999);
    const all = errlogOf(ctx.world);
    const chosen = all
      .map((e, i) => ({ e, seq: i + 1 }))
      .filter(({ e }) => keep(e))
      .reverse();
    if (chosen.length === 0) return { out: [], status: 0 };
    if (parsed.has('a')) return { out: lines(chosen.flatMap(({ e, seq }) => [...detail(e, seq, ctx.world.lpar.machineId, ctx.world.lpar.hostname), ''])), status: 0 };
    const rows = chosen.map(
      ({ e }) => `${harmless(e.id).padEnd(11)}${stamp(e.time)} ${TYPE_LETTER[e.type] ?? 'U'} ${harmless(e.cls).slice(0, 1)} ${harmless(e.resource).slice(0, 14).padEnd(14)} ${harmless(e.description)}`,
    );
    return { out: lines(['IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION', ...rows]), status: 0 };
  },
};
