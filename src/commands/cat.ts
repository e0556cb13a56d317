// cat: writes files (or standard input) to standard output. A missing file
// or a directory: "cat: 0652-050 Cannot open X." [RECALLED, AIX cat], status 2,
// the other files still written. Flags say they are not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { readFile } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage: cat [-q] [-r] [-s] [-S] [-u] [-n[-b]] [-v [-e] [-t]] [-|File ...]'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('bnqrsStuv')];

export const cat: Command = {
  name: 'cat',
  scope: 'any',
  summary: 'Write files to standard output',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Concatenates or displays files.', synopsis: ['cat [File ...]'], examples: ['cat /etc/hosts'] },
  run(ctx) {
    const parsed = parseFlags(ctx, cat);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length) return failWith([notYet(`cat -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length === 0) return { out: ctx.stdin ? [{ text: ctx.stdin, stream: 'out' }] : [], status: 0 };
    const out: Chunk[] = [];
    let status = 0;
    for (const arg of parsed.operands) {
      if (arg === '-') {
        if (ctx.stdin) out.push({ text: ctx.stdin, stream: 'out' });
        continue;
      }
      const r = readFile(ctx.world, resolve(ctx, arg).global);
      if (r.ok) {
        if (r.value) out.push({ text: r.value, stream: 'out' });
      } else {
        status = 2;
        out.push(errLine(`cat: 0652-050 Cannot open ${arg}.`));
      }
    }
    return { out, status };
  },
};
