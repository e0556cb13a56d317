// The store's schema guard: checks that a loaded value is a World this
// version understands, and names the first thing that is wrong. Hand-written
// (a few dozen lines) rather than a schema library, to keep start-up fast.

/**
 * 1: {schemaVersion, world}. 2: {schemaVersion, world, nodes, lessons}: the
 * world's files refer to the node table (codec.ts), and `lessons` is the
 * learner's lesson progress (issue 11). 3: the same, each file system written
 * as a tree rather than a flat table of paths (issue 16). An older store is
 * migrated on load.
 */
export const SCHEMA_VERSION = 3;

// A check returns null, or the problem as [path below the value, what is wrong];
// the path is put together only on the way back up from a problem, so that a
// valid store of thousands of WPARs costs no string building (issue 10 bench).
type Problem = [path: string, what: string];
type Check = (v: unknown) => Problem | null;

const str: Check = (v) => (typeof v === 'string' ? null : ['', 'is not a string']);
const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : ['', 'is not a number']);
/** A name printed as it is (a WPAR's, a host's, a volume group's): no control characters, which would reach the terminal raw. */
const name: Check = (v) => (typeof v !== 'string' ? ['', 'is not a string'] : /[\x00-\x1f\x7f-\x9f]/.test(v) ? ['', 'has a control character'] : null);
/** A counter the world hands numbers out from: a whole number that stays exact when counted on. */
const counter: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v < 2 ** 40 ? null : ['', 'is not a counter (a whole number below 2^40)']);
const bool: Check = (v) => (typeof v === 'boolean' ? null : ['', 'is not true or false']);
const optional =
  (c: Check): Check =>
  (v) =>
    v === undefined ? null : c(v);
/** `b` when the value has the field `key`, else `a` (the two forms of a list's items). */
const eitherBy =
  (key: string, a: Check, b: Check): Check =>
  (v) =>
    isObject(v) && key in v ? b(v) : a(v);
const oneOf =
  (values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : ['', `is not one of ${values.join(', ')}`];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf =
  (c: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return ['', 'is not a list'];
    for (let i = 0; i < v.length; i++) {
      const e = c(v[i]);
      if (e) return [`[${i}]${e[0]}`, e[1]];
    }
    return null;
  };
const record =
  (c: Check): Check =>
  (v) => {
    if (!isObject(v)) return ['', 'is not an object'];
    for (const k in v) {
      const e = c(v[k]);
      if (e) return [`.${k}${e[0]}`, e[1]];
    }
    return null;
  };
const shape = (fields: Record<string, Check>): Check => {
  const entries = Object.entries(fields);
  return (v) => {
    if (!isObject(v)) return ['', 'is not an object'];
    for (const [k, c] of entries) {
      const e = c(v[k]);
      if (e) return [`.${k}${e[0]}`, e[1]];
    }
    return null;
  };
};

/** A list of WPARs in which no two have one name (a hand-edited store may repeat one). */
const uniqueNames =
  (c: Check): Check =>
  (v) => {
    const e = c(v);
    if (e) return e;
    const seen = new Set<string>();
    for (const [i, w] of (v as { name: string }[]).entries()) {
      if (seen.has(w.name)) return [`[${i}].name`, `repeats the name ${w.name}`];
      seen.add(w.name);
    }
    return null;
  };

const mount = shape({ dir: str, vfs: oneOf(['jfs2', 'jfs', 'namefs', 'nfs', 'directory']), dev: str, options: str, sizeMB: optional(num) });

const wpar = shape({
  name,
  cid: num,
  type: oneOf(['S', 'A']),
  state: oneOf([...'DLAFPNMTBE']),
  hostname: name,
  directory: name,
  owner: name,
  rootvg: bool,
  auto: bool,
  privateUsr: bool,
  checkpointable: bool,
  routing: bool,
  copyResolv: bool,
  script: str,
  uuid: str,
  networks: arrayOf(record(str)),
  routes: arrayOf(record(str)),
  devices: arrayOf(record(str)),
  mounts: arrayOf(mount),
  resources: record(str),
  lastLogin: optional(num),
  corPid: optional(num),
  rootParts: optional(record(str)),
  usrParts: optional(record(str)),
  osLevel: optional(str),
  settles: optional(shape({ to: optional(oneOf([...'DLAFPNMTBE'])), at: num })),
});

const disk = shape({
  name,
  pvid: str,
  location: str,
  description: str,
  sizeMB: num,
  state: oneOf(['Available', 'Defined']),
  exportedTo: optional(str),
  wparState: optional(oneOf(['Available', 'Defined'])),
  deleted: optional(bool),
});

const vg = shape({ name, vgid: str, ppSizeMB: num, owner: name, disks: arrayOf(name), active: bool });

const proc = shape({
  pid: num,
  ppid: num,
  wpar: optional(str),
  vpid: optional(num),
  vppid: optional(num),
  user: str,
  cmd: str,
  start: num,
  subsystem: optional(str),
  group: optional(str),
});
const daemonSet = shape({ daemons: str, init: num, first: num, start: num });
const mounted = shape({ point: str, vfs: oneOf(['jfs2', 'namefs', 'procfs', 'ahafs']), device: str, options: str, date: num });
const stanza = shape({
  point: str,
  dev: str,
  vfs: str,
  mount: str,
  type: optional(str),
  options: optional(str),
  account: optional(str),
  log: optional(str),
  size: optional(num),
  vg: optional(str),
});

const fsNode = shape({ kind: oneOf(['dir', 'file', 'link']), content: optional(str), mtime: num, mode: optional(num), owner: optional(str), group: optional(str) });
/** A file system as the world holds it: a directory whose entries are nodes of the same shape (world/tree.ts). */
const fsTree: Check = (v) => fsTreeShape(v);
const fsTreeShape = shape({
  kind: oneOf(['dir', 'file', 'link']),
  content: optional(str),
  mtime: num,
  mode: optional(num),
  owner: optional(str),
  group: optional(str),
  entries: optional(record(fsTree)),
});

const worldFields = {
  lpar: shape({
    hostname: str,
    partitionName: str,
    partitionNumber: num,
    machineId: str,
    modelName: str,
    osName: str,
    osVersion: str,
    osRelease: str,
    osLevel: str,
    timezone: str,
    address: str,
    netmask: str,
  }),
  counters: shape({ nextPid: counter, nextCid: counter, nextUuid: counter, nextLvmId: counter }),
  wpars: uniqueNames(arrayOf(wpar)),
  disks: arrayOf(disk),
  vgs: arrayOf(vg),
  filesystems: record(fsTree),
  mounts: arrayOf(mounted),
  processes: arrayOf(proc),
  fstab: arrayOf(stanza),
  filesets: optional(record(str)),
  filesetDates: optional(record(num)),
  lvs: optional(arrayOf(shape({ name, vg: str, type: name, lps: counter }))),
  exportedVgs: optional(arrayOf(vg)),
  deviceAttrs: optional(record(record(str))),
  errlog: optional(arrayOf(shape({ id: str, label: str, time: num, type: str, cls: str, resource: str, wpar: str, description: str, causes: arrayOf(str), actions: arrayOf(str) }))),
};
const world = shape(worldFields);
/** A file system in a version 3 store: a node number, or a directory's {n: number, e: entries}. */
const storedNode: Check = (v) => (typeof v === 'number' ? null : storedDir(v));
const storedDir = shape({ n: num, e: record(storedNode) });
/** The world as a version 3 store holds it: files are numbers in the node table. */
const storedSets = {
  processes: arrayOf(eitherBy('daemons', proc, daemonSet)),
  fstab: arrayOf(eitherBy('stanzas', stanza, shape({ stanzas: str }))),
  mounts: arrayOf(eitherBy('mounts', mounted, shape({ mounts: str, date: num }))),
};
const storedWorld = shape({ ...worldFields, filesystems: record(storedNode), ...storedSets });
/** Version 2: each file system a flat table of paths to node numbers. */
const storedWorldV2 = shape({ ...worldFields, filesystems: record(record(num)), ...storedSets });
const nodeTable = arrayOf(fsNode);

/** The world as a version 1 store holds it: each file system a flat table of nodes by path. */
const worldV1 = shape({ ...worldFields, filesystems: record(record(fsNode)) });

/** null when `v` is a valid version 1 world, else what is wrong with it. */
export function checkWorldV1(v: unknown): string | null {
  const e = worldV1(v);
  return e ? `world${e[0]} ${e[1]}` : null;
}

/** null when `v` is a valid World, else what is wrong with it. */
export function checkWorld(v: unknown): string | null {
  const e = world(v);
  return e ? `world${e[0]} ${e[1]}` : null;
}

/** null when `v` is a world as a version 2 or 3 store holds it, with its node table; else what is wrong. */
export function checkStoredWorld(v: unknown, nodes: unknown, version: number): string | null {
  const e = (version === 2 ? storedWorldV2 : storedWorld)(v);
  if (e) return `world${e[0]} ${e[1]}`;
  const n = nodeTable(nodes);
  return n ? `nodes${n[0]} ${n[1]}` : null;
}

const progress = shape({
  current: optional(shape({ name: str, started: num, ran: arrayOf(str), done: arrayOf(bool), hintsGiven: arrayOf(num), passed: bool, own: optional(str) })),
  results: record(
    shape({
      attempts: num,
      passed: bool,
      firstStarted: num,
      passedAt: optional(num),
      timeMs: optional(num),
      hints: num,
      solutionShown: bool,
    }),
  ),
});

/** null when `v` is valid lesson progress, else what is wrong with it. */
export function checkProgress(v: unknown): string | null {
  const e = progress(v);
  return e ? `lessons${e[0]} ${e[1]}` : null;
}
