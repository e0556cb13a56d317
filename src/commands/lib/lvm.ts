// Logical volumes as lsvg -l and lspv count them. rootvg holds the AIX system
// LVs [RECALLED: a default AIX 7 rootvg] and the WPARs' file systems (fslvNN,
// open while the WPAR is active); any volume group holds the logical volumes
// crfs made in it (open while mounted).

import { fromGlobal } from '../../world/fs.js';
import { scopeNamed } from '../../world/scope.js';
import type { VolumeGroup, World } from '../../world/types.js';
import { ownRootvg } from '../../world/wparfs.js';
import { isRunning } from '../../world/wpars.js';

export interface LogicalVolume {
  name: string;
  type: string;
  lps: number;
  open: boolean;
  mount: string;
}

const SYSTEM_LVS: readonly LogicalVolume[] = [
  { name: 'hd5', type: 'boot', lps: 1, open: false, mount: 'N/A' },
  { name: 'hd6', type: 'paging', lps: 8, open: true, mount: 'N/A' },
  { name: 'hd8', type: 'jfs2log', lps: 1, open: true, mount: 'N/A' },
  { name: 'hd4', type: 'jfs2', lps: 6, open: true, mount: '/' },
  { name: 'hd2', type: 'jfs2', lps: 45, open: true, mount: '/usr' },
  { name: 'hd9var', type: 'jfs2', lps: 5, open: true, mount: '/var' },
  { name: 'hd3', type: 'jfs2', lps: 2, open: true, mount: '/tmp' },
  { name: 'hd1', type: 'jfs2', lps: 1, open: true, mount: '/home' },
  { name: 'hd10opt', type: 'jfs2', lps: 4, open: true, mount: '/opt' },
  { name: 'hd11admin', type: 'jfs2', lps: 2, open: true, mount: '/admin' },
  { name: 'lg_dumplv', type: 'sysdump', lps: 16, open: true, mount: 'N/A' },
  { name: 'livedump', type: 'jfs2', lps: 4, open: true, mount: '/var/adm/ras/livedump' },
];

export function logicalVolumes(world: World, vg: VolumeGroup): LogicalVolume[] {
  // mklv: no file system, never open here.
  const raw = (world.lvs ?? []).filter((l) => l.vg === vg.vgid).map((l) => ({ name: l.name, type: l.type, lps: l.lps, open: false, mount: 'N/A' }));
  // crfs -g VG: a logical volume of whole partitions for each file system it made there.
  const made = world.fstab
    .filter((s) => s.vg === vg.vgid && s.vfs === 'jfs2' && s.dev.startsWith('/dev/'))
    .map((s) => ({
      name: s.dev.slice(5),
      type: 'jfs2',
      lps: Math.max(1, Math.ceil((s.size ?? 131072) / 2048 / vg.ppSizeMB)),
      open: world.mounts.some((m) => m.device === s.dev),
      mount: fromGlobal(world, scopeNamed(vg.owner), s.point) ?? s.point,
    }));
  const global = vg.owner === 'Global' && vg.name === 'rootvg';
  // The WPARs' configured file systems are in the global rootvg; a rootvg WPAR's / is in its own.
  const wparLvs = world.wpars.flatMap((w) =>
    w.mounts
      .filter((m) => m.dev.startsWith('/dev/fslv') && (global ? !(w.rootvg && m.dir === '/') : w.rootvg && m.dir === '/' && ownRootvg(world, w) === vg))
      .map((m) => ({
        name: m.dev.slice(5),
        type: 'jfs2',
        lps: Math.max(1, Math.ceil((m.sizeMB ?? 64) / vg.ppSizeMB)),
        open: isRunning(w),
        mount: global ? (m.dir === '/' ? w.directory : w.directory + m.dir) : '/',
      })),
  );
  const lvs = [...wparLvs, ...made, ...raw].sort((a, b) => (a.name < b.name ? -1 : 1));
  return global ? [...SYSTEM_LVS, ...lvs] : lvs;
}

/** Every logical volume of the system, with its volume group (lslv, and the names mklv may not take again). */
export function allLogicalVolumes(world: World): { lv: LogicalVolume; vg: VolumeGroup; index: number }[] {
  return world.vgs.flatMap((vg) => logicalVolumes(world, vg).map((lv, i) => ({ lv, vg, index: i + 1 })));
}

/** Physical partitions of a disk. */
export const totalPps = (sizeMB: number, ppSizeMB: number) => Math.floor(sizeMB / ppSizeMB);

/** The partitions of a volume group: on all its disks, and the ones its logical volumes take (at most all). */
export function vgPps(world: World, vg: VolumeGroup): { total: number; used: number } {
  const total = world.disks.filter((d) => vg.disks.includes(d.name)).reduce((n, d) => n + totalPps(d.sizeMB, vg.ppSizeMB), 0);
  return { total, used: Math.min(total, usedPps(world, vg)) };
}

export function usedPps(world: World, vg: VolumeGroup): number {
  return logicalVolumes(world, vg).reduce((sum, lv) => sum + lv.lps, 0);
}
