// The Korn shell's parameter operators: ${x:-word} ${x-word} (a default),
// ${x:=word} (assign a default), ${x:?word} (fail when unset or null),
// ${x:+word} (an alternative), ${#x} (the length), and ${x#pattern}
// ${x##pattern} ${x%pattern} ${x%%pattern} (remove the shortest or longest
// matching prefix or suffix). The colon forms treat a null value as unset.
// Patterns are the shell's wildcards (* ? [...]), matched by the linear-time
// automaton of commands/lib/regex.ts, forwards for a prefix and backwards
// for a suffix, so a long value costs one pass, never a search.
// Messages are ksh93's ("ksh: x: parameter not set").

import { prefixLengths } from '../commands/lib/regex.js';
import type { WordPart } from '../shell/ast.js';

type Param = Extract<WordPart, { kind: 'param' }>;

/** What a parameter operator needs of the shell. */
export interface ParamShell {
  lookup(name: string): string | undefined;
  assign(name: string, value: string): void;
  /** The operator's word, expanded. */
  word(parts: WordPart[]): string;
  /** The operator's pattern, with quoted characters made literal. */
  pattern(parts: WordPart[]): string;
}

/** Thrown for ${x:?} and a bad substitution: the line ends with this message, as ksh ends a script. */
export class ParamError extends Error {}

export function expandParam(p: Param, shell: ParamShell): string {
  if (p.op === 'bad') throw new ParamError(`ksh: ${p.raw}: bad substitution`);
  const value = shell.lookup(p.name);
  if (p.op === 'length') return String([...(value ?? '')].length);
  const colon = p.op.startsWith(':');
  const missing = value === undefined || (colon && value === '');
  switch (p.op) {
    case ':-':
    case '-':
      return missing ? shell.word(p.word) : value!;
    case ':=':
    case '=': {
      if (!missing) return value!;
      const v = shell.word(p.word);
      shell.assign(p.name, v);
      return v;
    }
    case ':?':
    case '?': {
      if (!missing) return value!;
      const message = shell.word(p.word);
      throw new ParamError(`ksh: ${p.name}: ${message !== '' ? message : value === undefined ? 'parameter not set' : 'parameter null'}`);
    }
    case ':+':
    case '+':
      return missing ? '' : shell.word(p.word);
    default:
      return removeAffix(value ?? '', shell.pattern(p.word), p.op);
  }
}

/** ${x#p} ${x##p} ${x%p} ${x%%p}: the value without the shortest or longest prefix or suffix that p matches. */
function removeAffix(value: string, glob: string, op: '#' | '##' | '%' | '%%'): string {
  const suffix = op.startsWith('%');
  const tokens = globTokens(glob);
  const source = (suffix ? tokens.reverse() : tokens).join('');
  const text = suffix ? [...value].reverse().join('') : value;
  const ends = prefixLengths(source, text);
  if ('error' in ends || ends.length === 0) return value;
  const cut = op.length === 1 ? ends[0]! : ends[ends.length - 1]!;
  return suffix ? [...text.slice(cut)].reverse().join('') : value.slice(cut);
}

/** A shell pattern as extended regular expression pieces, one a character, wildcard or bracket expression (so it can be reversed). */
function globTokens(glob: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') out.push('.*');
    else if (c === '?') out.push('.');
    else if (c === '\\' && i + 1 < glob.length) out.push(literal(glob[++i]!));
    else if (c === '[') {
      const close = glob.indexOf(']', i + (glob[i + 1] === '!' || glob[i + 1] === '^' ? 3 : 2));
      if (close < 0) out.push(literal(c));
      else {
        const body = glob.slice(i + 1, close);
        out.push(`[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`);
        i = close;
      }
    } else out.push(literal(c));
  }
  return out;
}

const literal = (c: string): string => (/[A-Za-z0-9]/.test(c) ? c : `\\${c}`);
