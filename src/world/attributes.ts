// Device attributes as the ODM holds them (lsattr, chdev): for each device a
// list of attributes with a value, a description, whether a user may change
// it, and the values it may take (lsattr -R). Most are fixed for this LPAR (a
// POWER9 IBM,9009-42A with 8 GB, as lparstat -i says); some come from the
// world (a disk's PVID and size, en0's address, inet0's host name, realmem);
// chdev's changes are kept in world.deviceAttrs and win over the defaults.
// Attribute names, values and descriptions RECALLED from AIX 7.2 and 7.3
// systems (proc0's layout SOURCED from chef/ohai's lsattr -El proc0 fixture;
// realmem's description SOURCED from several captures).

import { findDisk } from './devices.js';
import { own, put } from './dict.js';
import { CLOCK_MHZ, FIRMWARE, MEMORY_MB, PROCESSOR_TYPE, systemId } from './system.js';
import type { World } from './types.js';

export interface Attribute {
  name: string;
  value: string;
  description: string;
  settable: boolean;
  /** What lsattr -R lists: each allowed value, or a range "lo...hi (+step)". */
  values?: readonly string[] | { lo: number; hi: number; step: number };
}

type Row = [name: string, value: string, description: string, settable: boolean, values?: Attribute['values']];

const yesNo = ['true', 'false'];

const SYS0: readonly Row[] = [
  ['SW_dist_intr', 'false', 'Enable SW distribution of interrupts', true, yesNo],
  ['autorestart', 'true', 'Automatically REBOOT OS after a crash', true, yesNo],
  ['boottype', 'disk', 'N/A', false],
  ['capacity_inc', '0.01', 'Processor capacity increment', false],
  ['capped', 'false', 'Partition is capped', false],
  ['chown_restrict', 'true', 'Chown Restriction Mode', true, yesNo],
  ['conslogin', 'enable', 'System Console Login', false],
  ['cpuguard', 'enable', 'CPU Guard', true, ['enable', 'disable']],
  ['dedicated', 'false', 'Partition is dedicated', false],
  ['enhanced_RBAC', 'true', 'Enhanced RBAC Mode', true, yesNo],
  ['ent_capacity', '0.50', 'Entitled processor capacity', false],
  ['frequency', '6400000000', 'System Bus Frequency', false],
  ['fullcore', 'true', 'Enable full CORE dump', true, yesNo],
  ['fwversion', `IBM,${FIRMWARE}`, 'Firmware version and revision levels', false],
  ['ghostdev', '0', 'Recreate devices in ODM on system change', true, ['0', '1', '2', '3']],
  ['iostat', 'false', 'Continuously maintain DISK I/O history', true, yesNo],
  ['keylock', 'normal', 'State of system keylock at boot time', false],
  ['log_pg_dealloc', 'true', 'Log predictive memory page deallocation events', true, yesNo],
  ['max_capacity', '2.00', 'Maximum potential processor capacity', false],
  ['max_logname', '9', 'Maximum login name length at boot time', true, { lo: 9, hi: 256, step: 1 }],
  ['maxbuf', '20', 'Maximum number of pages in block I/O BUFFER CACHE', true, { lo: 20, hi: 1000, step: 1 }],
  ['maxmbuf', '0', 'Maximum Kbytes of real memory allowed for MBUFS', true, { lo: 0, hi: 2147483647, step: 1 }],
  ['maxpout', '8193', 'HIGH water mark for pending write I/Os per file', true, { lo: 0, hi: 2147483647, step: 1 }],
  ['maxuproc', '128', 'Maximum number of PROCESSES allowed per user', true, { lo: 40, hi: 131072, step: 1 }],
  ['min_capacity', '0.10', 'Minimum potential processor capacity', false],
  ['minpout', '4096', 'LOW water mark for pending write I/Os per file', true, { lo: 0, hi: 2147483647, step: 1 }],
  ['modelname', '', 'Machine name', false],
  ['ncargs', '256', 'ARG/ENV list size in 4K byte blocks', true, { lo: 6, hi: 1024, step: 1 }],
  ['nfs4_acl_compat', 'secure', 'NFS4 ACL Compatibility Mode', true, ['secure', 'compat']],
  ['pre430core', 'false', 'Use pre-430 style CORE dump', true, yesNo],
  ['pre520tune', 'disable', 'Pre-520 tuning compatibility mode', true, ['enable', 'disable']],
  ['realmem', String(MEMORY_MB * 1024), 'Amount of usable physical memory in Kbytes', false],
  ['rtasversion', '1', 'Open Firmware RTAS version', false],
  ['sed_config', 'select', 'Stack Execution Disable (SED) Mode', true, ['all', 'select', 'setidfiles', 'off']],
  ['systemid', '', 'Hardware system identifier', false],
  ['variable_weight', '128', 'Variable processor capacity weight', false],
];

const PROC: readonly Row[] = [
  ['frequency', String(CLOCK_MHZ * 1000000), 'Processor Speed', false],
  ['smt_enabled', 'true', 'Processor SMT enabled', false],
  ['smt_threads', '8', 'Processor SMT threads', false],
  ['state', 'enable', 'Processor state', false],
  ['type', PROCESSOR_TYPE, 'Processor type', false],
];

const MEM0: readonly Row[] = [
  ['ent_mem_cap', '', 'Entitled memory capacity', false],
  ['goodsize', String(MEMORY_MB), 'Amount of usable physical memory in Mbytes', false],
  ['mem_exp_factor', '', 'Memory expansion factor', false],
  ['size', String(MEMORY_MB), 'Total amount of physical memory in Mbytes', false],
  ['var_mem_weight', '', 'Variable memory capacity weight', false],
];

const onOff = ['on', 'off'];

function en0(world: World): Row[] {
  return [
    ['alias4', '', 'IPv4 Alias including Subnet Mask', true],
    ['alias6', '', 'IPv6 Alias including Prefix Length', true],
    ['arp', 'on', 'Address Resolution Protocol (ARP)', true, onOff],
    ['authority', '', 'Authorized Users', true],
    ['broadcast', '', 'Broadcast Address', true],
    ['mtu', '1500', 'Maximum IP Packet Size for This Device', true, { lo: 60, hi: 65535, step: 1 }],
    ['netaddr', world.lpar.address, 'Internet Address', true],
    ['netaddr6', '', 'IPv6 Internet Address', true],
    ['netmask', world.lpar.netmask, 'Subnet Mask', true],
    ['prefixlen', '', 'Prefix Length for IPv6 Internet Address', true],
    ['remmtu', '576', 'Maximum IP Packet Size for REMOTE Networks', true, { lo: 576, hi: 65535, step: 1 }],
    ['rfc1323', '', 'Enable/Disable TCP RFC 1323 Window Scaling', true],
    ['security', 'none', 'Security Level', true],
    ['state', 'up', 'Current Interface Status', true, ['up', 'down', 'detach']],
    ['tcp_mssdflt', '', 'Set TCP Maximum Segment Size', true],
    ['tcp_nodelay', '', 'Enable/Disable TCP_NODELAY Option', true],
    ['tcp_recvspace', '', 'Set Socket Buffer Space for Receiving', true],
    ['tcp_sendspace', '', 'Set Socket Buffer Space for Sending', true],
  ];
}

const LO0: readonly Row[] = [
  ['mtu', '16896', 'Maximum IP Packet Size for This Device', true, { lo: 60, hi: 65535, step: 1 }],
  ['netaddr', '127.0.0.1', 'Internet Address', true],
  ['netaddr6', '::1', 'IPv6 Internet Address', true],
  ['netmask', '', 'Subnet Mask', true],
  ['prefixlen', '', 'Prefix Length for IPv6 Internet Address', true],
  ['state', 'up', 'Current Interface Status', true, ['up', 'down', 'detach']],
];

const ENT0: readonly Row[] = [
  ['chksum_offload', 'yes', 'Enable Checksum Offload for IPv4 packets', true, ['yes', 'no']],
  ['copy_buffs', '32', 'Transmit copy buffers', true, { lo: 16, hi: 1024, step: 1 }],
  ['large_receive', 'yes', 'Enable receive TCP segment aggregation', true, ['yes', 'no']],
  ['large_send', 'yes', 'Enable hardware Transmit TCP segmentation', true, ['yes', 'no']],
  ['max_buf_huge', '64', 'Maximum Huge Buffers', true, { lo: 0, hi: 128, step: 1 }],
  ['min_buf_huge', '24', 'Minimum Huge Buffers', true, { lo: 0, hi: 128, step: 1 }],
  ['poll_uplink', 'no', 'Enable Uplink Polling', true, ['yes', 'no']],
  ['trace_debug', 'no', 'Trace Debug Enable', true, ['yes', 'no']],
  ['use_alt_addr', 'no', 'Enable Alternate Ethernet Address', true, ['yes', 'no']],
];

function inet0(world: World): Row[] {
  return [
    ['authm', '65536', 'Authentication Methods', true],
    ['bootup_option', 'no', 'Use BSD-style Network Configuration', true, ['yes', 'no']],
    ['gateway', '', 'Gateway', true],
    ['hostname', world.lpar.hostname, 'Host Name', true],
    ['rout6', '', 'IPv6 Route', true],
    ['route', 'net,-hopcount,0,,0,192.168.10.1', 'Route', true],
  ];
}

function disk(world: World, name: string): Row[] | undefined {
  const d = findDisk(world, name);
  if (!d) return undefined;
  return [
    ['PCM', 'PCM/friend/otherapdisk', 'Path Control Module', false],
    ['PR_key_value', 'none', 'Persistant Reserve Key Value', true],
    ['algorithm', 'fail_over', 'Algorithm', true, ['fail_over', 'round_robin', 'shortest_queue']],
    ['clr_q', 'no', 'Device CLEARS its Queue on error', true, ['yes', 'no']],
    ['dist_err_pcnt', '0', 'Distributed Error Sample Time', true, { lo: 0, hi: 100, step: 1 }],
    ['hcheck_interval', '60', 'Health Check Interval', true, { lo: 0, hi: 3600, step: 1 }],
    ['hcheck_mode', 'nonactive', 'Health Check Mode', true, ['enabled', 'failed', 'nonactive']],
    ['lun_id', `0x${(Number(name.replace(/\D/g, '')) || 0).toString(16)}000000000000`, 'Logical Unit Number ID', false],
    ['max_transfer', '0x40000', 'Maximum TRANSFER Size', true],
    ['pvid', d.pvid === 'none' ? 'none' : `${d.pvid}0000000000000000`, 'Physical volume identifier', false],
    ['q_type', 'simple', 'Queuing TYPE', true, ['simple', 'ordered']],
    ['queue_depth', '10', 'Queue DEPTH', true, { lo: 1, hi: 256, step: 1 }],
    ['reserve_policy', 'single_path', 'Reserve Policy', true, ['no_reserve', 'single_path', 'PR_exclusive', 'PR_shared']],
    ['rw_timeout', '30', 'READ/WRITE time out value', true, { lo: 1, hi: 120, step: 1 }],
    ['size_in_mb', String(d.sizeMB), 'Size in Megabytes', false],
    ['unique_id', `3E213600A0B80001${name.toUpperCase()}0F1815FAStEMA03IBMfcp`, 'Unique device identifier', false],
    ['ww_name', '0x201400a0b8479b36', 'FC World Wide Name', false],
  ];
}

/** The attributes of a device, or undefined when the ODM has no such device with attributes. */
export function attributesOf(world: World, device: string): Attribute[] | undefined {
  let rows: readonly Row[] | undefined;
  if (device === 'sys0') rows = SYS0.map((r): Row => (r[0] === 'modelname' ? [r[0], world.lpar.modelName, r[2], r[3]] : r[0] === 'systemid' ? [r[0], systemId(world), r[2], r[3]] : r));
  else if (/^proc\d+$/.test(device)) rows = PROC;
  else if (device === 'mem0') rows = MEM0;
  else if (device === 'en0') rows = en0(world);
  else if (device === 'lo0') rows = LO0;
  else if (device === 'ent0') rows = ENT0;
  else if (device === 'inet0') rows = inet0(world);
  else if (/^hdisk\d+$/.test(device)) rows = disk(world, device);
  if (!rows) return undefined;
  const changed = own(world.deviceAttrs, device);
  return rows.map(([name, value, description, settable, values]) => ({ name, value: own(changed, name) ?? value, description, settable, ...(values ? { values } : {}) }));
}

/** Why a value is refused for an attribute (not changeable, or not one of its values), or null. */
export function refusal(attr: Attribute, value: string): 'not-settable' | 'bad-value' | null {
  if (!attr.settable) return 'not-settable';
  const v = attr.values;
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.includes(value) ? null : 'bad-value';
  const range = v as { lo: number; hi: number; step: number };
  const n = Number(value);
  return /^-?\d+$/.test(value) && n >= range.lo && n <= range.hi && (n - range.lo) % range.step === 0 ? null : 'bad-value';
}

/** The world with a device's attributes changed (chdev); the values were checked with refusal(). */
export function setAttributes(world: World, device: string, changes: readonly (readonly [string, string])[]): World {
  const all = { ...(world.deviceAttrs ?? {}) };
  const mine = { ...(own(all, device) ?? {}) };
  for (const [k, v] of changes) put(mine, k, v);
  put(all, device, mine);
  return { ...world, deviceAttrs: all };
}
