// rm: removes files; -r directories too; -f no message for missing files.
// "rm: X: A file or directory in the path name does not exist." and
// "rm: 0653-603 Cannot remove directory X." [RECALLED-low]. A mount point is
// busy. Other flags say they are not supported yet.

import { nodeAt, remove } from '../world/fs.js';
import { isFailure, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, type Chunk, type Command } from './lib/types.js';

export const rm: Command = {
  name: 'rm',
  scope: 'any',
  summary: 'Remove files (-r directories, -f quietly)',
  manual: { purpose: 'Removes (unlinks) files or directories.', synopsis: ['rm [-f] [-r] File ...'], flags: [['-r', 'Removes directories and their contents.'], ['-f', 'No message for files that do not exist.']], examples: ['rm -r /tmp/old'] },
  run(ctx) {
    const parsed = parseFlags(ctx, 'frRie', ['Usage: rm [-firRe] [--] File...']);
    if (isFailure(parsed)) return parsed;
    const other = parsed.opts.find((o) => !'frR'.includes(o.flag));
    if (other) return failWith([notYet(`rm -${other.flag}`)]);
    const recursive = parsed.has('r') || parsed.has('R');
    if (parsed.operands.length === 0) return failWith(['Usage: rm [-firRe] [--] File...'], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const arg of parsed.operands) {
      const { global } = resolve(ctx, arg);
      const node = nodeAt(world, global);
      if (!node) { if (!parsed.has('f')) { status = 2; out.push(errLine(`rm: ${arg}: ${ERRNO.ENOENT}`)); } continue; }
      if (node.kind === 'dir' && !recursive) { status = 2; out.push(errLine(`rm: 0653-603 Cannot remove directory ${arg}.`)); continue; }
      const r = remove(world, global, true);
      if (r.ok) world = r.value;
      else { status = 2; out.push(errLine(`rm: ${arg}: ${ERRNO[r.error]}`)); }
    }
    return { out, status, world };
  },
};
