// true: does nothing, successfully.

import type { Command } from '../engine/contract.js';

export const trueCmd: Command = {
  name: 'true',
  scope: 'any',
  summary: 'Return a zero exit status',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Returns an exit value of 0.', synopsis: ['true'], examples: ['true && echo ok'] },
  run: () => ({ out: [], status: 0 }),
};
