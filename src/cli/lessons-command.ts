// `wparsim lessons [--report] [--json [--learner NAME]] [--verify]`: the lessons
// with the learner's progress; a report of the results for an instructor (a
// table, or JSON on standard output naming the learner and wparsim's version); and, for instructors and CI, a check of every
// lesson file (its reference solution passes, its conditions name real WPARs).
// Exit statuses: 0; 1 when --verify finds a problem; 2 for bad usage.

import { visible } from '../format/visible.js';
import { type Catalogue, problemText } from '../lessons/catalogue.js';
import type { Progress } from '../lessons/progress.js';
import { reportData } from '../lessons/report.js';
import { duration, listLessons } from '../lessons/tutor.js';
import type { LoadedLessons } from './lesson-files.js';
import { STDERR, STDOUT, writeFd } from './write.js';

const say = (fd: number, text: string) => writeFd(fd, text + '\n');

export interface LessonsFlags {
  report: boolean;
  json: boolean;
  verify: boolean;
  /** Who took the lessons (--learner, default the user name) and which wparsim: named in --json. */
  learner: string;
  version: string;
}

export function lessonsCommand(loaded: LoadedLessons, progress: () => Progress, flags: LessonsFlags): number {
  const { catalogue, problems } = loaded;
  if (flags.verify) return verifyLessons(catalogue, problems.map(problemText));
  for (const p of problems) say(STDERR, `wparsim: ${problemText(p)}`);
  if (flags.json) {
    writeFd(STDOUT, JSON.stringify({ learner: flags.learner, wparsim: flags.version, ...reportData(catalogue, progress()) }, null, 2) + '\n');
    return 0;
  }
  const lines = flags.report ? reportLines(catalogue, progress()) : listLessons(catalogue, progress());
  say(STDOUT, lines.join('\n'));
  return 0;
}

function verifyLessons(catalogue: Catalogue, unreadable: string[]): number {
  const problems = [...unreadable];
  let passed = 0;
  for (const lesson of catalogue.lessons) {
    const found = catalogue.verify(lesson).map(problemText);
    // A lesson that starts after a broken one has that one's problem: said once.
    problems.push(...found.filter((p) => !problems.includes(p)));
    if (found.length > 0) continue;
    passed++;
    say(STDOUT, visible(`ok: ${lesson.path}: the reference solution passes all ${lesson.checks.length} conditions`));
  }
  for (const p of problems) say(STDERR, `wparsim: ${p}`);
  say(STDOUT, `lessons: ${passed} passed, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return problems.length === 0 ? 0 : 1;
}

function reportLines(catalogue: Catalogue, progress: Progress): string[] {
  const data = reportData(catalogue, progress);
  const width = Math.max(6, ...data.lessons.map((l) => l.lesson.length));
  const lines = [`${'Lesson'.padEnd(width)}  Passed  Attempts  Time         Hints  Solution seen`];
  for (const l of data.lessons) {
    const time = l.seconds === null ? '-' : duration(l.seconds * 1000);
    lines.push(
      `${l.lesson.padEnd(width)}  ${(l.passed ? 'yes' : 'no').padEnd(6)}  ${String(l.attempts).padEnd(8)}  ${time.padEnd(11)}  ${String(l.hints).padEnd(5)}  ${l.solutionShown ? 'yes' : 'no'}`,
    );
  }
  lines.push(`Passed ${data.passed} of ${data.total} lessons.`);
  return lines;
}
