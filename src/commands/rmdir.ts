// rmdir: removes empty directories. A missing one, a non-empty one or a
// mount point gets "rmdir: 0653-611 Directory X is not empty." or the errno
// text of the failure [RECALLED-low]. -p says it is not supported yet.

import { nodeAt, remove } from '../world/fs.js';
import { isFailure, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, type Chunk, type Command } from './lib/types.js';

export const rmdir: Command = {
  name: 'rmdir',
  scope: 'any',
  summary: 'Remove empty directories',
  manual: { purpose: 'Removes a directory.', synopsis: ['rmdir Directory ...'], flags: [], examples: ['rmdir /wpars/wpar2/bb_fs'] },
  run(ctx) {
    const parsed = parseFlags(ctx, 'p', ['Usage: rmdir [-p] Directory ...']);
    if (isFailure(parsed)) return parsed;
    if (parsed.has('p')) return failWith([notYet('rmdir -p')]);
    if (parsed.operands.length === 0) return failWith(['Usage: rmdir [-p] Directory ...'], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const arg of parsed.operands) {
      const { global } = resolve(ctx, arg);
      const node = nodeAt(world, global);
      const r = node?.kind === 'file' ? ({ ok: false, error: 'ENOTDIR' } as const) : remove(world, global, false);
      if (r.ok) { world = r.value; continue; }
      status = 2;
      out.push(errLine(r.error === 'ENOTEMPTY' ? `rmdir: 0653-611 Directory ${arg} is not empty.` : `rmdir: ${arg}: ${ERRNO[r.error]}`));
    }
    return { out, status, world: world !== ctx.world ? world : undefined };
  },
};
