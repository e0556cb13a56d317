// Lessons through the built dist/cli.cjs, as a learner and an instructor use
// them: wparsim lesson NAME (piped), progress kept in the store across runs,
// lessons --report and --json, and lessons --verify on good and bad files.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import test from 'ava';

const CLI = 'dist/cli.cjs';
const tmp = () => mkdtemp(join(tmpdir(), 'wparsim-lessons-cli-'));

function wparsim(args: string[], store: string, input = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, env: { ...process.env, WPARSIM_STORE: store }, encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('a lesson across three runs: started, worked on with -c, passed; the report and the JSON say so', async (t) => {
  const dir = await tmp();
  const store = join(dir, 'world.json');
  t.is(wparsim(['-c', 'mkwpar -n mine > /dev/null 2>&1'], store).status, 0);
  const start = wparsim(['lesson', '01-first-wpar'], store, 'check\n');
  t.is(start.status, 1, 'check says not everything is done');
  t.true(start.out.startsWith('Lesson 01-first-wpar: Create your first WPAR, start it and log in\n\nA system WPAR is'), start.out);
  t.true(
    (await readdir(dir)).some((f) => f.startsWith('world.json.bak-before-lesson-')),
    "the learner's world is kept",
  );
  t.is(wparsim(['-c', 'lswpar'], store).out, '', 'the lesson starts from its own world: no WPARs');
  t.is(wparsim(['-c', 'mkwpar -n wpar1 > /dev/null 2>&1'], store).out, 'lesson: done: wpar1 exists\n');
  t.is(wparsim(['-c', 'startwpar wpar1 > /dev/null'], store).out, 'lesson: done: wpar1 exists and is Active\n');
  const last = wparsim(['-c', 'clogin wpar1'], store);
  t.regex(last.out, /^lesson: done: the prompt is inside wpar1\nlesson: 01-first-wpar passed: all 3 checks are done \(attempt 1, \d+ s\)\. Type lessons for the next one\.\n$/);
  const report = wparsim(['lessons', '--report'], store);
  t.is(report.status, 0);
  t.regex(
    report.out,
    /^Lesson {18}Passed  Attempts  Time         Hints  Solution seen\n01-first-wpar {11}yes     1         \d+ s +0      no\n02-stop-and-remove {6}no      0         - {12}0      no\n/,
  );
  t.regex(report.out, /\nPassed 1 of 13 lessons\.\n$/);
  const json = JSON.parse(wparsim(['lessons', '--json'], store).out);
  t.like(json, { passed: 1, total: 13, wparsim: '0.1.0' });
  t.is(json.learner, userInfo().username, 'the learner is the user by default');
  t.is(JSON.parse(wparsim(['lessons', '--json', '--learner', 'Ada Lovelace'], store).out).learner, 'Ada Lovelace');
  t.like(json.lessons[0], { lesson: '01-first-wpar', passed: true, attempts: 1, hints: 0, solutionShown: false });
  t.like(json.lessons[1], { lesson: '02-stop-and-remove', passed: false, attempts: 0, seconds: null });
  t.regex(wparsim(['lessons'], store).out, /^01-first-wpar {11}passed \(under way\) {4}Create your first WPAR/m);
});

test('lessons --verify: the shipped lessons pass; a bad file is named with its line and the exit status is 1', async (t) => {
  const ok = wparsim(['lessons', '--verify'], join(await tmp(), 'w.json'));
  t.is(ok.status, 0, ok.err);
  t.regex(ok.out, /\nlessons: 13 passed, 0 problems\n$/);
  const dir = await tmp();
  await writeFile(join(dir, 'good.lesson'), '## title: T\n## task: Make wpar1.\n## check: wpar wpar1 exists\n$ mkwpar -n wpar1\n');
  await writeFile(join(dir, 'bad.lesson'), '## title: T\n## task: Start wpar1.\n## check: wpar wpar1 is Active\n$ mkwpar -n wpar1\n');
  const bad = wparsim(['lessons', '--verify', '--lessons', dir], join(dir, 'w.json'));
  t.is(bad.status, 1);
  t.is(bad.err, `wparsim: ${join(dir, 'bad.lesson')}:3: the reference solution does not pass this condition: wpar1 exists and is Active\n`);
  t.is(bad.out, `ok: ${join(dir, 'good.lesson')}: the reference solution passes all 1 conditions\nlessons: 1 passed, 1 problem\n`);
});

test('bad usage: lesson without a name, an unknown lesson, lessons with an argument', async (t) => {
  const store = join(await tmp(), 'w.json');
  const none = wparsim(['lesson'], store);
  t.is(none.status, 2);
  t.regex(none.err, /^wparsim: lesson takes the name of one lesson/);
  const unknown = wparsim(['lesson', 'nosuch'], store, '');
  t.is(unknown.status, 1);
  t.is(unknown.err, 'wparsim: there is no lesson named nosuch. Type lessons to see them.\n');
  t.is(wparsim(['lessons', 'x'], store).status, 2);
});
