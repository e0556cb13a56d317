// The lesson report an instructor collects (wparsim lessons --json, the
// browser page's download): each lesson's result from the learner's progress.

import { own } from '../world/dict.js';
import type { Catalogue } from './catalogue.js';
import type { Progress } from './progress.js';

interface ReportRow {
  lesson: string;
  title: string;
  passed: boolean;
  attempts: number;
  /** Seconds the passing attempt took. */
  seconds: number | null;
  hints: number;
  solutionShown: boolean;
  firstStarted: string | null;
  passedAt: string | null;
}

export function reportData(catalogue: Catalogue, progress: Progress): { passed: number; total: number; lessons: ReportRow[] } {
  const lessons = catalogue.lessons.map((l): ReportRow => {
    const r = own(progress.results, l.name);
    return {
      lesson: l.name,
      title: l.title,
      passed: r?.passed ?? false,
      attempts: r?.attempts ?? 0,
      seconds: r?.timeMs !== undefined ? Math.round(r.timeMs / 1000) : null,
      hints: r?.hints ?? 0,
      solutionShown: r?.solutionShown ?? false,
      firstStarted: r ? new Date(r.firstStarted).toISOString() : null,
      passedAt: r?.passedAt !== undefined ? new Date(r.passedAt).toISOString() : null,
    };
  });
  return { passed: lessons.filter((l) => l.passed).length, total: lessons.length, lessons };
}
