// vmstat: virtual memory statistics. With no operand one report; vmstat
// Interval [Count] a report every Interval seconds (real seconds at the
// prompt, as sleep waits; instant in -c and replays; without a Count wparsim
// stops after 100 reports where AIX goes on until Ctrl-C); -v the memory
// counters ansible's facts read ("memory pages", "free pages"). The figures
// are a quiet LPAR's (world/system.ts), the same each run. Layouts RECALLED
// from AIX 7.2 (the "System configuration:" line and the kthr/memory/page/
// faults/cpu columns of a shared-processor LPAR). Not simulated yet: -s, -i,
// -f, -t, -w, -l, -I, and disk names.

import type { Command, FlagSpec } from '../engine/contract.js';
import { LOGICAL_CPUS, MEMORY_MB, memoryPages } from '../world/system.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { intervals, spaced } from './lib/intervals.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: vmstat [-fsviItlw] [-@ wparname] [-p PageSize | ALL] [Drives] [Interval [Count]]'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'v', doc: 'The virtual memory manager counters.' }, ...notSimulated('fsiItlw@:p:')];

/** One report line: threads, memory (4 KB pages), paging, faults, cpu (the last ones vary a little from report to report). */
function report(n: number): string {
  const { inUse, free } = memoryPages();
  const sy = [226, 310, 198, 251][n % 4]!;
  const us = n % 3 === 1 ? 1 : 0;
  return ` 1  0 ${String(inUse).padStart(6)} ${String(free).padStart(7)}   0   0   0   0    0   0 ${String(6 + (n % 5)).padStart(3)} ${String(sy).padStart(4)} ${String(174 + (n % 7) * 3).padStart(3)} ${String(us).padStart(2)}  0 ${String(99 - us).padStart(2)}  0  0.00   ${(0.9 + us * 0.4).toFixed(1)}`;
}

function counters(): string[] {
  const { total, inUse, free, pinned } = memoryPages();
  const file = Math.round(total * 0.0493);
  const rows: [string | number, string][] = [
    [total, 'memory pages'],
    [Math.round(total * 0.9251), 'lruable pages'],
    [free, 'free pages'],
    [1, 'memory pools'],
    [pinned, 'pinned pages'],
    ['90.0', 'maxpin percentage'],
    ['3.0', 'minperm percentage'],
    ['90.0', 'maxperm percentage'],
    ['5.3', 'numperm percentage'],
    [file, 'file pages'],
    ['0.0', 'compressed percentage'],
    [0, 'compressed pages'],
    ['5.3', 'numclient percentage'],
    ['90.0', 'maxclient percentage'],
    [file, 'client pages'],
    [0, 'remote pageouts scheduled'],
    [0, 'pending disk I/Os blocked with no pbuf'],
    [0, 'paging space I/Os blocked with no psbuf'],
    [2228, 'filesystem I/Os blocked with no fsbuf'],
    [0, 'client filesystem I/Os blocked with no fsbuf'],
    [0, 'external pager filesystem I/Os blocked with no fsbuf'],
    [(((inUse - file) * 100) / total).toFixed(1), 'percentage of memory used for computational pages'],
  ];
  return rows.map(([v, label]) => `${String(v).padStart(21)} ${label}`);
}

export const vmstat: Command = {
  name: 'vmstat',
  scope: 'any',
  summary: 'Virtual memory statistics (vmstat 2 5, vmstat -v)',
  flags: FLAGS,
  usage: USAGE,
  manual: { purpose: 'Reports virtual memory statistics.', synopsis: ['vmstat [Interval [Count]]', 'vmstat -v'], examples: ['vmstat 2 5', 'vmstat -v | grep "free pages"'] },
  run(ctx) {
    const parsed = parseFlags(ctx, vmstat);
    if (isFailure(parsed)) return parsed;
    if (parsed.has('v')) return parsed.operands.length > 0 ? failWith(USAGE, 2) : { out: lines(counters()), status: 0 };
    const every = intervals(parsed.operands);
    if (!every) return failWith(USAGE, 2);
    const head = [
      '',
      `System configuration: lcpu=${LOGICAL_CPUS} mem=${MEMORY_MB}MB ent=0.50`,
      '',
      'kthr    memory              page              faults              cpu          ',
      '----- ----------- ------------------------ ------------ -----------------------',
      ' r  b   avm   fre  re  pi  po  fr   sr  cy  in   sy  cs us sy id wa    pc    ec',
    ];
    const rows = Array.from({ length: every.reports }, (_, n) => [report(n)]);
    return { out: [...lines(head), ...spaced(rows, every.seconds, () => ctx.stopIfInterrupted())], status: 0 };
  },
};
