// pwd: the working directory as the current scope sees it ("/" inside a WPAR
// is /wpars/<name> in the global view).

import type { Command } from '../engine/contract.js';
import { lines } from './lib/output.js';

export const pwd: Command = {
  name: 'pwd',
  scope: 'any',
  summary: 'Print the working directory',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays the current directory.', synopsis: ['pwd'], examples: ['pwd'] },
  run: (ctx) => ({ out: lines([ctx.cwd]), status: 0 }),
};
