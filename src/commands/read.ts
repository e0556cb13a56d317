// read [-r] [Name ...]: reads one line of standard input into variables,
// split on IFS (blanks by default; IFS=: read name state splits lswpar -c's
// lines), the last name taking the rest of the line less a final separator,
// as ksh93 does (ksh built-in). Without -r a backslash escapes the next
// character and a backslash at the end joins the next line. Status 1 at the
// end of input. Not simulated yet: -p, -u, -A.

import { builtin, VARIABLE_NAME } from './lib/builtin.js';
import { failWith } from './lib/output.js';

export const read = builtin(
  'read',
  'Read a line of input into variables',
  {
    purpose: 'Reads one line from standard input and assigns its fields to the named variables (REPLY by default).',
    synopsis: ['read [-r] [Name ...]'],
    examples: ['lswpar -c -q -a name | while read w; do echo $w; done'],
  },
  (ctx) => {
    let words = ctx.argv.slice(1);
    const raw = words[0] === '-r';
    if (raw) words = words.slice(1);
    const bad = words.find((w) => !VARIABLE_NAME.test(w));
    if (bad !== undefined) return failWith([`ksh: read: ${bad}: invalid variable name`], 2);
    const names = words.length ? words : ['REPLY'];
    const text = ctx.stdin;
    if (text === '') return { out: [], status: 1, effects: [{ kind: 'vars', set: names.map((n) => [n, ''] as const) }] };
    let line = '';
    let at = 0;
    for (; at < text.length && text[at] !== '\n'; at++) {
      if (!raw && text[at] === '\\' && at + 1 < text.length) {
        at++;
        if (text[at] !== '\n') line += `\\${text[at]}`;
        continue;
      }
      line += text[at];
    }
    const consumed = Math.min(text.length, at + 1);
    const fields = splitFields(line, names.length, raw, ctx.getVar('IFS') ?? ' \t\n');
    return {
      out: [],
      status: 0,
      effects: [
        { kind: 'consume', chars: consumed },
        { kind: 'vars', set: names.map((n, i) => [n, fields[i] ?? ''] as const) },
      ],
    };
  },
);

/** Splits on IFS into at most n fields (the last keeps the rest); without -r a backslash keeps the next character. */
function splitFields(line: string, n: number, raw: boolean, ifs: string): string[] {
  const white = (c: string | undefined) => c !== undefined && (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
  const separator = (c: string | undefined) => c !== undefined && ifs.includes(c);
  const fields: string[] = [];
  let i = 0;
  while (white(line[i])) i++;
  while (i < line.length) {
    if (fields.length === n - 1) {
      // The rest, less IFS blanks at its end and one separator before them (x:y: gives y).
      let end = line.length;
      while (end > i && white(line[end - 1]) && line[end - 2] !== '\\') end--;
      if (end > i && separator(line[end - 1]) && !white(line[end - 1]) && line[end - 2] !== '\\') {
        end--;
        while (end > i && white(line[end - 1])) end--;
      }
      fields.push(dropBackslashes(line.slice(i, end), raw));
      break;
    }
    let field = '';
    while (i < line.length && !separator(line[i])) {
      if (!raw && line[i] === '\\' && i + 1 < line.length) i++;
      field += line[i++];
    }
    fields.push(field);
    // IFS blanks around at most one other IFS character are one separator.
    while (white(line[i])) i++;
    if (separator(line[i]) && !white(line[i])) {
      i++;
      while (white(line[i])) i++;
    }
  }
  return fields;
}

const dropBackslashes = (s: string, raw: boolean): string => (raw ? s : s.replace(/\\(.)/g, '$1'));
