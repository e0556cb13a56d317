// pg: formats files to the display a screen at a time. At the interactive
// prompt, when its output is the terminal, it pages (lib/pager.ts: Enter or
// Space, l, $, q; the ":" and "(EOF):" prompts); otherwise it writes
// everything at once. Not simulated: its flags and going back (-, b).

import type { Command } from '../engine/contract.js';
import { pageText } from './lib/pager.js';

export const pg: Command = {
  name: 'pg',
  scope: 'any',
  summary: 'Show files a screen at a time (Enter, l, $, q)',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Formats files to the display.',
    synopsis: ['pg [File ...]'],
    operands: [['Keys', 'Enter or Space shows the next screen, l the next line, $ the last screen, q stops; at (EOF): Enter ends.']],
    examples: ['lswpar -L | pg', 'pg /etc/filesystems'],
  },
  run: (ctx) => pageText(ctx, 'pg', 'pg'),
};
