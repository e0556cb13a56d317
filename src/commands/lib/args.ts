// The preamble every AIX command shares: parse the flags with AIX getopt and,
// on a bad flag, print libc's message followed by the command's usage text.

import type { CommandContext, CommandResult } from '../../engine/contract.js';
import { type GetoptOptions, getopt, getoptMessage, type Opt } from './getopt.js';
import { failWith } from './output.js';

export interface Flags {
  opts: Opt[];
  operands: string[];
  has(flag: string): boolean;
  /** The argument of the last occurrence of a flag. */
  arg(flag: string): string | undefined;
}

export function parseFlags(ctx: CommandContext, optstring: string, usage: readonly string[], options?: GetoptOptions): Flags | CommandResult {
  const r = getopt(ctx.argv.slice(1), optstring, options);
  if (!r.ok) return failWith([getoptMessage(ctx.argv[0]!, r), ...usage]);
  return {
    opts: r.opts,
    operands: r.operands,
    has: (f) => r.opts.some((o) => o.flag === f),
    arg: (f) => r.opts.filter((o) => o.flag === f).pop()?.arg,
  };
}

export const isFailure = (x: Flags | CommandResult): x is CommandResult => 'status' in x;
