// Output shared by the WPAR lifecycle commands: startwpar's text is also
// printed by `mkwpar -s`, stopwpar's by `rmwpar -s`/`-F`. Formats: reference
// 5.2 (startwpar, RECALLED shape high), 6.2 (stopwpar, RECALLED shape high),
// 3.4 (mkwpar compact form), 7.2 (rmwpar, RECALLED medium). Delays follow the
// timings in reference 1.7.

import type { Chunk } from '../../engine/contract.js';
import type { World, Wpar } from '../../world/types.js';
import { localFileSystems } from '../../world/wparfs.js';
import { ERRNO } from './files.js';
import { deviceNotFound, worldErrorText } from './messages.js';
import { errLine, line } from './output.js';

/** Mount points as the global environment sees them, in mount order. */
export function globalMountPoints(w: Wpar): string[] {
  return w.mounts.map((m) => (m.dir === '/' ? w.directory : w.directory + m.dir));
}

/** What startwpar did with the WPAR's disks (world/devices.ts exportOnStart). */
export interface Exports {
  exported: readonly string[];
  busy: readonly (readonly [string, string])[];
  /** The rootvg disk a start could not find: it stopped there, Broken. */
  broken?: string;
}

export function startOutput(w: Wpar, corPid: number, verbose: boolean, devices: Exports = { exported: [], busy: [] }): Chunk[] {
  const out: Chunk[] = [line(`Starting workload partition ${w.name}.`, 300), line('Mounting all workload partition file systems.', 800)];
  if (devices.broken !== undefined) {
    // The device lookup's own message (0514-519, SOURCED), then the state it leaves (INFERRED).
    return [
      ...out,
      line('Loading workload partition.', 1200),
      line('Exporting workload partition devices.', 600),
      ...deviceNotFound('startwpar', devices.broken).map(errLine),
      ...worldErrorText('startwpar', { code: 'broken', name: w.name }).map(errLine),
    ];
  }
  if (verbose) out.push(...globalMountPoints(w).map((p) => line(`Mounting ${p}`, 250)));
  out.push(
    line('Loading workload partition.', 1200),
    line('Exporting workload partition devices.', 600),
    // Verbose: each exported disk goes to Defined in the global environment (reference 5.2, RECALLED low-medium).
    ...(verbose ? devices.exported.map((d) => line(`${d} Defined`, 300)) : []),
    // A disk is exported to one active WPAR at a time (INFERRED wording, number RECALLED-low).
    ...devices.busy.map(([d, other]) => errLine(`startwpar: 0960-628 Device ${d} is exported to workload partition ${other}; it was not exported.`)),
    line('Exporting workload partition kernel extensions.', 400),
    line(`Starting workload partition subsystem cor_${w.name}.`, 500),
    line(`0513-059 The cor_${w.name} Subsystem has been started. Subsystem PID is ${corPid}.`, 1500),
    line('Verifying workload partition startup.', 2000),
  );
  if (verbose) out.push(line('Return Status = SUCCESS.', 300));
  return out;
}

export function stopOutput(w: Wpar, verbose: boolean, force: boolean): Chunk[] {
  const out: Chunk[] = [
    line(`Stopping workload partition ${w.name}.`, 300),
    line(`Stopping workload partition subsystem cor_${w.name}.`, 500),
    line(`0513-044 The cor_${w.name} Subsystem was requested to stop.`, 400),
    line('stopwpar: 0960-261 Waiting up to 600 seconds for workload partition to halt.', 300),
    line('Shutting down all workload partition processes.', force ? 1500 : 20000),
  ];
  if (verbose) {
    out.push(line(`WPAR='${w.name}' CID=${w.cid}`, 200), line('ID=2097153 KEY=0x4107001c UID=0 GID=9 RT=-1', 100), line('ID=5242897 KEY=0x0100075e UID=0 GID=0 RT=-1', 100));
  }
  out.push(line('Unmounting all workload partition file systems.', 1000));
  if (verbose) {
    out.push(
      ...globalMountPoints(w)
        .reverse()
        .map((p) => line(`Umounting ${p}.`, 250)),
    );
    out.push(line('Return Status = SUCCESS.', 300));
  }
  return out;
}

/** The restore lines of a new WPAR's root part, compacted (reference 3.4). */
const RESTORE_LINES = [
  './usr',
  './lib',
  './admin',
  './admin/tmp',
  './audit',
  './dev',
  './etc',
  './etc/check_config.files',
  './etc/consdef',
  './etc/cronlog.conf',
  './etc/csh.cshrc',
  './etc/csh.login',
  './var/adm/ras/errlog',
  './home',
  './home/guest',
  './home/lost+found',
  './tmp',
  './tmp/lost+found',
  './wpars',
  './etc/vfs',
];

export function createOutput(w: Wpar, world: World): Chunk[] {
  const dirs = [...new Set([...w.mounts.map((m) => m.dir), ...localFileSystems(world, w).map((m) => m.dir)])].sort();
  return [
    // A rootvg WPAR's volume group first (SOURCED: gibsonnet.net "Experience with RootVG WPARs").
    ...(w.rootvg ? [line("Creating workload partition's rootvg. Please wait...", 3000)] : []),
    line('mkwpar: Creating file systems...', 500),
    ...dirs.map((dir) => line(`    ${dir}`, 900)),
    line('Mounting all workload partition file systems.', 1500),
    ...RESTORE_LINES.map((p) => line(`x ${p}`, 2500)),
    line('syncroot: Processing root part installation status.', 30000),
    line('syncroot: Installp root packages are currently synchronized.', 4000),
    line('syncroot: RPM root packages are currently synchronized.', 2000),
    line('syncroot: Root part is currently synchronized.', 1000),
    line('syncroot: Returns Status = SUCCESS', 500),
    line(`Workload partition ${w.name} created successfully.`, 1000),
  ];
}

/** rmwpar's lines, from the world that still has the WPAR (its rootvg's file systems too). */
export function removeOutput(w: Wpar, world: World): Chunk[] {
  const out: Chunk[] = [];
  const local = new Map(localFileSystems(world, w).map((m) => [m.dir, m.dev]));
  const dirs = [...new Set([...w.mounts.map((m) => m.dir), ...local.keys()])].sort().reverse();
  for (const dir of dirs) {
    out.push(line(`rmwpar: Removing file system ${dir === '/' ? w.directory : w.directory + dir}.`, 700));
    const dev = local.get(dir);
    if (dev) out.push(line(`rmlv: Logical volume ${dev.slice(5)} is removed.`, 900));
  }
  return out;
}

/**
 * The progress of a backup (savewpar, mksysb; reference 11.1, RECALLED
 * medium): an information file, the file list, a dot per 250 files, the
 * count and the 0512-038 trailer.
 */
export function backupOutput(cmd: string, infoFile: string, count: number, countTail: string): Chunk[] {
  return [
    line(''),
    line(infoFile, 1500),
    line(''),
    line('Creating list of files to back up.', 2000),
    line(''),
    line(`Backing up ${count} files${'.'.repeat(Math.max(1, Math.ceil(count / 250)))}`, 4000),
    line(`${count} of ${count} ${countTail}`, 500),
    line(`0512-038 ${cmd}: Backup Completed Successfully.`, 300),
  ];
}

/** The file systems a stop could not unmount (umount's 0506-349, deepest first), and the Broken state it leaves. */
export function stuckLines(name: string, points: readonly string[]): Chunk[] {
  return [...[...points].reverse().map((p) => errLine(`umount: 0506-349 Cannot unmount ${p}: ${ERRNO.EBUSY}`)), ...worldErrorText('stopwpar', { code: 'broken', name }).map(errLine)];
}
