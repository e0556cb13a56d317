// Shared parts of the Korn shell's built-in commands (break, continue,
// return, shift, export, unset, let, read, set): a count operand, a variable
// name's check, and a manual page in one line. Messages are ksh93's
// (Debian's ksh, compared by test/ksh-differential.test.ts).

import type { Command, CommandContext, CommandResult, Manual } from '../../engine/contract.js';
import { failWith } from './output.js';

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A value as ksh prints it in set and export listings: quoted with '...' when it holds anything but plain characters. */
export const quoteValue = (v: string): string => (/^[A-Za-z0-9_./:,+@%=-]*$/.test(v) && v !== '' ? v : `'${v.replace(/'/g, `'\\''`)}'`);

/** Every variable as a sorted list of NAME=value lines (set, export), each line after `prefix`. */
export const variableLines = (vars: Readonly<Record<string, string>>, prefix: string): string[] =>
  Object.keys(vars)
    // The shell's own settings (.umask, .trap.EXIT) are not variables anyone can name.
    .filter((k) => !k.startsWith('.'))
    .sort()
    .map((k) => `${prefix}${k}=${quoteValue(vars[k]!)}`);

/** The optional count operand of break, continue and shift (default 1); a failure when it is not a number in range. */
export function countOperand(ctx: CommandContext, name: string, min: number): number | CommandResult {
  const word = ctx.argv[1];
  if (word === undefined) return 1;
  if (!/^[0-9]+$/.test(word) || Number(word) < min) return failWith([`ksh: ${name}: ${word}: bad number`]);
  return Number(word);
}

/** A built-in command: no getopt flags, any scope. */
export function builtin(name: string, summary: string, manual: Manual, run: (ctx: CommandContext) => CommandResult): Command {
  return { name, scope: 'any', summary, ownFlagParsing: true, flags: [], manual, run };
}
