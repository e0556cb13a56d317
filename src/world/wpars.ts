// WPAR lifecycle transitions: create, start, stop, remove. Pure functions from
// World to Result<World>; the rules come from aix-reference.md sections 3-7
// (name rules 3.1, default file systems 3.3, states 4.1).

import { checkAllocation, exportOnStart, forgetWparVgs, groupDisk, makeWparRootvg, returnOnStop } from './devices.js';
import { own } from './dict.js';
import { logEvent } from './errlog.js';
import { fail, ok, type Result } from './errors.js';
import { isWithin } from './fs.js';
import { overwriteDisk } from './lvm.js';
import { addressConflict } from './network.js';
import { startProcesses, stopProcesses } from './processes.js';
import { isRunning } from './running.js';
import { oldSystemLevels, partsForNewWpar } from './software.js';
import type { AttrGroup, FsNode, World, Wpar, WparMount, WparState } from './types.js';

export { isRunning } from './running.js';

import { baseDirFree, createWparFs, mountWpar, moveToOwnRootvg, removeWparFs, unmountWpar, WBOOT } from './wparfs.js';

export const STATE_WORDS: Record<WparState, string> = {
  D: 'Defined',
  L: 'Loaded',
  A: 'Active',
  F: 'Frozen',
  P: 'Paused',
  N: 'Maintenance',
  M: 'Moving',
  T: 'Transitional',
  B: 'Broken',
  E: 'Error',
};

/** Characters the mkwpar doc forbids in a WPAR name (reference 3.1). */
const FORBIDDEN = new Set('=:/!;`\'"<>~&()*+[],.^{}|\\'.split(''));

/**
 * The mkwpar/chwpar name rules: at most 25 bytes, ASCII only, no white space or
 * listed symbol, not starting with '-' or '0'. Digits after the first character
 * are allowed (wpar1 is the canonical example).
 */
export function isValidWparName(name: string): boolean {
  if (name.length === 0 || name.length > 25) return false;
  if (name.startsWith('-') || name.startsWith('0')) return false;
  for (const ch of name) {
    const code = ch.charCodeAt(0);
    if (code <= 32 || code >= 127 || FORBIDDEN.has(ch)) return false;
  }
  return true;
}

export function findWpar(world: World, name: string): Wpar | undefined {
  return world.wpars.find((w) => w.name === name);
}

export interface WparSpec {
  name: string;
  hostname?: string;
  directory?: string;
  auto?: boolean;
  privateUsr?: boolean;
  copyResolv?: boolean;
  /** A versioned WPAR (mkwpar -C): the AIX level of the image it is made from. */
  osLevel?: string;
  /** A system copy (mkwpar -t): the files of each local file system, by mount point. */
  copyFrom?: Record<string, Record<string, FsNode>>;
  routing?: boolean;
  force?: boolean;
  /** mkwpar -O: a rootvg disk's volume group is overwritten. */
  overwrite?: boolean;
  script?: string;
  uuid?: string;
  networks?: AttrGroup[];
  routes?: AttrGroup[];
  devices?: AttrGroup[];
  mounts?: AttrGroup[];
  resources?: Record<string, string>;
}

const LOCAL_SIZES_MB: Record<string, number> = {
  '/': 192,
  '/home': 32,
  '/tmp': 96,
  '/var': 128,
  '/usr': 2304,
  '/opt': 512,
  [WBOOT]: 32,
};

/** Parses a mkwpar size= value (512-byte blocks, or with M/G suffix) into MB. */
export function parseSizeMB(text: string): number | undefined {
  const m = /^(\d+)([MmGg]?)$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (m[2] === '') return Math.max(1, Math.ceil((n * 512) / (1024 * 1024)));
  return m[2]!.toLowerCase() === 'g' ? n * 1024 : n;
}

function usedLvNumbers(world: World): Set<number> {
  const used = new Set<number>();
  const devs = [...world.wpars.flatMap((w) => w.mounts.map((m) => m.dev)), ...world.fstab.map((s) => s.dev), ...(world.lvs ?? []).map((l) => `/dev/${l.name}`)];
  for (const dev of devs) {
    const hit = /^\/dev\/fslv(\d+)$/.exec(dev);
    if (hit) used.add(Number(hit[1]));
  }
  return used;
}

const VFS_TYPES = ['jfs', 'jfs2', 'nfs', 'namefs', 'directory'] as const;

/** The mount list of a new system WPAR: defaults (3.3) overlaid with -M groups. */
function buildMounts(world: World, spec: WparSpec): Result<WparMount[]> {
  const byDir = new Map<string, WparMount>();
  const local = (dir: string): WparMount => ({ dir, vfs: 'jfs2', dev: '', options: 'log=NULL', sizeMB: own(LOCAL_SIZES_MB, dir) ?? 64 });
  for (const dir of ['/', '/home', '/tmp', '/var']) byDir.set(dir, local(dir));
  if (spec.privateUsr) {
    byDir.set('/opt', local('/opt'));
    byDir.set('/usr', local('/usr'));
  } else {
    byDir.set('/opt', { dir: '/opt', vfs: 'namefs', dev: '/opt', options: 'ro' });
    byDir.set('/usr', { dir: '/usr', vfs: 'namefs', dev: '/usr', options: 'ro' });
  }
  byDir.set('/proc', { dir: '/proc', vfs: 'namefs', dev: '/proc', options: 'rw' });
  // A rootvg WPAR boots from a small file system of the global rootvg (INFERRED: SG24-7955 example 14-12 lists it after /).
  const rootvg = (spec.devices ?? []).some((d) => d['rootvg'] === 'yes');
  if (rootvg) byDir.set(WBOOT, local(WBOOT));

  for (const group of spec.mounts ?? []) {
    const dir = group['directory'];
    if (dir === undefined) return fail({ code: 'missing-attribute', flag: '-M', attr: 'directory' });
    if (!dir.startsWith('/')) return fail({ code: 'bad-attribute', flag: '-M', text: `directory=${dir}` });
    const vfs = group['vfs'] ?? 'jfs2';
    if (!(VFS_TYPES as readonly string[]).includes(vfs)) return fail({ code: 'bad-attribute', flag: '-M', text: `vfs=${vfs}` });
    // A rootvg WPAR's -M mounts can only be namefs (IBM "File system customization for system WPARs").
    if (rootvg && vfs !== 'namefs') return fail({ code: 'bad-attribute', flag: '-M', text: `vfs=${vfs}` });
    let sizeMB: number | undefined = own(LOCAL_SIZES_MB, dir) ?? 64;
    if (group['size'] !== undefined) {
      sizeMB = parseSizeMB(group['size']);
      if (sizeMB === undefined) return fail({ code: 'bad-attribute', flag: '-M', text: `size=${group['size']}` });
    }
    const clean = dir.length > 1 ? dir.replace(/\/+$/, '') : dir;
    if (vfs === 'namefs' || vfs === 'nfs') {
      const dev = group['dev'];
      if (dev === undefined) return fail({ code: 'missing-attribute', flag: '-M', attr: 'dev' });
      byDir.set(clean, { dir: clean, vfs, dev, options: group['mountopts'] ?? 'rw' });
    } else {
      byDir.set(clean, { dir: clean, vfs: vfs as WparMount['vfs'], dev: '', options: 'log=NULL', sizeMB });
    }
  }

  const used = usedLvNumbers(world);
  let next = 0;
  const mounts = [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return ok(
    mounts.map((m) => {
      if (m.vfs !== 'jfs2' && m.vfs !== 'jfs') return m;
      while (used.has(next)) next++;
      used.add(next);
      return { ...m, dev: `/dev/fslv${String(next).padStart(2, '0')}` };
    }),
  );
}

/** The UUID mkwpar or wparexec gives the seq-th WPAR (deterministic). */
export function uuidFor(seq: number): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  return `${hex(0x5a1f0000 + seq, 8)}-${hex(0x7c3e, 4)}-4${hex(seq * 0x11, 3)}-a${hex(seq * 0x101, 3)}-${hex(0x0e4f9c490000 + seq, 12)}`;
}

/** Defines a new system WPAR (state D), as mkwpar does before any start. */
export function createWpar(world: World, spec: WparSpec, now: number): Result<{ world: World; wpar: Wpar }> {
  if (!isValidWparName(spec.name)) return fail({ code: 'bad-name', name: spec.name });
  if (findWpar(world, spec.name)) return fail({ code: 'wpar-exists', name: spec.name });
  const directory = spec.directory ?? `/wpars/${spec.name}`;
  if (!spec.force && !baseDirFree(world, directory)) return fail({ code: 'dir-not-empty', dir: directory });
  const mounts = buildMounts(world, spec);
  if (!mounts.ok) return mounts;
  const devices: AttrGroup[] = [];
  let base = world;
  for (const group of spec.devices ?? []) {
    const checked = checkAllocation(world, spec.name, group, devices, spec.overwrite);
    if (!checked.ok) return checked;
    devices.push(group);
    // -O: the volume group a rootvg disk held is overwritten.
    if (group['rootvg'] === 'yes') base = overwriteDisk(base, checked.value.name);
  }

  const wpar: Wpar = {
    name: spec.name,
    cid: world.counters.nextCid,
    type: 'S',
    state: 'D',
    hostname: spec.hostname ?? spec.name,
    directory,
    owner: 'root',
    rootvg: (spec.devices ?? []).some((d) => d['rootvg'] === 'yes'),
    auto: spec.auto ?? false,
    privateUsr: spec.privateUsr ?? false,
    checkpointable: false,
    routing: spec.routing ?? (spec.routes ?? []).length > 0,
    copyResolv: spec.copyResolv ?? false,
    script: spec.script ?? '',
    uuid: spec.uuid ?? uuidFor(world.counters.nextUuid),
    networks: spec.networks ?? [],
    routes: spec.routes ?? [],
    devices: spec.devices ?? [],
    mounts: mounts.value,
    resources: spec.resources ?? {},
    ...(spec.osLevel ? { osLevel: spec.osLevel, rootParts: oldSystemLevels(spec.osLevel), usrParts: oldSystemLevels(spec.osLevel) } : partsForNewWpar(world, spec.privateUsr ?? false)),
  };
  const next: World = {
    ...base,
    wpars: [...base.wpars, wpar],
    counters: { ...base.counters, nextCid: base.counters.nextCid + 1, nextUuid: base.counters.nextUuid + 1 },
  };
  return ok(moveToOwnRootvg(makeWparRootvg(createWparFs(next, wpar, spec.copyResolv ?? false, now, spec.copyFrom), wpar), wpar));
}

/** PIDs on AIX 7 are large and sparse; the world hands them out in steps. */
export const PID_STEP = 65538;

/**
 * Starts a Defined WPAR: state A, a cor_<name> subsystem with a new PID, its
 * allocated disks exported (those already exported to another active WPAR
 * stay there and are reported in `busy`).
 */
export function startWpar(
  world: World,
  name: string,
  now: number,
  resolve = false,
  maintenance = false,
): Result<{ world: World; wpar: Wpar; exported: string[]; busy: [string, string][]; dropped: string[]; broken?: string }> {
  const found = findWpar(world, name);
  if (!found) return fail({ code: 'wpar-not-found', name });
  if (found.state !== 'D') return fail({ code: 'not-defined', name, state: found.state });
  // An address in use stops the start; with -a (resolve) the WPAR starts without it.
  let w = found;
  const dropped: string[] = [];
  // In maintenance mode no address is configured, so none can conflict.
  for (let conflict = maintenance ? undefined : addressConflict(world, w); conflict; conflict = addressConflict(world, w)) {
    if (!resolve) return fail({ code: 'address-in-use', ...conflict });
    dropped.push(conflict.address);
    w = { ...w, networks: w.networks.filter((n) => n['address'] !== conflict!.address) };
  }
  // A rootvg WPAR whose rootvg disk has no definition (rmdev -d) cannot vary it on: the start stops there, Broken.
  const missing = w.devices.find((g) => g['rootvg'] === 'yes' && !groupDisk(world, g));
  if (missing) {
    const broken: Wpar = { ...w, state: 'B' };
    const world2 = mountWpar(replaceWpar(world, broken), broken, now, false);
    return ok({ wpar: broken, world: world2, exported: [], busy: [], dropped, broken: missing['devname'] ?? missing['devid'] ?? '' });
  }
  const wpar: Wpar = { ...w, state: maintenance ? 'N' : 'A', corPid: world.counters.nextPid };
  const next = mountWpar(replaceWpar(world, wpar), wpar, now);
  const withProcs = startProcesses({ ...next, counters: { ...next.counters, nextPid: world.counters.nextPid + PID_STEP } }, wpar, now);
  const devices = exportOnStart(withProcs, name);
  // The error log has the start and each disk exported.
  let logged = logEvent(devices.world, 'wpar-start', name, name, now);
  for (const disk of devices.exported) logged = logEvent(logged, 'disk-export', disk, name, now);
  return ok({ wpar, world: logged, exported: devices.exported, busy: devices.busy, dropped });
}

/**
 * Stops an Active WPAR: back to D, its subsystem gone. `busy` is a global
 * path in use (the stopping shell's working directory): a file system of the
 * WPAR holding it cannot be unmounted, and without `force` the WPAR is left
 * Broken with those mounted (IBM stopwpar: "fails ... one or more file
 * systems cannot be unmounted (use the -F flag to force)"). With `force` a
 * Broken WPAR is cleaned up to D.
 */
export function stopWpar(world: World, name: string, now: number, opts: { force?: boolean; busy?: string } = {}): Result<{ world: World; wpar: Wpar; stuck: string[] }> {
  const w = findWpar(world, name);
  if (!w) return fail({ code: 'wpar-not-found', name });
  if (!isRunning(w) && !(w.state === 'B' && opts.force)) return fail({ code: w.state === 'B' ? 'broken' : 'not-active', name });
  const busy = opts.force ? undefined : opts.busy;
  const stuck = busy === undefined ? [] : world.mounts.filter((m) => isWithin(m.point, w.directory) && isWithin(busy, m.point)).map((m) => m.point);
  const { corPid: _gone, ...rest } = w;
  const wpar: Wpar = { ...rest, state: stuck.length > 0 ? 'B' : 'D' };
  const returned = world.disks.filter((d) => d.exportedTo === name).map((d) => d.name);
  let next = stopProcesses(returnOnStop(unmountWpar(replaceWpar(world, wpar), wpar), name), name);
  // The file systems that hold the busy path stay mounted.
  next = { ...next, mounts: [...next.mounts, ...world.mounts.filter((m) => stuck.includes(m.point))] };
  for (const disk of returned) next = logEvent(next, 'disk-return', disk, name, now);
  return ok({ wpar, world: logEvent(next, 'wpar-stop', name, name, now), stuck });
}

/** Removes a Defined WPAR, its configuration and its directory tree. */
export function removeWpar(world: World, name: string, force = false): Result<{ world: World; wpar: Wpar }> {
  const w = findWpar(world, name);
  if (!w) return fail({ code: 'wpar-not-found', name });
  if (isRunning(w)) return fail({ code: 'is-active', name });
  // A Broken WPAR is removed with -F only (IBM rmwpar: "-F ... can be used to force the removal of broken workload partitions").
  if (w.state === 'B' && !force) return fail({ code: 'broken', name });
  return ok({ wpar: w, world: forgetWparVgs(removeWparFs({ ...world, wpars: world.wpars.filter((x) => x.name !== name) }, w), name) });
}

/** Records a clogin (for the next "Last login" line). */
export function recordLogin(world: World, name: string, when: number): World {
  const w = findWpar(world, name);
  return w ? replaceWpar(world, { ...w, lastLogin: when }) : world;
}

/**
 * chwpar -n: renames a Defined WPAR. Its base directory stays where it is (a
 * new name does not move files); its mount group and its volume groups follow.
 */
export function renameWpar(world: World, name: string, newName: string): Result<World> {
  const w = findWpar(world, name);
  if (!w) return fail({ code: 'wpar-not-found', name });
  if (w.state !== 'D') return fail({ code: 'not-defined', name, state: w.state });
  if (!isValidWparName(newName)) return fail({ code: 'bad-name', name: newName });
  if (findWpar(world, newName)) return fail({ code: 'wpar-exists', name: newName });
  return ok({
    ...world,
    wpars: world.wpars.map((x) => (x.name === name ? { ...x, name: newName } : x)),
    fstab: world.fstab.map((s) => (s.type === name ? { ...s, type: newName } : s)),
    vgs: world.vgs.map((v) => (v.owner === name ? { ...v, owner: newName } : v)),
  });
}

/** chwpar -h, -u, -A: general attributes, changed in place. */
/** Puts a changed WPAR in place of the one of the same name (migwpar). */
export function replaceWpar(world: World, wpar: Wpar): World {
  return { ...world, wpars: world.wpars.map((x) => (x.name === wpar.name ? wpar : x)) };
}

export function changeWpar(world: World, name: string, change: Partial<Pick<Wpar, 'hostname' | 'script' | 'auto' | 'resources'>>): World {
  return { ...world, wpars: world.wpars.map((x) => (x.name === name ? { ...x, ...change } : x)) };
}

/** A mount as the mkwpar -M group that makes it again (size in MB for local file systems). */
export function mountAsGroup(m: WparMount): AttrGroup {
  return m.vfs === 'jfs2' || m.vfs === 'jfs' ? { directory: m.dir, vfs: m.vfs, size: `${m.sizeMB ?? 64}M` } : { directory: m.dir, vfs: m.vfs, dev: m.dev, mountopts: m.options };
}

/** The file systems every system WPAR has without -M (reference 3.3). */
export const isDefaultMount = (dir: string) => ['/', '/home', '/tmp', '/var', '/usr', '/opt', '/proc', WBOOT].includes(dir);
