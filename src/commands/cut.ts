// cut: selected fields (-f, split on -d, a tab by default; -s drops lines
// without one) or characters (-c) of each line of files or standard input.
// Lists as AIX takes them: N, N-M, N-, -M, separated by commas. Not
// simulated yet: -b and -n. Usage text RECALLED from AIX cut.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { filterInput, textLines } from './lib/files.js';
import { errLine, failWith, lines } from './lib/output.js';

const USAGE = ['Usage: cut {-b <list> [-n] | -c <list> | -f <list> [-d <char>] [-s]} file ...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'c', arg: 'List', doc: 'Characters at the positions in List.' },
  { flag: 'f', arg: 'List', doc: 'Fields in List.' },
  { flag: 'd', arg: 'Character', doc: 'The field delimiter (a tab by default).' },
  { flag: 's', doc: 'With -f, leaves out lines that have no delimiter.' },
  ...notSimulated('b:n'),
];

/** A list such as 1,3-5,7- as a test of 1-based positions; null when it is not one. */
export function positions(list: string): ((n: number) => boolean) | null {
  const ranges: [number, number][] = [];
  for (const item of list.split(',')) {
    const m = /^(\d*)-(\d*)$/.exec(item) ?? /^(\d+)$/.exec(item);
    if (!m) return null;
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m.length === 2 ? lo : m[2] === '' ? Infinity : Number(m[2]);
    if (lo < 1 || hi < lo || (m[1] === '' && m[2] === '')) return null;
    ranges.push([lo, hi]);
  }
  return (n) => ranges.some(([lo, hi]) => n >= lo && n <= hi);
}

export const cut: Command = {
  name: 'cut',
  scope: 'any',
  summary: 'Fields or characters of each line (-f -d -c)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Writes out selected bytes, characters, or fields from each line of a file.',
    synopsis: ['cut -c List [File ...]', 'cut -f List [-d Character] [-s] [File ...]'],
    examples: ['lswpar -c -q -a name,state | cut -d: -f1', "cut -d' ' -f1 /etc/hosts"],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, cut);
    if (isFailure(parsed)) return parsed;
    const list = parsed.arg('f') ?? parsed.arg('c');
    const wanted = list === undefined ? null : positions(list);
    if (!wanted || (parsed.has('f') && parsed.has('c'))) return failWith(USAGE, 2);
    const delimiter = parsed.arg('d') ?? '\t';
    if ([...delimiter].length !== 1) return failWith(['cut: 0509-136 The delimiter must be a single character.', ...USAGE], 2);
    const { text, errors } = filterInput(ctx, 'cut', parsed.operands);
    const out: string[] = [];
    for (const line of textLines(text)) {
      if (parsed.has('c')) {
        out.push([...line].filter((_, i) => wanted(i + 1)).join(''));
        continue;
      }
      if (!line.includes(delimiter)) {
        if (!parsed.has('s')) out.push(line);
        continue;
      }
      out.push(
        line
          .split(delimiter)
          .filter((_, i) => wanted(i + 1))
          .join(delimiter),
      );
    }
    return { out: [...errors.map(errLine), ...lines(out)], status: errors.length ? 2 : 0 };
  },
};
