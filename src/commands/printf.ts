// printf: writes its arguments under the control of a format: %s %b %c %d %i
// %o %x %X %u %e %f %g and %%, with flags (- + space 0 #), width and
// precision, and the escapes \n \t \\ \a \b \f \r \v \NNN; the format is
// used again while arguments remain (POSIX, as AIX's printf and ksh's).

import type { Command } from '../engine/contract.js';
import { failWith } from './lib/output.js';
import { escapes, format } from './lib/printf-format.js';

export const printf: Command = {
  name: 'printf',
  scope: 'any',
  summary: 'Write formatted output',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Writes formatted output.',
    synopsis: ['printf Format [Argument ...]'],
    examples: ['printf "%-10s %s\\n" web1 A', 'printf "%05d\\n" 42'],
  },
  run(ctx) {
    const [fmt, ...args] = ctx.argv.slice(1);
    if (fmt === undefined) return failWith(['Usage: printf format [argument ...]'], 1);
    const escaped = escapes(fmt);
    const errors: string[] = [];
    let out = '';
    let rest = args;
    // The format is used again while arguments remain (and once with none).
    for (let round = 0; round === 0 || rest.length > 0; round++) {
      const r = format(escaped.text, rest, errors);
      out += r.text;
      if (r.stop || escaped.stop || r.used === 0) break;
      rest = rest.slice(r.used);
    }
    return {
      out: [...(out === '' ? [] : [{ text: out, stream: 'out' as const }]), ...errors.map((e) => ({ text: `${e}\n`, stream: 'err' as const }))],
      status: errors.length ? 1 : 0,
    };
  },
};
