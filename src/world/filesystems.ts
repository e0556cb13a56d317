// /etc/filesystems and the mount table as state: crfs adds a stanza (and, for
// jfs2, the empty file system on a new logical volume), rmfs removes one,
// (mount and umount: addMount and removeMount in fs.ts). Each returns a new World.

import { treeFrom } from './tree.js';
import type { Stanza, World } from './types.js';

/** A stanza in /etc/filesystems (crfs -v namefs). */
export function addStanza(world: World, stanza: Stanza): World {
  return { ...world, fstab: [...world.fstab, stanza] };
}

/** A new, empty jfs2 file system on its logical volume (stanza.dev), with its stanza (crfs -v jfs2). */
export function createJfs2(world: World, stanza: Stanza, now: number): World {
  const fs = treeFrom({ '': { kind: 'dir', mtime: now }, 'lost+found': { kind: 'dir', mtime: now } });
  return { ...addStanza(world, stanza), filesystems: { ...world.filesystems, [stanza.dev]: fs } };
}

/** Removes a stanza and, unless it is a namefs one, its file system (rmfs). */
export function removeFilesystem(world: World, stanza: Stanza): World {
  const filesystems = { ...world.filesystems };
  if (stanza.vfs !== 'namefs') delete filesystems[stanza.dev];
  return { ...world, filesystems, fstab: world.fstab.filter((s) => s !== stanza) };
}
