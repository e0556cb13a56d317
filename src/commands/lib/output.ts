// Output helpers every command uses: whole lines, each ending in a newline,
// and the shapes of a result. The contract itself is engine/contract.ts.

import type { Chunk, CommandResult, Effect } from '../../engine/contract.js';
import type { World } from '../../world/types.js';

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
