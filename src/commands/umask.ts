// umask: shows (022 by default) or sets the file-creation mask, in octal.
// wparsim keeps it; new files are made 644 and directories 755 whatever it
// says (chmod changes them). Symbolic masks (-S, u=rwx) are not simulated
// yet.

import type { Command } from '../engine/contract.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const umask: Command = {
  name: 'umask',
  scope: 'any',
  summary: 'Show or set the file-creation mask',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Displays or sets the file-mode creation mask.', synopsis: ['umask [Mask]'], examples: ['umask', 'umask 027'] },
  run(ctx) {
    const [mask, extra] = ctx.argv.slice(1);
    if (mask === undefined) return { out: lines([ctx.getVar('.umask') ?? '022']), status: 0 };
    if (extra !== undefined || !/^[0-7]{1,4}$/.test(mask)) return /^[-ugoa]/.test(mask) ? failWith([notYet(`umask ${mask}`)]) : failWith([`ksh: umask: ${mask}: bad number`], 1);
    return { out: [], status: 0, effects: [{ kind: 'vars', set: [['.umask', mask.padStart(3, '0').slice(-3)]] }] };
  },
};
