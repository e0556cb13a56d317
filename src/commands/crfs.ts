// crfs: adds a file system. `crfs -v jfs2 -g VG -m MountPoint -a size=S
// [-A yes|no] [-u MountGroup] [-p rw|ro]` makes a logical volume (fslvNN) and
// a jfs2 file system on it, the mount point and the /etc/filesystems stanza,
// and prints the three lines of reference 17.1 (SOURCED; the free space figure
// INFERRED). Inside a WPAR, jfs2 on a volume group the WPAR made (mkvg on a
// disk it was given): the stanza is the WPAR's (its mount group), mount points
// inside it. Each logical volume takes its volume group's partitions, so lsvg
// -l lists it and a full volume group refuses the next. `crfs -v namefs -d Source -m MountPoint [-A yes] [-u Group]` adds
// a namefs stanza (silent; the reference has no sample): with -A yes and a
// WPAR's name as mount group it is mounted whenever that WPAR starts.
// A mount point already in /etc/filesystems: "crfs: 0506-909 X file system
// already exists." [RECALLED, medium]. -d LV for jfs2 and other vfs types say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { addStanza, createJfs2 } from '../world/filesystems.js';
import { normalize, toGlobal } from '../world/fs.js';
import type { Stanza } from '../world/types.js';
import { ensureDir } from '../world/wparfs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { vgPps } from './lib/lvm.js';
import { badSize, noFreePartitions, notYet, worldErrorText } from './lib/messages.js';
import { crfsBlocks, nextLv } from './lib/mounts.js';
import { failWith, lines } from './lib/output.js';

const USAGE = [
  'Usage: crfs -v Vfs {-g Volumegroup | -d Device} [-l Logpartitions]',
  '\t-m Mountpoint [-u Mountgroup] [-A {yes|no}] [-t {yes|no}]',
  '\t[-p {ro|rw}] [-a Attribute=Value] [-n Nodename]',
];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'v', arg: 'Vfs', doc: 'jfs2 or namefs.' },
  { flag: 'g', arg: 'VolumeGroup', doc: 'Where the new logical volume goes (jfs2).' },
  { flag: 'd', arg: 'Directory', doc: 'The directory a namefs file system shows.' },
  { flag: 'm', arg: 'MountPoint', doc: 'Where it is mounted; made if missing.' },
  { flag: 'a', arg: 'size=Size', takes: 'list', doc: '512-byte blocks, or with M or G; rounded up to whole 64 MB partitions.' },
  { flag: 'A', arg: 'yes|no', doc: 'Mounted automatically: at boot, or, with a WPAR as mount group, when that WPAR starts.' },
  { flag: 'u', arg: 'MountGroup', doc: "The mount group; a WPAR's name for its file systems." },
  { flag: 'p', arg: 'ro|rw', doc: 'The permissions of the new file system: ro or rw (the default).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('l:t:n:'),
];

export const crfs: Command = {
  name: 'crfs',
  scope: 'any',
  summary: 'Add a file system (jfs2 on a volume group, or namefs)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Adds a file system.',
    synopsis: ['crfs -v jfs2 -g VolumeGroup -m MountPoint -a size=Size [-A yes|no] [-u MountGroup] [-p rw|ro]', 'crfs -v namefs -d Directory -m MountPoint [-A yes|no] [-u MountGroup]'],

    examples: ['crfs -v jfs2 -g rootvg -m /wpars/wpar1/opt/new -a size=10M', 'crfs -v namefs -A yes -d /bb -m /wpars/wpar1/bb_fs -u wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, crfs);
    if (isFailure(parsed)) return parsed;
    const { arg } = parsed;
    const vfs = arg('v');
    const point = arg('m');
    if (!vfs || !point || parsed.operands.length) return failWith(USAGE);
    const auto = arg('A') ?? 'no';
    if (auto !== 'yes' && auto !== 'no') return failWith(USAGE);
    // Inside a WPAR: jfs2 only, on a volume group the WPAR made (its own disks), and the file system is the WPAR's.
    const inside = ctx.scope.kind === 'wpar' ? ctx.scope.name : undefined;
    if (inside !== undefined && vfs !== 'jfs2') return failWith([notYet(`crfs -v ${vfs} inside a workload partition`)]);
    const global = toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, point));
    if (ctx.world.fstab.some((s) => s.point === global)) return failWith([`crfs: 0506-909 ${point} file system already exists.`]);
    const group = arg('u') ?? inside;
    const base = { point: global, mount: auto === 'yes' ? 'true' : 'false', ...(group ? { type: group } : {}) };
    if (vfs === 'namefs') {
      const source = arg('d');
      if (!source) return failWith(USAGE);
      const stanza: Stanza = { ...base, dev: normalize(ctx.cwd, source), vfs: 'namefs', options: arg('p') === 'ro' ? 'ro' : 'rw' };
      const world = ensureDir(ctx.world, global, ctx.now);
      return { out: [], status: 0, world: addStanza(world, stanza) };
    }
    if (vfs !== 'jfs2') return failWith([notYet(`crfs -v ${vfs}`)]);
    if (arg('d') !== undefined) return failWith([notYet('crfs -v jfs2 -d LogicalVolume (logical volumes made by mklv)')]);
    const vgName = arg('g');
    if (!vgName) return failWith(USAGE);
    const vg = ctx.world.vgs.find((v) => v.name === vgName && v.owner === (inside ?? 'Global') && v.active);
    if (!vg) return failWith(worldErrorText('crfs', { code: 'vg-not-found', vg: vgName }));
    const attrs = Object.fromEntries(
      parsed.opts
        .filter((o) => o.flag === 'a')
        .flatMap((o) => o.args ?? [])
        .map((a) => a.split('=') as [string, string]),
    );
    if (attrs['size'] === undefined) return failWith(['crfs: 0506-915 The size attribute is required (-a size=Size).', ...USAGE]);
    const blocks = crfsBlocks(attrs['size']);
    if (blocks === undefined) return failWith([badSize('crfs', attrs['size'])]);
    // The logical volume takes whole partitions of the volume group, which must have them free.
    const partitions = Math.ceil(blocks / 2048 / vg.ppSizeMB);
    const { total, used } = vgPps(ctx.world, vg);
    if (partitions > total - used) return failWith(noFreePartitions('crfs'));
    const dev = nextLv(ctx.world);
    const stanza: Stanza = { ...base, dev, vfs: 'jfs2', log: 'INLINE', account: 'false', size: blocks, vg: vg.vgid, ...(arg('p') === 'ro' ? { options: 'ro' } : {}) };
    let world = ensureDir(ctx.world, global, ctx.now);
    world = createJfs2(world, stanza, ctx.now);
    const kb = blocks / 2;
    return { out: lines(['File system created successfully.', `${kb - 64 - Math.round(kb * 0.000075)} kilobytes total disk space.`, `New File System size is ${blocks}`]), status: 0, world };
  },
};
