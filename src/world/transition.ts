// The Transitional state (T) another wparsim sees while a line in the
// interactive shell plays its output (host/host.ts begin/commit/abandon):
// the world saved with the line's WPARs in T, ended when the line is over,
// and settled on load when the shell that saved it was killed.

import type { World, Wpar } from './types.js';
import { findWpar } from './wpars.js';

/**
 * The world while a line that created, removed or changed the state of WPARs
 * plays its output: the line's world with each of those WPARs Transitional
 * (T) until `at`, a removed one still listed (IBM lswpar: T "is in the
 * process of changing from one state to another"). The interactive shell
 * saves it at once, so that another wparsim sees T while the line plays.
 */
export function inTransition(before: World, after: World, at: number): { world: World; names: string[] } | undefined {
  const names: string[] = [];
  const wpars: Wpar[] = after.wpars.map((a) => {
    const b = findWpar(before, a.name);
    if (b && b.state === a.state) return a;
    names.push(a.name);
    return { ...a, state: 'T', settles: { to: a.state, at } };
  });
  for (const b of before.wpars) {
    if (findWpar(after, b.name)) continue;
    names.push(b.name);
    wpars.push({ ...b, state: 'T', settles: { at } });
  }
  return names.length === 0 ? undefined : { world: { ...after, wpars }, names };
}

/**
 * Ends a transition in a world built on inTransition's (another wparsim's,
 * saved meanwhile): each of those WPARs still Transitional takes its state in
 * `to` (the line's world, or the world before it when the line was undone),
 * or goes.
 */
export function endTransition(world: World, names: readonly string[], to: World): World {
  const wpars: Wpar[] = [];
  for (const w of world.wpars) {
    if (!names.includes(w.name) || w.settles === undefined) wpars.push(w);
    else {
      const final = findWpar(to, w.name);
      if (final) wpars.push(final);
    }
  }
  return { ...world, wpars };
}

/** A stored world as it is at `now`: a transition whose line ended without saying so (its wparsim was killed) is over. */
export function settle(world: World, now: number): World {
  if (!world.wpars.some((w) => w.settles !== undefined && w.settles.at <= now)) return world;
  const wpars: Wpar[] = [];
  for (const w of world.wpars) {
    if (w.settles === undefined || w.settles.at > now) wpars.push(w);
    else if (w.settles.to !== undefined) {
      const { settles: _done, ...rest } = w;
      wpars.push({ ...rest, state: w.settles.to });
    }
  }
  return { ...world, wpars };
}
