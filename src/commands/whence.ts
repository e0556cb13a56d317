// whence: how a name would be run: an alias's value, a function's or
// built-in's name, a command's path; -v says it in words, as type does
// (ksh built-in; ksh93's wording, compared by test/ksh-differential.test.ts).

import type { Command } from '../engine/contract.js';
import { lines } from './lib/output.js';
import { whatIs } from './lib/whence.js';
import { describe } from './lib/whence-describe.js';

export const whence: Command = {
  name: 'whence',
  scope: 'any',
  summary: 'How a name would be run (-v in words)',
  ownFlagParsing: true,
  flags: [{ flag: 'v', doc: 'Says what each name is, in words.' }],
  manual: { purpose: 'Tells how each name would be interpreted as a command.', synopsis: ['whence [-v] Name ...'], examples: ['whence lswpar', 'whence -v cd'] },
  run(ctx) {
    let names = ctx.argv.slice(1);
    if (names[0] === '-v') return describe(ctx, names.slice(1), 'whence');
    if (names[0] === '--') names = names.slice(1);
    const out: string[] = [];
    let status = 0;
    for (const n of names) {
      const w = whatIs(ctx, n);
      if (w.kind === 'alias') out.push(`'${w.value}'`);
      else if (w.kind === 'command') out.push(w.path);
      else if (w.kind === 'none') status = 1;
      else out.push(n);
    }
    return { out: lines(out), status };
  },
};
