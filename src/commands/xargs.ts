// xargs: runs a command (echo by default) with the words of standard input
// as its arguments: all at once, -n N at a time, or with -I R once a line,
// R replaced by the line. Quotes and backslashes in the input group words
// as POSIX says. The commands run in this shell, one after another. Not
// simulated yet: -L, -p, -t, -s, -x, -e, -E.

import type { Command, CommandResult } from '../engine/contract.js';
import { quoteWord } from '../shell/quote.js';
import type { World } from '../world/types.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith } from './lib/output.js';

/** The words of the input: blanks and newlines separate them; '...' "..." and \ keep them together. */
function words(text: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return null;
      cur += text.slice(i + 1, close);
      has = true;
      i = close;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

export const xargs: Command = {
  name: 'xargs',
  scope: 'any',
  summary: 'Run a command with arguments from standard input (-n -I)',
  flags: [
    { flag: 'n', arg: 'Number', doc: 'At most Number arguments to each command.' },
    { flag: 'I', arg: 'ReplaceString', doc: 'Runs the command once a line, ReplaceString replaced by the line.' },
    ...notSimulated('L:ptxs:e:E:'),
  ],
  usage: ['Usage: xargs [-p][-t] [-e[EOFString]] [-E EOFString] [-i[ReplaceString]] [-I ReplaceString] [-l[Number]] [-L Number] [-n Number [-x]] [-s Size] [Command [Argument ...]]'],
  manual: {
    purpose: 'Constructs parameter lists and runs commands.',
    synopsis: ['xargs [-n Number] [-I ReplaceString] [Command [Argument ...]]'],
    examples: ['lswpar -c -q -a name | xargs -n 1 stopwpar', 'find /tmp -name "*.log" | xargs rm', 'lswpar -c -q -a name | xargs -I{} echo WPAR {}'],
  },
  run(ctx): CommandResult {
    const parsed = parseFlags(ctx, xargs);
    if (isFailure(parsed)) return parsed;
    const command = parsed.operands.length > 0 ? parsed.operands : ['echo'];
    const n = parsed.arg('n');
    if (n !== undefined && !/^[1-9]\d*$/.test(n)) return failWith([`xargs: ${n}: The -n value is not valid.`], 1);
    const replace = parsed.arg('I');
    const runs: string[][] = [];
    if (replace !== undefined) {
      for (const line of ctx.stdin.split('\n')) if (line.trim() !== '') runs.push(command.map((w) => w.replaceAll(replace, line.trim())));
    } else {
      const input = words(ctx.stdin);
      if (input === null) return failWith(['xargs: A quotation mark is not matched.'], 1);
      const size = n === undefined ? Math.max(1, input.length) : Number(n);
      for (let k = 0; k < input.length || (k === 0 && input.length === 0 && n === undefined); k += size) runs.push([...command, ...input.slice(k, k + size)]);
    }
    let world: World = ctx.world;
    const out: CommandResult['out'] = [];
    let status = 0;
    for (const argv of runs) {
      ctx.stopIfInterrupted();
      const r = ctx.runScript(argv.map(quoteWord).join(' '), 'xargs', undefined, true);
      out.push(...r.out);
      if (r.world) world = r.world;
      // POSIX: 123 when a command failed, 127 when it could not be found.
      if (r.status === 127) return { out, status: 127, world };
      if (r.status !== 0) status = 123;
    }
    return { out, status, world };
  },
};
