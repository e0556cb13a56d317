// iostat: terminal, CPU and disk activity: the configuration line, the
// tty/avg-cpu report and a Disks table of the scope's disks (inside a WPAR
// the ones exported to it, or the drives named); -d only disks, -t only tty
// and CPU; Interval [Count] repeats the reports (lib/intervals.ts). The
// counters are a quiet LPAR's; the boot disk has done some work. Layout
// RECALLED from AIX 7; the message for a drive it does not have INFERRED.
// Other flags say they are not supported yet.

import type { Command, FlagSpec } from '../engine/contract.js';
import { disksIn } from '../world/devices.js';
import { LOGICAL_CPUS } from '../world/system.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { intervals, spaced } from './lib/intervals.js';
import { failWith } from './lib/output.js';

const USAGE = ['Usage: iostat [-a] [-l] [-s] [-t] [-T] [-V] [-z] [-d | -D [-R]] [-A [-P] [-q | -Q]] [-m] [-f | -F] [-@ wparname | ALL | Global] [drives ...] [interval [count]]'];

const FLAGS: readonly FlagSpec[] = [{ flag: 'd', doc: 'Only the disks.' }, { flag: 't', doc: 'Only the terminal and CPU report.' }, ...notSimulated('alsTVzDRAPqQmfF@:')];

export const iostat: Command = {
  name: 'iostat',
  scope: 'any',
  summary: 'Terminal, CPU and disk activity (iostat 2 3, -d)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Reports Central Processing Unit (CPU) statistics, asynchronous input/output (AIO) and input/output statistics for the entire system, adapters, tty devices, disks and CD-ROMs.',
    synopsis: ['iostat [-d | -t] [Interval [Count]]'],
    examples: ['iostat', 'iostat -d 2 3'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, iostat);
    if (isFailure(parsed)) return parsed;
    // Drive names first, then Interval and Count.
    const drives = parsed.operands.filter((o) => !/^\d+$/.test(o));
    const every = intervals(parsed.operands.filter((o) => /^\d+$/.test(o)));
    if (!every || (parsed.has('d') && parsed.has('t'))) return failWith(USAGE, 2);
    const all = disksIn(ctx.world, ctx.scope);
    const unknown = drives.find((d) => !all.some((x) => x.name === d));
    if (unknown !== undefined) return failWith([`iostat: 0551-157 Unable to find disk ${unknown}.`], 1);
    const disks = drives.length > 0 ? all.filter((d) => drives.includes(d.name)) : all;
    const head = ['', `System configuration: lcpu=${LOGICAL_CPUS} drives=${disks.length} ent=0.50 paths=${disks.length * 2} vdisks=1`];
    const reports = Array.from({ length: every.reports }, (_, n) => {
      const out: string[] = [];
      if (!parsed.has('d'))
        out.push(
          '',
          'tty:      tin         tout    avg-cpu: % user % sys % idle % iowait physc % entc',
          `          0.0${(8.2 + (n % 3) * 0.4).toFixed(1).padStart(13)}${'0.6'.padStart(19)}   1.0   98.4      0.0   0.0    2.4`,
        );
      if (!parsed.has('t')) {
        out.push('', 'Disks:        % tm_act     Kbps      tps    Kb_read   Kb_wrtn');
        for (const d of disks) {
          const busy = d.name === 'hdisk0';
          out.push(
            `${d.name.padEnd(15)}${(busy ? 0.4 : 0).toFixed(1).padStart(5)}${(busy ? 12.3 : 0).toFixed(1).padStart(10)}${(busy ? 1.6 : 0).toFixed(1).padStart(10)}${String(busy ? 4418123 : 0).padStart(11)}${String(busy ? 6012844 : 0).padStart(10)}`,
          );
        }
      }
      return out;
    });
    return { out: [...spaced([head], 0, () => {}), ...spaced(reports, every.seconds, () => ctx.stopIfInterrupted())], status: 0 };
  },
};
