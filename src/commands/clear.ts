// clear: clears the terminal screen. The engine turns the effect into the
// terminal's clear sequence where there is a terminal; transcripts ignore it.

import type { Command } from '../engine/contract.js';

export const clear: Command = {
  name: 'clear',
  scope: 'any',
  summary: 'Clear the screen',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Clears the terminal screen.', synopsis: ['clear'], examples: ['clear'] },
  run: () => ({ out: [], status: 0, effects: [{ kind: 'clear' }] }),
};
