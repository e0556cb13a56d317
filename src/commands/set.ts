// set: with no operands lists the shell's variables as NAME=value lines
// (sorted, values quoted as ksh quotes them); -e (errexit), -u (nounset), -x
// (xtrace) and -o NAME turn options on, + turns them off; -o alone lists
// them (ksh93's layout, AIX ksh88's option names: RECALLED); `set -- args`
// (and words after the options) replace the positional parameters. The
// options wparsim does not simulate say so. -o vi and -o emacs choose the
// interactive line editor's keys (ui/vi-mode.ts; emacs is the default).

import type { Command } from '../engine/contract.js';
import { builtin, variableLines } from './lib/builtin.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

/** The options ksh88 has, by name; the letter set takes for each, where it has one. */
const OPTIONS: Record<string, string | null> = {
  allexport: 'a',
  bgnice: null,
  emacs: null,
  errexit: 'e',
  gmacs: null,
  ignoreeof: null,
  keyword: 'k',
  markdirs: null,
  monitor: 'm',
  noclobber: 'C',
  noexec: 'n',
  noglob: 'f',
  nolog: null,
  notify: 'b',
  nounset: 'u',
  privileged: 'p',
  trackall: 'h',
  verbose: 'v',
  vi: null,
  viraw: null,
  xtrace: 'x',
};
/** What wparsim simulates: the others are accepted by name and say they are not supported yet. */
const SIMULATED = new Set(['errexit', 'nounset', 'xtrace', 'emacs', 'vi']);

export const set: Command = builtin(
  'set',
  'List variables, set shell options (-e -u -x -o) or the positional parameters',
  {
    purpose: 'With no arguments, writes the names and values of all shell variables. Sets shell options, and the positional parameters.',
    synopsis: ['set', 'set [-e] [-u] [-x] [-o Option] [+o Option] [--] [Argument ...]', 'set -o'],
    examples: ['set -x; lswpar; set +x', 'set -- a b c; echo $2', 'set -o'],
  },
  (ctx) => {
    const words = ctx.argv.slice(1);
    if (words.length === 0) return { out: lines(variableLines(ctx.vars, '')), status: 0 };
    if (words.length === 1 && words[0] === '-o') {
      // The line editor is in emacs mode unless vi mode is on.
      const isOn = (name: string) => (name === 'emacs' ? !ctx.options.has('vi') : ctx.options.has(name));
      const rows = Object.keys(OPTIONS).map((name) => `${name.padEnd(25)}${isOn(name) ? 'on' : 'off'}`);
      return { out: lines(['Current option settings', ...rows]), status: 0 };
    }
    const turnOn: string[] = [];
    const turnOff: string[] = [];
    let i = 0;
    for (; i < words.length; i++) {
      const w = words[i]!;
      if (w === '--') {
        i++;
        return {
          out: [],
          status: 0,
          effects: [
            { kind: 'options', on: turnOn, off: turnOff },
            { kind: 'args', args: words.slice(i) },
          ],
        };
      }
      if (!/^[-+]/.test(w) || w === '-' || w === '+') break;
      const into = w.startsWith('-') ? turnOn : turnOff;
      for (let k = 1; k < w.length; k++) {
        const letter = w[k]!;
        let name: string | undefined;
        if (letter === 'o') {
          name = words[++i];
          if (name === undefined || !(name in OPTIONS)) return failWith([`ksh: set: ${name ?? ''}: bad option(s)`], 1);
        } else name = Object.keys(OPTIONS).find((n) => OPTIONS[n] === letter);
        if (name === undefined) return failWith([`ksh: set: -${letter}: unknown option`], 2);
        if (!SIMULATED.has(name)) return failWith([notYet(`set ${w.startsWith('-') ? '-' : '+'}o ${name}`)]);
        into.push(name);
      }
    }
    const rest = words.slice(i);
    return { out: [], status: 0, effects: [{ kind: 'options', on: turnOn, off: turnOff }, ...(rest.length > 0 ? [{ kind: 'args' as const, args: rest }] : [])] };
  },
);
