// The factory world (design section 3): one LPAR, aixlpar1, AIX 7.3, no WPARs.
// `wparsim reset` returns here. Values follow aix-reference.md: oslevel
// 7300-02-01-2346 (format 1.5), machine ID 00F9C4904C00 (uname -m sample 2.2),
// the file systems and their df figures of reference 16.1/18.1 (SOURCED).

import { MKSYSB_MAGIC, type MksysbImage } from './backup.js';
import { bootEntries } from './errlog.js';
import { etcFiles } from './etc.js';
import { motd } from './motd.js';
import { globalProcesses } from './processes.js';
import { treeFrom } from './tree.js';
import type { FsNode, Mount, Stanza, World } from './types.js';

/** 2026-11-25 07:12 UTC: when the factory LPAR booted (mount dates). */
export const BOOT_TIME = Date.UTC(2026, 10, 25, 7, 12, 0);

const dirs = (...paths: string[]) => paths;

/** A file system's nodes by path (the form backups keep). */
function flatFs(paths: readonly string[], files: Record<string, string> = {}): Record<string, FsNode> {
  const nodes: Record<string, FsNode> = { '': { kind: 'dir', mtime: BOOT_TIME } };
  for (const p of paths) nodes[p] = { kind: 'dir', mtime: BOOT_TIME };
  for (const [p, content] of Object.entries(files)) nodes[p] = { kind: 'file', content, mtime: BOOT_TIME };
  return nodes;
}

/** A file system as the world holds it: a tree. */
const fs = (paths: readonly string[], files: Record<string, string> = {}): FsNode => treeFrom(flatFs(paths, files));

export const GLOBAL_HOSTS = [
  '127.0.0.1               loopback localhost      # loopback (lo0) name/address',
  '::1                     loopback localhost      # IPv6 loopback (lo0) name/address',
  '192.168.10.21           aixlpar1.example.com aixlpar1',
  '',
].join('\n');

const README = 'This file describes AIX 7.3 and the files in /usr/lpp/bos.\n(In wparsim it is only here because the login banner mentions it.)\n';

/**
 * System backups of an AIX 5.2 and an AIX 5.3 machine, already copied to this
 * LPAR (steps 1 and 2 of the guide's "Versioned WPAR" section happen on the old
 * machine): what mkwpar -C -B makes a versioned WPAR from.
 */
function oldMksysb(oslevel: string, version: string): string {
  const image: MksysbImage = {
    date: Date.UTC(2026, 9, 2, 18, 30, 0),
    oslevel,
    files: {
      '/': flatFs(dirs('admin', 'bin', 'dev', 'etc', 'home', 'lib', 'lpp', 'mnt', 'opt', 'proc', 'sbin', 'tftpboot', 'tmp', 'u', 'usr', 'var'), {
        'etc/hosts': '127.0.0.1               loopback localhost      # loopback (lo0) name/address\n',
        'etc/motd': `${motd(version).join('\n')}\n`,
      }),
      '/usr': flatFs(dirs('bin', 'lib', 'lpp', 'lpp/bos', 'sbin', 'share'), { 'lpp/bos/README': `This file describes AIX ${version} and the files in /usr/lpp/bos.\n` }),
      '/opt': flatFs(dirs('freeware', 'lost+found')),
      '/var': flatFs(dirs('adm', 'adm/ras', 'lost+found', 'spool', 'tmp')),
      '/home': flatFs(dirs('guest', 'legacyapp', 'lost+found'), { 'legacyapp/app.cfg': `# certified on AIX ${version} only\nMODE=production\n` }),
      '/tmp': flatFs(dirs('lost+found')),
    },
  };
  return `${MKSYSB_MAGIC}\n${JSON.stringify(image)}\n`;
}

/** The LPAR's own file systems: device, mount point, and (for df) 512-byte blocks, free blocks, inodes used. */
/** The LPAR's file systems and their df figures (512-byte blocks; ipct is df's %Iused) [SOURCED: reference 18.1's sample]. */
export const GLOBAL_FILESYSTEMS: readonly { dev: string; point: string; vfs: 'jfs2' | 'procfs' | 'ahafs'; blocks: number; free: number; iused: number; ipct: number }[] = [
  { dev: '/dev/hd4', point: '/', vfs: 'jfs2', blocks: 1966080, free: 559552, iused: 4107, ipct: 7 },
  { dev: '/dev/hd2', point: '/usr', vfs: 'jfs2', blocks: 27394048, free: 13732104, iused: 49625, ipct: 4 },
  { dev: '/dev/hd9var', point: '/var', vfs: 'jfs2', blocks: 3145728, free: 2580088, iused: 1340, ipct: 1 },
  { dev: '/dev/hd3', point: '/tmp', vfs: 'jfs2', blocks: 655360, free: 557760, iused: 675, ipct: 2 },
  { dev: '/dev/hd1', point: '/home', vfs: 'jfs2', blocks: 131072, free: 130312, iused: 9, ipct: 1 },
  { dev: '/dev/hd11admin', point: '/admin', vfs: 'jfs2', blocks: 262144, free: 261416, iused: 5, ipct: 1 },
  { dev: '/proc', point: '/proc', vfs: 'procfs', blocks: 0, free: 0, iused: 0, ipct: 0 },
  { dev: '/dev/hd10opt', point: '/opt', vfs: 'jfs2', blocks: 2621440, free: 1050416, iused: 10048, ipct: 8 },
  { dev: '/dev/livedump', point: '/var/adm/ras/livedump', vfs: 'jfs2', blocks: 524288, free: 523552, iused: 4, ipct: 1 },
  // The AIX Event Infrastructure's pseudo file system: df shows its inodes only.
  { dev: '/ahafs', point: '/aha', vfs: 'ahafs', blocks: 0, free: 0, iused: 35, ipct: 1 },
];

export function factoryWorld(): World {
  const filesystems: World['filesystems'] = {
    '/dev/hd4': fs(
      dirs('admin', 'aha', 'audit', 'bin', 'dev', 'etc', 'etc/wpars', 'home', 'lib', 'lpp', 'mnt', 'opt', 'proc', 'sbin', 'mksysb_images', 'tftpboot', 'tmp', 'u', 'usr', 'var', 'wpars'),
      {
        ...etcFiles('7.3'),
        'etc/hosts': GLOBAL_HOSTS,
        'etc/resolv.conf': 'domain   example.com\nnameserver   192.168.10.1\n',
        'etc/netsvc.conf': 'hosts = local, bind\n',
        'mksysb_images/aix52_mksysb': oldMksysb('5200-10-08-0930', '5.2'),
        'mksysb_images/aix53_mksysb': oldMksysb('5300-12-09-1341', '5.3'),
      },
    ),
    '/dev/hd2': fs(dirs('bin', 'lib', 'lpp', 'lpp/bos', 'sbin', 'share'), { 'lpp/bos/README': README }),
    '/dev/hd9var': fs(dirs('adm', 'adm/ras', 'adm/ras/livedump', 'lost+found', 'spool', 'tmp')),
    '/dev/hd3': fs(dirs('lost+found')),
    '/dev/hd1': fs(dirs('guest', 'lost+found')),
    '/dev/hd11admin': fs(dirs('lost+found', 'tmp')),
    '/proc': fs([]),
    '/dev/hd10opt': fs(dirs('freeware', 'lost+found', 'rsct')),
    '/dev/livedump': fs(dirs('lost+found')),
    '/ahafs': fs([]),
  };
  const mounts: Mount[] = GLOBAL_FILESYSTEMS.map((f) => ({
    point: f.point,
    vfs: f.vfs,
    device: f.dev,
    options: f.vfs === 'jfs2' ? 'rw,log=/dev/hd8' : 'rw',
    date: BOOT_TIME,
  }));
  const fstab: Stanza[] = GLOBAL_FILESYSTEMS.map((f) => ({
    point: f.point,
    dev: f.dev,
    vfs: f.vfs,
    // rootvg's own file systems mount at boot as "automatic"; /proc, /aha and the live dump file system as "true".
    mount: f.vfs !== 'jfs2' || f.dev === '/dev/livedump' ? 'true' : 'automatic',
    ...(f.vfs === 'jfs2' ? { log: '/dev/hd8' } : {}),
  }));
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
      address: '192.168.10.21',
      netmask: '255.255.255.0',
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
    filesystems,
    mounts,
    fstab,
    processes: globalProcesses(BOOT_TIME),
    errlog: bootEntries(BOOT_TIME),
  };
}

let factoryJson: string | undefined;

/** Whether a world is the factory world as it comes (nothing done to it yet). */
export function isFactoryWorld(world: World): boolean {
  factoryJson ??= JSON.stringify(factoryWorld());
  return JSON.stringify(world) === factoryJson;
}
