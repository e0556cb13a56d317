// umount: unmounts a file system by its mount point or device. Nothing
// mounted there: "umount: 0506-347 Cannot find anything to unmount."
// (SOURCED, reference 16.3). Busy (something mounted below it, the working
// directory inside it, or a file system of an active WPAR): "umount: 0506-349
// Cannot unmount X: The requested resource is busy." -a/all, -f, -n, -t say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { normalize, removeMount, toGlobal } from '../world/fs.js';
import { isRunning } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: umount [-sf] {-a|-n Node|-t Type|all|allr|Device|File|Directory|Filesystem}'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('sfan:t:')];

export const umount: Command = {
  name: 'umount',
  scope: 'any',
  summary: 'Unmount a file system',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Unmounts a previously mounted file system.', synopsis: ['umount Directory | Device'], examples: ['umount /wpars/wpar2/bb_fs'] },
  run(ctx) {
    const parsed = parseFlags(ctx, umount);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length || ['all', 'allr'].includes(parsed.operands[0] ?? '')) return failWith([notYet(`umount ${parsed.opts.length ? `-${parsed.opts[0]!.flag}` : parsed.operands[0]}`)]);
    if (parsed.operands.length !== 1) return failWith(['Usage: umount [-sf] {-a|-n Node|-t Type|all|allr|Device|File|Directory|Filesystem}']);
    const arg = parsed.operands[0]!;
    const point = toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, arg));
    const index = ctx.world.mounts
      .map((m, i) => [m, i] as const)
      .filter(([m]) => m.point === point || (m.device === arg && m.vfs !== 'namefs'))
      .pop()?.[1];
    if (index === undefined) return failWith(['umount: 0506-347 Cannot find anything to unmount.']);
    const m = ctx.world.mounts[index]!;
    const cwd = toGlobal(ctx.world, ctx.scope, ctx.cwd);
    const wparOwn = ctx.world.wpars.some((w) => isRunning(w) && w.mounts.some((x) => (x.dir === '/' ? w.directory : w.directory + x.dir) === m.point));
    const below = ctx.world.mounts.some((x, i) => i > index && x.point.startsWith(m.point + '/'));
    if (below || wparOwn || cwd === m.point || cwd.startsWith(m.point + '/')) return failWith([`umount: 0506-349 Cannot unmount ${arg}: ${ERRNO.EBUSY}`]);
    return { out: [], status: 0, world: removeMount(ctx.world, m) };
  },
};
