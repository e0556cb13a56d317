// The virtual file tree (never the host's). Every file system (the LPAR's
// /dev/hd4, /dev/hd2, ... and each WPAR's /dev/fslvNN) holds its own nodes,
// keyed by path relative to its root ("" is the root). The mount table says
// where each appears: a local file system at its mount point, a namefs mount
// as another path of the tree (read-only or not). A WPAR's file systems are
// mounted only while it is active, so a stopped WPAR's /wpars/<name> is an
// empty directory, as on AIX. Paths inside a WPAR are resolved under its root
// and cannot leave it ("cd .." from "/" stays at "/"). Pure functions.

import { own, put } from './dict.js';
import { namesIn, nodeIn, withNodeIn } from './tree.js';
import type { FsNode, Mount, Scope, World } from './types.js';

/** Joins and normalises a path the way the shell does; ".." never goes above "/". */
export function normalize(cwd: string, arg: string): string {
  const parts = (arg.startsWith('/') ? arg : `${cwd}/${arg}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The path of a name in a directory ("/" does not double its slash). */
export const childPath = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

export const parentOf = (p: string) => (p === '/' ? '/' : p.slice(0, p.lastIndexOf('/')) || '/');
export const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

function scopeRootPath(world: World, scope: Scope): string {
  if (scope.kind === 'global') return '';
  const dir = world.wpars.find((w) => w.name === scope.name)?.directory ?? `/wpars/${scope.name}`;
  // An application WPAR (directory "/") shares the global tree.
  return dir === '/' ? '' : dir;
}

/** A scope's path in the global namespace. */
export function toGlobal(world: World, scope: Scope, path: string): string {
  const root = scopeRootPath(world, scope);
  return path === '/' ? root || '/' : root + path;
}

/** A global path as the scope sees it, or null when it is outside the scope. */
export function fromGlobal(world: World, scope: Scope, global: string): string | null {
  const root = scopeRootPath(world, scope);
  if (root === '') return global;
  if (global === root) return '/';
  return global.startsWith(root + '/') ? global.slice(root.length) : null;
}

const under = (path: string, point: string) => point === '/' || path === point || path.startsWith(point + '/');

export interface Location {
  /** The file system the path lives in. */
  fs: string;
  /** Path relative to that file system's root. */
  rel: string;
  readonly: boolean;
  /** The global path after following namefs mounts. */
  real: string;
}

/** Finds where a global path lives, following namefs mounts (read-only when any on the way is). */
export function locate(world: World, global: string): Location {
  let path = global;
  let readonly = false;
  for (let hops = 0; hops < 16; hops++) {
    let best: Mount | undefined;
    for (const m of world.mounts) if (under(path, m.point) && (!best || m.point.length >= best.point.length)) best = m;
    const m = best!;
    const rest = m.point === '/' ? path.slice(1) : path.slice(m.point.length + 1);
    // /proc and /aha are the kernel's views: nothing can be made in them.
    if (m.vfs === 'procfs' || m.vfs === 'ahafs' || m.options.split(',').includes('ro')) readonly = true;
    if (m.vfs === 'namefs') {
      path = rest === '' ? m.device : (m.device === '/' ? '' : m.device) + '/' + rest;
      continue;
    }
    return { fs: m.device, rel: rest, readonly, real: path };
  }
  return { fs: '/dev/hd4', rel: global.slice(1), readonly, real: global };
}

/** How many symbolic links one path may go through (AIX's MAXSYMLINKS is 20); past it the path names nothing. */
const MAX_LINKS = 20;

/** The root a link's absolute target is read from: the WPAR's root when the link lives in a WPAR's tree. */
function linkRoot(world: World, global: string): string {
  for (const w of world.wpars) if (w.directory !== '/' && global.startsWith(w.directory + '/')) return w.directory;
  return '';
}

/**
 * A global path with the symbolic links on its way followed (the last one
 * too when `followLast`): a link's absolute target is read from the root of
 * the scope it lives in (a WPAR's tree for a link under /wpars/NAME), a
 * relative one from its directory. Past MAX_LINKS (a loop) the path names
 * nothing.
 */
export function realPath(world: World, global: string, followLast = true): string {
  let path = global;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const loc = locate(world, path);
    if (loc.rel === '') return path;
    const parts = loc.rel.split('/');
    const base = path.slice(0, path.length - loc.rel.length - 1);
    let node = own(world.filesystems, loc.fs);
    let i = 0;
    for (; i < parts.length && node !== undefined; i++) {
      node = node.entries === undefined ? undefined : own(node.entries, parts[i]!);
      if (node?.kind === 'link' && (i < parts.length - 1 || followLast)) break;
    }
    if (node?.kind !== 'link' || i >= parts.length) return path;
    const at = `${base}/${parts.slice(0, i + 1).join('/')}`;
    const target = node.content ?? '';
    const resolved = target.startsWith('/') ? normalize('/', linkRoot(world, at) + target) : normalize(parentOf(at), target);
    const rest = parts.slice(i + 1).join('/');
    path = rest === '' ? resolved : childPath(resolved, rest);
    // A target past PATH_MAX (a store edited by hand) names nothing, as a loop does.
    if (path.length > 4096) break;
  }
  return '/\u0000too many links';
}

/** The node at a global path, symbolic links followed (the last one too unless `followLast` is false: ls -l, rm). */
export function nodeAt(world: World, global: string, followLast = true): FsNode | undefined {
  const loc = locate(world, realPath(world, global, followLast));
  return nodeIn(own(world.filesystems, loc.fs), loc.rel);
}

export function isDir(world: World, scope: Scope, path: string): boolean {
  return nodeAt(world, toGlobal(world, scope, path))?.kind === 'dir';
}

/** Names in a directory (sorted), including the mount points of file systems mounted inside it. */
export function list(world: World, global: string): string[] {
  return namesIn(nodeAt(world, global));
}

export type FsError = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'EROFS' | 'ENOTEMPTY' | 'EBUSY' | 'EINVAL' | 'ENAMETOOLONG';

export type FsResult<T> = { ok: true; value: T } | { ok: false; error: FsError };
const err = <T>(error: FsError): FsResult<T> => ({ ok: false, error });

/** The world with `node` at a location (undefined: removed, with what is under it); only the path is copied. */
export function withNode(world: World, loc: Location, node: FsNode | undefined): World {
  const root = own(world.filesystems, loc.fs) ?? { kind: 'dir', mtime: 0 };
  const filesystems = { ...world.filesystems };
  put(filesystems, loc.fs, withNodeIn(root, loc.rel, node));
  return { ...world, filesystems };
}

/** Whether a global path is the mount point of something mounted (such a directory is busy). */
export function isMountPoint(world: World, global: string): boolean {
  return world.mounts.some((m) => m.point === global);
}

const encoder = new TextEncoder();
/** A name past AIX's NAME_MAX (255 bytes) or a path past PATH_MAX (1023 bytes). */
const tooLong = (global: string): boolean => encoder.encode(global).length > 1023 || global.split('/').some((part) => encoder.encode(part).length > 255);

/** Creates one directory (its parent must exist). */
export function makeDir(world: World, path: string, now: number): FsResult<World> {
  if (nodeAt(world, path, false)) return err('EEXIST');
  const global = realPath(world, path);
  if (tooLong(global)) return err('ENAMETOOLONG');
  const parent = nodeAt(world, parentOf(global));
  if (!parent) return err('ENOENT');
  if (parent.kind !== 'dir') return err('ENOTDIR');
  const loc = locate(world, global);
  if (loc.readonly) return err('EROFS');
  return { ok: true, value: withNode(world, loc, { kind: 'dir', mtime: now }) };
}

/** Writes (or appends to) a file; the directory must exist. */
export function writeFile(world: World, path: string, content: string, append: boolean, now: number): FsResult<World> {
  // Through a symbolic link: its target is written (made when it does not exist yet).
  const global = realPath(world, path);
  const node = nodeAt(world, global);
  if (!node && isDevNull(world, global)) return { ok: true, value: world };
  if (node?.kind === 'dir') return err('EISDIR');
  if (!node && tooLong(global)) return err('ENAMETOOLONG');
  const parent = nodeAt(world, parentOf(global));
  if (!parent) return err('ENOENT');
  if (parent.kind !== 'dir') return err('ENOTDIR');
  const loc = locate(world, global);
  if (loc.readonly) return err('EROFS');
  const text = append && node ? (node.content ?? '') + content : content;
  // A file written again keeps its permissions.
  return { ok: true, value: withNode(world, loc, { kind: 'file', content: text, mtime: now, ...(node?.mode !== undefined ? { mode: node.mode } : {}) }) };
}

/** Makes a symbolic link (ln -s) at `path`; its target is kept as given, and need not exist. */
export function makeLink(world: World, path: string, target: string, now: number): FsResult<World> {
  if (nodeAt(world, path, false)) return err('EEXIST');
  if (tooLong(path) || tooLong(target)) return err('ENAMETOOLONG');
  const dir = realPath(world, parentOf(path));
  const parent = nodeAt(world, dir);
  if (!parent) return err('ENOENT');
  if (parent.kind !== 'dir') return err('ENOTDIR');
  const loc = locate(world, childPath(dir, baseName(path)));
  if (loc.readonly) return err('EROFS');
  return { ok: true, value: withNode(world, loc, { kind: 'link', content: target, mtime: now }) };
}

/** /dev/null, as the global environment or a WPAR sees it (its root's /dev/null): reads as empty, swallows writes. */
const isDevNull = (world: World, global: string): boolean => global === '/dev/null' || world.wpars.some((w) => w.directory !== '/' && global === `${w.directory}/dev/null`);

export function readFile(world: World, global: string): FsResult<string> {
  const node = nodeAt(world, global);
  if (!node && isDevNull(world, global)) return { ok: true, value: '' };
  if (!node) return err('ENOENT');
  if (node.kind === 'dir') return err('EISDIR');
  return { ok: true, value: node.content ?? '' };
}

/** Removes a file, or a directory and everything in it (recursive), never a mount point. */
export function remove(world: World, path: string, recursive: boolean): FsResult<World> {
  // A symbolic link is removed itself, not what it points to.
  const global = realPath(world, path, false);
  const node = nodeAt(world, global, false);
  if (!node) return err('ENOENT');
  if (isMountPoint(world, global) || world.mounts.some((m) => m.point.startsWith(global + '/'))) return err('EBUSY');
  const loc = locate(world, global);
  if (loc.readonly) return err('EROFS');
  if (node.kind === 'dir' && !recursive && namesIn(node).length > 0) return err('ENOTEMPTY');
  return { ok: true, value: withNode(world, loc, undefined) };
}

/** Copies a file or (recursive) a directory tree from one global path to another. */
/** Whether `path` is `dir` or below it ("/" holds every path). */
export const isWithin = (path: string, dir: string): boolean => dir === '/' || path === dir || path.startsWith(dir + '/');

export function copy(world: World, from: string, to: string, now: number, follow = true): FsResult<World> {
  // What is under a directory is copied as it is: a symbolic link in it as a link (so a link loop cannot make it go on for ever).
  const node = nodeAt(world, from, follow);
  if (!node) return err('ENOENT');
  if (node.kind === 'link') return makeLink(world, to, node.content ?? '', now);
  // A directory cannot be copied into itself (cp -r /a /a/b, mv / /tmp/x): it would never end.
  if (node.kind === 'dir' && isWithin(to, from)) return err('EINVAL');
  if (node.kind === 'file') return writeFile(world, to, node.content ?? '', false, now);
  let w = world;
  const made = nodeAt(w, to) ? { ok: true as const, value: w } : makeDir(w, to, now);
  if (!made.ok) return made;
  w = made.value;
  for (const name of list(world, from)) {
    const r = copy(w, childPath(from, name), `${to}/${name}`, now, false);
    if (!r.ok) return r;
    w = r.value;
  }
  return { ok: true, value: w };
}

/** Whole-tree operations the WPAR lifecycle uses. */
export function addMount(world: World, mount: Mount): World {
  return { ...world, mounts: [...world.mounts, mount] };
}

/** Drops one entry of the mount table (umount). */
export function removeMount(world: World, mount: Mount): World {
  return { ...world, mounts: world.mounts.filter((m) => m !== mount) };
}

export function dropMounts(world: World, point: string): World {
  return { ...world, mounts: world.mounts.filter((m) => !(m.point === point || m.point.startsWith(point + '/'))) };
}

/** A node's permission bits (a file 644, a directory 755 unless chmod said otherwise). */
export const modeOf = (node: FsNode): number => node.mode ?? (node.kind === 'dir' ? 0o755 : 0o644);

/** A node's owner and group (root and system unless chown or chgrp said otherwise). */
export const ownerOf = (node: FsNode): string => node.owner ?? 'root';
export const groupOf = (node: FsNode): string => node.group ?? 'system';

/** The world with a path's permission bits, owner or group changed (chmod, chown, chgrp). */
export function setAttributes(world: World, path: string, change: { mode?: number; owner?: string; group?: string }): FsResult<World> {
  const global = realPath(world, path);
  const node = nodeAt(world, global);
  if (!node) return err('ENOENT');
  const loc = locate(world, global);
  if (loc.readonly) return err('EROFS');
  // Fields in the order the store gives them back (entries last).
  const { entries, ...plain } = node;
  const mode = change.mode === undefined ? {} : { mode: change.mode & 0o7777 };
  return {
    ok: true,
    value: withNode(world, loc, {
      ...plain,
      ...mode,
      ...(change.owner === undefined ? {} : { owner: change.owner }),
      ...(change.group === undefined ? {} : { group: change.group }),
      ...(entries ? { entries } : {}),
    }),
  };
}
