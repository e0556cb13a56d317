// Word expansion at execution time: $NAME, ${NAME}, $? and friends, command
// substitution ($(...) and `...`, run by the engine through `subst`), then
// field splitting of unquoted expansions on blanks (IFS default).

import type { Word, WordPart } from './ast.js';

export interface Expander {
  lookup(name: string): string | undefined;
  /** The positional parameters ("$@" makes one field of each). */
  args(): readonly string[];
  /** $(( expression )) */
  arith(source: string): string;
  /** Runs a command line and returns its standard output. */
  subst(source: string): string;
}

export function expandWords(words: readonly Word[], x: Expander): string[] {
  return words.flatMap((w) => expandWord(w, x));
}

export function expandWord(word: Word, x: Expander): string[] {
  // "$@" with no parameters is no field at all (not an empty one).
  if (x.args().length === 0 && word.parts.some(isQuotedAt) && word.parts.every((p) => isQuotedAt(p) || (p.kind === 'lit' && p.text === ''))) return [];
  const fields: string[] = [];
  let current = '';
  // Whether `current` holds something that must become a field even if empty.
  let pending = false;
  for (const part of word.parts) {
    if (part.kind === 'lit') {
      current += part.text;
      pending = pending || part.quoted || part.text !== '';
      continue;
    }
    if (part.kind === 'var' && part.name === '@' && part.quoted) {
      // "$@": each parameter a field of its own, the first joined to what comes before, the last to what follows.
      const args = x.args();
      args.forEach((a, k) => {
        if (k > 0) {
          fields.push(current);
          current = '';
        }
        current += a;
        pending = true;
      });
      continue;
    }
    const value = partValue(part, x);
    if (part.quoted) {
      current += value;
      pending = true;
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) {
        if (pending || current !== '') fields.push(current);
        current = '';
        pending = false;
      }
      current += pieces[k]!;
      if (pieces[k] !== '') pending = true;
    }
  }
  if (pending || current !== '') fields.push(current);
  return fields;
}

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
  return x.subst(part.source).replace(/\n+$/, '');
}

const isQuotedAt = (p: WordPart): boolean => p.kind === 'var' && p.name === '@' && p.quoted;
