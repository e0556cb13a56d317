// A system WPAR's file systems (guide "Shared and non-shared system WPARs";
// reference 3.3): jfs2 for /, /home, /tmp, /var (and /usr, /opt with -l,
// copied from the global ones), read-only namefs of the global /usr and /opt,
// namefs /proc; /etc/filesystems stanzas in the WPAR's mount group. They are
// mounted at startwpar with the stanzas of that group marked mount = true
// (crfs -A yes -u WPAR), and everything under the WPAR's directory is
// unmounted at stopwpar, hand-made namefs mounts included.

import { own } from './dict.js';
import { etcFiles } from './etc.js';
import { addMount, dropMounts, list, locate, nodeAt, parentOf, remove, withNode } from './fs.js';
import { versionOf } from './motd.js';
import { flatten, treeFrom } from './tree.js';
import type { FsNode, Mount, Stanza, World, Wpar } from './types.js';

const STANDARD: Record<string, readonly string[]> = {
  '/': ['admin', 'admin/tmp', 'audit', 'dev', 'etc', 'home', 'lpp', 'mnt', 'opt', 'proc', 'tftpboot', 'tmp', 'u', 'usr', 'var', 'wpars'],
  '/home': ['guest', 'lost+found'],
  '/tmp': ['lost+found'],
  '/var': ['adm', 'adm/ras', 'lost+found', 'spool', 'tmp'],
};

/** Files mkwpar -r copies from the global environment when they exist (guide "Configuring domain resolution"). */
export const RESOLUTION_FILES = ['/etc/resolv.conf', '/etc/hosts', '/etc/netsvc.conf', '/etc/irs.conf', '/etc/networks'];

const dir = (now: number): FsNode => ({ kind: 'dir', mtime: now });

/** Where a rootvg WPAR's boot file system is mounted, inside it. */
export const WBOOT = '/etc/objrepos/wboot';

/** The root volume group a rootvg WPAR owns (made on its rootvg=yes disks). */
export const ownRootvg = (world: World, wpar: Wpar) => world.vgs.find((v) => v.owner === wpar.name && v.name === 'rootvg');

/**
 * A rootvg WPAR's file systems live in its own rootvg (guide "Rootvg WPAR";
 * IBM "File systems for system WPARs"): its configuration keeps only / (the
 * base directory), the boot file system and the namefs mounts (SG24-7955
 * example 14-12), and the rest become stanzas of its mount group, in its
 * volume group, mounted when it starts.
 */
export function moveToOwnRootvg(world: World, wpar: Wpar): { world: World; wpar: Wpar } {
  const vg = ownRootvg(world, wpar);
  if (!vg) return { world, wpar };
  const moved = new Map(wpar.mounts.filter((m) => (m.vfs === 'jfs2' || m.vfs === 'jfs') && m.dir !== '/' && m.dir !== WBOOT).map((m) => [m.dev, (m.sizeMB ?? 64) * 2048]));
  const fstab = world.fstab.map((s) => (moved.has(s.dev) ? { ...s, mount: 'true', vg: vg.vgid, size: moved.get(s.dev)! } : s));
  const kept: Wpar = { ...wpar, mounts: wpar.mounts.filter((m) => !moved.has(m.dev)) };
  return { world: { ...world, fstab, wpars: world.wpars.map((x) => (x.name === wpar.name ? kept : x)) }, wpar: kept };
}

/** A WPAR's local file systems, by mount point inside it: its configured ones and, for a rootvg WPAR, those of its rootvg. */
export function localFileSystems(world: World, wpar: Wpar): { dir: string; dev: string }[] {
  const out = wpar.mounts.filter((m) => m.vfs === 'jfs2' || m.vfs === 'jfs').map((m) => ({ dir: m.dir, dev: m.dev }));
  const vg = ownRootvg(world, wpar);
  if (vg) for (const s of world.fstab) if (s.vg === vg.vgid && s.point.startsWith(wpar.directory + '/')) out.push({ dir: s.point.slice(wpar.directory.length), dev: s.dev });
  return out.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/** The global root volume group's files, by mount point: what a system copy WPAR (mkwpar -t) or mksysb copies. */
export function rootvgFiles(world: World): Record<string, Record<string, FsNode>> {
  const out: Record<string, Record<string, FsNode>> = {};
  for (const [point, dev] of Object.entries(ROOTVG_FS)) {
    const nodes = flatten(world.filesystems[dev]);
    // The global /wpars holds other WPARs' file systems: only the directory itself is copied.
    out[point] = point === '/' ? Object.fromEntries(Object.entries(nodes).filter(([k]) => !k.startsWith('wpars/'))) : nodes;
  }
  return out;
}

const ROOTVG_FS: Record<string, string> = { '/': '/dev/hd4', '/home': '/dev/hd1', '/tmp': '/dev/hd3', '/var': '/dev/hd9var', '/usr': '/dev/hd2', '/opt': '/dev/hd10opt' };

/** Creates every missing directory of a global path, as an administrator (read-only mounts do not stop it). */
export function ensureDir(world: World, global: string, now: number): World {
  if (global === '/' || nodeAt(world, global)?.kind === 'dir') return world;
  const w = ensureDir(world, parentOf(global), now);
  return withNode(w, locate(w, global), dir(now));
}

const pointOf = (w: Wpar, d: string) => (d === '/' ? w.directory : w.directory + d);

/**
 * mkwpar's part: the file systems, the stanzas, the base directory. `copyFrom`
 * (a system copy WPAR, mkwpar -t) gives the files of each local file system.
 */
export function createWparFs(world: World, wpar: Wpar, copyResolv: boolean, now: number, copyFrom?: Record<string, Record<string, FsNode>>): World {
  let w = ensureDir(world, wpar.directory, now);
  const filesystems = { ...w.filesystems };
  for (const m of wpar.mounts) {
    if (m.vfs !== 'jfs2' && m.vfs !== 'jfs') continue;
    let nodes: Record<string, FsNode>;
    const copied = copyFrom?.[m.dir];
    const shared = m.dir === '/usr' ? '/dev/hd2' : m.dir === '/opt' ? '/dev/hd10opt' : undefined;
    if (!copied && shared !== undefined && w.filesystems[shared]) {
      // A private /usr or /opt starts as the global one: the same tree, which a write then copies only along its path.
      filesystems[m.dev] = w.filesystems[shared]!;
      continue;
    }
    if (copied) nodes = { ...copied };
    else nodes = Object.fromEntries([['', dir(now)], ...(own(STANDARD, m.dir) ?? ['lost+found']).map((p) => [p, dir(now)])]);
    if (m.dir === '/' && !copied) {
      // A new WPAR looks installed: its own /etc (the banner clogin shows is its /etc/motd).
      for (const [path, content] of Object.entries(etcFiles(versionOf(wpar.osLevel ?? world.lpar.osLevel)))) nodes[path] = { kind: 'file', content, mtime: now };
      nodes['etc/hosts'] = { kind: 'file', content: '127.0.0.1               loopback localhost      # loopback (lo0) name/address\n', mtime: now };
    }
    if (m.dir === '/' && copyResolv) {
      for (const f of RESOLUTION_FILES) {
        const src = nodeAt(w, f);
        if (src?.kind === 'file') nodes[f.slice(1)] = { ...src, mtime: now };
      }
    }
    filesystems[m.dev] = treeFrom(nodes);
  }
  w = { ...w, filesystems };
  return { ...w, fstab: [...w.fstab, ...wparStanzas(wpar)] };
}

/**
 * The /etc/filesystems stanzas mkwpar writes for a WPAR's file systems. The
 * store writes an unchanged set as the WPAR's name (store/codec.ts): changing
 * what this makes needs a new store schema version.
 */
export function wparStanzas(wpar: Wpar): Stanza[] {
  return wpar.mounts.map((m) => ({
    point: pointOf(wpar, m.dir),
    dev: m.dev,
    vfs: m.vfs,
    mount: 'false',
    type: wpar.name,
    ...(m.vfs === 'namefs' ? { options: m.options } : { log: 'INLINE', account: 'false' }),
  }));
}

/** The mount a stanza makes at `now` (startwpar, mount DIR); the store relies on it as on wparStanzas. */
export function mountOf(s: Stanza, now: number): Mount {
  return { point: s.point, vfs: s.vfs === 'namefs' ? 'namefs' : 'jfs2', device: s.dev, options: s.vfs === 'namefs' ? (s.options ?? 'rw') : 'rw,log=INLINE', date: now };
}

/** startwpar's part: mount the WPAR's file systems, then its group's "mount = true" stanzas. */
export function mountWpar(world: World, wpar: Wpar, now: number, withGroup = true): World {
  let w = world;
  const own = w.fstab.filter((s) => s.type === wpar.name && wpar.mounts.some((m) => pointOf(wpar, m.dir) === s.point));
  const extra = withGroup ? w.fstab.filter((s) => s.type === wpar.name && s.mount === 'true' && !own.includes(s)) : [];
  for (const s of [...own, ...extra]) {
    w = ensureDir(w, s.point, now);
    w = addMount(w, mountOf(s, now));
  }
  return w;
}

/** stopwpar's part: everything mounted under the WPAR's directory goes. */
export function unmountWpar(world: World, wpar: Wpar): World {
  return dropMounts(world, wpar.directory);
}

/** rmwpar's part: its file systems, its stanzas, its directory. */
export function removeWparFs(world: World, wpar: Wpar): World {
  const devs = new Set(localFileSystems(world, wpar).map((m) => m.dev));
  const filesystems = Object.fromEntries(Object.entries(world.filesystems).filter(([k]) => !devs.has(k)));
  let w: World = {
    ...world,
    filesystems,
    fstab: world.fstab.filter((s) => s.type !== wpar.name && !(s.point === wpar.directory || s.point.startsWith(wpar.directory + '/'))),
  };
  w = dropMounts(w, wpar.directory);
  const removed = remove(w, wpar.directory, true);
  return removed.ok ? removed.value : w;
}

/** Whether a base directory can take a new WPAR: missing, or an empty directory. */
export function baseDirFree(world: World, directory: string): boolean {
  const node = nodeAt(world, directory);
  return !node || (node.kind === 'dir' && list(world, directory).length === 0);
}
