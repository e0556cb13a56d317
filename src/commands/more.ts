// more: pages through files or standard input. wparsim writes everything at
// once (as more does when its output is not a terminal); paging at the
// prompt is not simulated.

import type { Command } from '../engine/contract.js';
import { filterInput } from './lib/files.js';
import { errLine } from './lib/output.js';

export const more: Command = {
  name: 'more',
  scope: 'any',
  summary: 'Show files (all at once; no paging)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays the contents of files one screen at a time.', synopsis: ['more [File ...]'], examples: ['lswpar -L | more'] },
  run(ctx) {
    const files = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
    const { text, errors } = filterInput(ctx, 'more', files);
    return { out: [...errors.map(errLine), ...(text ? [{ text, stream: 'out' as const }] : [])], status: errors.length ? 2 : 0 };
  },
};
