// Running one command: looking its name up (a wparsim command, a real AIX
// command not simulated yet, a script file, or ksh's "not found"), the
// context it gets, and the effects it returns applied to the session.

import { AIX_COMMANDS } from '../commands/lib/aix-commands.js';
import { globalOnly, kshNotFound, notYet } from '../commands/lib/messages.js';
import { PLANNED } from '../commands/registry.js';
import { own, put } from '../world/dict.js';
import { GLOBAL } from '../world/scope.js';
import type { Scope, World } from '../world/types.js';
import { type CommandContext, type CommandResult, type Effect, Interrupted, type Simulated } from './contract.js';
import { Aborted, err, FunctionReturn, LoopControl, type Output } from './control.js';
import { assign } from './expansion.js';
import { runLine } from './run-line.js';
import { runFile, runInShell, runScript } from './scripts.js';
import { type Frame, newFrame, type Question, type Session } from './session.js';

const SYSTEM_DIRS = new Set(['/usr/sbin', '/usr/bin', '/bin', '/sbin', '/etc', '/usr/ucb']);

/** Looks a command up and runs it in `frame`'s scope; guards against bugs. */
export function execute(session: Session, frame: Frame, world: World, argv: string[], stdin: string): CommandResult {
  const typed = argv[0]!;
  let name = typed;
  if (typed.includes('/')) {
    const slash = typed.lastIndexOf('/');
    if (!SYSTEM_DIRS.has(typed.slice(0, slash))) return runFile(session, frame, world, typed, argv.slice(1));
    name = typed.slice(slash + 1);
  }
  const command = session.commands.get(name);
  if (!command) {
    // A real AIX command wparsim does not simulate says so; ksh's "not found" is for names AIX does not have.
    if (PLANNED.has(name) || AIX_COMMANDS.has(name)) return { out: [err(notYet(name))], status: 1 };
    return { out: [err(kshNotFound(typed))], status: 127 };
  }
  if (command.scope === 'global' && frame.scope.kind !== 'global') return { out: [err(globalOnly(name))], status: 1 };
  return guarded(session, name, () => session.exec(command, contextFor(session, frame, world, [name, ...argv.slice(1)], stdin)));
}

/** The answer to the question a command asked (session.question), run as that command in the current frame. */
export function answer(session: Session, question: Question, text: string): CommandResult {
  const command = session.commands.get(question.command);
  if (!command?.answer) return { out: [], status: 1 };
  const ctx = contextFor(session, session.frame, session.world, [question.command], '');
  return guarded(session, question.command, () => command.answer!(ctx, question.state, text));
}

/** A bug in a command is "<cmd>: internal error", not a stack trace; Ctrl-C and the shell's own jumps go on up. */
function guarded(session: Session, name: string, run: () => CommandResult): CommandResult {
  try {
    return run();
  } catch (e) {
    if (session.rethrow || e instanceof Interrupted || e instanceof LoopControl || e instanceof FunctionReturn || e instanceof Aborted) throw e;
    return { out: [err(`${name}: internal error`)], status: 1 };
  }
}

/** What a command is given: its arguments, the world, the frame it runs in and the session's services. */
function contextFor(session: Session, frame: Frame, world: World, argv: string[], stdin: string): CommandContext {
  return {
    argv,
    world,
    scope: frame.scope,
    cwd: frame.cwd,
    getVar: (n) => (n === '?' || n === '$' || n === '-' ? session.lookup(n) : own(frame.vars, n)),
    vars: frame.vars,
    args: frame.args,
    options: session.options,
    aliases: session.aliases,
    functions: session.functions,
    stdin,
    user: frame.user ?? 'root',
    now: session.clock.now(),
    interactive: session.interactive,
    terminal: session.terminal && session.captured === 0,
    history: session.history,
    available: session.availableIn(frame.scope),
    commands: session.commandList,
    runIn: (scope: Scope, w: World, inner: string[], user?: string, home?: string) => runInShell(session, scope, w, inner, user, home),
    simulate: (line: string) => simulate(session, line),
    stopIfInterrupted: () => session.stopIfInterrupted(),
    runScript: (text: string, name: string, args: readonly string[] | undefined, here: boolean, file = false) => runScript(session, text, name, args, here, file),
  };
}

/** Runs a line on a copy of the session: what it would do, the session untouched. */
function simulate(session: Session, line: string): Simulated {
  const copy = session.fork();
  const step = runLine(copy, line);
  return { world: copy.world, scope: copy.frame.scope, status: step.status, chunks: step.chunks };
}

export function applyEffect(session: Session, effect: Effect, step: Output, readInput: boolean): void {
  switch (effect.kind) {
    case 'loop':
      if (session.loops > 0) throw new LoopControl(effect.op, Math.min(effect.levels, session.loops));
      break;
    case 'return':
      throw new FunctionReturn(effect.status);
    case 'vars':
      for (const [k, v] of effect.set ?? []) assign(session, k, v);
      for (const k of effect.unset ?? []) delete session.frame.vars[k];
      break;
    case 'args':
      session.frame.args = [...effect.args];
      break;
    case 'abort':
      break;
    case 'aliases':
      for (const [k, v] of effect.set) session.aliases.set(k, v);
      for (const k of effect.unset ?? []) session.aliases.delete(k);
      break;
    case 'attributes': {
      const attrs = (session.frame.attrs ??= Object.create(null) as Record<string, string>);
      for (const n of effect.names) put(attrs, n, [...new Set((own(attrs, n) ?? '') + effect.flags)].join(''));
      break;
    }
    case 'local': {
      const saved = session.locals[session.locals.length - 1];
      if (saved && session.calls > 0) for (const n of effect.names) if (!saved.has(n)) saved.set(n, own(session.frame.vars, n));
      break;
    }
    case 'options':
      // One line editor at a time: vi mode, or emacs mode (the keys wparsim's editor has without it).
      for (const o of effect.on) {
        if (o === 'emacs') session.options.delete('vi');
        else session.options.add(o);
      }
      for (const o of effect.off) session.options.delete(o);
      break;
    case 'consume':
      if (readInput) session.input.at = Math.min(session.input.text.length, session.input.at + effect.chars);
      break;
    case 'enter':
      session.frames.push(newFrame(effect.scope, effect.user, effect.home));
      break;
    case 'ask':
      session.question = { prompt: effect.prompt, hidden: effect.hidden, command: effect.command, state: effect.state };
      break;
    case 'exit':
      if (session.frames.length > 1) session.frames.pop();
      else session.exited = effect.status;
      break;
    case 'clear':
      step.clear = true;
      break;
    case 'screen':
      session.screens.push(effect.screen);
      break;
    case 'login':
      session.frames = [newFrame(GLOBAL)];
      session.exited = undefined;
      break;
    case 'cd':
      session.frame.vars['OLDPWD'] = session.frame.cwd;
      session.frame.cwd = effect.dir;
      break;
  }
}
