import test from 'ava';
import { AIX_COMMANDS } from '../src/commands/lib/aix-commands.js';
import { run, session } from './helpers.js';

test('the prompt shows scope, host name and directory, and follows clogin and exit', (t) => {
  const s = session();
  t.is(s.prompt(), 'Global aixlpar1:/ # ');
  run(s, 'mkwpar -s -n wpar1 -h web1');
  run(s, 'cd /home');
  t.is(s.prompt(), 'Global aixlpar1:/home # ');
  run(s, 'clogin wpar1');
  t.is(s.prompt(), 'wpar1 web1:/ # ');
  run(s, 'cd /tmp');
  t.is(s.prompt(), 'wpar1 web1:/tmp # ');
  run(s, 'exit');
  t.is(s.prompt(), 'Global aixlpar1:/home # ');
  run(s, "PS1='$PWD> '");
  t.is(s.prompt(), '/home> ');
});

test('clogin inside -c moves the following commands into the WPAR until exit', (t) => {
  const s = session();
  run(s, 'mkwpar -s -n wpar1');
  const r = run(s, 'clogin wpar1; hostname; uname -W; exit; hostname; uname -W');
  t.is(r.out, 'wpar1\n1\naixlpar1\n0\n');
  t.is(r.exited, undefined);
});

test('clogin NAME cmd runs one command and changes nothing in the session', (t) => {
  const s = session();
  run(s, 'mkwpar -s -n wpar1');
  const r = run(s, 'clogin wpar1 exit 4');
  t.is(r.status, 4);
  t.is(r.exited, undefined);
  t.is(s.exited, undefined);
  t.is(s.frames.length, 1);
  run(s, 'clogin wpar1 cd /tmp');
  t.is(s.frame.cwd, '/');
  t.is(run(s, 'clogin wpar1 uname -n').out, 'wpar1\n');
});

test('configured IDs follow creation order; uname -W answers per scope', (t) => {
  const s = session();
  run(s, 'mkwpar -n a; mkwpar -n b; startwpar b; startwpar a');
  t.is(run(s, 'clogin a uname -W').out, '1\n');
  t.is(run(s, 'clogin b uname -W').out, '2\n');
});

test('exit at the global level ends the session with its status; later commands do not run', (t) => {
  const s = session();
  const r = run(s, 'echo a; exit 7; echo b');
  t.is(r.out, 'a\n');
  t.is(r.exited, 7);
});

test('the banner appears on an interactive clogin only, with Last login after the first', (t) => {
  const quiet = session();
  run(quiet, 'mkwpar -s -n wpar1');
  t.is(run(quiet, 'clogin wpar1').out, '');
  const loud = session(undefined, true);
  run(loud, 'mkwpar -s -n wpar1');
  const first = run(loud, 'clogin wpar1').out;
  t.true(first.includes('Welcome to AIX Version 7.3!'));
  t.false(first.includes('Last login'));
  run(loud, 'exit');
  t.regex(run(loud, 'clogin wpar1').out, /^Last login: Wed Nov 25 \d\d:\d\d:\d\d UTC 2026 on \/dev\/Global from aixlpar1$/m);
});

test('a failing command leaves the world unchanged', (t) => {
  const s = session();
  run(s, 'mkwpar -n wpar1');
  const before = s.world;
  for (const line of ['mkwpar -n wpar1', 'mkwpar -n 0x', 'startwpar nosuch', 'stopwpar wpar1', 'rmwpar nosuch', 'mkwpar -z', 'clogin wpar1']) {
    const r = run(s, line);
    t.not(r.status, 0, line);
    t.is(s.world, before, line);
    t.false(r.worldChanged, line);
  }
});

test('history numbers every line typed, the history command included', (t) => {
  const s = session();
  run(s, 'echo a');
  run(s, 'echo b');
  t.is(run(s, 'history').out, '1\techo a\n2\techo b\n3\thistory\n');
});

test('redirections: >/dev/null, 2>/dev/null, 2>&1, >&2, and files (> >> <), created before the command runs', (t) => {
  const s = session();
  const moved = run(s, 'echo oops >&2');
  t.deepEqual([moved.out, moved.err], ['', 'oops\n']);
  const merged = run(s, 'lswpar nosuch 2>&1');
  t.deepEqual([merged.out, merged.err], ['lswpar: 0960-419 Could not find a workload partition called nosuch.\n', '']);
  const quiet = run(s, 'lswpar nosuch 2>/dev/null; echo $?');
  t.deepEqual([quiet.out, quiet.err], ['1\n', '']);
  t.deepEqual(run(s, 'echo gone >/dev/null').out, '');
  t.is(run(s, 'echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f').out, 'one\ntwo\n');
  t.is(run(s, 'grep two < /tmp/f').out, 'two\n');
  t.is(run(s, 'lswpar nosuch 2> /tmp/err; cat /tmp/err').out, 'lswpar: 0960-419 Could not find a workload partition called nosuch.\n');
  const missing = run(s, 'cat < /nosuch');
  t.deepEqual([missing.err, missing.status], ['ksh: /nosuch: 0403-016 Cannot find or open the file.\n', 1]);
  const cannot = run(s, 'echo x > /nodir/f');
  t.deepEqual([cannot.err, cannot.status], ['ksh: /nodir/f: 0403-005 Cannot create the specified file.\n', 1]);
});

test('every AIX command wparsim does not simulate says so (status 1); a name AIX does not have is not found (127)', (t) => {
  const s = session();
  let missing = 0;
  for (const name of AIX_COMMANDS) {
    if (s.commands.has(name)) continue;
    missing++;
    const r = run(s, name);
    t.is(r.err, `wparsim: ${name} is not supported yet\n`, name);
    t.is(r.status, 1, name);
  }
  t.true(missing > 300, `${missing} AIX commands are answered`);
  const r = run(s, 'frobnicate');
  t.deepEqual([r.err, r.status], ['ksh: frobnicate:  not found.\n', 127]);
});
