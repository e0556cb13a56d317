// print: the Korn shell's own echo: arguments joined by blanks, escapes
// interpreted as echo's unless -r, no newline with -n, to standard error
// with -u2; -- ends the flags. Not simulated yet: -p, -s, -f, -u with
// another descriptor.

import type { Command } from '../engine/contract.js';
import { echoText } from './lib/echo-text.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

export const print: Command = {
  name: 'print',
  scope: 'any',
  summary: "The Korn shell's echo (-n -r -u2)",
  ownFlagParsing: true,
  flags: [
    { flag: 'n', doc: 'No newline at the end.' },
    { flag: 'r', doc: 'Backslashes are printed as they are.' },
    { flag: 'u', arg: 'Descriptor', doc: 'Writes to the descriptor: 1 (standard output, the default) or 2 (standard error).' },
  ],
  manual: {
    purpose: 'Writes its arguments to standard output.',
    synopsis: ['print [-n] [-r] [-u Descriptor] [--] [Argument ...]'],
    examples: ['print -u2 "error: no such WPAR"', 'print -n "continue? "'],
  },
  run(ctx) {
    const args = ctx.argv.slice(1);
    let newline = true;
    let raw = false;
    let fd = 1;
    while (args[0] !== undefined && /^-[nrupsRf0-9]+$/.test(args[0])) {
      const word = args.shift()!;
      for (let i = 1; i < word.length; i++) {
        const f = word[i]!;
        if (f === 'n') newline = false;
        else if (f === 'r' || f === 'R') raw = true;
        else if (f === 'u') {
          const d = word.slice(i + 1) || args.shift();
          if (d === undefined || !/^\d$/.test(d)) return failWith(['ksh: print: bad file unit number [Bad file descriptor]']);
          if (d !== '1' && d !== '2') return failWith([notYet(`print -u${d}`)]);
          fd = Number(d);
          break;
        } else return failWith([notYet(`print -${f}`)]);
      }
    }
    if (args[0] === '--') args.shift();
    let text = raw ? `${args.join(' ')}\n` : echoText(args);
    if (!newline && text.endsWith('\n')) text = text.slice(0, -1);
    return { out: text === '' ? [] : [{ text, stream: fd === 2 ? 'err' : 'out' }], status: 0 };
  },
};
