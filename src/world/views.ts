// What a scope sees: the devices lsdev lists there, the mounts with their
// points as the scope names them, the network interfaces and addresses.
// Commands print these; lesson conditions test them.
//
// Devices: in the global environment the LPAR's devices and every disk (an
// exported disk Defined, Exported with the extended state); inside a WPAR
// only the disks exported to it, Defined until cfgmgr runs there. The
// non-disk devices and their descriptions are RECALLED from a PowerVM LPAR.
// Interfaces: in the global environment en0 with the LPAR's address and, as
// aliases, those of the active WPARs; inside a WPAR en0 with only its own
// addresses. lo0 everywhere.

import { disksIn } from './devices.js';
import { fromGlobal } from './fs.js';
import type { Mount, Scope, World } from './types.js';

export interface Device {
  name: string;
  status: string;
  location: string;
  description: string;
  class: string;
  subclass: string;
  type: string;
  parent: string;
}

const dev = (name: string, status: string, location: string, description: string, cls: string, subclass: string, type: string, parent: string): Device => ({
  name,
  status,
  location,
  description,
  class: cls,
  subclass,
  type,
  parent,
});

const LPAR_DEVICES: readonly Device[] = [
  dev('L2cache0', 'Available', '', 'L2 Cache', 'memory', 'sys', 'L2cache_rspc', 'sys0'),
  dev('en0', 'Available', '', 'Standard Ethernet Network Interface', 'if', 'EN', 'en', 'inet0'),
  dev('ent0', 'Available', '', 'Virtual I/O Ethernet Adapter (l-lan)', 'adapter', 'vdevice', 'IBM,l-lan', 'vio0'),
  dev('et0', 'Defined', '', 'IEEE 802.3 Ethernet Network Interface', 'if', 'EN', 'ie3', 'inet0'),
  dev('fcs0', 'Available', '01-08', '8Gb PCI Express Dual Port FC Adapter (df1000f114108a03)', 'adapter', 'pciex', 'df1000f114108a0', 'pci1'),
  dev('fcs1', 'Available', '01-09', '8Gb PCI Express Dual Port FC Adapter (df1000f114108a03)', 'adapter', 'pciex', 'df1000f114108a0', 'pci1'),
  dev('fscsi0', 'Available', '01-08-02', 'FC SCSI I/O Controller Protocol Device', 'driver', 'emfc', 'efscsi', 'fcs0'),
  dev('fscsi1', 'Available', '01-09-02', 'FC SCSI I/O Controller Protocol Device', 'driver', 'emfc', 'efscsi', 'fcs1'),
  dev('inet0', 'Available', '', 'Internet Network Extension', 'tcpip', 'TCPIP', 'inet', ''),
  dev('lo0', 'Available', '', 'Loopback Network Interface', 'if', 'LO', 'lo', 'inet0'),
  dev('mem0', 'Available', '', 'Memory', 'memory', 'sys', 'totmem', 'sys0'),
  dev('proc0', 'Available', '00-00', 'Processor', 'processor', 'sys', 'proc_rspc', 'sysplanar0'),
  dev('proc4', 'Available', '00-04', 'Processor', 'processor', 'sys', 'proc_rspc', 'sysplanar0'),
  dev('sys0', 'Available', '', 'System Object', 'sys', 'node', 'chrp', ''),
  dev('sysplanar0', 'Available', '', 'System Planar', 'planar', 'sys', 'sysplanar_rspc', 'sys0'),
  dev('vsa0', 'Available', '', 'LPAR Virtual Serial Adapter', 'adapter', 'vdevice', 'hvterm1', 'vio0'),
  dev('vty0', 'Available', '', 'Asynchronous Terminal', 'tty', 'vcon', 'tty', 'vsa0'),
];

export function devicesIn(world: World, scope: Scope, extended: boolean): Device[] {
  const disks = disksIn(world, scope).map((d) => {
    let status: string = d.state;
    if (scope.kind === 'wpar') status = d.wparState ?? 'Defined';
    else if (d.exportedTo !== undefined) status = extended ? 'Exported' : 'Defined';
    return dev(d.name, status, d.location, d.description, 'disk', 'fcp', 'mpioosdisk', 'fscsi0');
  });
  const all = scope.kind === 'global' ? [...LPAR_DEVICES, ...disks] : disks;
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Mounts visible in a scope, with their points and devices as the scope sees
 * them: inside a WPAR a file system the global environment owns is "Global"
 * (reference 18.2); one on the WPAR's own volume groups keeps its device.
 */
export function mountsIn(world: World, scope: Scope): { m: Mount; point: string; device: string; own: boolean }[] {
  const out: { m: Mount; point: string; device: string; own: boolean }[] = [];
  const owned = scope.kind === 'wpar' ? ownedDevices(world, scope.name) : new Set<string>();
  for (const m of world.mounts) {
    const point = fromGlobal(world, scope, m.point);
    if (point === null || (scope.kind === 'wpar' && m.point === '/')) continue;
    const own = scope.kind === 'global' || owned.has(m.device);
    out.push({ m, point, device: own ? m.device : 'Global', own });
  }
  return out;
}

/** The file systems on a WPAR's own volume groups (crfs there, a rootvg WPAR's), by device. */
function ownedDevices(world: World, name: string): Set<string> {
  const vgids = new Set(world.vgs.filter((v) => v.owner === name).map((v) => v.vgid));
  const out = new Set(world.fstab.filter((s) => s.vg !== undefined && vgids.has(s.vg)).map((s) => s.dev));
  const w = world.wpars.find((x) => x.name === name);
  const root = w?.rootvg ? w.mounts.find((m) => m.dir === '/') : undefined;
  if (root) out.add(root.dev);
  return out;
}

export interface Inet {
  iface: string;
  address: string;
  netmask: string;
  broadcast: string;
}

const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

export function broadcastOf(address: string, netmask: string): string {
  const a = toInt(address);
  const m = toInt(netmask);
  return toIp(a - (a % (2 ** 32 - m)) + (2 ** 32 - m) - 1);
}

export const hexMask = (netmask: string) => '0x' + toInt(netmask).toString(16).padStart(8, '0');

export function inets(world: World, scope: Scope): Inet[] {
  const out: Inet[] = [];
  const add = (iface: string, address: string, netmask: string, broadcast?: string) => out.push({ iface, address, netmask, broadcast: broadcast ?? broadcastOf(address, netmask) });
  if (scope.kind === 'global') add('en0', world.lpar.address, world.lpar.netmask);
  for (const w of world.wpars) {
    if (w.state !== 'A' || (scope.kind === 'wpar' && w.name !== scope.name)) continue;
    for (const n of w.networks) if (n['address']) add(n['interface'] ?? 'en0', n['address'], n['netmask'] ?? world.lpar.netmask, n['broadcast']);
  }
  add('lo0', '127.0.0.1', '255.0.0.0', '127.255.255.255');
  return out;
}
