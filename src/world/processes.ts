// The process table. The LPAR runs AIX's usual daemons [PIDs and commands
// SOURCED from a real AIX 7.2 listing, reference 15.2]; starting a system
// WPAR starts its init and daemons (reference 15.3, RECALLED/INFERRED: srcmstr,
// syslogd, sendmail, portmap, inetd, snmp daemons, cron, qdaemon, writesrv,
// RSCT), with global PIDs from the world's counter; inside the WPAR a process
// has the same PID as seen from the global environment, but for its init,
// which is 1 there (the "one process, one PID"; IBM: a WPAR's init
// has PID 1 in the WPAR). Stopping it ends them.

import type { Proc, Scope, World, Wpar } from './types.js';

const g = (pid: number, ppid: number, cmd: string, subsystem?: string, group?: string): Omit<Proc, 'start'> => ({
  pid,
  ppid,
  user: 'root',
  cmd,
  ...(subsystem ? { subsystem } : {}),
  ...(group ? { group } : {}),
});

/** A process's PID as seen inside its WPAR: its global PID, but 1 for the WPAR's init. */
export const pidInside = (p: Proc): number => (p.vpid === 1 ? 1 : p.pid);

/** Its parent's PID inside its WPAR: 1 for a child of the WPAR's init, 0 for init. */
export const ppidInside = (p: Proc): number => (p.vpid === 1 ? 0 : p.vppid === 1 ? 1 : p.ppid);

/** The LPAR's processes after boot. */
export function globalProcesses(boot: number): Proc[] {
  return [
    g(1, 0, '/etc/init'),
    g(590182, 1, '/usr/ccs/bin/shlap64'),
    g(3932550, 4194606, '/usr/sbin/biod 6', 'biod', 'nfs'),
    g(4129174, 4194606, 'sendmail: accepting connections', 'sendmail', 'mail'),
    g(4194606, 1, '/usr/sbin/srcmstr'),
    g(4260306, 4194606, '/usr/sbin/inetd', 'inetd', 'tcpip'),
    g(4391314, 4194606, '/usr/sbin/aso', 'aso'),
    g(4456846, 4194606, '/usr/sbin/portmap', 'portmap', 'portmap'),
    g(4784546, 4194606, '/usr/sbin/syslogd', 'syslogd', 'ras'),
    g(5243306, 4194606, '/usr/sbin/writesrv', 'writesrv', 'spooler'),
    g(5439966, 4194606, '/usr/sbin/rsct/bin/rmcd -a IBM.LPCommands -r -S 1500', 'ctrmc', 'rsct'),
    g(5767630, 4194606, '/usr/sbin/qdaemon', 'qdaemon', 'spooler'),
    g(5898504, 4194606, '/opt/rsct/bin/IBM.MgmtDomainRMd', 'IBM.MgmtDomainRM', 'rsct_rm'),
    g(6291938, 4194606, '/opt/rsct/bin/IBM.ServiceRMd', 'IBM.ServiceRM', 'rsct_rm'),
    g(6750682, 1, '/usr/sbin/cron'),
    g(7012846, 4194606, '/usr/sbin/sshd', 'sshd', 'ssh'),
  ].map((p) => ({ ...p, start: boot }));
}

/** The subsystems lssrc -a lists as inoperative: [name, group]. */
export const INOPERATIVE: readonly [string, string][] = [
  ['lpd', 'spooler'],
  ['nimsh', 'nimclient'],
  ['timed', 'tcpip'],
  ['xntpd', 'tcpip'],
  ['snmpd', 'tcpip'],
];

const WPAR_DAEMONS: readonly [string, string | undefined, string | undefined, boolean][] = [
  // command, subsystem, group, child of srcmstr (else of init)
  ['/usr/sbin/srcmstr', undefined, undefined, false],
  ['/usr/sbin/syslogd', 'syslogd', 'ras', true],
  ['sendmail: accepting connections', 'sendmail', 'mail', true],
  ['/usr/sbin/portmap', 'portmap', 'portmap', true],
  ['/usr/sbin/inetd', 'inetd', 'tcpip', true],
  ['/usr/sbin/snmpd', 'snmpd', 'tcpip', true],
  ['/usr/sbin/hostmibd', 'hostmibd', 'tcpip', true],
  ['/usr/sbin/snmpmibd', 'snmpmibd', 'tcpip', true],
  ['/usr/sbin/aixmibd', 'aixmibd', 'tcpip', true],
  ['/usr/sbin/cron', undefined, undefined, false],
  ['/usr/sbin/qdaemon', 'qdaemon', 'spooler', true],
  ['/usr/sbin/writesrv', 'writesrv', 'spooler', true],
  ['/usr/sbin/rsct/bin/rmcd -a IBM.LPCommands -r -S 1500', 'ctrmc', 'rsct', true],
  ['/usr/sbin/rsct/bin/IBM.ServiceRMd', 'IBM.ServiceRM', 'rsct_rm', true],
];

export const PROC_STEP = 65538;

/** The subsystems a scope has on file from its start: [name, group, command]. */
export function knownSubsystems(scope: Scope): [string, string, string][] {
  if (scope.kind === 'global') return globalProcesses(0).flatMap((p) => (p.subsystem ? [[p.subsystem, p.group ?? '', p.cmd] as [string, string, string]] : []));
  return WPAR_DAEMONS.flatMap(([cmd, subsystem, group]) => (subsystem ? [[subsystem, group ?? '', cmd] as [string, string, string]] : []));
}

/**
 * A system WPAR's init (PID `init`) and daemons (PIDs from `first` on), started at `now`.
 * The store writes such a set as its four parameters (store/codec.ts): changing the list
 * changes what old stores load as, so it needs a new store schema version.
 */
export function wparDaemons(name: string, init: number, first: number, now: number): Proc[] {
  let next = first;
  const procs: Proc[] = [{ pid: init, ppid: 1, wpar: name, vpid: 1, vppid: 0, user: 'root', cmd: '/etc/init', start: now }];
  let srcmstr = { pid: init, vpid: 1 };
  WPAR_DAEMONS.forEach(([cmd, subsystem, group, underSrc], k) => {
    const parent = underSrc ? srcmstr : { pid: init, vpid: 1 };
    const p: Proc = {
      pid: next,
      ppid: parent.pid,
      wpar: name,
      vpid: 131218 + (k + 1) * PROC_STEP,
      vppid: parent.vpid,
      user: 'root',
      cmd,
      start: now + 1000 + k * 300,
      ...(subsystem ? { subsystem } : {}),
      ...(group ? { group } : {}),
    };
    if (cmd === '/usr/sbin/srcmstr') srcmstr = { pid: p.pid, vpid: p.vpid! };
    procs.push(p);
    next += PROC_STEP;
  });
  return procs;
}

/** startwpar: the WPAR's init (its PID is the cor_<name> subsystem's) and daemons. */
export function startProcesses(world: World, wpar: Wpar, now: number): World {
  const first = world.counters.nextPid;
  const procs = wparDaemons(wpar.name, wpar.corPid!, first, now);
  return { ...world, processes: [...world.processes, ...procs], counters: { ...world.counters, nextPid: first + (procs.length - 1) * PROC_STEP } };
}

/** stopwpar: its processes end. */
export function stopProcesses(world: World, name: string): World {
  return { ...world, processes: world.processes.filter((p) => p.wpar !== name) };
}

/** A process ends (kill). */
export function endProcess(world: World, proc: Proc): World {
  return { ...world, processes: world.processes.filter((p) => p !== proc) };
}
