// Where the store lives: --store, $WPARSIM_STORE, an absolute
// $XDG_STATE_HOME, else ~/.local/state (design section 1), with symbolic links
// resolved once.

import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * Where the store lives: --store, $WPARSIM_STORE, $XDG_STATE_HOME, ~/.local/state
 * (design section 1). A relative $XDG_STATE_HOME is ignored, as the XDG spec
 * says; without a store named and without an absolute home there is none
 * (null: the caller says so rather than writing under /).
 */
export function storePath(option: string | undefined, env: Record<string, string | undefined>, home: string): string | null {
  if (option) return option;
  if (env['WPARSIM_STORE']) return env['WPARSIM_STORE'];
  const xdg = env['XDG_STATE_HOME'];
  if (xdg && isAbsolute(xdg)) return `${xdg}/wparsim/world.json`;
  if (!home || !isAbsolute(home)) return null;
  return `${home}/.local/state/wparsim/world.json`;
}

/** The store's path with symbolic links resolved once, so that a save replaces the file the link points to and one lock serves both names. */
export function resolveStorePath(path: string): string {
  const full = resolve(path);
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return null;
    }
  };
  const target = real(full);
  if (target) return target;
  const dir = real(dirname(full));
  return dir ? join(dir, basename(full)) : full;
}
