// engine.runLine: parse a line, run it against the session, return a Step
// that subscribers (stdout writer, transcript, recorder, store) consume.
// Pure and synchronous: no I/O, no real time.

import { globalOnly, kshNotFound, notYet } from '../commands/lib/messages.js';
import { PLANNED } from '../commands/registry.js';
import type { AndOr, Pipeline, SimpleCommand } from '../shell/ast.js';
import { type Expander, expandToString, expandWords } from '../shell/expand.js';
import { parse } from '../shell/parser.js';
import { commandLine } from '../shell/quote.js';
import { own, put } from '../world/dict.js';
import { GLOBAL } from '../world/scope.js';
import type { Scope, World } from '../world/types.js';
import { type Chunk, type CommandContext, type CommandResult, type Effect, Interrupted, type Simulated } from './contract.js';
import { open, route } from './redirect.js';
import { type Frame, newFrame, type Session, type Snapshot } from './session.js';

export interface Step {
  line: string;
  /** The prompt shown before the line was typed. */
  prompt: string;
  chunks: Chunk[];
  /** Status of the last command ($?). */
  status: number;
  worldChanged: boolean;
  /** The screen should be cleared (the `clear` command). */
  clear: boolean;
  /** Set when the outermost shell exited during this line. */
  exited?: number;
  /** The session as it was before the line (to undo it: Ctrl-C, a save that failed). */
  before: Snapshot;
  /** Ctrl-C stopped the line: it was undone (chunks hold what it wrote before). */
  interrupted?: true;
}

/** What the commands of a line (or of a $(...) or clogin NAME cmd inside it) write to as they run. */
interface Output {
  chunks: Chunk[];
  clear: boolean;
}

const SYSTEM_DIRS = new Set(['/usr/sbin', '/usr/bin', '/bin', '/sbin', '/etc', '/usr/ucb']);

/** How deep command substitutions may nest, and how long a variable's value may grow (ksh runs out of memory too). */
const MAX_NESTING = 100;
const MAX_VALUE = 1 << 24;

/** What is said when a line nests too deep or makes a string too long: ksh93's words. */
class TooMuch extends Error {
  constructor(readonly kind: 'deep' | 'long') {
    super(kind);
  }
}

export function runLine(session: Session, line: string): Step {
  const prompt = session.prompt();
  if (line.trim() !== '') session.history.push(line);
  const before = session.snapshot();
  const step: Step = { line, prompt, chunks: [], status: session.lastStatus, worldChanged: false, clear: false, before };
  try {
    return runParsed(session, line, step);
  } catch (e) {
    if (e instanceof Interrupted) return interrupted(session, step);
    // A line nested past the limit (or past JavaScript's stack) or a string past its size: said in ksh's words, the line
    // undone, and the shell goes on. Anything else is a bug, which the caller reports.
    if (!(e instanceof TooMuch || e instanceof RangeError)) throw e;
    session.restore(before);
    const deep = e instanceof TooMuch ? e.kind === 'deep' : /call stack/i.test((e as RangeError).message);
    step.chunks.push(err(`ksh: ${deep ? 'recursion too deep' : 'out of memory'}`));
    session.lastStatus = step.status = 1;
    step.worldChanged = false;
    return step;
  }
}

/** Ctrl-C: the line is undone; what it wrote before stays on the screen; status 130 (128 + SIGINT), as ksh's. */
export function interrupted(session: Session, step: Step): Step {
  session.restore(step.before);
  session.depth = 0;
  session.lastStatus = step.status = 130;
  step.worldChanged = false;
  step.interrupted = true;
  delete step.exited;
  return step;
}

function runParsed(session: Session, line: string, step: Step): Step {
  const parsed = parse(line);
  if (!parsed.ok) {
    step.chunks.push({ text: `ksh: ${parsed.message}\n`, stream: 'err' });
    session.lastStatus = step.status = 2;
    return step;
  }
  const before = session.world;
  for (const item of parsed.script.items) {
    if (item.background) {
      step.chunks.push({ text: notYet('running commands in the background (&)') + '\n', stream: 'err' });
      session.lastStatus = 1;
      continue;
    }
    runAndOr(session, item.andOr, step);
    if (session.exited !== undefined) break;
  }
  step.status = session.lastStatus;
  step.worldChanged = session.world !== before;
  if (session.exited !== undefined) step.exited = session.exited;
  return step;
}

function runAndOr(session: Session, andOr: AndOr, step: Output): void {
  runPipeline(session, andOr.first, step);
  for (const { op, pipeline } of andOr.rest) {
    if (session.exited !== undefined) return;
    if ((op === '&&') === (session.lastStatus === 0)) runPipeline(session, pipeline, step);
  }
}

function runPipeline(session: Session, pipeline: Pipeline, step: Output): void {
  let stdin = '';
  pipeline.commands.forEach((cmd, i) => {
    const last = i === pipeline.commands.length - 1;
    const chunks = runSimple(session, cmd, stdin, step);
    if (last) {
      step.chunks.push(...chunks);
    } else {
      stdin = chunks
        .filter((c) => c.stream === 'out')
        .map((c) => c.text)
        .join('');
      step.chunks.push(...chunks.filter((c) => c.stream === 'err'));
    }
  });
}

const err = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });

/** Runs one simple command; returns its output after redirections. */
function runSimple(session: Session, cmd: SimpleCommand, input: string, step: Output): Chunk[] {
  session.stopIfInterrupted();
  const x = expander(session, step);
  const assigned: Record<string, string> = {};
  for (const a of cmd.assigns) {
    const value = expandToString(a.value, x);
    if (value.length > MAX_VALUE) throw new TooMuch('long');
    put(assigned, a.name, value);
  }
  const words = expandWords(cmd.words, x);
  if (words.length === 0) {
    for (const [k, v] of Object.entries(assigned)) put(session.frame.vars, k, v);
    return finish(session, [], cmd.words.length > 0 ? session.lastStatus : 0);
  }

  const redirections = open(session, cmd.redirects, (r) => expandToString(r.target, x), input);
  if ('text' in redirections) return finish(session, [redirections], 1);

  const savedVars = session.frame.vars;
  session.frame.vars = { ...savedVars, ...assigned };
  let result: CommandResult;
  try {
    result = execute(session, session.frame, session.world, words, redirections.stdin);
  } finally {
    session.frame.vars = savedVars;
  }
  if (result.world) session.world = result.world;
  for (const e of result.effects ?? []) applyEffect(session, e, step);
  const chunks = route(session, redirections, result.out);
  for (const c of result.out) if (c.delayMs) session.clock.advance(c.delayMs);
  return finish(session, chunks, result.status);
}

/**
 * Expansion for the current frame. Command substitution runs the inner line
 * as a subshell: its standard output is the value, its errors reach the
 * terminal, the world changes it makes persist, shell state (frames, cd,
 * clogin) does not.
 */
function expander(session: Session, step: Output): Expander {
  return {
    lookup: (n) => session.lookup(n),
    subst: (source) => {
      if (++session.depth > MAX_NESTING) throw new TooMuch('deep');
      try {
        return substitute(session, step, source);
      } finally {
        session.depth--;
      }
    },
  };
}

/** $(...): the inner line as a subshell; its standard output is the value. */
function substitute(session: Session, step: Output, source: string): string {
  const frames = session.frames.map((f) => ({ ...f, vars: { ...f.vars } }));
  const inner: Output = { chunks: [], clear: false };
  const parsed = parse(source);
  if (!parsed.ok) {
    step.chunks.push(err(`ksh: ${parsed.message}`));
    session.lastStatus = 2;
    return '';
  }
  for (const item of parsed.script.items) runAndOr(session, item.andOr, inner);
  session.frames = frames;
  session.exited = undefined;
  step.chunks.push(...inner.chunks.filter((c) => c.stream === 'err'));
  return inner.chunks
    .filter((c) => c.stream === 'out')
    .map((c) => c.text)
    .join('');
}

function finish(session: Session, chunks: Chunk[], status: number): Chunk[] {
  session.lastStatus = status;
  return chunks;
}

/** Looks a command up and runs it in `frame`'s scope; guards against bugs. */
function execute(session: Session, frame: Frame, world: World, argv: string[], stdin: string): CommandResult {
  const typed = argv[0]!;
  let name = typed;
  if (typed.includes('/')) {
    const slash = typed.lastIndexOf('/');
    if (!SYSTEM_DIRS.has(typed.slice(0, slash))) return { out: [err(kshNotFound(typed))], status: 127 };
    name = typed.slice(slash + 1);
  }
  const command = session.commands.get(name);
  if (!command) {
    if (PLANNED.has(name)) return { out: [err(notYet(name))], status: 1 };
    return { out: [err(kshNotFound(typed))], status: 127 };
  }
  if (command.scope === 'global' && frame.scope.kind !== 'global') return { out: [err(globalOnly(name))], status: 1 };
  const ctx: CommandContext = {
    argv: [name, ...argv.slice(1)],
    world,
    scope: frame.scope,
    cwd: frame.cwd,
    getVar: (n) => (n === '?' || n === '$' ? session.lookup(n) : own(frame.vars, n)),
    stdin,
    now: session.clock.now(),
    interactive: session.interactive,
    history: session.history,
    available: session.availableIn(frame.scope),
    commands: session.commandList,
    runIn: (scope: Scope, w: World, inner: string[]) => runInShell(session, scope, w, inner),
    simulate: (line: string) => simulate(session, line),
    stopIfInterrupted: () => session.stopIfInterrupted(),
  };
  try {
    return session.exec(command, ctx);
  } catch (e) {
    if (session.rethrow || e instanceof Interrupted) throw e;
    return { out: [err(`${name}: internal error`)], status: 1 };
  }
}

/**
 * clogin NAME command...: the command runs as the argument of a login shell
 * in the WPAR (`ksh -c`), so one quoted argument may hold a whole command
 * line with redirections; several arguments are joined. That shell's exit,
 * cd and clogin end with it.
 */
function runInShell(session: Session, scope: Scope, world: World, argv: string[]): CommandResult {
  const line = commandLine(argv);
  const parsed = parse(line);
  if (!parsed.ok) return { out: [err(`ksh: ${parsed.message}`)], status: 2 };
  const outer = session.frames;
  // The caller's world (wparexec's has the application WPAR in it).
  session.world = world;
  session.frames = [...outer, newFrame(scope)];
  const inner: Output = { chunks: [], clear: false };
  for (const item of parsed.script.items) {
    runAndOr(session, item.andOr, inner);
    if (session.frames.length <= outer.length || session.exited !== undefined) break;
  }
  session.frames = outer;
  session.exited = undefined;
  return { out: inner.chunks, status: session.lastStatus, world: session.world };
}

/** Runs a line on a copy of the session: what it would do, the session untouched. */
function simulate(session: Session, line: string): Simulated {
  const copy = session.fork();
  const step = runLine(copy, line);
  return { world: copy.world, scope: copy.frame.scope, status: step.status, chunks: step.chunks };
}

function applyEffect(session: Session, effect: Effect, step: Output): void {
  switch (effect.kind) {
    case 'enter-wpar':
      session.frames.push(newFrame({ kind: 'wpar', name: effect.name }));
      break;
    case 'exit':
      if (session.frames.length > 1) session.frames.pop();
      else session.exited = effect.status;
      break;
    case 'clear':
      step.clear = true;
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
