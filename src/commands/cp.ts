// cp: copies files; -r (or -R) copies directories. "cp: 0653-435 X: No such
// file or directory" style failures use AIX's errno text [RECALLED-low].
// Other flags say they are not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { copy, nodeAt } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { destinations, ERRNO } from './lib/files.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage: cp [-fhipHILPU] [-r|-R] [-E{force|ignore|warn}] [--] src target'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'r', doc: 'Copies directories and their contents.' },
  { flag: 'R', doc: 'The same as -r.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('fhHiIpPE:U'),
];

export const cp: Command = {
  name: 'cp',
  scope: 'any',
  summary: 'Copy files (-r directories)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Copies files.', synopsis: ['cp [-r] Source ... Target'], examples: ['cp /etc/hosts /tmp'] },
  run(ctx) {
    const parsed = parseFlags(ctx, cp);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length < 2) return failWith(['Usage: cp [-fhipHILPU] [-r|-R] [-E{force|ignore|warn}] [--] src target'], 2);
    const target = parsed.operands[parsed.operands.length - 1]!;
    const plan = destinations(ctx, parsed.operands.slice(0, -1), target);
    if (!plan) return failWith([`cp: ${target}: ${ERRNO.ENOTDIR}`], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const { from, to, arg } of plan) {
      const node = nodeAt(world, from);
      if (node?.kind === 'dir' && !parsed.has('r') && !parsed.has('R')) {
        status = 2;
        out.push(errLine(`cp: ${arg}: ${ERRNO.EISDIR}`));
        continue;
      }
      const r = copy(world, from, to, ctx.now);
      if (r.ok) world = r.value;
      else {
        status = 2;
        out.push(errLine(`cp: ${arg}: ${ERRNO[r.error]}`));
      }
    }
    return { out, status, world };
  },
};
