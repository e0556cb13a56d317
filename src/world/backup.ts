// WPAR backup images (savewpar / restwpar / lssavewpar, reference 11.1). An
// image is a file in the simulated tree (or on a simulated tape, /dev/rmtN,
// which is a file under the global /dev): a first line naming the format, then
// JSON with the WPAR's configuration and the nodes of its local file systems.
// Nothing here touches the host.

import { own } from './dict.js';
import { fail, ok, type Result } from './errors.js';
import { type FsResult, nodeAt, readFile, writeFile } from './fs.js';
import { flatten, treeFrom } from './tree.js';
import type { AttrGroup, FsNode, World, Wpar } from './types.js';
import { ensureDir, localFileSystems } from './wparfs.js';
import { createWpar, findWpar, isDefaultMount, isRunning, mountAsGroup, removeWpar, stopWpar, type WparSpec } from './wpars.js';

export const IMAGE_MAGIC = 'wparsim savewpar image 1';

export interface BackupImage {
  /** When it was made (ms since the epoch, the world's clock). */
  date: number;
  wpar: {
    name: string;
    hostname: string;
    directory: string;
    auto: boolean;
    privateUsr: boolean;
    copyResolv: boolean;
    routing: boolean;
    script: string;
    networks: AttrGroup[];
    routes: AttrGroup[];
    resources: Record<string, string>;
    /** A versioned WPAR's AIX level. */
    osLevel?: string;
    /** Mounts as mkwpar -M groups, so that a restore makes the same layout. */
    mounts: AttrGroup[];
    /** The devices allocated to it, as mkwpar -D groups (absent in images of older wparsims). */
    devices?: AttrGroup[];
  };
  /** Nodes of each local file system, keyed by its mount point inside the WPAR. */
  files: Record<string, Record<string, FsNode>>;
}

export type BackupError = { code: 'no-image'; device: string } | { code: 'bad-image'; device: string } | { code: 'app-wpar'; name: string };

export type BackupResult<T> = { ok: true; value: T } | { ok: false; error: BackupError };

/** Tape devices the LPAR has (guide: restwpar -f/dev/rmt1; savewpar's default is /dev/rmt0). */
export const isTape = (device: string) => /^\/dev\/rmt[01]$/.test(device);

/** A tape device name the LPAR does not have (/dev/rmt99): there is nothing to write to. */
export const isMissingTape = (device: string) => /^\/dev\/rmt\d+$/.test(device) && !isTape(device);

/** The image of a WPAR: its configuration and its local file systems' files. */
export function imageOf(world: World, wpar: Wpar, now: number): BackupResult<BackupImage> {
  if (wpar.type === 'A') return { ok: false, error: { code: 'app-wpar', name: wpar.name } };
  const files: Record<string, Record<string, FsNode>> = {};
  // A rootvg WPAR's image holds the file systems of its own rootvg too (IBM savewpar: "all files belonging to" the WPAR).
  for (const m of localFileSystems(world, wpar)) files[m.dir] = flatten(world.filesystems[m.dev]);
  const mounts = wpar.mounts.filter((m) => !isDefaultMount(m.dir)).map(mountAsGroup);
  const { name, hostname, directory, auto, privateUsr, copyResolv, routing, script, networks, routes, resources } = wpar;
  const saved = { name, hostname, directory, auto, privateUsr, copyResolv, routing, script, networks, routes, resources, mounts, ...(wpar.devices.length > 0 ? { devices: wpar.devices } : {}) };
  return { ok: true, value: { date: now, wpar: wpar.osLevel ? { ...saved, osLevel: wpar.osLevel } : saved, files } };
}

/** An image is a file anyone can edit: a device group must be plain text attributes. */
const isAttrGroup = (g: unknown): g is AttrGroup => typeof g === 'object' && g !== null && !Array.isArray(g) && Object.entries(g).every(([k, v]) => typeof v === 'string' && /^[A-Za-z_]\w*$/.test(k));

/** Number of files and directories in an image's file systems (savewpar's and mksysb's count). */
export const fileCount = (files: Record<string, Record<string, FsNode>>) => Object.values(files).reduce((n, nodes) => n + Object.keys(nodes).length, 0);

/** Writes a savewpar image to a device: a file path (its directory must exist) or a tape. */
export const writeImage = (world: World, device: string, image: BackupImage, now: number) => writeTagged(world, device, IMAGE_MAGIC, image, now);

/** Reads a file written with a first line `magic` and JSON after it; `valid` checks the JSON's shape. */
function readTagged<T>(world: World, device: string, magic: string, valid: (v: any) => boolean): BackupResult<T> {
  const node = nodeAt(world, device);
  if (!node || node.kind !== 'file') return { ok: false, error: { code: 'no-image', device } };
  const text = readFile(world, device);
  if (!text.ok) return { ok: false, error: { code: 'no-image', device } };
  const cut = text.value.indexOf('\n');
  if (text.value.slice(0, cut) !== magic) return { ok: false, error: { code: 'bad-image', device } };
  try {
    const value = JSON.parse(text.value.slice(cut + 1)) as T;
    if (!valid(value)) throw new Error('shape');
    return { ok: true, value };
  } catch {
    return { ok: false, error: { code: 'bad-image', device } };
  }
}

/** Reads and checks a savewpar image from a device. */
export const readImage = (world: World, device: string) =>
  readTagged<BackupImage>(world, device, IMAGE_MAGIC, (v) => typeof v?.wpar?.name === 'string' && typeof v.files === 'object' && v.files !== null);

export const MKSYSB_MAGIC = 'wparsim mksysb image 1';

/** A system backup of the root volume group (mksysb): the AIX level and the files of its file systems. */
export interface MksysbImage {
  date: number;
  /** oslevel -s of the system it was made on. */
  oslevel: string;
  files: Record<string, Record<string, FsNode>>;
}

export const readMksysb = (world: World, device: string) =>
  readTagged<MksysbImage>(world, device, MKSYSB_MAGIC, (v) => typeof v?.oslevel === 'string' && typeof v.files === 'object' && v.files !== null);

/** Writes a tagged image file (a savewpar or mksysb image) to a file path (its directory must exist) or a tape. */
export function writeTagged(world: World, device: string, magic: string, value: unknown, now: number): FsResult<World> {
  const base = isTape(device) ? ensureDir(world, '/dev', now) : world;
  return writeFile(base, device, `${magic}\n${JSON.stringify(value)}\n`, false, now);
}

export interface RestoreOptions {
  name?: string;
  hostname?: string;
  directory?: string;
  /** -F: an existing WPAR of that name is stopped and removed first. */
  force: boolean;
  /** -M '-N ...': networks that replace the saved ones. */
  networks?: AttrGroup[];
}

/**
 * restwpar: a new WPAR from an image, its local file systems holding the saved
 * files. A new name moves the default directory and host name with it. On a
 * refusal the input world is returned unchanged (nothing half created).
 */
export function restoreWpar(world: World, image: BackupImage, opts: RestoreOptions, now: number): Result<{ world: World; wpar: Wpar; replaced?: Wpar }> {
  const saved = image.wpar;
  const name = opts.name ?? saved.name;
  const renamed = name !== saved.name;
  const spec: WparSpec = {
    name,
    hostname: opts.hostname ?? (renamed && saved.hostname === saved.name ? name : saved.hostname),
    directory: opts.directory ?? (renamed && saved.directory === `/wpars/${saved.name}` ? `/wpars/${name}` : saved.directory),
    auto: saved.auto,
    privateUsr: saved.privateUsr,
    copyResolv: false,
    routing: saved.routing,
    script: saved.script,
    networks: opts.networks ?? saved.networks,
    routes: saved.routes,
    mounts: saved.mounts,
    resources: saved.resources,
    // The devices it had come back with it (restwpar), as far as they are free to allocate.
    ...(Array.isArray(saved.devices) ? { devices: saved.devices.filter(isAttrGroup) } : {}),
    ...(typeof saved.osLevel === 'string' ? { osLevel: saved.osLevel } : {}),
  };
  let w = world;
  const existing = findWpar(w, name);
  if (existing && !opts.force) return fail({ code: 'wpar-exists', name });
  if (existing) {
    if (isRunning(existing)) {
      const stopped = stopWpar(w, name, now);
      if (!stopped.ok) return stopped;
      w = stopped.value.world;
    }
    const removed = removeWpar(w, name);
    if (!removed.ok) return removed;
    w = removed.value.world;
  }
  const created = createWpar(w, { ...spec, force: opts.force }, now);
  if (!created.ok) return created;
  const filesystems = { ...created.value.world.filesystems };
  for (const m of localFileSystems(created.value.world, created.value.wpar)) {
    const nodes = own(image.files, m.dir);
    if (nodes) filesystems[m.dev] = treeFrom(nodes);
  }
  return ok({ world: { ...created.value.world, filesystems }, wpar: created.value.wpar, ...(existing ? { replaced: existing } : {}) });
}
