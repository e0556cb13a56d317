// What a scope can see: the global environment sees the whole tree; a system
// WPAR sees its own root (/wpars/<name> in the global view) as "/".

import { isDir } from './fs.js';
import type { Scope, World } from './types.js';
import { findWpar } from './wpars.js';

export const GLOBAL: Scope = { kind: 'global' };

export function scopeName(scope: Scope): string {
  return scope.kind === 'global' ? 'Global' : scope.name;
}

/** The scope an owner's name stands for ("Global", or a WPAR's name: a volume group's owner). */
export const scopeNamed = (name: string): Scope => (name === 'Global' ? GLOBAL : { kind: 'wpar', name });

/** Whether a directory exists, given a path as the scope sees it. */
export function dirExists(world: World, scope: Scope, path: string): boolean {
  return isDir(world, scope, path);
}

/** The host name as seen from a scope (uname -n, hostname). */
export function scopeHostname(world: World, scope: Scope): string {
  if (scope.kind === 'global') return world.lpar.hostname;
  return findWpar(world, scope.name)?.hostname ?? scope.name;
}

/** The AIX level seen in a scope: a versioned WPAR's own, otherwise the LPAR's ("7300-02-01-2346"). */
export function scopeOsLevel(world: World, scope: Scope): string {
  if (scope.kind === 'wpar') {
    const w = world.wpars.find((x) => x.name === scope.name);
    if (w?.osLevel) return w.osLevel;
  }
  return world.lpar.osLevel;
}
