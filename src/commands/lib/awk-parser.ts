// awk's grammar (POSIX, without user functions and getline): rules of
// pattern { action }, with BEGIN, END and range patterns; statements and
// expressions with POSIX precedence. Newlines end statements; they may follow
// { , && || do else and the like.

import type { Expr, Rule, Stmt } from './awk-ast.js';
import { AwkNotYet, AwkSyntaxError, lexAwk, type Tok } from './awk-lexer.js';

/** How deep expressions and statements may nest. */
const MAX_DEPTH = 200;

export function parseAwk(src: string): Rule[] {
  return new P(lexAwk(src)).program();
}

class P {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  private get t(): Tok {
    return this.toks[this.i]!;
  }
  private isOp(...v: string[]): boolean {
    return this.t.t === 'op' && v.includes(this.t.v);
  }
  private isKw(v: string): boolean {
    return this.t.t === 'kw' && this.t.v === v;
  }
  private take(v: string): void {
    if (!this.isOp(v)) this.fail();
    this.i++;
  }
  private fail(): never {
    const t = this.t;
    const near = t.t === 'eof' ? 'end of program' : t.t === 'nl' ? 'newline' : String(t.v);
    throw new AwkSyntaxError(`syntax error near ${near}`);
  }
  private nl(): void {
    while (this.t.t === 'nl') this.i++;
  }
  private terminators(): void {
    while (this.t.t === 'nl' || this.isOp(';')) this.i++;
  }
  private deeper<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new AwkSyntaxError('nested too deep');
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  program(): Rule[] {
    const rules: Rule[] = [];
    this.terminators();
    while (this.t.t !== 'eof') {
      rules.push(this.rule());
      this.terminators();
    }
    return rules;
  }

  private rule(): Rule {
    if (this.isKw('BEGIN') || this.isKw('END')) {
      const pattern = (this.t as { v: 'BEGIN' | 'END' }).v;
      this.i++;
      this.nl();
      return { pattern, action: this.block() };
    }
    if (this.isKw('function')) throw new AwkNotYet('user functions');
    let pattern: Rule['pattern'] = null;
    if (!this.isOp('{')) {
      const a = this.expr();
      if (this.isOp(',')) {
        this.i++;
        this.nl();
        pattern = [a, this.expr()];
      } else pattern = a;
    }
    return { pattern, action: this.isOp('{') ? this.block() : null };
  }

  private block(): Stmt[] {
    this.take('{');
    const body: Stmt[] = [];
    this.terminators();
    while (!this.isOp('}')) {
      if (this.t.t === 'eof') this.fail();
      body.push(this.stmt());
      this.terminators();
    }
    this.i++;
    return body;
  }

  private simpleEnd(): void {
    if (this.isOp(';') || this.t.t === 'nl') this.i++;
    else if (!this.isOp('}') && this.t.t !== 'eof') this.fail();
  }

  private stmt(): Stmt {
    return this.deeper(() => this.stmtInner());
  }

  private stmtInner(): Stmt {
    const t = this.t;
    if (this.isOp('{')) return { k: 'block', body: this.block() };
    if (this.isOp(';')) {
      this.i++;
      return { k: 'block', body: [] };
    }
    if (t.t === 'kw') {
      switch (t.v) {
        case 'if': {
          this.i++;
          this.take('(');
          const c = this.expr();
          this.take(')');
          this.nl();
          const then = this.stmt();
          const save = this.i;
          this.terminators();
          if (this.isKw('else')) {
            this.i++;
            this.nl();
            return { k: 'if', c, t: then, f: this.stmt() };
          }
          this.i = save;
          return { k: 'if', c, t: then };
        }
        case 'while': {
          this.i++;
          this.take('(');
          const c = this.expr();
          this.take(')');
          this.nl();
          return { k: 'while', c, body: this.stmt() };
        }
        case 'do': {
          this.i++;
          this.nl();
          const body = this.stmt();
          this.terminators();
          if (!this.isKw('while')) this.fail();
          this.i++;
          this.take('(');
          const c = this.expr();
          this.take(')');
          this.simpleEnd();
          return { k: 'do', body, c };
        }
        case 'for': {
          this.i++;
          this.take('(');
          const n = this.toks[this.i + 1];
          const n2 = this.toks[this.i + 2];
          if (this.t.t === 'name' && n?.t === 'kw' && n.v === 'in' && n2?.t === 'name' && this.toks[this.i + 3]?.t === 'op') {
            const v = this.t.v;
            const arr = n2.v;
            this.i += 3;
            this.take(')');
            this.nl();
            return { k: 'forin', v, arr, body: this.stmt() };
          }
          const init = this.isOp(';') ? undefined : this.expr();
          this.take(';');
          this.nl();
          const c = this.isOp(';') ? undefined : this.expr();
          this.take(';');
          this.nl();
          const step = this.isOp(')') ? undefined : this.expr();
          this.take(')');
          this.nl();
          const body = this.stmt();
          return { k: 'for', ...(init ? { init } : {}), ...(c ? { c } : {}), ...(step ? { step } : {}), body };
        }
        case 'next':
        case 'break':
        case 'continue':
          this.i++;
          this.simpleEnd();
          return { k: t.v };
        case 'exit': {
          this.i++;
          const e = this.isOp(';', '}') || this.t.t === 'nl' || this.t.t === 'eof' ? undefined : this.expr();
          this.simpleEnd();
          return e ? { k: 'exit', e } : { k: 'exit' };
        }
        case 'delete': {
          this.i++;
          if (this.t.t !== 'name') this.fail();
          const name = this.t.v;
          this.i++;
          let subs: Expr[] | undefined;
          if (this.isOp('[')) subs = this.subscripts();
          this.simpleEnd();
          return subs ? { k: 'delete', name, subs } : { k: 'delete', name };
        }
        case 'print':
        case 'printf': {
          this.i++;
          let args: Expr[] = [];
          if (this.isOp('(')) {
            // print (a, b) or print (a) b: try a parenthesised list first.
            const save = this.i;
            this.i++;
            const list = [this.expr(true)];
            while (this.isOp(',')) {
              this.i++;
              this.nl();
              list.push(this.expr(true));
            }
            if (this.isOp(')') && (this.isEnd(this.i + 1) || (this.toks[this.i + 1]?.t === 'op' && ['>', '>>', '|'].includes((this.toks[this.i + 1] as { v: string }).v)))) {
              this.i++;
              args = list;
            } else {
              this.i = save;
              args = this.printList();
            }
          } else if (!this.isEnd(this.i)) args = this.printList();
          if (this.isOp('>', '>>', '|')) throw new AwkNotYet('output redirection (print > file)');
          this.simpleEnd();
          return { k: t.v, args };
        }
        case 'getline':
          throw new AwkNotYet('getline');
        case 'return':
        case 'function':
          throw new AwkNotYet('user functions');
      }
    }
    const e = this.expr();
    this.simpleEnd();
    return { k: 'expr', e };
  }

  private isEnd(at: number): boolean {
    const t = this.toks[at]!;
    return t.t === 'nl' || t.t === 'eof' || (t.t === 'op' && (t.v === ';' || t.v === '}'));
  }

  private printList(): Expr[] {
    const list = [this.expr(true)];
    while (this.isOp(',')) {
      this.i++;
      this.nl();
      list.push(this.expr(true));
    }
    return list;
  }

  private subscripts(): Expr[] {
    this.take('[');
    const subs = [this.expr()];
    while (this.isOp(',')) {
      this.i++;
      subs.push(this.expr());
    }
    this.take(']');
    return subs;
  }

  /** An expression; in a print list a > is the output redirection, not a comparison. */
  expr(noGreater = false): Expr {
    return this.deeper(() => this.ternary(noGreater));
  }

  private ternary(ng: boolean): Expr {
    const c = this.or(ng);
    if (this.isOp('?')) {
      this.i++;
      this.nl();
      const a = this.ternary(ng);
      this.nl();
      this.take(':');
      this.nl();
      return { k: 'cond', c, a, b: this.ternary(ng) };
    }
    if (this.isOp('=', '+=', '-=', '*=', '/=', '%=', '^=')) {
      if (c.k !== 'var' && c.k !== 'field' && c.k !== 'index') this.fail();
      const op = (this.t as { v: string }).v;
      this.i++;
      this.nl();
      return { k: 'assign', op, target: c, value: this.ternary(ng) };
    }
    return c;
  }

  private or(ng: boolean): Expr {
    let a = this.and(ng);
    while (this.isOp('||')) {
      this.i++;
      this.nl();
      a = { k: 'logic', op: '||', a, b: this.and(ng) };
    }
    return a;
  }

  private and(ng: boolean): Expr {
    let a = this.inExpr(ng);
    while (this.isOp('&&')) {
      this.i++;
      this.nl();
      a = { k: 'logic', op: '&&', a, b: this.inExpr(ng) };
    }
    return a;
  }

  private inExpr(ng: boolean): Expr {
    let a = this.matchExpr(ng);
    while (this.isKw('in')) {
      this.i++;
      if (this.t.t !== 'name') this.fail();
      a = { k: 'in', subs: [a], name: this.t.v };
      this.i++;
    }
    return a;
  }

  private matchExpr(ng: boolean): Expr {
    let a = this.compare(ng);
    while (this.isOp('~', '!~')) {
      const neg = (this.t as { v: string }).v === '!~';
      this.i++;
      a = { k: 'match', neg, a, re: this.compare(ng) };
    }
    return a;
  }

  private compare(ng: boolean): Expr {
    const a = this.concat();
    const ops = ng ? ['<', '<=', '!=', '==', '>='] : ['<', '<=', '!=', '==', '>', '>='];
    if (this.isOp(...ops)) {
      const op = (this.t as { v: string }).v;
      this.i++;
      return { k: 'bin', op, a, b: this.concat() };
    }
    return a;
  }

  /** Whether the next token can start an operand (so two operands in a row are concatenated). */
  private startsOperand(): boolean {
    const t = this.t;
    return t.t === 'num' || t.t === 'str' || t.t === 're' || t.t === 'name' || t.t === 'func' || (t.t === 'op' && ['$', '!', '(', '-', '+', '++', '--'].includes(t.v));
  }

  private concat(): Expr {
    let a = this.additive();
    // Concatenation: an operand that follows; a leading - or + there is subtraction, already taken by additive().
    while (this.startsOperand() && !this.isOp('-', '+') && !this.isKw('in')) a = { k: 'concat', a, b: this.additive() };
    return a;
  }

  private additive(): Expr {
    let a = this.mult();
    while (this.isOp('+', '-')) {
      const op = (this.t as { v: string }).v;
      this.i++;
      a = { k: 'bin', op, a, b: this.mult() };
    }
    return a;
  }

  private mult(): Expr {
    let a = this.unary();
    while (this.isOp('*', '/', '%')) {
      const op = (this.t as { v: string }).v;
      this.i++;
      a = { k: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.isOp('!', '-', '+')) {
      const op = (this.t as { v: '!' | '-' | '+' }).v;
      this.i++;
      return this.deeper(() => ({ k: 'unary', op, a: this.unary() }));
    }
    return this.power();
  }

  private power(): Expr {
    const a = this.postfix();
    if (this.isOp('^')) {
      this.i++;
      return this.deeper(() => ({ k: 'bin', op: '^', a, b: this.unary() }));
    }
    return a;
  }

  private postfix(): Expr {
    if (this.isOp('++', '--')) {
      const op = (this.t as { v: '++' | '--' }).v;
      this.i++;
      const target = this.primary();
      if (target.k !== 'var' && target.k !== 'field' && target.k !== 'index') this.fail();
      return { k: 'incdec', op, prefix: true, target };
    }
    const e = this.primary();
    if ((e.k === 'var' || e.k === 'field' || e.k === 'index') && this.isOp('++', '--')) {
      const op = (this.t as { v: '++' | '--' }).v;
      this.i++;
      return { k: 'incdec', op, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    const t = this.t;
    this.i++;
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 're':
        return { k: 're', v: t.v };
      case 'name':
        if (this.isOp('[')) return { k: 'index', name: t.v, subs: this.subscripts() };
        return { k: 'var', name: t.v };
      case 'func': {
        const args: Expr[] = [];
        if (this.isOp('(')) {
          this.i++;
          if (!this.isOp(')')) {
            args.push(this.expr());
            while (this.isOp(',')) {
              this.i++;
              this.nl();
              args.push(this.expr());
            }
          }
          this.take(')');
        } else if (t.v !== 'length') this.fail();
        return { k: 'call', name: t.v, args };
      }
      case 'op':
        if (t.v === '$') return { k: 'field', e: this.deeper(() => this.postfixOperand()) };
        if (t.v === '(') {
          const e = this.expr();
          // (a, b) in arr
          if (this.isOp(',')) {
            const subs = [e];
            while (this.isOp(',')) {
              this.i++;
              subs.push(this.expr());
            }
            this.take(')');
            if (!this.isKw('in')) this.fail();
            this.i++;
            if (this.t.t !== 'name') this.fail();
            const name = this.t.v;
            this.i++;
            return { k: 'in', subs, name };
          }
          this.take(')');
          return e;
        }
        break;
    }
    this.i--;
    this.fail();
  }

  /** What follows $: a primary with ++/-- (so $i++ is ($i)++ and $NF-1 is ($NF)-1). */
  private postfixOperand(): Expr {
    if (this.isOp('++', '--', '-', '!')) return this.unary();
    return this.primary();
  }
}
