// wait: waits for background jobs; wparsim runs none (& says so), so it
// returns at once with status 0.

import type { Command } from '../engine/contract.js';

export const wait: Command = {
  name: 'wait',
  scope: 'any',
  summary: 'Wait for background jobs (there are none)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Waits for the specified process or job to end; with none running, returns at once.', synopsis: ['wait [ProcessID ...]'], examples: ['wait'] },
  run: () => ({ out: [], status: 0 }),
};
