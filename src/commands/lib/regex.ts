// Regular expressions as AIX's grep reads them, matched in linear time: the
// pattern is compiled to a small automaton (a Pike VM: every possible match
// advances together, one input character at a time), so no pattern can take
// exponential time as JavaScript's backtracking RegExp does (`(a+)+$` on 30
// a's took 15 s). A library (re2js) does the same but adds 8 ms to every
// start-up, half of wparsim's budget.
//
// Syntax: basic (grep) or extended (grep -E) regular expressions, POSIX:
// literals, `.`, bracket expressions with ranges and [:classes:], `*`, and
// `^` `$` anchors in both; in basic ones `\( \)` group and `\{m,n\}` repeats;
// in extended ones `( ) | + ? {m,n}`. Also `\d \w \s` and their negations,
// `\t \n` and `\<char>` for a literal. Not supported: back-references
// (`\1`) in a pattern, which no linear-time engine can match; they are a
// syntax error. What each subexpression matched (sed's \1 in a replacement)
// is found by a second pass over the match alone (groups()).

import { type Node, Parser } from './regex-parse.js';

type Inst =
  | { op: 'char'; test: (c: string) => boolean }
  | { op: 'split'; a: number; b: number }
  | { op: 'jmp'; to: number }
  | { op: 'save'; slot: number }
  | { op: 'bol' }
  | { op: 'eol' }
  | { op: 'match' };

export interface Pattern {
  test(line: string): boolean;
  /** What each subexpression matched when the pattern matches text.slice(start, end): index 1 is \1; undefined when it took no part. */
  groups(text: string, start: number, end: number): (string | undefined)[];
}

/** The largest automaton a pattern may make. */
const MAX_PROGRAM = 100_000;

/** Compiles the tree to instructions (repetitions unrolled up to their count). */
function emit(node: Node, prog: Inst[]): void {
  if (prog.length > MAX_PROGRAM) throw new SyntaxError('the pattern is too large');
  switch (node.k) {
    case 'char':
      prog.push({ op: 'char', test: node.test });
      return;
    case 'bol':
    case 'eol':
      prog.push({ op: node.k });
      return;
    case 'cat':
      for (const n of node.items) emit(n, prog);
      return;
    case 'group':
      prog.push({ op: 'save', slot: 2 * node.n });
      emit(node.node, prog);
      prog.push({ op: 'save', slot: 2 * node.n + 1 });
      return;
    case 'alt': {
      const jumps: number[] = [];
      node.items.forEach((n, idx) => {
        if (idx < node.items.length - 1) {
          const split = prog.length;
          prog.push({ op: 'split', a: split + 1, b: -1 });
          emit(n, prog);
          jumps.push(prog.length);
          prog.push({ op: 'jmp', to: -1 });
          (prog[split] as { b: number }).b = prog.length;
        } else emit(n, prog);
      });
      for (const j of jumps) (prog[j] as { to: number }).to = prog.length;
      return;
    }
    case 'rep': {
      for (let n = 0; n < node.min; n++) emit(node.node, prog);
      if (node.max === Infinity) {
        const split = prog.length;
        prog.push({ op: 'split', a: split + 1, b: -1 });
        emit(node.node, prog);
        prog.push({ op: 'jmp', to: split });
        (prog[split] as { b: number }).b = prog.length;
        return;
      }
      const ends: number[] = [];
      for (let n = node.min; n < node.max; n++) {
        ends.push(prog.length);
        prog.push({ op: 'split', a: prog.length + 1, b: -1 });
        emit(node.node, prog);
      }
      for (const s of ends) (prog[s] as { b: number }).b = prog.length;
      return;
    }
  }
}

/** Whether the program matches anywhere in `line`: every thread steps together (time linear in the line). */
const search = (prog: readonly Inst[], line: string, tick: () => void): boolean => run(prog, line, tick, false, () => true);

/**
 * Runs the automaton over `line`, reporting each position where a match ends
 * to `onMatch` (which says whether to stop). Anchored: matches start at 0
 * only; else anywhere.
 */
function run(prog: readonly Inst[], line: string, tick: () => void, anchored: boolean, onMatch: (at: number) => boolean): boolean {
  const end = line.length;
  const mark = new Int32Array(prog.length).fill(-1);
  let gen = 0;
  // Follows jumps, splits and assertions from pc at position `at`; reports a match.
  const add = (list: number[], start: number, at: number): boolean => {
    const stack = [start];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (mark[pc] === gen) continue;
      mark[pc] = gen;
      const inst = prog[pc]!;
      switch (inst.op) {
        case 'match':
          if (onMatch(at)) return true;
          break;
        case 'jmp':
          stack.push(inst.to);
          break;
        case 'save':
          stack.push(pc + 1);
          break;
        case 'split':
          stack.push(inst.b, inst.a);
          break;
        case 'bol':
          if (at === 0) stack.push(pc + 1);
          break;
        case 'eol':
          if (at === end) stack.push(pc + 1);
          break;
        case 'char':
          list.push(pc);
          break;
      }
    }
    return false;
  };
  // Threads at position 0, then each character moves every thread on together; a match may start anywhere.
  gen++;
  let current: number[] = [];
  if (add(current, 0, 0)) return true;
  // By code point, without copying the line into an array (a line may be megabytes long).
  for (let at = 0, n = 0; at < end; n++) {
    if ((n & 0x3fff) === 0x3fff) tick();
    const code = line.codePointAt(at)!;
    const c = code > 0xffff ? line.slice(at, at + 2) : line[at]!;
    at += c.length;
    gen++;
    const next: number[] = [];
    for (const pc of current) {
      const inst = prog[pc] as { op: 'char'; test: (c: string) => boolean };
      if (inst.test(c) && add(next, pc + 1, at)) return true;
    }
    if (!anchored && add(next, 0, at)) return true;
    if (anchored && next.length === 0) return false;
    current = next;
  }
  return false;
}

/**
 * The positions where each subexpression began and ended (slots 2n, 2n+1) in
 * the match of `text` whole (anchored at 0, ending at its end): a Pike VM
 * whose threads carry their positions, kept in priority order, so the first
 * thread to match wins (the earlier alternative, the longer repetition).
 * Linear in the text times the program.
 */
function captures(prog: readonly Inst[], text: string, tick: () => void): number[] | null {
  type Thread = { pc: number; caps: number[] };
  const end = text.length;
  const mark = new Int32Array(prog.length).fill(-1);
  let gen = 0;
  let found: number[] | null = null;
  const add = (list: Thread[], start: Thread, at: number): void => {
    const stack = [start];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (mark[t.pc] === gen) continue;
      mark[t.pc] = gen;
      const inst = prog[t.pc]!;
      if (inst.op === 'match') {
        if (at === end && found === null) found = t.caps;
      } else if (inst.op === 'jmp') stack.push({ pc: inst.to, caps: t.caps });
      else if (inst.op === 'split') stack.push({ pc: inst.b, caps: t.caps }, { pc: inst.a, caps: t.caps });
      else if (inst.op === 'save') {
        const caps = t.caps.slice();
        caps[inst.slot] = at;
        stack.push({ pc: t.pc + 1, caps });
      } else if (inst.op === 'bol') {
        if (at === 0) stack.push({ pc: t.pc + 1, caps: t.caps });
      } else if (inst.op === 'eol') {
        if (at === end) stack.push({ pc: t.pc + 1, caps: t.caps });
      } else list.push(t);
    }
  };
  gen++;
  let current: Thread[] = [];
  add(current, { pc: 0, caps: [] }, 0);
  for (let at = 0, n = 0; at < end && current.length > 0; n++) {
    if ((n & 0x3fff) === 0x3fff) tick();
    const c = text.codePointAt(at)! > 0xffff ? text.slice(at, at + 2) : text[at]!;
    at += c.length;
    gen++;
    const next: Thread[] = [];
    for (const t of current) if ((prog[t.pc] as { test: (c: string) => boolean }).test(c)) add(next, { pc: t.pc + 1, caps: t.caps }, at);
    current = next;
  }
  return found;
}

/** The automaton of a pattern; a SyntaxError says why it is not one. */
function program(source: string, extended: boolean, ignoreCase: boolean): Inst[] & { groups: number } {
  const parser = new Parser(source, extended, ignoreCase);
  const tree = parser.alt(0);
  if (parser.i < source.length) parser.fail('a parenthesis is not opened');
  const prog: Inst[] = [];
  emit(tree, prog);
  prog.push({ op: 'match' });
  return Object.assign(prog, { groups: parser.groups });
}

/**
 * The lengths of the prefixes of `text` that an extended pattern matches
 * whole, ascending, in one linear pass (the shell's ${x#pattern} and
 * ${x##pattern} take the shortest and the longest).
 */
export function prefixLengths(source: string, text: string, tick: () => void = () => {}, extended = true, ignoreCase = false): number[] | { error: string } {
  try {
    const prog = program(source, extended, ignoreCase);
    const ends: number[] = [];
    run(prog, text, tick, true, (at) => {
      ends.push(at);
      return false;
    });
    return ends;
  } catch (e) {
    if (e instanceof SyntaxError) return { error: e.message };
    throw e;
  }
}

/** A pattern (basic, or extended with grep -E), or the reason it is not one. tick is called every few thousand characters of a long line (grep passes ctx.stopIfInterrupted, so Ctrl-C stops it). */
export function compilePattern(source: string, options: { extended: boolean; ignoreCase: boolean; tick?: () => void }): Pattern | { error: string } {
  try {
    const prog = program(source, options.extended, options.ignoreCase);
    const tick = options.tick ?? (() => {});
    return {
      test: (line) => search(prog, line, tick),
      groups(text, start, end) {
        const caps = captures(prog, text.slice(start, end), tick) ?? [];
        const out: (string | undefined)[] = [text.slice(start, end)];
        for (let n = 1; n <= prog.groups; n++) {
          const [a, b] = [caps[2 * n], caps[2 * n + 1]];
          out.push(a === undefined || b === undefined ? undefined : text.slice(start + a, start + b));
        }
        return out;
      },
    };
  } catch (e) {
    if (e instanceof SyntaxError) return { error: e.message };
    throw e;
  }
}
