// chmod: changes the permission bits of files and directories in the
// simulated tree: an octal mode (755) or a symbolic one ([ugoa]*[+-=][rwx]*,
// several separated by commas); -R for what is under a directory. ls -l
// shows them, and a script runs only with an x bit (./script). Not
// simulated yet: the s and t bits in symbolic modes, -f, -h.

import type { Command, FlagSpec } from '../engine/contract.js';
import { modeOf } from '../world/fs.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { changeFiles } from './lib/change-files.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: chmod [-R] [-h] [-f] {u|g|o|a ...} {+|-|=} {r|w|x|X|s|t ...} File ...', '       chmod [-R] [-h] [-f] OctalNumber File ...'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'R', doc: 'Changes what is under each directory too.' }, ...notSimulated('fh')];

/** The new mode from the old one, or null when `spec` is not a mode. */
export function applyMode(spec: string, old: number, dir: boolean): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = old;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1]!.includes('a') ? 'ugo' : m[1]!;
    let bits = 0;
    for (const p of m[3]!) bits |= p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' || (p === 'X' && (dir || (old & 0o111) !== 0)) ? 1 : 0;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      if (m[2] === '+') mode |= bits << shift;
      else if (m[2] === '-') mode &= ~(bits << shift);
      else mode = (mode & ~(7 << shift)) | (bits << shift);
    }
  }
  return mode;
}

export const chmod: Command = {
  name: 'chmod',
  scope: 'any',
  summary: 'Change file permissions (755, u+x, -R)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Changes file modes.',
    synopsis: ['chmod [-R] OctalNumber File ...', 'chmod [-R] {u|g|o|a}{+|-|=}{r|w|x} File ...'],
    examples: ['chmod +x /home/startall.sh', 'chmod 600 /etc/wpars/secret'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, chmod);
    if (isFailure(parsed)) return parsed;
    const [spec, ...files] = parsed.operands;
    if (spec === undefined || files.length === 0) return failWith(USAGE, 2);
    if (applyMode(spec, 0, false) === null) return failWith([`chmod: ${spec}: The mode is not valid.`, ...USAGE], 2);
    return changeFiles(ctx, 'chmod', files, parsed.has('R'), (node) => {
      const mode = applyMode(spec, modeOf(node), node.kind === 'dir');
      return mode === null ? null : { mode };
    });
  },
};
