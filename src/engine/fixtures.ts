// Named starting worlds for `## world:` in session and lesson files, each made
// by running a few commands through the engine.

import { own } from '../world/dict.js';
import { factoryWorld } from '../world/factory.js';
import type { World } from '../world/types.js';
import { runLine } from './run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from './session.js';

export type FixtureResult = { ok: true; world: World } | { ok: false; message: string };

/**
 * Named starting worlds for `## world:`. Each is the factory world after a few
 * setup commands run through the engine itself, so a fixture is always a world
 * the commands could have made.
 */
export const FIXTURES: Readonly<Record<string, readonly string[]>> = {
  factory: [],
  'wpar1-defined': ['mkwpar -n wpar1'],
  'wpar1-active': ['mkwpar -s -n wpar1'],
  'two-wpars': ['mkwpar -s -n wpar1', 'mkwpar -n wpar2'],
  'private-wpar': ['mkwpar -s -n wpar1 -l'],
  'three-wpars': ['mkwpar -s -n web1', 'mkwpar -s -n web2', 'mkwpar -n db1'],
};

export function fixtureWorld(name: string | undefined): FixtureResult {
  const setup = own(FIXTURES, name ?? 'factory');
  if (setup === undefined) return { ok: false, message: `unknown world fixture '${name}' (known: ${Object.keys(FIXTURES).join(', ')})` };
  const session = new Session(factoryWorld(), { clock: simulatedClock(REPLAY_EPOCH), interactive: false, rethrow: true });
  for (const line of setup) runLine(session, line);
  return { ok: true, world: session.world };
}
