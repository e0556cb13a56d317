// wc: counts lines, words and bytes (-l -w -c), each right-aligned in 8
// columns [RECALLED: AIX wc], then the file name.

import type { Command, FlagSpec } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { filterInput } from './lib/files.js';
import { errLine, lines, utf8Length } from './lib/output.js';

const USAGE = ['Usage: wc [-c | -m] [-lw] [File...]', '       wc -k [-c] [-lw] [File...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'l', doc: 'Lines.' },
  { flag: 'w', doc: 'Words.' },
  { flag: 'c', doc: 'Bytes.' },
  { flag: 'm', doc: 'Characters (as -c: wparsim stores one byte a character).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('k'),
];

export const wc: Command = {
  name: 'wc',
  scope: 'any',
  summary: 'Count lines, words and bytes',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Counts the lines, words and bytes in a file.',
    synopsis: ['wc [-l] [-w] [-c] [File ...]'],

    examples: ['lswpar | wc -l'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, wc);
    if (isFailure(parsed)) return parsed;
    const flags = parsed.opts.map((o) => o.flag);
    const which = flags.length ? ['l', 'w', 'c'].filter((f) => flags.includes(f) || (f === 'c' && flags.includes('m'))) : ['l', 'w', 'c'];
    const files = parsed.operands.length ? parsed.operands : [null];
    const out: string[] = [];
    const errors: string[] = [];
    for (const f of files) {
      const r = filterInput(ctx, 'wc', f === null ? [] : [f]);
      if (r.errors.length) {
        errors.push(...r.errors);
        continue;
      }
      const n = { l: (r.text.match(/\n/g) ?? []).length, w: r.text.split(/\s+/).filter(Boolean).length, c: utf8Length(r.text) };
      out.push(which.map((k) => String(n[k as 'l']).padStart(8)).join('') + (f === null ? '' : ` ${f}`));
    }
    return { out: [...errors.map(errLine), ...lines(out)], status: errors.length ? 2 : 0 };
  },
};
