// sar: system activity, as the CPU report (-u, the default) Interval Count
// times, then the Average line. Without Interval it would read the day's
// /var/adm/sa file, which this LPAR does not collect: "sar: 0551-201 Cannot
// open /var/adm/sa/saDD." (RECALLED). Refused inside a WPAR, where IBM
// documents it is not supported (the message INFERRED). Layout RECALLED from
// AIX 7. Other reports (-b -d -q -r -w ...) say they are not supported yet.

import type { Command } from '../engine/contract.js';
import { LOGICAL_CPUS } from '../world/system.js';
import { intervals, spaced } from './lib/intervals.js';
import { notYet } from './lib/messages.js';
import { failWith } from './lib/output.js';

const two = (n: number) => String(n).padStart(2, '0');
const hms = (ms: number) => {
  const d = new Date(ms);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
};

export const sar: Command = {
  name: 'sar',
  scope: 'any',
  summary: 'System activity: CPU use at an interval (global only)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Collects, reports, or saves system activity information.', synopsis: ['sar [-u] Interval [Count]'], examples: ['sar 2 5', 'sar -u 1 3'] },
  run(ctx) {
    if (ctx.scope.kind === 'wpar') return failWith(['sar: This command is not supported in a workload partition.'], 1);
    const args = ctx.argv.slice(1);
    const flags = args.filter((a) => a.startsWith('-'));
    if (flags.some((f) => f !== '-u')) return failWith([notYet(`sar ${flags.find((f) => f !== '-u')}`)]);
    const operands = args.filter((a) => !a.startsWith('-'));
    const d = new Date(ctx.now);
    if (operands.length === 0) return failWith([`sar: 0551-201 Cannot open /var/adm/sa/sa${two(d.getUTCDate())}.`], 2);
    const every = intervals(operands);
    if (!every) return failWith(['Usage: sar [-u] Interval [Count]'], 2);
    const count = operands[1] === undefined ? 1 : every.reports;
    const { lpar } = ctx.world;
    const head = [
      '',
      `AIX ${lpar.hostname} ${lpar.osRelease} ${lpar.osVersion} ${lpar.machineId}    ${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCFullYear() % 100)}`,
      '',
      `System configuration: lcpu=${LOGICAL_CPUS} ent=0.50 mode=Uncapped`,
      '',
      `${hms(ctx.now)}    %usr    %sys    %wio   %idle   physc   %entc`,
    ];
    const rows = Array.from({ length: count }, (_, n) => [
      `${hms(ctx.now + (n + 1) * every.seconds * 1000)}${String(1 + (n % 2)).padStart(8)}${String(2).padStart(8)}${'0'.padStart(8)}${String(97 - (n % 2)).padStart(8)}    0.02${(4.1 + (n % 2) * 0.3).toFixed(1).padStart(8)}`,
    ]);
    const average = ['', `Average ${String(1).padStart(8)}${'2'.padStart(8)}${'0'.padStart(8)}${'97'.padStart(8)}    0.02${'4.2'.padStart(8)}`];
    return { out: [...spaced([head], 0, () => {}), ...spaced(rows, every.seconds, () => ctx.stopIfInterrupted()), ...spaced([average], 0, () => {})], status: 0 };
  },
};
