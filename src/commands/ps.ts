// ps: process status. -e/-A (every process), -f (full), -l (long), -u
// users, -p PIDs, -o fields, -@ [WparName] (a WPAR column; with a name, only
// that WPAR's processes; "Global" for the global environment's). Without
// -e/-p/-u, the processes of your terminal (the shell and ps). In the global
// environment a WPAR's processes show their global PIDs and, without -@, a
// "+" before the user (reference 15.1, DOC); inside a WPAR only its own, with
// its PIDs (init is 1), and -@ is refused. Layout: reference 15.2 (header
// SOURCED in shape; column widths RECALLED). -l's F/PRI/NI/ADDR/SZ/WCHAN
// values are simulated. Berkeley style (a first word without "-": ps aux,
// ps -e's all processes with a, x, g; u the user-oriented columns, header from
// an AIX monitoring script's copy of `ps aux`'s, the values simulated). A -p
// or -u list that matches no process prints the header alone and exits 1.
// Other flags say they are not supported yet.

import type { Command, CommandContext, CommandResult, FlagSpec } from '../engine/contract.js';
import { own } from '../world/dict.js';
import { pidInside, ppidInside } from '../world/processes.js';
import { scopeName } from '../world/scope.js';
import type { Proc } from '../world/types.js';
import { accounts } from './lib/accounts.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { failWith, lines } from './lib/output.js';
import { strftime } from './lib/time.js';

const USAGE = [
  'usage: ps [-ANaedfklmMZ] [-n namelist] [-F Format] [-o specifier[=header],...]',
  '\t\t[-p proclist][-G|-g grouplist] [-t termlist] [-U|-u userlist] [-c classlist] [ -T pid] [ -L pidlist]',
  '\t\t[-@ [wparname]] [-X]',
];

interface Row {
  pid: number;
  ppid: number;
  user: string;
  wpar: string;
  cmd: string;
  start: number;
  tty: string;
  time: string;
}

const FIELDS: Record<string, [string, (r: Row, now: number, zone: string) => string, boolean]> = {
  pid: ['PID', (r) => String(r.pid), true],
  ppid: ['PPID', (r) => String(r.ppid), true],
  user: ['USER', (r) => r.user, true],
  ruser: ['RUSER', (r) => r.user, true],
  uid: ['UID', (r) => (r.user.endsWith('root') ? '0' : '100'), true],
  comm: ['COMMAND', (r) => commandName(r.cmd), false],
  args: ['COMMAND', (r) => r.cmd, false],
  command: ['COMMAND', (r) => r.cmd, false],
  cmd: ['COMMAND', (r) => r.cmd, false],
  stime: ['STIME', (r, now, zone) => stime(r.start, now, zone), true],
  tty: ['TT', (r) => r.tty, true],
  time: ['TIME', (r) => r.time, true],
  pcpu: ['%CPU', () => '0.0', true],
  vsz: ['VSZ', (r) => String(sizeOf(r)), true],
  wpar: ['WPAR', (r) => r.wpar, true],
};

/** A process's simulated size in KB: one figure for VSZ, -l's SZ and ps aux's SZ. */
const sizeOf = (r: Row): number => 400 + (r.pid % 997);

function commandName(cmd: string): string {
  const first = cmd.split(/[\s:]/)[0]!;
  return first.startsWith('-') ? first : first.slice(first.lastIndexOf('/') + 1);
}

function stime(start: number, now: number, zone: string): string {
  return strftime('%Y%m%d', start, zone) === strftime('%Y%m%d', now, zone) ? strftime('%H:%M:%S', start, zone) : strftime('%b %d', start, zone);
}

const FLAGS: readonly FlagSpec[] = [
  { flag: 'e', doc: 'Every process.' },
  { flag: 'A', doc: 'Every process (as -e).' },
  { flag: 'f', doc: 'Full listing.' },
  { flag: 'l', doc: 'Long listing.' },
  { flag: 'u', arg: 'User', doc: 'Processes of these users.' },
  { flag: 'p', arg: 'PID', doc: 'These processes.' },
  { flag: 'o', arg: 'Field', doc: 'pid, ppid, user, uid, comm, args, stime, tty, time, pcpu, vsz, wpar.' },
  { flag: '@', arg: '[WparName]', takes: 'optional', doc: "A WPAR column; with a name, only that workload partition's processes (global environment only)." },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('adkmMNZXn:F:G:g:t:U:c:T:L:'),
];

export const ps: Command = {
  name: 'ps',
  scope: 'any',
  summary: 'Process status (-ef, -@ WPAR column, -o fields)',
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Shows the current status of processes.',
    synopsis: ['ps [-e] [-f] [-l] [-u User,...] [-p PID,...] [-o Field,...] [-@ [WparName]]'],

    examples: ['ps -ef@', 'ps -ef@ wpar1', 'ps -@ wpar1 -o pid,args'],
  },
  run(ctx) {
    const bsd = ctx.argv[1];
    if (ctx.argv.length === 2 && bsd !== undefined && /^[aguxwe]+$/.test(bsd)) return berkeley(ctx, bsd);
    const parsed = parseFlags(ctx, ps);
    if (isFailure(parsed)) return parsed;
    const has = (f: string) => parsed.has(f);
    const arg = (f: string) =>
      parsed.opts
        .filter((o) => o.flag === f)
        .map((o) => o.arg!)
        .join(',');
    // -@ takes an optional WPAR name (ps -ef@ wpar1).
    const at = has('@');
    const wparName = parsed.arg('@');
    if (parsed.operands.length) return failWith(USAGE);
    const inside = ctx.scope.kind === 'wpar';
    if (at && inside) return failWith(['ps: 0509-064 The -@ flag is not valid inside a workload partition.']);
    if (wparName !== undefined && wparName !== 'Global' && !ctx.world.wpars.some((w) => w.name === wparName)) {
      return failWith([`ps: 0509-065 Could not find a workload partition called ${wparName}.`]);
    }
    let rows = processRows(ctx, !at);
    const mine = rows.filter((r) => r.tty !== '-');
    if (!(has('A') || has('e') || has('p') || has('u'))) rows = mine;
    // A list that names no process id, or a user the system does not have, is an invalid list (exit 1).
    const invalid = (flag: string) => failWith([`ps: 0509-048 Flag -${flag} was used with an invalid list.`, ...USAGE]);
    if (has('p')) {
      const words = arg('p')
        .split(/[,\s]+/)
        .filter(Boolean);
      if (words.length === 0 || words.some((w) => !/^\d+$/.test(w))) return invalid('p');
      const pids = words.map(Number);
      rows = rows.filter((r) => pids.includes(r.pid));
    }
    if (has('u')) {
      const users = arg('u')
        .split(/[,\s]+/)
        .filter(Boolean);
      // The scope's users (its /etc/passwd), by name or number.
      const known = new Set(['0', 'root', ...ctx.world.processes.map((p) => p.user), ...accounts(ctx).users.flatMap((u) => [u.name, u.uid])]);
      if (users.length === 0 || users.some((u) => !known.has(u))) return invalid('u');
      rows = rows.filter((r) => users.includes(r.user.replace('+', '')) || users.includes(r.user.startsWith('+') || r.user === 'root' ? '0' : ''));
    }
    if (wparName !== undefined) rows = rows.filter((r) => r.wpar === wparName);
    rows.sort((a, b) => a.pid - b.pid);
    // A list that matches no process: the heading alone, and status 1.
    const status = (has('p') || has('u')) && rows.length === 0 ? 1 : 0;
    const zone = ctx.world.lpar.timezone;
    const wparCol = at ? (r: Row | null) => (r ? r.wpar : 'WPAR').padStart(9) : () => '';
    if (has('o')) {
      const fields = arg('o')
        .split(/[,\s]+/)
        .filter(Boolean);
      if (fields.length === 0 || fields.some((f) => !own(FIELDS, f))) return invalid('o');
      const cells = rows.map((r) => fields.map((f) => own(FIELDS, f)![1](r, ctx.now, zone)));
      const heads = fields.map((f) => own(FIELDS, f)![0]);
      const widths = fields.map((_, c) => Math.max(heads[c]!.length, ...cells.map((row) => row[c]!.length)));
      const fmt = (cs: string[]) =>
        cs
          .map((c, i) => (FIELDS[fields[i]!]![2] ? c.padStart(widths[i]!) : i === cs.length - 1 ? c : c.padEnd(widths[i]!)))
          .join(' ')
          .trimEnd();
      return { out: lines([(at ? wparCol(null) + ' ' : '') + fmt(heads), ...cells.map((c, i) => (at ? wparCol(rows[i]!) + ' ' : '') + fmt(c))]), status };
    }
    const full = has('f');
    const long = has('l');
    const cmd = (r: Row) => (full ? r.cmd : commandName(r.cmd));
    const out: string[] = [];
    if (long) {
      out.push(`${wparCol(null)}       F S ${'UID'.padStart(8)} ${'PID'.padStart(8)} ${'PPID'.padStart(8)}   C PRI NI ADDR    SZ    WCHAN ${full ? '   STIME ' : ''}   TTY  TIME CMD`);
      for (const r of rows) {
        const addr = (r.pid % 65521).toString(16).padStart(4, '0').slice(-4);
        out.push(
          `${wparCol(r)}${'240001'.padStart(8)} A ${r.user.padStart(8)} ${String(r.pid).padStart(8)} ${String(r.ppid).padStart(8)}   0  60 20 ${addr} ${String(sizeOf(r)).padStart(5)} ${r.tty === '-' ? '        -' : '         '} ${full ? stime(r.start, ctx.now, zone).padStart(8) + ' ' : ''}${r.tty.padStart(6)}  ${r.time.padStart(4)} ${cmd(r)}`,
        );
      }
    } else if (full) {
      out.push(`${wparCol(null)}${'UID'.padStart(8)} ${'PID'.padStart(8)} ${'PPID'.padStart(8)}   C    STIME    TTY  TIME CMD`);
      for (const r of rows)
        out.push(
          `${wparCol(r)}${r.user.padStart(8)} ${String(r.pid).padStart(8)} ${String(r.ppid).padStart(8)}   0 ${stime(r.start, ctx.now, zone).padStart(8)} ${r.tty.padStart(6)}  ${r.time.padStart(4)} ${cmd(r)}`,
        );
    } else {
      out.push(`${wparCol(null)}${'PID'.padStart(8)} ${'TTY'.padStart(6)}  TIME CMD`);
      for (const r of rows) out.push(`${wparCol(r)}${String(r.pid).padStart(8)} ${r.tty.padStart(6)}  ${r.time.padStart(4)} ${cmd(r)}`);
    }
    return { out: lines(out), status };
  },
};

/** The rows every listing starts from: the scope's processes, and the terminal's shell and ps. */
function processRows(ctx: CommandContext, plusForWpar: boolean): Row[] {
  const inside = ctx.scope.kind === 'wpar';
  const shellPid = Number(ctx.getVar('$') ?? '0');
  const procs: Proc[] = inside ? ctx.world.processes.filter((p) => p.wpar === scopeName(ctx.scope)) : ctx.world.processes;
  const rows = procs.map((p) => ({
    pid: inside ? pidInside(p) : p.pid,
    ppid: inside ? ppidInside(p) : p.ppid,
    user: plusForWpar && !inside && p.wpar ? `+${p.user}` : p.user,
    wpar: p.wpar ?? 'Global',
    cmd: p.cmd,
    start: p.start,
    tty: '-',
    time: p.cmd === '/etc/init' ? '0:01' : '0:00',
  }));
  const mine: Row[] = [
    { pid: shellPid, ppid: 1, user: ctx.user, wpar: scopeName(ctx.scope), cmd: '-ksh', start: ctx.now - 60000, tty: 'pts/0', time: '0:00' },
    { pid: shellPid + 131076, ppid: shellPid, user: ctx.user, wpar: scopeName(ctx.scope), cmd: ['ps', ...ctx.argv.slice(1)].join(' '), start: ctx.now, tty: 'pts/0', time: '0:00' },
  ];
  // In an application WPAR the command is the process; the terminal's shell is not in it.
  if (inside && ctx.world.wpars.find((w) => w.name === scopeName(ctx.scope))?.type === 'A') return rows;
  return [...rows, ...mine];
}

/** ps aux and its kin: a (with a terminal), x (without), g (all), u (the user-oriented columns), w (wide: no cut). */
function berkeley(ctx: CommandContext, letters: string): CommandResult {
  const all = letters.includes('g') || (letters.includes('a') && letters.includes('x')) || letters.includes('e');
  const rows = processRows(ctx, false)
    .filter((r) => all || (letters.includes('x') ? true : r.tty !== '-'))
    .sort((a, b) => a.pid - b.pid);
  const zone = ctx.world.lpar.timezone;
  const wide = letters.includes('w');
  const cut = (text: string) => (wide ? text : text.slice(0, 80));
  if (!letters.includes('u')) {
    return { out: lines([cut('       PID    TTY STAT  TIME COMMAND'), ...rows.map((r) => cut(`${String(r.pid).padStart(10)} ${r.tty.padStart(6)} A    ${r.time.padStart(5)} ${r.cmd}`))]), status: 0 };
  }
  return {
    out: lines([
      cut('USER         PID %CPU %MEM   SZ  RSS    TTY STAT    STIME  TIME COMMAND'),
      ...rows.map((r) =>
        cut(
          `${r.user.padEnd(8)}${String(r.pid).padStart(8)}  0.0  0.0 ${String(sizeOf(r)).padStart(4)} ${String(sizeOf(r) + 4).padStart(4)} ${r.tty.padStart(6)} A    ${stime(r.start, ctx.now, zone).padStart(8)} ${r.time.padStart(5)} ${r.cmd}`,
        ),
      ),
    ]),
    status: 0,
  };
}
