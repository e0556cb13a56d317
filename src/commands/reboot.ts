// reboot: inside a system WPAR it stops the WPAR and starts it again, and
// the session in it ends (lib/halt.ts), printing "Rebooting . . ."; in the
// global environment it says restarting the LPAR is not supported yet. -q
// is accepted.

import type { Command } from '../engine/contract.js';
import { haltWpar } from './lib/halt.js';

export const reboot: Command = {
  name: 'reboot',
  scope: 'any',
  summary: 'Restart (inside a WPAR: the WPAR)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Restarts the machine.', synopsis: ['reboot [-q]'], examples: ['clogin wpar1 reboot'] },
  run: (ctx) => haltWpar(ctx, 'reboot', ['Rebooting . . .'], true),
};
