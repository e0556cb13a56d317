// false: does nothing, unsuccessfully (status 1).

import type { Command } from '../engine/contract.js';

export const falseCmd: Command = {
  name: 'false',
  scope: 'any',
  summary: 'Return a non-zero exit status',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Returns an exit value of 1.', synopsis: ['false'], examples: ['false || echo failed'] },
  run: () => ({ out: [], status: 1 }),
};
