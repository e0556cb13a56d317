// vi's editing model and the pagers' (commands/vi/editor.ts,
// commands/lib/pager.ts), driven key by key; and when the engine lets a
// command take the terminal (ctx.terminal): only when its output is the
// interactive shell's terminal, not in a pipe, a redirection or $(...).

import test from 'ava';
import { pagerKey, pagerPrompt, startPager } from '../src/commands/lib/pager.js';
import { frame, openVi, type ViKey, type ViState, viKey, written } from '../src/commands/vi/editor.js';
import { runLine } from '../src/engine/run-line.js';
import { Session, simulatedClock } from '../src/engine/session.js';
import { factoryWorld } from '../src/world/factory.js';

/** Types keys as tmux send-keys names them: "Escape", "Enter", "BSpace", or text. */
function type(s: ViState, ...keys: string[]): ViState {
  const named: Record<string, string> = { Escape: 'escape', Enter: 'enter', BSpace: 'backspace', Up: 'up', Down: 'down', Left: 'left', Right: 'right' };
  for (const k of keys) s = viKey(s, (named[k] ? { kind: 'key', name: named[k] } : { kind: 'text', text: k }) as ViKey);
  return s;
}

const hosts = '127.0.0.1 loopback\n10.0.0.1 web1\n10.0.0.2 web2\n';

test('vi opens a file and says its size; a new file says so', (t) => {
  t.is(openVi('/etc/hosts', hosts, false).message, '"/etc/hosts" 3 lines, 47 characters');
  t.is(openVi('notes', null, false).message, '"notes" [New file]');
  t.is(openVi('/usr/lib/x', 'a\n', true).message, '"/usr/lib/x" [Read only] 1 line, 2 characters');
});

test('insert, open a line, Escape, and :w asks the front end to write the whole text', (t) => {
  let s = type(openVi('/etc/hosts', hosts, false), 'G', 'o', '10.0.0.3 db1', 'Escape', '1G', 'A', ' # lo', 'Escape', ':w', 'Enter');
  t.deepEqual(s.request, { text: '127.0.0.1 loopback # lo\n10.0.0.1 web1\n10.0.0.2 web2\n10.0.0.3 db1\n', quit: false });
  t.true(s.modified);
  s = written(s, true, '"/etc/hosts" 4 lines, 60 characters');
  t.false(s.modified);
  t.false(s.done);
  t.is(s.message, '"/etc/hosts" 4 lines, 60 characters');
});

test('a write that fails keeps vi open with the reason; :q then refuses, :q! leaves', (t) => {
  let s = type(openVi('/usr/lib/x', 'a\n', true), 'x', ':wq', 'Enter');
  t.true(s.request?.quit);
  s = written(s, false, '"/usr/lib/x" The file system has read permission only.');
  t.false(s.done);
  s = type(s, ':q', 'Enter');
  t.is(s.message, 'No write since last change (:quit! overrides)');
  t.false(s.done);
  t.true(type(s, ':q!', 'Enter').done);
});

test('dd yy p P u x, counts, and moving with h j k l 0 $ w b G and :N', (t) => {
  let s = type(openVi('f', 'one\ntwo\nthree\nfour\n', false), 'j', 'dd');
  t.deepEqual(s.lines, ['one', 'three', 'four']);
  s = type(s, 'p');
  t.deepEqual(s.lines, ['one', 'three', 'two', 'four']);
  s = type(s, 'u');
  t.deepEqual(s.lines, ['one', 'three', 'four']);
  s = type(s, '1G', '2yy', 'G', 'P');
  t.deepEqual(s.lines, ['one', 'three', 'one', 'three', 'four']);
  s = type(s, ':1', 'Enter', '$', 'x');
  t.deepEqual(s.lines[0], 'on');
  t.is(s.col, 1, 'the cursor stays on the last character');
  s = type(openVi('f', 'alpha beta-gamma\n', false), 'w', 'w');
  t.is(s.col, 10);
  t.is(type(s, 'b').col, 6);
  t.is(type(s, '0').col, 0);
  s = type(openVi('f', 'a\nb\nc\n', false), 'G');
  t.is(s.row, 2);
  t.is(type(s, 'k', 'k', 'k').row, 0, 'k stops at the first line');
  t.deepEqual(type(s, '1G', '5dd').lines, [''], 'dd with a count past the end takes what there is');
});

test('/pattern and n search forward, round the end; a miss says so', (t) => {
  let s = type(openVi('f', 'web1\ndb1\nweb2\n', false), '/web', 'Enter');
  t.is(s.row, 2);
  s = type(s, 'n');
  t.is(s.row, 0, 'n goes round the end');
  s = type(s, '/nothing', 'Enter');
  t.is(s.message, 'Pattern not found');
  t.is(s.row, 0);
});

test('Backspace in insert mode joins lines; Enter splits one; ZZ writes and quits only when changed', (t) => {
  let s = type(openVi('f', 'ab\ncd\n', false), 'j', 'i', 'BSpace');
  t.deepEqual(s.lines, ['abcd']);
  s = type(s, 'Enter');
  t.deepEqual(s.lines, ['ab', 'cd']);
  s = type(s, 'Escape', 'ZZ');
  t.true(s.request?.quit);
  t.true(type(openVi('f', 'x\n', false), 'ZZ').done, 'unchanged: ZZ just quits');
});

test('the frame: tildes past the end, tabs and control characters made visible, the status line, the cursor', (t) => {
  const s = type(openVi('f', 'a\tb\nc\x1b[2Jd\n', false), 'j', '$');
  const { lines, cursor } = frame(s, 5, 40);
  t.deepEqual(lines, ['a       b', 'c^[[2Jd', '~', '~', '"f" 2 lines, 11 characters']);
  t.deepEqual(cursor, [1, 6]);
  const ex = frame(type(s, ':wq'), 5, 20);
  t.is(ex.lines[4], ':wq');
  t.deepEqual(ex.cursor, [4, 3]);
  // A long file scrolls to keep the cursor on the screen.
  const long = type(openVi('f', Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n'), false), '40G');
  t.is(frame(long, 10, 20).lines[8], 'line 40');
});

test('more: a screenful, then Space, Enter and q; a short text ends at once; pg waits at (EOF):', (t) => {
  const text = `${Array.from({ length: 30 }, (_, i) => `l${i + 1}`).join('\n')}\n`;
  let { state, print } = startPager(text, 'more', 11);
  t.deepEqual(print, ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9', 'l10']);
  t.is(pagerPrompt(state), '--More--(27%)');
  ({ state, print } = pagerKey(state, { kind: 'key', name: 'enter' }, 11));
  t.deepEqual(print, ['l11']);
  ({ state, print } = pagerKey(state, { kind: 'text', text: ' ' }, 11));
  t.is(print.length, 10);
  ({ state } = pagerKey(state, { kind: 'text', text: 'q' }, 11));
  t.true(state.done);
  t.true(startPager('short\n', 'more', 24).state.done);
  let pg = startPager('a\nb\n', 'pg', 24);
  t.false(pg.state.done);
  t.is(pagerPrompt(pg.state), '(EOF):');
  pg = pagerKey(pg.state, { kind: 'key', name: 'enter' }, 24);
  t.true(pg.state.done);
});

test('a command takes the terminal only when its output is the terminal', (t) => {
  const session = new Session(factoryWorld(), { clock: simulatedClock(0), interactive: true, terminal: true });
  const screens = (line: string) => runLine(session, line).screens?.map((s) => s.kind) ?? [];
  t.deepEqual(screens('more /etc/hosts'), ['page']);
  t.deepEqual(screens('vi /etc/hosts; man ls'), ['vi', 'page']);
  t.deepEqual(screens('for f in a b; do vi /tmp/$f; done'), ['vi', 'vi']);
  for (const line of ['more /etc/hosts | cat', 'x=$(more /etc/hosts)', 'more /etc/hosts > /tmp/f', '{ more /etc/hosts; } > /tmp/f', 'f() { more /etc/hosts; }; f >/dev/null', 'man ls | more >&2']) {
    t.deepEqual(screens(line), [], line);
  }
  t.deepEqual(screens('df | more'), ['page'], 'the last command of a pipe has the terminal');
  const noTerminal = new Session(factoryWorld(), { clock: simulatedClock(0), interactive: true });
  const step = runLine(noTerminal, 'vi /etc/hosts');
  t.is(step.screens, undefined);
  t.is(step.status, 1);
  t.is(step.chunks.map((c) => c.text).join(''), 'Visual needs addressable cursor or upline capability\n');
});
