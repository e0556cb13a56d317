import test from 'ava';
import { keys } from '../src/ui/keymap.js';

const names = (data: string) => keys(data).map((k) => (k.kind === 'text' ? `"${k.text}"` : k.name));

test('printable text, Enter, Backspace (DEL) and Delete (ESC [3~) are told apart', (t) => {
  t.deepEqual(names('ls\r'), ['"ls"', 'enter']);
  t.deepEqual(names('\x7f'), ['backspace']);
  t.deepEqual(names('\x08'), ['backspace']);
  t.deepEqual(names('\x1b[3~'), ['delete']);
});

test('arrows, Home/End in their several encodings, word moves', (t) => {
  t.deepEqual(names('\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1bOD'), ['up', 'down', 'right', 'left', 'up', 'left']);
  t.deepEqual(names('\x1b[H\x1b[F\x1b[1~\x1b[4~\x1bOH\x1bOF'), ['home', 'end', 'home', 'end', 'home', 'end']);
  t.deepEqual(names('\x1b[1;5D\x1b[1;5C\x1bb\x1bf'), ['word-left', 'word-right', 'word-left', 'word-right']);
});

test('control keys', (t) => {
  t.deepEqual(names('\x01\x03\x04\x05\x07\x09\x0b\x0c\x12\x15\x17'), ['ctrl-a', 'ctrl-c', 'ctrl-d', 'ctrl-e', 'ctrl-g', 'tab', 'ctrl-k', 'ctrl-l', 'ctrl-r', 'ctrl-u', 'ctrl-w']);
  t.deepEqual(names('\x10\x0e\x02\x06'), ['up', 'down', 'left', 'right']);
});

test('a paste of several lines runs them in order; CRLF is one line end', (t) => {
  t.deepEqual(names('hostname\r\nuname -W\nexit\r'), ['"hostname"', 'enter', '"uname -W"', 'enter', '"exit"', 'enter']);
});

test('unknown escape sequences are skipped whole, a lone ESC is a key, other controls dropped', (t) => {
  t.deepEqual(names('\x1b[15~a\x1b[200~b'), ['"a"', '"b"']);
  t.deepEqual(names('\x1b'), ['escape']);
  t.deepEqual(names('a\x00\x1cb'), ['"ab"']);
  t.deepEqual(names('é€\uFFFD'), ['"é€\uFFFD"']);
});
