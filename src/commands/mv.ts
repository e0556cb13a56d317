// mv: moves (renames) files and directories, across file systems too (as a
// copy then a removal). A mount point cannot be moved. Errors use AIX's errno
// texts [RECALLED-low]. Flags say they are not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { copy, isWithin, nodeAt, remove } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { destinations, ERRNO } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage: mv [-I] [ -d | -e] [-i | -f] [-E{force|ignore|warn}] [--] src target'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('fiE:')];

export const mv: Command = {
  name: 'mv',
  scope: 'any',
  summary: 'Move or rename files',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Moves files.', synopsis: ['mv Source ... Target'], examples: ['mv /tmp/x /tmp/y'] },
  run(ctx) {
    const parsed = parseFlags(ctx, mv);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length) return failWith([notYet(`mv -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length < 2) return failWith(['Usage: mv [-I] [ -d | -e] [-i | -f] [-E{force|ignore|warn}] [--] src target'], 2);
    const target = parsed.operands[parsed.operands.length - 1]!;
    const plan = destinations(ctx, parsed.operands.slice(0, -1), target);
    if (!plan) return failWith([`mv: ${target}: ${ERRNO.ENOTDIR}`], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const { from, to, arg } of plan) {
      if (!nodeAt(world, from, false)) {
        status = 2;
        out.push(errLine(`mv: ${arg}: ${ERRNO.ENOENT}`));
        continue;
      }
      if (isWithin(to, from)) {
        status = 2;
        out.push(errLine(`mv: ${arg}: ${ERRNO.EINVAL}`));
        continue;
      }
      // A symbolic link moves as a link.
      const copied = copy(world, from, to, ctx.now, false);
      const removed = copied.ok ? remove(copied.value, from, true) : copied;
      if (removed.ok) world = removed.value;
      else {
        status = 2;
        out.push(errLine(`mv: ${arg}: ${ERRNO[removed.error]}`));
      }
    }
    return { out, status, world };
  },
};
