// The tutor's words at the prompt, registered with the engine as commands
// (wparsim's own, not AIX's): they are listed by help, have man pages, work in
// pipes and in -c. `lessons` lists the lessons; `lesson NAME | reset | stop`
// starts, restarts or leaves one; `check`, `hint` and `solution` help with the
// lesson under way; `explain CMD ...` tells what a command line would do
// without doing it (explain.ts).

import { failWith, lines } from '../commands/lib/output.js';
import type { Command, CommandContext, CommandResult } from '../engine/contract.js';
import { visible } from '../format/visible.js';
import { commandLine } from '../shell/quote.js';
import { own, put } from '../world/dict.js';
import { factoryWorld, isFactoryWorld } from '../world/factory.js';
import type { World } from '../world/types.js';
import { describe } from './conditions.js';
import { explain } from './explain.js';
import type { Lesson } from './lesson-file.js';
import type { CurrentLesson } from './progress.js';
import { listLessons, type Tutor } from './tutor.js';

const NONE = 'wparsim: no lesson is under way. Type lessons to see them, then lesson NAME to start one.';

export function tutorCommands(tutor: Tutor): Command[] {
  const under = () => {
    const cur = tutor.progress.current;
    const lesson = cur && tutor.catalogue.find(cur.name);
    return cur && lesson ? { cur, lesson } : undefined;
  };

  /** The lesson's title, task (when asked) and each condition, done or not yet. */
  const card = (lesson: Lesson, cur: CurrentLesson, ctx: Pick<CommandContext, 'world' | 'scope'>, withTask: boolean): string[] => {
    const done = tutor.evaluate(lesson, cur, ctx.world, ctx.scope);
    const text = [`Lesson ${lesson.name}: ${lesson.title}`];
    if (withTask) text.push('', ...lesson.task, '');
    for (let i = 0; i < lesson.checks.length; i++) text.push(`  ${done[i] ? '[done]   ' : '[not yet]'} ${describe(lesson.checks[i]!.condition)}`);
    const n = done.filter(Boolean).length;
    text.push(n === done.length ? `All ${done.length} done: lesson passed.` : `${n} of ${done.length} done.`);
    if (withTask) text.push('At the prompt: check shows this list again, hint gives a hint,', 'solution shows the reference commands, lesson reset starts over.');
    return text;
  };

  /** Starts (or starts again) a lesson on its starting world, in a fresh global login shell. */
  const start = (ctx: CommandContext, lesson: Lesson): CommandResult => {
    const world = tutor.catalogue.startWorld(lesson);
    if ('path' in world) return failWith([`wparsim: lesson ${lesson.name} cannot start: ${world.message}`]);
    const cur: CurrentLesson = { name: lesson.name, started: ctx.now, ran: [], done: [], hintsGiven: lesson.checks.map(() => 0), passed: false };
    // Where the learner's own world is: the lesson before this one knew; a first lesson from the factory world needs no copy (from another, lesson NAME names the copy).
    const ownWorld = tutor.progress.current ? tutor.progress.current.own : isFactoryWorld(ctx.world) ? 'factory' : undefined;
    if (ownWorld !== undefined) cur.own = ownWorld;
    const at = { world, scope: { kind: 'global' } as const };
    cur.done = tutor.evaluate(lesson, cur, at.world, at.scope);
    tutor.progress.current = cur;
    const r = own(tutor.progress.results, lesson.name);
    put(tutor.progress.results, lesson.name, r ? { ...r, attempts: r.attempts + 1 } : { attempts: 1, passed: false, firstStarted: ctx.now, hints: 0, solutionShown: false });
    tutor.changed = true;
    return { out: lines(card(lesson, cur, at, true)), status: 0, world, effects: [{ kind: 'login' }] };
  };

  const lessons: Command = {
    name: 'lessons',
    scope: 'any',
    summary: 'List the guided lessons and your progress (wparsim)',
    flags: [],
    manual: { purpose: "Lists the guided lessons with your progress in each (wparsim's own command).", synopsis: ['lessons'], examples: ['lessons', 'lessons | head -3'] },
    run(ctx) {
      if (ctx.argv.length > 1) return failWith(['Usage: lessons']);
      return { out: lines(listLessons(tutor.catalogue, tutor.progress)), status: 0 };
    },
  };

  /** The lesson under way ends (its results stay). */
  const stopped = (l: Lesson, what: string): CommandResult => {
    delete tutor.progress.current;
    tutor.changed = true;
    return { out: lines([`lesson: ${l.name} stopped. ${what}`]), status: 0 };
  };

  const lesson: Command = {
    name: 'lesson',
    scope: 'any',
    summary: 'Start, restart or leave a guided lesson (wparsim)',
    flags: [],
    manual: {
      purpose: "Starts a guided lesson on its own starting world (your own world is kept beside the store), starts it again, leaves it, or shows its task (wparsim's own command).",
      synopsis: ['lesson', 'lesson Name', 'lesson reset', 'lesson stop'],
      operands: [
        ['Name', 'The lesson to start (lessons lists them).'],
        ['reset', 'Starts the lesson under way over.'],
        ['stop', 'Leaves the lesson and brings back your own world, as it was before the lesson.'],
      ],
      examples: ['lesson 05-give-a-disk', 'lesson reset'],
    },
    operandWords: () => ['reset', 'stop', ...tutor.catalogue.lessons.map((l) => l.name)],
    run(ctx) {
      const args = ctx.argv.slice(1);
      const now = under();
      if (args.length === 0) return now ? { out: lines(card(now.lesson, now.cur, ctx, true)), status: 0 } : failWith([NONE]);
      if (args.length > 1) return failWith(['Usage: lesson NAME | lesson reset | lesson stop']);
      if (args[0] === 'reset') return now ? start(ctx, now.lesson) : failWith([NONE]);
      if (args[0] === 'stop') {
        if (!now) return failWith([NONE]);
        const ownWorld = now.cur.own;
        // Progress from before wparsim kept track of the learner's world: the lesson's world stays.
        if (ownWorld === undefined) return stopped(now.lesson, `The world stays as it is; lesson ${now.lesson.name} starts it again.`);
        let world: World;
        try {
          if (ownWorld === 'factory') world = factoryWorld();
          else if (tutor.kept?.name === ownWorld) world = tutor.kept.world;
          else if (tutor.copies) world = tutor.copies.read(ownWorld);
          else throw new Error('there is no store to read it from');
        } catch (e) {
          const result = stopped(now.lesson, `Your own world could not be brought back from ${ownWorld} (${(e as Error).message}); the lesson's world stays.`);
          result.out.push(...lines(['wparsim restore (at the system prompt) lists the copies of your world that are kept.']));
          return result;
        }
        const back = ownWorld === 'factory' ? 'the factory world you started from' : 'as you had it before the lesson';
        return { ...stopped(now.lesson, `Your own world is back (${back}); lesson ${now.lesson.name} starts the lesson again.`), world, effects: [{ kind: 'login' }] };
      }
      const next = tutor.catalogue.find(args[0]!);
      if (!next) return failWith([`wparsim: there is no lesson named ${args[0]}. Type lessons to see them.`]);
      // The world of no lesson is the learner's own: unless it is the factory world, the store keeps a copy, named now.
      const ownFirst = tutor.progress.current === undefined && !isFactoryWorld(ctx.world);
      const before = ctx.world;
      const started = start(ctx, next);
      if (ownFirst && started.status === 0) {
        tutor.keepCopy = true;
        const name = tutor.copies?.name() ?? 'unsaved';
        tutor.progress.current!.own = name;
        tutor.kept = { name, world: before };
        started.out.push(...lines(['(The world you had before the lesson is kept beside the store as a .bak file: lesson stop brings it back.)']));
      }
      return started;
    },
  };

  /** check, hint and solution: a word alone, about the lesson under way. */
  const aboutLesson = (name: string, summary: string, purpose: string, body: (ctx: CommandContext, now: { lesson: Lesson; cur: CurrentLesson }) => CommandResult): Command => ({
    name,
    scope: 'any',
    summary,
    flags: [],
    manual: { purpose: `${purpose} (wparsim's own command).`, synopsis: [name], examples: [name] },
    run(ctx) {
      if (ctx.argv.length > 1) return failWith([`Usage: ${name}`]);
      const now = under();
      return now ? body(ctx, now) : failWith([NONE]);
    },
  });

  const check = aboutLesson(
    'check',
    'Show which conditions of the lesson are done (wparsim)',
    'Lists each condition of the lesson under way, done or not yet; exits 1 while one is not done',
    (ctx, { lesson: l, cur }) => {
      const done = tutor.evaluate(l, cur, ctx.world, ctx.scope);
      return { out: lines(card(l, cur, ctx, false)), status: done.every(Boolean) ? 0 : 1 };
    },
  );

  const hint = aboutLesson('hint', 'Give the next hint of the lesson (wparsim)', 'Gives the next hint for the first condition of the lesson that is not done yet', (ctx, { lesson: l, cur }) => {
    const done = tutor.evaluate(l, cur, ctx.world, ctx.scope);
    const i = done.indexOf(false);
    if (i < 0) return { out: lines(['Everything is done: there is nothing left to hint at.']), status: 0 };
    const c = l.checks[i]!;
    tutor.result(l.name, cur.started).hints++;
    tutor.changed = true;
    if (c.hints.length === 0) return { out: lines([`Hint: ${describe(c.condition)}. (This lesson has no more hints; type solution to see the reference commands.)`]), status: 0 };
    const given = cur.hintsGiven[i] ?? 0;
    cur.hintsGiven = cur.hintsGiven.map((n, j) => (j === i ? n + 1 : n));
    return { out: lines([`Hint for "${describe(c.condition)}": ${c.hints[Math.min(given, c.hints.length - 1)]}`]), status: 0 };
  });

  const solution = aboutLesson(
    'solution',
    'Show the reference commands of the lesson (wparsim)',
    'Shows the reference solution of the lesson under way; the lesson report says it was seen',
    (_ctx, { lesson: l, cur }) => {
      tutor.result(l.name, cur.started).solutionShown = true;
      tutor.changed = true;
      return { out: lines([`The reference solution of ${l.name}:`, ...l.solution.map((it) => `  ${it.kind === 'command' ? visible(it.text) : ''}`)]), status: 0 };
    },
  );

  const explainCommand: Command = {
    name: 'explain',
    scope: 'any',
    summary: 'Tell what a command would do, without doing it (wparsim)',
    flags: [],
    manual: {
      purpose: "Tells in one paragraph what a command line would do to the world, without doing it: the line runs on a copy of the session and the two worlds are compared (wparsim's own command).",
      synopsis: ['explain Command [Argument ...]', "explain 'Command line'"],

      examples: ['explain rmwpar wpar1', "explain 'stopwpar -F wpar1; rmwpar wpar1'"],
    },
    run(ctx) {
      const words = ctx.argv.slice(1);
      if (words.length === 0) return failWith(['Usage: explain COMMAND [ARGUMENT ...]']);
      // One argument is a whole command line (explain 'a; b'), as with clogin NAME 'a; b'.
      const line = commandLine(words);
      // The trial run shares the tutor's commands: what they would do to the lesson progress is put back.
      return { out: lines([tutor.aside(() => explain(ctx, line))]), status: 0 };
    },
  };

  return [lessons, lesson, check, hint, solution, explainCommand];
}
