// The paragraph sections of lswpar -L / -G / -R (reference 4.3, SOURCED from
// chef/ohai's real lswpar -L fixture): labels, their padding (values at column
// 26, 37 and 15), 65-character rules, a blank line after each section.
// Field order and defaults as in the sample; OStype/Cross-WPAR IPC/
// Architecture are RECALLED-low in the reference and are left out.

import { groupDisk } from '../../world/devices.js';
import type { World, Wpar } from '../../world/types.js';
import { broadcastOf } from '../../world/views.js';
import { STATE_WORDS } from '../../world/wpars.js';
import { field } from './table.js';

const RULE = '='.repeat(65);
const DASHES = '-'.repeat(65);
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function header(w: Wpar): string[] {
  return [RULE, `${w.name} - ${STATE_WORDS[w.state]}`, RULE];
}

export function general(w: Wpar): string[] {
  const f = (l: string, v: string) => field(l, v, 25);
  return [
    'GENERAL',
    f('Type:', w.type),
    f('RootVG WPAR:', yesNo(w.rootvg)),
    f('Owner:', w.owner),
    f('Hostname:', w.hostname),
    f('WPAR-Specific Routing:', yesNo(w.routing)),
    f('Virtual IP WPAR:', ''),
    f('Directory:', w.directory),
    f('Start/Stop Script:', w.script),
    f('Auto:', yesNo(w.auto)),
    f('Private /usr:', yesNo(w.privateUsr)),
    f('Checkpointable:', yesNo(w.checkpointable)),
    f('Application:', ''),
    // A versioned WPAR's OS type (RECALLED-low: 1 for AIX 5.2, 2 for 5.3). The SOURCED sample of a native
    // WPAR has no such line, so native WPARs keep that layout.
    ...(w.osLevel ? [f('OStype:', w.osLevel.startsWith('52') ? '1' : '2')] : []),
    f('UUID:', w.uuid),
    '',
  ];
}

const col = (cells: [string, number][]) =>
  cells
    .map(([t, n], i) => (i === cells.length - 1 ? t : t.padEnd(n)))
    .join('')
    .trimEnd();

/**
 * A WPAR's interfaces as lswpar shows them: each address with its mask (the
 * interface's when none was given) and its broadcast filled in, then lo0
 * (SOURCED: the -L sample's "lo0 127.0.0.1 255.0.0.0 127.255.255.255" row).
 */
export function networkRows(world: World, w: Wpar): [string, string, string, string][] {
  const rows = w.networks.map((n): [string, string, string, string] => {
    const address = n['address'] ?? n['address6'] ?? '';
    const mask = n['netmask'] ?? n['prefixlen'] ?? (n['address'] !== undefined ? world.lpar.netmask : '');
    const broadcast = n['broadcast'] ?? (n['address'] !== undefined && /^\d+(\.\d+){3}$/.test(mask) ? broadcastOf(n['address'], mask) : '');
    return [n['interface'] ?? 'en0', address, mask, broadcast];
  });
  return rows.length > 0 ? [...rows, ['lo0', '127.0.0.1', '255.0.0.0', '127.255.255.255']] : rows;
}

export function network(world: World, w: Wpar): string[] {
  const rows = networkRows(world, w).map(([i, a, m, b]) =>
    col([
      [i, 14],
      [a, 18],
      [m, 18],
      [b, 0],
    ]),
  );
  return [
    'NETWORK',
    col([
      ['Interface', 14],
      ['Address(6)', 18],
      ['Mask/Prefix', 18],
      ['Broadcast', 0],
    ]),
    DASHES,
    ...rows,
    '',
  ];
}

export function routes(w: Wpar): string[] {
  const rows = w.routes.map((r) =>
    col([
      [r['rttype'] ?? '', 8],
      [r['rtdest'] === '0' ? 'default' : (r['rtdest'] ?? ''), 21],
      [r['rtgateway'] ?? '', 19],
      [r['rtinterface'] ?? '', 0],
    ]),
  );
  return [
    'USER-SPECIFIED ROUTES',
    col([
      ['Type', 8],
      ['Destination', 21],
      ['Gateway', 18],
      ['Interface', 0],
    ]),
    DASHES,
    ...rows,
    '',
  ];
}

/** Mount points longer than 24 characters are cut to 21 + "..." (reference 4.3 note). */
const cut = (s: string) => (s.length > 24 ? s.slice(0, 21) + '...' : s);

export function fileSystems(w: Wpar): string[] {
  const rows = w.mounts.map((m) =>
    col([
      [cut(m.dir === '/' ? w.directory : w.directory + m.dir), 25],
      [m.dev, 17],
      [m.vfs, 8],
      ['', 11],
      [m.options, 0],
    ]),
  );
  return [
    'FILE SYSTEMS',
    col([
      ['MountPoint', 25],
      ['Device', 17],
      ['Vfs', 8],
      ['Nodename', 11],
      ['Options', 0],
    ]),
    DASHES,
    ...rows,
    '',
  ];
}

const RESOURCE_LABELS: [string, string, string][] = [
  ['active', 'Active:', 'yes'],
  ['rset', 'Resource Set:', ''],
  ['shares_CPU', 'CPU Shares:', 'unlimited'],
  ['CPU', 'CPU Limits:', '0%-100%,100%'],
  ['shares_memory', 'Memory Shares:', 'unlimited'],
  ['memory', 'Memory Limits:', '0%-100%,100%'],
  ['procVirtMem', 'Per-Process Virtual Memory Limit:', 'unlimited'],
  ['totalVirtMem', 'Total Virtual Memory Limit:', 'unlimited'],
  ['totalProcesses', 'Total Processes:', 'unlimited'],
  ['totalThreads', 'Total Threads:', 'unlimited'],
  ['totalPTYs', 'Total PTYs:', 'unlimited'],
  ['totalLargePages', 'Total Large Pages:', 'unlimited'],
  ['pct_msgIDs', 'Max Message Queue IDs:', '100%'],
  ['pct_semIDs', 'Max Semaphore IDs:', '100%'],
  ['pct_shmIDs', 'Max Shared Memory IDs:', '100%'],
  ['pct_pinMem', 'Max Pinned Memory:', '100%'],
];

/** The resource controls' attribute names (mkwpar -R's), in -L's order. */
export const RESOURCE_KEYS: readonly string[] = RESOURCE_LABELS.map(([k]) => k);

/** The resource controls by attribute name (mkwpar -R's names), for lswpar -cR. */
export function resourceValues(w: Wpar): [string, string][] {
  return RESOURCE_LABELS.map(([k, , d]) => [k, w.resources[k] ?? d]);
}

export function resources(w: Wpar): string[] {
  return ['RESOURCE CONTROLS', ...RESOURCE_LABELS.map(([k, l, d]) => field(l, w.resources[k] ?? d, 36)), ''];
}

export function operation(): string[] {
  return ['OPERATION', field('Operation:', 'none', 14), 'Process ID:', 'Start Time:', ''];
}

const PRIVILEGES = [
  'PV_AU_,PV_AU_ADD,PV_AU_ADMIN,PV_AU_PROC,PV_AU_READ,',
  'PV_AU_WRITE,PV_AZ_ADMIN,PV_AZ_CHECK,PV_AZ_READ,PV_AZ_ROOT,',
  'PV_DAC_,PV_DAC_GID,PV_DAC_O,PV_DAC_R,PV_DAC_RID,PV_DAC_UID,',
  'PV_DAC_W,PV_DAC_X,PV_DEV_CONFIG,PV_DEV_QUERY,PV_FS_CHOWN,',
  'PV_FS_CHROOT,PV_FS_CNTL,PV_FS_LINKDIR,PV_FS_MKNOD,',
  'PV_FS_MOUNT,PV_FS_PDMODE,PV_FS_QUOTA,PV_KER_ACCT,',
  'PV_KER_CONF,PV_KER_DR,PV_KER_EWLM,PV_KER_EXTCONF,',
  'PV_KER_IPC,PV_KER_IPC_O,PV_KER_IPC_R,PV_KER_IPC_W,',
  'PV_KER_NFS,PV_KER_RAC,PV_KER_RAS_ERR,PV_KER_REBOOT,',
  'PV_NET_PORT,PV_PROC_CKPT,PV_PROC_CORE,PV_PROC_CRED,',
  'PV_PROC_ENV,PV_PROC_PRIO,PV_PROC_PDMODE,PV_PROC_RAC,',
  'PV_PROC_RTCLK,PV_PROC_SIG,PV_PROC_TIMER,PV_PROC_VARS,',
  'PV_PROC_PRIV,PV_SU_UID,PV_TCB,PV_TP,PV_TP_SET,PV_MIC,',
  'PV_MIC_CL,PV_LAB_,PV_LAB_CL,PV_LAB_CLTL,PV_LAB_LEF,',
  'PV_LAB_SLDG,PV_LAB_SLDG_STR,PV_LAB_SL_FILE,PV_LAB_SL_PROC,',
  'PV_LAB_SL_SELF,PV_LAB_SLUG,PV_LAB_SLUG_STR,PV_LAB_TL,',
  'PV_MAC_,PV_MAC_CL,PV_MAC_R,PV_MAC_R_CL,PV_MAC_R_STR,',
  'PV_MAC_R_PROC,PV_MAC_W,PV_MAC_W_CL,PV_MAC_W_DN,PV_MAC_W_UP,',
  'PV_MAC_W_PROC,PV_MAC_OVRRD,PV_KER_SECCONFIG,',
  'PV_PROBEVUE_TRC_USER,PV_PROBEVUE_TRC_USER_SELF,PV_KER_LVM',
];

/** Every privilege a default WPAR has, comma-separated (lswpar -cS). */
export const privileges = (): string => PRIVILEGES.join('').replace(/,$/, '');

export function security(): string[] {
  return ['SECURITY SETTINGS', ...PRIVILEGES.map((p, i) => (i === 0 ? 'Privileges:   ' : '              ') + p), ''];
}

/** Pseudo devices every WPAR gets (reference 4.3 DEVICE EXPORTS, SOURCED from 7.1; 7.3 adds /dev/random and /dev/urandom). */
export const PSEUDO_DEVICES: [string, string][] = [
  ['/dev/null', 'pseudo'],
  ['/dev/tty', 'pseudo'],
  ['/dev/console', 'pseudo'],
  ['/dev/zero', 'pseudo'],
  ['/dev/clone', 'pseudo'],
  ['/dev/sad', 'clone'],
  ['/dev/xti/tcp', 'clone'],
  ['/dev/xti/tcp6', 'clone'],
  ['/dev/xti/udp', 'clone'],
  ['/dev/xti/udp6', 'clone'],
  ['/dev/xti/unixdg', 'clone'],
  ['/dev/xti/unixst', 'clone'],
  ['/dev/error', 'pseudo'],
  ['/dev/errorctl', 'pseudo'],
  ['/dev/audit', 'pseudo'],
  ['/dev/nvram', 'pseudo'],
  // AIX 7.3 exports 18: the random number devices too (INFERRED placement after the 7.1 sample's 16).
  ['/dev/random', 'pseudo'],
  ['/dev/urandom', 'pseudo'],
];

/**
 * Rows of the WPAR's device exports: name, type, virtual device, rootvg, status.
 * A disk is EXPORTED while it is exported to this WPAR, else ALLOCATED (reference 4.3 notes).
 */
export function deviceRows(world: World, w: Wpar): [string, string, string, string, string][] {
  const rows: [string, string, string, string, string][] = PSEUDO_DEVICES.map(([n, t]) => [n, t, '', '', 'EXPORTED']);
  for (const g of w.devices) {
    const disk = groupDisk(world, g);
    const exported = disk?.exportedTo === w.name;
    rows.push([g['devname'] ?? g['devid'] ?? '', g['devtype'] ?? 'disk', '', g['rootvg'] === 'yes' ? 'yes' : 'no', exported ? 'EXPORTED' : 'ALLOCATED']);
  }
  return rows;
}

export function deviceExports(world: World, w: Wpar): string[] {
  const rows = deviceRows(world, w).map(([n, t, v, r, s]) =>
    col([
      [n, 19],
      [t, 9],
      [v, 19],
      [r, 9],
      [s, 0],
    ]),
  );
  return [
    'DEVICE EXPORTS',
    col([
      ['Name', 19],
      ['Type', 9],
      ['Virtual Device', 19],
      ['RootVG', 9],
      ['Status', 0],
    ]),
    DASHES,
    ...rows,
    '',
  ];
}

export function longListing(world: World, w: Wpar): string[] {
  return [...header(w), ...general(w), ...network(world, w), ...routes(w), ...fileSystems(w), ...resources(w), ...operation(), ...security(), ...deviceExports(world, w)];
}
