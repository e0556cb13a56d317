// Logical volumes made with mklv (no file system on them), the disks of a
// volume group (extendvg, reducevg), and a volume group leaving the system and
// coming back (exportvg, importvg): each returns a new World. The file
// systems' logical volumes are the stanzas' (crfs) and the WPARs' (mkwpar);
// commands/lib/lvm.ts lists them all.

import { claimDisks, usableDisk, vgsIn } from './devices.js';
import { fail, ok, type Result } from './errors.js';
import { fromGlobal, toGlobal } from './fs.js';
import { scopeNamed } from './scope.js';
import type { RawLv, Scope, VolumeGroup, World } from './types.js';
import { ensureDir } from './wparfs.js';

/** mklv: a logical volume of `lps` partitions in a volume group (kept by its identifier: a WPAR's datavg is not the global one). */
export function makeLv(world: World, vg: VolumeGroup, lv: Omit<RawLv, 'vg'>): World {
  return { ...world, lvs: [...(world.lvs ?? []), { ...lv, vg: vg.vgid }] };
}

/** rmlv: a logical volume mklv made. */
export function removeLv(world: World, name: string): World {
  return { ...world, lvs: (world.lvs ?? []).filter((l) => l.name !== name) };
}

/** extendvg: free, configured disks of the scope join a volume group (as mkvg's: claimDisks). */
export function extendVg(world: World, scope: Scope, vgName: string, disks: readonly string[]): Result<{ world: World; newPvids: string[] }> {
  const vg = vgsIn(world, scope).find((v) => v.name === vgName);
  if (!vg) return fail({ code: 'vg-not-found', vg: vgName });
  const claimed = claimDisks(world, scope, disks);
  if (!claimed.ok) return claimed;
  const { world: w, newPvids } = claimed.value;
  return ok({ world: { ...w, vgs: w.vgs.map((v) => (v === vg ? { ...v, disks: [...v.disks, ...disks] } : v)) }, newPvids });
}

/** reducevg: disks leave a volume group; the last one takes the volume group with it. */
export function reduceVg(world: World, scope: Scope, vgName: string, disks: readonly string[]): Result<{ world: World; deleted: boolean }> {
  const vg = vgsIn(world, scope).find((v) => v.name === vgName);
  if (!vg) return fail({ code: 'vg-not-found', vg: vgName });
  for (const d of disks) if (!vg.disks.includes(d)) return fail({ code: 'pv-not-found', dev: d });
  const left = vg.disks.filter((d) => !disks.includes(d));
  if (left.length === 0) return ok({ world: { ...world, vgs: world.vgs.filter((v) => v !== vg) }, deleted: true });
  return ok({ world: { ...world, vgs: world.vgs.map((v) => (v === vg ? { ...v, disks: left } : v)) }, deleted: false });
}

/** exportvg: a varied-off volume group leaves the system's definitions; its disks keep it (and its logical volumes, by its identifier). */
export function exportVg(world: World, scope: Scope, vgName: string): Result<World> {
  const vg = vgsIn(world, scope).find((v) => v.name === vgName);
  if (!vg) return fail({ code: 'vg-not-found', vg: vgName });
  if (vg.active) return fail({ code: 'vg-active', vg: vgName });
  return ok({ ...world, vgs: world.vgs.filter((v) => v !== vg), exportedVgs: [...(world.exportedVgs ?? []), vg] });
}

/**
 * importvg: the volume group a disk of the scope holds comes back, under a
 * name (its old one by default), varied on, the scope's. Its file systems'
 * stanzas follow it: their mount points move from the old owner's root to
 * the new one's (made if missing), and they join the new owner's mount group.
 */
export function importVg(world: World, scope: Scope, disk: string, name: string | undefined, now: number): Result<{ world: World; name: string }> {
  if (!usableDisk(world, scope, disk)) return fail({ code: 'pv-not-found', dev: disk });
  const vg = (world.exportedVgs ?? []).find((v) => v.disks.includes(disk));
  if (!vg) return fail({ code: 'pv-no-vg', dev: disk });
  const newName = name ?? vg.name;
  const owner = scope.kind === 'global' ? 'Global' : scope.name;
  if (world.vgs.some((v) => v.name === newName && v.owner === owner)) return fail({ code: 'vg-exists', vg: newName });
  // A mount point as the old owner saw it, under the new owner's root.
  const from = scopeNamed(vg.owner);
  const fstab = world.fstab.map((s) => {
    if (s.vg !== vg.vgid) return s;
    const { type: _old, ...rest } = s;
    return { ...rest, point: toGlobal(world, scope, fromGlobal(world, from, s.point) ?? s.point), ...(owner === 'Global' ? {} : { type: owner }) };
  });
  let w: World = { ...world, fstab, vgs: [...world.vgs, { ...vg, name: newName, owner, active: true }], exportedVgs: (world.exportedVgs ?? []).filter((v) => v !== vg) };
  // Their mount points are made, as importvg's imfs makes them.
  for (const s of fstab) if (s.vg === vg.vgid) w = ensureDir(w, s.point, now);
  return ok({ world: w, name: newName });
}

/**
 * mkwpar -O: the volume group a disk holds (defined or exported) is
 * overwritten, with its logical volumes and file systems. checkAllocation has
 * refused it while one of them is mounted.
 */
export function overwriteDisk(world: World, disk: string): World {
  const vg = [...world.vgs, ...(world.exportedVgs ?? [])].find((v) => v.disks.includes(disk));
  if (!vg) return world;
  const gone = new Set(world.fstab.filter((s) => s.vg === vg.vgid).map((s) => s.dev));
  return {
    ...world,
    vgs: world.vgs.filter((v) => v !== vg),
    exportedVgs: (world.exportedVgs ?? []).filter((v) => v !== vg),
    lvs: (world.lvs ?? []).filter((l) => l.vg !== vg.vgid),
    fstab: world.fstab.filter((s) => s.vg !== vg.vgid),
    filesystems: Object.fromEntries(Object.entries(world.filesystems).filter(([dev]) => !gone.has(dev))),
  };
}
