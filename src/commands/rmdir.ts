// rmdir: removes empty directories. A missing one, a non-empty one or a
// mount point gets "rmdir: 0653-611 Directory X is not empty." or the errno
// text of the failure [RECALLED-low]. -p says it is not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { nodeAt, remove } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, eachOperand } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: rmdir [-p] Directory ...'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('p')];

export const rmdir: Command = {
  name: 'rmdir',
  scope: 'any',
  summary: 'Remove empty directories',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Removes a directory.', synopsis: ['rmdir Directory ...'], examples: ['rmdir /wpars/wpar2/bb_fs'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rmdir);
    if (isFailure(parsed)) return parsed;
    if (parsed.has('p')) return failWith([notYet('rmdir -p')]);
    if (parsed.operands.length === 0) return failWith(['Usage: rmdir [-p] Directory ...'], 2);
    return eachOperand(ctx, parsed.operands, (world, arg, global) => {
      const r = nodeAt(world, global)?.kind === 'file' ? ({ ok: false, error: 'ENOTDIR' } as const) : remove(world, global, false);
      if (r.ok) return r.value;
      return [r.error === 'ENOTEMPTY' ? `rmdir: 0653-611 Directory ${arg} is not empty.` : `rmdir: ${arg}: ${ERRNO[r.error]}`];
    });
  },
};
