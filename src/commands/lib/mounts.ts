// What mount, umount, crfs, df and lsfs share: next free logical volume
// names, and the size rounding of crfs. What a scope sees is world/views.ts.

import type { World } from '../../world/types.js';

/** The next free /dev/fslvNN across WPAR file systems and /etc/filesystems. */
export function nextLv(world: World): string {
  const used = new Set<string>();
  for (const w of world.wpars) for (const m of w.mounts) used.add(m.dev);
  for (const s of world.fstab) used.add(s.dev);
  for (const fs of Object.keys(world.filesystems)) used.add(fs);
  for (let n = 0; ; n++) {
    const dev = `/dev/fslv${String(n).padStart(2, '0')}`;
    if (!used.has(dev)) return dev;
  }
}

/** crfs -a size=: 512-byte blocks, or with M/G; rounded up to whole 64 MB partitions (reference 17.1). */
export function crfsBlocks(size: string): number | undefined {
  const m = /^(\d+)([MmGg]?)$/.exec(size);
  if (!m) return undefined;
  const n = Number(m[1]);
  const blocks = m[2] === '' ? n : n * (m[2]!.toLowerCase() === 'g' ? 2097152 : 2048);
  const pp = 64 * 2048;
  return Math.max(1, Math.ceil(blocks / pp)) * pp;
}
