// mount: without operands the mount table (format SOURCED from mount.c,
// reference 16.1: "%-8.32s %-16s %-16s %-6s %-12s %-16s", trailing blanks
// kept; inside a WPAR the device is "Global" and the paths are the WPAR's,
// as in the SOURCED ohai sample). `mount -v namefs Source Directory` mounts a
// directory over another (guide scenarios 5 and 7; -o ro for read-only);
// `mount Directory` mounts the /etc/filesystems stanza for it (crfs'ed
// jfs2 or namefs). Errors from the mount catalogue (SOURCED, 16.3):
// 0506-324 with the errno text, 0506-334 not a known file system, 0506-333 already mounted.
// -a/all, -n, -t, -r, -p say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { addMount, isDir, isMountPoint, nodeAt, normalize, toGlobal } from '../world/fs.js';
import type { Mount } from '../world/types.js';
import { mountsIn } from '../world/views.js';
import { ensureDir } from '../world/wparfs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';
import { strftime } from './lib/time.js';

const USAGE = ['Usage: mount [-fipr] [-n Node] [-o Options] [-t Type] [-{v|V} Vfs]', '\t[-a | all | [[Node:]Device] [Directory]]'];

const row = (node: string, mounted: string, over: string, vfs: string, date: string, options: string) =>
  `${node.slice(0, 32).padEnd(8)} ${mounted.padEnd(16)} ${over.padEnd(16)} ${vfs.padEnd(6)} ${date.padEnd(12)} ${options.padEnd(16)}`;

const FLAGS: readonly FlagSpec[] = [
  { flag: 'v', arg: 'namefs', doc: 'Mounts the first directory over the second (namefs).' },
  { flag: 'o', arg: 'ro', doc: 'Read-only.' },
  { flag: 'V', arg: 'Vfs', doc: 'The same as -v.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('fiprn:t:a'),
];

export const mount: Command = {
  name: 'mount',
  scope: 'any',
  summary: 'Show mounts; mount -v namefs SRC DIR; mount DIR',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Makes a file system available for use.',
    synopsis: ['mount', 'mount -v namefs [-o ro] Directory Directory', 'mount Directory'],
    operands: [['Directory', 'Mounts the /etc/filesystems stanza for it.']],
    examples: ['mount -v namefs /bb /wpars/wpar2/bb_fs', 'mount /wpars/wpar1/bb_fs'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, mount);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands[0] === 'all') return failWith([notYet('mount all')]);
    const zone = ctx.world.lpar.timezone;
    if (parsed.operands.length === 0) {
      if (parsed.opts.length) return failWith(USAGE);
      const head = [
        row('  node', '    mounted', '  mounted over', ' vfs', '    date', '   options'),
        row('--------', '---------------', '---------------', '------', '------------', '---------------'),
      ];
      const body = mountsIn(ctx.world, ctx.scope).map(({ m, point, device, own }) => {
        const options = !own && m.vfs === 'jfs2' ? 'rw,log=NULL' : m.options;
        return row('', device, point, m.vfs, strftime('%b %d %H:%M', m.date, zone), options);
      });
      return { out: lines([...head, ...body]), status: 0 };
    }
    const vfs = parsed.arg('v') ?? parsed.arg('V');
    const readonly = (parsed.arg('o') ?? '').split(',').includes('ro');
    const fail = (src: string, dir: string, e: keyof typeof ERRNO) => failWith([`mount: 0506-324 Cannot mount ${src} on ${dir}: ${ERRNO[e]}`]);
    let mountOne: Mount;
    if (parsed.operands.length === 2) {
      const [src, dir] = parsed.operands as [string, string];
      if (vfs !== 'namefs') return failWith([notYet(`mount ${vfs ? `-v ${vfs}` : 'Device Directory'} (only -v namefs Directory Directory so far)`)]);
      const s = normalize(ctx.cwd, src);
      const d = normalize(ctx.cwd, dir);
      if (!isDir(ctx.world, ctx.scope, s) || !isDir(ctx.world, ctx.scope, d)) return fail(src, dir, 'ENOENT');
      const point = toGlobal(ctx.world, ctx.scope, d);
      if (isMountPoint(ctx.world, point)) return fail(src, dir, 'EBUSY');
      mountOne = { point, vfs: 'namefs', device: toGlobal(ctx.world, ctx.scope, s), options: readonly ? 'ro' : 'rw', date: ctx.now };
    } else if (parsed.operands.length === 1) {
      const point = toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, parsed.operands[0]!));
      const stanza = ctx.world.fstab.find((s) => s.point === point);
      if (!stanza) return failWith([`mount: 0506-334 ${parsed.operands[0]} is not a known file system.`]);
      if (isMountPoint(ctx.world, point)) return failWith([`mount: 0506-333 ${parsed.operands[0]} is already mounted.`]);
      if (stanza.vfs === 'namefs' && !nodeAt(ctx.world, stanza.dev)) return fail(stanza.dev, parsed.operands[0]!, 'ENOENT');
      if (stanza.vfs !== 'namefs' && !ctx.world.filesystems[stanza.dev]) return fail(stanza.dev, parsed.operands[0]!, 'ENOENT');
      if (!nodeAt(ctx.world, point)) return fail(stanza.dev, parsed.operands[0]!, 'ENOENT');
      mountOne = {
        point,
        vfs: stanza.vfs === 'namefs' ? 'namefs' : 'jfs2',
        device: stanza.dev,
        options: stanza.vfs === 'namefs' ? (stanza.options ?? 'rw') : `rw,log=${stanza.log ?? 'INLINE'}`,
        date: ctx.now,
      };
    } else {
      return failWith(USAGE);
    }
    const world = ensureDir(ctx.world, mountOne.point, ctx.now);
    return { out: [], status: 0, world: addMount(world, mountOne) };
  },
};
