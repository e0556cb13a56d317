import test from 'ava';
import { type EditorAction, type EditorState, editor, initialEditor, printable } from '../src/ui/editor.js';

const run = (s: EditorState, ...actions: EditorAction[]) => actions.reduce(editor, s);
const typed = (text: string, history: string[] = []) => run(initialEditor(history), { type: 'insert', text });
const view = (s: EditorState) => s.text.slice(0, s.cursor) + '|' + s.text.slice(s.cursor);

test('insert, move, delete', (t) => {
  let s = typed('lswpar -L');
  t.is(view(s), 'lswpar -L|');
  s = run(s, { type: 'left' }, { type: 'left' }, { type: 'backspace' });
  t.is(view(s), 'lswpar|-L');
  s = run(s, { type: 'insert', text: ' ' }, { type: 'home' }, { type: 'delete' });
  t.is(view(s), '|swpar -L');
  s = run(s, { type: 'end' }, { type: 'right' }, { type: 'backspace' }, { type: 'backspace' });
  t.is(view(s), 'swpar |');
  t.is(view(run(initialEditor(), { type: 'backspace' }, { type: 'left' }, { type: 'delete' })), '|');
});

test('Ctrl-U, Ctrl-K, Ctrl-W and word moves', (t) => {
  const s = run(typed('mkwpar -n wpar1 -s'), { type: 'word-left' }, { type: 'word-left' });
  t.is(view(s), 'mkwpar -n |wpar1 -s');
  t.is(view(editor(s, { type: 'kill-to-end' })), 'mkwpar -n |');
  t.is(view(editor(s, { type: 'kill-to-start' })), '|wpar1 -s');
  t.is(view(editor(s, { type: 'kill-word' })), 'mkwpar |wpar1 -s');
  t.is(view(editor(s, { type: 'word-right' })), 'mkwpar -n wpar1| -s');
});

test('history: Up and Down, keeping the line being typed', (t) => {
  let s = typed('hal', ['lswpar', 'uname -W']);
  s = editor(s, { type: 'history-prev' });
  t.is(view(s), 'uname -W|');
  s = run(s, { type: 'history-prev' }, { type: 'history-prev' });
  t.is(view(s), 'lswpar|');
  s = run(s, { type: 'history-next' }, { type: 'history-next' });
  t.is(view(s), 'hal|');
  t.is(view(editor(s, { type: 'history-next' })), 'hal|');
});

test('Ctrl-R reverse search: type, again for older matches, accept or cancel', (t) => {
  const history = ['mkwpar -n wpar1', 'startwpar wpar1', 'lswpar', 'startwpar -v wpar2'];
  let s = run(initialEditor(history), { type: 'search-start' }, { type: 'insert', text: 'startw' });
  t.deepEqual(s.search, { query: 'startw', match: 3 });
  s = editor(s, { type: 'search-start' });
  t.deepEqual(s.search, { query: 'startw', match: 1 });
  s = editor(s, { type: 'search-start' });
  t.deepEqual(s.search, { query: 'startw', match: 1 }, 'no older match: stays');
  t.is(view(editor(s, { type: 'search-accept' })), 'startwpar wpar1|');
  t.is(view(editor(s, { type: 'search-cancel' })), '|');
  t.is(view(editor(s, { type: 'left' })), 'startwpar wpar|1', 'another key takes the match and acts');
  const none = run(initialEditor(history), { type: 'search-start' }, { type: 'insert', text: 'zz' });
  t.is(none.search!.match, -1);
  t.deepEqual(editor(none, { type: 'backspace' }).search, { query: 'z', match: -1 });
});

test('completion replaces the word; control characters never reach the line', (t) => {
  const s = run(typed('startwpar wp'), { type: 'replace', start: 10, end: 12, text: 'wpar1 ' });
  t.is(view(s), 'startwpar wpar1 |');
  t.is(printable('a\tb\x01c\x1b[Ad\u0085e'), 'a bc[Ade');
  t.is(typed('x'.repeat(10000)).text.length, 10000);
});
