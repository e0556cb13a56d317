// Input as an attacker or a careless learner types it (issue 16). A name that
// is also an Object.prototype name (__proto__, constructor, toString,
// hasOwnProperty, valueOf) behaves like any other name everywhere:
// in the file tree, shell variables, ps -o and lswpar -a fields, attribute
// lists, spec-file stanzas, lesson names and progress, world fixtures, and the
// store that keeps them (issue 16: `touch /tmp/__proto__` used to brick the store).

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { parseSpec } from '../src/commands/lib/specfile.js';
import { fixtureWorld } from '../src/engine/fixtures.js';
import { Catalogue } from '../src/lessons/catalogue.js';
import { parseLesson } from '../src/lessons/lesson-file.js';
import { noProgress } from '../src/lessons/progress.js';
import { Store } from '../src/store/store.js';
import { host, run, session } from './helpers.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

test('files named like Object.prototype keys are files like any other, and the store keeps them', async (t) => {
  const s = session();
  for (const n of NAMES) t.is(run(s, `echo ${n} > /tmp/${n}; cat /tmp/${n}`).out, `${n}\n`);
  t.is(run(s, 'ls /tmp').out, [...NAMES, 'lost+found'].sort().join('\n') + '\n');
  t.is(run(s, 'ls /tmp/nosuch /etc/constructor').status, 2);
  const store = new Store(join(await mkdtemp(join(tmpdir(), 'wparsim-proto-')), 'world.json'));
  await store.save(s.world);
  const again = session(await store.load());
  t.is(run(again, 'cat /tmp/__proto__ /tmp/constructor').out, '__proto__\nconstructor\n');
  t.is(run(again, 'rm /tmp/__proto__; ls /tmp').out, [...NAMES.filter((n) => n !== '__proto__'), 'lost+found'].sort().join('\n') + '\n');
});

test('shell variables, ps -o, lswpar -a, -N attributes and spec-file stanzas with those names', (t) => {
  const s = session();
  t.is(run(s, 'echo "[$constructor][$toString][$__proto__]"').out, '[][][]\n');
  t.is(run(s, '__proto__=x; constructor=y; echo $__proto__ $constructor').out, 'x y\n');
  for (const n of NAMES) {
    t.regex(run(s, `ps -o ${n}`).err, /ps: 0509-048 Flag -o was used with an invalid list\./, n);
    t.not(run(s, `lswpar -a ${n}`).status, 0, n);
    t.regex(run(s, `mkwpar -n w1 -N ${n}=1`).err, /Invalid attribute specification for -N/, n);
  }
  t.is(run(s, 'echo "constructor:\n\tname = w9" > /tmp/spec; mkwpar -f /tmp/spec').status, 1);
  t.is(s.world.wpars.length, 0);
});

test("lessons and fixtures with those names: progress is kept as any other lesson's", async (t) => {
  t.false(fixtureWorld('constructor').ok);
  const parsed = parseLesson('constructor', 'constructor.lesson', '## title: T\n## task: Do.\n## check: wpar w exists\n$ mkwpar -n w\n');
  if (!parsed.ok) return t.fail(parsed.message);
  const progress = noProgress();
  const h = host(undefined, () => new Catalogue([parsed.lesson]), progress);
  h.step('lesson constructor');
  h.step('mkwpar -n w');
  t.true(Object.hasOwn(progress.results, 'constructor'));
  t.like(progress.results['constructor'], { passed: true, attempts: 1 });
  const store = new Store(join(await mkdtemp(join(tmpdir(), 'wparsim-proto-')), 'world.json'));
  store.progress = progress;
  await store.save(h.session.world);
  await store.load();
  t.like(store.progress.results['constructor'], { passed: true, attempts: 1 });
});

test("nesting past the limit and strings past their size are said in ksh's words; the line is undone and the shell goes on", (t) => {
  const s = session();
  const deep = run(s, `mkwpar -n w0 >/dev/null 2>&1; echo ${'$('.repeat(500)}echo hi${')'.repeat(500)}`);
  t.is(deep.err, 'ksh: recursion too deep\n');
  t.is(deep.status, 1);
  t.is(s.world.wpars.length, 0, 'the line is undone');
  const doubling = Array.from({ length: 26 }, () => 'A=$A$A').join('; ');
  const long = run(s, `A=xxxxxxxxxx; ${doubling}; echo never`);
  t.is(long.err, 'ksh: out of memory\n');
  t.is(long.out, '');
  t.is(run(s, 'echo still here').out, 'still here\n');
  t.is(run(s, `echo ${'$(echo '.repeat(20)}ok${')'.repeat(20)}`).out, 'ok\n', '20 levels are fine');
});

test('a shared lesson file cannot drive the terminal: its title, task, hints and solution are shown with controls made visible', (t) => {
  const osc = '\x1b]0;pwned\x07\x1b]52;c;aGk=\x07\x9b2J';
  const parsed = parseLesson(`l${osc}`, 'l.lesson', `## title: T${osc}\n## task: Do${osc}.\n## check: file /tmp/x${osc} in global exists\n## hint: h${osc}\n$ touch /tmp/x${osc}\n`);
  if (!parsed.ok) return t.fail(parsed.message);
  const h = host(undefined, () => new Catalogue([parsed.lesson]));
  const said = ['lessons', `lesson ${parsed.lesson.name}`, 'hint', 'solution', 'check']
    .map((line) =>
      h
        .step(line)
        .step.chunks.map((c) => c.text)
        .join(''),
    )
    .join('');
  t.false(/[\x1b\x07\x9b]/.test(said), JSON.stringify(said));
  t.regex(said, /T\^\[\]0;pwned\^G\^\[\]52;c;aGk=\^GM-\^\[2J/);
});

test("a 150 KB spec-file line parses at once; paths past AIX's limits are refused", (t) => {
  const started = Date.now();
  const spec = parseSpec(`general:\n\tname = ${'a '.repeat(75_000)}x\n`);
  t.false('code' in spec);
  t.true(Date.now() - started < 2000);
  const s = session();
  const deep = run(s, `mkdir -p /tmp/${Array.from({ length: 1000 }, () => 'd').join('/')}`);
  t.is(deep.status, 2);
  t.regex(deep.err, /The file name is too long\.\n$/);
  t.regex(run(s, `touch /tmp/${'n'.repeat(256)}`).err, /Cannot create/);
  t.is(run(s, `touch /tmp/${'n'.repeat(255)}`).status, 0);
});
