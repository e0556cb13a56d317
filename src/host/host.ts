// The host: the one spine between the front ends (-c and piped stdin in
// cli.ts, the interactive shell in ui/, replay in replay/runner.ts, and later
// the browser) and the engine. It owns the session, the plug-ins (the lesson
// tutor), the store's lock, reload-before-run, save, keeping a copy of the
// store, and tells what happened through the `tell` callback.
//
// The conflict policy, the same for every front end (docs/design.md):
// a line runs on the newest world: before it runs, under the store's lock, a
// store that another wparsim wrote since this one last read or wrote it is
// reloaded, and the user is told. The line's change is saved when the line is
// over: at once (run(), the lock held from the reload to the save), or, in the
// interactive shell, when its output has finished playing (begin() then
// commit(); Ctrl-C before that calls abandon(), which puts the session back).
// If another wparsim wrote the store between begin() and commit(), this
// line's change is not saved: the other's world is kept and reloaded, and the
// user is told to run the command again. No process's update is overwritten.
// A line that creates, removes, starts or stops WPARs saves them Transitional
// (T) before its output plays, so another wparsim sees T; commit() and
// abandon() end the transition, keeping what another wparsim saved meanwhile
// (docs/design.md).

import { ERRNO } from '../commands/lib/files.js';
import { fileLine } from '../commands/vi/editor.js';
import { interrupted, runLine, type Step } from '../engine/run-line.js';
import { type Clock, Session } from '../engine/session.js';
import { Catalogue } from '../lessons/catalogue.js';
import type { Progress } from '../lessons/progress.js';
import { Tutor } from '../lessons/tutor.js';
import { writeFile } from '../world/fs.js';
import { endTransition, inTransition, settle } from '../world/transition.js';
import type { World } from '../world/types.js';

/** Where the world is kept: a file (store/store.ts), or, in the browser, the browser's storage. */
export interface WorldStore {
  /** How to name the store in messages. */
  readonly path: string;
  /** The lesson progress read with the world and written back with it. */
  progress: Progress;
  load(): Promise<World>;
  /** Takes the store's lock; resolves to its release, or null when no lock can be had (the save then fails and says so). */
  lock(): Promise<(() => Promise<void>) | null>;
  /** Whether another process wrote the store since this one last read or wrote it. */
  changedElsewhere(): Promise<boolean>;
  /** Writes world and progress; with copyTo (a name from copyName()), keeps the file it replaces there first. Resolves to the copy's path. */
  save(world: World, copyTo?: string): Promise<string | null>;
  /** The name (no directory) a copy of the store kept now for a reason would have ("world.json.bak-before-lesson-2026-..."). */
  copyName(what: string): string;
  /** The world of a copy kept beside the store (a name copyName() gave); throws why it cannot be read. */
  readCopy(name: string): World;
  /** What to tell after load() brought an older store up to date, if it did. */
  migrationNotice(): string | undefined;
}

/**
 * Tells the engine that the user pressed Ctrl-C while a line runs: the
 * interactive shell's key reader (ui/key-reader.ts), which goes on reading
 * keys while the engine computes. Elsewhere SIGINT ends the process.
 */
export interface Interrupter {
  /** A line starts running: Ctrl-C from now on stops it. */
  arm(): void;
  /** Whether Ctrl-C was pressed since arm() (asked between commands and in long loops). */
  pressed(): boolean;
  /** The line is over: Ctrl-C goes back to the line editor. Says whether it was pressed since arm(). */
  disarm(): boolean;
}

/** The copy of the learner's own world that a lesson's world replaces: <store>.bak-before-lesson-<time>. */
export const BEFORE_LESSON = 'before-lesson';

export interface HostOptions {
  clock: Clock;
  /** A person at a terminal (or a replay that looks like one). */
  interactive: boolean;
  /** Tests: let a command's exception escape. */
  rethrow?: boolean;
  history?: string[];
  /** The lessons, read when first needed. */
  lessons?: () => Catalogue;
  /** Says a line to the user (store notices, save failures): stderr, or a line on the screen. */
  tell?: (text: string) => void;
  /** Ctrl-C while a line runs (the interactive shell). */
  interrupter?: Interrupter;
  /** A terminal that vi and the pagers can take (the interactive shell). */
  terminal?: boolean;
}

/** A line that ran but is not saved yet (interactive: while its output plays). */
export interface Pending {
  step: Step;
  /** Whether the world or the lesson progress changed. */
  dirty: boolean;
  keepCopy: boolean;
  /** The WPARs saved as Transitional (T) while the line's output plays (begin()). */
  transit?: string[];
}

/** How long after its output should have ended a transition another wparsim left behind is over (it was killed). */
const TRANSIT_MARGIN_MS = 5000;

export class Host {
  readonly session: Session;
  readonly tutor: Tutor;
  /** Set when a save failed: the front end ends with a non-zero status. */
  saveFailed = false;
  /** Says a line to the user; a front end may put its own in place (the interactive shell's screen). */
  tell: (text: string) => void;
  private readonly listeners: ((step: Step) => void)[] = [];

  constructor(
    world: World,
    progress: Progress,
    private readonly options: HostOptions & { store?: WorldStore },
  ) {
    // The copy of the learner's own world a lesson keeps is named when the lesson starts, and read back by lesson stop.
    const store = options.store;
    const copies = store ? { name: () => store.copyName(BEFORE_LESSON), read: (name: string) => store.readCopy(name) } : undefined;
    this.tutor = new Tutor(options.lessons ?? (() => new Catalogue([])), progress, copies);
    this.session = new Session(world, {
      clock: options.clock,
      interactive: options.interactive,
      rethrow: options.rethrow ?? false,
      history: options.history ?? [],
      extensions: [this.tutor.extension()],
      ...(options.interrupter ? { interrupted: () => options.interrupter!.pressed() } : {}),
      terminal: options.terminal ?? false,
    });
    this.tell = options.tell ?? (() => {});
  }

  /** A host on a store: loads the world and the progress (an older store is migrated, and the user told). */
  static async open(store: WorldStore, options: HostOptions): Promise<Host> {
    // (A store of an older version is migrated as it loads, under its lock: the store takes it.)
    const world = settle(await store.load(), options.clock.now());
    const host = new Host(world, store.progress, { ...options, store });
    const notice = store.migrationNotice();
    if (notice) host.tell(notice);
    return host;
  }

  /** Sees every step as soon as it ran, before it is saved (a screen, a recording). */
  listen(listener: (step: Step) => void): void {
    this.listeners.push(listener);
  }

  get store(): WorldStore | undefined {
    return this.options.store;
  }

  /**
   * Runs one line through the engine with the plug-ins around it; nothing is
   * locked, loaded or saved (a replay; begin() and run() build on it).
   */
  step(line: string): Pending {
    this.tutor.beforeLine();
    const { interrupter } = this.options;
    interrupter?.arm();
    let step: Step;
    try {
      step = runLine(this.session, line);
    } finally {
      // Ctrl-C after the engine last asked still stops the line: the user saw it running.
      if (interrupter?.disarm() && step! !== undefined && !step.interrupted) interrupted(this.session, step);
    }
    if (step.interrupted) {
      this.tutor.undoLine();
      for (const l of this.listeners) l(step);
      return { step, dirty: false, keepCopy: false };
    }
    const after = this.tutor.afterLine(this.session);
    step.chunks.push(...after.chunks);
    for (const l of this.listeners) l(step);
    return { step, dirty: step.worldChanged || after.changed, keepCopy: after.keepCopy };
  }

  /** Runs a line and saves what it changed, the lock held from the reload to the save. */
  async run(line: string): Promise<Step> {
    const release = await this.lockStore();
    try {
      await this.reloadIfChanged();
      const pending = this.step(line);
      await this.save(pending);
      return pending.step;
    } finally {
      await release?.();
    }
  }

  /**
   * Interactive: runs a line on the newest world (after the saves before it);
   * commit() saves it after its output played. Meanwhile the store holds the
   * line's world with the WPARs it creates, removes, starts or stops
   * Transitional (T), for another wparsim to see (world/transition.ts).
   */
  async begin(line: string): Promise<Pending> {
    await this.commits;
    if (line.trim() === '') return this.step(line);
    let release = await this.lockStore();
    try {
      await this.reloadIfChanged();
    } finally {
      await release?.();
    }
    const pending = this.step(line);
    const playMs = pending.step.chunks.reduce((sum, c) => sum + (c.delayMs ?? 0), 0);
    const t =
      pending.dirty && !pending.keepCopy && this.store && playMs > 0 ? inTransition(pending.step.before.world, this.session.world, this.options.clock.now() + playMs + TRANSIT_MARGIN_MS) : undefined;
    if (!t) return pending;
    release = await this.lockStore();
    try {
      // Written meanwhile by another wparsim: commit() settles it, as without a transition.
      if (!(await this.store!.changedElsewhere())) {
        await this.store!.save(t.world);
        pending.transit = t.names;
      }
    } catch (e) {
      this.tell(`wparsim: could not save the world to ${this.store!.path}: ${(e as Error).message}`);
    } finally {
      await release?.();
    }
    return pending;
  }

  /** Saves of begun lines, one after another in the order the lines ran. */
  private commits: Promise<void> = Promise.resolve();

  /** Saves a begun line's change, unless another wparsim wrote the store meanwhile (then that world is kept). */
  commit(pending: Pending): Promise<void> {
    this.commits = this.commits.then(() => this.commitNow(pending));
    return this.commits;
  }

  /** Resolves when every commit() so far is done. */
  settled(): Promise<void> {
    return this.commits;
  }

  private async commitNow(pending: Pending): Promise<void> {
    if (!pending.dirty || !this.store) return;
    const release = await this.lockStore();
    try {
      if (await this.store.changedElsewhere()) {
        if (pending.transit) {
          // Their world was built on this line's (saved with its WPARs Transitional): it keeps both changes.
          const final = this.session.world;
          await this.reload();
          this.session.world = endTransition(this.session.world, pending.transit, final);
          this.tell(`wparsim: another wparsim changed the world in ${this.store.path} while your last command ran; this shell now uses that world, with your command's change.`);
          await this.save(pending);
          return;
        }
        this.tell(`wparsim: another wparsim changed the world in ${this.store.path} while your last command ran; your change was not saved. This shell now uses their world: run the command again.`);
        await this.reload();
        return;
      }
      await this.save(pending);
    } finally {
      await release?.();
    }
  }

  /**
   * A full-screen editor writes a file (vi's :w): the world changes as a
   * command's change does, and is saved. Says vi's message: the lines and
   * characters written, or why it could not (a read-only /usr in a WPAR).
   */
  writeFile(path: string, name: string, text: string): { ok: boolean; message: string } {
    const r = writeFile(this.session.world, path, text, false, this.options.clock.now());
    if (!r.ok) return { ok: false, message: `"${name}" ${ERRNO[r.error]}` };
    const before = this.session.snapshot();
    this.session.world = r.value;
    const step: Step = { line: `vi ${name}`, prompt: '', chunks: [], status: 0, worldChanged: true, clear: false, before };
    void this.commit({ step, dirty: true, keepCopy: false });
    return { ok: true, message: fileLine(name, text.replace(/\n$/, '').split('\n')) };
  }

  /** Ctrl-C: the line is undone, the world and the lesson progress as before it (in the store too, if it holds the line's transition). */
  abandon(pending: Pending): void {
    this.session.restore(pending.step.before);
    this.tutor.undoLine();
    const { transit } = pending;
    if (transit) this.commits = this.commits.then(() => this.undoTransition(transit, pending.step.before.world));
  }

  private async undoTransition(names: readonly string[], before: World): Promise<void> {
    const store = this.store!;
    const release = await this.lockStore();
    try {
      if (await store.changedElsewhere()) {
        // Another wparsim saved a world built on the transition: its WPARs go back to their states before the line
        // (what the line made besides, a created WPAR's file systems, stays in that world).
        await this.reload();
        this.session.world = endTransition(this.session.world, names, before);
      }
      await store.save(this.session.world);
    } catch (e) {
      this.tell(`wparsim: could not save the world to ${store.path}: ${(e as Error).message}`);
    } finally {
      await release?.();
    }
  }

  private async lockStore(): Promise<(() => Promise<void>) | null> {
    return this.store ? this.store.lock() : null;
  }

  private async reloadIfChanged(): Promise<void> {
    if (!this.store || !(await this.store.changedElsewhere())) return;
    await this.reload();
    this.tell(`wparsim: another wparsim changed the world in ${this.store.path}; this shell now uses that world.`);
  }

  private async reload(): Promise<void> {
    const store = this.store!;
    try {
      this.session.world = settle(await store.load(), this.options.clock.now());
      this.tutor.progress = store.progress;
    } catch (e) {
      this.tell((e as Error).message);
    }
  }

  private async save(pending: Pending): Promise<void> {
    const store = this.store;
    if (!pending.dirty || !store) return;
    try {
      // The name the lesson gave its copy of the learner's world when it started (lesson stop reads it).
      const copy = pending.keepCopy ? (this.tutor.kept?.name ?? store.copyName(BEFORE_LESSON)) : undefined;
      store.progress = this.tutor.progress;
      await store.save(this.session.world, copy);
    } catch (e) {
      if (!this.saveFailed) this.tell(`wparsim: could not save the world to ${store.path}: ${(e as Error).message}`);
      this.saveFailed = true;
      // What was not saved did not happen: the next line starts from the world the store holds.
      this.abandon(pending);
    }
  }
}
