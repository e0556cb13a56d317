// halt: inside a system WPAR it stops the WPAR and ends the session in it
// (lib/halt.ts), printing "....Halt completed...."; in the global
// environment it says halting the LPAR is not supported yet. -q is accepted.

import type { Command } from '../engine/contract.js';
import { haltWpar } from './lib/halt.js';

export const halt: Command = {
  name: 'halt',
  scope: 'any',
  summary: 'Stop at once (inside a WPAR: the WPAR)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Stops the processor.', synopsis: ['halt [-q]'], examples: ['clogin wpar1 halt'] },
  run: (ctx) => haltWpar(ctx, 'halt', ['....Halt completed....'], false),
};
