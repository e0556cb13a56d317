// Redirections of a simple command: /dev/null, fd duplication (2>&1, >&2),
// input from a file, and output to files in the scope's tree, which ksh
// creates (or truncates) before the command runs ("0403-005 Cannot create
// the specified file."). open() runs before the command, route() after it.

import { notYet } from '../commands/lib/messages.js';
import type { Redirect } from '../shell/ast.js';
import { nodeAt, normalize, readFile, toGlobal, writeFile } from '../world/fs.js';
import type { Chunk } from './contract.js';
import type { Session } from './session.js';

export interface Redirections {
  stdin: string;
  dropOut: boolean;
  dropErr: boolean;
  errToOut: boolean;
  outToErr: boolean;
  toFiles: { fd: number; global: string }[];
}

const err = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });

/** Opens the redirections (files are created now, as ksh does); or the error that stops the command. */
export function open(session: Session, redirects: readonly Redirect[], target: (r: Redirect) => string, input: string): Redirections | Chunk {
  const r: Redirections = { stdin: input, dropOut: false, dropErr: false, errToOut: false, outToErr: false, toFiles: [] };
  for (const red of redirects) {
    const t = target(red);
    if ((red.op === '>' || red.op === '>>') && t === '/dev/null' && (red.fd === 1 || red.fd === 2)) {
      if (red.fd === 1) r.dropOut = true;
      else r.dropErr = true;
    } else if (red.op === '>&' && red.fd === 2 && t === '1') {
      r.errToOut = true;
    } else if (red.op === '>&' && red.fd === 1 && t === '2') {
      r.outToErr = true;
    } else if (red.op === '>&' && red.fd === Number(t)) {
      continue;
    } else if (red.op === '<<') {
      // A here-document: `t` is its text, expanded.
      r.stdin = t;
    } else if (red.op === '<') {
      const file = readFile(session.world, toGlobal(session.world, session.frame.scope, normalize(session.frame.cwd, t)));
      if (!file.ok) return err(`ksh: ${t}: 0403-016 Cannot find or open the file.`);
      r.stdin = file.value;
    } else if ((red.op === '>' || red.op === '>>') && (red.fd === 1 || red.fd === 2)) {
      const global = toGlobal(session.world, session.frame.scope, normalize(session.frame.cwd, t));
      const made = writeFile(session.world, global, '', red.op === '>>', session.clock.now());
      if (!made.ok) return err(`ksh: ${t}: 0403-005 Cannot create the specified file.`);
      if (red.op === '>' || !nodeAt(session.world, global)) session.world = made.value;
      r.toFiles.push({ fd: red.fd, global });
    } else {
      return err(notYet(`redirection ${red.fd}${red.op}${t}`));
    }
  }
  return r;
}

/** The command's output after the redirections: what goes to files is written there, the rest is returned. */
export function route(session: Session, r: Redirections, out: readonly Chunk[]): Chunk[] {
  let chunks = out
    .map((c): Chunk => (r.errToOut && c.stream === 'err' ? { ...c, stream: 'out' } : r.outToErr && c.stream === 'out' ? { ...c, stream: 'err' } : c))
    .filter((c) => !(c.stream === 'out' && r.dropOut) && !(c.stream === 'err' && r.dropErr));
  for (const f of r.toFiles) {
    const stream = f.fd === 1 ? 'out' : 'err';
    const text = chunks
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
    const written = writeFile(session.world, f.global, text, true, session.clock.now());
    if (written.ok) session.world = written.value;
    chunks = chunks.filter((c) => c.stream !== stream);
  }
  return chunks;
}
