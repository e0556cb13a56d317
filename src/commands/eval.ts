// eval: joins its arguments with blanks and runs them as a command line in
// this shell (ksh special built-in).

import type { Command } from '../engine/contract.js';

export const evalCmd: Command = {
  name: 'eval',
  scope: 'any',
  summary: 'Run arguments as a command line in this shell',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Reads the arguments as a command line and runs it.', synopsis: ['eval [Argument ...]'], examples: ['cmd="lswpar -c"; eval $cmd', 'eval "w$i=started"'] },
  run: (ctx) => (ctx.argv.length > 1 ? ctx.runScript(ctx.argv.slice(1).join(' '), 'eval', undefined, true) : { out: [], status: 0 }),
};
