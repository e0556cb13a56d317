// SRC subsystems (lssrc, startsrc, stopsrc, refresh): what a scope has on
// file, and starting and stopping them. A subsystem is active while its
// process runs (world.processes, with `subsystem` set); stopsrc ends that
// process, startsrc starts a new one under the scope's srcmstr with the next
// PID. The catalogue: the LPAR's daemons and its usual inoperative ones
// (processes.ts), a system WPAR's daemons, and the commands that run them.
// The cor_NAME subsystem of each system WPAR is the WPAR itself: startwpar
// and stopwpar start and stop it, not startsrc.

import { INOPERATIVE, knownSubsystems, PROC_STEP } from './processes.js';
import type { Proc, Scope, World } from './types.js';

export interface Subsystem {
  name: string;
  group: string;
  cmd: string;
}

/** The commands of subsystems that are not running at first. */
const COMMANDS: Record<string, string> = { lpd: '/usr/sbin/lpd', nimsh: '/usr/sbin/nimsh', timed: '/usr/sbin/timed', xntpd: '/usr/sbin/xntpd', snmpd: '/usr/sbin/snmpd' };

const inScope = (p: Proc, scope: Scope) => (scope.kind === 'global' ? p.wpar === undefined : p.wpar === scope.name);

/** Every subsystem the scope has on file: those whose daemons it ran, then the usual inoperative ones. */
export function subsystemsOf(world: World, scope: Scope): Subsystem[] {
  const out: Subsystem[] = [];
  const add = (s: Subsystem) => {
    if (!out.some((x) => x.name === s.name)) out.push(s);
  };
  for (const p of world.processes) if (p.subsystem && inScope(p, scope)) add({ name: p.subsystem, group: p.group ?? '', cmd: p.cmd });
  for (const [name, group, cmd] of knownSubsystems(scope)) add({ name, group, cmd });
  for (const [name, group] of INOPERATIVE) add({ name, group, cmd: COMMANDS[name] ?? `/usr/sbin/${name}` });
  return out;
}

/** The running process of a subsystem in a scope. */
export const runningOf = (world: World, scope: Scope, name: string): Proc | undefined => world.processes.find((p) => p.subsystem === name && inScope(p, scope));

/** stopsrc: the subsystem's process ends. */
export function stopSubsystem(world: World, scope: Scope, name: string): World {
  const proc = runningOf(world, scope, name);
  return proc ? { ...world, processes: world.processes.filter((p) => p !== proc) } : world;
}

/** startsrc: a new process for the subsystem, a child of the scope's srcmstr, with the next PID. */
export function startSubsystem(world: World, scope: Scope, s: Subsystem, now: number): { world: World; pid: number; vpid?: number } {
  const pid = world.counters.nextPid;
  const srcmstr = world.processes.find((p) => p.cmd === '/usr/sbin/srcmstr' && inScope(p, scope));
  const mine = world.processes.filter((p) => inScope(p, scope));
  const base: Proc = { pid, ppid: srcmstr?.pid ?? 1, user: 'root', cmd: s.cmd, start: now, subsystem: s.name, ...(s.group ? { group: s.group } : {}) };
  let proc = base;
  let vpid: number | undefined;
  if (scope.kind === 'wpar') {
    vpid = Math.max(1, ...mine.map((p) => p.vpid ?? 0)) + PROC_STEP;
    proc = { ...base, wpar: scope.name, vpid, vppid: srcmstr?.vpid ?? 1 };
  }
  return { world: { ...world, processes: [...world.processes, proc], counters: { ...world.counters, nextPid: pid + PROC_STEP } }, pid, ...(vpid !== undefined ? { vpid } : {}) };
}
