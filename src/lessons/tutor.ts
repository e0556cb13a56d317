// The lesson tutor, a plug-in of the host (src/host): it gives the engine six
// commands of wparsim's own (lessons, lesson, check, hint, solution, explain:
// lessons/tutor-commands.ts) and a middleware that records which command ran
// in which scope (the "ran COMMAND in SCOPE" conditions). After every line
// the host asks it what the line changed for the lesson under way: the
// conditions are checked against the world and what became done or not done
// is told. Progress lives in a Progress object the store keeps beside the
// world.

import type { Chunk, Command, Extension } from '../engine/contract.js';
import type { Session } from '../engine/session.js';
import { own, put } from '../world/dict.js';
import type { Scope, World } from '../world/types.js';
import type { Catalogue } from './catalogue.js';
import { describe, holds, printed, ranKey, shown } from './conditions.js';
import type { Lesson } from './lesson-file.js';
import type { CurrentLesson, LessonResult, Progress } from './progress.js';
import { tutorCommands } from './tutor-commands.js';

const out = (text: string): Chunk => ({ text: text + '\n', stream: 'out' });
const err = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });

/** What a line meant for the lesson: lines to tell, and whether the progress must be saved. */
export interface AfterLine {
  chunks: Chunk[];
  changed: boolean;
  /** The line put a lesson's world in place of the learner's own: the store keeps a copy of it first. */
  keepCopy: boolean;
}

export class Tutor {
  private loaded: Catalogue | undefined;
  /** The progress before the line under way (put back when the line is undone: Ctrl-C, a save that failed). */
  private before: string | undefined;
  /** Set by the commands while a line runs. */
  changed = false;
  keepCopy = false;
  /** The learner's own world as the last lesson from it started, under its copy's name (read from here until the copy is written). */
  kept: { name: string; world: World } | undefined;
  readonly commands: readonly Command[];

  /** `catalogue` is read only when a lesson word is typed or a lesson is under way (start-up stays fast). */
  constructor(
    private readonly load: () => Catalogue,
    public progress: Progress,
    /** The store's copies of the learner's own world: a name for one kept when a lesson starts, and reading it back (lesson stop; throws why it cannot). */
    readonly copies?: { name: () => string; read: (name: string) => World },
  ) {
    this.commands = tutorCommands(this);
  }

  get catalogue(): Catalogue {
    return (this.loaded ??= this.load());
  }

  /** The commands, and the middleware that records which command ran where while a lesson is under way. */
  extension(): Extension {
    const own = new Set(this.commands);
    return {
      commands: this.commands,
      exec: (next) => (command, ctx) => {
        const result = next(command, ctx);
        const cur = this.progress.current;
        if (cur && result.status === 0 && !own.has(command)) {
          const conditions = this.catalogue.find(cur.name)?.checks.map((c) => c.condition) ?? [];
          const keys = [ranKey(command.name, ctx.scope), ...shown(conditions, command.name, ctx.scope, printed(result.out))].filter((k) => !cur.ran.includes(k));
          if (keys.length > 0) {
            cur.ran = [...cur.ran, ...keys];
            this.changed = true;
          }
        }
        return result;
      },
    };
  }

  /** Before a line: what to put back if it is interrupted (a few hundred bytes). */
  beforeLine(): void {
    this.changed = false;
    this.keepCopy = false;
    this.before = JSON.stringify(this.progress);
  }

  /** Ctrl-C stopped the last line and its world was put back: its progress goes back too. */
  undoLine(): void {
    if (this.before === undefined) return;
    this.putBack(this.before);
    this.before = undefined;
    this.changed = false;
  }

  /** Runs `fn` and puts the progress back as it was: explain's trial run must not start a lesson or count a hint. */
  aside<T>(fn: () => T): T {
    const saved = JSON.stringify(this.progress);
    const { changed, keepCopy } = this;
    try {
      return fn();
    } finally {
      this.putBack(saved);
      this.changed = changed;
      this.keepCopy = keepCopy;
    }
  }

  /** The progress as it was written in `saved`, put back in place (the store holds the same object and writes it with the world). */
  private putBack(saved: string): void {
    const was = JSON.parse(saved) as Progress;
    this.progress.results = was.results;
    if (was.current) this.progress.current = was.current;
    else delete this.progress.current;
  }

  /** After a line: the lesson's conditions checked against the world, what changed told. */
  afterLine(session: Session): AfterLine {
    let chunks: Chunk[] = [];
    try {
      chunks = this.afterCommand(session);
    } catch (e) {
      if (session.rethrow) throw e;
      chunks = [err('lesson: internal error while checking the lesson')];
    }
    const result: AfterLine = { chunks, changed: this.changed || chunks.length > 0, keepCopy: this.keepCopy };
    this.changed = false;
    this.keepCopy = false;
    return result;
  }

  /** The last status line and what it was worked out from: the shell asks at every key press. */
  private shown: { name: string; world: unknown; scope: unknown; ran: unknown; passed: boolean; text: string } | undefined;

  /** The line above the prompt while a lesson is under way. */
  statusLine(session: Session): string | null {
    const cur = this.progress.current;
    const lesson = cur && this.catalogue.find(cur.name);
    if (!cur || !lesson) return null;
    const key = { name: cur.name, world: session.world, scope: session.frame.scope, ran: cur.ran, passed: cur.passed };
    const last = this.shown;
    if (last && (Object.keys(key) as (keyof typeof key)[]).every((k) => last[k] === key[k])) return last.text;
    const text = cur.passed
      ? `lesson ${lesson.name}: passed. Type lessons for the next one.`
      : `lesson ${lesson.name}: ${this.evaluate(lesson, cur, session.world, session.frame.scope).filter(Boolean).length} of ${lesson.checks.length} done (check, hint, solution, lesson reset)`;
    this.shown = { ...key, text };
    return text;
  }

  evaluate(lesson: Lesson, cur: CurrentLesson, world: World, scope: Scope): boolean[] {
    const seen = { ran: cur.ran, scope };
    return lesson.checks.map((c) => holds(c.condition, world, seen));
  }

  /** After a command: what became done or not done, and the pass. */
  private afterCommand(session: Session): Chunk[] {
    const cur = this.progress.current;
    const lesson = cur && this.catalogue.find(cur.name);
    if (!cur || !lesson) return [];
    const now = this.evaluate(lesson, cur, session.world, session.frame.scope);
    const told: Chunk[] = [];
    now.forEach((done, i) => {
      if (done === (cur.done[i] ?? false)) return;
      const check = lesson.checks[i]!;
      if (done) told.push(out(`lesson: done: ${describe(check.condition)}`));
      else told.push(out(`lesson: not yet: ${describe(check.condition)}${check.hints[0] ? `. Hint: ${check.hints[0]}` : ''}`));
    });
    cur.done = now;
    if (now.every(Boolean) && !cur.passed) {
      cur.passed = true;
      const result = this.result(lesson.name, cur.started);
      const took = session.clock.now() - cur.started;
      if (!result.passed) {
        result.passed = true;
        result.passedAt = session.clock.now();
        result.timeMs = took;
      }
      told.push(out(`lesson: ${lesson.name} passed: all ${lesson.checks.length} checks are done (attempt ${result.attempts}, ${duration(took)}). Type lessons for the next one.`));
    }
    return told;
  }

  /** A lesson's results (made if a hand-edited store lost them). */
  result(name: string, started: number): LessonResult {
    const known = own(this.progress.results, name);
    if (known) return known;
    const made: LessonResult = { attempts: 1, passed: false, firstStarted: started, hints: 0, solutionShown: false };
    put(this.progress.results, name, made);
    return made;
  }
}

/** `lessons`: each lesson with the learner's progress. */
export function listLessons(catalogue: Catalogue, progress: Progress): string[] {
  if (catalogue.lessons.length === 0) return ['There are no lessons.'];
  const width = Math.max(6, ...catalogue.lessons.map((l) => l.name.length));
  const lines = [`${'Lesson'.padEnd(width)}  ${'Progress'.padEnd(20)}  Title`];
  for (const l of catalogue.lessons) {
    const r = own(progress.results, l.name);
    const now = progress.current?.name === l.name ? ' (under way)' : '';
    const state = r?.passed ? `passed${now}` : r ? `started${now}` : '-';
    lines.push(`${l.name.padEnd(width)}  ${state.padEnd(20)}  ${l.title}`);
  }
  lines.push('Type lesson NAME to start one.');
  return lines;
}

/** "4 min 2 s", "35 s". */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
