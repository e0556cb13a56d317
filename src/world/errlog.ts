// The system error log (errpt, errclear): entries the LPAR wrote at boot,
// and one for each WPAR start and stop and each disk exported to a WPAR or
// given back. Each entry carries the WPAR it concerns ("Global" for the
// LPAR's), so errpt inside a WPAR shows that WPAR's. The boot entries'
// identifiers, labels and texts RECALLED from AIX (ERRLOG_ON 9DBCFDEE,
// REBOOT_ID 2BFA76F6); the WPAR and device entries' are INFERRED (AIX logs
// WPAR events through the same facility; their exact labels are not on
// record here).

import type { ErrEntry, World } from './types.js';

type Kind = 'wpar-start' | 'wpar-stop' | 'disk-export' | 'disk-return';

const EVENTS: Record<Kind, Omit<ErrEntry, 'time' | 'resource' | 'wpar'>> = {
  'wpar-start': { id: '6D19271E', label: 'WPAR_START', type: 'INFO', cls: 'O', description: 'WORKLOAD PARTITION STARTED', causes: ['STARTWPAR COMMAND'], actions: ['NONE'] },
  'wpar-stop': { id: '6D192A5B', label: 'WPAR_STOP', type: 'INFO', cls: 'O', description: 'WORKLOAD PARTITION STOPPED', causes: ['STOPWPAR COMMAND'], actions: ['NONE'] },
  'disk-export': {
    id: '9A74C7AB',
    label: 'WPAR_DEV_EXPORT',
    type: 'INFO',
    cls: 'O',
    description: 'DEVICE EXPORTED TO WORKLOAD PARTITION',
    causes: ['WORKLOAD PARTITION STARTED WITH AN ALLOCATED DEVICE'],
    actions: ['NONE'],
  },
  'disk-return': { id: '9A74C8E1', label: 'WPAR_DEV_RETURN', type: 'INFO', cls: 'O', description: 'DEVICE RETURNED TO GLOBAL ENVIRONMENT', causes: ['WORKLOAD PARTITION STOPPED'], actions: ['NONE'] },
};

/** What the LPAR logged when it booted. */
export function bootEntries(boot: number): ErrEntry[] {
  return [
    {
      id: '2BFA76F6',
      label: 'REBOOT_ID',
      time: boot - 60_000,
      type: 'TEMP',
      cls: 'S',
      resource: 'SYSPROC',
      wpar: 'Global',
      description: 'SYSTEM SHUTDOWN BY USER',
      causes: ['SYSTEM SHUTDOWN'],
      actions: ['NONE'],
    },
    {
      id: '9DBCFDEE',
      label: 'ERRLOG_ON',
      time: boot,
      type: 'TEMP',
      cls: 'O',
      resource: 'errdemon',
      wpar: 'Global',
      description: 'ERROR LOGGING TURNED ON',
      causes: ['ERRDEMON STARTED AUTOMATICALLY'],
      actions: ['NONE'],
    },
  ];
}

/** The log as the world holds it (a store from before the log: the boot entries). */
export const errlogOf = (world: World): readonly ErrEntry[] => world.errlog ?? [];

/** The world with an event logged. */
/**
 * How many entries the log keeps: AIX's error log wraps at its size (1 MB by
 * default, errdemon -s), dropping the oldest; a few hundred bytes an entry.
 */
export const ERRLOG_ENTRIES = 1000;

export function logEvent(world: World, kind: Kind, resource: string, wpar: string, now: number): World {
  const log = errlogOf(world);
  const kept = log.length >= ERRLOG_ENTRIES ? log.slice(log.length - ERRLOG_ENTRIES + 1) : log;
  return { ...world, errlog: [...kept, { ...EVENTS[kind], time: now, resource, wpar }] };
}

/** errclear: entries older than `days` days go (0: all of them). */
export function clearLog(world: World, days: number, now: number): World {
  return { ...world, errlog: days === 0 ? [] : errlogOf(world).filter((e) => e.time > now - days * 86_400_000) };
}
