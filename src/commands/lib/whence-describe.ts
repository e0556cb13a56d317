// type's and whence -v's words for what a name is (ksh93's wording).

import type { CommandContext, CommandResult } from '../../engine/contract.js';
import { errLine, lines } from './output.js';
import { whatIs } from './whence.js';

/** type's and whence -v's sentence for each name; status 1 when one is not found. */
export function describe(ctx: CommandContext, names: readonly string[], cmd: string): CommandResult {
  const out: string[] = [];
  const errors: string[] = [];
  for (const n of names) {
    const w = whatIs(ctx, n);
    if (w.kind === 'alias') out.push(`${n} is an alias for '${w.value}'`);
    else if (w.kind === 'function') out.push(`${n} is a function`);
    else if (w.kind === 'builtin') out.push(`${n} is a shell builtin`);
    else if (w.kind === 'command') out.push(`${n} is ${w.path}`);
    else errors.push(`ksh: ${cmd}: ${n}: not found`);
  }
  return { out: [...lines(out), ...errors.map(errLine)], status: errors.length ? 1 : 0 };
}
