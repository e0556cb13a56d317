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

/**
 * The built CLI copied where any user can read it, for the tests that run it
 * as another user (nobody): the clone itself may be private (mode 0700).
 */
export async function publicCli(): Promise<string> {
  const { chmod, cp, mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'wparsim-cli-'));
  await chmod(dir, 0o755);
  await cp('dist', join(dir, 'dist'), { recursive: true, filter: (src) => !src.startsWith(join('dist', 'lib')) });
  await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
  return join(dir, 'dist', 'cli.cjs');
}

/** Waits until `condition` holds (checked every 10 ms), or fails after `ms`: no fixed sleeps where a condition can be awaited. */
export async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); ) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until `value()` stops changing for `quiet` ms (a screen that has finished drawing). */
export async function settled(value: () => unknown, quiet = 40, ms = 5000): Promise<void> {
  let last = value();
  let since = Date.now();
  for (const end = Date.now() + ms; Date.now() - since < quiet; ) {
    if (Date.now() > end) return;
    await new Promise((r) => setTimeout(r, 5));
    const now = value();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}
