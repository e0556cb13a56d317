// The store's format, for every place a world is kept (a file: store.ts; the
// browser's storage: web/browser-store.ts): {schemaVersion, generation,
// world (codec.ts), nodes, lessons}, the checks a store passes when it is
// read (a hand-edited or damaged one is refused with these words, never
// replaced), and the migration of older versions.

import { noProgress, type Progress } from '../lessons/progress.js';
import { put } from '../world/dict.js';
import { treeFrom } from '../world/tree.js';
import type { FsNode, World } from '../world/types.js';
import { decodeWorld, decodeWorldV2, encodeWorld, type StoredWorld, type StoredWorldV2 } from './codec.js';
import { checkProgress, checkStoredWorld, checkWorldV1, SCHEMA_VERSION } from './schema.js';

export interface StoreData {
  schemaVersion: number;
  world: World;
  /** The learner's lesson progress (since schema version 2). */
  lessons: Progress;
}

/** The file as written: the world encoded (codec.ts) with its node table. */
export interface StoredData {
  schemaVersion: number;
  /** A fresh random token at every save, written near the start of the file: another process's save is noticed by it. */
  generation?: string;
  world: StoredWorld;
  nodes: FsNode[];
  lessons: Progress;
}

export function stored(world: World, lessons: Progress, generation: string): StoredData {
  const { world: w, nodes } = encodeWorld(world);
  return { schemaVersion: SCHEMA_VERSION, generation, world: w, nodes, lessons };
}

/** What loading found: the data, and the version it was written in when that is older. */
export interface Parsed {
  data: StoreData;
  migratedFrom?: number;
}

/** Brings data of an older schema version up to this one. */
function migrate(data: StoreData, from: number): StoreData {
  // 1 -> 2: lesson progress beside the world (a version 1 store has none yet); the file
  // systems are written with a node table, which save() does. Both keep each file system
  // as a flat table of paths, which the world now holds as a tree (world/tree.ts).
  if (from < 2) {
    const flat = data.world.filesystems as unknown as Record<string, Record<string, FsNode>>;
    const filesystems: Record<string, FsNode> = {};
    for (const dev in flat) put(filesystems, dev, treeFrom(flat[dev]!));
    return { schemaVersion: SCHEMA_VERSION, world: { ...data.world, filesystems }, lessons: noProgress() };
  }
  return data;
}

export class StoreError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(
      `wparsim: the store ${file} ${problem}.\n` +
        `It was left as it is. Run 'wparsim reset' to start again from the factory world ` +
        `(the old file is kept beside it), or name another store with --store.`,
    );
  }
}

/** The generation token near the start of a store's text (every save writes a new one), if it has one. */
export const generationOf = (text: string): string | undefined => /^\{"schemaVersion":\d+,"generation":"([0-9a-f]+)"/.exec(text)?.[1];

/** Checks what a store holds (`name` names it in messages): a schema version this wparsim reads, a valid world and progress. */
export function parseStored(data: unknown, name: string): Parsed {
  if (typeof data !== 'object' || data === null || typeof (data as StoreData).schemaVersion !== 'number') {
    throw new StoreError(name, 'is not a wparsim store (no schemaVersion)');
  }
  const version = (data as StoreData).schemaVersion;
  if (version > SCHEMA_VERSION) {
    throw new StoreError(name, `was written by a newer wparsim (schema version ${version}; this one reads ${SCHEMA_VERSION})`);
  }
  if (!Number.isInteger(version) || version < 1) throw new StoreError(name, `has an unknown schema version (${version})`);
  if (version === 1) {
    const problem = checkWorldV1((data as StoreData).world);
    if (problem) throw new StoreError(name, `does not hold a valid world (${problem})`);
    return { data: migrate(data as StoreData, version), migratedFrom: version };
  }
  const file = data as StoredData;
  const problem = checkStoredWorld(file.world, file.nodes, version);
  if (problem) throw new StoreError(name, `does not hold a valid world (${problem})`);
  // Version 2 wrote each file system as a flat table of paths; it is read, and saved again as version 3.
  const world = version === 2 ? decodeWorldV2(file.world as unknown as StoredWorldV2, file.nodes) : decodeWorld(file.world, file.nodes);
  if (typeof world === 'string') throw new StoreError(name, `does not hold a valid world (${world})`);
  const lessons = checkProgress(file.lessons);
  if (lessons) throw new StoreError(name, `does not hold valid lesson progress (${lessons})`);
  return version < SCHEMA_VERSION
    ? { data: { schemaVersion: SCHEMA_VERSION, world, lessons: file.lessons }, migratedFrom: version }
    : { data: { schemaVersion: version, world, lessons: file.lessons } };
}
