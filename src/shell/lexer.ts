// Splits a ksh command line into words and operators. Quotes, backslashes and
// $-expansions are recorded as word parts; nothing is expanded here. Errors
// carry ksh's wording (AIX ksh 0403-057, see shell/parser.ts).

import type { ParamOp, WordPart } from './ast.js';

export type Op = ';' | ';;' | '&' | '&&' | '|' | '||' | '>' | '>>' | '<' | '>&' | '<<' | '<<-' | '(' | ')' | 'newline';

export type Token =
  /** heredoc: after << or <<-, the here-document's text, read from the lines after this one. */
  | { type: 'word'; parts: WordPart[]; raw: string; start: number; heredoc?: WordPart[] }
  | { type: 'op'; op: Op; start: number; fd?: number }
  /** (( expression )) as a command */
  | { type: 'arith'; source: string; start: number };

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; unmatched: string; offset: number };

const OPERATORS: Op[] = [';;', '&&', '||', '>>', '>&', '<<-', '<<', ';', '&', '|', '>', '<', '(', ')'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL = /^[?$#!0-9*@-]/;

/** A here-document whose lines are still to be read: they start after the end of the line its << is on. */
interface PendingDoc {
  token: Token & { type: 'word' };
  strip: boolean;
}

export function lex(line: string): LexResult {
  const tokens: Token[] = [];
  const docs: PendingDoc[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '\n') {
      tokens.push({ type: 'op', op: 'newline', start: i });
      i++;
      for (const doc of docs.splice(0)) {
        const end = readDoc(line, i, doc);
        if (end < 0) return { ok: false, unmatched: '<<', offset: doc.token.start };
        i = end;
      }
      continue;
    }
    if (ch === '#') {
      while (i < line.length && line[i] !== '\n') i++;
      continue;
    }
    if (line.startsWith('((', i)) {
      const close = arithEnd(line, i + 2);
      if (close < 0) return { ok: false, unmatched: '((', offset: i };
      tokens.push({ type: 'arith', source: line.slice(i + 2, close), start: i });
      i = close + 2;
      continue;
    }
    // >| (write even with noclobber, which is not simulated) is >; <> (read and write) is read here.
    if (line.startsWith('>|', i) || line.startsWith('<>', i)) {
      tokens.push({ type: 'op', op: line[i] === '>' ? '>' : '<', start: i });
      i += 2;
      continue;
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', op, start: i });
      i += op.length;
      continue;
    }
    const word = lexWord(line, i);
    if (!word.ok) return word;
    // An all-digit word directly followed by a redirection is a file descriptor (2>).
    if (/^\d$/.test(word.raw) && (line[word.end] === '>' || line[word.end] === '<')) {
      const redir = OPERATORS.find((o) => line.startsWith(o, word.end))!;
      tokens.push({ type: 'op', op: redir, start: i, fd: Number(word.raw) });
      i = word.end + redir.length;
      continue;
    }
    const token: Token & { type: 'word' } = { type: 'word', parts: word.parts, raw: word.raw, start: i };
    const before = tokens[tokens.length - 1];
    if (before?.type === 'op' && (before.op === '<<' || before.op === '<<-')) docs.push({ token, strip: before.op === '<<-' });
    tokens.push(token);
    i = word.end;
  }
  // A here-document that the input ends before: more lines may come (ksh's PS2).
  if (docs.length > 0) return { ok: false, unmatched: '<<', offset: docs[0]!.token.start };
  return { ok: true, tokens };
}

/**
 * Reads a here-document's lines from `from` up to its delimiter line (with
 * <<-, leading tabs are dropped from each); hangs the text on the delimiter's
 * token. Returns where the line after the delimiter starts, or -1 when the
 * input ends first.
 */
function readDoc(line: string, from: number, doc: PendingDoc): number {
  const { token, strip } = doc;
  // A quoted delimiter (any quote or backslash in it) leaves the text as it is.
  const quoted = /['"\\]/.test(token.raw);
  const delimiter = token.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('');
  const body: string[] = [];
  for (let at = from; at <= line.length; ) {
    const nl = line.indexOf('\n', at);
    const end = nl < 0 ? line.length : nl;
    const text = strip ? line.slice(at, end).replace(/^\t+/, '') : line.slice(at, end);
    if (text === delimiter) {
      const content = body.length > 0 ? `${body.join('\n')}\n` : '';
      token.heredoc = quoted ? [{ kind: 'lit', text: content, quoted: true }] : heredocParts(content);
      return nl < 0 ? line.length : nl + 1;
    }
    if (nl < 0) return -1;
    body.push(text);
    at = nl + 1;
  }
  return -1;
}

/** A here-document's text with $ expansions and backquotes, as in double quotes, but a " is a plain character. */
function heredocParts(text: string): WordPart[] {
  const parts: WordPart[] = [];
  const lit = (t: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === 'lit') last.text += t;
    else parts.push({ kind: 'lit', text: t, quoted });
  };
  // lexDouble stops at a ": each one is put back as text and the rest lexed on.
  for (let at = 0; at <= text.length; ) {
    const end = lexDouble(`${text}"`, at, parts, lit);
    if (end < 0) return [{ kind: 'lit', text, quoted: true }];
    if (end >= text.length + 1) break;
    lit('"', true);
    at = end;
  }
  return parts;
}

type WordLex = { ok: true; parts: WordPart[]; raw: string; end: number } | { ok: false; unmatched: string; offset: number };

function isWordEnd(ch: string): boolean {
  return ' \t\n;&|<>()'.includes(ch);
}

/** Lexes a word from `start`; `whole`: to the end of `line` (the word inside ${x:-word}), blanks included. */
function lexWord(line: string, start: number, whole = false): WordLex {
  const parts: WordPart[] = [];
  const lit = (text: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === 'lit' && last.quoted === quoted) last.text += text;
    else parts.push({ kind: 'lit', text, quoted });
  };
  let i = start;
  while (i < line.length && (whole || !isWordEnd(line[i]!))) {
    const ch = line[i]!;
    if (ch === '\\') {
      if (i + 1 < line.length) lit(line[i + 1]!, true);
      i += 2;
    } else if (ch === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, unmatched: "'", offset: i };
      lit(line.slice(i + 1, close), true);
      if (close === i + 1) lit('', true);
      i = close + 1;
    } else if (ch === '"') {
      const r = lexDouble(line, i + 1, parts, lit);
      if (r < 0) return { ok: false, unmatched: '"', offset: i };
      i = r;
    } else if (ch === '`') {
      const close = line.indexOf('`', i + 1);
      if (close < 0) return { ok: false, unmatched: '`', offset: i };
      parts.push({ kind: 'subst', source: line.slice(i + 1, close), quoted: false });
      i = close + 1;
    } else if (ch === '$') {
      const at = i;
      i = lexDollar(line, i, false, parts, lit);
      if (i < 0) return { ok: false, unmatched: line[at + 1] === '{' ? '{' : '(', offset: start };
    } else {
      lit(ch, false);
      i++;
    }
  }
  return { ok: true, parts, raw: line.slice(start, i), end: i };
}

/** The expansions in an arithmetic expression ($x, ${x}, $(...), $((...))), lexed as inside double quotes; null when it cannot be. */
export function arithParts(source: string): WordPart[] | null {
  if (!source.includes('$') && !source.includes('`')) return null;
  const known = arithCache.get(source);
  if (known !== undefined) return known;
  const parts = lexArith(source);
  if (arithCache.size >= 256) arithCache.clear();
  arithCache.set(source, parts);
  return parts;
}

/** Expressions already lexed (a loop expands the same few again and again); their parts are never changed. */
const arithCache = new Map<string, WordPart[] | null>();

function lexArith(source: string): WordPart[] | null {
  const parts: WordPart[] = [];
  const lit = (text: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === 'lit') last.text += text;
    else parts.push({ kind: 'lit', text, quoted });
  };
  return lexDouble(`${source}"`, 0, parts, lit) === source.length + 1 ? parts : null;
}

/** Lexes the inside of "..." starting after the quote; returns the index after the closing quote, or -1. */
function lexDouble(line: string, from: number, parts: WordPart[], lit: (t: string, q: boolean) => void): number {
  let i = from;
  lit('', true);
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '"') return i + 1;
    if (ch === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1]!)) {
      lit(line[i + 1]!, true);
      i += 2;
    } else if (ch === '$') {
      i = lexDollar(line, i, true, parts, lit);
      if (i < 0) return -1;
    } else if (ch === '`') {
      const close = line.indexOf('`', i + 1);
      if (close < 0) return -1;
      parts.push({ kind: 'subst', source: line.slice(i + 1, close), quoted: true });
      i = close + 1;
    } else {
      lit(ch, true);
      i++;
    }
  }
  return -1;
}

/** Where the "))" that closes an arithmetic expression starting at `from` is (parentheses inside balance), or -1. */
function arithEnd(line: string, from: number): number {
  let depth = 0;
  for (let j = from; j < line.length; j++) {
    const c = line[j];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return line[j + 1] === ')' ? j : -1;
      depth--;
    }
  }
  return -1;
}

/** Lexes a $-expansion at line[i] === '$'; returns the index after it (-1 when $( is unclosed). */
function lexDollar(line: string, i: number, quoted: boolean, parts: WordPart[], lit: (t: string, q: boolean) => void): number {
  if (line.startsWith('((', i + 1)) {
    const close = arithEnd(line, i + 3);
    if (close < 0) return -1;
    parts.push({ kind: 'arith', source: line.slice(i + 3, close), quoted });
    return close + 2;
  }
  const rest = line.slice(i + 1);
  if (rest.startsWith('(')) {
    let depth = 0;
    for (let j = i + 1; j < line.length; j++) {
      if (line[j] === '(') depth++;
      else if (line[j] === ')' && --depth === 0) {
        parts.push({ kind: 'subst', source: line.slice(i + 2, j), quoted });
        return j + 1;
      }
    }
    return -1;
  }
  if (rest.startsWith('{')) return lexBrace(line, i, quoted, parts);
  const name = NAME.exec(rest)?.[0] ?? (SPECIAL.test(rest) ? rest[0]! : '');
  if (name === '') {
    lit('$', quoted);
    return i + 1;
  }
  parts.push({ kind: 'var', name, quoted });
  return i + 1 + name.length;
}

const PARAM_NAME = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!*@-])([\s\S]*)$/;
const LENGTH = /^#([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!*@-])$/;
const OPERATOR = /^(:[-=?+]|[-=?+]|##|#|%%|%)/;

/** Lexes ${...} at line[i] === '$': the index after the closing brace, or -1 when there is none. */
function lexBrace(line: string, i: number, quoted: boolean, parts: WordPart[]): number {
  let j = i + 2;
  for (let depth = 0; j < line.length; j++) {
    const c = line[j]!;
    if (c === '\\') j++;
    else if (c === "'" && !quoted) {
      j = line.indexOf("'", j + 1);
      if (j < 0) return -1;
    } else if (c === '$' && line[j + 1] === '{') {
      depth++;
      j++;
    } else if (c === '}') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (j >= line.length) return -1;
  const inner = line.slice(i + 2, j);
  const raw = line.slice(i, j + 1);
  const bad = (): number => {
    parts.push({ kind: 'param', name: '', op: 'bad', word: [], quoted, raw });
    return j + 1;
  };
  const length = LENGTH.exec(inner);
  if (length) {
    parts.push({ kind: 'param', name: length[1]!, op: 'length', word: [], quoted, raw });
    return j + 1;
  }
  const m = PARAM_NAME.exec(inner);
  if (!m) return bad();
  const [, name, rest] = m as unknown as [string, string, string];
  if (rest === '') {
    parts.push({ kind: 'var', name, quoted });
    return j + 1;
  }
  const op = OPERATOR.exec(rest)?.[1];
  if (op === undefined) return bad();
  const word = lexWord(rest.slice(op.length), 0, true);
  if (!word.ok) return bad();
  parts.push({ kind: 'param', name, op: op as ParamOp, word: word.parts, quoted, raw });
  return j + 1;
}
