// The keymap: raw terminal input (as Ink reads it from stdin) to key events.
// Pure, so it is tested byte by byte. Own parsing rather than useInput's key
// object because that reports the Backspace key (DEL, 0x7f) and the Delete key
// (ESC [ 3 ~) alike. A pasted run of text arrives as one event per line, with
// "enter" between lines, so pasted commands run in order. EDIT_KEYS says what
// each editing key does to the line editor.

import type { EditorAction } from './editor.js';

export type KeyName =
  | 'enter'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'word-left'
  | 'word-right'
  | 'ctrl-a'
  | 'ctrl-c'
  | 'ctrl-d'
  | 'ctrl-e'
  | 'ctrl-g'
  | 'ctrl-k'
  | 'ctrl-l'
  | 'ctrl-r'
  | 'ctrl-u'
  | 'ctrl-w'
  | 'escape';

export type KeyEvent = { kind: 'text'; text: string } | { kind: 'key'; name: KeyName };

const SEQUENCES: [string, KeyName][] = [
  ['\x1b[1;5D', 'word-left'],
  ['\x1b[1;5C', 'word-right'],
  ['\x1b[1;3D', 'word-left'],
  ['\x1b[1;3C', 'word-right'],
  ['\x1b[3~', 'delete'],
  ['\x1b[1~', 'home'],
  ['\x1b[4~', 'end'],
  ['\x1b[7~', 'home'],
  ['\x1b[8~', 'end'],
  ['\x1b[A', 'up'],
  ['\x1b[B', 'down'],
  ['\x1b[C', 'right'],
  ['\x1b[D', 'left'],
  ['\x1b[H', 'home'],
  ['\x1b[F', 'end'],
  ['\x1bOA', 'up'],
  ['\x1bOB', 'down'],
  ['\x1bOC', 'right'],
  ['\x1bOD', 'left'],
  ['\x1bOH', 'home'],
  ['\x1bOF', 'end'],
  ['\x1bb', 'word-left'],
  ['\x1bf', 'word-right'],
  ['\x1b\x7f', 'ctrl-w'],
];

const CONTROLS: Record<string, KeyName> = {
  '\x01': 'ctrl-a',
  '\x02': 'left',
  '\x03': 'ctrl-c',
  '\x04': 'ctrl-d',
  '\x05': 'ctrl-e',
  '\x06': 'right',
  '\x07': 'ctrl-g',
  '\x08': 'backspace',
  '\x09': 'tab',
  '\x0a': 'enter',
  '\x0b': 'ctrl-k',
  '\x0c': 'ctrl-l',
  '\x0d': 'enter',
  '\x0e': 'down',
  '\x10': 'up',
  '\x12': 'ctrl-r',
  '\x15': 'ctrl-u',
  '\x17': 'ctrl-w',
  '\x7f': 'backspace',
};

export function keys(data: string): KeyEvent[] {
  const out: KeyEvent[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < data.length; ) {
    const ch = data[i]!;
    if (ch === '\x1b') {
      const seq = SEQUENCES.find(([s]) => data.startsWith(s, i));
      flush();
      if (seq) {
        out.push({ kind: 'key', name: seq[1] });
        i += seq[0].length;
        continue;
      }
      // An unknown escape sequence (function keys, mouse...) is skipped whole; a lone ESC is a key.
      const unknown = /^\x1b(\[[0-9;?]*[ -/]*[@-~]|O.)/.exec(data.slice(i));
      if (unknown) {
        i += unknown[0].length;
        continue;
      }
      out.push({ kind: 'key', name: 'escape' });
      i++;
      continue;
    }
    // "\r\n" from a paste is one line end.
    if (ch === '\r' && data[i + 1] === '\n') {
      flush();
      out.push({ kind: 'key', name: 'enter' });
      i += 2;
      continue;
    }
    const control = CONTROLS[ch];
    if (control) {
      flush();
      out.push({ kind: 'key', name: control });
    } else if (ch >= ' ') {
      text += ch;
    }
    i++;
  }
  flush();
  return out;
}

/** The keys that edit the line, and what each does to the editor. */
export const EDIT_KEYS: Partial<Record<KeyName, EditorAction>> = {
  backspace: { type: 'backspace' },
  delete: { type: 'delete' },
  left: { type: 'left' },
  right: { type: 'right' },
  home: { type: 'home' },
  end: { type: 'end' },
  'ctrl-a': { type: 'home' },
  'ctrl-e': { type: 'end' },
  'ctrl-k': { type: 'kill-to-end' },
  'ctrl-u': { type: 'kill-to-start' },
  'ctrl-w': { type: 'kill-word' },
  'word-left': { type: 'word-left' },
  'word-right': { type: 'word-right' },
  up: { type: 'history-prev' },
  down: { type: 'history-next' },
  'ctrl-r': { type: 'search-start' },
  escape: { type: 'search-cancel' },
  'ctrl-g': { type: 'search-cancel' },
};
