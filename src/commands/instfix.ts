// instfix -i [-k Keyword | -f File] [-q]: whether the fixes and maintenance
// levels a keyword names are installed. Known keywords are the system's
// technology levels (7300-00_AIX_ML ... up to the installed one, and
// 7.3.0.0_AIX_ML); -i alone lists them all. A keyword the fix database lacks
// gets "There was no data for ... in the fix database." (status 1). Installing
// (-k or -f without -i, -d Device), -T, -s, -c, -v, -t, -F and -a say they are
// not supported yet.
// Format: the messages from AIX's install message header (ISF_ALL_FILESETS_FOUND_D,
// ISF_NO_FIX_DATA_D and the usage, in public code); the four leading blanks
// from captured `instfix -i | grep ML` listings (7.2 and 7.3).

import type { Command, FlagSpec } from '../engine/contract.js';
import { scopeOsLevel } from '../world/scope.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, line } from './lib/output.js';

const USAGE = ['Usage: instfix [-T] [-s string] [ -k keyword | -f file ] [-p] [-d device]', '          [-i [-c] [-q] [-t type] [-v] [-F]] [-a] '];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'i', doc: 'Shows whether the fixes or keywords are installed (all known maintenance levels without -k).' },
  { flag: 'k', arg: 'Keyword', doc: 'The fixes or keywords, separated by blanks.' },
  { flag: 'q', doc: 'Quiet: no output, only the exit value.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('Ts:f:pd:ctvFa'),
];

/** The maintenance-level keywords an installed level satisfies, oldest first. */
function knownLevels(level: string): string[] {
  const [vr = '', tl = '00'] = level.split('-');
  const tls = Array.from({ length: Number(tl) + 1 }, (_, i) => `${vr}-${String(i).padStart(2, '0')}_AIX_ML`);
  return [`${vr[0]}.${vr[1]}.0.0_AIX_ML`, ...tls];
}

export const instfix: Command = {
  name: 'instfix',
  scope: 'any',
  summary: 'Show whether fixes and maintenance levels are installed (-i [-k keyword])',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Installs or queries filesets associated with keywords or fixes.',
    synopsis: ['instfix -i [-k "Keyword ..."] [-q]'],

    examples: ['instfix -i | grep ML', 'instfix -ik 7300-02_AIX_ML', 'instfix -ik IJ12345'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, instfix);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length > 0) return failWith(USAGE);
    if (!parsed.has('i')) return failWith([notYet('instfix without -i (installing fixes)')]);
    const known = knownLevels(scopeOsLevel(ctx.world, ctx.scope));
    const asked = parsed.has('k')
      ? parsed
          .arg('k')!
          .split(/[ \t]+/)
          .filter(Boolean)
      : known;
    const quiet = parsed.has('q');
    const out = asked.map((k) => (known.includes(k) ? line(`    All filesets for ${k} were found.`) : errLine(`    There was no data for ${k} in the fix database.`)));
    const status = asked.every((k) => known.includes(k)) ? 0 : 1;
    return { out: quiet ? [] : out, status };
  },
};
