// grep: the lines of files (or standard input) that match patterns: basic
// regular expressions, extended ones with -E, fixed strings with -F, all
// matched in linear time (lib/regex.ts). -e (several patterns; a pattern
// with newlines is several too), -i -v -c -n -l -q -s -w -x. Exit 0 when a
// line matched, 1 when none, 2 on error. Other flags say they are not
// supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { filterInput, textLines } from './lib/files.js';
import { isWordChar, MatchError, Matcher } from './lib/match.js';
import { errLine, failWith, lines } from './lib/output.js';

const USAGE = ['Usage: grep [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] -e pattern_list...', '\t[-f pattern_file...] [file...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'i', doc: 'Ignores case.' },
  { flag: 'v', doc: 'Lines that do not match.' },
  { flag: 'c', doc: 'Only a count of matching lines.' },
  { flag: 'n', doc: 'Line numbers.' },
  { flag: 'l', doc: 'Only the names of files with matches.' },
  { flag: 'E', doc: 'The pattern is an extended regular expression (as egrep); without -E, a basic one.' },
  { flag: 'F', doc: 'The patterns are fixed strings (as fgrep).' },
  { flag: 'e', arg: 'Pattern', doc: 'A pattern (several -e: a line may match any of them).' },
  { flag: 'q', doc: 'Prints nothing: the exit status says whether a line matched.' },
  { flag: 's', doc: 'No message for a file that cannot be read.' },
  { flag: 'w', doc: 'The match must be a whole word.' },
  { flag: 'x', doc: 'The match must be the whole line.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('bhpyf:'),
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
    const given = parsed.opts.filter((o) => o.flag === 'e').map((o) => o.arg ?? '');
    const files = [...parsed.operands];
    if (given.length === 0) {
      const p = files.shift();
      if (p === undefined) return failWith(USAGE, 2);
      given.push(p);
    }
    const patterns = given.flatMap((p) => p.split('\n'));
    const ignoreCase = parsed.has('i');
    const tests: ((line: string) => boolean)[] = [];
    for (const p of patterns) {
      if (parsed.has('F')) {
        const needle = ignoreCase ? p.toLowerCase() : p;
        tests.push((l) => fixedMatch(ignoreCase ? l.toLowerCase() : l, needle, parsed.has('w'), parsed.has('x')));
        continue;
      }
      // Basic regular expressions, or extended ones with -E, matched in linear time (lib/regex.ts).
      try {
        const m = new Matcher(p, parsed.has('E'), ctx.stopIfInterrupted, ignoreCase);
        tests.push(parsed.has('x') ? (l) => m.whole(l) : parsed.has('w') ? (l) => m.word(l) : (l) => m.matches(l));
      } catch (e) {
        if (e instanceof MatchError) return failWith([`grep: 0652-033 Cannot open ${p}.`], 2);
        throw e;
      }
    }
    const input = filterInput(ctx, 'grep', files);
    const errors = parsed.has('s') ? [] : input.errors;
    const matched = textLines(input.text)
      .map((l, i) => [l, i + 1] as const)
      .filter(([l], i) => {
        if ((i & 0x3ff) === 0x3ff) ctx.stopIfInterrupted();
        return tests.some((t) => t(l)) !== parsed.has('v');
      });
    const status = input.errors.length ? 2 : matched.length ? 0 : 1;
    if (parsed.has('q')) return { out: errors.map(errLine), status: matched.length ? 0 : status };
    const out = parsed.has('c')
      ? [String(matched.length)]
      : parsed.has('l')
        ? matched.length
          ? [files.join('\n') || '(standard input)']
          : []
        : matched.map(([l, n]) => (parsed.has('n') ? `${n}:${l}` : l));
    return { out: [...errors.map(errLine), ...lines(out)], status };
  },
};

/** -F: whether `needle` is in the line (as a whole word with -w, as the whole line with -x). */
function fixedMatch(line: string, needle: string, word: boolean, whole: boolean): boolean {
  if (whole) return line === needle;
  if (!word) return line.includes(needle);
  for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
    if (!isWordChar(line[at - 1]) && !isWordChar(line[at + needle.length])) return true;
  }
  return false;
}
