// tee: copies standard input to standard output and to each file (-a
// appends), in the simulated tree of the scope you are in.

import type { Command, FlagSpec } from '../engine/contract.js';
import { writeFile } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { errLine } from './lib/output.js';

const FLAGS: readonly FlagSpec[] = [{ flag: 'a', doc: 'Adds the output to the end of the files.' }, ...notSimulated('i')];

export const tee: Command = {
  name: 'tee',
  scope: 'any',
  summary: 'Copy standard input to standard output and files (-a)',
  flags: FLAGS,
  usage: ['Usage: tee [-a] [-i] [File ...]'],
  manual: {
    purpose: 'Displays the output of a program and copies it into a file.',
    synopsis: ['tee [-a] File ...'],
    examples: ['lswpar | tee /tmp/wpars.txt', 'echo 10.0.0.5 web1 | tee -a /etc/hosts'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, tee);
    if (isFailure(parsed)) return parsed;
    let world = ctx.world;
    const errors: string[] = [];
    for (const f of parsed.operands) {
      const r = writeFile(world, resolve(ctx, f).global, ctx.stdin, parsed.has('a'), ctx.now);
      if (r.ok) world = r.value;
      else errors.push(`tee: ${f}: ${ERRNO[r.error]}`);
    }
    return { out: [...(ctx.stdin === '' ? [] : [{ text: ctx.stdin, stream: 'out' as const }]), ...errors.map(errLine)], status: errors.length ? 1 : 0, world };
  },
};
