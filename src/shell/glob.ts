// Shell wildcards: * (any run), ? (any one character), [...] and [!...]
// (one of a set, with ranges), and \ to make the next character literal.
// Matched without backtracking blow-up: the classic two-pointer walk, which
// goes back only to the last * (time at most the product of the two lengths,
// never exponential as a RegExp made of .* runs is: lslpp -l '****...Q' took
// over 20 s). Used by case, pathname expansion and lslpp.

type Token = { k: 'star' } | { k: 'one'; test: (c: string) => boolean };

function tokens(pattern: string): Token[] {
  const p = [...pattern];
  const out: Token[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') {
      if (out[out.length - 1]?.k !== 'star') out.push({ k: 'star' });
    } else if (c === '?') out.push({ k: 'one', test: () => true });
    else if (c === '\\' && i + 1 < p.length) {
      const lit = p[++i]!;
      out.push({ k: 'one', test: (x) => x === lit });
    } else if (c === '[') {
      const set = bracket(p, i);
      if (set) {
        out.push({ k: 'one', test: set.test });
        i = set.end;
      } else out.push({ k: 'one', test: (x) => x === '[' });
    } else out.push({ k: 'one', test: (x) => x === c });
  }
  return out;
}

/** A bracket expression starting at p[i] === '[': its test and where it ends, or null when it is not closed. */
function bracket(p: string[], i: number): { test: (c: string) => boolean; end: number } | null {
  let j = i + 1;
  const negate = p[j] === '!' || p[j] === '^';
  if (negate) j++;
  const ranges: [string, string][] = [];
  // A ] right after the [ (or [!) is a member.
  for (let first = true; j < p.length && (first || p[j] !== ']'); j++, first = false) {
    const lo = p[j]!;
    if (p[j + 1] === '-' && p[j + 2] !== undefined && p[j + 2] !== ']') {
      ranges.push([lo, p[j + 2]!]);
      j += 2;
    } else ranges.push([lo, lo]);
  }
  if (j >= p.length) return null;
  return { test: (c) => ranges.some(([a, b]) => c >= a && c <= b) !== negate, end: j };
}

/** Whether `name` matches the wildcard `pattern`. */
export function globMatch(pattern: string, name: string): boolean {
  const p = tokens(pattern);
  const s = [...name];
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < s.length) {
    const t = p[i];
    if (t?.k === 'one' && t.test(s[j]!)) {
      i++;
      j++;
    } else if (t?.k === 'star') {
      star = i++;
      resume = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else return false;
  }
  while (p[i]?.k === 'star') i++;
  return i === p.length;
}

/** Whether a word holds a wildcard that is not escaped (pathname expansion applies). */
export function hasWildcard(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** The pattern without its escapes: what it names when it has no wildcard. */
export const unescapeGlob = (pattern: string): string => pattern.replace(/\\(.)/gs, '$1');
