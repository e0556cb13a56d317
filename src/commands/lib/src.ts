// What startsrc, stopsrc and refresh share: the subsystems a -s or -g names
// in the scope, and the SRC's messages (0513-085 not on file, 0513-086 a
// group not on file; RECALLED, the numbers as lssrc has them).

import type { Command, CommandContext, CommandResult } from '../../engine/contract.js';
import { type Subsystem, subsystemsOf } from '../../world/subsystems.js';
import { type Flags, isFailure, parseFlags } from './args.js';
import { failWith } from './output.js';

/** The command's flags and the subsystems its -s or -g names (exactly one of them), or what to answer instead. */
export function asked(ctx: CommandContext, command: Command, allowed: (flags: Flags) => boolean = () => true): { flags: Flags; which: Subsystem[] } | CommandResult {
  const parsed = parseFlags(ctx, command);
  if (isFailure(parsed)) return parsed;
  const s = parsed.arg('s');
  const g = parsed.arg('g');
  if ((s === undefined) === (g === undefined) || parsed.operands.length > 0 || !allowed(parsed)) return failWith(command.usage ?? [], 1);
  const which = named(ctx, s, g);
  return typeof which === 'string' ? failWith([which], 1) : { flags: parsed, which };
}

/** The subsystems named by -s Name or -g Group, or the message that there are none. */
export function named(ctx: CommandContext, s: string | undefined, g: string | undefined): Subsystem[] | string {
  const all = subsystemsOf(ctx.world, ctx.scope);
  if (s !== undefined) {
    const one = all.find((x) => x.name === s);
    return one ? [one] : `0513-085 The ${s} Subsystem is not on file.`;
  }
  const group = all.filter((x) => x.group === g);
  return group.length > 0 ? group : `0513-086 The ${g} Group is not on file.`;
}
