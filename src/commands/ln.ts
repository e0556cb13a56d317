// ln -s: makes symbolic links in the scope's tree. The target text is kept
// as typed and need not exist; an absolute one is read from the scope's root
// (a link inside a WPAR points inside it). ls -l shows "name -> target";
// cat, cd and writes follow links; rm, mv, ls -l and find do not. -f
// replaces an existing name. Not simulated yet: hard links (ln without -s:
// the world shares its files between scopes, so one file cannot have two
// names yet), -i, -n. Syntax from IBM's ln page (DOC); "0653-421 ... exists."
// RECALLED from AIX ln.

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { baseName, childPath, makeLink, nodeAt, remove } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { ERRNO, resolve } from './lib/files.js';
import { notYet } from './lib/messages.js';
import { errLine, failWith } from './lib/output.js';

const USAGE = ['Usage: ln [-f | -i] [-n] [-s] Src [Target]', '       ln [-f | -i] [-n] [-s] Src ... Directory'];

const FLAGS: readonly FlagSpec[] = [{ flag: 's', doc: 'Makes symbolic links.' }, { flag: 'f', doc: 'Replaces a file that has the new name.' }, ...notSimulated('in')];

export const ln: Command = {
  name: 'ln',
  scope: 'any',
  summary: 'Make symbolic links (ln -s target name)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Links files.',
    synopsis: ['ln -s [-f] SourceFile [TargetFile]', 'ln -s [-f] SourceFile ... TargetDirectory'],
    examples: ['ln -s /etc/hosts /tmp/hosts', 'ln -s /wpars/wpar1/etc /tmp/wpar1-etc'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, ln);
    if (isFailure(parsed)) return parsed;
    const operands = [...parsed.operands];
    if (operands.length === 0) return failWith(USAGE, 2);
    if (!parsed.has('s')) return failWith([notYet('ln without -s (hard links)')]);
    const last = operands.length > 1 ? operands.pop()! : '.';
    const into = resolve(ctx, last).global;
    const toDir = nodeAt(ctx.world, into)?.kind === 'dir';
    if (operands.length > 1 && !toDir) return failWith([`ln: ${last}: ${ERRNO.ENOTDIR}`, ...USAGE], 2);
    let world = ctx.world;
    const out: Chunk[] = [];
    for (const source of operands) {
      const name = toDir ? childPath(last, baseName(source.replace(/\/+$/, '')) || source) : last;
      const global = toDir ? childPath(into, baseName(source.replace(/\/+$/, '')) || source) : into;
      if (nodeAt(world, global, false)) {
        if (!parsed.has('f')) {
          out.push(errLine(`ln: 0653-421 ${name} exists.`), errLine(`\t\tSpecify -f to remove ${name} before linking.`));
          continue;
        }
        const gone = remove(world, global, false);
        if (!gone.ok) {
          out.push(errLine(`ln: ${name}: ${ERRNO[gone.error]}`));
          continue;
        }
        world = gone.value;
      }
      const made = makeLink(world, global, source, ctx.now);
      if (made.ok) world = made.value;
      else out.push(errLine(`ln: ${name}: ${ERRNO[made.error]}`));
    }
    return { out, status: out.length > 0 ? 2 : 0, world };
  },
};
