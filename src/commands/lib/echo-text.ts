// The backslash escapes of echo and print (ksh and AIX): \b \c \f \n \r \t
// \v \\ \0nnn; \c ends the output without a newline.

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** The escapes echo interprets; anything else after a backslash is printed as typed. */
const ESCAPE = /\\(?:c|0[0-7]{0,3}|[bfnrtv\\])/g;

/** The arguments joined by blanks, escapes interpreted, and a newline unless \\c ended them. */
export function echoText(args: readonly string[]): string {
  const text = args.join(' ');
  // One pass over the text (a value may be megabytes long): the parts between escapes are copied whole.
  const parts: string[] = [];
  let from = 0;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
    parts.push(text.slice(from, m.index));
    from = ESCAPE.lastIndex;
    const next = m[0][1]!;
    if (next === 'c') return parts.join('');
    parts.push(next === '0' ? String.fromCharCode(parseInt(m[0].slice(2) || '0', 8)) : ESCAPES[next]!);
  }
  parts.push(text.slice(from));
  return parts.join('') + '\n';
}
