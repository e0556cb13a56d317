// rmfs: removes a file system added with crfs: its stanza and, for jfs2, its
// logical volume ("rmlv: Logical volume fslvNN is removed.", reference 7.2).
// A mounted one: "rmfs: 0506-921 X is currently mounted." [RECALLED-low]. A
// WPAR's own file systems go with rmwpar. -r, -i say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { removeFilesystem } from '../world/filesystems.js';
import { isMountPoint, normalize, toGlobal } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: rmfs [-r] [-i] FileSystem'];

const FLAGS: readonly FlagSpec[] = [...notSimulated('ri')];

export const rmfs: Command = {
  name: 'rmfs',
  scope: 'global',
  summary: 'Remove a file system added with crfs',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Removes a file system.', synopsis: ['rmfs FileSystem'], examples: ['rmfs /wpars/wpar1/opt/new'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rmfs);
    if (isFailure(parsed)) return parsed;
    if (parsed.opts.length) return failWith([notYet(`rmfs -${parsed.opts[0]!.flag}`)]);
    if (parsed.operands.length !== 1) return failWith(['Usage: rmfs [-r] [-i] FileSystem']);
    const arg = parsed.operands[0]!;
    const point = toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, arg));
    const stanza = ctx.world.fstab.find((s) => s.point === point || s.dev === arg);
    const wparOwn = ctx.world.wpars.some((w) => w.mounts.some((m) => m.dev === stanza?.dev && m.dev.startsWith('/dev/')));
    if (!stanza || wparOwn || !['jfs2', 'namefs'].includes(stanza.vfs) || !stanza.dev.startsWith(stanza.vfs === 'namefs' ? '/' : '/dev/fslv')) {
      return failWith([`rmfs: 0506-915 ${arg} is not a file system that rmfs can remove.`]);
    }
    if (isMountPoint(ctx.world, stanza.point)) return failWith([`rmfs: 0506-921 ${arg} is currently mounted.`]);
    const world = removeFilesystem(ctx.world, stanza);
    return { out: lines(stanza.vfs === 'namefs' ? [] : [`rmlv: Logical volume ${stanza.dev.slice(5)} is removed.`]), status: 0, world };
  },
};
