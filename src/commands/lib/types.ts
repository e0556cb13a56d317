// The contract between the engine and a command (design section 2): a command
// gets an immutable World snapshot and returns output chunks, an exit status,
// optionally a new World and optionally effects the engine applies to the
// session. Simulated latency is data (delayMs), honoured only by the UI and
// recorders.

import type { Scope, World } from '../../world/types.js';

export interface Chunk {
  text: string;
  stream: 'out' | 'err';
  /** Simulated time before this chunk appears, in ms (ignored by -c, tests, replay). */
  delayMs?: number;
}

export type Effect =
  | { kind: 'enter-wpar'; name: string }
  | { kind: 'exit'; status: number }
  | { kind: 'clear' }
  | { kind: 'cd'; dir: string };

export interface CommandContext {
  /** argv[0] is the command name as typed. */
  argv: string[];
  world: World;
  scope: Scope;
  cwd: string;
  /** Shell variables of the current frame (read-only view). */
  getVar(name: string): string | undefined;
  stdin: string;
  /** The injected clock (ms since the epoch). */
  now: number;
  /** True for a person at a terminal (and replays, which look like one). */
  interactive: boolean;
  /** The session's command history, oldest first. */
  history: readonly string[];
  /** The commands available in the current scope, for `help`. */
  available: readonly { name: string; summary: string }[];
  /** Every implemented command, for `man`. */
  commands: readonly Command[];
  /** Runs argv inside another scope, on `world` (clogin NAME cmd ...). */
  runIn(scope: Scope, world: World, argv: string[]): CommandResult;
}

export interface CommandResult {
  out: Chunk[];
  status: number;
  world?: World;
  effects?: Effect[];
}

/** A short AIX-style manual page (`man CMD`): only what wparsim implements. */
export interface Manual {
  purpose: string;
  synopsis: readonly string[];
  /** Flags wparsim supports, with what they do ("-n Name", "Names the WPAR."). */
  flags: readonly (readonly [string, string])[];
  /** From the WPAR guide where it has one. */
  examples: readonly string[];
}

export interface Command {
  name: string;
  /** 'global': WPAR administration, refused inside a WPAR. */
  scope: 'global' | 'any';
  /** One line for `help`. */
  summary: string;
  manual: Manual;
  run(ctx: CommandContext): CommandResult;
}

/** Output helpers: whole lines, each ending in a newline. */
export const line = (text: string, delayMs?: number): Chunk => (delayMs ? { text: text + '\n', stream: 'out', delayMs } : { text: text + '\n', stream: 'out' });
export const errLine = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });
/** Lines that appear at once (no simulated delay): one chunk. */
export const lines = (texts: readonly string[]): Chunk[] => (texts.length === 0 ? [] : [{ text: texts.join('\n') + '\n', stream: 'out' }]);

export const done = (out: Chunk[], status = 0, world?: World, effects?: Effect[]): CommandResult => {
  const r: CommandResult = { out, status };
  if (world) r.world = world;
  if (effects) r.effects = effects;
  return r;
};

export const failWith = (texts: readonly string[], status = 1): CommandResult => ({ out: texts.map(errLine), status });
