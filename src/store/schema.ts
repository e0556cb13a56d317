// The store's schema guard: checks that a loaded value is a World this
// version understands, and names the first thing that is wrong. Hand-written
// (a few dozen lines) rather than a schema library, to keep start-up fast.

import type { World } from '../world/types.js';

export const SCHEMA_VERSION = 1;

type Check = (v: unknown, path: string) => string | null;

const str: Check = (v, p) => (typeof v === 'string' ? null : `${p} is not a string`);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p} is not a number`);
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} is not true or false`);
const optional = (c: Check): Check => (v, p) => (v === undefined ? null : c(v, p));
const oneOf = (values: string[]): Check => (v, p) => (typeof v === 'string' && values.includes(v) ? null : `${p} is not one of ${values.join(', ')}`);
const arrayOf = (c: Check): Check => (v, p) => {
  if (!Array.isArray(v)) return `${p} is not a list`;
  for (let i = 0; i < v.length; i++) {
    const e = c(v[i], `${p}[${i}]`);
    if (e) return e;
  }
  return null;
};
const record = (c: Check): Check => (v, p) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p} is not an object`;
  for (const [k, x] of Object.entries(v)) {
    const e = c(x, `${p}.${k}`);
    if (e) return e;
  }
  return null;
};
const shape = (fields: Record<string, Check>): Check => (v, p) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p} is not an object`;
  for (const [k, c] of Object.entries(fields)) {
    const e = c((v as Record<string, unknown>)[k], `${p}.${k}`);
    if (e) return e;
  }
  return null;
};

const mount = shape({ dir: str, vfs: oneOf(['jfs2', 'jfs', 'namefs', 'nfs', 'directory']), dev: str, options: str, sizeMB: optional(num) });

const wpar = shape({
  name: str, cid: num, type: oneOf(['S', 'A']), state: oneOf([...'DLAFPNMTBE']), hostname: str,
  directory: str, owner: str, rootvg: bool, auto: bool, privateUsr: bool, checkpointable: bool,
  routing: bool, copyResolv: bool, script: str, uuid: str, networks: arrayOf(record(str)),
  routes: arrayOf(record(str)), devices: arrayOf(record(str)), mounts: arrayOf(mount),
  resources: record(str), lastLogin: optional(num), corPid: optional(num),
  rootParts: optional(record(str)), usrParts: optional(record(str)), osLevel: optional(str),
});

const disk = shape({
  name: str, pvid: str, location: str, description: str, sizeMB: num, state: oneOf(['Available', 'Defined']),
  exportedTo: optional(str), wparState: optional(oneOf(['Available', 'Defined'])),
});

const vg = shape({ name: str, vgid: str, ppSizeMB: num, owner: str, disks: arrayOf(str), active: bool });

const world = shape({
  lpar: shape({
    hostname: str, partitionName: str, partitionNumber: num, machineId: str, modelName: str,
    osName: str, osVersion: str, osRelease: str, osLevel: str, timezone: str, address: str, netmask: str,
  }),
  counters: shape({ nextPid: num, nextCid: num, nextUuid: num, nextLvmId: num }),
  wpars: arrayOf(wpar),
  disks: arrayOf(disk),
  vgs: arrayOf(vg),
  filesystems: record(record(shape({ kind: oneOf(['dir', 'file']), content: optional(str), mtime: num }))),
  mounts: arrayOf(shape({ point: str, vfs: oneOf(['jfs2', 'namefs', 'procfs']), device: str, options: str, date: num })),
  processes: arrayOf(shape({
    pid: num, ppid: num, wpar: optional(str), vpid: optional(num), vppid: optional(num), user: str, cmd: str, start: num,
    subsystem: optional(str), group: optional(str),
  })),
  fstab: arrayOf(shape({
    point: str, dev: str, vfs: str, mount: str, type: optional(str), options: optional(str), account: optional(str), log: optional(str), size: optional(num),
  })),
  filesets: optional(record(str)),
});

/** null when `v` is a valid World, else what is wrong with it. */
export function checkWorld(v: unknown): string | null {
  return world(v, 'world');
}

export function isWorld(v: unknown): v is World {
  return checkWorld(v) === null;
}
