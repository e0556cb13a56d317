// lsfs: the file systems of /etc/filesystems: name, node, mount point, vfs,
// size in 512-byte blocks, options, auto, accounting [RECALLED: AIX lsfs
// columns]. Mount points as operands limit the list; -u MountGroup (a WPAR's
// name: the stanzas mkwpar and crfs -u wrote for it) and -v VfsType filter it.
// Inside a WPAR, its own file systems (its mount group), their mount points
// as it sees them (INFERRED: the WPAR's /etc/filesystems). -c -q -l -a say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { GLOBAL_FILESYSTEMS } from '../world/factory.js';
import { fromGlobal, normalize, toGlobal } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lsfs [-q] [-c | -l] [-a | -v VfsType | -u MountGroup | [FileSystem...]]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'u', arg: 'MountGroup', doc: "Only the file systems of this mount group: a WPAR's name lists that WPAR's." },
  { flag: 'v', arg: 'VfsType', doc: 'Only the file systems of this type (jfs2, namefs, ...).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('cqla'),
];

export const lsfs: Command = {
  name: 'lsfs',
  scope: 'any',
  summary: 'List the file systems of /etc/filesystems (-u group, -v type)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Displays the characteristics of file systems.',
    synopsis: ['lsfs [-u MountGroup | -v VfsType | FileSystem ...]'],
    examples: ['lsfs', 'lsfs /wpars/wpar1/bb_fs', 'lsfs -u wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lsfs);
    if (isFailure(parsed)) return parsed;
    const group = parsed.arg('u');
    const vfs = parsed.arg('v');
    const wanted = parsed.operands.map((o) => toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, o)));
    // A WPAR's /etc/filesystems holds its own file systems: its mount group's.
    const inside = ctx.scope.kind === 'wpar' ? ctx.scope.name : undefined;
    const stanzas = ctx.world.fstab.filter(
      (s) => (inside === undefined || s.type === inside) && (wanted.length === 0 || wanted.includes(s.point)) && (group === undefined || s.type === group) && (vfs === undefined || s.vfs === vfs),
    );
    const sizeOf = (dev: string, point: string): string => {
      const g = GLOBAL_FILESYSTEMS.find((f) => f.dev === dev);
      if (g) return g.blocks ? String(g.blocks) : '--';
      const crfs = ctx.world.fstab.find((s) => s.dev === dev)?.size;
      if (crfs) return String(crfs);
      const m = ctx.world.wpars.flatMap((w) => w.mounts.map((x) => ({ x, p: x.dir === '/' ? w.directory : w.directory + x.dir }))).find((e) => e.p === point);
      return m?.x.sizeMB ? String(m.x.sizeMB * 2048) : '--';
    };
    const row = (a: string, b: string, c: string, d: string, e: string, f: string, g: string, h: string) =>
      `${a.padEnd(15)} ${b.padEnd(10)} ${c.padEnd(22)} ${d.padEnd(5)} ${e.padEnd(7)} ${f.padEnd(10)} ${g.padEnd(4)} ${h}`.trimEnd();
    const out = [row('Name', 'Nodename', 'Mount Pt', 'VFS', 'Size', 'Options', 'Auto', 'Accounting')];
    for (const s of stanzas) {
      out.push(
        row(
          s.dev,
          '--',
          fromGlobal(ctx.world, ctx.scope, s.point) ?? s.point,
          s.vfs,
          s.vfs === 'namefs' ? '--' : sizeOf(s.dev, s.point),
          s.options ?? '--',
          s.mount === 'true' || s.mount === 'automatic' ? 'yes' : 'no',
          s.account === 'true' ? 'yes' : 'no',
        ),
      );
    }
    if (wanted.length && stanzas.length === 0) return failWith([`lsfs: 0506-915 No record matching ${parsed.operands[0]} was found in /etc/filesystems.`]);
    if ((group !== undefined || vfs !== undefined) && stanzas.length === 0) return failWith([`lsfs: 0506-915 No record matching ${group ?? vfs} was found in /etc/filesystems.`]);
    return { out: lines(out), status: 0 };
  },
};
