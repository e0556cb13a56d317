// rm: removes files; -r directories too; -f no message for missing files.
// "rm: X: A file or directory in the path name does not exist." and
// "rm: 0653-603 Cannot remove directory X." [RECALLED-low]. A mount point is
// busy. Other flags say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { nodeAt, remove } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, eachOperand } from './lib/files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: rm [-firRe] [--] File...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'r', doc: 'Removes directories and their contents.' },
  { flag: 'f', doc: 'No message for files that do not exist.' },
  { flag: 'R', doc: 'The same as -r.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('ie'),
];

export const rm: Command = {
  name: 'rm',
  scope: 'any',
  summary: 'Remove files (-r directories, -f quietly)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Removes (unlinks) files or directories.',
    synopsis: ['rm [-f] [-r] File ...'],

    examples: ['rm -r /tmp/old'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, rm);
    if (isFailure(parsed)) return parsed;
    const recursive = parsed.has('r') || parsed.has('R');
    if (parsed.operands.length === 0) return failWith(['Usage: rm [-firRe] [--] File...'], 2);
    return eachOperand(ctx, parsed.operands, (world, arg, global) => {
      // A symbolic link is removed itself.
      const node = nodeAt(world, global, false);
      if (!node) return parsed.has('f') ? world : [`rm: ${arg}: ${ERRNO.ENOENT}`];
      if (node.kind === 'dir' && !recursive) return [`rm: 0653-603 Cannot remove directory ${arg}.`];
      const r = remove(world, global, true);
      return r.ok ? r.value : [`rm: ${arg}: ${ERRNO[r.error]}`];
    });
  },
};
