// lparstat: the LPAR's configuration and use. No flag: the system
// configuration line and one utilisation row (format SOURCED, reference
// 19.2; the figures are simulated), Interval [Count] one row a report; -i: the static
// configuration (SOURCED field list); -W: the WPAR key and configured ID (0
// in the global environment, the WPAR's inside); -i -W: both. Inside a WPAR
// "Node Name" is the WPAR's host name (SOURCED difference, libwhereami).

import type { Command, FlagSpec } from '../engine/contract.js';
import { scopeHostname } from '../world/scope.js';
import { findWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { intervals, spaced } from './lib/intervals.js';
import { failWith, lines } from './lib/output.js';

const STATIC: [string, string][] = [
  ['Partition Number', '1'],
  ['Type', 'Shared-SMT-8'],
  ['Mode', 'Uncapped'],
  ['Entitled Capacity', '0.50'],
  ['Partition Group-ID', '32769'],
  ['Shared Pool ID', '0'],
  ['Online Virtual CPUs', '2'],
  ['Maximum Virtual CPUs', '4'],
  ['Minimum Virtual CPUs', '1'],
  ['Online Memory', '8192 MB'],
  ['Maximum Memory', '16384 MB'],
  ['Minimum Memory', '2048 MB'],
  ['Variable Capacity Weight', '128'],
  ['Minimum Capacity', '0.10'],
  ['Maximum Capacity', '2.00'],
  ['Capacity Increment', '0.01'],
  ['Maximum Physical CPUs in system', '20'],
  ['Active Physical CPUs in system', '20'],
  ['Active CPUs in Pool', '19'],
  ['Shared Physical CPUs in system', '19'],
  ['Maximum Capacity of Pool', '1900'],
  ['Entitled Capacity of Pool', '1170'],
  ['Unallocated Capacity', '0.00'],
  ['Physical CPU Percentage', '25.00%'],
  ['Unallocated Weight', '0'],
  ['Memory Mode', 'Dedicated'],
  ['Total I/O Memory Entitlement', '-'],
  ['Variable Memory Capacity Weight', '-'],
  ['Memory Pool ID', '-'],
  ['Physical Memory in the Pool', '-'],
  ['Hypervisor Page Size', '-'],
  ['Unallocated Variable Memory Capacity Weight', '-'],
  ['Unallocated I/O Memory entitlement', '-'],
  ['Memory Group ID of LPAR', '-'],
  ['Desired Virtual CPUs', '2'],
  ['Desired Memory', '8192 MB'],
  ['Desired Variable Capacity Weight', '128'],
  ['Desired Capacity', '0.50'],
  ['Target Memory Expansion Factor', '-'],
  ['Target Memory Expansion Size', '-'],
  ['Power Saving Mode', 'Disabled'],
  ['Sub Processor Mode', '-'],
];

const field = (label: string, value: string) => `${label.padEnd(43)}: ${value}`;

const USAGE = ['Usage: lparstat { -i [ -W ] | -W | [ Interval [ Count ] ] }'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'i', doc: 'The static LPAR configuration.' },
  { flag: 'W', doc: 'The WPAR key and configured ID.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('sGPuNdmeHhXcELx'),
];

export const lparstat: Command = {
  name: 'lparstat',
  scope: 'any',
  summary: 'LPAR information and use (-i, -W for WPARs)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Reports logical partition (LPAR) related information and statistics.',
    synopsis: ['lparstat [Interval [Count]]', 'lparstat -i [-W]', 'lparstat -W'],

    examples: ['lparstat -W'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lparstat);
    if (isFailure(parsed)) return parsed;
    const every = intervals(parsed.operands);
    if (!every || (parsed.operands.length > 0 && (parsed.has('i') || parsed.has('W')))) return failWith(USAGE, 2);
    const cid = ctx.scope.kind === 'wpar' ? (findWpar(ctx.world, ctx.scope.name)?.cid ?? 0) : 0;
    const wparLines = [field('WPAR Key', String(cid)), field('WPAR Configured ID', String(cid))];
    if (parsed.has('i')) {
      const out = [field('Node Name', scopeHostname(ctx.world, ctx.scope)), field('Partition Name', ctx.world.lpar.partitionName), ...STATIC.map(([l, v]) => field(l, v))];
      if (parsed.has('W')) out.push(...wparLines, field('WPAR Maximum Logical CPUs', '0'), field('WPAR Maximum Virtual CPUs', '0'), field('WPAR Percentage CPU Limit', '100.00%'));
      return { out: lines(out), status: 0 };
    }
    if (parsed.has('W')) return { out: lines(wparLines), status: 0 };
    // One line a report (Interval Count: one every Interval seconds); the figures of a quiet LPAR, a little different each time.
    const rows = Array.from({ length: every.reports }, (_, n) => {
      const user = [1.2, 0.8, 1.5, 0.9][n % 4]!;
      const sys = [2.3, 1.9, 2.6, 2.0][n % 4]!;
      return [
        `${user.toFixed(1).padStart(5)} ${sys.toFixed(1).padStart(5)}    0.0 ${(100 - user - sys).toFixed(1).padStart(6)}  0.02   ${[4.1, 3.6, 4.6][n % 3]!.toFixed(1)}    1.4 ${String(512 + (n % 5) * 7).padStart(5)}     0    101    0.82`,
      ];
    });
    const head = [
      '',
      'System configuration: type=Shared mode=Uncapped smt=8 lcpu=16 mem=8192MB psize=19 ent=0.50 ',
      '',
      '%user  %sys  %wait  %idle physc %entc  lbusy  vcsw phint  %nsp  %utcyc',
      '----- ----- ------ ------ ----- ----- ------ ----- -----  -----  ------',
    ];
    return { out: [...lines(head), ...spaced(rows, every.seconds, () => ctx.stopIfInterrupted())], status: 0 };
  },
};
