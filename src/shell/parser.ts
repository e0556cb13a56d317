// Parses a command line into a Script (shell/ast.ts). Syntax errors come back
// as values with AIX ksh's wording: "0403-057 Syntax error: `X' is not
// expected." and "... `\"' is not matched." [RECALLED: AIX ksh88 message
// catalogue, number high confidence, wording medium].

import type { AndOr, ParseResult, Pipeline, Redirect, Script, SimpleCommand, Word } from './ast.js';
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
  const lexed = lex(line);
  if (!lexed.ok) {
    return { ok: false, message: `${SYNTAX_ERROR}: \`${lexed.unmatched}' is not matched.`, offset: lexed.offset };
  }
  try {
    return { ok: true, script: new Parser(lexed.tokens, line.length).script() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, message: `${SYNTAX_ERROR}: \`${e.text}' is not expected.`, offset: e.offset };
    throw e;
  }
}

class Parser {
  private pos = 0;
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

  private unexpected(): never {
    const t = this.peek();
    if (!t) throw new ParseError('newline', this.end);
    throw new ParseError(t.type === 'op' ? (t.op === 'newline' ? 'newline' : t.op) : t.raw, t.start);
  }

  private skipNewlines(): void {
    while (this.isOp('newline')) this.pos++;
  }

  script(): Script {
    const items: Script['items'] = [];
    this.skipNewlines();
    while (this.peek()) {
      const andOr = this.andOr();
      let background = false;
      if (this.isOp('&')) {
        background = true;
        this.pos++;
      } else if (this.isOp(';')) this.pos++;
      else if (this.isOp('newline')) this.pos++;
      else if (this.peek()) this.unexpected();
      items.push({ andOr, background });
      this.skipNewlines();
    }
    return { items };
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
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.pos++;
      this.skipNewlines();
      commands.push(this.command());
    }
    return { commands };
  }

  private command(): SimpleCommand {
    const cmd: SimpleCommand = { assigns: [], words: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.type === 'op') {
        if (t.op === '>' || t.op === '>>' || t.op === '<' || t.op === '>&') {
          this.pos++;
          const target = this.peek();
          if (!target || target.type !== 'word') this.unexpected();
          this.pos++;
          const redirect: Redirect = { fd: t.fd ?? (t.op === '<' ? 0 : 1), op: t.op, target: toWord(target) };
          cmd.redirects.push(redirect);
          continue;
        }
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

function toWord(t: Token & { type: 'word' }): Word {
  return { parts: t.parts, raw: t.raw };
}

function dropPrefix(word: Word, n: number): Word {
  const [first, ...rest] = word.parts;
  if (!first || first.kind !== 'lit') return word;
  const text = first.text.slice(n);
  return { raw: word.raw.slice(n), parts: text === '' && rest.length > 0 ? rest : [{ ...first, text }, ...rest] };
}
