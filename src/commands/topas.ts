// topas: one still frame of AIX's monitor (wparsim does not refresh it):
// the host, the time, CPU, the network and the disks, the busiest processes,
// memory and paging space, and how many WPARs are active. Figures from
// world/system.ts and the process table; layout RECALLED from AIX 7, cut to
// its main panels. Inside a WPAR only its processes. Press nothing: it ends.

import type { Command } from '../engine/contract.js';
import { pidInside } from '../world/processes.js';
import { scopeHostname } from '../world/scope.js';
import { MEMORY_MB, PAGING_MB } from '../world/system.js';
import { isRunning } from '../world/wpars.js';
import { lines } from './lib/output.js';
import { DAYS, MONTHS } from './lib/time.js';

export const topas: Command = {
  name: 'topas',
  scope: 'any',
  summary: 'A still frame of the performance monitor',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Reports selected local system statistics.', synopsis: ['topas'], examples: ['topas'] },
  run(ctx) {
    const d = new Date(ctx.now);
    const two = (n: number) => String(n).padStart(2, '0');
    const when = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
    const procs = ctx.world.processes.filter((p) => (ctx.scope.kind === 'global' ? true : p.wpar === ctx.scope.name)).slice(0, 6);
    const active = ctx.world.wpars.filter(isRunning).length;
    return {
      out: lines([
        `Topas Monitor for host:    ${scopeHostname(ctx.world, ctx.scope).padEnd(18)}EVENTS/QUEUES    FILE/TTY`,
        `${when}   Interval:  2         Cswitch     174  Readch     4915`,
        '                                        Syscall     226  Writech    1044',
        'CPU  User%  Kern%  Wait%  Idle%  Physc   Entc  Reads        12  Rawin         0',
        'ALL    0.6    1.0    0.0   98.4   0.02    4.1  Writes        6  Ttyout      417',
        '                                        Forks         0  Igets         0',
        'Network  KBPS   I-Pack  O-Pack   KB-In  KB-Out  Execs         0  Namei        19',
        'Total     0.4      2.0     1.0     0.1     0.3  Runqueue    1.0  Dirblk        0',
        '                                        Waitqueue   0.0',
        'Disk    Busy%     KBPS     TPS KB-Read KB-Writ                   MEMORY',
        `Total     0.4     12.3     1.6     4.9     7.4  PAGING           Real,MB    ${MEMORY_MB}`,
        '                                        Faults        0  % Comp     11',
        'FileSystem        KBPS     TPS KB-Read KB-Writ  Steals        0  % Noncomp   5',
        'Total              0.5     1.5     0.5     0.0  PgspIn        0  % Client    5',
        '                                        PgspOut       0',
        'Name            PID  CPU%  PgSp Owner           PageIn        0  PAGING SPACE',
        ...procs.map((p, i) =>
          `${(p.cmd.split('/').pop() ?? p.cmd).split(' ')[0]!.slice(0, 12).padEnd(12)}${String(ctx.scope.kind === 'wpar' ? pidInside(p) : p.pid).padStart(9)}   ${(i === 0 ? 0.1 : 0).toFixed(1)}  ${(0.5 + i * 0.3).toFixed(1).padStart(4)} ${p.user.padEnd(15)}${i === 0 ? ` PageOut       0  Size,MB    ${PAGING_MB}` : i === 1 ? '                  % Used      1' : i === 2 ? '                  % Free     99' : ''}`.trimEnd(),
        ),
        '',
        `WPAR Activ   ${active}   WPAR Total   ${ctx.world.wpars.length}`,
        'Press: "h"-help                        "q"-quit',
      ]),
      status: 0,
    };
  },
};
