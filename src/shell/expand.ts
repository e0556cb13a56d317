// Word expansion at execution time: $NAME, ${NAME}, $? and friends, command
// substitution ($(...) and `...`, run by the engine through `subst`), then
// field splitting of unquoted expansions on blanks (IFS default).

import type { Word } from './ast.js';

export interface Expander {
  lookup(name: string): string | undefined;
  /** Runs a command line and returns its standard output. */
  subst(source: string): string;
}

export function expandWords(words: readonly Word[], x: Expander): string[] {
  return words.flatMap((w) => expandWord(w, x));
}

export function expandWord(word: Word, x: Expander): string[] {
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
    const value = part.kind === 'var' ? (x.lookup(part.name) ?? '') : x.subst(part.source).replace(/\n+$/, '');
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
    if (part.kind === 'lit') out += part.text;
    else if (part.kind === 'var') out += x.lookup(part.name) ?? '';
    else out += x.subst(part.source).replace(/\n+$/, '');
  }
  return out;
}
