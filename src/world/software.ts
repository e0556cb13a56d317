// Installed software (installp filesets) and its parts: a fileset's usr part
// lives in /usr (shared read-only with shared WPARs), its root part in each
// environment's /etc (reference 10: "synchronizes the software that is
// installed in the global shared parts ... with the workload partition root
// part"). The global environment's filesets are `world.filesets` (absent: the
// factory set); a WPAR's root parts are `wpar.rootParts` and, for a detached
// (private /usr) WPAR, its own usr parts `wpar.usrParts` (absent: the factory
// set, what every WPAR made before the first installp has).

import { type Fileset, factoryFilesets } from './filesets.js';
import type { World, Wpar } from './types.js';

export type { Fileset } from './filesets.js';

/** When the factory LPAR's software was installed and committed (lslpp -h). */
export const FACTORY_INSTALL_TIME = Date.UTC(2024, 0, 15, 10, 21, 7);

/** What the installation media (/dev/cd0, or any directory named with -d) offers. */
export const MEDIA_FILESETS: readonly Fileset[] = [
  { name: 'bos.adt.libm', level: '7.3.2.0', description: 'Base Application Development Math Library', root: false },
  { name: 'bos.net.nfs.server', level: '7.3.2.0', description: 'Network File System Server', root: true },
  { name: 'bos.perf.tools', level: '7.3.2.0', description: 'Base Performance Tools', root: true },
  { name: 'vwpar.images.52', level: '1.1.2.0', description: 'Versioned WPAR 5.2 Images', root: false },
  { name: 'vwpar.images.53', level: '1.1.2.0', description: 'Versioned WPAR 5.3 Images', root: false },
  { name: 'vwpar.images.base', level: '1.1.2.0', description: 'Versioned WPAR Base Images', root: false },
  { name: 'vwpar.sysmgt', level: '7.3.2.0', description: 'Versioned WPAR System Management', root: true },
];

let catalogue: Map<string, Fileset> | undefined;

export const filesetInfo = (name: string): Fileset | undefined => (catalogue ??= new Map([...factoryFilesets(), ...MEDIA_FILESETS].map((f) => [f.name, f]))).get(name);

/** name -> level */
export type Levels = Record<string, string>;

let factory: Levels | undefined;

/** name -> level of what the factory LPAR has. */
export const factoryLevels = (): Levels => (factory ??= Object.fromEntries(factoryFilesets().map((f) => [f.name, f.level])));

export const globalLevels = (world: World): Levels => world.filesets ?? factoryLevels();

/** The usr parts a scope sees: the global ones through a shared /usr, its own in a detached WPAR. */
export const usrLevels = (world: World, wpar?: Wpar): Levels => (wpar?.privateUsr ? (wpar.usrParts ?? factoryLevels()) : globalLevels(world));

/** The root parts installed in a scope. */
export const rootLevels = (world: World, wpar?: Wpar): Levels => (wpar ? (wpar.rootParts ?? factoryLevels()) : globalLevels(world));

/** Root parts a shared WPAR lacks (or has at another level) against the global usr parts; syncroot installs them. */
export function rootPartsToSync(world: World, wpar: Wpar): Fileset[] {
  const usr = usrLevels(world, wpar);
  const root = rootLevels(world, wpar);
  return Object.entries(usr)
    .filter(([name, level]) => filesetInfo(name)?.root && root[name] !== level)
    .map(([name, level]) => ({ ...filesetInfo(name)!, level }));
}

/** Filesets a detached WPAR lacks (or has at another level) against the global environment. */
export function filesetsToSync(world: World, wpar: Wpar): Fileset[] {
  const own = usrLevels(world, wpar);
  return Object.entries(globalLevels(world))
    .filter(([name, level]) => own[name] !== level)
    .map(([name, level]) => ({ ...filesetInfo(name)!, level }));
}

/** The parts a new WPAR starts with: root parts of every global fileset; a detached one copies the usr parts too. */
export function partsForNewWpar(world: World, privateUsr: boolean): Pick<Wpar, 'rootParts' | 'usrParts'> {
  if (world.filesets === undefined) return {};
  const levels = { ...world.filesets };
  return privateUsr ? { rootParts: levels, usrParts: { ...levels } } : { rootParts: levels };
}

/** installp -a in the global environment: the filesets' usr and root parts there. */
export function installGlobal(world: World, filesets: readonly Fileset[], now: number): World {
  const levels = { ...globalLevels(world) };
  const dates = { ...world.filesetDates };
  for (const f of filesets) {
    levels[f.name] = f.level;
    dates[f.name] = now;
  }
  return { ...world, filesets: levels, filesetDates: dates };
}

/** When a global fileset's level was committed: installp's time, or the factory install's. */
export const committedAt = (world: World, name: string): number => world.filesetDates?.[name] ?? FACTORY_INSTALL_TIME;

/** syncroot / syncwpar: a WPAR's parts brought to the given filesets' levels. */
export function syncWparParts(world: World, name: string, filesets: readonly Fileset[], usrToo: boolean): World {
  return {
    ...world,
    wpars: world.wpars.map((w) => {
      if (w.name !== name) return w;
      const rootParts = { ...rootLevels(world, w) };
      const usrParts = { ...usrLevels(world, w) };
      for (const f of filesets) {
        if (f.root) rootParts[f.name] = f.level;
        if (usrToo) usrParts[f.name] = f.level;
      }
      return usrToo ? { ...w, rootParts, usrParts } : { ...w, rootParts };
    }),
  };
}

/** The AIX 5.2 / 5.3 levels a versioned WPAR can be made from (guide "Versioned WPAR": 5.2 TL10 SP8, 5.3 TL12). */
export const VERSIONED_LEVELS: Record<string, { version: '5.2' | '5.3'; fileset: string; base: string }> = {
  '5200': { version: '5.2', fileset: 'vwpar.images.52', base: '5.2.0.108' },
  '5300': { version: '5.3', fileset: 'vwpar.images.53', base: '5.3.12.9' },
};

/** The filesets an AIX 5.2 or 5.3 system image brings into a versioned WPAR (usr and root parts). */
export function oldSystemLevels(oslevel: string): Levels {
  const v = VERSIONED_LEVELS[oslevel.slice(0, 4)];
  if (!v) return {};
  return { 'bos.rte': v.base, 'bos.rte.libc': v.base, 'bos.net.tcp.client': v.base, 'bos.mp64': v.base };
}
