// ksh and sh as commands: ksh -c 'commands' [name [args]], ksh file [args],
// and commands piped in (echo 'lswpar' | ksh). Each runs in a new shell
// (engine: CommandContext.runScript). A new interactive shell is not
// simulated yet.

import type { Command, CommandResult } from '../../engine/contract.js';
import { readFile } from '../../world/fs.js';
import { resolve } from './files.js';
import { notYet } from './messages.js';
import { failWith } from './output.js';

export function shellCommand(name: 'ksh' | 'sh', summary: string): Command {
  return {
    name,
    scope: 'any',
    summary,
    ownFlagParsing: true,
    flags: [{ flag: 'c', arg: 'Commands', doc: 'Runs Commands (then $0 and the parameters from the words after them).' }],
    manual: {
      purpose: 'Runs a command interpreter (the Korn shell) on a command string, a script file or its standard input.',
      synopsis: [`${name} -c Commands [Name [Argument ...]]`, `${name} File [Argument ...]`, `Command | ${name}`],
      operands: [
        [
          'ksh88',
          'The language is AIX\'s ksh (ksh88) where it differs from ksh93: typeset in a function of either form (name() or function name) makes a variable local to it; syntax errors say "0403-057 Syntax error at line 1 : `fi\' is not expected."; $- shows only e, u and x.',
        ],
        ['Editing', 'At the prompt the line editor has emacs keys (Ctrl-A, Ctrl-E, Ctrl-R ...); set -o vi gives vi keys (Esc, h l w b 0 $, x dd C r, i a A, k j and / for the history).'],
        ['Not yet', 'Background jobs (&, fg, bg), traps on signals, co-processes, ksh93-only syntax (${x/a/b}, [[ =~ ]], arrays).'],
      ],
      examples: [`${name} -c 'lswpar -c -q -a name'`, `${name} /home/startall.sh web1`],
    },
    run(ctx): CommandResult {
      const [first, ...rest] = ctx.argv.slice(1);
      if (first === '-c') {
        const [text, zero, ...args] = rest;
        if (text === undefined) return failWith([`${name}: -c requires an argument`], 2);
        return ctx.runScript(text, zero ?? name, args, false);
      }
      if (first !== undefined && first.startsWith('-')) return failWith([notYet(`${name} ${first}`)]);
      if (first === undefined) {
        if (ctx.stdin !== '') return ctx.runScript(ctx.stdin, name, [], false);
        return failWith([notYet(`a new interactive ${name}`)]);
      }
      const file = readFile(ctx.world, resolve(ctx, first).global);
      if (!file.ok) return failWith([`${name}: ${first}: cannot open`], 127);
      return ctx.runScript(file.value, first, rest, false, true);
    },
  };
}
