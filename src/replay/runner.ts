// Replays a parsed session file on a fresh world with the replay clock, and
// renders the result in the same format, so that a golden file is checked by
// comparing whole texts. `## exit: N` lines are regenerated after every
// command whose status is not 0 (and kept where the file asserts a 0).

import { runLine } from '../engine/run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from '../engine/session.js';
import { factoryWorld } from '../world/factory.js';
import type { World } from '../world/types.js';
import type { Item } from './session-file.js';

export interface ReplayedCommand {
  item: Item & { kind: 'command' };
  prompt: string;
  output: string[];
  status: number;
}

export interface Replay {
  commands: ReplayedCommand[];
  /** The session file as it would be with the actual output. */
  rendered: string;
  /** The transcript as a terminal would show it: prompt, command, output. */
  transcript: string;
}

export type FixtureResult = { ok: true; world: World } | { ok: false; message: string };

export function fixtureWorld(name: string | undefined): FixtureResult {
  if (name === undefined || name === 'factory') return { ok: true, world: factoryWorld() };
  return { ok: false, message: `unknown world fixture '${name}' (only 'factory' exists so far)` };
}

export function replay(items: Item[], world: World, options: { rethrow?: boolean } = {}): Replay {
  const session = new Session(world, { clock: simulatedClock(REPLAY_EPOCH), interactive: true, rethrow: options.rethrow ?? false });
  const commands: ReplayedCommand[] = [];
  const out: string[] = [];
  const shown: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'directive') {
      if (item.key !== 'exit') out.push(item.raw);
      continue;
    }
    if (session.exited !== undefined) break;
    const step = runLine(session, item.text);
    const text = step.chunks.map((c) => c.text).join('');
    const output = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    commands.push({ item, prompt: step.prompt, output, status: step.status });
    out.push(`$ ${item.text}`, ...output);
    const next = items[i + 1];
    const asserted = next?.kind === 'directive' && next.key === 'exit';
    if (step.status !== 0 || asserted) out.push(`## exit: ${step.status}`);
    shown.push(step.prompt + item.text, ...output);
  }
  return { commands, rendered: out.join('\n') + '\n', transcript: shown.join('\n') + '\n' };
}
