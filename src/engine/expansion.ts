// Expansion as the engine does it for the shell (shell/expand.ts does the
// words): variables with set -u, $(( )) on the shell's variables, ${...}
// operators, $(...) run as a subshell, pathnames over the scope's tree;
// assignment as a variable's attributes say (typeset -i -u -l); and whether
// what runs now writes to the terminal or into a pipe, a file or $(...).

import { ArithError, type ArithVars, evaluate } from '../shell/arith.js';
import { type Expander, expandPattern, expandToString } from '../shell/expand.js';
import { arithParts } from '../shell/lexer.js';
import { parse } from '../shell/parser.js';
import { own, put } from '../world/dict.js';
import { subshell } from './compound.js';
import { Aborted, err, MAX_NESTING, type Output, TooMuch } from './control.js';
import { expandParam, ParamError } from './params.js';
import { pathnames } from './pathnames.js';
import type { Redirections } from './redirect.js';
import type { Session } from './session.js';

/** Evaluates an arithmetic expression on the shell's variables; an error is said as ksh says it, and gives 0. */
export function arithmetic(session: Session, source: string, out: Output): number {
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

export function arithVars(session: Session): ArithVars {
  let v = arithVarsOf.get(session);
  if (!v) {
    v = { get: (n: string) => session.lookup(n), set: (n: string, value: string) => put(session.frame.vars, n, value) };
    arithVarsOf.set(session, v);
  }
  return v;
}

/**
 * Expansion for the current frame. Command substitution runs the inner line
 * as a subshell: its standard output is the value, its errors reach the
 * terminal, the world changes it makes persist, shell state (frames, cd,
 * clogin) does not.
 */
export function expander(session: Session, step: Output): Expander {
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
export function assign(session: Session, name: string, value: string): void {
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
export function captured<T>(session: Session, taken: boolean, run: () => T): T {
  if (!taken) return run();
  session.captured++;
  try {
    return run();
  } finally {
    session.captured--;
  }
}

export const redirectsOut = (r: Redirections): boolean => r.dropOut || r.outToErr || r.toFiles.some((f) => f.fd === 1);
