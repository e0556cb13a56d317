// mpstat: each logical processor's activity (16: 2 virtual processors in
// SMT-8), then ALL; Interval [Count] repeats the report. Refused inside a
// WPAR, where IBM documents it is not supported (the message INFERRED).
// Layout RECALLED from AIX 7; the figures a quiet LPAR's.

import type { Command } from '../engine/contract.js';
import { LOGICAL_CPUS } from '../world/system.js';
import { intervals, spaced } from './lib/intervals.js';
import { failWith } from './lib/output.js';

export const mpstat: Command = {
  name: 'mpstat',
  scope: 'any',
  summary: 'Per-processor activity (global only)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Collects and displays performance statistics for all logical CPUs in the system.', synopsis: ['mpstat [Interval [Count]]'], examples: ['mpstat', 'mpstat 2 3'] },
  run(ctx) {
    if (ctx.scope.kind === 'wpar') return failWith(['mpstat: This command is not supported in a workload partition.'], 1);
    const every = intervals(ctx.argv.slice(1));
    if (!every) return failWith(['Usage: mpstat [-a | -d | -i | -s | -h] [-w] [-O Options] [-@ wparname] [interval [count]]'], 2);
    const head = ['', `System configuration: lcpu=${LOGICAL_CPUS} ent=0.5 mode=Uncapped`, ''];
    const reports = Array.from({ length: every.reports }, (_, n) => {
      const rows = ['cpu  min  maj  mpc  int   cs  ics   rq  mig lpa sysc us sy wa id   pc  %ec  lcs'];
      for (let c = 0; c < LOGICAL_CPUS; c++) {
        const busy = c % 8 === 0;
        rows.push(
          `${String(c).padStart(3)}    0    0    0 ${String(busy ? 160 + n : 9).padStart(4)} ${String(busy ? 96 : 0).padStart(4)} ${String(busy ? 48 : 0).padStart(4)}    0    0 ${busy ? '100' : '  -'} ${String(busy ? 174 : 0).padStart(4)} ${busy ? ' 2  5  0 93' : ' 0  0  0 99'} ${busy ? '0.01' : '0.00'} ${busy ? ' 2.1' : ' 0.0'} ${String(busy ? 103 : 0).padStart(4)}`,
        );
      }
      rows.push(`ALL    0    0    0 ${String(320 + 2 * n).padStart(4)}  192   96    0    0 100  348  1  2  0 97 0.02  4.2  206`, '-'.repeat(78));
      return rows;
    });
    return { out: [...spaced([head], 0, () => {}), ...spaced(reports, every.seconds, () => ctx.stopIfInterrupted())], status: 0 };
  },
};
