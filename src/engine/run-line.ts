// engine.runLine: parse a line, run it against the session, return a Step
// that subscribers (stdout writer, transcript, recorder, store) consume.
// Pure and synchronous: no I/O, no real time.

import { notYet } from '../commands/lib/messages.js';
import type { AndOr, Command, List, Pipeline, Redirect, SimpleCommand } from '../shell/ast.js';
import { type Expander, expandToString, expandWords, withTilde } from '../shell/expand.js';
import { parse } from '../shell/parser.js';
import { put } from '../world/dict.js';
import { runCompound } from './compound.js';
import { type Chunk, type CommandResult, Interrupted, type Screen } from './contract.js';
import { Aborted, err, FunctionReturn, LoopControl, MAX_NESTING, MAX_VALUE, type Output, TooMuch } from './control.js';
import { answer, applyEffect, execute } from './execute.js';
import { assign, captured, expander, redirectsOut } from './expansion.js';
import { open, route } from './redirect.js';
import { runExitTrap } from './scripts.js';
import type { Question, Session, Snapshot } from './session.js';

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
  /** Full-screen programs to run now that the line is over (vi, more at the terminal), in order. */
  screens?: Screen[];
  /** The line answered a question whose answer is not shown (a password). */
  hidden?: true;
}

export function runLine(session: Session, line: string): Step {
  const prompt = session.prompt();
  const question = session.question;
  // An answer (a login name, a password) is not a command: it is not kept in the history.
  if (line.trim() !== '' && !question) session.history.push(line);
  const before = session.snapshot();
  const step: Step & Output = { line, prompt, chunks: [], status: session.lastStatus, worldChanged: false, clear: false, before, size: 0 };
  session.screens = [];
  session.captured = 0;
  session.question = undefined;
  if (question?.hidden) step.hidden = true;
  try {
    if (question) answered(session, question, line, step);
    else runParsed(session, line, step);
    if (session.screens.length > 0) step.screens = session.screens;
    return step;
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

/** The line answers the question the last line asked: the asking command goes on with it. */
function answered(session: Session, question: Question, line: string, step: Step & Output): void {
  const result = answer(session, question, line);
  if (result.world && result.world !== session.world) {
    session.world = result.world;
    step.worldChanged = true;
  }
  for (const e of result.effects ?? []) applyEffect(session, e, step, false);
  for (const c of result.out) if (c.delayMs) session.clock.advance(c.delayMs);
  step.chunks.push(...result.out);
  session.lastStatus = step.status = result.status;
}

function runParsed(session: Session, line: string, step: Step & Output): void {
  const parsed = parse(line);
  if (!parsed.ok) {
    step.chunks.push({ text: `ksh: ${parsed.message}\n`, stream: 'err' });
    session.lastStatus = step.status = 2;
    return;
  }
  const before = session.world;
  session.input = { text: '', at: 0 };
  // Aliases are those defined before the line was read (ksh expands them as it reads): alias x=...; x on one line finds no x.
  session.lineAliases = new Map(session.aliases);
  atTop(session, step, () => runList(session, parsed.script, step));
  // The login shell exits: its EXIT trap runs.
  if (session.exited !== undefined && session.frames.length === 1) runExitTrap(session, session.frame, step);
  step.status = session.lastStatus;
  step.worldChanged = session.world !== before;
  if (session.exited !== undefined) step.exited = session.exited;
}

/**
 * Runs a whole line, or a subshell: no loop or function encloses it, and
 * return outside a function ends it with that status (as \`ksh -c\` does).
 */
export function atTop(session: Session, out: Output, run: () => void): void {
  const { loops, calls } = session;
  session.loops = session.calls = 0;
  try {
    run();
  } catch (e) {
    if (e instanceof Aborted) {
      if (e.message !== '') {
        out.chunks.push(err(e.message));
        session.lastStatus = 1;
      }
    } else if (e instanceof FunctionReturn) session.lastStatus = e.status;
    else throw e;
  } finally {
    session.loops = loops;
    session.calls = calls;
  }
}

export function runList(session: Session, list: List, out: Output): void {
  for (const item of list.items) {
    if (item.background) {
      out.chunks.push({ text: notYet('running commands in the background (&)') + '\n', stream: 'err' });
      session.lastStatus = 1;
      continue;
    }
    runAndOr(session, item.andOr, out);
    if (session.exited !== undefined) return;
    // The next line of a script is read now: the aliases defined so far apply to it.
    if (item.newline) session.lineAliases = new Map(session.aliases);
  }
}

export function runAndOr(session: Session, andOr: AndOr, step: Output): void {
  runPipeline(session, andOr.first, step);
  let last: Pipeline = andOr.first;
  const { rest } = andOr;
  let ranLast = rest.length === 0;
  for (let k = 0; k < rest.length; k++) {
    if (session.exited !== undefined) return;
    const { op, pipeline } = rest[k]!;
    if ((op === '&&') === (session.lastStatus === 0)) {
      runPipeline(session, pipeline, step);
      last = pipeline;
      ranLast = k === rest.length - 1;
    }
  }
  // set -e: a command that fails ends the line (or script), but not in a condition, an && || list before its end, or after !.
  if (session.options.has('errexit') && session.lastStatus !== 0 && session.conditions === 0 && ranLast && !last.bang) throw new Aborted('');
}

function runPipeline(session: Session, pipeline: Pipeline, step: Output): void {
  let stdin: string | null = null;
  const { commands } = pipeline;
  for (let i = 0; i < commands.length; i++) {
    const cmd = commands[i]!;
    const last = i === commands.length - 1;
    const input: string | null = stdin;
    const chunks: Chunk[] = last ? runCommand(session, cmd, input, step) : captured(session, true, () => runCommand(session, cmd, input, step));
    if (last) {
      if (chunks.length === 0) continue;
      step.chunks.push(...chunks);
      for (const c of chunks) step.size += c.text.length;
      // A loop's output is kept until the line is over: it may not grow without end.
      if (step.size > MAX_VALUE) throw new TooMuch('long');
    } else {
      stdin = chunks
        .filter((c) => c.stream === 'out')
        .map((c) => c.text)
        .join('');
      step.chunks.push(...chunks.filter((c) => c.stream === 'err'));
    }
  }
  if (pipeline.bang) session.lastStatus = session.lastStatus === 0 ? 1 : 0;
}

/** No output (shared: callers copy chunks out of what runCommand returns, never into it). */
const NO_CHUNKS: Chunk[] = [];

/** Runs a simple or compound command; `input` is its pipe (null: the enclosing compound's input). */
function runCommand(session: Session, cmd: Command, input: string | null, out: Output): Chunk[] {
  if (cmd.kind === 'simple') return runSimple(session, cmd, input, out);
  session.stopIfInterrupted();
  if (cmd.kind === 'function') {
    session.functions.set(cmd.name, cmd.body);
    session.lastStatus = 0;
    return NO_CHUNKS;
  }
  // (( )) and [[ ]] without redirections or a pipe into them: run as they are (loops run them a great many times).
  if ((cmd.kind === 'arith' || cmd.kind === 'cond') && cmd.redirects.length === 0 && input === null) {
    runCompound(session, cmd, out);
    return NO_CHUNKS;
  }
  const x = expander(session, out);
  const redirections = open(session, cmd.redirects, (r: Redirect) => target(r, x), input ?? rest(session));
  if ('text' in redirections) return finish(session, [redirections], 1);
  const saved = session.input;
  session.input = { text: redirections.stdin, at: 0 };
  const inner: Output = { chunks: [], clear: false, size: 0 };
  try {
    captured(session, redirectsOut(redirections), () => runCompound(session, cmd, inner));
  } catch (e) {
    // break, continue, return and an aborted line leave with what was written so far.
    if (e instanceof LoopControl || e instanceof FunctionReturn || e instanceof Aborted) out.chunks.push(...route(session, redirections, inner.chunks));
    throw e;
  } finally {
    session.input = saved;
    out.clear ||= inner.clear;
  }
  return route(session, redirections, inner.chunks);
}

/** A redirection's file name, or a here-document's text, expanded. */
const target = (r: Redirect, x: Expander): string => (r.heredoc ? expandToString({ parts: r.heredoc.parts, raw: '' }, x) : expandToString(withTilde(r.target, x), x));

/** What is left of the enclosing compound command's standard input. */
const rest = (session: Session): string => session.input.text.slice(session.input.at);

/** A word as set -x shows it: as it is when plain, else in single quotes (ksh93's way). */
const traceWord = (w: string): string => (/^[A-Za-z0-9_.,/:=@%+-]+$/.test(w) ? w : `'${w.replace(/'/g, "'\\''")}'`);

/** Runs one simple command; returns its output after redirections. */
function runSimple(session: Session, cmd: SimpleCommand, pipe: string | null, step: Output): Chunk[] {
  session.stopIfInterrupted();
  const input = pipe ?? rest(session);
  const x = expander(session, step);
  const assigned: Record<string, string> = {};
  for (const a of cmd.assigns) {
    const value = expandToString(withTilde(a.value, x), x);
    if (value.length > MAX_VALUE) throw new TooMuch('long');
    put(assigned, a.name, value);
  }
  const words = expandWords(withAlias(session, cmd).words, x);
  // set -x: each command as it runs, on standard error, after expansion.
  if (session.options.has('xtrace')) {
    const shown = [...Object.entries(assigned).map(([k, v]) => `${k}=${traceWord(v)}`), ...words.map(traceWord)];
    if (shown.length > 0) step.chunks.push(err(`+ ${shown.join(' ')}`));
  }
  if (words.length === 0) {
    for (const [k, v] of Object.entries(assigned)) assign(session, k, v);
    return finish(session, [], cmd.words.length > 0 ? session.lastStatus : 0);
  }

  const redirections = open(session, cmd.redirects, (r) => target(r, x), input);
  if ('text' in redirections) return finish(session, [redirections], 1);

  const fn = words[0]!.includes('/') ? undefined : session.functions.get(words[0]!);
  const toFile = redirectsOut(redirections);
  if (fn)
    return finish(
      session,
      route(
        session,
        redirections,
        captured(session, toFile, () => call(session, fn, words.slice(1), redirections.stdin, step)),
      ),
      session.lastStatus,
    );

  // VAR=value cmd: the variables for that command only. Without any, what the command sets (. script, eval) stays.
  const savedVars = session.frame.vars;
  const prefixed = Object.keys(assigned).length > 0;
  if (prefixed) session.frame.vars = { ...savedVars, ...assigned };
  let result: CommandResult;
  try {
    result = captured(session, toFile, () => execute(session, session.frame, session.world, words, redirections.stdin));
  } finally {
    if (prefixed) session.frame.vars = savedVars;
  }
  if (result.world) session.world = result.world;
  // read uses the enclosing compound command's input only when that is what it read.
  const readInput = pipe === null && redirections.stdin === input;
  for (const e of result.effects ?? []) applyEffect(session, e, step, readInput);
  const chunks = route(session, redirections, result.out);
  for (const c of result.out) if (c.delayMs) session.clock.advance(c.delayMs);
  if (result.effects?.some((e) => e.kind === 'abort')) {
    // A special built-in's error ends the line, as it ends a ksh script.
    step.chunks.push(...chunks);
    session.lastStatus = result.status;
    throw new Aborted('');
  }
  return finish(session, chunks, result.status);
}

/**
 * An alias: the first word of a simple command, typed plainly, is replaced
 * by the alias's words (once: alias ls='ls -F' does not go round). An alias
 * whose value is more than one simple command is not simulated yet and is
 * left as typed.
 */
function withAlias(session: Session, cmd: SimpleCommand): SimpleCommand {
  const first = cmd.words[0]?.parts;
  if (session.lineAliases.size === 0 || first?.length !== 1 || first[0]!.kind !== 'lit' || first[0]!.quoted) return cmd;
  const value = session.lineAliases.get(first[0]!.text);
  if (value === undefined) return cmd;
  const parsed = parse(value);
  const only = parsed.ok && parsed.script.items.length === 1 ? parsed.script.items[0]!.andOr : undefined;
  const replacement = only && only.rest.length === 0 && only.first.commands.length === 1 ? only.first.commands[0] : undefined;
  if (replacement?.kind !== 'simple' || replacement.assigns.length > 0 || replacement.redirects.length > 0) return cmd;
  return { ...cmd, words: [...replacement.words, ...cmd.words.slice(1)] };
}

/** Calls a shell function: its arguments are $1 $2 ... while it runs; return ends it. */
function call(session: Session, body: Command, args: string[], stdin: string, out: Output): Chunk[] {
  if (++session.depth > MAX_NESTING) throw new TooMuch('deep');
  const frame = session.frame;
  const saved = frame.args;
  frame.args = args;
  session.calls++;
  session.locals.push(new Map());
  const inner: Output = { chunks: [], clear: false, size: 0 };
  try {
    inner.chunks.push(...runCommand(session, body, stdin, inner));
  } catch (e) {
    if (!(e instanceof FunctionReturn)) {
      out.chunks.push(...inner.chunks);
      throw e;
    }
    session.lastStatus = e.status;
  } finally {
    session.calls--;
    session.depth--;
    frame.args = saved;
    // typeset variables of the function get their values back.
    for (const [n, v] of session.locals.pop() ?? []) {
      if (v === undefined) delete session.frame.vars[n];
      else put(session.frame.vars, n, v);
    }
    out.clear ||= inner.clear;
  }
  return inner.chunks;
}

function finish(session: Session, chunks: Chunk[], status: number): Chunk[] {
  session.lastStatus = status;
  return chunks;
}
