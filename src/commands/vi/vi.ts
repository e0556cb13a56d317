// vi: the full-screen editor, at the interactive prompt: it opens a file of
// the scope's tree (or a new one) and takes the terminal when the line is
// over (editor.ts is the editing, the front end draws it); :w writes into the
// world as any command does. Without a terminal (-c, piped input, replays, a
// pipe or a redirection) it says what classic vi says on a terminal that
// cannot address the cursor, and exits 1 (INFERRED for AIX's vi; session
// files use here-documents instead). Not simulated: several files (:n), ex
// commands other than :w :q :wq :x :N, counts on most commands, -R -r -t.

import type { Command, FlagSpec } from '../../engine/contract.js';
import { locate, nodeAt, readFile } from '../../world/fs.js';
import { isFailure, notSimulated, parseFlags } from '../lib/args.js';
import { resolve } from '../lib/files.js';
import { failWith } from '../lib/output.js';

const FLAGS: readonly FlagSpec[] = notSimulated('c:Rr:t:lw:y:');

export const vi: Command = {
  name: 'vi',
  scope: 'any',
  summary: 'Edit a file full-screen (:w, :q, i, dd, /pattern)',
  flags: FLAGS,
  usage: ['Usage: vi [-l] [-R] [-r File] [-t Tag] [-wNumber] [-yNumber] [-c Subcommand] [File ...]'],
  manual: {
    purpose: 'Edits files with a full-screen display.',
    synopsis: ['vi [File]'],
    operands: [
      ['Keys', 'i a A I o O insert (Esc ends); h j k l or the arrows, 0 $ w b G move; x dd yy p P u change; /text n search'],
      ['Commands', ':w writes, :q quits, :wq :x ZZ write and quit, :q! quits without writing, :N goes to line N'],
    ],
    examples: ['vi /etc/hosts', 'clogin wpar1 vi /etc/motd'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, vi);
    if (isFailure(parsed)) return parsed;
    const [file, ...more] = parsed.operands;
    if (!ctx.terminal) return failWith(['Visual needs addressable cursor or upline capability'], 1);
    if (more.length > 0) return failWith(['wparsim: vi of several files is not supported yet'], 1);
    if (file === undefined) return { out: [], status: 0, effects: [{ kind: 'screen', screen: { kind: 'vi', path: null, name: null, text: null, readOnly: false } }] };
    const { global } = resolve(ctx, file);
    const node = nodeAt(ctx.world, global);
    if (node?.kind === 'dir') return failWith([`"${file}" is a directory.`], 1);
    const r = readFile(ctx.world, global);
    const screen = { kind: 'vi' as const, path: global, name: file, text: r.ok ? r.value : null, readOnly: locate(ctx.world, global).readonly };
    return { out: [], status: 0, effects: [{ kind: 'screen', screen }] };
  },
};
