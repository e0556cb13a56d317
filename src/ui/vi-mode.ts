// ksh's vi line-editing mode (set -o vi), over the same line editor
// (editor.ts): a line starts in insert mode, where keys type as usual; Esc
// enters command mode: h l (and the arrows) 0 $ w b move, x X delete, dd
// empties the line, D deletes to its end, C and cc change, r replaces a
// character, i a A I go back to inserting, k j (and - +, Up Down) walk the
// history, / searches it (Enter takes the match, as ksh does, without
// running it). Enter runs the line in either mode. Keys from ksh's vi mode
// (DOC, IBM's ksh page, "vi editing mode"). Not simulated: counts, u, ., yank
// and put, f F t T, and the other motions.

import { type EditorAction, type EditorState, editor } from './editor.js';
import type { KeyEvent } from './keymap.js';

export interface ViMode {
  /** In command mode (after Esc) rather than inserting. */
  command: boolean;
  /** The first key of a two-key command (dd, cc, r). */
  pending: string;
}

export const INSERTING: ViMode = { command: false, pending: '' };

/** What a key did: the new mode and line, or null when the shell handles the key as in emacs mode (Enter, Tab, Ctrl-C, a key while inserting). */
export function viModeKey(mode: ViMode, s: EditorState, k: KeyEvent): { mode: ViMode; state: EditorState } | null {
  // Esc typed just before b or f reaches the keymap as one sequence (Alt-b, Alt-f).
  if (!mode.command && k.kind === 'key' && (k.name === 'word-left' || k.name === 'word-right')) {
    const escaped = viModeKey(mode, s, { kind: 'key', name: 'escape' })!;
    return viModeKey(escaped.mode, escaped.state, { kind: 'text', text: k.name === 'word-left' ? 'b' : 'f' });
  }
  if (!mode.command) {
    if (k.kind === 'key' && k.name === 'escape') return { mode: { command: true, pending: '' }, state: editor(s, { type: 'left' }) };
    return null;
  }
  if (k.kind === 'key') {
    const moves: Partial<Record<string, EditorAction>> = {
      left: { type: 'left' },
      right: { type: 'right' },
      backspace: { type: 'left' },
      up: { type: 'history-prev' },
      down: { type: 'history-next' },
      home: { type: 'home' },
      end: { type: 'end' },
    };
    const action = moves[k.name];
    if (action) return { mode: { ...mode, pending: '' }, state: onChar(editor(s, action)) };
    if (k.name === 'escape') return { mode: { ...mode, pending: '' }, state: s };
    return null;
  }
  let m = mode;
  let state = s;
  const chars = [...k.text];
  for (let i = 0; i < chars.length; i++) {
    // Keys after one that went back to inserting (i, a, cc ...) are typed.
    if (!m.command) return { mode: m, state: editor(state, { type: 'insert', text: chars.slice(i).join('') }) };
    ({ mode: m, state } = commandChar(m, state, chars[i]!));
  }
  return { mode: m, state };
}

/** In command mode the cursor sits on a character, not past the last one. */
const onChar = (s: EditorState): EditorState => (s.text.length > 0 && s.cursor >= s.text.length ? { ...s, cursor: s.text.length - 1 } : s);
const insert = (state: EditorState): { mode: ViMode; state: EditorState } => ({ mode: INSERTING, state });
const stay = (state: EditorState): { mode: ViMode; state: EditorState } => ({ mode: { command: true, pending: '' }, state: onChar(state) });

function commandChar(mode: ViMode, s: EditorState, ch: string): { mode: ViMode; state: EditorState } {
  const pending = mode.pending;
  if (pending === 'r') return stay(s.cursor >= s.text.length ? s : editor(s, { type: 'replace', start: s.cursor, end: s.cursor + 1, text: ch }));
  if (pending === 'd' && ch === 'd') return stay(editor(s, { type: 'replace', start: 0, end: s.text.length, text: '' }));
  if (pending === 'c' && ch === 'c') return insert(editor(s, { type: 'replace', start: 0, end: s.text.length, text: '' }));
  if (pending !== '') return stay(s);
  switch (ch) {
    case 'h':
      return stay(editor(s, { type: 'left' }));
    case 'l':
    case ' ':
      return stay(editor(s, { type: 'right' }));
    case '0':
      return stay(editor(s, { type: 'home' }));
    case '$':
      return stay(editor(s, { type: 'end' }));
    case 'w':
    case 'W': {
      const end = editor(s, { type: 'word-right' });
      const next = end.text.slice(end.cursor).search(/\S/);
      return stay(next < 0 ? end : { ...end, cursor: end.cursor + next });
    }
    case 'b':
    case 'B':
      return stay(editor(s, { type: 'word-left' }));
    case 'x':
      return stay(editor(s, { type: 'delete' }));
    case 'X':
      return stay(editor(s, { type: 'backspace' }));
    case 'D':
      return stay(editor(s, { type: 'kill-to-end' }));
    case 'C':
      return insert(editor(s, { type: 'kill-to-end' }));
    case 'S':
      return insert(editor(s, { type: 'replace', start: 0, end: s.text.length, text: '' }));
    case 'i':
      return insert(s);
    case 'a':
      return insert(editor(s, { type: 'right' }));
    case 'A':
      return insert(editor(s, { type: 'end' }));
    case 'I':
      return insert(editor(s, { type: 'home' }));
    case 'k':
    case '-':
      return stay({ ...editor(s, { type: 'history-prev' }), cursor: 0 });
    case 'j':
    case '+':
      return stay({ ...editor(s, { type: 'history-next' }), cursor: 0 });
    case '/':
      return { mode: { command: true, pending: '' }, state: editor(s, { type: 'search-start' }) };
    case 'd':
    case 'c':
    case 'r':
      return { mode: { command: true, pending: ch }, state: s };
    default:
      return stay(s);
  }
}
