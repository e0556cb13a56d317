// Runs command lines through the engine on a fresh (or given) world, the way
// replays do: fixed clock, exceptions rethrown so a bug never hides.

import { runLine, type Step } from '../src/engine/run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from '../src/engine/session.js';
import { Host } from '../src/host/host.js';
import type { Catalogue } from '../src/lessons/catalogue.js';
import { noProgress, type Progress } from '../src/lessons/progress.js';
import { factoryWorld } from '../src/world/factory.js';
import type { World } from '../src/world/types.js';

export function session(world: World = factoryWorld(), interactive = false, rethrow = true): Session {
  return new Session(world, { clock: simulatedClock(REPLAY_EPOCH), interactive, rethrow });
}

export function run(s: Session, line: string): Step & { out: string; err: string } {
  const step = runLine(s, line);
  const text = (stream: 'out' | 'err') =>
    step.chunks
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
  return { ...step, out: text('out'), err: text('err') };
}

/** A host without a store (as replays run), on the given lessons: the tutor plugged in as at the prompt. */
export function host(world: World = factoryWorld(), lessons?: () => Catalogue, progress: Progress = noProgress(), interactive = false): Host {
  return new Host(world, progress, { clock: simulatedClock(REPLAY_EPOCH), interactive, rethrow: true, ...(lessons ? { lessons } : {}) });
}
