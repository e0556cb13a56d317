// migwpar [-d software_source] { -A | [-C] wparname }: "After an operating
// system migration of a global system to version 7, the migwpar command is
// used to migrate a workload partition that was created on the version 6
// global system ... [and] to migrate from a 5.2 or 5.3 versioned WPAR to a
// native version 7 WPAR" (IBM migwpar page, DOC). The simulated LPAR has
// never been migrated, so every native WPAR is already at its level and
// migwpar says so; -C -d migrates a versioned WPAR to AIX 7.3 (its filesets
// become the global ones, uname and oslevel answer 7.3 inside). -C needs -d
// and a single WPAR name (DOC). -f and -V say they are not supported yet.
// Output: the installp run of lib/installp.ts and a closing line (INFERRED).

import type { Chunk, Command, FlagSpec } from '../engine/contract.js';
import { filesetInfo, globalLevels } from '../world/software.js';
import type { World, Wpar } from '../world/types.js';
import { findWpar, replaceWpar } from '../world/wpars.js';
import { isFailure, notSimulated, parseFlags } from './lib/args.js';
import { applyReport, mediaError } from './lib/installp.js';
import { alreadyMigrated, flagNeeds, flagsConflict, notFound, notSystemWpar, notVersioned, versionedNeedsC } from './lib/messages.js';
import { failWith, line, lines } from './lib/output.js';

const USAGE = ['Usage: migwpar [-d software_source] [-V] { -A | -f wparNamesFile | [-C] wpar_name }'];

function migrateVersioned(world: World, w: Wpar): { out: Chunk[]; world: World } {
  const levels = { ...globalLevels(world) };
  const filesets = Object.entries(levels).map(([name, level]) => ({ ...filesetInfo(name)!, level }));
  const { osLevel: _old, ...rest } = w;
  const migrated: Wpar = { ...rest, rootParts: levels, usrParts: { ...levels } };
  return {
    out: [
      line(`Migrating workload partition ${w.name} from AIX ${w.osLevel!} to ${world.lpar.osLevel}.`, 2000),
      ...applyReport(filesets, (f) => (f.root ? ['USR', 'ROOT'] : ['USR'])),
      line(`migwpar: Workload partition ${w.name} migrated successfully.`, 500),
    ],
    world: replaceWpar(world, migrated),
  };
}

const FLAGS: readonly FlagSpec[] = [
  { flag: 'A', doc: 'Migrates every workload partition that can be migrated.' },
  { flag: 'C', doc: 'Migrates a 5.2 or 5.3 versioned workload partition to a native AIX 7.3 one (needs -d).' },
  { flag: 'd', arg: 'Source', doc: 'The installation media: /dev/cd0 or a directory of images.' },
  // AIX's other flags, not simulated yet: each says so.
  ...notSimulated('Vf:'),
];

export const migwpar: Command = {
  name: 'migwpar',
  scope: 'global',
  summary: "Migrate a workload partition to the global system's AIX level (-C: a versioned one)",
  flags: FLAGS,
  usage: USAGE,
  manual: {
    purpose: 'Migrates a workload partition to the AIX level of the global system, or a 5.2/5.3 versioned WPAR to a native one.',
    synopsis: ['migwpar [-d SoftwareSource] { -A | [-C] WparName }'],

    examples: ['migwpar -A', 'migwpar -C -d /dev/cd0 vwpar53'],
  },
  run(ctx) {
    const parsed = parseFlags(ctx, migwpar);
    if (isFailure(parsed)) return parsed;
    const all = parsed.has('A');
    if (all && parsed.has('C')) return failWith([flagsConflict('migwpar', '-C', '-A')]);
    if (all ? parsed.operands.length > 0 : parsed.operands.length !== 1) return failWith(USAGE);
    const source = parsed.arg('d');
    if (parsed.has('C') && source === undefined) return failWith([flagNeeds('migwpar', '-C', '-d')]);
    if (source !== undefined) {
      const bad = mediaError(ctx, source);
      if (bad) return failWith(bad);
    }
    const level = ctx.world.lpar.osLevel;
    if (all) {
      const natives = ctx.world.wpars.filter((w) => w.type === 'S' && !w.osLevel);
      return { out: lines(natives.map((w) => alreadyMigrated(w.name, level))), status: 0 };
    }
    const name = parsed.operands[0]!;
    const w = findWpar(ctx.world, name);
    if (!w) return failWith([notFound('migwpar', name)]);
    if (w.type !== 'S') return failWith([notSystemWpar('migwpar', name)]);
    if (!parsed.has('C')) {
      if (w.osLevel) return failWith([versionedNeedsC(name)]);
      return { out: lines([alreadyMigrated(name, level)]), status: 0 };
    }
    if (!w.osLevel) return failWith([notVersioned(name)]);
    const r = migrateVersioned(ctx.world, w);
    return { out: r.out, status: 0, world: r.world };
  },
};
