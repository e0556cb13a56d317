// grep: the lines of files (or standard input) that match a pattern (a
// JavaScript regular expression, close to grep's basic ones for everyday
// use). -i -v -c -n -l -E. Exit 0 when a line matched, 1 when none, 2 on
// error. Other flags say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { filterInput, textLines } from './lib/files.js';
import { errLine, failWith, lines } from './lib/output.js';
import { compilePattern } from './lib/regex.js';

const USAGE = ['Usage: grep [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] -e pattern_list...', '\t[-f pattern_file...] [file...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'i', doc: 'Ignores case.' },
  { flag: 'v', doc: 'Lines that do not match.' },
  { flag: 'c', doc: 'Only a count of matching lines.' },
  { flag: 'n', doc: 'Line numbers.' },
  { flag: 'l', doc: 'Only the names of files with matches.' },
  { flag: 'E', doc: 'The pattern is an extended regular expression (as egrep); without -E, a basic one.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('Fqswx'),
];

export const grep: Command = {
  name: 'grep',
  scope: 'any',
  summary: 'Print lines that match a pattern',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Searches for a pattern in a file.',
    synopsis: ['grep [-i] [-v] [-c] [-n] [-l] [-E] Pattern [File ...]'],

    examples: ['lsdev -Cc disk | grep hdisk2'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, grep);
    if (isFailure(parsed)) return parsed;
    const [pattern, ...files] = parsed.operands;
    if (pattern === undefined) return failWith(['Usage: grep [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] -e pattern_list...', '\t[-f pattern_file...] [file...]'], 2);
    // Basic regular expressions, or extended ones with -E, matched in linear time (lib/regex.ts).
    const re = compilePattern(pattern, { extended: parsed.has('E'), ignoreCase: parsed.has('i'), tick: ctx.stopIfInterrupted });
    if ('error' in re) return failWith([`grep: 0652-033 Cannot open ${pattern}.`], 2);
    const { text, errors } = filterInput(ctx, 'grep', files);
    const matched = textLines(text)
      .map((l, i) => [l, i + 1] as const)
      .filter(([l], i) => {
        if ((i & 0x3ff) === 0x3ff) ctx.stopIfInterrupted();
        return re.test(l) !== parsed.has('v');
      });
    const out = parsed.has('c')
      ? [String(matched.length)]
      : parsed.has('l')
        ? matched.length
          ? [files.join('\n') || '(standard input)']
          : []
        : matched.map(([l, n]) => (parsed.has('n') ? `${n}:${l}` : l));
    return { out: [...errors.map(errLine), ...lines(out)], status: errors.length ? 2 : matched.length ? 0 : 1 };
  },
};
