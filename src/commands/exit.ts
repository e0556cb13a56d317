// exit: leaves the current shell. Inside a WPAR (after clogin) it returns to
// the global shell and clogin prints nothing (reference 9.2); at the global
// level it ends wparsim with the given status (default: the last status).
// A non-numeric argument gets ksh's "bad number" message.

import type { Command } from '../engine/contract.js';

export const exit: Command = {
  name: 'exit',
  scope: 'any',
  summary: 'Leave the WPAR (back to the global environment) or end the shell',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Leaves the current shell.',
    synopsis: ['exit [n]'],
    operands: [['n', 'The exit status; without it, the status of the last command.']],
    examples: ['exit'],
  },
  run(ctx) {
    const arg = ctx.argv[1];
    if (arg !== undefined && !/^-?\d+$/.test(arg)) {
      return { out: [{ text: `ksh: ${arg}: bad number\n`, stream: 'err' }], status: 1 };
    }
    const status = arg === undefined ? Number(ctx.getVar('?') ?? '0') : Number(arg) & 255;
    return { out: [], status, effects: [{ kind: 'exit', status }] };
  },
};
