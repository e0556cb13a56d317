// echo: the ksh/System V echo of AIX: no options (-n is printed), backslash
// escapes interpreted: \b \c \f \n \r \t \v \\ \0nnn; \c ends the output
// without a newline.

import type { Command } from '../engine/contract.js';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

export function echoText(args: readonly string[]): string {
  const text = args.join(' ');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[i + 1]!;
    if (next === 'c') return out;
    if (ESCAPES[next] !== undefined) {
      out += ESCAPES[next];
      i++;
      continue;
    }
    if (next === '0') {
      const digits = /^[0-7]{0,3}/.exec(text.slice(i + 2))![0];
      out += String.fromCharCode(parseInt(digits || '0', 8));
      i += 1 + digits.length;
      continue;
    }
    out += ch;
  }
  return out + '\n';
}

export const echo: Command = {
  name: 'echo',
  scope: 'any',
  summary: 'Write arguments to standard output',
  ownFlagParsing: true,
  flags: [],
  manual: {
    purpose: 'Writes its arguments to standard output.',
    synopsis: ['echo [String ...]'],
    operands: [['\\n \\t \\c ...', 'Escape sequences are interpreted; \\c ends the output without a newline. There are no options: -n is printed.']],
    examples: ['echo hello', 'echo "$A"'],
  },
  run: (ctx) => ({ out: [{ text: echoText(ctx.argv.slice(1)), stream: 'out' }], status: 0 }),
};
