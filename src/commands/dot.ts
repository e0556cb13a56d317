// . (dot): runs a file's commands in this shell: the variables, functions
// and directory it sets stay (ksh special built-in); words after the file
// are $1 ... while it runs; return ends it.

import type { Command } from '../engine/contract.js';
import { readFile } from '../world/fs.js';
import { resolve } from './lib/files.js';
import { failWith } from './lib/output.js';

export const dot: Command = {
  name: '.',
  scope: 'any',
  summary: 'Run the commands of a file in this shell',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Reads and runs the commands of a file in the current shell environment.', synopsis: ['. File [Argument ...]'], examples: ['. /home/wpar-functions.sh'] },
  run(ctx) {
    const [file, ...args] = ctx.argv.slice(1);
    if (file === undefined) return failWith(['ksh: .: argument expected'], 2);
    const read = readFile(ctx.world, resolve(ctx, file).global);
    if (!read.ok) return failWith([`ksh: ${file}:  not found.`], 1);
    return ctx.runScript(read.value, file, args.length > 0 ? args : undefined, true, true);
  },
};
