// The parser of lib/regex.ts: a basic or extended regular expression, as
// AIX's grep reads it, to a tree (literals, classes, anchors, concatenation,
// alternation, bounded and unbounded repetition).

export type Node =
  | { k: 'char'; test: (c: string) => boolean }
  | { k: 'bol' }
  | { k: 'eol' }
  | { k: 'cat'; items: Node[] }
  | { k: 'alt'; items: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number }
  /** A parenthesised subexpression, numbered from 1 in the order its ( opens (sed's \\1). */
  | { k: 'group'; n: number; node: Node };

/** The most a {m,n} may repeat (AIX's RE_DUP_MAX is 255). */
export const DUP_MAX = 255;
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

export class Parser {
  i = 0;
  /** Subexpressions opened so far. */
  groups = 0;
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
      const n = ++this.groups;
      const inner = this.alt(depth + 1);
      if (this.src[this.i] !== ')') this.fail('a parenthesis is not closed');
      this.i++;
      return { k: 'group', n, node: inner };
    }
    // A + or ? that starts an extended expression (grep -E '+1') is a literal character, as grep takes it; a * or { is an error.
    if (this.extended && (c === '+' || c === '?') && start) {
      this.i++;
      return this.literal(c);
    }
    if (this.extended && (c === '*' || c === '{') && start) this.fail('a repetition has nothing to repeat');
    if (this.extended && c === ')') this.fail('a parenthesis is not opened');
    if (c === '\\') {
      const n = this.src[this.i + 1];
      if (n === undefined) this.fail('the pattern ends with \\');
      this.i += 2;
      if (!this.extended && n === '(') {
        const group = ++this.groups;
        const inner = this.alt(depth + 1);
        if (!this.src.startsWith('\\)', this.i)) this.fail('a parenthesis is not closed');
        this.i += 2;
        return { k: 'group', n: group, node: inner };
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
