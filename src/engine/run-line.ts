// engine.runLine: parse a line, run it against the session, return a Step
// that subscribers (stdout writer, transcript, recorder, store) consume.
// Pure and synchronous: no I/O, no real time.

import { AIX_COMMANDS } from '../commands/lib/aix-commands.js';
import { globalOnly, kshNotFound, notYet } from '../commands/lib/messages.js';
import { PLANNED } from '../commands/registry.js';
import { ArithError, type ArithVars, evaluate } from '../shell/arith.js';
import type { AndOr, Command, Compound, List, Pipeline, Redirect, SimpleCommand } from '../shell/ast.js';
import { type Expander, expandPattern, expandToString, expandWords, withTilde } from '../shell/expand.js';
import { globMatch } from '../shell/glob.js';
import { arithParts } from '../shell/lexer.js';
import { parse } from '../shell/parser.js';
import { own, put } from '../world/dict.js';
import { nodeAt, normalize, toGlobal } from '../world/fs.js';
import { GLOBAL } from '../world/scope.js';
import type { Scope, World } from '../world/types.js';
import { CondError, evaluateCond } from './cond.js';
import { type Chunk, type CommandContext, type CommandResult, type Effect, Interrupted, type Screen, type Simulated } from './contract.js';
import { Aborted, err, FunctionReturn, LoopControl, MAX_NESTING, MAX_VALUE, type Output, TooMuch } from './control.js';
import { expandParam, ParamError } from './params.js';
import { pathnames } from './pathnames.js';
import { open, type Redirections, route } from './redirect.js';
import { runExitTrap, runFile, runInShell, runScript } from './scripts.js';
import { copyFrames, type Frame, newFrame, type Session, type Snapshot } from './session.js';

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
}

const SYSTEM_DIRS = new Set(['/usr/sbin', '/usr/bin', '/bin', '/sbin', '/etc', '/usr/ucb']);

export function runLine(session: Session, line: string): Step {
  const prompt = session.prompt();
  if (line.trim() !== '') session.history.push(line);
  const before = session.snapshot();
  const step: Step & Output = { line, prompt, chunks: [], status: session.lastStatus, worldChanged: false, clear: false, before, size: 0 };
  session.screens = [];
  session.captured = 0;
  try {
    runParsed(session, line, step);
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
  let ranLast = andOr.rest.length === 0;
  for (const [k, { op, pipeline }] of andOr.rest.entries()) {
    if (session.exited !== undefined) return;
    if ((op === '&&') === (session.lastStatus === 0)) {
      runPipeline(session, pipeline, step);
      last = pipeline;
      ranLast = k === andOr.rest.length - 1;
    }
  }
  // set -e: a command that fails ends the line (or script), but not in a condition, an && || list before its end, or after !.
  if (session.options.has('errexit') && session.lastStatus !== 0 && session.conditions === 0 && ranLast && !last.bang) throw new Aborted('');
}

function runPipeline(session: Session, pipeline: Pipeline, step: Output): void {
  let stdin: string | null = null;
  pipeline.commands.forEach((cmd, i) => {
    const last = i === pipeline.commands.length - 1;
    const chunks = last ? runCommand(session, cmd, stdin, step) : captured(session, true, () => runCommand(session, cmd, stdin, step));
    if (last) {
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
  });
  if (pipeline.bang) session.lastStatus = session.lastStatus === 0 ? 1 : 0;
}

/** Runs a simple or compound command; `input` is its pipe (null: the enclosing compound's input). */
function runCommand(session: Session, cmd: Command, input: string | null, out: Output): Chunk[] {
  if (cmd.kind === 'simple') return runSimple(session, cmd, input, out);
  session.stopIfInterrupted();
  if (cmd.kind === 'function') {
    session.functions.set(cmd.name, cmd.body);
    session.lastStatus = 0;
    return [];
  }
  // (( )) and [[ ]] without redirections or a pipe into them: run as they are (loops run them a great many times).
  if ((cmd.kind === 'arith' || cmd.kind === 'cond') && cmd.redirects.length === 0 && input === null) {
    runCompound(session, cmd, out);
    return [];
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

function runCompound(session: Session, cmd: Compound, out: Output): void {
  switch (cmd.kind) {
    case 'if': {
      for (const clause of cmd.clauses) {
        condition(session, () => runList(session, clause.cond, out));
        if (session.exited !== undefined) return;
        if (session.lastStatus === 0) return runList(session, clause.body, out);
      }
      if (cmd.otherwise) runList(session, cmd.otherwise, out);
      else session.lastStatus = 0;
      return;
    }
    case 'loop':
      return loop(
        session,
        out,
        () => {
          condition(session, () => runList(session, cmd.cond, out));
          return session.exited === undefined && (session.lastStatus === 0) !== cmd.until;
        },
        cmd.body,
      );
    case 'for': {
      const values = cmd.words ? expandWords(cmd.words, expander(session, out)) : [...session.frame.args];
      if (cmd.select) {
        const menu = { show: true, ended: false };
        loop(session, out, () => choose(session, out, cmd.name, values, menu), cmd.body);
        // The end of the input ends select with status 1.
        if (menu.ended) session.lastStatus = 1;
        return;
      }
      let next = 0;
      return loop(
        session,
        out,
        () => {
          if (next >= values.length) return false;
          assign(session, cmd.name, values[next++]!);
          return true;
        },
        cmd.body,
      );
    }
    case 'case': {
      const x = expander(session, out);
      const subject = expandToString(cmd.word, x);
      session.lastStatus = 0;
      for (const item of cmd.items) {
        if (item.patterns.some((p) => globMatch(expandPattern(p, x), subject))) return runList(session, item.body, out);
      }
      return;
    }
    case 'group':
      return runList(session, cmd.body, out);
    case 'subshell': {
      return subshell(session, cmd.body, out);
    }
    case 'arith':
      session.lastStatus = arithmetic(session, cmd.source, out) === 0 ? 1 : 0;
      return;
    case 'cond':
      try {
        const f = session.frame;
        session.lastStatus = evaluateCond(cmd.items, {
          x: expander(session, out),
          node: (p) => nodeAt(session.world, toGlobal(session.world, f.scope, normalize(f.cwd, p))),
          vars: arithVars(session),
        })
          ? 0
          : 1;
      } catch (e) {
        if (e instanceof ArithError) throw new Aborted(`ksh: ${e.message}`);
        if (!(e instanceof CondError)) throw e;
        out.chunks.push(err(`ksh: [[: ${e.message}`));
        session.lastStatus = 2;
      }
      return;
  }
}

/** ( list ) and $(...): shell state (variables, directory, functions) stays inside; the world's changes persist. */
function subshell(session: Session, list: List, out: Output): void {
  const frames = copyFrames(session.frames);
  const functions = new Map(session.functions);
  try {
    atTop(session, out, () => runList(session, list, out));
  } finally {
    session.frames = frames;
    session.functions = functions;
    session.exited = undefined;
  }
}

/** Runs an if, while or until condition: set -e does not end the line when it fails. */
function condition(session: Session, run: () => void): void {
  session.conditions++;
  try {
    run();
  } finally {
    session.conditions--;
  }
}

/** while, until, for: `more` says whether to run the body again; Ctrl-C is asked each time round. */
function loop(session: Session, out: Output, more: () => boolean, body: List): void {
  let status = 0;
  session.loops++;
  try {
    for (;;) {
      session.stopIfInterrupted();
      if (!more()) break;
      try {
        runList(session, body, out);
        status = session.lastStatus;
        if (session.exited !== undefined) break;
      } catch (e) {
        if (!(e instanceof LoopControl)) throw e;
        status = 0;
        if (e.levels > 1) {
          e.levels--;
          throw e;
        }
        if (e.op === 'break') break;
      }
    }
  } finally {
    session.loops--;
  }
  session.lastStatus = status;
}

/**
 * One round of select: the menu on standard error (at first, and again
 * after an empty answer), PS3 ("#? ") when a person types the answers, then
 * a line of standard input: REPLY, and the variable the word chosen by
 * number (empty for any other answer). The end of the input ends the loop.
 * ksh93's behaviour (compared in the differential test), one item a line.
 */
function choose(session: Session, out: Output, name: string, values: readonly string[], menu: { show: boolean; ended: boolean }): boolean {
  for (;;) {
    const input = session.input;
    if (menu.show) out.chunks.push({ text: values.map((v, i) => `${i + 1}) ${v}\n`).join(''), stream: 'err' });
    menu.show = false;
    if (session.interactive) out.chunks.push({ text: session.lookup('PS3') ?? '#? ', stream: 'err' });
    if (input.at >= input.text.length) {
      menu.ended = true;
      return false;
    }
    const end = input.text.indexOf('\n', input.at);
    const line = input.text.slice(input.at, end < 0 ? undefined : end);
    input.at = end < 0 ? input.text.length : end + 1;
    put(session.frame.vars, 'REPLY', line);
    if (line.trim() === '') {
      menu.show = true;
      continue;
    }
    const n = /^\s*\d+\s*$/.test(line) ? Number(line) : 0;
    assign(session, name, values[n - 1] ?? '');
    return true;
  }
}

/** Evaluates an arithmetic expression on the shell's variables; an error is said as ksh says it, and gives 0. */
function arithmetic(session: Session, source: string, out: Output): number {
  // Parameters and command substitutions in the expression are expanded first, as in ksh.
  const parts = arithParts(source);
  const text = parts ? expandToString({ parts, raw: source }, expander(session, out)) : source;
  try {
    return evaluate(text, arithVars(session));
  } catch (e) {
    if (e instanceof ArithError) throw new Aborted(`ksh: ${e.message}`);
    throw e;
  }
}

/** The shell's variables as arithmetic reads and sets them (made once a session: loops evaluate a great deal). */
const arithVarsOf = new WeakMap<Session, ArithVars>();
function arithVars(session: Session): ArithVars {
  let v = arithVarsOf.get(session);
  if (!v) {
    v = { get: (n: string) => session.lookup(n), set: (n: string, value: string) => put(session.frame.vars, n, value) };
    arithVarsOf.set(session, v);
  }
  return v;
}

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

/**
 * Expansion for the current frame. Command substitution runs the inner line
 * as a subshell: its standard output is the value, its errors reach the
 * terminal, the world changes it makes persist, shell state (frames, cd,
 * clogin) does not.
 */
function expander(session: Session, step: Output): Expander {
  return {
    lookup: (n) => {
      const v = session.lookup(n);
      // set -u: an unset variable ends the line (ksh93's words).
      if (v === undefined && session.options.has('nounset') && !'@*#?$!-0'.includes(n)) throw new Aborted(`ksh: ${n}: parameter not set`);
      return v;
    },
    shellVar: (n) => session.lookup(n),
    args: () => session.frame.args,
    arith: (source) => String(arithmetic(session, source, step)),
    glob: (pattern) => pathnames(session.world, session.frame.scope, session.frame.cwd, pattern, () => session.stopIfInterrupted()),
    param: (part) => {
      const x = expander(session, step);
      try {
        return expandParam(part, {
          lookup: (n) => session.lookup(n),
          assign: (n, v) => assign(session, n, v),
          word: (parts) => expandToString({ parts, raw: '' }, x),
          pattern: (parts) => expandPattern({ parts, raw: '' }, x),
        });
      } catch (e) {
        if (e instanceof ParamError) throw new Aborted(e.message);
        throw e;
      }
    },
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
  const inner: Output = { chunks: [], clear: false, size: 0 };
  const parsed = parse(source);
  if (!parsed.ok) {
    step.chunks.push(err(`ksh: ${parsed.message}`));
    session.lastStatus = 2;
    return '';
  }
  captured(session, true, () => subshell(session, parsed.script, inner));
  step.chunks.push(...inner.chunks.filter((c) => c.stream === 'err'));
  return inner.chunks
    .filter((c) => c.stream === 'out')
    .map((c) => c.text)
    .join('');
}

/**
 * Sets a variable in the current frame, as its attributes say: an integer
 * (typeset -i) takes the value of the value as an arithmetic expression,
 * typeset -u and -l change its case.
 */
function assign(session: Session, name: string, value: string): void {
  const attrs = session.frame.attrs === undefined ? undefined : own(session.frame.attrs, name);
  if (attrs === undefined) {
    put(session.frame.vars, name, value);
    return;
  }
  let v = value;
  // The value is evaluated, not expanded again: $(...) in a value read from input is not run.
  if (attrs.includes('i')) {
    try {
      v = String(evaluate(v === '' ? '0' : v, arithVars(session)));
    } catch (e) {
      if (e instanceof ArithError) throw new Aborted(`ksh: ${e.message}`);
      throw e;
    }
  }
  if (attrs.includes('u')) v = v.toUpperCase();
  if (attrs.includes('l')) v = v.toLowerCase();
  put(session.frame.vars, name, v);
}

/** Runs `run` with its standard output taken (by a pipe, a file, $(...)) when `taken`: not the terminal, for vi and more. */
function captured<T>(session: Session, taken: boolean, run: () => T): T {
  if (!taken) return run();
  session.captured++;
  try {
    return run();
  } finally {
    session.captured--;
  }
}

const redirectsOut = (r: Redirections): boolean => r.dropOut || r.outToErr || r.toFiles.some((f) => f.fd === 1);

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
  const ctx: CommandContext = {
    argv: [name, ...argv.slice(1)],
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
    now: session.clock.now(),
    interactive: session.interactive,
    terminal: session.terminal && session.captured === 0,
    history: session.history,
    available: session.availableIn(frame.scope),
    commands: session.commandList,
    runIn: (scope: Scope, w: World, inner: string[]) => runInShell(session, scope, w, inner),
    simulate: (line: string) => simulate(session, line),
    stopIfInterrupted: () => session.stopIfInterrupted(),
    runScript: (text: string, name: string, args: readonly string[] | undefined, here: boolean, file = false) => runScript(session, text, name, args, here, file),
  };
  try {
    return session.exec(command, ctx);
  } catch (e) {
    // Ctrl-C, and break, return or an aborted line from a script or eval the command ran, go on up.
    if (session.rethrow || e instanceof Interrupted || e instanceof LoopControl || e instanceof FunctionReturn || e instanceof Aborted) throw e;
    return { out: [err(`${name}: internal error`)], status: 1 };
  }
}

/** Runs a line on a copy of the session: what it would do, the session untouched. */
function simulate(session: Session, line: string): Simulated {
  const copy = session.fork();
  const step = runLine(copy, line);
  return { world: copy.world, scope: copy.frame.scope, status: step.status, chunks: step.chunks };
}

function applyEffect(session: Session, effect: Effect, step: Output, readInput: boolean): void {
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
