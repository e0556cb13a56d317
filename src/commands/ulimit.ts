// ulimit: the process resource limits, as a root login on AIX 7.3 shows
// them (RECALLED: the AIX defaults of /etc/security/limits): ulimit (the
// file size), ulimit -a (all of them). Setting a limit is not simulated yet.

import type { Command } from '../engine/contract.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const LIMITS: readonly [string, string, string][] = [
  ['t', 'time(seconds)', 'unlimited'],
  ['f', 'file(blocks)', '2097151'],
  ['d', 'data(kbytes)', '131072'],
  ['s', 'stack(kbytes)', '32768'],
  ['m', 'memory(kbytes)', '32768'],
  ['c', 'coredump(blocks)', '2097151'],
  ['n', 'nofiles(descriptors)', '2000'],
  ['r', 'threads(per process)', 'unlimited'],
  ['u', 'processes(per user)', 'unlimited'],
];

export const ulimit: Command = {
  name: 'ulimit',
  scope: 'any',
  summary: 'Show the resource limits (-a)',
  ownFlagParsing: true,
  flags: [{ flag: 'a', doc: 'Every limit.' }],
  manual: { purpose: 'Shows the resource limits of the shell and the processes it starts.', synopsis: ['ulimit [-a | -t | -f | -d | -s | -m | -c | -n | -r | -u]'], examples: ['ulimit -a'] },
  run(ctx) {
    const [flag, value] = ctx.argv.slice(1);
    if (value !== undefined || (flag !== undefined && !/^-[a-z]$/.test(flag))) return failWith([notYet('setting a limit with ulimit')]);
    if (flag === '-a') return { out: lines(LIMITS.map(([, name, v]) => `${name.padEnd(21)}${v}`)), status: 0 };
    const row = LIMITS.find(([l]) => l === (flag ?? '-f').slice(1));
    if (!row) return failWith([`ksh: ulimit: ${flag}: unknown option`], 2);
    return { out: lines([row[2]]), status: 0 };
  },
};
