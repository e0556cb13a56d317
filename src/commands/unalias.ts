// unalias: removes aliases (ksh built-in; ksh93's wording).

import type { Command } from '../engine/contract.js';

export const unalias: Command = {
  name: 'unalias',
  scope: 'any',
  summary: 'Remove command aliases',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Removes aliases.', synopsis: ['unalias Name ...'], examples: ['unalias ll'] },
  run(ctx) {
    const names = ctx.argv.slice(1);
    const missing = names.filter((n) => !ctx.aliases.has(n));
    // A name that is not an alias: status 1, silently (as ksh93).
    return { out: [], status: missing.length ? 1 : 0, effects: [{ kind: 'aliases', set: [], unset: names }] };
  },
};
