// lssrc: SRC subsystems. -a: every subsystem with its group, PID and status
// (layout SOURCED, reference 20); in the global environment also the
// cor_<wpar> subsystem of each active WPAR (group RECALLED-low: none);
// inside a WPAR its own subsystems; one stopsrc stopped is inoperative. -s Name: one subsystem ("0513-085 The X
// Subsystem is not on file." when unknown, RECALLED). -g Group: a group.

import type { Command, FlagSpec } from '../engine/contract.js';
import { pidInside } from '../world/processes.js';
import { scopeName } from '../world/scope.js';
import { subsystemsOf } from '../world/subsystems.js';
import { isRunning } from '../world/wpars.js';
import { isFailure, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';

const USAGE = ['Usage: lssrc [-h host] -a', '       lssrc [-h host] -g groupname', '       lssrc [-h host] [-l] -s subsystem'];

const FLAGS: readonly FlagSpec[] = [
  { flag: 'a', doc: 'Every subsystem.' },
  { flag: 's', arg: 'Subsystem', doc: 'One subsystem.' },
  { flag: 'g', arg: 'Group', doc: 'A group of subsystems.' },
];

export const lssrc: Command = {
  name: 'lssrc',
  scope: 'any',
  summary: 'Status of SRC subsystems (-a, -s name, -g group)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Gets the status of a subsystem, a group of subsystems, or a subserver.',
    synopsis: ['lssrc -a', 'lssrc -s Subsystem', 'lssrc -g Group'],

    examples: ['lssrc -a', 'lssrc -s cor_wpar1'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, lssrc);
    if (isFailure(parsed)) return parsed;
    const inside = ctx.scope.kind === 'wpar';
    const rows: [string, string, string, string][] = [];
    for (const p of ctx.world.processes) {
      if (!p.subsystem || (inside ? p.wpar !== scopeName(ctx.scope) : p.wpar !== undefined)) continue;
      rows.push([p.subsystem, p.group ?? '', String(inside ? pidInside(p) : p.pid), 'active']);
    }
    if (!inside) for (const w of ctx.world.wpars) if (isRunning(w) && w.corPid) rows.push([`cor_${w.name}`, '', String(w.corPid), 'active']);
    // What is on file and not running: the usual inoperative ones, and any stopsrc stopped.
    for (const s of subsystemsOf(ctx.world, ctx.scope)) if (!rows.some((r) => r[0] === s.name)) rows.push([s.name, s.group, '', 'inoperative']);
    if (!inside) for (const w of ctx.world.wpars) if (!isRunning(w) && w.type === 'S') rows.push([`cor_${w.name}`, '', '', 'inoperative']);
    let shown = rows;
    const s = parsed.arg('s');
    const g = parsed.arg('g');
    if (s !== undefined) {
      shown = rows.filter((r) => r[0] === s);
      if (!shown.length) return failWith([`0513-085 The ${s} Subsystem is not on file.`]);
    } else if (g !== undefined) {
      shown = rows.filter((r) => r[1] === g);
      if (!shown.length) return failWith([`0513-086 The ${g} Group is not on file.`]);
    } else if (!parsed.has('a')) {
      return failWith(['Usage: lssrc [-h host] -a', '       lssrc [-h host] -g groupname', '       lssrc [-h host] [-l] -s subsystem']);
    }
    const row = ([n, gr, pid, st]: string[]) => ` ${n!.padEnd(17)}${gr!.padEnd(17)}${pid!.padEnd(13)}${st}`;
    return { out: lines(['Subsystem         Group            PID          Status ', ...shown.map(row)]), status: 0 };
  },
};
