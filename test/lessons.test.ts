// Guided lessons (issue 11): every lesson's reference solution passes; a
// wrong solution fails the condition it should; bad lesson files are reported
// with file and line; the tutor at the prompt (check, hint, solution, lesson
// reset, explain) and what a learner who removes the lesson's WPAR gets.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { loadLessons } from '../src/cli/lesson-files.js';
import { REPLAY_EPOCH, simulatedClock } from '../src/engine/session.js';
import { Host } from '../src/host/host.js';
import { MemoryStore } from '../src/host/memory-store.js';
import { Catalogue, problemText, solve } from '../src/lessons/catalogue.js';
import { describe, holds, parseCondition } from '../src/lessons/conditions.js';
import { type Lesson, parseLesson } from '../src/lessons/lesson-file.js';
import { noProgress } from '../src/lessons/progress.js';
import { factoryWorld } from '../src/world/factory.js';
import { host, session } from './helpers.js';

const shipped = loadLessons('sessions/lessons');

test('the shipped lessons: at least eight, all readable', (t) => {
  t.deepEqual(shipped.problems.map(problemText), []);
  t.true(shipped.catalogue.lessons.length >= 8, `${shipped.catalogue.lessons.length} lessons`);
});

for (const lesson of shipped.catalogue.lessons) {
  test(`lesson ${lesson.name}: the reference solution passes every condition`, (t) => {
    t.deepEqual(shipped.catalogue.verify(lesson).map(problemText), []);
  });
}

/** Which conditions a list of commands leaves not done, in plain words. */
function failing(name: string, lines: string[]): string[] {
  const lesson = shipped.catalogue.find(name)!;
  const start = shipped.catalogue.startWorld(lesson);
  if ('path' in start) throw new Error(start.message);
  const end = solve(lesson, start, lines);
  return lesson.checks.filter((c) => !holds(c.condition, end.world, end)).map((c) => describe(c.condition));
}

test('wrong solutions fail the condition they miss, and only that one', (t) => {
  t.deepEqual(failing('01-first-wpar', ['mkwpar -n wpar1', 'startwpar wpar1']), ['the prompt is inside wpar1']);
  t.deepEqual(failing('01-first-wpar', ['mkwpar -n wpar1', 'clogin wpar1']), ['wpar1 exists and is Active', 'the prompt is inside wpar1']);
  // The disk is given but cfgmgr never runs inside: lspv there ran and listed nothing, the disk is Defined.
  t.deepEqual(failing('05-give-a-disk', ['chwpar -D devname=hdisk2 wpar1', 'clogin wpar1 lspv']), ['hdisk2 is Available inside wpar1', 'lspv was run inside wpar1 and showed "hdisk2"']);
  // cfgmgr in the global environment is not cfgmgr inside the WPAR.
  t.deepEqual(failing('05-give-a-disk', ['chwpar -D devname=hdisk2 wpar1', 'cfgmgr', 'clogin wpar1 lspv']), ['hdisk2 is Available inside wpar1', 'lspv was run inside wpar1 and showed "hdisk2"']);
  // lspv before cfgmgr listed nothing; the one after it counts, in a pipe too.
  t.deepEqual(failing('05-give-a-disk', ['chwpar -D devname=hdisk2 wpar1', 'clogin wpar1 lspv', 'clogin wpar1 cfgmgr', 'clogin wpar1 "lspv | grep hdisk"']), []);
  // A WPAR on the disk without rootvg=yes is not a rootvg WPAR.
  t.deepEqual(failing('09-rootvg-wpar', ['mkwpar -s -n w4 -D devname=hdisk1', 'clogin w4 lspv']), ['w4 has its own root volume group']);
  // rmwpar refuses a running WPAR: it is still there.
  t.deepEqual(failing('02-stop-and-remove', ['rmwpar wpar1', 'lswpar']), ['stopwpar was run in the global environment', 'wpar1 has been removed']);
  // Mounted on the wrong directory.
  t.deepEqual(failing('06-share-a-file-system', ['startwpar wpar2', 'mkdir /bb', 'mkdir /wpars/wpar2/bb', 'mount -v namefs /bb /wpars/wpar2/bb', 'echo hello > /bb/hello']), [
    '/bb is mounted inside wpar2 at /bb_fs',
    '/bb_fs/hello inside wpar2 contains "hello"',
  ]);
  t.deepEqual(
    failing('12-sync-software', ['installp -aXYd /dev/cd0 bos.net.nfs.server', 'clogin wpar1 lslpp -l bos.net.nfs.server']),
    ['bos.net.nfs.server is installed inside wpar1'],
    'without syncwpar the root part is missing',
  );
  t.deepEqual(failing('10-resource-controls', ['mkwpar -n wpar_name -R active=yes CPU=10%-20%,50% totalProcesses=1024', 'lswpar -R wpar_name']), [
    'wpar_name has the resource control totalThreads=2048',
    'lswpar was run in the global environment and showed "2048"',
  ]);
  t.deepEqual(failing('11-private-usr', ['mkwpar -n private1', 'startwpar private1', 'lswpar -M private1']), ['private1 has its own /usr']);
  t.deepEqual(failing('04-network', ['mkwpar -n wpar3 -N interface=en0 address=172.23.74.23 netmask=255.255.248.0', 'startwpar wpar3']), ['wpar3 has 172.23.74.22 on en0']);
});

test('conditions: each form parses and is said in plain words; unknown forms name the known ones', (t) => {
  const said = (text: string) => {
    const c = parseCondition(text);
    return c.ok ? describe(c.condition) : `ERROR ${c.message}`;
  };
  t.is(said('wpar wpar1 is A'), 'wpar1 exists and is Active');
  t.is(said('wpar wpar1 is defined'), 'wpar1 exists and is Defined');
  t.is(said('device hdisk2 is available in wpar1'), 'hdisk2 is Available inside wpar1');
  t.is(said('mount /bb at /bb_fs in wpar2'), '/bb is mounted inside wpar2 at /bb_fs');
  t.is(said('address 172.23.74.22 on en0 in wpar3'), 'wpar3 has 172.23.74.22 on en0');
  t.is(said('file /etc/motd in global contains  two  words'), '/etc/motd in the global environment contains "two  words"');
  t.is(said('ran cfgmgr in wpar1'), 'cfgmgr was run inside wpar1');
  t.is(said('ran lspv in wpar1 showing hdisk2  00f9'), 'lspv was run inside wpar1 and showed "hdisk2  00f9"');
  t.is(said('wpar w4 has rootvg'), 'w4 has its own root volume group');
  t.is(said('prompt in global'), 'the prompt is in the global environment');
  t.is(said('wpar private1 has private /usr'), 'private1 has its own /usr');
  t.is(said('wpar w has resource totalProcesses=1024'), 'w has the resource control totalProcesses=1024');
  t.is(said('fileset bos.net.nfs.server is installed in wpar1'), 'bos.net.nfs.server is installed inside wpar1');
  t.regex(said('wpar w has resource totalProcesses'), /^ERROR unknown condition/);
  t.is(said('wpar wpar1 is Running'), `ERROR 'Running' is not a WPAR state (Defined, Loaded, Active, Frozen, Paused, Maintenance, Moving, Transitional, Broken, Error)`);
  t.regex(said('wpar1 is active'), /^ERROR unknown condition 'wpar1 is active' \(known forms: wpar NAME exists; /);
});

const lessonFile = (body: string) => `## title: T\n## task: Do it.\n${body}`;
const dir = mkdtempSync(join(tmpdir(), 'wparsim-lessons-'));

/** The problems of a set of lesson files (name -> text) written to a directory, as `lessons --verify` reports them. */
function problemsOf(files: Record<string, string>): string[] {
  const d = mkdtempSync(join(dir, 'set-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, `${name}.lesson`), text);
  const loaded = loadLessons(d);
  const all = [...loaded.problems, ...loaded.catalogue.lessons.flatMap((l) => loaded.catalogue.verify(l))].map((p) => problemText(p).replace(d + '/', ''));
  return [...new Set(all)];
}

test('bad lesson files: a clear problem with file and line', (t) => {
  t.deepEqual(problemsOf({ unknown: lessonFile('## check: wpar1 runs\n$ mkwpar -n wpar1\n') }), [
    `unknown.lesson:3: unknown condition 'wpar1 runs' (known forms: wpar NAME exists; wpar NAME is absent; wpar NAME is STATE; wpar NAME has private /usr; wpar NAME has rootvg; wpar NAME has resource ATTRIBUTE=VALUE; fileset NAME is installed in SCOPE; device NAME is STATE in SCOPE; mount SOURCE at DIR in SCOPE; address ADDRESS on INTERFACE in SCOPE; file PATH in SCOPE exists; file PATH in SCOPE contains TEXT; ran COMMAND in SCOPE; ran COMMAND in SCOPE showing TEXT; prompt in SCOPE)`,
  ]);
  t.deepEqual(problemsOf({ state: lessonFile('## check: wpar wpar1 is there\n$ mkwpar -n wpar1\n') }), [
    `state.lesson:3: 'there' is not a WPAR state (Defined, Loaded, Active, Frozen, Paused, Maintenance, Moving, Transitional, Broken, Error)`,
  ]);
  t.deepEqual(problemsOf({ missing: lessonFile('## check: wpar wpar1 exists\n## check: device hdisk2 is Available in wpar9\n$ mkwpar -n wpar1\n') }), [
    'missing.lesson:4: the condition names the WPAR wpar9, which neither the starting world nor the reference solution has',
  ]);
  t.deepEqual(problemsOf({ failing: lessonFile('## check: wpar wpar1 is Active\n$ mkwpar -n wpar1\n') }), [
    'failing.lesson:3: the reference solution does not pass this condition: wpar1 exists and is Active',
  ]);
  t.deepEqual(problemsOf({ hint: lessonFile('## hint: too early\n## check: wpar wpar1 exists\n$ mkwpar -n wpar1\n') }), [`hint.lesson:3: '## hint:' must follow the '## check:' it helps with`]);
  t.deepEqual(problemsOf({ nocheck: lessonFile('$ mkwpar -n wpar1\n') }), [`nocheck.lesson: no '## check:' line (how the world shows the task is done)`]);
  t.deepEqual(problemsOf({ nosolution: lessonFile('## check: wpar wpar1 exists\n') }), [`nosolution.lesson: no reference solution ("$ " lines)`]);
  t.deepEqual(problemsOf({ typo: lessonFile('## chekc: wpar wpar1 exists\n$ mkwpar -n wpar1\n') }), [`typo.lesson:3: unknown directive '## chekc:'`]);
  t.deepEqual(problemsOf({ fixture: `## world: nowhere\n${lessonFile('## check: wpar wpar1 exists\n$ mkwpar -n wpar1\n')}` }), [
    `fixture.lesson: unknown world fixture 'nowhere' (known: factory, wpar1-defined, wpar1-active, two-wpars, private-wpar, three-wpars)`,
  ]);
  t.deepEqual(problemsOf({ after: `## world: after nothing\n${lessonFile('## check: wpar wpar1 exists\n$ mkwpar -n wpar1\n')}` }), [
    `after.lesson:1: '## world: after nothing': there is no lesson of that name`,
  ]);
  t.deepEqual(
    problemsOf({
      a: `## world: after b\n${lessonFile('## check: prompt in global\n$ true\n')}`,
      b: `## world: after a\n${lessonFile('## check: prompt in global\n$ true\n')}`,
    }),
    [`b.lesson:1: '## world: after a' goes round in a circle (a -> b -> a)`],
  );
});

/** A tutor on the shipped lessons and a session, and a way to type lines and read what the learner sees. */
function classroom(progress = noProgress()) {
  const h = host(undefined, () => shipped.catalogue, progress);
  const s = h.session;
  const type = (line: string) => {
    const pending = h.step(line);
    return { ...pending.step, keepCopy: pending.keepCopy, pending, text: pending.step.chunks.map((c) => c.text).join('') };
  };
  return { tutor: h.tutor, s, type, host: h };
}

test('a learner takes a lesson: check, hint, done lines as the world changes, the pass, the report', (t) => {
  const { tutor, type } = classroom();
  type('mkwpar -n mine');
  const started = type('lesson 05-give-a-disk');
  t.is(started.status, 0);
  t.true(started.keepCopy, "the learner's own world is kept");
  t.regex(started.text, /\n\(The world you had before the lesson is kept beside the store as a \.bak file: lesson stop brings it back\.\)\n$/);
  started.text = started.text.replace(/\(The world you had[^\n]*\n$/, '');
  t.is(
    started.text,
    [
      'Lesson 05-give-a-disk: Give a running WPAR a disk',
      '',
      'wpar1 is running. Give it the disk hdisk2 so that it can use it: the',
      'disk must be Available inside wpar1 (lspv there lists it).',
      '',
      '  [not yet] hdisk2 is Exported in the global environment',
      '  [not yet] hdisk2 is Available inside wpar1',
      '  [not yet] lspv was run inside wpar1 and showed "hdisk2"',
      '0 of 3 done.',
      'At the prompt: check shows this list again, hint gives a hint,',
      'solution shows the reference commands, lesson reset starts over.',
      '',
    ].join('\n'),
  );
  t.is(type('check').status, 1);
  t.is(
    type('hint').text,
    'Hint for "hdisk2 is Exported in the global environment": chwpar -D devname=hdisk2 wpar1 gives the disk to the WPAR. lsdev -x -l hdisk2 shows Exported in the global environment.\n',
  );
  t.is(type('chwpar -D devname=hdisk2 wpar1').text, 'lesson: done: hdisk2 is Exported in the global environment\n');
  // The next condition's hints start from its first, then go on in order and stay on the last.
  t.is(type('hint').text, 'Hint for "hdisk2 is Available inside wpar1": A disk given to a running WPAR is Defined inside it until cfgmgr runs there: clogin wpar1, then cfgmgr.\n');
  t.is(type('hint').text, 'Hint for "hdisk2 is Available inside wpar1": A disk given to a running WPAR is Defined inside it until cfgmgr runs there: clogin wpar1, then cfgmgr.\n');
  t.is(type('clogin wpar1').status, 0);
  // Until cfgmgr runs inside, the disk is Defined there and lspv lists nothing: that lspv does not count.
  t.is(type('lspv').text, '');
  t.is(host(undefined, () => shipped.catalogue).tutor.statusLine(session()), null, 'no status line without a lesson');
  t.is(type('cfgmgr').text, 'lesson: done: hdisk2 is Available inside wpar1\n');
  t.regex(
    type('lspv').text,
    /^hdisk2 .*\nlesson: done: lspv was run inside wpar1 and showed "hdisk2"\nlesson: 05-give-a-disk passed: all 3 checks are done \(attempt 1, 0 s\)\. Type lessons for the next one\.\n$/,
  );
  t.is(type('check').status, 0);
  const r = tutor.progress.results['05-give-a-disk']!;
  t.like(r, { attempts: 1, passed: true, hints: 3, solutionShown: false });
  t.regex(type('lessons').text, /^05-give-a-disk +passed \(under way\) +Give a running WPAR a disk$/m);
});

test('removing the lesson\'s WPAR: "not yet" and a hint, not a crash; lesson reset starts over', (t) => {
  const { tutor, s, type } = classroom();
  type('lesson 02-stop-and-remove');
  t.is(tutor.statusLine(s), 'lesson 02-stop-and-remove: 0 of 3 done (check, hint, solution, lesson reset)');
  t.regex(type('stopwpar -F wpar1').text, /lesson: done: stopwpar was run in the global environment\n$/);
  t.regex(type('rmwpar wpar1').text, /lesson: done: wpar1 has been removed\n$/);
  // Lesson 01 asks for wpar1; removing it is a setback, told as one, with the hint.
  type('lesson 01-first-wpar');
  t.is(type('mkwpar -n wpar1 > /dev/null 2>&1').text, 'lesson: done: wpar1 exists\n');
  const removed = type('rmwpar wpar1');
  t.is(removed.status, 0);
  t.regex(removed.text, /rmlv: Logical volume fslv00 is removed\.\nlesson: not yet: wpar1 exists\. Hint: mkwpar -n NAME creates a system WPAR\. It takes a while on a real system\.\n$/);
  t.is(tutor.statusLine(s), 'lesson 01-first-wpar: 0 of 3 done (check, hint, solution, lesson reset)');
  // Stopping the WPAR a lesson gave you undoes a step that was done.
  type('lesson 05-give-a-disk');
  type('chwpar -D devname=hdisk2 wpar1');
  t.regex(type('stopwpar -F wpar1').text, /lesson: not yet: hdisk2 is Exported in the global environment\. Hint: chwpar -D devname=hdisk2 wpar1 gives the disk/);
  t.is(type('rmwpar wpar1').status, 0);
  t.is(type('check').status, 1);
  const again = type('lesson reset');
  t.regex(again.text, /^Lesson 05-give-a-disk: Give a running WPAR a disk\n/);
  t.false(again.keepCopy, 'starting over inside a lesson keeps no copy');
  t.is(tutor.progress.results['05-give-a-disk']!.attempts, 2);
  t.regex(type('lswpar').text, /^wpar1 +A +S/m, 'wpar1 is back, running');
});

test("lesson stop brings back the learner's own world: the copy the store kept, or the factory world", async (t) => {
  // With a store: the copy is named when the lesson starts, written with the line, read back by lesson stop.
  const store = new MemoryStore();
  const h = new Host(factoryWorld(), noProgress(), { clock: simulatedClock(REPLAY_EPOCH), interactive: false, lessons: () => shipped.catalogue, store });
  const say = async (line: string) => (await h.run(line)).chunks.map((c) => c.text).join('');
  await say('mkwpar -n mine > /dev/null 2>&1');
  t.regex(await say('lesson 05-give-a-disk'), /lesson stop brings it back/);
  t.is(store.copies.size, 1, 'the store kept a copy of the own world');
  t.regex(await say('lswpar'), /^wpar1 /m, "the lesson's world");
  await say('lesson 03-inside-a-wpar > /dev/null');
  await say('clogin wpar1');
  t.is(await say('lesson stop'), 'lesson: 03-inside-a-wpar stopped. Your own world is back (as you had it before the lesson); lesson 03-inside-a-wpar starts the lesson again.\n');
  t.regex(await say('lswpar; uname -W'), /\nmine +D [^\n]*\n0\n$/, 'the own world, at a global prompt');
  t.is(h.tutor.progress.current, undefined);
  t.is(await say('lesson stop'), 'wparsim: no lesson is under way. Type lessons to see them, then lesson NAME to start one.\n');
  // Started and stopped in one line: the copy is not written yet, the world is still there.
  t.regex(await say('lesson 01-first-wpar > /dev/null; mkwpar -n zz > /dev/null 2>&1; lesson stop; lswpar'), /^lesson: 01-first-wpar stopped\. Your own world is back.*\nName .*\n-+\nmine +D /s);
  // From the factory world: no copy, and the factory world comes back.
  const { type } = classroom();
  type('lesson 01-first-wpar');
  type('mkwpar -n x');
  t.regex(type('lesson stop').text, /Your own world is back \(the factory world you started from\)/);
  t.is(type('lswpar').text, '');
});

test('lesson stop with a copy that cannot be read (a hand-edited store) says so and keeps the lesson world', (t) => {
  const progress = noProgress();
  const { type, tutor } = classroom(progress);
  type('mkwpar -n mine');
  type('lesson 01-first-wpar');
  tutor.progress.current!.own = '../../etc/passwd';
  tutor.kept = undefined;
  const r = type('lesson stop');
  t.is(r.status, 0);
  t.regex(r.text, /could not be brought back from \.\.\/\.\.\/etc\/passwd \(there is no store to read it from\); the lesson's world stays\.\nwparsim restore/);
  t.is(tutor.progress.current, undefined);
});

test('solution shows the reference commands and is remembered for the report', (t) => {
  const { tutor, type } = classroom();
  type('lesson 01-first-wpar');
  t.is(type('solution').text, 'The reference solution of 01-first-wpar:\n  mkwpar -n wpar1\n  startwpar -v wpar1\n  clogin wpar1\n');
  t.true(tutor.progress.results['01-first-wpar']!.solutionShown);
});

test('the tutor words without a lesson, with bad arguments, and an unknown lesson', (t) => {
  const { type } = classroom();
  for (const word of ['check', 'hint', 'solution', 'lesson', 'lesson reset', 'lesson stop']) {
    const r = type(word);
    t.is(r.status, 1, word);
    t.is(r.text, 'wparsim: no lesson is under way. Type lessons to see them, then lesson NAME to start one.\n', word);
  }
  t.is(type('lesson nosuch').text, 'wparsim: there is no lesson named nosuch. Type lessons to see them.\n');
  t.is(type('lesson a b').text, 'Usage: lesson NAME | lesson reset | lesson stop\n');
  t.is(type('hint me').text, 'Usage: hint\n');
  t.is(type('explain').text, 'Usage: explain COMMAND [ARGUMENT ...]\n');
});

test('explain: what a command would do, in words, and the world is untouched', (t) => {
  const { s, type } = classroom();
  const before = s.world;
  t.is(
    type('explain mkwpar -n wpar1').text,
    [
      `'mkwpar -n wpar1' would exit 0 and create the system WPAR wpar1 (Defined, in`,
      '/wpars/wpar1), add 7 stanzas to /etc/filesystems, create 4 file systems',
      '(/dev/fslv00, /dev/fslv01, /dev/fslv02, ...) and create /wpars/wpar1. Nothing',
      `has been done: run it without 'explain' to do it.`,
      '',
    ].join('\n'),
  );
  t.is(s.world, before);
  t.is(type('explain lswpar').text, `'lswpar' would exit 0 and change nothing in the world: it only reports.\nNothing has been done: run it without 'explain' to do it.\n`);
  t.is(
    type('explain startwpar nosuch').text,
    `'startwpar nosuch' would fail with exit status 1 and change nothing:\nstartwpar: 0960-419 Could not find a workload partition called nosuch. Nothing\nhas been done: run it without 'explain' to do it.\n`,
  );
  type('mkwpar -s -n wpar1');
  t.is(type('explain clogin wpar1').text, `'clogin wpar1' would exit 0 and move the prompt inside wpar1. Nothing has been\ndone: run it without 'explain' to do it.\n`);
  t.is(
    type('explain chwpar -D devname=hdisk2 wpar1').text,
    `'chwpar -D devname=hdisk2 wpar1' would exit 0 and change wpar1's devices and\nexport hdisk2 to wpar1. Nothing has been done: run it without 'explain' to do\nit.\n`,
  );
  t.is(s.frame.scope.kind, 'global');
});

test('a lesson file parses into its parts', (t) => {
  const parsed = parseLesson('x', 'x.lesson', '## title: T\n## world: after y\n## task: One.\n## task:\n## task: Two.\n## check: wpar w exists\n## hint: h1\n## hint: h2\n$ mkwpar -n w\n');
  t.true(parsed.ok);
  const lesson = (parsed as { lesson: Lesson }).lesson;
  t.deepEqual(lesson.task, ['One.', '', 'Two.']);
  t.deepEqual(lesson.world, { kind: 'after', lesson: 'y', line: 2 });
  t.deepEqual(
    lesson.checks.map((c) => [c.line, c.hints]),
    [[6, ['h1', 'h2']]],
  );
  t.is(new Catalogue([lesson]).verify(lesson)[0]!.message, `'## world: after y': there is no lesson of that name`);
});

test("hints: each condition's in order, staying on the last; the next condition starts from its first", (t) => {
  const parsed = parseLesson('h', 'h.lesson', '## title: T\n## task: Do.\n## check: wpar a exists\n## hint: a1\n## hint: a2\n## check: wpar b exists\n## hint: b1\n$ mkwpar -n a\n$ mkwpar -n b\n');
  if (!parsed.ok) return t.fail(parsed.message);
  const h = host(undefined, () => new Catalogue([parsed.lesson]));
  const tutor = h.tutor;
  const say = (line: string) =>
    h
      .step(line)
      .step.chunks.map((c) => c.text)
      .join('');
  say('lesson h');
  t.is(say('hint'), 'Hint for "a exists": a1\n');
  t.is(say('hint'), 'Hint for "a exists": a2\n');
  t.is(say('hint'), 'Hint for "a exists": a2\n');
  say('mkwpar -n a');
  t.is(say('hint'), 'Hint for "b exists": b1\n');
  say('mkwpar -n b');
  t.is(say('hint'), 'Everything is done: there is nothing left to hint at.\n');
  t.is(tutor.progress.results['h']!.hints, 4);
});

test('Ctrl-C puts back the progress of the line it stopped, as the shell puts back its world', (t) => {
  const { tutor, s, type, host: h } = classroom();
  type('lesson 05-give-a-disk');
  const world = s.world;
  const line = type('chwpar -D devname=hdisk2 wpar1');
  t.is(line.text, 'lesson: done: hdisk2 is Exported in the global environment\n');
  t.deepEqual(tutor.progress.current!.ran, ['chwpar@global']);
  // What the interactive shell does on Ctrl-C: the host puts back the session and the progress.
  h.abandon(line.pending);
  t.is(s.world, world);
  t.deepEqual(tutor.progress.current!.ran, []);
  t.deepEqual(tutor.progress.current!.done, [false, false, false]);
  t.is(type('chwpar -D devname=hdisk2 wpar1').text, 'lesson: done: hdisk2 is Exported in the global environment\n', 'told again when it is done again');
});

test("progress that lost a lesson's results (a hand-edited store) or names a lesson that is gone does not break the tutor", (t) => {
  const progress = noProgress();
  progress.current = { name: '01-first-wpar', started: 0, ran: [], done: [], hintsGiven: [], passed: false };
  const { tutor, s, type } = classroom(progress);
  t.regex(type('hint').text, /^Hint for "wpar1 exists": mkwpar -n NAME/);
  t.is(type('mkwpar -n wpar1 > /dev/null 2>&1').text, 'lesson: done: wpar1 exists\n');
  t.like(progress.results['01-first-wpar'], { hints: 1 });
  progress.current = { name: 'gone', started: 0, ran: [], done: [], hintsGiven: [], passed: false };
  t.is(tutor.statusLine(s), null);
  t.is(type('check').status, 1);
  t.is(type('lswpar -c -q').status, 0);
});

test('explain of a lesson word tells what it would do and leaves the lesson progress as it was', (t) => {
  const { tutor, type } = classroom();
  const text = type('explain lesson 05-give-a-disk').text;
  t.regex(text, /^'lesson 05-give-a-disk' would exit 0 and create the system WPAR wpar1/);
  t.deepEqual(tutor.progress, noProgress(), 'no lesson was started');
  type('lesson 01-first-wpar');
  const before = JSON.stringify(tutor.progress);
  type('explain hint');
  type('explain lesson stop');
  t.is(JSON.stringify(tutor.progress), before, 'no hint counted, the lesson still under way');
});
