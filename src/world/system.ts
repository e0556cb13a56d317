// The LPAR's hardware and memory as the system-information commands report
// them (prtconf, lsconf, lsps, vmstat, svmon, getconf, bootinfo, lsattr
// sys0): one place, so that every command tells the same story. A POWER9
// IBM,9009-42A partition with 2 virtual processors in SMT-8 mode, 8 GB of
// memory and a 2 GB paging space hd6 on hdisk0, as lparstat -i says. The
// figures are simulated; the serial number is the machine ID's middle (as
// uname -m and uname -u relate on AIX: 00F9C4904C00 and IBM,02F9C4904).

import type { World } from './types.js';

export const MEMORY_MB = 8192;
export const PAGING_MB = 2048;
/** Paging space in use, in percent. */
export const PAGING_USED_PCT = 1;
/** Logical processors: 2 virtual processors, 8 threads each. */
export const LOGICAL_CPUS = 16;
export const CLOCK_MHZ = 3800;
export const PROCESSOR_TYPE = 'PowerPC_POWER9';
export const FIRMWARE = 'FW950.80 (37)';

export const serialOf = (world: World): string => world.lpar.machineId.slice(2, 9);
export const systemId = (world: World): string => `IBM,02${serialOf(world)}`;

/** 4 KB pages of memory in use and free (vmstat, svmon): about a third in use. */
export function memoryPages(): { total: number; inUse: number; free: number; pinned: number } {
  const total = (MEMORY_MB * 1024) / 4;
  const inUse = Math.round(total * 0.3418);
  return { total, inUse, free: total - inUse, pinned: Math.round(total * 0.0812) };
}
