// echo: the ksh/System V echo of AIX: no options (-n is printed), backslash
// escapes interpreted: \b \c \f \n \r \t \v \\ \0nnn; \c ends the output
// without a newline.

import type { Command } from '../engine/contract.js';
import { echoText } from './lib/echo-text.js';

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
