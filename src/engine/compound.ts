// The compound commands of the Korn shell: if, while, until, for, select,
// case, { }, ( ), (( )) and [[ ]], and what they share: a condition that set
// -e does not end the line on, a loop that Ctrl-C stops between rounds, and
// a subshell whose shell state stays inside it.

import { ArithError } from '../shell/arith.js';
import type { Compound, List } from '../shell/ast.js';
import { expandPattern, expandToString, expandWords } from '../shell/expand.js';
import { globMatch } from '../shell/glob.js';
import { put } from '../world/dict.js';
import { nodeAt, normalize, toGlobal } from '../world/fs.js';
import { CondError, evaluateCond } from './cond.js';
import { Aborted, err, LoopControl, type Output } from './control.js';
import { arithmetic, arithVars, assign, expander } from './expansion.js';
import { atTop, runList } from './run-line.js';
import { copyFrames, type Session } from './session.js';

export function runCompound(session: Session, cmd: Compound, out: Output): void {
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
          // (condition() inlined: a closure a round costs the arithmetic loop a tenth of its time.)
          session.conditions++;
          try {
            runList(session, cmd.cond, out);
          } finally {
            session.conditions--;
          }
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
export function subshell(session: Session, list: List, out: Output): void {
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
