// set -o vi at the prompt (ui/vi-mode.ts): Esc, motions, changes and the
// history in command mode, on the shared line editor.

import test from 'ava';
import { type EditorState, initialEditor } from '../src/ui/editor.js';
import { keys } from '../src/ui/keymap.js';
import { INSERTING, type ViMode, viModeKey } from '../src/ui/vi-mode.js';

/** Types raw terminal input in vi mode; keys the shell itself handles (Enter) are left out. */
function typed(data: string, start: EditorState = initialEditor(['lswpar', 'mkwpar -n wpar1'])): { mode: ViMode; state: EditorState } {
  let mode = INSERTING;
  let state = start;
  for (const k of keys(data)) {
    const r = viModeKey(mode, state, k);
    if (r) ({ mode, state } = r);
    else if (k.kind === 'text') state = { ...state, text: state.text.slice(0, state.cursor) + k.text + state.text.slice(state.cursor), cursor: state.cursor + k.text.length };
  }
  return { mode, state };
}

test('Esc enters command mode on the last character; i a A I go back to inserting', (t) => {
  const r = typed('echo hello\x1b');
  t.true(r.mode.command);
  t.is(r.state.cursor, 9);
  t.is(typed('echo hello\x1b0ix').state.text, 'xecho hello');
  t.is(typed('echo hello\x1bA!').state.text, 'echo hello!');
  t.is(typed('echo hello\x1bhhax').state.text, 'echo helxlo');
  t.is(typed('echo hello\x1bIx').state.text, 'xecho hello');
});

test('x X D dd cc C r change the line; h l 0 $ w b move', (t) => {
  t.is(typed('echo hellp\x1bro').state.text, 'echo hello');
  t.is(typed('echo hello\x1b0x').state.text, 'cho hello');
  t.is(typed('echo hello\x1bX').state.text, 'echo helo');
  t.is(typed('echo hello\x1b0wD').state.text, 'echo ');
  t.is(typed('echo hello\x1bdd').state.text, '');
  const cc = typed('echo hello\x1bccls');
  t.is(cc.state.text, 'ls');
  t.false(cc.mode.command);
  t.is(typed('echo hello\x1b0wCworld').state.text, 'echo world');
  t.is(typed('a b c\x1b0w').state.cursor, 2);
  t.is(typed('a b c\x1bb').state.cursor, 2);
  t.is(typed('a b c\x1b0$').state.cursor, 4);
  t.is(typed('abc\x1b0lll').state.cursor, 2, 'l stops on the last character');
});

test('k and j walk the history; / searches it', (t) => {
  t.is(typed('\x1bk').state.text, 'mkwpar -n wpar1');
  t.is(typed('\x1bkk').state.text, 'lswpar');
  t.is(typed('\x1bkkj').state.text, 'mkwpar -n wpar1');
  const search = typed('\x1b/');
  t.not(search.state.search, null);
});
