// type: what each name is, in words (ksh's alias for whence -v).

import type { Command } from '../engine/contract.js';
import { describe } from './lib/whence-describe.js';

export const type: Command = {
  name: 'type',
  scope: 'any',
  summary: 'What a name is (alias, function, built-in, command)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Writes a description of the command type of each name.', synopsis: ['type Name ...'], examples: ['type lswpar cd'] },
  run: (ctx) => describe(ctx, ctx.argv.slice(1), 'type'),
};
