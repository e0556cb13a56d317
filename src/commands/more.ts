// more: pages through files or standard input. At the interactive prompt,
// when its output is the terminal, it pages (lib/pager.ts: Space, Enter, d,
// q; "--More--(NN%)"); piped, redirected, in -c and in replays it writes
// everything at once, as more does when its output is not a terminal. Not
// simulated: its flags (-c -d -e -i -l -N -s -u -v -z -n +Number +/Pattern).

import type { Command } from '../engine/contract.js';
import { pageText } from './lib/pager.js';

export const more: Command = {
  name: 'more',
  scope: 'any',
  summary: 'Show files a screen at a time (Space, Enter, q)',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Displays the contents of files one screen at a time.',
    synopsis: ['more [File ...]'],
    operands: [['Keys', 'Space shows the next screen, Enter the next line, d half a screen, q stops.']],
    examples: ['lswpar -L | more', 'more /etc/filesystems'],
  },
  run: (ctx) => pageText(ctx, 'more', 'more'),
};
