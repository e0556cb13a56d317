// The preamble every AIX command shares: parse the flags with AIX getopt, as
// the command declares them (Command.flags); on a bad flag print libc's
// message followed by the command's usage text; a flag AIX has and wparsim
// does not simulate yet (declared without doc) says so.

import type { Command, CommandContext, CommandResult, FlagSpec } from '../../engine/contract.js';
import { type GetoptOptions, getopt, getoptMessage, type Opt } from './getopt.js';
import { notYet } from './messages.js';
import { failWith } from './output.js';

export interface Flags {
  opts: Opt[];
  operands: string[];
  has(flag: string): boolean;
  /** The argument of the last occurrence of a flag. */
  arg(flag: string): string | undefined;
}

/**
 * Flags AIX has and wparsim does not simulate yet, getopt style: "ab:c" is -a,
 * -b with an argument, -c. Each, when used, says it is not supported yet.
 */
export function notSimulated(letters: string): FlagSpec[] {
  const specs: FlagSpec[] = [];
  for (let i = 0; i < letters.length; i++) {
    if (letters[i + 1] === ':') specs.push({ flag: letters[i++]!, arg: 'Value' });
    else specs.push({ flag: letters[i]! });
  }
  return specs;
}

const derived = new WeakMap<readonly FlagSpec[], { optstring: string; options: GetoptOptions }>();
const permuting = new WeakMap<readonly FlagSpec[], { optstring: string; options: GetoptOptions }>();

/** The getopt string and options a declaration stands for: "n:" for a flag with an argument (worked out once per declaration). */
export function getoptOf(flags: readonly FlagSpec[], permute?: boolean): { optstring: string; options: GetoptOptions } {
  let known = derived.get(flags);
  if (!known) derived.set(flags, (known = deriveGetopt(flags)));
  if (!permute) return known;
  let withPermute = permuting.get(flags);
  if (!withPermute) permuting.set(flags, (withPermute = { optstring: known.optstring, options: { ...known.options, permute } }));
  return withPermute;
}

function deriveGetopt(flags: readonly FlagSpec[]): { optstring: string; options: GetoptOptions } {
  const optstring = flags.map((f) => (f.arg !== undefined && f.takes !== 'optional' ? `${f.flag}:` : f.flag)).join('');
  const multi = flags
    .filter((f) => f.takes === 'list')
    .map((f) => f.flag)
    .join('');
  const optional = flags
    .filter((f) => f.takes === 'optional')
    .map((f) => f.flag)
    .join('');
  const listWords = Object.fromEntries(flags.filter((f) => f.words).map((f) => [f.flag, f.words!]));
  return { optstring, options: { ...(multi ? { multi } : {}), ...(optional ? { optional } : {}), listWords } };
}

export function parseFlags(ctx: CommandContext, command: Pick<Command, 'name' | 'flags' | 'usage' | 'permute'>): Flags | CommandResult {
  const { optstring, options } = getoptOf(command.flags, command.permute);
  const r = getopt(ctx.argv.slice(1), optstring, options);
  if (!r.ok) return failWith([getoptMessage(ctx.argv[0]!, r), ...(command.usage ?? [])]);
  for (const o of r.opts) {
    const spec = command.flags.find((f) => f.flag === o.flag)!;
    if (spec.doc === undefined) return failWith([notYet(spec.planned ?? `${command.name} -${o.flag}`)]);
  }
  return {
    opts: r.opts,
    operands: r.operands,
    has: (f) => r.opts.some((o) => o.flag === f),
    arg: (f) => r.opts.filter((o) => o.flag === f).pop()?.arg,
  };
}

export const isFailure = (x: Flags | CommandResult): x is CommandResult => 'status' in x;
