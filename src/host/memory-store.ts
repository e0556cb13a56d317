// A store that keeps the world in memory: for tests and benchmarks of the
// front ends, and the shape a browser's storage takes. It counts its saves.

import { noProgress, type Progress } from '../lessons/progress.js';
import { factoryWorld } from '../world/factory.js';
import type { World } from '../world/types.js';
import type { WorldStore } from './host.js';

export class MemoryStore implements WorldStore {
  readonly path = '(memory)';
  progress: Progress = noProgress();
  /** Every world saved, oldest first. */
  readonly saved: World[] = [];
  /** How many times another process "wrote" it (tests of the conflict policy). */
  private version = 0;
  private seen = 0;

  constructor(private world: World = factoryWorld()) {}

  async load(): Promise<World> {
    this.seen = this.version;
    return this.world;
  }

  async lock(): Promise<() => Promise<void>> {
    return async () => {};
  }

  async changedElsewhere(): Promise<boolean> {
    return this.version !== this.seen;
  }

  /** Copies kept by save(world, copyTo). */
  readonly copies = new Map<string, World>();

  async save(world: World, copyTo?: string): Promise<string | null> {
    if (copyTo !== undefined) this.copies.set(copyTo, this.world);
    this.world = world;
    this.saved.push(world);
    this.seen = ++this.version;
    return copyTo ?? null;
  }

  copyName(what: string): string {
    return `(memory).bak-${what}-${this.copies.size + 1}`;
  }

  readCopy(name: string): World {
    const world = this.copies.get(name);
    if (!world) throw new Error(`${name} is not a copy of this store`);
    return world;
  }

  /** Another wparsim writes this world (tests). */
  writeElsewhere(world: World): void {
    this.world = world;
    this.version++;
  }

  migrationNotice(): undefined {
    return undefined;
  }
}
