// whoami: the user name; always root in wparsim (reference 1.6).

import type { Command } from '../engine/contract.js';
import { lines } from './lib/output.js';

export const whoami: Command = {
  name: 'whoami',
  scope: 'any',
  summary: 'Print the current user name',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays your login name.', synopsis: ['whoami'], examples: ['whoami'] },
  run: () => ({ out: lines(['root']), status: 0 }),
};
