// read [-r] [Name ...]: reads one line of standard input into variables,
// split on blanks (IFS's default), the last name taking the rest of the line
// (ksh built-in). Without -r a backslash escapes the next character and a
// backslash at the end joins the next line. Status 1 at the end of input.
// Not simulated yet: -p, -u, -A, and IFS other than blanks.

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
    const fields = splitFields(line, names.length, raw);
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

/** Splits on blanks into at most n fields (the last keeps the rest); without -r a backslash keeps the next character. */
function splitFields(line: string, n: number, raw: boolean): string[] {
  const fields: string[] = [];
  let i = 0;
  const skip = () => {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  };
  skip();
  while (i < line.length) {
    if (fields.length === n - 1) {
      fields.push(dropBackslashes(line.slice(i).replace(/[ \t]+$/, ''), raw));
      break;
    }
    let field = '';
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') {
      if (!raw && line[i] === '\\' && i + 1 < line.length) i++;
      field += line[i++];
    }
    fields.push(field);
    skip();
  }
  return fields;
}

const dropBackslashes = (s: string, raw: boolean): string => (raw ? s : s.replace(/\\(.)/g, '$1'));
