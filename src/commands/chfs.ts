// chfs -a size=[+|-]Size FileSystem: grows or shrinks a jfs2 file system crfs
// made, in whole partitions of its volume group (Size in 512-byte blocks, or
// with M or G): "Filesystem size changed to N" (N in 512-byte blocks,
// RECALLED). A volume group without the free partitions refuses it as mklv
// does (0516-404, SOURCED reference 17.1; then 0516-788 extendlv, RECALLED); a file system that is
// not in /etc/filesystems: 0506-915 (as lsfs says it). The WPARs' own file
// systems (mkwpar's) and the other attributes (-m, -u, -A, -p, -a other) say
// they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { normalize, toGlobal } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { vgPps } from './lib/lvm.js';
import { badSize, extendlvFailed, notYet } from './lib/messages.js';
import { crfsBlocks } from './lib/mounts.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: chfs [-n Nodename] [-m NewMountPoint] [-u Mountgroup] [-A {yes|no}]', '\t[-t {yes|no}] [-p {ro|rw}] [-a Attribute=Value] [-d Attribute] FileSystem'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'a', arg: 'size=[+|-]Size', takes: 'list', doc: 'The new size, or +Size / -Size to grow or shrink it (512-byte blocks, or M or G).' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('n:m:u:A:t:p:d:'),
];

export const chfs: Command = {
  name: 'chfs',
  scope: 'any',
  summary: 'Change a file system (chfs -a size=+1G /fs)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Changes attributes of a file system.', synopsis: ['chfs -a size=[+|-]Size FileSystem'], examples: ['chfs -a size=+1G /data', 'chfs -a size=2G /data'] },
  run(ctx) {
    const parsed = parseFlags(ctx, chfs);
    if (isFailure(parsed)) return parsed;
    const settings = parsed.opts.filter((o) => o.flag === 'a').flatMap((o) => o.args ?? []);
    if (parsed.operands.length !== 1 || settings.length === 0) return failWith(USAGE);
    const others = settings.filter((a) => !a.startsWith('size='));
    if (others.length > 0) return failWith([notYet(`chfs -a ${others[0]!.split('=')[0]}`)]);
    const point = toGlobal(ctx.world, ctx.scope, normalize(ctx.cwd, parsed.operands[0]!));
    const stanza = ctx.world.fstab.find((s) => s.point === point && (ctx.scope.kind === 'global' || s.type === ctx.scope.name));
    if (!stanza) return failWith([`chfs: 0506-915 No record matching ${parsed.operands[0]} was found in /etc/filesystems.`]);
    const vg = ctx.world.vgs.find((v) => v.vgid === stanza.vg);
    if (stanza.vfs !== 'jfs2' || !vg || stanza.size === undefined) return failWith([notYet(`chfs of ${parsed.operands[0]} (only file systems crfs made can change size)`)]);
    const value = settings.at(-1)!.slice('size='.length);
    const sign = value[0] === '+' || value[0] === '-' ? value[0] : '';
    const amount = crfsBlocks(sign ? value.slice(1) : value);
    if (amount === undefined) return failWith([badSize('chfs', value)]);
    const pp = vg.ppSizeMB * 2048;
    const wanted = sign === '+' ? stanza.size + amount : sign === '-' ? stanza.size - amount : amount;
    const blocks = Math.max(pp, Math.ceil(wanted / pp) * pp);
    const more = (blocks - stanza.size) / pp;
    const { total, used } = vgPps(ctx.world, vg);
    if (more > total - used) return failWith(extendlvFailed());
    const world = { ...ctx.world, fstab: ctx.world.fstab.map((s) => (s === stanza ? { ...s, size: blocks } : s)) };
    return { out: lines([`Filesystem size changed to ${blocks}`]), status: 0, world };
  },
};
