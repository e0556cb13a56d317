// return [n]: leaves the function running now with status n (default: the
// last command's status); ksh built-in. Outside a function it ends the line.

import { builtin } from './lib/builtin.js';
import { failWith } from './lib/output.js';

export const returnCmd = builtin(
  'return',
  'Leave a shell function',
  { purpose: 'Returns from a shell function with the exit status n, or the status of the last command run.', synopsis: ['return [n]'], examples: ['f() { return 3; }; f; echo $?'] },
  (ctx) => {
    const word = ctx.argv[1];
    if (word !== undefined && !/^-?[0-9]+$/.test(word)) return failWith([`ksh: return: ${word}: invalid exit code`]);
    const status = word === undefined ? Number(ctx.getVar('?') ?? 0) : ((Number(word) % 256) + 256) % 256;
    return { out: [], status, effects: [{ kind: 'return', status }] };
  },
);
