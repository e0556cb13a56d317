// sleep: waits a number of seconds on the simulated clock: instant in -c,
// piped input, replays and tests (the clock moves on); at the interactive
// prompt the seconds themselves (a long operation's simulated minutes are
// compressed by --speed fast, a wait the user asked for is not), none with
// --speed instant. Ctrl-C stops it.

import type { Command } from '../engine/contract.js';
import { failWith } from './lib/output.js';

export const sleep: Command = {
  name: 'sleep',
  scope: 'any',
  summary: 'Wait a number of seconds',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Suspends execution for an interval.', synopsis: ['sleep Seconds'], examples: ['startwpar web1; sleep 5; lswpar web1'] },
  run(ctx) {
    const [seconds, extra] = ctx.argv.slice(1);
    if (seconds === undefined || extra !== undefined || !/^\d+$/.test(seconds)) return failWith(['Usage: sleep Seconds'], 2);
    const ms = Math.min(Number(seconds), 2 ** 31) * 1000;
    return { out: ms > 0 ? [{ text: '', stream: 'out', delayMs: ms, realTime: true }] : [], status: 0 };
  },
};
