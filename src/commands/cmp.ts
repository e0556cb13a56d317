// cmp: whether two files are the same, and where they first differ:
// "File1 File2 differ: char N, line L" (POSIX's words), or EOF on the
// shorter one; -s says nothing, the status tells (0 same, 1 different, 2
// trouble). Not simulated yet: -l.

import type { Command } from '../engine/contract.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { readOperand } from './lib/files.js';
import { failWith, lines } from './lib/output.js';

export const cmp: Command = {
  name: 'cmp',
  scope: 'any',
  summary: 'Compare two files byte by byte (-s)',
  flags: [{ flag: 's', doc: 'Says nothing: the exit status tells.' }, ...notSimulated('l')],
  usage: ['Usage: cmp [-l | -s] File1 File2'],
  manual: { purpose: 'Compares two files and tells where they first differ.', synopsis: ['cmp [-s] File1 File2'], examples: ['cmp /etc/hosts /wpars/web1/etc/hosts'] },
  run(ctx) {
    const parsed = parseFlags(ctx, cmp);
    if (isFailure(parsed)) return parsed;
    const names = parsed.operands;
    if (names.length !== 2) return failWith(['Usage: cmp [-l | -s] File1 File2'], 2);
    const texts: string[] = [];
    for (const f of names) {
      const r = readOperand(ctx, f);
      if (!r.ok) return failWith(parsed.has('s') ? [] : [`cmp: cannot open ${f}`], 2);
      texts.push(r.value);
    }
    const [x, y] = texts as [string, string];
    let line = 1;
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return { out: parsed.has('s') ? [] : lines([`${names[0]} ${names[1]} differ: char ${i + 1}, line ${line}`]), status: 1 };
      if (x[i] === '\n') line++;
    }
    if (x.length === y.length) return { out: [], status: 0 };
    return { out: parsed.has('s') ? [] : [{ text: `cmp: EOF on ${x.length < y.length ? names[0] : names[1]}\n`, stream: 'err' }], status: 1 };
  },
};
