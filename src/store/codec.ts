// How the world is written in the store (schema version 2): as it is, except
// that the files of every file system refer to a table of distinct nodes by
// number. A WPAR's file systems are dozens of directories made at the same
// moment, so a world of 1,000 WPARs has tens of thousands of nodes but only a
// handful of distinct ones: the store is a fifth smaller and loads about a
// third faster (npm run bench). Loaded nodes are shared between file systems,
// which is safe because a World is never mutated.

import type { FsNode, World } from '../world/types.js';

export type StoredWorld = Omit<World, 'filesystems'> & { filesystems: Record<string, Record<string, number>> };

export function encodeWorld(world: World): { world: StoredWorld; nodes: FsNode[] } {
  const nodes: FsNode[] = [];
  const seen = new Map<string, number>();
  const filesystems: Record<string, Record<string, number>> = {};
  for (const dev in world.filesystems) {
    const files = world.filesystems[dev]!;
    const refs: Record<string, number> = {};
    for (const path in files) {
      const node = files[path]!;
      const key = node.content === undefined ? `${node.kind} ${node.mtime}` : `${node.kind} ${node.mtime} ${node.content}`;
      let i = seen.get(key);
      if (i === undefined) {
        i = nodes.length;
        nodes.push(node);
        seen.set(key, i);
      }
      refs[path] = i;
    }
    filesystems[dev] = refs;
  }
  return { world: { ...world, filesystems }, nodes };
}

/** The world again, or what is wrong (a reference to a node the table does not have). */
export function decodeWorld(stored: StoredWorld, nodes: readonly FsNode[]): World | string {
  const filesystems: Record<string, Record<string, FsNode>> = {};
  for (const dev in stored.filesystems) {
    const refs = stored.filesystems[dev]!;
    const files: Record<string, FsNode> = {};
    for (const path in refs) {
      const node = nodes[refs[path]!];
      if (node === undefined || !Number.isInteger(refs[path])) return `world.filesystems.${dev}.${path} refers to node ${refs[path]}, which is not in the node table`;
      files[path] = node;
    }
    filesystems[dev] = files;
  }
  return { ...stored, filesystems };
}
