// whoami: the user name: root, or the user a login named (clogin -l, telnet, rlogin, ssh) (reference 1.6).

import type { Command } from '../engine/contract.js';
import { lines } from './lib/output.js';

export const whoami: Command = {
  name: 'whoami',
  scope: 'any',
  summary: 'Print the current user name',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays your login name.', synopsis: ['whoami'], examples: ['whoami'] },
  run: (ctx) => ({ out: lines([ctx.user]), status: 0 }),
};
