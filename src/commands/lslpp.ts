// lslpp: installed software. -l: each fileset's level, state and
// description, for its usr part (Path: /usr/lib/objrepos) and its root part
// (Path: /etc/objrepos); -L: the parts consolidated, with state and type
// codes; -h: the installation history; -c: colon-separated, as scripts and
// Chef's ohai (`lslpp -L -q -c`) parse it; -q: no heading. Inside a shared
// WPAR the usr parts are the global environment's (its /usr is the global
// one) and the root parts its own, so a fileset installed in global shows
// there without a root part until syncwpar; a detached WPAR has its own usr
// parts. Names may use * and ?. -a -d -f -i -p -I -J -O and -hc say they are
// not supported yet.
// Formats: -L and its code legend from public captures (a 2013 blog's
// `lslpp -L all`; DISA's AIX 7 STIG, which also shows the heading before a
// 0504-132 line); -Lc from ohai's spec/data/plugins/lslpp.output (a real AIX
// 7.1 capture) and the heading from checkmk's aix_packages agent sample; -h
// from a captured `lslpp -h bos.rte` (AIX 7.1, trailing blanks kept); -l
// wrapping from captured `lslpp -l` listings (a name too long for its column
// gets a line of its own); -lc RECALLED.

import type { Command, CommandContext, FlagSpec } from '../engine/contract.js';
import { globMatch } from '../shell/glob.js';
import { buildDate, packageOf } from '../world/filesets.js';
import { committedAt, filesetInfo, type Levels, rootLevels, usrLevels } from '../world/software.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, lines } from './lib/output.js';
import { strftime } from './lib/time.js';

const USAGE = ['Usage: lslpp {-d|-f|-h|-i|-l|-L|-p} [-a] [-c|-J|-q] [-I] [-O{[r][s][u]}] [FilesetName ...| FixID ...| all]'];
const RULE = '  ' + '-'.repeat(76);
const USR = '/usr/lib/objrepos';
const ROOT = '/etc/objrepos';

/** The name and the level right-aligned at column `end`; a name that leaves less than two blanks gets a line of its own. */
function nameAndLevel(name: string, level: string, end: number): string[] {
  const head = `  ${name}`;
  if (head.length + 2 + level.length <= end) return [head + level.padStart(end - head.length)];
  return [head, level.padStart(end)];
}

/** A description wrapped at 30 columns, continued at column `indent`. */
function wrapped(first: string, description: string, indent: number): string[] {
  const chunks: string[] = [];
  for (const word of description.split(' ')) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + 1 + word.length <= 30) chunks[last] += ' ' + word;
    else chunks.push(word);
  }
  return [first + (chunks[0] ?? ''), ...chunks.slice(1).map((c) => ' '.repeat(indent) + c)];
}

const describe = (name: string) => filesetInfo(name)?.description ?? '';

/** One `lslpp -l` row: level at column 36, state, the description at column 49. */
function filesetRow(name: string, level: string): string[] {
  const head = nameAndLevel(name, level, 36);
  return [...head.slice(0, -1), ...wrapped(`${head.at(-1)}  ${'COMMITTED'.padEnd(11)}`, describe(name), 49)];
}

/** One `lslpp -L` row: level at column 36, state and type codes, the description at column 51. */
function consolidatedRow(name: string, level: string): string[] {
  const head = nameAndLevel(name, level, 36);
  return [...head.slice(0, -1), ...wrapped(`${head.at(-1)}    C     F    `, describe(name), 51)];
}

const LEGEND = [
  '',
  'State codes:',
  ' A -- Applied.',
  ' B -- Broken.',
  ' C -- Committed.',
  ' E -- EFIX Locked.',
  ' O -- Obsolete.  (partially migrated to newer version)',
  ' ? -- Inconsistent State...Run lppchk -v.',
  '',
  'Type codes:',
  ' F -- Installp Fileset',
  ' P -- Product',
  ' C -- Component',
  ' T -- Feature',
  ' R -- RPM Package',
  ' E -- Interim Fix',
];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', doc: "Lists each fileset's level, state and description, for its usr part (/usr/lib/objrepos) and its root part (/etc/objrepos)." },
  { flag: 'L', doc: 'Lists each fileset once, its parts consolidated: level, state code, type code and description, then what the codes mean.' },
  { flag: 'h', doc: "Lists each fileset's installation history: level, action, status, date and time, per part." },
  { flag: 'c', doc: 'Colon-separated output, a heading line starting with #.' },
  { flag: 'q', doc: 'No heading.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('adfipEIJO:w'),
];

interface Listing {
  usr: Levels;
  root: Levels;
  names: string[];
  /** What was asked for that matches nothing. */
  missing: string[];
}

function listing(ctx: CommandContext, operands: readonly string[]): Listing {
  const wpar = ctx.scope.kind === 'wpar' ? findWpar(ctx.world, ctx.scope.name) : undefined;
  const usr = usrLevels(ctx.world, wpar);
  const root = rootLevels(ctx.world, wpar);
  const asked = operands.filter((n) => n !== 'all');
  const wanted = (n: string) => asked.length === 0 || asked.some((p) => globMatch(p, n));
  const names = Object.keys(usr).sort().filter(wanted);
  return { usr, root, names, missing: asked.filter((p) => !names.some((f) => globMatch(p, f))) };
}

const hasRoot = (l: Listing, n: string) => filesetInfo(n)?.root === true && l.root[n] !== undefined;

function detailed(l: Listing, colons: boolean): string[] {
  if (colons) {
    const row = (path: string, n: string, level: string) => `${path}:${n}:${level}::COMMITTED:I:${describe(n)}:`;
    return [...l.names.map((n) => row(USR, n, l.usr[n]!)), ...l.names.filter((n) => hasRoot(l, n)).map((n) => row(ROOT, n, l.root[n]!))];
  }
  const usrPart = l.names.flatMap((n) => filesetRow(n, l.usr[n]!));
  const rootPart = l.names.filter((n) => hasRoot(l, n)).flatMap((n) => filesetRow(n, l.root[n]!));
  return [...(usrPart.length > 0 ? [`Path: ${USR}`, ...usrPart] : []), ...(usrPart.length > 0 && rootPart.length > 0 ? [''] : []), ...(rootPart.length > 0 ? [`Path: ${ROOT}`, ...rootPart] : [])];
}

function consolidated(l: Listing, colons: boolean): string[] {
  if (colons) {
    // Type: F for a fileset updated past its release's base (ohai's capture: 7.1.1.15 F, 7.1.0.0 and 7.1.0.15 blank).
    const type = (level: string) => (level.split('.')[2] !== '0' ? 'F' : ' ');
    return l.names.map((n) => `${packageOf(n)}:${n}:${l.usr[n]}: : :C:${type(l.usr[n]!)}:${describe(n)}: : : : : : :0:0:/:${buildDate(l.usr[n]!)}`);
  }
  return l.names.flatMap((n) => consolidatedRow(n, l.usr[n]!));
}

function history(ctx: CommandContext, l: Listing): string[] {
  const zone = ctx.world.lpar.timezone;
  const entry = (n: string, level: string) => {
    const at = committedAt(ctx.world, n);
    return [`  ${n}`, `${level.padStart(25)}   ${'COMMIT'.padEnd(13)}${'COMPLETE'.padEnd(13)}${strftime('%m/%d/%y', at, zone).padEnd(13)}${strftime('%H:%M:%S', at, zone).padEnd(12)}`, ''];
  };
  const rooted = l.names.filter((n) => hasRoot(l, n));
  return [
    ...(l.names.length > 0 ? [`Path: ${USR}`, ...l.names.flatMap((n) => entry(n, l.usr[n]!))] : []),
    ...(rooted.length > 0 ? [`Path: ${ROOT}`, ...rooted.flatMap((n) => entry(n, l.root[n]!))] : []),
  ];
}

const HEADINGS = {
  l: ['  Fileset                      Level  State      Description', RULE],
  L: ['  Fileset                      Level  State  Type  Description (Uninstaller)', RULE],
  h: ['  Fileset         Level     Action       Status       Date         Time        ', RULE],
  lc: ['#Path:Fileset:Level:PTF Id:State:Type:Description:EFIX Locked'],
  Lc: [
    '#Package Name:Fileset:Level:State:PTF Id:Fix State:Type:Description:Destination Dir.:Uninstaller:Message Catalog:Message Set:Message Number:Parent:Automatic:EFIX Locked:Install Path:Build Date',
  ],
};

export const lslpp: Command = {
  name: 'lslpp',
  scope: 'any',
  summary: 'List installed software (-l, -L, -h [fileset ...])',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Lists installed software products.',
    synopsis: ['lslpp {-l | -L | -h} [-c] [-q] [FilesetName ... | all]'],

    examples: ['lslpp -l', 'lslpp -l bos.rte', "lslpp -L 'bos.net.tcp*'", 'lslpp -h bos.wpars', 'lslpp -Lqc | wc -l'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lslpp);
    if (isFailure(parsed)) return parsed;
    const reports = (['l', 'L', 'h'] as const).filter((f) => parsed.has(f));
    if (reports.length !== 1) return failWith(USAGE);
    const report = reports[0]!;
    const colons = parsed.has('c');
    if (report === 'h' && colons) return failWith([notYet('lslpp -hc')]);
    const l = listing(ctx, parsed.operands);
    const body = report === 'l' ? detailed(l, colons) : report === 'L' ? consolidated(l, colons) : history(ctx, l);
    // -l prints nothing at all when nothing matched; -L and -h their heading still (the STIG capture).
    const heading = parsed.has('q') || (report === 'l' && body.length === 0) ? [] : HEADINGS[colons ? (`${report}c` as 'lc' | 'Lc') : report];
    const legend = report === 'L' && !colons && body.length > 0 ? LEGEND : [];
    const out = lines([...heading, ...body, ...legend]);
    out.push(...l.missing.map((n) => errLine(`lslpp: 0504-132  Fileset ${n} not installed.`)));
    return { out, status: l.missing.length > 0 ? 1 : 0 };
  },
};
