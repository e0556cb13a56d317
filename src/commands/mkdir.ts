// mkdir: makes directories in the scope's tree; -p makes missing parents and
// accepts existing ones. Messages SOURCED from mkdir.msg (reference 17.2):
// "mkdir: 0653-357 Cannot access directory X." when a parent is missing,
// "mkdir: 0653-358 Cannot create X." for an existing path or a read-only file
// system, each followed by "X: <errno text>" (composition RECALLED). -m says
// it is not supported yet.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { makeDir, nodeAt, parentOf } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage: mkdir [-p] [-m mode] Directory ...'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'p', doc: 'Creates missing parent directories; an existing directory is not an error.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('m:'),
];

export const mkdir: Command = {
  name: 'mkdir',
  scope: 'any',
  summary: 'Make directories (-p with parents)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Creates one or more new directories.',
    synopsis: ['mkdir [-p] Directory ...'],

    examples: ['mkdir -p /opt/ibm/wlp', 'mkdir /wpars/wpar2/bb_fs'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, mkdir);
    if (isFailure(parsed)) return parsed;
    if (parsed.has('m')) return failWith([notYet('mkdir -m')]);
    if (parsed.operands.length === 0) return failWith(['Usage: mkdir [-p] [-m mode] Directory ...'], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    let status = 0;
    for (const arg of parsed.operands) {
      const { global } = resolve(ctx, arg);
      const chain: string[] = [];
      for (let p = global; p !== '/' && !(parsed.has('p') && nodeAt(world, p)); p = parentOf(p)) {
        chain.unshift(p);
        if (!parsed.has('p')) break;
      }
      for (const p of chain) {
        const r = makeDir(world, p, ctx.now);
        if (r.ok) {
          world = r.value;
          continue;
        }
        status = 2;
        if (r.error === 'ENOENT') out.push(errLine(`mkdir: 0653-357 Cannot access directory ${parentOf(arg)}.`), errLine(`${parentOf(arg)}: ${ERRNO.ENOENT}`));
        else out.push(errLine(`mkdir: 0653-358 Cannot create ${arg}.`), errLine(`${arg}: ${ERRNO[r.error]}`));
        break;
      }
    }
    return { out, status, world: world !== ctx.world ? world : undefined };
  },
};
