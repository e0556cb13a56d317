// The factory world (design section 3): one LPAR, aixlpar1, AIX 7.3, no WPARs.
// `wparsim reset` returns here. Values follow aix-reference.md: oslevel
// 7300-02-01-2346 (format 1.5), machine ID 00F9C4904C00 (uname -m sample 2.2).

import type { World } from './types.js';

/** Directories of a fresh AIX 7.3 root volume group, as the global view has them. */
export const GLOBAL_DIRS: readonly string[] = [
  '/', '/admin', '/admin/tmp', '/audit', '/bin', '/dev', '/etc', '/etc/wpars', '/home',
  '/home/guest', '/lib', '/lpp', '/mnt', '/opt', '/proc', '/sbin', '/tftpboot', '/tmp', '/u',
  '/usr', '/usr/bin', '/usr/lib', '/usr/lpp', '/usr/lpp/bos', '/usr/sbin', '/var',
  '/var/adm', '/var/tmp', '/wpars',
];

export function factoryWorld(): World {
  return {
    lpar: {
      hostname: 'aixlpar1',
      partitionName: 'aixlpar1',
      partitionNumber: 1,
      machineId: '00F9C4904C00',
      modelName: 'IBM,9009-42A',
      osName: 'AIX',
      osVersion: '7',
      osRelease: '3',
      osLevel: '7300-02-01-2346',
      timezone: 'UTC',
    },
    counters: { nextPid: 6422600, nextCid: 1, nextUuid: 1, nextLvmId: 1 },
    wpars: [],
    // hdisk0 holds rootvg; hdisk1..4 are free MPIO FC disks (design section 3; the
    // location and description are those of the guide's lsdev -x sample).
    disks: ['hdisk0', 'hdisk1', 'hdisk2', 'hdisk3', 'hdisk4'].map((name, i) => ({
      name,
      pvid: i === 0 ? '00f9c4904c00a1b2' : 'none',
      location: '01-08-02',
      description: 'MPIO Other DS4K Array Disk',
      sizeMB: i === 0 ? 34752 : 20480,
      state: 'Available' as const,
    })),
    vgs: [{ name: 'rootvg', vgid: '00f9c49000004c000000018c5a1b2c3d', ppSizeMB: 64, owner: 'Global', disks: ['hdisk0'], active: true }],
    dirs: [...GLOBAL_DIRS],
  };
}
