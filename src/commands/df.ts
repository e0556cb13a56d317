// df: free space of mounted file systems, in 512-byte blocks (default), -k,
// -m or -g, with inode columns. Layout SOURCED from the reference's samples
// (18.1: "/dev/hd4         1966080    559552   72%     4107     7% /", the
// /proc row's dashes included); inside a WPAR only its file systems, the
// device "Global", paths relative to the WPAR (18.2). -P is the POSIX
// format ohai parses ("Global           10485760    130872  10354888       2% /",
// SOURCED from chef/ohai's df -Pk capture inside a WPAR), in 512-byte blocks
// or, with -k, 1024-byte ones; -I the used and free blocks without inodes
// (INFERRED from IBM's df page). Sizes are whole numbers of 4 KB JFS2
// blocks, so -k prints whole kilobytes. The LPAR's figures are those of the
// sample; a WPAR's are derived from its sizes and contents. A path that does
// not exist: "df: X: A file or directory in the path name does not exist."
// Other flags say they are not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { own } from '../world/dict.js';
import { GLOBAL_FILESYSTEMS } from '../world/factory.js';
import { locate, nodeAt, normalize, toGlobal } from '../world/fs.js';
import { flatten } from '../world/tree.js';
import type { Mount, World } from '../world/types.js';
import { mountsIn } from '../world/views.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO } from './lib/files.js';
import { errLine, failWith, lines, utf8Length } from './lib/output.js';

/** Part of a WPAR file system in use when it is new [INFERRED from reference 18.2's sample]. */
const USED: Record<string, number> = { '/': 0.28, '/home': 0.01, '/tmp': 0.02, '/var': 0.11, '/usr': 0.81, '/opt': 0.86 };

interface Figures {
  blocks: number;
  free: number;
  iused: number;
  inodes: number;
  /** %Iused as the sample has it (the LPAR's own file systems). */
  ipct?: number;
}

function figures(world: World, m: Mount): Figures | null {
  if (m.vfs === 'procfs') return null;
  if (m.vfs === 'ahafs') return { blocks: 0, free: 0, iused: 35, inodes: 3500, ipct: 1 };
  if (m.vfs === 'namefs') {
    const loc = locate(world, m.device);
    const g = GLOBAL_FILESYSTEMS.find((f) => f.dev === loc.fs);
    if (g) return g.blocks ? { blocks: g.blocks, free: g.free, iused: g.iused, inodes: Math.round(g.blocks / 32), ipct: g.ipct } : null;
    return figures(world, { ...m, vfs: 'jfs2', device: loc.fs });
  }
  const g = GLOBAL_FILESYSTEMS.find((f) => f.dev === m.device);
  if (g) return { blocks: g.blocks, free: g.free, iused: g.iused, inodes: Math.round(g.blocks / 32), ipct: g.ipct };
  const nodes = flatten(own(world.filesystems, m.device));
  const bytes = Object.values(nodes).reduce((s, n) => s + utf8Length(n.content ?? ''), 0);
  let blocks = world.fstab.find((s) => s.dev === m.device)?.size ?? 131072;
  let dir = '';
  for (const w of world.wpars) {
    const own = w.mounts.find((x) => x.dev === m.device);
    if (own) {
      blocks = (own.sizeMB ?? 64) * 2048;
      dir = own.dir;
    }
  }
  // In whole 4 KB blocks (8 of 512 bytes), as JFS2 allocates.
  const used = Math.min(blocks, Math.round((blocks * (own(USED, dir) ?? 0.005)) / 8) * 8 + Math.ceil(bytes / 4096) * 8);
  const count = Object.keys(nodes).length;
  return { blocks, free: blocks - used, iused: count + (dir === '/' ? 1900 : dir === '/var' ? 350 : 3), inodes: Math.round(blocks / 32) };
}

const USAGE = ['Usage: df [-P] | [-IMitv] [-k] [-m] [-g] [-s] [filesystem ...] [file ...]'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'k', doc: '1024-byte blocks.' },
  { flag: 'm', doc: 'Megabytes.' },
  { flag: 'g', doc: 'Gigabytes.' },
  { flag: 'P', doc: 'The POSIX format: blocks, used, available, capacity (512-byte blocks, or 1024 with -k).' },
  { flag: 'I', doc: 'Used and free blocks, without the inode columns.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('Mistv'),
];

export const df: Command = {
  name: 'df',
  scope: 'any',
  summary: 'Free space of file systems (-k, -m, -g)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Reports information about space on file systems.',
    synopsis: ['df [-k | -m | -g] [-I] [FileSystem | File ...]', 'df -P [-k] [FileSystem | File ...]'],

    examples: ['df -g', 'df -k /tmp'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, df);
    if (isFailure(parsed)) return parsed;
    const unit = parsed.has('g') ? 'g' : parsed.has('m') ? 'm' : parsed.has('k') ? 'k' : 'b';
    const header = { b: '512-blocks', k: '1024-blocks', m: 'MB blocks', g: 'GB blocks' }[unit];
    const width = Math.max(10, header.length);
    const scale = (blocks: number) => (unit === 'b' ? String(blocks) : unit === 'k' ? String(Math.floor(blocks / 2)) : unit === 'm' ? (blocks / 2048).toFixed(2) : (blocks / 2097152).toFixed(2));
    let visible = mountsIn(ctx.world, ctx.scope);
    const out: Chunk[] = [];
    let status = 0;
    if (parsed.operands.length) {
      const chosen: typeof visible = [];
      for (const arg of parsed.operands) {
        const global = toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, arg));
        if (!nodeAt(ctx.world, global)) {
          out.push(errLine(`df: ${arg}: ${ERRNO.ENOENT}`));
          status = 1;
          continue;
        }
        const best = visible.filter(({ m }) => m.point === '/' || global === m.point || global.startsWith(m.point + '/')).pop();
        if (best) chosen.push(best);
      }
      visible = chosen;
    }
    const posix = parsed.has('P');
    if (posix && (unit === 'm' || unit === 'g')) return failWith(USAGE, 2);
    const onlyBlocks = parsed.has('I');
    const rows = [
      posix
        ? `${'Filesystem'.padEnd(14)}${header.padStart(width)}${'Used'.padStart(10)}${'Available'.padStart(10)}${'Capacity'.padStart(9)} Mounted on`
        : onlyBlocks
          ? `${'Filesystem'.padEnd(14)}${header.padStart(width)}${'Used'.padStart(10)}${'Free'.padStart(10)} %Used Mounted on`
          : `${'Filesystem'.padEnd(14)}${header.padStart(width)}${'Free'.padStart(10)} %Used    Iused %Iused Mounted on`,
    ];
    for (const { m, point, device: name } of visible) {
      const f = figures(ctx.world, m);
      const cells = (values: readonly string[]) => `${name.padEnd(14)}${values[0]!.padStart(width)}${values.slice(1).join('')}`;
      if (!f || f.blocks === 0) {
        if (posix) rows.push(`${cells(['-', '-'.padStart(10), '-'.padStart(10), '-'.padStart(8)])}  ${point}`);
        else if (onlyBlocks) rows.push(`${cells(['-', '-'.padStart(10), '-'.padStart(10), '-'.padStart(5)])}  ${point}`);
        else if (f) rows.push(`${cells(['-', '-'.padStart(10), '-'.padStart(5), String(f.iused).padStart(9), `${String(f.ipct).padStart(6)}%`])} ${point}`);
        else rows.push(`${cells(['-', '-'.padStart(10), '-'.padStart(5), '-'.padStart(9), '-'.padStart(7)])} ${point}`);
        continue;
      }
      const used = f.blocks - f.free;
      const pct = Math.ceil((used / f.blocks) * 100);
      if (posix) {
        rows.push(`${cells([scale(f.blocks), scale(used).padStart(10), scale(f.free).padStart(10), `${String(pct).padStart(8)}%`])} ${point}`);
        continue;
      }
      if (onlyBlocks) {
        rows.push(`${cells([scale(f.blocks), scale(used).padStart(10), scale(f.free).padStart(10), `${String(pct).padStart(5)}%`])} ${point}`);
        continue;
      }
      const ipct = f.ipct ?? Math.max(1, Math.ceil((f.iused / f.inodes) * 100));
      rows.push(`${cells([scale(f.blocks), scale(f.free).padStart(10), `${String(pct).padStart(5)}%`, String(f.iused).padStart(9), `${String(ipct).padStart(6)}%`])} ${point}`);
    }
    return { out: [...out, ...lines(rows)], status };
  },
};
