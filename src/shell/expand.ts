// Word expansion at execution time: $NAME, ${NAME} and its operators, $?
// and friends, $(( )), command substitution ($(...) and `...`, run by the
// engine through `subst`), field splitting of unquoted expansions on IFS
// (blanks by default; POSIX's rules for other characters: each one ends a
// field, even an empty one), then pathname expansion of unquoted wildcards
// (`glob`).

import type { Word, WordPart } from './ast.js';
import { hasWildcard } from './glob.js';

export interface Expander {
  lookup(name: string): string | undefined;
  /** A variable the shell itself reads (IFS, HOME, PWD for ~): unset is no error, even under set -u. */
  shellVar(name: string): string | undefined;
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
  return words.flatMap((w) => expandWord(withTilde(w, x), x));
}

/** Home directories by user name, for ~name (root's is / on AIX). */
const HOMES: Readonly<Record<string, string>> = { root: '/', guest: '/home/guest' };

/**
 * Tilde expansion: an unquoted ~ at the start of a word, up to the first /,
 * is $HOME (~), $PWD (~+), $OLDPWD (~-) or a user's home (~guest); an
 * unknown user's stays as it is.
 */
export function withTilde(word: Word, x: Expander): Word {
  const first = word.parts[0];
  if (first?.kind !== 'lit' || first.quoted || !first.text.startsWith('~')) return word;
  const slash = first.text.indexOf('/');
  const name = first.text.slice(1, slash < 0 ? undefined : slash);
  if (slash < 0 && word.parts.length > 1 && name !== '') return word;
  const home = name === '' ? x.shellVar('HOME') : name === '+' ? x.shellVar('PWD') : name === '-' ? x.shellVar('OLDPWD') : Object.hasOwn(HOMES, name) ? HOMES[name] : undefined;
  if (home === undefined) return word;
  const rest = slash < 0 ? '' : first.text.slice(slash);
  // ~/x with a home of / is /x, not //x.
  const text = home === '/' && rest !== '' ? rest : home + rest;
  return { ...word, parts: [{ kind: 'lit', text, quoted: true }, ...word.parts.slice(1)] };
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
    const { pieces, kept } = splitOnIfs(value, x.shellVar('IFS'));
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) {
        if (pending || current.text !== '' || kept[k - 1]) next();
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

const blank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n';

/**
 * Field splitting of an unquoted value: the pieces as String.split gives
 * them (an empty first or last piece: the value began or ended with a
 * separator, so it does not join the text around it), and for each whether
 * it is a field even when empty (it ends at an IFS character other than a
 * blank: a::b is a, "", b). IFS blanks around a separator are one separator.
 */
export function splitOnIfs(value: string, ifs = ' \t\n'): { pieces: string[]; kept: boolean[] } {
  if (ifs === '') return { pieces: [value], kept: [false] };
  if ([...ifs].every(blank)) {
    const pieces = value.split(ifs === ' \t\n' ? /[ \t\n]+/ : new RegExp(`[${[...ifs].map((c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c)).join('')}]+`));
    return { pieces, kept: pieces.map(() => false) };
  }
  const white = (c: string | undefined) => c !== undefined && blank(c) && ifs.includes(c);
  const pieces: string[] = [];
  const kept: boolean[] = [];
  let cur = '';
  let i = 0;
  if (white(value[0])) {
    while (white(value[i])) i++;
    pieces.push('');
    kept.push(false);
  }
  while (i < value.length) {
    const c = value[i]!;
    if (!ifs.includes(c)) {
      cur += c;
      i++;
      continue;
    }
    let hard = false;
    while (white(value[i])) i++;
    if (i < value.length && ifs.includes(value[i]!) && !white(value[i])) {
      hard = true;
      i++;
      while (white(value[i])) i++;
    }
    pieces.push(cur);
    kept.push(hard);
    cur = '';
  }
  pieces.push(cur);
  kept.push(false);
  return { pieces, kept };
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
