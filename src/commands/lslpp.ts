// lslpp -l [FilesetName ...]: installed filesets, their usr parts (Path:
// /usr/lib/objrepos) and root parts (Path: /etc/objrepos). Inside a shared
// WPAR the usr parts are the global environment's (its /usr is the global one)
// and the root parts its own, so a fileset installed in global shows there
// without a root part until syncwpar; a detached WPAR has its own usr parts.
// Names may use * and ?. The other flags (-L -h -f -c -a -d -p -i ...) say
// they are not supported yet.
// Format: public transcripts of `lslpp -l` (columns, the 30-column
// description wrapped under itself, a blank line between the paths); the
// 0504-132 "not installed" line is RECALLED.

import type { Command, FlagSpec } from '../engine/contract.js';
import { globMatch } from '../shell/glob.js';
import { filesetInfo, type Levels, rootLevels, usrLevels } from '../world/software.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { errLine, failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lslpp {-d|-f|-h|-i|-l|-L|-p} [-a] [-c|-J|-q] [-I] [-O{[r][s][u]}] [FilesetName ...| FixID ...| all]'];

/** One fileset row: the level right-aligned at column 36, the description wrapped at 30 columns. */
export function filesetRow(name: string, level: string, state: string, description: string): string[] {
  let head = `  ${name}`;
  head += ' '.repeat(Math.max(1, 36 - head.length - level.length)) + level + '  ' + state.padEnd(11);
  const chunks: string[] = [];
  for (const word of description.split(' ')) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + 1 + word.length <= 30) chunks[last] += ' ' + word;
    else chunks.push(word);
  }
  return [head + (chunks[0] ?? ''), ...chunks.slice(1).map((c) => ' '.repeat(49) + c)];
}

function section(path: string, levels: Levels, wanted: (name: string) => boolean, rootOnly: boolean): string[] {
  const rows = Object.keys(levels)
    .sort()
    .filter((n) => wanted(n) && (!rootOnly || filesetInfo(n)?.root))
    .flatMap((n) => filesetRow(n, levels[n]!, 'COMMITTED', filesetInfo(n)?.description ?? ''));
  return rows.length > 0 ? [`Path: ${path}`, ...rows] : [];
}

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', doc: "Lists each fileset's level, state and description, for its usr part (/usr/lib/objrepos) and its root part (/etc/objrepos)." },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('adfhiLpcJqIO:'),
];

export const lslpp: Command = {
  name: 'lslpp',
  scope: 'any',
  summary: 'List installed software (-l [fileset ...])',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Lists installed software products.',
    synopsis: ['lslpp -l [FilesetName ...]'],

    examples: ['lslpp -l', 'lslpp -l bos.rte', "lslpp -l 'vwpar*'"],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lslpp);
    if (isFailure(parsed)) return parsed;
    if (!parsed.has('l')) return failWith(USAGE);
    const wpar = ctx.scope.kind === 'wpar' ? findWpar(ctx.world, ctx.scope.name) : undefined;
    const usr = usrLevels(ctx.world, wpar);
    const root = rootLevels(ctx.world, wpar);
    const names = parsed.operands.filter((n) => n !== 'all');
    const wanted = (n: string) => names.length === 0 || names.some((p) => globMatch(p, n));
    const missing = names.filter((p) => !Object.keys(usr).some((f) => globMatch(p, f)));
    const usrPart = section('/usr/lib/objrepos', usr, wanted, false);
    const rootPart = section('/etc/objrepos', root, wanted, true);
    const out =
      usrPart.length + rootPart.length === 0
        ? []
        : lines(['  Fileset                      Level  State      Description', '  ' + '-'.repeat(76), ...usrPart, ...(usrPart.length > 0 && rootPart.length > 0 ? [''] : []), ...rootPart]);
    out.push(...missing.map((n) => errLine(`lslpp: 0504-132  Fileset ${n} not installed.`)));
    return { out, status: missing.length > 0 ? 1 : 0 };
  },
};
