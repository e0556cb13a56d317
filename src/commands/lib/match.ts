// Where a regular expression matches in a text: the leftmost, longest match
// at or after a position, found with the linear-time automaton (regex.ts)
// from each start in turn. Used by sed's s command and awk's sub, gsub,
// match and split.

import { compilePattern, type Pattern, prefixLengths } from './regex.js';

export class MatchError extends Error {}

/** A character of a word, for grep -w: a letter, a digit or _. */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

export class Matcher {
  private readonly test: Pattern;
  constructor(
    private readonly source: string,
    private readonly extended: boolean,
    private readonly tick: () => void,
    private readonly ignoreCase = false,
  ) {
    const c = compilePattern(source, { extended, ignoreCase, tick });
    if ('error' in c) throw new MatchError(c.error);
    this.test = c;
  }

  matches(text: string): boolean {
    return this.test.test(text);
  }

  /** Whether it matches the whole text (grep -x). */
  whole(text: string): boolean {
    const ends = prefixLengths(this.source, text, this.tick, this.extended, this.ignoreCase);
    return !('error' in ends) && ends.includes(text.length);
  }

  /** Whether it matches a whole word somewhere: no letter, digit or _ on either side (grep -w). */
  word(text: string): boolean {
    for (let s = 0; s <= text.length; s++) {
      if (isWordChar(text[s - 1])) continue;
      const ends = prefixLengths(this.source, text.slice(s), this.tick, this.extended, this.ignoreCase);
      if ('error' in ends) return false;
      if (ends.some((e) => e > 0 && !isWordChar(text[s + e]))) return true;
    }
    return false;
  }

  /** What the whole match (index 0) and each subexpression (1 for \1 ...) matched of text.slice(start, end). */
  groups(text: string, [start, end]: [number, number]): (string | undefined)[] {
    return this.test.groups(text, start, end);
  }

  /** [start, end] of the leftmost-longest match at or after `from`, or null. */
  find(text: string, from: number): [number, number] | null {
    if (!this.test.test(text.slice(from))) return null;
    for (let s = from; s <= text.length; s++) {
      if ((s & 0xff) === 0) this.tick();
      // ^ matches only at the start of the text.
      if (s > 0 && this.source.startsWith('^')) return null;
      const ends = prefixLengths(this.source, text.slice(s), this.tick, this.extended, this.ignoreCase);
      if ('error' in ends) throw new MatchError(ends.error);
      if (ends.length > 0) return [s, s + ends[ends.length - 1]!];
    }
    return null;
  }
}
