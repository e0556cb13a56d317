// Disks and volume groups, and how WPARs get them (guide "Devices", "Rootvg
// WPAR", "Allocate disk to a WPAR"; reference 12-14). A disk is allocated to
// WPARs in their -D groups; it is exported to one active WPAR at a time (the
// one that started first); exported, it is Defined in the global environment
// ("Exported" in lsdev -x) and, inside the WPAR, Defined until cfgmgr runs
// there (a starting WPAR runs cfgmgr itself). Stopping a WPAR returns its
// disks. Pure functions: World in, Result out.

import { fail, ok, type Result } from './errors.js';
import { isRunning } from './running.js';
import type { AttrGroup, Disk, Scope, VolumeGroup, World, Wpar } from './types.js';

export const owner = (scope: Scope) => (scope.kind === 'global' ? 'Global' : scope.name);

/** The disks the system has a definition of (rmdev -d takes one away until cfgmgr). */
const defined = (world: World) => world.disks.filter((d) => !d.deleted);

export function findDisk(world: World, name: string): Disk | undefined {
  return defined(world).find((d) => d.name === name);
}

/** The disk a -D group names (devname=, or devid= matched against name or PVID). */
export function groupDisk(world: World, group: AttrGroup): Disk | undefined {
  const id = group['devname'] ?? group['devid'];
  return defined(world).find((d) => d.name === id || (group['devid'] !== undefined && d.pvid === id));
}

const groupName = (g: AttrGroup) => g['devname'] ?? g['devid'] ?? '';

export function vgOfDisk(world: World, disk: string): VolumeGroup | undefined {
  return world.vgs.find((v) => v.disks.includes(disk));
}

/** The disks a scope can see: all of them globally; inside a WPAR, those exported to it. */
export function disksIn(world: World, scope: Scope): Disk[] {
  return scope.kind === 'global' ? defined(world) : world.disks.filter((d) => d.exportedTo === scope.name);
}

/** Disks a scope can use (configured there): globally those not exported; in a WPAR, Available ones. */
function usable(d: Disk, scope: Scope): boolean {
  return scope.kind === 'global' ? d.exportedTo === undefined && d.state === 'Available' : d.exportedTo === scope.name && d.wparState === 'Available';
}

function replaceDisk(world: World, disk: Disk): World {
  return { ...world, disks: world.disks.map((d) => (d.name === disk.name ? disk : d)) };
}

function withWpar(world: World, wpar: Wpar): World {
  return { ...world, wpars: world.wpars.map((w) => (w.name === wpar.name ? wpar : w)) };
}

function rootvgOwner(world: World, disk: string, except?: string): Wpar | undefined {
  return world.wpars.find((w) => w.name !== except && w.devices.some((g) => groupName(g) === disk && g['rootvg'] === 'yes'));
}

/** Checks one -D group for mkwpar or chwpar against the world. */
export function checkAllocation(world: World, wparName: string, group: AttrGroup, existing: readonly AttrGroup[], overwrite = false): Result<Disk> {
  const disk = groupDisk(world, group);
  if (!disk) return fail({ code: 'device-not-found', dev: groupName(group) });
  const vg = vgOfDisk(world, disk.name);
  if (existing.some((g) => groupName(g) === disk.name || groupName(g) === disk.pvid)) return fail({ code: 'device-allocated', dev: disk.name, wpar: wparName });
  const taken = rootvgOwner(world, disk.name, wparName);
  if (taken) return fail({ code: 'device-allocated', dev: disk.name, wpar: taken.name });
  if (group['rootvg'] === 'yes') {
    if (vg && vg.owner !== 'Global' && vg.owner !== wparName) return fail({ code: 'device-allocated', dev: disk.name, wpar: vg.owner });
    // A disk that holds a volume group (defined or exported) is only taken with -O, and not while one of its file systems is mounted.
    const held = vg ?? world.exportedVgs?.find((v) => v.disks.includes(disk.name));
    if (held && !overwrite) return fail({ code: 'rootvg-overwrite', dev: disk.name });
    if (vg && world.fstab.some((s) => s.vg === vg.vgid && world.mounts.some((m) => m.device === s.dev))) return fail({ code: 'vg-not-removed', dev: disk.name, vg: vg.name });
    return ok(disk);
  }
  if (vg && vg.owner === 'Global') return fail({ code: 'device-in-vg', dev: disk.name, vg: vg.name });
  return ok(disk);
}

/** A new rootvg WPAR's root volume group, made on its rootvg disks (not varied on until it starts). */
export function makeWparRootvg(world: World, wpar: Wpar): World {
  const disks = wpar.devices.filter((g) => g['rootvg'] === 'yes').map((g) => groupDisk(world, g)!.name);
  if (disks.length === 0) return world;
  let w = world;
  for (const name of disks) w = assignPvid(w, name);
  return {
    ...w,
    vgs: [...w.vgs, { name: 'rootvg', vgid: lvmId(w, 'vg'), ppSizeMB: 64, owner: wpar.name, disks, active: false }],
    counters: { ...w.counters, nextLvmId: w.counters.nextLvmId + 1 },
  };
}

function lvmId(world: World, kind: 'pv' | 'vg'): string {
  const n = world.counters.nextLvmId.toString(16).padStart(4, '0');
  return kind === 'pv' ? `00f9c4904c${n}d1` : `00f9c49000004c000000${n}8e7a9b20`;
}

/**
 * chdev -a pv=yes gives a disk a PVID (it keeps one it has); pv=clear takes
 * it away, refused while the disk is in a volume group (busy).
 */
export function setPvid(world: World, name: string, on: boolean): Result<World> {
  const disk = findDisk(world, name);
  if (!disk) return fail({ code: 'device-not-found', dev: name });
  if (on) return ok(assignPvid(world, name));
  if (vgOfDisk(world, name)) return fail({ code: 'device-busy', dev: name, wpar: 'Global' });
  return ok(replaceDisk(world, { ...disk, pvid: 'none' }));
}

function assignPvid(world: World, name: string): World {
  const disk = findDisk(world, name)!;
  if (disk.pvid !== 'none') return world;
  const next = replaceDisk(world, { ...disk, pvid: lvmId(world, 'pv') });
  return { ...next, counters: { ...next.counters, nextLvmId: next.counters.nextLvmId + 1 } };
}

export interface ExportResult {
  world: World;
  exported: string[];
  /** Allocated disks left in another active WPAR: [disk, wpar]. */
  busy: [string, string][];
}

/** At startwpar: each allocated disk not exported elsewhere goes to the WPAR, configured (its boot runs cfgmgr). */
export function exportOnStart(world: World, wparName: string): ExportResult {
  const wpar = world.wpars.find((w) => w.name === wparName)!;
  let w = world;
  const exported: string[] = [];
  const busy: [string, string][] = [];
  for (const g of wpar.devices) {
    const disk = groupDisk(w, g);
    if (!disk) continue;
    if (disk.exportedTo !== undefined && disk.exportedTo !== wparName) {
      busy.push([disk.name, disk.exportedTo]);
      continue;
    }
    w = replaceDisk(w, { ...disk, exportedTo: wparName, wparState: 'Available' });
    exported.push(disk.name);
  }
  const vgs = w.vgs.map((v) => (v.owner === wparName && v.name === 'rootvg' && v.disks.every((d) => exported.includes(d)) ? { ...v, active: true } : v));
  return { world: { ...w, vgs }, exported, busy };
}

/** At stopwpar: its disks return to the global environment; its volume groups are varied off. */
export function returnOnStop(world: World, wparName: string): World {
  return {
    ...world,
    disks: world.disks.map((d) => {
      if (d.exportedTo !== wparName) return d;
      const { exportedTo: _e, wparState: _s, ...rest } = d;
      return { ...rest, state: 'Available' as const };
    }),
    vgs: world.vgs.map((v) => (v.owner === wparName ? { ...v, active: false } : v)),
  };
}

/** At rmwpar: the WPAR's volume groups go with it (its disks are free again). */
export function forgetWparVgs(world: World, wparName: string): World {
  return { ...world, vgs: world.vgs.filter((v) => v.owner !== wparName) };
}

/** chwpar -D: allocate; to an active WPAR the disk is exported at once, Defined inside until cfgmgr. */
export function allocate(world: World, wparName: string, group: AttrGroup): Result<World> {
  const wpar = world.wpars.find((w) => w.name === wparName);
  if (!wpar) return fail({ code: 'wpar-not-found', name: wparName });
  if (group['rootvg'] === 'yes' && !wpar.rootvg) return fail({ code: 'not-rootvg-wpar', name: wparName });
  const checked = checkAllocation(world, wparName, group, wpar.devices);
  if (!checked.ok) return checked;
  const disk = checked.value;
  if (isRunning(wpar) && disk.exportedTo !== undefined) return fail({ code: 'device-exported', dev: disk.name, wpar: disk.exportedTo });
  let w = withWpar(world, { ...wpar, devices: [...wpar.devices, group] });
  if (group['rootvg'] === 'yes') {
    w = assignPvid(w, disk.name);
    w = { ...w, vgs: w.vgs.map((v) => (v.owner === wparName && v.name === 'rootvg' ? { ...v, disks: [...v.disks, disk.name] } : v)) };
  }
  if (isRunning(wpar)) w = replaceDisk(w, { ...findDisk(w, disk.name)!, exportedTo: wparName, wparState: 'Defined' });
  return ok(w);
}

/** chwpar -K -D: deallocate; an exported disk is unconfigured first, which fails while a volume group on it is varied on. */
export function deallocate(world: World, wparName: string, devname: string): Result<World> {
  const wpar = world.wpars.find((w) => w.name === wparName);
  if (!wpar) return fail({ code: 'wpar-not-found', name: wparName });
  const disk = findDisk(world, devname) ?? defined(world).find((d) => d.pvid === devname);
  const group = wpar.devices.find((g) => disk && (groupName(g) === disk.name || groupName(g) === disk.pvid));
  if (!disk || !group) return fail({ code: 'device-not-allocated', dev: devname, wpar: wparName });
  if (group['rootvg'] === 'yes') return fail({ code: 'rootvg-device', dev: disk.name, wpar: wparName });
  let w = withWpar(world, { ...wpar, devices: wpar.devices.filter((g) => g !== group) });
  if (disk.exportedTo === wparName) {
    const vg = vgOfDisk(world, disk.name);
    if (vg && vg.active) return fail({ code: 'device-busy', dev: disk.name, wpar: wparName });
    const { exportedTo: _e, wparState: _s, ...rest } = disk;
    w = replaceDisk(w, { ...rest, state: 'Available' });
  }
  return ok(w);
}

/** cfgmgr: configures what the scope has but has not configured (silent when nothing is new). */
export function configure(world: World, scope: Scope, only?: string): Result<{ world: World; configured: string[] }> {
  // The global cfgmgr also finds the disks rmdev -d deleted.
  const mine = scope.kind === 'global' ? world.disks : disksIn(world, scope);
  if (only !== undefined && !mine.some((d) => d.name === only)) return fail({ code: 'cfg-not-found', dev: only });
  let w = world;
  const configured: string[] = [];
  for (const d of mine) {
    if (only !== undefined && d.name !== only) continue;
    if (scope.kind === 'wpar' && d.wparState === 'Defined') {
      w = replaceDisk(w, { ...d, wparState: 'Available' });
      configured.push(d.name);
    } else if (scope.kind === 'global' && d.exportedTo === undefined && (d.state === 'Defined' || d.deleted)) {
      const { deleted: _found, ...rest } = d;
      w = replaceDisk(w, { ...rest, state: 'Available' });
      configured.push(d.name);
    }
  }
  return ok({ world: w, configured });
}

/** rmdev -l: unconfigures a disk (Defined), refused while a volume group on it is varied on or it is exported. */
export function unconfigure(world: World, scope: Scope, name: string): Result<World> {
  const disk = disksIn(world, scope).find((d) => d.name === name);
  if (!disk) return fail({ code: 'cfg-not-found', dev: name });
  const vg = vgOfDisk(world, name);
  if ((vg && vg.active && vg.owner === owner(scope)) || (scope.kind === 'global' && disk.exportedTo !== undefined)) {
    return fail({ code: 'device-busy', dev: name, wpar: owner(scope) });
  }
  return ok(replaceDisk(world, scope.kind === 'global' ? { ...disk, state: 'Defined' } : { ...disk, wparState: 'Defined' }));
}

/** rmdev -d: a disk's definition goes (global only), refused as rmdev -l is; cfgmgr finds it again. */
export function deleteDisk(world: World, name: string): Result<World> {
  const r = unconfigure(world, { kind: 'global' }, name);
  return r.ok ? ok(replaceDisk(r.value, { ...findDisk(r.value, name)!, deleted: true })) : r;
}

/** Volume groups a scope sees: its own. */
export function vgsIn(world: World, scope: Scope): VolumeGroup[] {
  return world.vgs.filter((v) => v.owner === owner(scope));
}

/** mkvg -y NAME DISK...: a new, varied-on volume group on free, configured disks of the scope. */
/** A new volume group on the disks (mkvg), with partitions of ppSizeMB (64 by default). */
export function makeVg(world: World, scope: Scope, name: string, disks: readonly string[], ppSizeMB = 64): Result<{ world: World; newPvids: string[] }> {
  if (world.vgs.some((v) => v.name === name && v.owner === owner(scope))) return fail({ code: 'vg-exists', vg: name });
  const claimed = claimDisks(world, scope, disks);
  if (!claimed.ok) return claimed;
  const { world: w, newPvids } = claimed.value;
  const vg: VolumeGroup = { name, vgid: lvmId(w, 'vg'), ppSizeMB, owner: owner(scope), disks: [...disks], active: true };
  return ok({ world: { ...w, vgs: [...w.vgs, vg], counters: { ...w.counters, nextLvmId: w.counters.nextLvmId + 1 } }, newPvids });
}

/** Whether a disk is one the scope can use: configured there (globally, not exported). */
export const usableDisk = (world: World, scope: Scope, name: string): boolean => disksIn(world, scope).some((d) => d.name === name && usable(d, scope));

/** Free, configured disks of the scope about to join a volume group (mkvg, extendvg): each gets a PVID if it has none. */
export function claimDisks(world: World, scope: Scope, disks: readonly string[]): Result<{ world: World; newPvids: string[] }> {
  for (const d of disks) {
    if (!usableDisk(world, scope, d)) return fail({ code: 'pv-not-found', dev: d });
    if (vgOfDisk(world, d)) return fail({ code: 'pv-in-vg', dev: d });
  }
  let w = world;
  const newPvids: string[] = [];
  for (const d of disks) {
    if (findDisk(w, d)!.pvid === 'none') newPvids.push(d);
    w = assignPvid(w, d);
  }
  return ok({ world: w, newPvids });
}

/** varyonvg / varyoffvg. rootvg stays on: its logical volumes are open. */
export function varyVg(world: World, scope: Scope, name: string, on: boolean): Result<World> {
  const vg = vgsIn(world, scope).find((v) => v.name === name);
  if (!vg) return fail({ code: 'vg-not-found', vg: name });
  if (!on && vg.name === 'rootvg') return fail({ code: 'vg-open', vg: name });
  return ok({ ...world, vgs: world.vgs.map((v) => (v === vg ? { ...v, active: on } : v)) });
}
