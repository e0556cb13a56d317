// How the world is written in the store (schema version 3): as it is, except
// for two things that make up most of a large world and are mostly alike.
// - Every file system is written as the tree it is (a directory with entries
//   is {n, e}: its node and its entries by name), and every node refers to a
//   table of distinct nodes by number, so the store grows with what it holds
//   (version 2 wrote each path in full: a chain of 500 directories took
//   250 KB; it is still read, and migrated). A WPAR's file systems are dozens of directories made at the same
//   moment, so 1,000 WPARs have tens of thousands of nodes but only a handful
//   of distinct ones. Loaded nodes are shared between file systems, which is
//   safe because a World is never mutated.
// - What mkwpar and startwpar make for a WPAR is written as what it is made
//   from: a running WPAR's init and daemons as four numbers
//   (world/processes.ts wparDaemons), its /etc/filesystems stanzas as its
//   name (world/wparfs.ts wparStanzas), the mounts startwpar made from them
//   as its name and the time. A set that differs in any way (a daemon
//   killed, a stanza changed) is written as it is; encoding checks each set
//   against what would be made from it, so a world always loads as it was.
// For 1,000 WPARs the store is 1.3 MB instead of 4.9 MB (npm run bench).

import { put } from '../world/dict.js';
import { wparDaemons } from '../world/processes.js';
import { isRunning } from '../world/running.js';
import { treeFrom } from '../world/tree.js';
import type { FsNode, Mount, Proc, Stanza, World, Wpar } from '../world/types.js';
import { mountOf, wparStanzas } from '../world/wparfs.js';

/** A WPAR's daemons in the store: wparDaemons(wpar, init, first, start). */
export interface DaemonSet {
  daemons: string;
  init: number;
  first: number;
  start: number;
}

/** A WPAR's stanzas in the store: wparStanzas(wpar). */
export interface StanzaSet {
  stanzas: string;
}

/** The mounts startwpar made from a WPAR's stanzas in the store: mountOf(stanza, date) for each. */
export interface MountSet {
  mounts: string;
  date: number;
}

/** A node in the store: a number in the node table, or a directory with entries: its number and its entries. */
export type StoredNode = number | { n: number; e: Record<string, StoredNode> };

export type StoredWorld = Omit<World, 'filesystems' | 'processes' | 'fstab' | 'mounts'> & {
  filesystems: Record<string, StoredNode>;
  processes: (Proc | DaemonSet)[];
  fstab: (Stanza | StanzaSet)[];
  mounts: (Mount | MountSet)[];
};

/** Two flat records with the same fields, in the same order, and values. */
function same(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || (a as Record<string, unknown>)[ka[i]!] !== (b as Record<string, unknown>)[ka[i]!]) return false;
  return true;
}

/**
 * Writes each run of `items` that `made(item, next)` would make again as the
 * marker it returns; everything else as it is.
 */
function encodeRuns<T extends object, M>(items: readonly T[], made: (item: T, next: T | undefined) => { set: readonly T[]; marker: M } | undefined): (T | M)[] {
  const out: (T | M)[] = [];
  for (let i = 0; i < items.length; i++) {
    const m = made(items[i]!, items[i + 1]);
    if (m && m.set.length > 0 && m.set.every((x, k) => items[i + k] !== undefined && same(items[i + k]!, x))) {
      out.push(m.marker);
      i += m.set.length - 1;
    } else out.push(items[i]!);
  }
  return out;
}

function decodeRuns<T, M extends object>(stored: readonly (T | M)[], key: string, expand: (marker: M) => readonly T[] | undefined): T[] | string {
  const out: T[] = [];
  for (const x of stored) {
    if (typeof x !== 'object' || x === null || !(key in x)) {
      out.push(x as T);
      continue;
    }
    const set = expand(x as M);
    if (!set) return `world refers to the WPAR ${(x as Record<string, unknown>)[key]}, which it does not have`;
    out.push(...set);
  }
  return out;
}

const byName = (wpars: readonly Wpar[]) => new Map(wpars.map((w) => [w.name, w]));

export function encodeWorld(world: World): { world: StoredWorld; nodes: FsNode[] } {
  const nodes: FsNode[] = [];
  const seen = new Map<string, number>();
  const refOf = (node: FsNode): number => {
    const key = `${node.kind} ${node.mtime} ${node.mode ?? ''} ${node.owner ?? ''}:${node.group ?? ''}${node.content === undefined ? '' : ` ${node.content}`}`;
    let i = seen.get(key);
    if (i === undefined) {
      i = nodes.length;
      const { entries: _, ...plain } = node;
      nodes.push(node.entries === undefined ? node : plain);
      seen.set(key, i);
    }
    return i;
  };
  const encode = (node: FsNode): StoredNode => {
    const n = refOf(node);
    if (node.entries === undefined) return n;
    const e: Record<string, StoredNode> = {};
    for (const name in node.entries) put(e, name, encode(node.entries[name]!));
    return { n, e };
  };
  const filesystems: Record<string, StoredNode> = {};
  for (const dev in world.filesystems) put(filesystems, dev, encode(world.filesystems[dev]!));
  const wpars = byName(world.wpars);
  const processes = encodeRuns<Proc, DaemonSet>(world.processes, (p, next) =>
    p.wpar !== undefined && p.vpid === 1 && p.cmd === '/etc/init' && next
      ? { set: wparDaemons(p.wpar, p.pid, next.pid, p.start), marker: { daemons: p.wpar, init: p.pid, first: next.pid, start: p.start } }
      : undefined,
  );
  const stanzasOf = (name: string | undefined) => (name === undefined ? undefined : wpars.get(name));
  const fstab = encodeRuns<Stanza, StanzaSet>(world.fstab, (s) => {
    const w = stanzasOf(s.type);
    return w ? { set: wparStanzas(w), marker: { stanzas: w.name } } : undefined;
  });
  const mounts = encodeRuns<Mount, MountSet>(world.mounts, (m) => {
    const w = world.wpars.find((x) => isRunning(x) && m.point === x.directory);
    return w ? { set: wparStanzas(w).map((s) => mountOf(s, m.date)), marker: { mounts: w.name, date: m.date } } : undefined;
  });
  return { world: { ...world, filesystems, processes, fstab, mounts }, nodes };
}

/** The world again from a version 3 store, or what is wrong (a reference to a node the table does not have). */
export function decodeWorld(stored: StoredWorld, nodes: readonly FsNode[]): World | string {
  let problem: string | null = null;
  // `where` is named as version 2 named it: the device, then the path in it.
  const decode = (s: StoredNode, dev: string, path: string): FsNode => {
    const ref = typeof s === 'number' ? s : s.n;
    const node = Number.isInteger(ref) ? nodes[ref] : undefined;
    if (node === undefined) {
      problem ??= `world.filesystems.${dev}.${path} refers to node ${ref}, which is not in the node table`;
      return { kind: 'dir', mtime: 0 };
    }
    if (typeof s === 'number') return node;
    const entries: Record<string, FsNode> = Object.create(null);
    for (const name in s.e) entries[name] = decode(s.e[name]!, dev, path === '' ? name : `${path}/${name}`);
    return { ...node, entries };
  };
  const filesystems: Record<string, FsNode> = {};
  for (const dev in stored.filesystems) put(filesystems, dev, decode(stored.filesystems[dev]!, dev, ''));
  return problem ?? decodeRest(stored, filesystems);
}

/**
 * The world from a version 2 store, whose file systems are flat tables of
 * paths. It takes `stored` over: its file maps are filled in place (fresh from
 * JSON.parse, nobody else holds them).
 */
export function decodeWorldV2(stored: StoredWorldV2, nodes: readonly FsNode[]): World | string {
  const filesystems: Record<string, FsNode> = {};
  for (const dev in stored.filesystems) {
    const refs = stored.filesystems[dev]!;
    for (const path in refs) {
      const ref = refs[path]!;
      const node = Number.isInteger(ref) ? nodes[ref] : undefined;
      if (node === undefined) return `world.filesystems.${dev}.${path} refers to node ${ref}, which is not in the node table`;
      put(refs as Record<string, unknown>, path, node);
    }
    put(filesystems, dev, treeFrom(refs as unknown as Record<string, FsNode>));
  }
  return decodeRest({ ...stored, filesystems: {} }, filesystems);
}

/** A version 2 store's world: each file system a flat table of paths to node numbers. */
export type StoredWorldV2 = Omit<StoredWorld, 'filesystems'> & { filesystems: Record<string, Record<string, number>> };

/** The processes, stanzas and mounts of a stored world, and the file systems already decoded. */
function decodeRest(stored: StoredWorld, filesystems: Record<string, FsNode>): World | string {
  const wpars = byName(stored.wpars);
  const processes = decodeRuns<Proc, DaemonSet>(stored.processes, 'daemons', (d) => wparDaemons(d.daemons, d.init, d.first, d.start));
  const fstab = decodeRuns<Stanza, StanzaSet>(stored.fstab, 'stanzas', (s) => {
    const w = wpars.get(s.stanzas);
    return w && wparStanzas(w);
  });
  const mounts = decodeRuns<Mount, MountSet>(stored.mounts, 'mounts', (m) => {
    const w = wpars.get(m.mounts);
    return w && wparStanzas(w).map((s) => mountOf(s, m.date));
  });
  for (const x of [processes, fstab, mounts]) if (typeof x === 'string') return x;
  return { ...stored, filesystems, processes: processes as Proc[], fstab: fstab as Stanza[], mounts: mounts as Mount[] };
}
