// A file system's files as a tree: each directory holds its entries by name.
// Trees are immutable and share what did not change: a write copies only the
// directories on its path (its cost is the path's depth and those
// directories' sizes, never the whole file system), and a WPAR's /usr can be
// the global /usr itself until one of them changes. The store keeps each file
// system as a flat table of paths (store/codec.ts); flatten() and treeFrom()
// go between the two. Entries are null-prototype tables, read with own(): any
// name is safe, __proto__ included.

import { own } from './dict.js';
import type { FsNode } from './types.js';

const EMPTY: Readonly<Record<string, FsNode>> = Object.freeze(Object.create(null));

/** A directory's entries (none for a file, or a directory made empty). */
export const entriesOf = (dir: FsNode): Readonly<Record<string, FsNode>> => dir.entries ?? EMPTY;

/** The node at a path relative to the root ("" is the root itself). */
export function nodeIn(root: FsNode | undefined, rel: string): FsNode | undefined {
  if (rel === '') return root;
  let node = root;
  for (const name of rel.split('/')) {
    if (node?.kind !== 'dir') return undefined;
    node = own(entriesOf(node), name);
  }
  return node;
}

/**
 * The tree with `node` at `rel` (undefined: removed, with everything under
 * it). Only the directories on the path are copied; the parent must exist
 * (the callers check), or the tree comes back unchanged.
 */
export function withNodeIn(root: FsNode, rel: string, node: FsNode | undefined): FsNode {
  if (rel === '') return node ?? root;
  const slash = rel.indexOf('/');
  const name = slash < 0 ? rel : rel.slice(0, slash);
  if (root.kind !== 'dir') return root;
  const entries = entriesOf(root);
  const child = own(entries, name);
  let replacement: FsNode | undefined;
  if (slash < 0) replacement = node === undefined ? undefined : keepEntries(node, child);
  else {
    if (child === undefined) return root;
    replacement = withNodeIn(child, rel.slice(slash + 1), node);
    if (replacement === child) return root;
  }
  const copy: Record<string, FsNode> = Object.create(null);
  for (const k in entries) copy[k] = entries[k]!;
  if (replacement === undefined) delete copy[name];
  else copy[name] = replacement;
  // An emptied directory has no entries, as one never filled (the store's round trip gives it so).
  if (replacement === undefined && Object.keys(copy).length === 0) {
    const { entries: _, ...plain } = root;
    return plain;
  }
  return { ...root, entries: copy };
}

/** A directory written over a directory keeps what is in it (mkdir of an existing one, touch of a directory). */
function keepEntries(node: FsNode, old: FsNode | undefined): FsNode {
  if (node.kind !== 'dir' || node.entries !== undefined || old?.kind !== 'dir' || old.entries === undefined) return node;
  return { ...node, entries: old.entries };
}

/** Every node by its path ("" the root), directories without their entries: the store's form and the diffs'. */
export function flatten(root: FsNode | undefined): Record<string, FsNode> {
  const out: Record<string, FsNode> = Object.create(null);
  if (!root) return out;
  const walk = (node: FsNode, path: string) => {
    const { entries, ...plain } = node;
    out[path] = entries === undefined ? node : plain;
    if (!entries) return;
    for (const name in entries) walk(entries[name]!, path === '' ? name : `${path}/${name}`);
  };
  walk(root, '');
  return out;
}

/** The tree of a flat table of paths, built in one pass (a directory missing on the way is made, with its child's time). */
export function treeFrom(flat: Readonly<Record<string, FsNode>>): FsNode {
  // Directories made here are new objects, filled in place; an empty one has no entries, as one made by a write.
  type Dir = FsNode & { entries?: Record<string, FsNode> };
  const fresh = (node: FsNode): Dir => {
    const { entries: _, ...plain } = node;
    return { ...plain, kind: 'dir' };
  };
  const add = (dir: Dir, name: string, node: FsNode) => {
    dir.entries ??= Object.create(null) as Record<string, FsNode>;
    dir.entries[name] = node;
  };
  const top = own(flat, '');
  const root = fresh(top?.kind === 'dir' ? top : { kind: 'dir', mtime: top?.mtime ?? 0 });
  const dirs = new Map<string, Dir>([['', root]]);
  const dirAt = (path: string, mtime: number): Dir => {
    const known = dirs.get(path);
    if (known) return known;
    const slash = path.lastIndexOf('/');
    const parent = dirAt(slash < 0 ? '' : path.slice(0, slash), mtime);
    const made = fresh({ kind: 'dir', mtime });
    add(parent, slash < 0 ? path : path.slice(slash + 1), made);
    dirs.set(path, made);
    return made;
  };
  // Shallow paths first, so that a directory is in place before what is in it.
  const paths = Object.keys(flat)
    .filter((p) => p !== '')
    .sort((a, b) => depth(a) - depth(b));
  for (const path of paths) {
    const node = flat[path]!;
    const slash = path.lastIndexOf('/');
    const parent = dirAt(slash < 0 ? '' : path.slice(0, slash), node.mtime);
    const name = slash < 0 ? path : path.slice(slash + 1);
    if (node.kind === 'dir') {
      const made = fresh(node);
      add(parent, name, made);
      dirs.set(path, made);
    } else add(parent, name, node);
  }
  return root;
}

const depth = (path: string): number => {
  let n = 1;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) n++;
  return n;
};

/** The names in a directory, sorted. */
export const namesIn = (dir: FsNode | undefined): string[] => (dir?.kind === 'dir' ? Object.keys(entriesOf(dir)).sort() : []);

/** How many nodes a tree holds (df's inode count). */
export function countNodes(root: FsNode | undefined): number {
  if (!root) return 0;
  let n = 1;
  for (const name in entriesOf(root)) n += countNodes(root.entries![name]);
  return n;
}
