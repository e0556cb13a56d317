// Word expansion at execution time: $NAME, ${NAME}, $? and friends, then
// field splitting of unquoted expansions on blanks (IFS default). Command
// substitution is reported to the caller, which says it is not supported yet.

import type { Word } from './ast.js';

export type Lookup = (name: string) => string | undefined;

export type ExpandResult = { ok: true; fields: string[] } | { ok: false; unsupported: 'command substitution' };

export function expandWords(words: readonly Word[], lookup: Lookup): ExpandResult {
  const fields: string[] = [];
  for (const w of words) {
    const r = expandWord(w, lookup);
    if (!r.ok) return r;
    fields.push(...r.fields);
  }
  return { ok: true, fields };
}

export function expandWord(word: Word, lookup: Lookup): ExpandResult {
  const fields: string[] = [];
  let current = '';
  // Whether `current` holds something that must become a field even if empty.
  let pending = false;
  for (const part of word.parts) {
    if (part.kind === 'subst') return { ok: false, unsupported: 'command substitution' };
    if (part.kind === 'lit') {
      current += part.text;
      pending = pending || part.quoted || part.text !== '';
      continue;
    }
    const value = lookup(part.name) ?? '';
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
  return { ok: true, fields };
}

/** Expands a word to a single string (assignments, redirection targets): no splitting. */
export function expandToString(word: Word, lookup: Lookup): ExpandResult {
  let out = '';
  for (const part of word.parts) {
    if (part.kind === 'subst') return { ok: false, unsupported: 'command substitution' };
    out += part.kind === 'lit' ? part.text : lookup(part.name) ?? '';
  }
  return { ok: true, fields: [out] };
}
