// Parses a command line into a Script (shell/ast.ts): simple commands and
// the Korn shell's compound ones (if, while, until, for, case, { }, ( ),
// (( )), function definitions). Syntax errors come back as values with AIX
// ksh's wording: "0403-057 Syntax error at line 2 : `(' is not expected."
// (SOURCED: an AIX 7.1 script's error, quoted in public notes; a script's
// own error is headed "name[2]: ") and "... `\"' is not matched." (RECALLED).

import type { AndOr, Command, Compound, CondItem, ParseResult, Pipeline, Redirect, Script, SimpleCommand, Word } from './ast.js';
import { lex, type Token } from './lexer.js';

export const SYNTAX_ERROR = '0403-057 Syntax error';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

class ParseError extends Error {
  constructor(
    readonly text: string,
    readonly offset: number,
  ) {
    super(text);
  }
}

export function parse(line: string): ParseResult {
  // "0403-057 Syntax error at line 2 : `(' is not expected." (SOURCED: AIX 7.1 ksh, a script's error, in public notes).
  const fail = (offset: number, text: string, what: string, incomplete: boolean): ParseResult => {
    const at = line.slice(0, offset).split('\n').length;
    return { ok: false, message: `${SYNTAX_ERROR} at line ${at} : \`${text}' ${what}.`, offset, line: at, incomplete };
  };
  const lexed = lex(line);
  if (!lexed.ok) return fail(lexed.offset, lexed.unmatched, 'is not matched', true);
  try {
    return { ok: true, script: new Parser(lexed.tokens, line.length).script() };
  } catch (e) {
    if (e instanceof Unmatched) return fail(e.offset, e.text, 'is not matched', true);
    // Ending where a command must follow (`a |`, `a &&`, `if a; then`) waits for the next line too.
    if (e instanceof ParseError) return fail(e.offset, e.text, 'is not expected', e.offset >= line.length);
    if (e instanceof RangeError) return fail(0, '(', 'is nested too deep', false);
    throw e;
  }
}

/** A compound command the line ended inside of (`if' without `fi'). */
class Unmatched extends ParseError {}

/** Words that begin or end a compound command where a command may start. */
const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'select', 'in', '{', '}', '!', 'function', '[[', ']]']);

/** How deep compound commands may nest (ksh's own parser has a limit too). */
const MAX_DEPTH = 200;

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly end: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t !== undefined && t.type === 'op' && ops.includes(t.op);
  }

  /** The reserved word at the current token, if it is one (an unquoted plain word). */
  private reserved(): string | undefined {
    const t = this.peek();
    if (t?.type !== 'word' || t.parts.length !== 1) return undefined;
    const p = t.parts[0]!;
    return p.kind === 'lit' && !p.quoted && RESERVED.has(p.text) ? p.text : undefined;
  }

  private isWord(word: string): boolean {
    return this.reserved() === word;
  }

  /** Takes the reserved word `word`, or fails: `opener' is not matched at the end, or the token is not expected. */
  private expect(word: string, opener: { text: string; start: number }): void {
    if (this.isWord(word)) {
      this.pos++;
      return;
    }
    if (!this.peek()) throw new Unmatched(opener.text, opener.start);
    this.unexpected();
  }

  private unexpected(): never {
    const t = this.peek();
    if (!t) throw new ParseError('newline', this.end);
    throw new ParseError(t.type === 'op' ? (t.op === 'newline' ? 'newline' : t.op) : t.type === 'arith' ? '((' : t.raw, t.start);
  }

  private skipNewlines(): void {
    while (this.isOp('newline')) this.pos++;
  }

  script(): Script {
    const list = this.list(new Set());
    if (this.peek()) this.unexpected();
    return list;
  }

  /** Commands separated by ; & or newlines, up to one of the reserved words `until` (or ")" or ";;", or the end). */
  private list(until: ReadonlySet<string>): Script {
    const items: Script['items'] = [];
    this.skipNewlines();
    while (this.peek() && !this.isOp(')', ';;') && !until.has(this.reserved() ?? '')) {
      const andOr = this.andOr();
      let background = false;
      let newline = false;
      if (this.isOp('&')) {
        background = true;
        this.pos++;
      } else if (this.isOp(';')) this.pos++;
      else if (this.isOp('newline')) {
        newline = true;
        this.pos++;
      } else if (this.peek() && !this.isOp(')', ';;') && !until.has(this.reserved() ?? '')) this.unexpected();
      items.push(newline ? { andOr, background, newline } : { andOr, background });
      this.skipNewlines();
    }
    return { items };
  }

  /** A list that must hold at least one command (ksh refuses `if then`). */
  private body(until: ReadonlySet<string>): Script {
    const list = this.list(until);
    if (list.items.length === 0) {
      if (!this.peek()) throw new ParseError('newline', this.end);
      this.unexpected();
    }
    return list;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&', '||')) {
      const op = (this.peek() as { op: '&&' | '||' }).op;
      this.pos++;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let bang = false;
    if (this.isWord('!')) {
      bang = true;
      this.pos++;
    }
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.pos++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { bang, commands };
  }

  private command(): Command {
    const t = this.peek();
    if (!t) this.unexpected();
    if (++this.depth > MAX_DEPTH) throw new RangeError('nested too deep');
    try {
      const compound = this.compound();
      if (!compound) return this.simple();
      const redirects: Redirect[] = [];
      while (this.redirect(redirects));
      return { ...compound, redirects };
    } finally {
      this.depth--;
    }
  }

  private compound(): Compound | null {
    const t = this.peek()!;
    if (t.type === 'arith') {
      this.pos++;
      return { kind: 'arith', source: t.source };
    }
    if (t.type === 'op') {
      if (t.op !== '(') return null;
      this.pos++;
      const body = this.body(NONE);
      if (!this.isOp(')')) {
        if (!this.peek()) throw new Unmatched('(', t.start);
        this.unexpected();
      }
      this.pos++;
      return { kind: 'subshell', body };
    }
    const word = this.reserved();
    const opener = { text: word ?? '', start: t.start };
    switch (word) {
      case 'if':
        return this.ifCommand(opener);
      case 'while':
      case 'until': {
        this.pos++;
        const cond = this.body(DO);
        this.expect('do', opener);
        const body = this.body(DONE);
        this.expect('done', opener);
        return { kind: 'loop', until: word === 'until', cond, body };
      }
      case 'for':
      case 'select':
        return this.forCommand(opener, word === 'select');
      case 'case':
        return this.caseCommand(opener);
      case '[[': {
        // Everything up to ]] is the expression: && || ( ) < > are its operators here, not the shell's.
        this.pos++;
        const items: CondItem[] = [];
        for (;;) {
          const t = this.peek();
          if (!t) throw new Unmatched('[[', opener.start);
          if (this.isWord(']]')) break;
          if (t.type === 'word') items.push({ word: toWord(t) });
          else if (t.type === 'op' && ['&&', '||', '(', ')', '<', '>'].includes(t.op)) items.push({ op: t.op });
          else this.unexpected();
          this.pos++;
        }
        this.pos++;
        return { kind: 'cond', items };
      }
      case '{': {
        this.pos++;
        const body = this.body(CLOSE_BRACE);
        this.expect('}', opener);
        return { kind: 'group', body };
      }
      case 'function': {
        this.pos++;
        const name = this.peek();
        if (name?.type !== 'word' || !NAME.test(name.raw)) this.unexpected();
        this.pos++;
        this.skipNewlines();
        if (!this.isWord('{')) this.unexpected();
        return { kind: 'function', name: name.raw, body: this.command() };
      }
      case undefined:
        break;
      default:
        // then, fi, done ... where a command should start
        this.unexpected();
    }
    // name() compound-command
    const next = this.tokens[this.pos + 1];
    const after = this.tokens[this.pos + 2];
    if (t.type === 'word' && NAME.test(t.raw) && next?.type === 'op' && next.op === '(' && after?.type === 'op' && after.op === ')') {
      this.pos += 3;
      this.skipNewlines();
      if (!this.peek()) throw new Unmatched(t.raw, t.start);
      return { kind: 'function', name: t.raw, body: this.command() };
    }
    return null;
  }

  private ifCommand(opener: { text: string; start: number }): Compound {
    this.pos++;
    const clauses: { cond: Script; body: Script }[] = [];
    let otherwise: Script | undefined;
    for (;;) {
      const cond = this.body(THEN);
      this.expect('then', opener);
      clauses.push({ cond, body: this.body(IF_END) });
      if (this.isWord('elif')) {
        this.pos++;
        continue;
      }
      if (this.isWord('else')) {
        this.pos++;
        otherwise = this.body(FI);
      }
      this.expect('fi', opener);
      return otherwise ? { kind: 'if', clauses, otherwise } : { kind: 'if', clauses };
    }
  }

  private forCommand(opener: { text: string; start: number }, select: boolean): Compound {
    this.pos++;
    const name = this.peek();
    if (name?.type !== 'word' || !NAME.test(name.raw)) this.unexpected();
    this.pos++;
    this.skipNewlines();
    let words: Word[] | null = null;
    if (this.isWord('in')) {
      this.pos++;
      words = [];
      for (let t = this.peek(); t?.type === 'word'; t = this.peek()) {
        words.push(toWord(t));
        this.pos++;
      }
    }
    if (this.isOp(';')) this.pos++;
    this.skipNewlines();
    this.expect('do', opener);
    const body = this.body(DONE);
    this.expect('done', opener);
    return { kind: 'for', name: name.raw, words, body, ...(select ? { select: true as const } : {}) };
  }

  private caseCommand(opener: { text: string; start: number }): Compound {
    this.pos++;
    const subject = this.peek();
    if (subject?.type !== 'word') this.unexpected();
    this.pos++;
    this.skipNewlines();
    this.expect('in', opener);
    this.skipNewlines();
    const items: { patterns: Word[]; body: Script }[] = [];
    while (!this.isWord('esac')) {
      if (!this.peek()) throw new Unmatched('case', opener.start);
      if (this.isOp('(')) this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        const p = this.peek();
        if (p?.type !== 'word') this.unexpected();
        patterns.push(toWord(p));
        this.pos++;
        if (!this.isOp('|')) break;
        this.pos++;
      }
      if (!this.isOp(')')) this.unexpected();
      this.pos++;
      const body = this.list(ESAC);
      items.push({ patterns, body });
      if (this.isOp(';;')) this.pos++;
      else if (!this.isWord('esac')) {
        if (!this.peek()) throw new Unmatched('case', opener.start);
        this.unexpected();
      }
      this.skipNewlines();
    }
    this.pos++;
    return { kind: 'case', word: toWord(subject), items };
  }

  /** Reads one redirection into `into`; false when the next token is not one. */
  private redirect(into: Redirect[]): boolean {
    const t = this.peek();
    if (t?.type !== 'op' || !(t.op === '>' || t.op === '>>' || t.op === '<' || t.op === '>&' || t.op === '<<' || t.op === '<<-')) return false;
    this.pos++;
    const target = this.peek();
    if (!target || target.type !== 'word') this.unexpected();
    this.pos++;
    if (t.op === '<<' || t.op === '<<-') {
      // The lexer read the here-document's lines after the end of this line, and hung them on the delimiter.
      if (!target.heredoc) throw new Unmatched('<<', t.start);
      into.push({ fd: t.fd ?? 0, op: '<<', target: toWord(target), heredoc: { parts: target.heredoc } });
      return true;
    }
    into.push({ fd: t.fd ?? (t.op === '<' ? 0 : 1), op: t.op, target: toWord(target) });
    return true;
  }

  private simple(): SimpleCommand {
    const cmd: SimpleCommand = { kind: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (!t || t.type === 'arith') break;
      if (t.type === 'op') {
        if (this.redirect(cmd.redirects)) continue;
        break;
      }
      const m = ASSIGNMENT.exec(t.raw);
      if (cmd.words.length === 0 && m && t.parts[0]?.kind === 'lit' && !t.parts[0].quoted && t.parts[0].text.startsWith(m[0])) {
        cmd.assigns.push({ name: m[1]!, value: dropPrefix(toWord(t), m[0].length) });
      } else {
        cmd.words.push(toWord(t));
      }
      this.pos++;
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) this.unexpected();
    return cmd;
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NONE: ReadonlySet<string> = new Set();
const DO: ReadonlySet<string> = new Set(['do']);
const DONE: ReadonlySet<string> = new Set(['done']);
const THEN: ReadonlySet<string> = new Set(['then']);
const IF_END: ReadonlySet<string> = new Set(['elif', 'else', 'fi']);
const FI: ReadonlySet<string> = new Set(['fi']);
const ESAC: ReadonlySet<string> = new Set(['esac']);
const CLOSE_BRACE: ReadonlySet<string> = new Set(['}']);

function toWord(t: Token & { type: 'word' }): Word {
  return { parts: t.parts, raw: t.raw };
}

function dropPrefix(word: Word, n: number): Word {
  const [first, ...rest] = word.parts;
  if (!first || first.kind !== 'lit') return word;
  const text = first.text.slice(n);
  return { raw: word.raw.slice(n), parts: text === '' && rest.length > 0 ? rest : [{ ...first, text }, ...rest] };
}
