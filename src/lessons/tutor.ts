// The lesson tutor: wraps the engine's runLine for every front end (the
// interactive shell, -c, piped stdin). Lines that start with one of its words
// (lessons, lesson, check, hint, solution, explain) are its own; every other
// line runs through the engine as usual and, while a lesson is under way, the
// lesson's conditions are checked against the world afterwards and what
// changed is told. Progress lives in a Progress object the store keeps.

import type { Chunk } from '../commands/lib/types.js';
import { runLine, type Step } from '../engine/run-line.js';
import { newFrame, type Session } from '../engine/session.js';
import { factoryWorld } from '../world/factory.js';
import { GLOBAL } from '../world/scope.js';
import type { Catalogue } from './catalogue.js';
import { describe, holds, ranKey } from './conditions.js';
import { explain } from './explain.js';
import type { Lesson } from './lesson-file.js';
import type { CurrentLesson, LessonResult, Progress } from './progress.js';
import { isTutorLine, TUTOR_WORDS } from './words.js';

export { TUTOR_WORDS } from './words.js';

const out = (text: string): Chunk => ({ text: text + '\n', stream: 'out' });
const err = (text: string): Chunk => ({ text: text + '\n', stream: 'err' });

export class Tutor {
  private loaded: Catalogue | undefined;
  /** `catalogue` is read only when a lesson word is typed or a lesson is under way (start-up stays fast). */
  constructor(private readonly load: () => Catalogue, public progress: Progress) {}

  get catalogue(): Catalogue {
    return (this.loaded ??= this.load());
  }

  /** The progress before the last line, for undoLast(). */
  private before: Progress | undefined;

  /** Ctrl-C stopped the last line and its world was put back: its progress goes back too. */
  undoLast(): void {
    if (!this.before) return;
    // In place: the store holds the same object and writes it with the world.
    this.progress.current = this.before.current;
    this.progress.results = this.before.results;
    if (this.progress.current === undefined) delete this.progress.current;
    this.before = undefined;
  }

  /** Runs one line: the tutor's own words here, anything else through the engine, then the lesson's check. */
  run(session: Session, line: string): Step {
    const first = line.trim().split(/\s+/)[0] ?? '';
    const own = isTutorLine(line) && !/[;|&<>`$]/.test(first === 'explain' ? '' : line);
    // Without a lesson a plain line changes no progress: nothing to put back, nothing to copy.
    if (!own && !this.progress.current) {
      this.before = undefined;
      return runLine(session, line);
    }
    this.before = structuredClone(this.progress);
    if (own) {
      try {
        return this.own(session, line, first);
      } catch (e) {
        // As the engine does with a command's bug: said once, the shell goes on (tests rethrow).
        if (session.rethrow) throw e;
        return { line, prompt: session.prompt(), chunks: [err(`${first}: internal error`)], status: (session.lastStatus = 1), worldChanged: false, clear: false };
      }
    }
    const ranBefore = this.progress.current!.ran;
    session.onCommand = (name, scope, status) => {
      const cur = this.progress.current;
      if (!cur || status !== 0) return;
      const key = ranKey(name, scope);
      if (!cur.ran.includes(key)) cur.ran = [...cur.ran, key];
    };
    const step = runLine(session, line);
    session.onCommand = undefined;
    let told: Chunk[];
    try {
      told = this.afterCommand(session);
    } catch (e) {
      if (session.rethrow) throw e;
      told = [err('lesson: internal error while checking the lesson')];
    }
    step.chunks.push(...told);
    // The store keeps the progress beside the world: a step that changed either is saved.
    if (told.length > 0 || this.progress.current?.ran !== ranBefore) step.worldChanged = true;
    return step;
  }

  /** The tutor's words for Tab completion, with the lesson names after `lesson`. */
  completions(): { name: string; scope: 'any'; flags: string[]; args?: string[] }[] {
    return TUTOR_WORDS.map((name) => ({
      name, scope: 'any' as const, flags: [],
      ...(name === 'lesson' ? { args: ['reset', 'stop', ...this.catalogue.lessons.map((l) => l.name)] } : {}),
    }));
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
      : `lesson ${lesson.name}: ${this.evaluate(lesson, cur, session).filter(Boolean).length} of ${lesson.checks.length} done (check, hint, solution, lesson reset)`;
    this.shown = { ...key, text };
    return text;
  }

  private evaluate(lesson: Lesson, cur: CurrentLesson, session: Session): boolean[] {
    const seen = { ran: cur.ran, scope: session.frame.scope };
    return lesson.checks.map((c) => holds(c.condition, session.world, seen));
  }

  /** After a command: what became done or not done, and the pass. */
  private afterCommand(session: Session): Chunk[] {
    const cur = this.progress.current;
    const lesson = cur && this.catalogue.find(cur.name);
    if (!cur || !lesson) return [];
    const now = this.evaluate(lesson, cur, session);
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

  private own(session: Session, line: string, word: string): Step {
    const step: Step = { line, prompt: session.prompt(), chunks: [], status: 0, worldChanged: false, clear: false };
    if (line.trim() !== '') session.history.push(line);
    const args = line.trim().split(/\s+/).slice(1);
    const finish = (chunks: Chunk[], status = 0, changed = false): Step => {
      step.chunks = chunks;
      step.status = session.lastStatus = status;
      step.worldChanged = changed;
      return step;
    };
    const cur = this.progress.current;
    const lesson = cur && this.catalogue.find(cur.name);
    const none = [err(`wparsim: no lesson is under way. Type lessons to see them, then lesson NAME to start one.`)];
    switch (word) {
      case 'lessons':
        if (args.length > 0) return finish([err('Usage: lessons')], 1);
        return finish(listLessons(this.catalogue, this.progress).map(out));
      case 'explain':
        if (args.length === 0) return finish([err('Usage: explain COMMAND [ARGUMENT ...]')], 1);
        {
          // The rest of the line is the command; one quoted string around all of it is taken off.
          const rest = line.trim().slice('explain'.length).trim();
          const quoted = /^'([^']*)'$/.exec(rest) ?? /^"([^"\\$`]*)"$/.exec(rest);
          return finish([out(explain(session, quoted ? quoted[1]! : rest))]);
        }
      case 'lesson':
        if (args.length === 0) return lesson && cur ? finish(this.card(lesson, cur, session, true).map(out)) : finish(none, 1);
        if (args.length > 1) return finish([err('Usage: lesson NAME | lesson reset | lesson stop')], 1);
        if (args[0] === 'reset') return lesson ? finish(this.start(session, lesson), 0, true) : finish(none, 1);
        if (args[0] === 'stop') {
          if (!lesson) return finish(none, 1);
          delete this.progress.current;
          return finish([out(`lesson: ${lesson.name} stopped. The world stays as it is; lesson ${lesson.name} starts it again.`)], 0, true);
        }
        {
          const next = this.catalogue.find(args[0]!);
          if (!next) return finish([err(`wparsim: there is no lesson named ${args[0]}. Type lessons to see them.`)], 1);
          // The world of no lesson is the learner's own: unless it is the factory world, the store keeps a copy.
          const own = this.progress.current === undefined && JSON.stringify(session.world) !== JSON.stringify(factoryWorld());
          const shown = this.start(session, next);
          if (own && shown.every((c) => c.stream === 'out')) {
            step.keepOldWorld = true;
            shown.push(out(`(The world you had before the lesson is kept beside the store as a .bak file.)`));
          }
          return finish(shown, shown.every((c) => c.stream === 'out') ? 0 : 1, true);
        }
      default:
        if (args.length > 0) return finish([err(`Usage: ${word}`)], 1);
        if (!lesson || !cur) return finish(none, 1);
        if (word === 'check') {
          const card = this.card(lesson, cur, session, false);
          return finish(card.map(out), cur.done.every(Boolean) ? 0 : 1);
        }
        if (word === 'hint') return finish([out(this.hint(lesson, cur, session))], 0, true);
        this.result(lesson.name, cur.started).solutionShown = true;
        return finish([out(`The reference solution of ${lesson.name}:`), ...lesson.solution.map((it) => out(`  ${it.kind === 'command' ? it.text : ''}`))], 0, true);
    }
  }

  /** Starts (or starts again) a lesson on its starting world, in the global environment. */
  start(session: Session, lesson: Lesson): Chunk[] {
    const world = this.catalogue.startWorld(lesson);
    if ('path' in world) return [err(`wparsim: lesson ${lesson.name} cannot start: ${world.message}`)];
    const now = session.clock.now();
    session.world = world;
    session.frames = [newFrame(GLOBAL)];
    session.exited = undefined;
    const cur: CurrentLesson = { name: lesson.name, started: now, ran: [], done: [], hintsGiven: lesson.checks.map(() => 0), passed: false };
    cur.done = this.evaluate(lesson, cur, session);
    this.progress.current = cur;
    const r = this.progress.results[lesson.name];
    this.progress.results[lesson.name] = r ? { ...r, attempts: r.attempts + 1 } : { attempts: 1, passed: false, firstStarted: now, hints: 0, solutionShown: false };
    return this.card(lesson, cur, session, true).map(out);
  }

  /** A lesson's results (made if a hand-edited store lost them). */
  private result(name: string, started: number): LessonResult {
    return (this.progress.results[name] ??= { attempts: 1, passed: false, firstStarted: started, hints: 0, solutionShown: false });
  }

  /** The lesson's title, task (when asked) and each condition, done or not yet. */
  private card(lesson: Lesson, cur: CurrentLesson, session: Session, withTask: boolean): string[] {
    const done = this.evaluate(lesson, cur, session);
    const lines = [`Lesson ${lesson.name}: ${lesson.title}`];
    if (withTask) lines.push('', ...lesson.task, '');
    for (let i = 0; i < lesson.checks.length; i++) lines.push(`  ${done[i] ? '[done]   ' : '[not yet]'} ${describe(lesson.checks[i]!.condition)}`);
    const n = done.filter(Boolean).length;
    lines.push(n === done.length ? `All ${done.length} done: lesson passed.` : `${n} of ${done.length} done.`);
    if (withTask) lines.push('At the prompt: check shows this list again, hint gives a hint,', 'solution shows the reference commands, lesson reset starts over.');
    return lines;
  }

  /** The next hint of the first condition not yet done. */
  private hint(lesson: Lesson, cur: CurrentLesson, session: Session): string {
    const done = this.evaluate(lesson, cur, session);
    const i = done.indexOf(false);
    if (i < 0) return 'Everything is done: there is nothing left to hint at.';
    const check = lesson.checks[i]!;
    this.result(lesson.name, cur.started).hints++;
    if (check.hints.length === 0) return `Hint: ${describe(check.condition)}. (This lesson has no more hints; type solution to see the reference commands.)`;
    const given = cur.hintsGiven[i] ?? 0;
    const k = Math.min(given, check.hints.length - 1);
    cur.hintsGiven = cur.hintsGiven.map((n, j) => (j === i ? n + 1 : n));
    return `Hint for "${describe(check.condition)}": ${check.hints[k]}`;
  }
}

/** `lessons`: each lesson with the learner's progress. */
export function listLessons(catalogue: Catalogue, progress: Progress): string[] {
  if (catalogue.lessons.length === 0) return ['There are no lessons.'];
  const width = Math.max(6, ...catalogue.lessons.map((l) => l.name.length));
  const lines = [`${'Lesson'.padEnd(width)}  ${'Progress'.padEnd(20)}  Title`];
  for (const l of catalogue.lessons) {
    const r = progress.results[l.name];
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
