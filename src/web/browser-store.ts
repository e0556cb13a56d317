// The world kept in the browser (localStorage): the same format as the store
// file (store/format.ts), read and checked the same way, so a damaged or
// hand-edited world is refused with the same words and left as it is. The
// conflict policy is the terminal's (host/host.ts): every save writes a new
// generation token, and another tab's save is noticed by it; the lock is the
// browser's Web Locks API, held by one tab at a time.

import type { WorldStore } from '../host/host.js';
import { noProgress, type Progress } from '../lessons/progress.js';
import { generationOf, parseStored, StoreError, stored } from '../store/format.js';
import { randomHex } from '../store/token.js';
import { factoryWorld } from '../world/factory.js';
import type { World } from '../world/types.js';

/** The part of the Web Locks API the store uses (navigator.locks). */
export interface Locks {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

export class BrowserStore implements WorldStore {
  readonly path: string;
  progress: Progress = noProgress();
  /** The generation this tab last read or wrote. */
  private seen: string | undefined;
  private migrated: number | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly locks: Locks | undefined,
    private readonly key = 'wparsim.world',
  ) {
    this.path = `${key} (this browser's storage)`;
  }

  /** The world the storage holds (the factory world when it holds none). */
  async load(): Promise<World> {
    const text = this.storage.getItem(this.key);
    if (text === null) {
      this.seen = undefined;
      this.progress = noProgress();
      return factoryWorld();
    }
    const parsed = this.parse(text, this.path);
    this.seen = generationOf(text);
    this.progress = parsed.data.lessons;
    this.migrated = parsed.migratedFrom;
    return parsed.data.world;
  }

  private parse(text: string, name: string) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new StoreError(name, text.trim() === '' ? 'is empty' : 'is not valid JSON');
    }
    return parseStored(data, name);
  }

  /** A world file someone gives the page (Load world): checked as the store is; nothing is saved. */
  readWorldFile(text: string, name: string): { world: World; progress: Progress } {
    const parsed = this.parse(text, name);
    return { world: parsed.data.world, progress: parsed.data.lessons };
  }

  /** The store as a file (Download world): what the terminal's store file holds. */
  text(world: World): string {
    return JSON.stringify(stored(world, this.progress, randomHex(8)));
  }

  async lock(): Promise<(() => Promise<void>) | null> {
    const locks = this.locks;
    if (!locks) return async () => {};
    return new Promise((held) => {
      void locks.request(this.key, () => new Promise<void>((release) => held(async () => release())));
    });
  }

  async changedElsewhere(): Promise<boolean> {
    const text = this.storage.getItem(this.key);
    return (text === null ? undefined : generationOf(text)) !== this.seen;
  }

  async save(world: World, copyTo?: string): Promise<string | null> {
    if (copyTo !== undefined) {
      const old = this.storage.getItem(this.key);
      if (old !== null) this.storage.setItem(this.copyKey(copyTo), old);
    }
    const generation = randomHex(8);
    this.storage.setItem(this.key, JSON.stringify(stored(world, this.progress, generation)));
    this.seen = generation;
    return copyTo ?? null;
  }

  private copyKey(name: string): string {
    return `${this.key}:${name}`;
  }

  copyName(what: string): string {
    return `bak-${what}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  }

  readCopy(name: string): World {
    const text = this.storage.getItem(this.copyKey(name));
    if (text === null) throw new Error(`${name} is not a copy kept in this browser`);
    return this.parse(text, name).data.world;
  }

  migrationNotice(): string | undefined {
    return this.migrated === undefined ? undefined : `wparsim: the world in this browser was written by an older wparsim (schema version ${this.migrated}); it is now up to date`;
  }
}
