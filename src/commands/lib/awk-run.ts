// Runs an awk program over input records: fields ($0 $1 ... NF) split on FS
// (a blank: runs of blanks; one character: that character; longer: an
// extended regular expression), NR, FNR, FILENAME, OFS, ORS, OFMT, SUBSEP,
// variables and associative arrays, and the built-in functions length
// substr index split sub gsub match sprintf tolower toupper int sqrt exp log
// sin cos atan2 rand srand. Values are numbers, strings, or strings from the
// input that compare as numbers when they look like one (POSIX strnum).
// Regular expressions run on the linear-time automaton (lib/regex.ts).

import type { Expr, Rule, Stmt } from './awk-ast.js';
import { AwkNotYet } from './awk-lexer.js';
import { MatchError, Matcher } from './match.js';
import { format } from './printf-format.js';

/** A string from the input (a field, -v): compares as a number when it looks like one. */
class StrNum {
  constructor(readonly s: string) {}
}
type Value = number | string | StrNum;

const NUMERIC = /^\s*[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)\s*$/;

export class AwkRuntimeError extends Error {}
class Next {}
class Exit {
  constructor(readonly status: number) {}
}
class Break {}
class Continue {}

export interface AwkIo {
  /** Called every record and loop round (Ctrl-C). */
  tick(): void;
}

export class Awk {
  private readonly vars = new Map<string, Value>();
  private readonly arrays = new Map<string, Map<string, Value>>();
  private fields: string[] = [''];
  private out = '';
  private readonly regexCache = new Map<string, Matcher>();
  private rangeOn: boolean[] = [];
  private seed = 0;

  constructor(
    private readonly rules: Rule[],
    assignments: readonly (readonly [string, string])[],
    private readonly io: AwkIo,
  ) {
    for (const [k, v] of Object.entries({ FS: ' ', OFS: ' ', ORS: '\n', OFMT: '%.6g', CONVFMT: '%.6g', SUBSEP: '\x1c', NR: 0, NF: 0, FNR: 0, FILENAME: '', RSTART: 0, RLENGTH: -1 }))
      this.vars.set(k, v);
    for (const [k, v] of assignments) this.vars.set(k, new StrNum(v));
  }

  /** Runs BEGIN, the records of each input, then END; returns what it printed and the exit status. */
  run(inputs: readonly { name: string; text: string }[]): { out: string; status: number } {
    let status = 0;
    try {
      for (const r of this.rules) if (r.pattern === 'BEGIN') this.exec(r.action ?? []);
      const main = this.rules.filter((r) => r.pattern !== 'BEGIN' && r.pattern !== 'END');
      const hasEnd = this.rules.some((r) => r.pattern === 'END');
      if (main.length > 0 || hasEnd) {
        for (const input of inputs) {
          this.vars.set('FILENAME', input.name);
          this.vars.set('FNR', 0);
          const records = input.text.split('\n');
          if (records[records.length - 1] === '') records.pop();
          for (const record of records) {
            this.io.tick();
            this.vars.set('NR', this.num(this.get('NR')) + 1);
            this.vars.set('FNR', this.num(this.get('FNR')) + 1);
            this.setRecord(record);
            try {
              main.forEach((r, i) => {
                if (this.matches(r, i)) this.exec(r.action ?? [{ k: 'print', args: [] }]);
              });
            } catch (e) {
              if (!(e instanceof Next)) throw e;
            }
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      status = e.status;
    }
    try {
      for (const r of this.rules) if (r.pattern === 'END') this.exec(r.action ?? []);
    } catch (e) {
      if (!(e instanceof Exit)) throw e;
      status = e.status;
    }
    return { out: this.out, status };
  }

  private matches(r: Rule, i: number): boolean {
    const p = r.pattern;
    if (p === null) return true;
    if (Array.isArray(p)) {
      if (!this.rangeOn[i]) {
        if (!this.truthy(this.eval(p[0]))) return false;
        this.rangeOn[i] = true;
      }
      if (this.truthy(this.eval(p[1]))) this.rangeOn[i] = false;
      return true;
    }
    return this.truthy(this.eval(p as Expr));
  }

  // ---- values

  private num(v: Value): number {
    if (typeof v === 'number') return v;
    const s = typeof v === 'string' ? v : v.s;
    const m = /^\s*[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)/.exec(s);
    return m ? Number(m[0]) : 0;
  }

  private str(v: Value, fmt = 'CONVFMT'): string {
    if (typeof v === 'string') return v;
    if (v instanceof StrNum) return v.s;
    if (Number.isInteger(v)) return String(v);
    return format(this.str(this.get(fmt)), [String(v)], []).text;
  }

  private truthy(v: Value): boolean {
    if (typeof v === 'number') return v !== 0;
    if (typeof v === 'string') return v !== '';
    return NUMERIC.test(v.s) ? this.num(v) !== 0 : v.s !== '';
  }

  private isNumeric(v: Value): boolean {
    return typeof v === 'number' || (v instanceof StrNum && NUMERIC.test(v.s));
  }

  private get(name: string): Value {
    return this.vars.get(name) ?? '';
  }

  private array(name: string): Map<string, Value> {
    let a = this.arrays.get(name);
    if (!a) {
      a = new Map();
      this.arrays.set(name, a);
    }
    return a;
  }

  // ---- records and fields

  private setRecord(text: string): void {
    this.fields = [text, ...this.split(text, this.str(this.get('FS')))];
    this.vars.set('NF', this.fields.length - 1);
  }

  private split(text: string, fs: string): string[] {
    if (text === '') return [];
    if (fs === ' ') return text.split(/[ \t\n]+/).filter((f, i, all) => f !== '' || (i > 0 && i < all.length - 1));
    if ([...fs].length === 1 && fs !== '\\') return text.split(fs);
    const parts: string[] = [];
    let from = 0;
    for (let at = 0; at <= text.length; ) {
      const m = this.find(fs, text, at);
      if (!m || m[1] === m[0]) break;
      parts.push(text.slice(from, m[0]));
      from = at = m[1];
    }
    parts.push(text.slice(from));
    return parts;
  }

  private field(n: number): string {
    if (n < 0) throw new AwkRuntimeError(`trying to access out of range field ${n}`);
    return this.fields[n] ?? '';
  }

  private setField(n: number, v: string): void {
    if (n < 0 || n > 100_000) throw new AwkRuntimeError(`trying to access out of range field ${n}`);
    if (n === 0) {
      this.setRecord(v);
      return;
    }
    while (this.fields.length <= n) this.fields.push('');
    this.fields[n] = v;
    this.vars.set('NF', this.fields.length - 1);
    this.fields[0] = this.fields.slice(1).join(this.str(this.get('OFS')));
  }

  // ---- regular expressions

  private regex(source: string): Matcher {
    let re = this.regexCache.get(source);
    if (!re) {
      try {
        re = new Matcher(source, true, () => this.io.tick());
      } catch (e) {
        if (e instanceof MatchError) throw new AwkRuntimeError(`regular expression /${source}/: ${e.message}`);
        throw e;
      }
      if (this.regexCache.size > 100) this.regexCache.clear();
      this.regexCache.set(source, re);
    }
    return re;
  }

  /** The leftmost-longest match of an extended regular expression at or after `from`: [start, end], or null. */
  private find(source: string, text: string, from: number): [number, number] | null {
    return this.regex(source).find(text, from);
  }

  private reSource(e: Expr): string {
    return e.k === 're' ? e.v : this.str(this.eval(e));
  }

  // ---- statements

  private exec(body: readonly Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    switch (s.k) {
      case 'print': {
        const parts = s.args.length === 0 ? [this.fields[0]!] : s.args.map((a) => this.str(this.eval(a), 'OFMT'));
        this.write(parts.join(this.str(this.get('OFS'))) + this.str(this.get('ORS')));
        return;
      }
      case 'printf': {
        if (s.args.length === 0) throw new AwkRuntimeError('printf: no format');
        const [f, ...rest] = s.args.map((a) => this.eval(a));
        this.write(this.sprintf(f!, rest));
        return;
      }
      case 'expr':
        this.eval(s.e);
        return;
      case 'if':
        if (this.truthy(this.eval(s.c))) this.stmt(s.t);
        else if (s.f) this.stmt(s.f);
        return;
      case 'while':
        while (this.truthy(this.eval(s.c))) if (this.loopBody(s.body)) break;
        return;
      case 'do':
        do {
          if (this.loopBody(s.body)) break;
        } while (this.truthy(this.eval(s.c)));
        return;
      case 'for':
        if (s.init) this.eval(s.init);
        while (!s.c || this.truthy(this.eval(s.c))) {
          if (this.loopBody(s.body)) break;
          if (s.step) this.eval(s.step);
        }
        return;
      case 'forin':
        for (const key of [...this.array(s.arr).keys()]) {
          this.vars.set(s.v, key);
          if (this.loopBody(s.body)) break;
        }
        return;
      case 'block':
        this.exec(s.body);
        return;
      case 'next':
        throw new Next();
      case 'exit':
        throw new Exit(s.e ? Math.trunc(this.num(this.eval(s.e))) & 0xff : 0);
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'delete':
        if (s.subs) this.array(s.name).delete(this.key(s.subs));
        else this.array(s.name).clear();
        return;
    }
  }

  /** Runs a loop body; true when it said break. */
  private loopBody(body: Stmt): boolean {
    this.io.tick();
    try {
      this.stmt(body);
    } catch (e) {
      if (e instanceof Break) return true;
      if (!(e instanceof Continue)) throw e;
    }
    return false;
  }

  private write(text: string): void {
    this.out += text;
    if (this.out.length > 1 << 24) throw new AwkRuntimeError('output too large');
  }

  private sprintf(f: Value, args: Value[]): string {
    const errors: string[] = [];
    return format(
      this.str(f),
      args.map((a) => this.str(a)),
      errors,
    ).text;
  }

  private key(subs: readonly Expr[]): string {
    return subs.map((e) => this.str(this.eval(e))).join(this.str(this.get('SUBSEP')));
  }

  // ---- expressions

  private assign(target: Expr, v: Value): Value {
    if (target.k === 'var') {
      if (this.arrays.has(target.name)) throw new AwkRuntimeError(`can't assign to ${target.name}; it's an array name.`);
      this.vars.set(target.name, v);
      if (target.name === 'NF') {
        const n = Math.max(0, Math.trunc(this.num(v)));
        this.fields = this.fields.slice(0, n + 1);
        while (this.fields.length <= n) this.fields.push('');
        this.fields[0] = this.fields.slice(1).join(this.str(this.get('OFS')));
      }
    } else if (target.k === 'field') this.setField(Math.trunc(this.num(this.eval(target.e))), this.str(v));
    else if (target.k === 'index') this.array(target.name).set(this.key(target.subs), v);
    return v;
  }

  private eval(e: Expr): Value {
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 're':
        return this.regex(e.v).matches(this.fields[0]!) ? 1 : 0;
      case 'var':
        if (e.name === 'NF') return this.fields.length - 1;
        return this.vars.get(e.name) ?? '';
      case 'field': {
        const n = Math.trunc(this.num(this.eval(e.e)));
        return new StrNum(this.field(n));
      }
      case 'index':
        return this.array(e.name).get(this.key(e.subs)) ?? '';
      case 'assign': {
        const v = this.eval(e.value);
        if (e.op === '=') return this.assign(e.target, v instanceof StrNum ? v : v);
        const cur = this.num(this.eval(e.target));
        return this.assign(e.target, this.arith(e.op.slice(0, -1), cur, this.num(v)));
      }
      case 'cond':
        return this.truthy(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case 'logic':
        if (e.op === '&&') return this.truthy(this.eval(e.a)) && this.truthy(this.eval(e.b)) ? 1 : 0;
        return this.truthy(this.eval(e.a)) || this.truthy(this.eval(e.b)) ? 1 : 0;
      case 'in':
        return this.array(e.name).has(this.key(e.subs)) ? 1 : 0;
      case 'match': {
        const r = this.regex(this.reSource(e.re)).matches(this.str(this.eval(e.a)));
        return r !== e.neg ? 1 : 0;
      }
      case 'bin': {
        const a = this.eval(e.a);
        const b = this.eval(e.b);
        if (['<', '<=', '>', '>=', '==', '!='].includes(e.op)) {
          const c = this.isNumeric(a) && this.isNumeric(b) ? this.num(a) - this.num(b) : compareStrings(this.str(a), this.str(b));
          const r = e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '>' ? c > 0 : e.op === '>=' ? c >= 0 : e.op === '==' ? c === 0 : c !== 0;
          return r ? 1 : 0;
        }
        return this.arith(e.op, this.num(a), this.num(b));
      }
      case 'concat':
        return this.str(this.eval(e.a)) + this.str(this.eval(e.b));
      case 'unary': {
        const v = this.eval(e.a);
        return e.op === '!' ? (this.truthy(v) ? 0 : 1) : e.op === '-' ? -this.num(v) : this.num(v);
      }
      case 'incdec': {
        const old = this.num(this.eval(e.target));
        const next = e.op === '++' ? old + 1 : old - 1;
        this.assign(e.target, next);
        return e.prefix ? next : old;
      }
      case 'call':
        return this.call(e.name, e.args);
    }
  }

  private arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) throw new AwkRuntimeError('division by zero');
        return a / b;
      case '%':
        if (b === 0) throw new AwkRuntimeError('division by zero in %');
        return a % b;
      default:
        return a ** b;
    }
  }

  private call(name: string, args: Expr[]): Value {
    const arg = (i: number): Value => (args[i] ? this.eval(args[i]!) : '');
    switch (name) {
      case 'length':
        return args.length === 0
          ? [...this.fields[0]!].length
          : args[0]!.k === 'var' && this.arrays.has((args[0] as { name: string }).name)
            ? this.array((args[0] as { name: string }).name).size
            : [...this.str(arg(0))].length;
      case 'substr': {
        const s = [...this.str(arg(0))];
        const m = Math.round(this.num(arg(1)));
        const n = args.length > 2 ? Math.round(this.num(arg(2))) : Infinity;
        const from = Math.max(m, 1);
        const to = Math.min(m + n, s.length + 1);
        return to <= from ? '' : s.slice(from - 1, to - 1).join('');
      }
      case 'index':
        return this.str(arg(0)).indexOf(this.str(arg(1))) + 1;
      case 'split': {
        const target = args[1];
        if (target?.k !== 'var') throw new AwkRuntimeError('split: the second argument must be an array name');
        const parts = this.split(this.str(arg(0)), args.length > 2 ? this.reSource(args[2]!) : this.str(this.get('FS')));
        const a = this.array(target.name);
        a.clear();
        parts.forEach((p, i) => a.set(String(i + 1), new StrNum(p)));
        return parts.length;
      }
      case 'sub':
      case 'gsub': {
        const source = this.reSource(args[0]!);
        const repl = this.str(arg(1));
        const target = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
        const text = this.str(this.eval(target));
        let out = '';
        let count = 0;
        let at = 0;
        while (at <= text.length) {
          const m = this.find(source, text, at);
          if (!m) break;
          out += text.slice(at, m[0]) + repl.replace(/\\&|&/g, (x) => (x === '&' ? text.slice(m[0], m[1]) : '&'));
          count++;
          if (m[1] === m[0]) {
            out += text.slice(m[0], m[0] + 1);
            at = m[0] + 1;
          } else at = m[1];
          if (name === 'sub') break;
        }
        if (count === 0) return 0;
        out += text.slice(at);
        this.assign(target, out);
        return count;
      }
      case 'match': {
        const m = this.find(this.reSource(args[1]!), this.str(arg(0)), 0);
        this.vars.set('RSTART', m ? m[0] + 1 : 0);
        this.vars.set('RLENGTH', m ? m[1] - m[0] : -1);
        return m ? m[0] + 1 : 0;
      }
      case 'sprintf':
        return args.length === 0
          ? ''
          : this.sprintf(
              arg(0),
              args.slice(1).map((a) => this.eval(a)),
            );
      case 'tolower':
        return this.str(arg(0)).toLowerCase();
      case 'toupper':
        return this.str(arg(0)).toUpperCase();
      case 'int':
        return Math.trunc(this.num(arg(0)));
      case 'sqrt':
        return Math.sqrt(this.num(arg(0)));
      case 'exp':
        return Math.exp(this.num(arg(0)));
      case 'log':
        return Math.log(this.num(arg(0)));
      case 'sin':
        return Math.sin(this.num(arg(0)));
      case 'cos':
        return Math.cos(this.num(arg(0)));
      case 'atan2':
        return Math.atan2(this.num(arg(0)), this.num(arg(1)));
      case 'rand':
        // A fixed sequence (replays stay byte for byte), as awk's rand without srand.
        this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
        return this.seed / 2 ** 31;
      case 'srand': {
        const old = this.seed;
        this.seed = Math.trunc(this.num(arg(0)));
        return old;
      }
      default:
        throw new AwkNotYet(name);
    }
  }
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
