// rmlv [-f] LogicalVolume ...: removes logical volumes mklv made. Without -f
// it asks first and reads the answer from standard input (y or yes removes;
// anything else keeps it), or at the prompt from the next line typed. Each removed: "rmlv: Logical volume
// NAME is removed." (SOURCED: rmwpar's output, reference). A file system's
// logical volume is removed with rmfs here (rmlv of one says it is not
// supported yet); an unknown name: 0516-306 (the lsvg wording, INFERRED).
// The warning's wording RECALLED.

import type { Chunk, Command, CommandContext, CommandResult, FlagSpec } from '../engine/contract.js';
import { vgsIn } from '../world/devices.js';
import { removeLv } from '../world/lvm.js';
import type { World } from '../world/types.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { allLogicalVolumes } from './lib/lvm.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith, line } from './lib/output.js';

const USAGE = ['Usage: rmlv [-f] [-p PVname] LVname...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'f', doc: 'Removes without asking.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('p:B'),
];

export const rmlv: Command = {
  name: 'rmlv',
  scope: 'any',
  summary: 'Remove logical volumes mklv made (-f: without asking)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Removes logical volumes from a volume group.', synopsis: ['rmlv [-f] LogicalVolume ...'], examples: ['rmlv -f applv', 'echo y | rmlv applv'] },
  run(ctx) {
    const parsed = parseFlags(ctx, rmlv);
    if (isFailure(parsed)) return parsed;
    if (parsed.operands.length === 0) return failWith(USAGE);
    // The question is answered from standard input; at the prompt, by the next line typed.
    if (!parsed.has('f') && ctx.stdin === '' && !ctx.interactive)
      return failWith(['wparsim: rmlv reads its answer from the keys only at the prompt; rmlv -f removes without asking, or give the answer on standard input (echo y | rmlv NAME)']);
    return removeEach(ctx, ctx.world, parsed.operands, parsed.has('f'), []);
  },
  answer(ctx, state, text) {
    const [name = '', ...rest] = state;
    const out: Chunk[] = [];
    let world = ctx.world;
    const answer = text.trim();
    if (answer === 'y' || answer === 'yes') {
      world = removeLv(world, name);
      out.push(line(`rmlv: Logical volume ${name} is removed.`));
    }
    return removeEach(ctx, world, rest, false, out);
  },
};

/**
 * Removes the named logical volumes in turn; each one without -f is asked
 * about first: from standard input when there is some, else at the prompt
 * (the rest wait in the question's state).
 */
function removeEach(ctx: CommandContext, start: World, names: readonly string[], force: boolean, out: Chunk[]): CommandResult {
  const mine = new Set(vgsIn(ctx.world, ctx.scope).map((v) => v.vgid));
  let world = start;
  let status = 0;
  const answers = ctx.stdin.split('\n');
  let read = 0;
  for (const [i, name] of names.entries()) {
    const found = allLogicalVolumes(world).find((e) => e.lv.name === name && mine.has(e.vg.vgid));
    if (!found) {
      out.push(errLine(`0516-306 rmlv: Unable to find ${name} in the Device`), errLine('\tConfiguration Database.'));
      status = 1;
      continue;
    }
    if (!(world.lvs ?? []).some((l) => l.name === name)) {
      out.push(errLine(notYet(`rmlv of ${name}, a file system's or the system's logical volume (rmfs removes a file system)`)));
      status = 1;
      continue;
    }
    if (!force) {
      out.push(line(`Warning, all data contained on logical volume ${name} will be destroyed.`));
      const question = 'rmlv: Do you wish to continue? y(es) n(o)? ';
      if (ctx.stdin === '') return { out, status, world, effects: [{ kind: 'ask', prompt: question, hidden: false, command: 'rmlv', state: names.slice(i) }] };
      out.push({ text: question, stream: 'out' });
      const answer = (answers[read++] ?? '').trim();
      if (answer !== 'y' && answer !== 'yes') {
        out.push(line(''));
        continue;
      }
    }
    world = removeLv(world, name);
    out.push(line(`rmlv: Logical volume ${name} is removed.`));
  }
  const consumed = answers.slice(0, read).join('\n').length + (read > 0 ? 1 : 0);
  return { out, status, world, ...(read > 0 ? { effects: [{ kind: 'consume' as const, chars: Math.min(consumed, ctx.stdin.length) }] } : {}) };
}
