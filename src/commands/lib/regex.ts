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
// (`\1`), which no linear-time engine can match; they are a syntax error.

type Node = { k: 'char'; test: (c: string) => boolean } | { k: 'bol' } | { k: 'eol' } | { k: 'cat'; items: Node[] } | { k: 'alt'; items: Node[] } | { k: 'rep'; node: Node; min: number; max: number };

type Inst = { op: 'char'; test: (c: string) => boolean } | { op: 'split'; a: number; b: number } | { op: 'jmp'; to: number } | { op: 'bol' } | { op: 'eol' } | { op: 'match' };

export interface Pattern {
  test(line: string): boolean;
}

/** The most a {m,n} may repeat (AIX's RE_DUP_MAX is 255). */
const DUP_MAX = 255;
/** The largest automaton a pattern may make. */
const MAX_PROGRAM = 100_000;

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /\p{L}/u.test(c),
  digit: (c) => c >= '0' && c <= '9',
  alnum: (c) => /[\p{L}\p{Nd}]/u.test(c),
  upper: (c) => /\p{Lu}/u.test(c),
  lower: (c) => /\p{Ll}/u.test(c),
  space: (c) => /\s/.test(c),
  blank: (c) => c === ' ' || c === '\t',
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  print: (c) => c >= ' ' && c !== '\x7f',
  graph: (c) => c > ' ' && c !== '\x7f',
  cntrl: (c) => c < ' ' || c === '\x7f',
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
};

const ESCAPES: Record<string, (c: string) => boolean> = {
  d: (c) => c >= '0' && c <= '9',
  w: (c) => /\w/.test(c),
  s: (c) => /\s/.test(c),
};

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly extended: boolean,
    readonly fold: boolean,
  ) {}

  fail(what: string): never {
    throw new SyntaxError(what);
  }

  literal(ch: string): Node {
    const want = this.fold ? ch.toLowerCase() : ch;
    return { k: 'char', test: this.fold ? (c) => c.toLowerCase() === want : (c) => c === want };
  }

  /** alternation := concatenation ('|' concatenation)* (extended only) */
  alt(depth: number): Node {
    const items = [this.cat(depth)];
    while (this.extended && this.src[this.i] === '|') {
      this.i++;
      items.push(this.cat(depth));
    }
    return items.length === 1 ? items[0]! : { k: 'alt', items };
  }

  atEnd(depth: number): boolean {
    if (this.i >= this.src.length) return true;
    if (this.extended) return this.src[this.i] === '|' || (depth > 0 && this.src[this.i] === ')');
    return depth > 0 && this.src.startsWith('\\)', this.i);
  }

  cat(depth: number): Node {
    const items: Node[] = [];
    while (!this.atEnd(depth)) {
      const start = items.length === 0;
      let node = this.atom(depth, start);
      node = this.quantified(node);
      items.push(node);
    }
    return { k: 'cat', items };
  }

  quantified(atom: Node): Node {
    let node = atom;
    for (;;) {
      const c = this.src[this.i];
      if (c === '*') {
        this.i++;
        node = { k: 'rep', node, min: 0, max: Infinity };
      } else if (this.extended && (c === '+' || c === '?')) {
        this.i++;
        node = { k: 'rep', node, min: c === '+' ? 1 : 0, max: c === '+' ? Infinity : 1 };
      } else if (this.extended ? c === '{' : this.src.startsWith('\\{', this.i)) {
        this.i += this.extended ? 1 : 2;
        const m = /^(\d+)(,(\d*))?/.exec(this.src.slice(this.i, this.i + 12));
        if (!m) this.fail('a repetition count is not a number');
        this.i += m[0].length;
        const close = this.extended ? '}' : '\\}';
        if (!this.src.startsWith(close, this.i)) this.fail('a repetition count is not closed');
        this.i += close.length;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (min > DUP_MAX || (max !== Infinity && (max > DUP_MAX || max < min))) this.fail('a repetition count is out of range');
        node = { k: 'rep', node, min, max };
      } else return node;
    }
  }

  atom(depth: number, start: boolean): Node {
    const c = this.src[this.i]!;
    if (c === '^' && (this.extended || start)) {
      this.i++;
      return { k: 'bol' };
    }
    if (c === '$' && (this.extended || this.i === this.src.length - 1 || this.atEnd(depth) || this.src.startsWith('\\)', this.i + 1))) {
      this.i++;
      return { k: 'eol' };
    }
    if (c === '.') {
      this.i++;
      return { k: 'char', test: () => true };
    }
    if (c === '[') return this.bracket();
    if (this.extended && c === '(') {
      this.i++;
      const inner = this.alt(depth + 1);
      if (this.src[this.i] !== ')') this.fail('a parenthesis is not closed');
      this.i++;
      return inner;
    }
    if (this.extended && (c === '*' || c === '+' || c === '?' || c === '{') && start) this.fail('a repetition has nothing to repeat');
    if (this.extended && c === ')') this.fail('a parenthesis is not opened');
    if (c === '\\') {
      const n = this.src[this.i + 1];
      if (n === undefined) this.fail('the pattern ends with \\');
      this.i += 2;
      if (!this.extended && n === '(') {
        const inner = this.alt(depth + 1);
        if (!this.src.startsWith('\\)', this.i)) this.fail('a parenthesis is not closed');
        this.i += 2;
        return inner;
      }
      if (/[1-9]/.test(n)) this.fail('back-references are not supported');
      const shorthand = ESCAPES[n.toLowerCase()];
      if (shorthand) return { k: 'char', test: n === n.toLowerCase() ? shorthand : (x) => !shorthand(x) };
      if (n === 't') return this.literal('\t');
      if (n === 'n') return this.literal('\n');
      return this.literal(n);
    }
    this.i++;
    // In a basic expression a leading * is a literal star.
    return this.literal(c);
  }

  bracket(): Node {
    this.i++;
    const negate = this.src[this.i] === '^';
    if (negate) this.i++;
    const tests: ((c: string) => boolean)[] = [];
    let first = true;
    for (;;) {
      if (this.i >= this.src.length) this.fail('a bracket expression is not closed');
      const c = this.src[this.i]!;
      if (c === ']' && !first) break;
      first = false;
      if (this.src.startsWith('[:', this.i)) {
        const end = this.src.indexOf(':]', this.i + 2);
        const name = end < 0 ? '' : this.src.slice(this.i + 2, end);
        const cls = Object.hasOwn(CLASSES, name) ? CLASSES[name] : undefined;
        if (!cls) this.fail('an unknown character class');
        tests.push(cls);
        this.i = end + 2;
        continue;
      }
      this.i++;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== undefined && this.src[this.i + 1] !== ']') {
        const hi = this.src[this.i + 1]!;
        this.i += 2;
        if (hi < c) this.fail('a range is out of order');
        tests.push(this.fold ? (x) => (x.toLowerCase() >= c && x.toLowerCase() <= hi) || (x.toUpperCase() >= c && x.toUpperCase() <= hi) : (x) => x >= c && x <= hi);
      } else {
        const want = this.fold ? c.toLowerCase() : c;
        tests.push(this.fold ? (x) => x.toLowerCase() === want : (x) => x === want);
      }
    }
    this.i++;
    return { k: 'char', test: (x) => tests.some((t) => t(x)) !== negate };
  }
}

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
function search(prog: readonly Inst[], line: string): boolean {
  const chars = [...line];
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
          return true;
        case 'jmp':
          stack.push(inst.to);
          break;
        case 'split':
          stack.push(inst.b, inst.a);
          break;
        case 'bol':
          if (at === 0) stack.push(pc + 1);
          break;
        case 'eol':
          if (at === chars.length) stack.push(pc + 1);
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
  for (let at = 0; at < chars.length; at++) {
    const c = chars[at]!;
    gen++;
    const next: number[] = [];
    for (const pc of current) {
      const inst = prog[pc] as { op: 'char'; test: (c: string) => boolean };
      if (inst.test(c) && add(next, pc + 1, at + 1)) return true;
    }
    if (add(next, 0, at + 1)) return true;
    current = next;
  }
  return false;
}

/** A pattern (basic, or extended with grep -E), or the reason it is not one. */
export function compilePattern(source: string, options: { extended: boolean; ignoreCase: boolean }): Pattern | { error: string } {
  try {
    const parser = new Parser(source, options.extended, options.ignoreCase);
    const tree = parser.alt(0);
    if (parser.i < source.length) parser.fail('a parenthesis is not opened');
    const prog: Inst[] = [];
    emit(tree, prog);
    prog.push({ op: 'match' });
    return { test: (line) => search(prog, line) };
  } catch (e) {
    if (e instanceof SyntaxError) return { error: e.message };
    throw e;
  }
}
