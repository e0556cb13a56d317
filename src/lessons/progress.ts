// A learner's lesson progress, kept in the store beside the world: the lesson
// under way and each lesson's results (for `wparsim lessons --report`).

export interface LessonResult {
  /** How many times the lesson was started (lesson NAME, lesson reset). */
  attempts: number;
  passed: boolean;
  /** When it was first started (ms since the epoch, the session's clock). */
  firstStarted: number;
  /** When it was first passed, and how long that attempt took. */
  passedAt?: number;
  timeMs?: number;
  /** Hints asked for, over all attempts. */
  hints: number;
  /** Whether the learner asked for the reference solution. */
  solutionShown: boolean;
}

export interface CurrentLesson {
  name: string;
  /** When this attempt started. */
  started: number;
  /** Commands run with status 0 in this attempt, as "name@scope" ("cfgmgr@wpar1"). */
  ran: string[];
  /** Each check's state after the last command (to tell the learner what changed). */
  done: boolean[];
  /** Hints given in this attempt, for each check (the next one is given next). */
  hintsGiven: number[];
  passed: boolean;
  /** Where the learner's own world is, for lesson stop: 'factory', or the name of the copy of the store kept when the first lesson started. */
  own?: string;
}

export interface Progress {
  current?: CurrentLesson;
  results: Record<string, LessonResult>;
}

export const noProgress = (): Progress => ({ results: {} });
