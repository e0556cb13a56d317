// Word expansion at execution time: $NAME, ${NAME} and its operators, $?
// and friends, $(( )), command substitution ($(...) and `...`, run by the
// engine through `subst`), field splitting of unquoted expansions on blanks
// (IFS default), then pathname expansion of unquoted wildcards (`glob`).

import type { Word, WordPart } from './ast.js';
import { hasWildcard } from './glob.js';

export interface Expander {
  lookup(name: string): string | undefined;
  /** The positional parameters ("$@" makes one field of each). */
  args(): readonly string[];
  /** $(( expression )) */
  arith(source: string): string;
  /** ${name:-word} and the other operators (engine/params.ts). */
  param(part: Extract<WordPart, { kind: 'param' }>): string;
  /** Runs a command line and returns its standard output. */
  subst(source: string): string;
  /** Pathname expansion: the paths a pattern matches in the simulated tree, sorted (none: the word stays). */
  glob(pattern: string): string[];
}

export function expandWords(words: readonly Word[], x: Expander): string[] {
  return words.flatMap((w) => expandWord(w, x));
}

/** A field being built: its text, the same as a pattern (quoted characters escaped), and whether it has a live wildcard. */
interface Field {
  text: string;
  pattern: string;
  wild: boolean;
}

export function expandWord(word: Word, x: Expander): string[] {
  // "$@" with no parameters is no field at all (not an empty one).
  if (x.args().length === 0 && word.parts.some(isQuotedAt) && word.parts.every((p) => isQuotedAt(p) || (p.kind === 'lit' && p.text === ''))) return [];
  const fields: Field[] = [];
  let current: Field = { text: '', pattern: '', wild: false };
  // Whether `current` holds something that must become a field even if empty.
  let pending = false;
  const add = (text: string, quoted: boolean) => {
    current.text += text;
    if (quoted) current.pattern += escapeGlob(text);
    else {
      current.pattern += text;
      current.wild ||= hasWildcard(text);
    }
  };
  const next = () => {
    fields.push(current);
    current = { text: '', pattern: '', wild: false };
  };
  for (const part of word.parts) {
    if (part.kind === 'lit') {
      add(part.text, part.quoted);
      pending = pending || part.quoted || part.text !== '';
      continue;
    }
    if (part.kind === 'var' && part.name === '@' && part.quoted) {
      // "$@": each parameter a field of its own, the first joined to what comes before, the last to what follows.
      x.args().forEach((a, k) => {
        if (k > 0) next();
        add(a, true);
        pending = true;
      });
      continue;
    }
    const value = partValue(part, x);
    if (part.quoted) {
      add(value, true);
      pending = true;
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) {
        if (pending || current.text !== '') next();
        else current = { text: '', pattern: '', wild: false };
        pending = false;
      }
      add(pieces[k]!, false);
      if (pieces[k] !== '') pending = true;
    }
  }
  if (pending || current.text !== '') fields.push(current);
  // Pathname expansion: a field with a live wildcard becomes the paths it matches, sorted, or stays as it is.
  return fields.flatMap((f) => {
    if (!f.wild) return [f.text];
    const paths = x.glob(f.pattern);
    return paths.length > 0 ? paths : [f.text];
  });
}

/** A word as a pattern (case, ${x#pattern}): quoted characters are literal, the rest keeps its wildcards. */
export function expandPattern(word: Word, x: Expander): string {
  let out = '';
  for (const part of word.parts) {
    const text = part.kind === 'lit' ? part.text : partValue(part, x);
    out += part.quoted ? escapeGlob(text) : text;
  }
  return out;
}

const escapeGlob = (text: string): string => text.replace(/[*?[\\]/g, '\\$&');

/** Expands a word to a single string (assignments, redirection targets): no splitting. */
export function expandToString(word: Word, x: Expander): string {
  let out = '';
  for (const part of word.parts) {
    out += part.kind === 'lit' ? part.text : partValue(part, x);
  }
  return out;
}

function partValue(part: Exclude<WordPart, { kind: 'lit' }>, x: Expander): string {
  if (part.kind === 'var') return x.lookup(part.name) ?? '';
  if (part.kind === 'arith') return x.arith(part.source);
  if (part.kind === 'param') return x.param(part);
  return x.subst(part.source).replace(/\n+$/, '');
}

const isQuotedAt = (p: WordPart): boolean => p.kind === 'var' && p.name === '@' && p.quoted;
