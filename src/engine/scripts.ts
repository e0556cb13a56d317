// Shells inside the shell: clogin NAME command (a login shell in the WPAR),
// a script (./script, ksh file, ksh -c) in a new frame, . file and eval in
// this one, and the EXIT trap a shell runs when it ends.

import { kshNotFound, notYet } from '../commands/lib/messages.js';
import type { List } from '../shell/ast.js';
import { parse } from '../shell/parser.js';
import { commandLine } from '../shell/quote.js';
import { own } from '../world/dict.js';
import { modeOf, nodeAt, normalize, toGlobal } from '../world/fs.js';
import type { Scope, World } from '../world/types.js';
import type { CommandResult } from './contract.js';
import { err, FunctionReturn, MAX_NESTING, type Output, TooMuch } from './control.js';
import { atTop, runAndOr, runList } from './run-line.js';
import { copyFrames, type Frame, newFrame, type Session } from './session.js';

/** The commands of a shell started on top of `below` frames (clogin NAME cmd, a script), up to its exit. */
function runInnerShell(session: Session, script: List, below: number, out: Output): void {
  for (const item of script.items) {
    runAndOr(session, item.andOr, out);
    if (session.frames.length <= below || session.exited !== undefined) return;
  }
}

/**
 * clogin NAME command...: the command runs as the argument of a login shell
 * in the WPAR (`ksh -c`), so one quoted argument may hold a whole command
 * line with redirections; several arguments are joined. That shell's exit,
 * cd and clogin end with it.
 */
export function runInShell(session: Session, scope: Scope, world: World, argv: string[], user = 'root', home = '/'): CommandResult {
  const line = commandLine(argv);
  const parsed = parse(line);
  if (!parsed.ok) return { out: [err(`ksh: ${parsed.message}`)], status: 2 };
  const outer = session.frames;
  // The caller's world (wparexec's has the application WPAR in it).
  session.world = world;
  session.frames = [...outer, newFrame(scope, user, home)];
  const inner: Output = { chunks: [], clear: false, size: 0 };
  runInnerShell(session, parsed.script, outer.length, inner);
  session.frames = outer;
  session.exited = undefined;
  return { out: inner.chunks, status: session.lastStatus, world: session.world };
}

/** Runs a frame's EXIT trap (trap 'commands' EXIT) once; the status before it is kept. */
export function runExitTrap(session: Session, frame: Frame, out: Output): void {
  const text = own(frame.vars, '.trap.EXIT');
  if (text === undefined) return;
  delete frame.vars['.trap.EXIT'];
  const parsed = parse(text);
  if (!parsed.ok) return;
  const status = session.lastStatus;
  const exited = session.exited;
  session.exited = undefined;
  atTop(session, out, () => runList(session, parsed.script, out));
  session.lastStatus = status;
  session.exited = exited;
}

/** ./script: a file of the simulated tree with an x bit runs as a ksh script; anything else is ksh's answer. */
export function runFile(session: Session, frame: Frame, world: World, typed: string, args: string[]): CommandResult {
  const node = nodeAt(world, toGlobal(world, frame.scope, normalize(frame.cwd, typed)));
  if (!node) return { out: [err(kshNotFound(typed))], status: 127 };
  if (node.kind === 'dir' || (modeOf(node) & 0o111) === 0) return { out: [err(`ksh: ${typed}: 0403-006 Execute permission denied.`)], status: 126 };
  const text = node.content ?? '';
  const interpreter = /^#!\s*(\S+)/.exec(text)?.[1];
  if (interpreter !== undefined && !/(^|\/)(ksh|ksh93|sh|bsh)$/.test(interpreter)) return { out: [err(notYet(`running ${interpreter} scripts`))], status: 1 };
  return runScript(session, text, typed, args, false, true);
}

/**
 * A script: a file run as a command (./script, ksh script, ksh -c) runs in a
 * new shell: a frame of its own (a copy of this one's variables and
 * directory, `args` as $1 $2 ...), no functions, its exit ends it, and what
 * it sets stays inside. `here` (. script, eval) runs it in this shell:
 * variables, functions and cd stay; `args`, when given, are $1 ... meanwhile.
 */
export function runScript(session: Session, text: string, name: string, args: readonly string[] | undefined, here: boolean, file = false): CommandResult {
  const parsed = parse(text);
  if (!parsed.ok) return { out: [err(`${file ? `${name}[${parsed.line}]` : name}: ${parsed.message}`)], status: 2 };
  if (++session.depth > MAX_NESTING) throw new TooMuch('deep');
  const inner: Output = { chunks: [], clear: false, size: 0 };
  if (here) {
    const frame = session.frame;
    const saved = frame.args;
    if (args) frame.args = [...args];
    try {
      runList(session, parsed.script, inner);
    } catch (e) {
      // return ends a . script (the line goes on); break and continue reach the loop around an eval.
      if (!(e instanceof FunctionReturn) || name === 'eval') {
        session.depth--;
        throw e;
      }
      session.lastStatus = e.status;
    }
    if (args) frame.args = saved;
    session.depth--;
    return { out: inner.chunks, status: session.lastStatus, world: session.world };
  }
  const outer = session.frames;
  const functions = session.functions;
  const own_: Frame = { ...copyFrames([session.frame])[0]!, args: [...(args ?? [])], name };
  delete own_.vars['.trap.EXIT'];
  session.frames = [...outer, own_];
  session.functions = new Map();
  try {
    atTop(session, inner, () => runInnerShell(session, parsed.script, outer.length, inner));
    // The script's EXIT trap, in its own frame; the script's status stays.
    session.frames = [...outer, own_];
    session.exited = undefined;
    runExitTrap(session, own_, inner);
  } finally {
    session.frames = outer;
    session.functions = functions;
    session.exited = undefined;
    session.depth--;
  }
  return { out: inner.chunks, status: session.lastStatus, world: session.world };
}
