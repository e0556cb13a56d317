// The world store: lowdb (Low, read and written through its adapter) with a
// durable JSON file (durable-file.ts) holding {schemaVersion, generation,
// world, nodes, lessons}, validated on load and written atomically and flushed
// to the disk. A damaged store is reported and left exactly as it was;
// `wparsim reset` keeps the old file beside the store before replacing it. A
// store of an older schema version is migrated on load, under the lock: the
// old file is kept as <store>.bak-v<N>-<timestamp> first. Where the store
// lives is path.ts.

import { closeSync, constants, copyFileSync, mkdirSync, openSync, readdirSync, readSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low, LowSync } from 'lowdb';
import type { WorldStore } from '../host/host.js';
import { noProgress, type Progress } from '../lessons/progress.js';
import { factoryWorld } from '../world/factory.js';
import type { World } from '../world/types.js';
import { DurableJSONFile, ReadOnlyJSONFile, UnreadableText } from './durable-file.js';
import { generationOf, type Parsed, parseStored, type StoreData, type StoredData, StoreError, stored } from './format.js';
import { lock } from './lock.js';
import { checkProgress, checkStoredWorld, SCHEMA_VERSION } from './schema.js';

export { StoreError } from './format.js';

import { randomHex } from './token.js';

/** The file's status, or null when it cannot be had (no file, no permission). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

const signatureOf = (info: { mtimeMs: number; size: number; ino: number } | null) => (info ? `${info.mtimeMs}:${info.size}:${info.ino}` : 'none');

export class Store implements WorldStore {
  private readonly db: Low<unknown>;
  /** The version of the file this process last read or wrote (signature()), to notice another process's writes. */
  private seen = 'none';
  /** The lesson progress read with the world, written back with it. */
  progress: Progress = noProgress();
  /** Set when load() migrated an older store: the backup it kept. */
  migrated: { from: number; backup: string } | undefined;

  /** What to tell the user after a migration. */
  migrationNotice(): string | undefined {
    if (!this.migrated) return undefined;
    return `wparsim: ${this.path} was written by an older wparsim (schema version ${this.migrated?.from}); it is now version ${SCHEMA_VERSION}, and the old file is kept as ${this.migrated?.backup}`;
  }
  constructor(readonly path: string) {
    this.db = new Low<unknown>(new DurableJSONFile(path), null);
  }

  /**
   * What identifies the version of the store file on the disk: its generation
   * token (a stat's mtime, size and inode can repeat when two saves of the same
   * size land in the same clock tick and the inode is reused), else its stat.
   */
  private async signature(): Promise<string> {
    // Synchronous: a few bytes, on every command's path (no round trip through the thread pool).
    let head: string;
    try {
      const fd = openSync(this.path, 'r');
      try {
        const buffer = Buffer.alloc(96);
        head = buffer.subarray(0, readSync(fd, buffer, 0, 96, 0)).toString('latin1');
      } finally {
        closeSync(fd);
      }
    } catch {
      return 'none';
    }
    const token = generationOf(head);
    return token ? `g:${token}` : signatureOf(statOrNull(this.path));
  }

  /** Whether another process wrote the store since this one last read or wrote it. */
  async changedElsewhere(): Promise<boolean> {
    return (await this.signature()) !== this.seen;
  }

  /** Takes the store's lock (lock.ts) for one read-modify-write; null when no lock can be made (the save then fails and says so). */
  async lock(): Promise<(() => Promise<void>) | null> {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
    } catch {
      return null;
    }
    const release = await lock(this.path);
    if (!release) return null;
    this.locked = true;
    return async () => {
      this.locked = false;
      await release();
    };
  }

  /** Whether this process holds the store's lock now. */
  private locked = false;

  /** What a store file (a kept copy, a file the user names) holds, read through lowdb and checked as load() checks it; nothing is written. */
  static readFile(path: string): StoreData {
    const file = new Store(path);
    const db = new LowSync<unknown>(new ReadOnlyJSONFile(path), null);
    try {
      if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new StoreError(path, 'is not a file');
      db.read();
    } catch (e) {
      throw file.readError(e);
    }
    return file.parse(db.data).data;
  }

  /** The stored world, or the factory world when there is no store yet. */
  async load(): Promise<World> {
    try {
      const info = statSync(this.path, { throwIfNoEntry: false }) ?? null;
      if (info === null) {
        this.seen = 'none';
        return factoryWorld();
      }
      if (info.isDirectory()) throw new StoreError(this.path, 'is a directory, not a file');
      if (!info.isFile()) throw new StoreError(this.path, 'is not a regular file');
      await this.db.read();
    } catch (e) {
      throw this.readError(e);
    }
    const parsed = this.parse(this.db.data);
    this.progress = parsed.data.lessons;
    // The version just read (a save below replaces it with its own).
    const generation = (this.db.data as StoredData).generation;
    this.seen = typeof generation === 'string' ? `g:${generation}` : await this.signature();
    if (parsed.migratedFrom !== undefined) {
      // Migrating writes the store: under its lock (taken here unless the caller holds it already).
      const release = this.locked ? null : await this.lock();
      try {
        const backup = await this.save(parsed.data.world, this.copyName(`v${parsed.migratedFrom}`));
        this.migrated = { from: parsed.migratedFrom, backup: backup! };
      } finally {
        await release?.();
      }
    }
    return parsed.data.world;
  }

  private readError(e: unknown): StoreError {
    if (e instanceof StoreError) return e;
    if (e instanceof UnreadableText) return new StoreError(this.path, e.empty ? 'is empty' : 'is not valid JSON');
    const code = (e as NodeJS.ErrnoException).code;
    return new StoreError(this.path, code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(e)})`);
  }

  /** Checks what the store file holds (store/format.ts). */
  private parse(data: unknown): Parsed {
    return parseStored(data, this.path);
  }

  /** <store>.bak-<what>-<timestamp>, beside the store: its name without the directory. */
  copyName(what: string): string {
    return `${basename(this.path)}.bak-${what}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  }

  /** The copies kept beside the store (reset, migrations, lessons), newest first. */
  copies(): string[] {
    const prefix = `${basename(this.path)}.bak`;
    let names: string[];
    try {
      names = readdirSync(dirname(this.path));
    } catch {
      return [];
    }
    return names
      .filter((n) => n.startsWith(prefix) && statOrNull(join(dirname(this.path), n))?.isFile())
      .sort((a, b) => (statOrNull(join(dirname(this.path), b))?.mtimeMs ?? 0) - (statOrNull(join(dirname(this.path), a))?.mtimeMs ?? 0) || b.localeCompare(a));
  }

  /**
   * The world of a copy kept beside the store, read through lowdb and checked
   * as the store is (an older version is brought up to date in memory; the
   * copy is never written). Only a name copyName() could give is read: the
   * name comes from the store, which a person may have edited.
   */
  readCopy(name: string): World {
    if (name.includes('/') || !name.startsWith(`${basename(this.path)}.bak-`)) throw new Error(`${name} is not a copy of this store`);
    try {
      return Store.readFile(join(dirname(this.path), name)).world;
    } catch (e) {
      throw e instanceof StoreError ? new Error(`it ${e.problem}`) : e;
    }
  }

  /**
   * Writes the world (and the lesson progress). With `copyTo` (a copyName()), the file it
   * replaces is kept first under that name beside the store (a lesson puts
   * its world in place of the learner's own, a migration); if that copy fails,
   * nothing is written. Returns the copy's path (null without one).
   */
  async save(world: World, copyTo?: string): Promise<string | null> {
    const copy = copyTo !== undefined ? await this.copyTo(join(dirname(this.path), basename(copyTo))) : null;
    mkdirSync(dirname(this.path), { recursive: true });
    const generation = randomHex(8);
    const data = stored(world, this.progress, generation);
    // What replaces the store must load again: a world that would not is refused, and the store kept.
    const problem = checkStoredWorld(data.world, data.nodes, SCHEMA_VERSION) ?? checkProgress(data.lessons);
    if (problem) throw new Error(`the world to save is not valid (${problem}); the store was not changed`);
    this.db.data = data;
    await this.db.write();
    this.seen = `g:${generation}`;
    return copy;
  }

  /** Copies the store file (if there is one) to `backup`; returns `backup`, or null when there was nothing to copy. */
  private async copyTo(backup: string): Promise<string | null> {
    if (!statOrNull(this.path)?.isFile()) return null;
    copyFileSync(this.path, backup, constants.COPYFILE_EXCL);
    return backup;
  }

  /** Keeps the current file as <store>.bak-<timestamp> and writes the factory world. Returns the backup path. */
  async reset(now: Date): Promise<string | null> {
    const release = await this.lock();
    try {
      return await this.resetLocked(now);
    } finally {
      await release?.();
    }
  }

  private async resetLocked(now: Date): Promise<string | null> {
    const backup = await this.copyTo(`${this.path}.bak-${now.toISOString().replace(/[:.]/g, '-')}`);
    // Lesson results stay (an instructor's report needs them); the lesson under way ends.
    const results = await this.load().then(
      () => this.progress.results,
      () => ({}),
    );
    this.progress = { results };
    await this.save(factoryWorld());
    return backup;
  }
}
