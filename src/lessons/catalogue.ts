// The lessons a learner can take, their starting worlds, and the check that
// makes a lesson file trustworthy: its reference solution, replayed through
// the engine on its starting world, meets every condition, and every WPAR a
// condition names exists. Pure: the files are read by the caller.

import type { Extension } from '../engine/contract.js';
import { fixtureWorld } from '../engine/fixtures.js';
import { runLine } from '../engine/run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from '../engine/session.js';
import { visible } from '../format/visible.js';
import type { World } from '../world/types.js';
import { findWpar } from '../world/wpars.js';
import { describe, holds, printed, ranKey, shown, wparNamed } from './conditions.js';
import type { Lesson } from './lesson-file.js';

export interface Problem {
  path: string;
  line?: number;
  message: string;
}

export const problemText = (p: Problem) => visible(`${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`);

export class Catalogue {
  private readonly byName = new Map<string, Lesson>();
  private readonly worlds = new Map<string, World | Problem>();
  constructor(readonly lessons: readonly Lesson[]) {
    for (const l of lessons) this.byName.set(l.name, l);
  }

  find(name: string): Lesson | undefined {
    return this.byName.get(name);
  }

  /** The world a lesson starts from: a fixture, or another lesson's start after its reference solution. */
  startWorld(lesson: Lesson, chain: readonly string[] = []): World | Problem {
    const known = this.worlds.get(lesson.name);
    if (known) return known;
    let result: World | Problem;
    if (lesson.world.kind === 'fixture') {
      const f = fixtureWorld(lesson.world.name);
      result = f.ok ? f.world : { path: lesson.path, message: f.message };
    } else {
      const before = this.find(lesson.world.lesson);
      const line = lesson.world.line;
      if (!before) result = { path: lesson.path, line, message: `'## world: after ${lesson.world.lesson}': there is no lesson of that name` };
      else if (chain.includes(before.name))
        result = { path: lesson.path, line, message: `'## world: after ${before.name}' goes round in a circle (${[...chain, lesson.name, before.name].join(' -> ')})` };
      else {
        const start = this.startWorld(before, [...chain, lesson.name]);
        result = 'path' in start ? start : solve(before, start).world;
      }
    }
    this.worlds.set(lesson.name, result);
    return result;
  }

  /** Everything wrong with a lesson (empty when its solution passes). */
  verify(lesson: Lesson): Problem[] {
    const start = this.startWorld(lesson);
    if ('path' in start) return [start];
    const end = solve(lesson, start);
    const problems: Problem[] = [];
    for (const check of lesson.checks) {
      const c = check.condition;
      const wpar = wparNamed(c);
      if (wpar !== undefined && c.kind !== 'wpar-absent' && !findWpar(start, wpar) && !findWpar(end.world, wpar)) {
        problems.push({ path: lesson.path, line: check.line, message: `the condition names the WPAR ${wpar}, which neither the starting world nor the reference solution has` });
      } else if (!holds(c, end.world, end)) {
        problems.push({ path: lesson.path, line: check.line, message: `the reference solution does not pass this condition: ${describe(c)}` });
      }
    }
    return problems;
  }
}

/** What replaying commands left: the world, the commands that ran, where the prompt is. */
export interface Solved {
  world: World;
  ran: string[];
  scope: Session['frames'][number]['scope'];
}

/** Replays commands (by default the lesson's reference solution) on a world, as a learner would type them. */
export function solve(lesson: Lesson, world: World, lines: readonly string[] = lesson.solution.map((it) => (it.kind === 'command' ? it.text : ''))): Solved {
  const ran: string[] = [];
  const conditions = lesson.checks.map((c) => c.condition);
  const recordRan: Extension = {
    exec: (next) => (command, ctx) => {
      const result = next(command, ctx);
      if (result.status === 0) ran.push(ranKey(command.name, ctx.scope), ...shown(conditions, command.name, ctx.scope, printed(result.out)));
      return result;
    },
  };
  const session = new Session(world, { clock: simulatedClock(REPLAY_EPOCH), interactive: true, extensions: [recordRan] });
  for (const line of lines) {
    if (session.exited !== undefined) break;
    runLine(session, line);
  }
  return { world: session.world, ran, scope: session.frame.scope };
}
