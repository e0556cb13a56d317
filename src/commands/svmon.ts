// svmon -G: the global memory snapshot in 4 KB pages (size, in use, free,
// pinned, virtual; paging space), and -O unit=MB,summary=longreal as
// chef/ohai's memory plugin runs it. Figures from world/system.ts, the
// same as vmstat's. Layouts RECALLED from AIX 7.2 (the -O longreal line's
// seven numbers SOURCED: chef/ohai spec/unit/plugins/aix/memory_spec.rb).
// Other reports (-P, -U, -C, -S) say they are not supported yet.

import type { Command } from '../engine/contract.js';
import { MEMORY_MB, memoryPages, PAGING_MB } from '../world/system.js';
import { notYet } from './lib/messages.js';
import { failWith, lines } from './lib/output.js';

const cell = (v: string | number) => String(v).padStart(12);

export const svmon: Command = {
  name: 'svmon',
  scope: 'global',
  summary: 'Memory snapshot (svmon -G)',
  ownFlagParsing: true,
  flags: [],
  manual: { purpose: 'Captures and analyzes a snapshot of virtual memory.', synopsis: ['svmon -G', 'svmon -G -O unit=MB,summary=longreal'], examples: ['svmon -G'] },
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] !== '-G') return failWith([args.length === 0 ? notYet('svmon without -G') : notYet(`svmon ${args[0]}`)]);
    const { total, inUse, free, pinned } = memoryPages();
    const virtual = Math.round(inUse * 0.77);
    const pgsp = (PAGING_MB * 1024) / 4;
    if (args[1] === '-O' && args[2] === 'unit=MB,summary=longreal' && args.length === 3) {
      const mb = (pages: number) => ((pages * 4) / 1024).toFixed(2).padStart(10);
      return {
        out: lines([
          'Unit: MB',
          '---------------------------------------------------------------------------------------',
          '     Memory                                      Size     Inuse      Free       Pin   Virtual  Available',
          ` ${mb(total)}${mb(inUse)}${mb(free)}${mb(pinned)}${mb(virtual)}${mb(free + Math.round(inUse * 0.2))}  ${MEMORY_MB.toFixed(2)}`,
        ]),
        status: 0,
      };
    }
    if (args.length > 1) return failWith([notYet(`svmon ${args.slice(1).join(' ')}`)]);
    return {
      out: lines([
        `               size       inuse        free         pin     virtual   mmode`,
        `memory${String(total).padStart(13)}${cell(inUse)}${cell(free)}${cell(pinned)}${cell(virtual)}     Ded`,
        `pg space${String(pgsp).padStart(11)}${cell(Math.round(pgsp / 100))}`,
        '',
        '               work        pers        clnt       other',
        `pin${String(Math.round(pinned * 0.8)).padStart(16)}${cell(0)}${cell(0)}${cell(pinned - Math.round(pinned * 0.8))}`,
        `in use${String(virtual).padStart(13)}${cell(0)}${cell(inUse - virtual)}`,
      ]),
      status: 0,
    };
  },
};
