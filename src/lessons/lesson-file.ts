// The .lesson format: a session file (design section 4) whose "$ " lines are
// the reference solution, with three more directives an instructor writes:
//
//   ## title: Give a running WPAR a disk
//   ## world: after first-wpar        (factory, a fixture, or "after LESSON")
//   ## task: What the learner is asked to do (one or more lines).
//   ## check: device hdisk2 is Available in wpar1     (conditions.ts)
//   ## hint: A hint for the check above it (one or more per check).
//   $ chwpar -D devname=hdisk2 wpar1
//
// Problems are reported with the line they are on.

import { type Item, parseSession } from '../format/session-file.js';
import { visible } from '../format/visible.js';
import { type Condition, parseCondition } from './conditions.js';

export interface Check {
  condition: Condition;
  /** The condition as written. */
  text: string;
  line: number;
  hints: string[];
}

export type StartWorld = { kind: 'fixture'; name: string } | { kind: 'after'; lesson: string; line: number };

export interface Lesson {
  name: string;
  /** Where it was read from (for messages). */
  path: string;
  title: string;
  task: string[];
  world: StartWorld;
  checks: Check[];
  /** The reference solution: the file's commands. */
  solution: Item[];
}

export type ParsedLesson = { ok: true; lesson: Lesson } | { ok: false; line?: number; message: string };

const LESSON_KEY = /^##\s*(task|check|hint):\s?(.*)$/;

export function parseLesson(name: string, path: string, text: string): ParsedLesson {
  const rows = text.split('\n');
  const task: string[] = [];
  const checks: Check[] = [];
  let worldLine = 0;
  // The session parser reads everything else; lesson lines become comments there, so line numbers stay.
  const rest = rows.map((row, i) => {
    const m = LESSON_KEY.exec(row);
    if (/^##\s*world:/.test(row)) worldLine = i + 1;
    return m ? '##' : row;
  });
  for (let i = 0; i < rows.length; i++) {
    const m = LESSON_KEY.exec(rows[i]!);
    if (!m) continue;
    const line = i + 1;
    const value = m[2]!.trim();
    if (value === '' && m[1] !== 'task') return { ok: false, line, message: `'## ${m[1]}:' needs a value` };
    if (m[1] === 'task') task.push(visible(value));
    else if (m[1] === 'check') {
      const parsed = parseCondition(value);
      if (!parsed.ok) return { ok: false, line, message: parsed.message };
      checks.push({ condition: parsed.condition, text: value, line, hints: [] });
    } else {
      const last = checks[checks.length - 1];
      if (!last) return { ok: false, line, message: `'## hint:' must follow the '## check:' it helps with` };
      last.hints.push(visible(value));
    }
  }
  const parsed = parseSession(rest.join('\n'));
  if (!parsed.ok) return { ok: false, line: parsed.line, message: parsed.message };
  const file = parsed.file;
  if (!file.title) return { ok: false, message: `no '## title:' line` };
  if (task.every((t) => t === '')) return { ok: false, message: `no '## task:' line (what the learner is asked to do)` };
  if (checks.length === 0) return { ok: false, message: `no '## check:' line (how the world shows the task is done)` };
  const solution = file.items.filter((it) => it.kind === 'command');
  if (solution.length === 0) return { ok: false, message: `no reference solution ("$ " lines)` };
  const w = (file.world ?? 'factory').split(/\s+/);
  let world: StartWorld;
  if (w[0] === 'after' && w.length === 2) world = { kind: 'after', lesson: w[1]!, line: worldLine };
  else if (w.length === 1) world = { kind: 'fixture', name: w[0]! };
  else return { ok: false, line: worldLine, message: `'## world:' takes a fixture name or "after LESSON", not '${file.world}'` };
  // What the learner reads is shown with its control characters made visible (a shared file cannot drive the terminal).
  return { ok: true, lesson: { name: visible(name), path, title: visible(file.title), task, world, checks, solution } };
}
