// trap: runs commands when the shell exits: trap 'commands' EXIT (or 0);
// trap - EXIT removes it; trap alone lists it as ksh does. A script's EXIT
// trap runs when the script ends, the login shell's when it exits. Traps
// on signals (INT, TERM, HUP, ERR ...) are not simulated yet.

import type { Command } from '../engine/contract.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

export const trap: Command = {
  name: 'trap',
  scope: 'any',
  summary: 'Run commands when the shell exits (EXIT)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Runs a command when the shell receives a signal or exits (wparsim: EXIT).', synopsis: ["trap ['Command' | -] EXIT", 'trap'], examples: ["trap 'rm -f /tmp/work.$$' EXIT"] },
  run(ctx) {
    const words = ctx.argv.slice(1);
    if (words.length === 0) {
      const current = ctx.getVar('.trap.EXIT');
      return { out: current === undefined ? [] : lines([`trap -- '${current.replace(/'/g, `'\\''`)}' EXIT`]), status: 0 };
    }
    const [action, ...signals] = words;
    if (signals.length === 0) return failWith(['ksh: trap: condition(s) required'], 2);
    for (const s of signals) if (s !== 'EXIT' && s !== '0') return failWith([notYet(`trap on ${s}`)]);
    return { out: [], status: 0, effects: [action === '-' ? { kind: 'vars', unset: ['.trap.EXIT'] } : { kind: 'vars', set: [['.trap.EXIT', action!]] }] };
  },
};
