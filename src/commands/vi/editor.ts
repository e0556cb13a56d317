// vi's editing model, pure: a buffer of lines, a cursor, the modes (command,
// insert, a ":" line, a "/" search), one level of undo as classic vi keeps,
// a yank buffer of whole lines, and what the screen shows (frame()). The
// front end feeds it keys and draws its frames; writing a file is a request
// (state.request) the front end carries out through the host, then answers
// with written(). Messages are classic vi's (BSD ex/vi, from which AIX's vi
// descends): `"f" 3 lines, 42 characters`, `[New file]`, `No write since
// last change (:quit! overrides)`, `Pattern not found`; INFERRED for AIX.

export type ViKey = { kind: 'text'; text: string } | { kind: 'key'; name: string };

type Mode = 'command' | 'insert' | 'ex' | 'search';

export interface ViState {
  lines: string[];
  row: number;
  col: number;
  top: number;
  mode: Mode;
  /** The ":" or "/" line being typed. */
  typed: string;
  /** A command waiting for its second key (dd, yy, ZZ) and a count typed before it. */
  pending: string;
  count: string;
  yank: string[] | null;
  undo: { lines: string[]; row: number; col: number } | null;
  search: string;
  message: string;
  modified: boolean;
  /** The file as named (shown in messages); null: no file yet. */
  name: string | null;
  /** A write the front end is to carry out: the text, and whether vi ends after it. */
  request: { text: string; quit: boolean } | null;
  done: boolean;
}

const count = (s: ViState): number => Math.max(1, Math.min(100_000, Number(s.count) || 1));
/** The lines with one replaced (Array.prototype.with needs ES2023). */
const replaced = (lines: readonly string[], row: number, text: string): string[] => [...lines.slice(0, row), text, ...lines.slice(row + 1)];
const chars = (lines: readonly string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);

/** `"name" 3 lines, 42 characters`: what vi says of a file it read or wrote. */
export const fileLine = (name: string, lines: readonly string[]): string => `"${name}" ${lines.length} line${lines.length === 1 ? '' : 's'}, ${chars(lines)} character${chars(lines) === 1 ? '' : 's'}`;

export function openVi(name: string | null, text: string | null, readOnly: boolean): ViState {
  const lines = text === null || text === '' ? [''] : text.replace(/\n$/, '').split('\n');
  const message = name === null ? '' : text === null ? `"${name}" [New file]` : readOnly ? `"${name}" [Read only] ${fileLine(name, lines).slice(name.length + 3)}` : fileLine(name, lines);
  return { lines, row: 0, col: 0, top: 0, mode: 'command', typed: '', pending: '', count: '', yank: null, undo: null, search: '', message, modified: false, name, request: null, done: false };
}

const lastCol = (s: ViState, insert = false): number => Math.max(0, s.lines[s.row]!.length - (insert ? 0 : 1));
const clampCol = (s: ViState): ViState => ({ ...s, col: Math.min(s.col, lastCol(s, s.mode === 'insert')) });
const goRow = (s: ViState, row: number): ViState => clampCol({ ...s, row: Math.max(0, Math.min(s.lines.length - 1, row)) });
const saveUndo = (s: ViState): ViState => ({ ...s, undo: { lines: s.lines, row: s.row, col: s.col } });
const edit = (s: ViState, lines: string[]): ViState => ({ ...s, lines: lines.length === 0 ? [''] : lines, modified: true });

/** The next position of a word start (w) or the previous one (b). */
function wordMove(line: string, col: number, forward: boolean): number {
  const kind = (c: string | undefined) => (c === undefined || /\s/.test(c) ? 0 : /\w/.test(c) ? 1 : 2);
  let i = col;
  if (forward) {
    const k = kind(line[i]);
    while (i < line.length && kind(line[i]) === k && k !== 0) i++;
    while (i < line.length && kind(line[i]) === 0) i++;
    return Math.min(i, Math.max(0, line.length - 1));
  }
  i--;
  while (i > 0 && kind(line[i]) === 0) i--;
  const k = kind(line[i]);
  while (i > 0 && kind(line[i - 1]) === k) i--;
  return Math.max(0, i);
}

function find(s: ViState, pattern: string, forward: boolean): ViState {
  if (pattern === '') return { ...s, message: 'No previous regular expression' };
  const n = s.lines.length;
  for (let k = 1; k <= n; k++) {
    const row = (s.row + (forward ? k : n - k)) % n;
    const col = s.lines[row]!.indexOf(pattern);
    if (col >= 0) return { ...s, row, col, search: pattern, message: '' };
  }
  return { ...s, search: pattern, message: 'Pattern not found' };
}

function ex(s: ViState, line: string): ViState {
  const cmd = line.trim();
  if (cmd === '') return s;
  if (/^\d+$/.test(cmd) || cmd === '$') return goRow({ ...s, col: 0 }, cmd === '$' ? s.lines.length - 1 : Number(cmd) - 1);
  const write = (quit: boolean): ViState => (s.name === null ? { ...s, message: 'No current filename' } : { ...s, request: { text: `${s.lines.join('\n')}\n`, quit } });
  switch (cmd) {
    case 'w':
    case 'w!':
      return write(false);
    case 'wq':
    case 'wq!':
      return write(true);
    case 'x':
      return s.modified ? write(true) : { ...s, done: true };
    case 'q':
      return s.modified ? { ...s, message: 'No write since last change (:quit! overrides)' } : { ...s, done: true };
    case 'q!':
      return { ...s, done: true };
    default:
      return { ...s, message: `The ${cmd.split(/\s/)[0]} command is unknown.` };
  }
}

/** The front end wrote the file (ok) or could not (the message says why). */
export function written(s: ViState, ok: boolean, message: string): ViState {
  const quit = s.request?.quit ?? false;
  if (!ok) return { ...s, request: null, message };
  return { ...s, request: null, modified: false, message, done: quit };
}

function commandKey(s: ViState, key: string): ViState {
  if (/^[1-9]$/.test(key) || (key === '0' && s.count !== '')) return { ...s, count: s.count + key };
  const pending = s.pending;
  const n = count(s);
  const counted = s.count !== '';
  s = { ...s, pending: '', count: '' };
  if (pending === 'd' && key === 'd') {
    const taken = s.lines.slice(s.row, s.row + n);
    const rest = [...s.lines.slice(0, s.row), ...s.lines.slice(s.row + n)];
    return goRow({ ...edit(saveUndo(s), rest), yank: taken, col: 0 }, s.row);
  }
  if (pending === 'y' && key === 'y') return { ...s, yank: s.lines.slice(s.row, s.row + n) };
  if (pending === 'Z' && key === 'Z') return ex(s, 'x');
  if (pending !== '') return s;
  const line = s.lines[s.row]!;
  switch (key) {
    case 'h':
    case 'left':
    case 'backspace':
      return { ...s, col: Math.max(0, s.col - n) };
    case 'l':
    case 'right':
    case ' ':
      return { ...s, col: Math.min(lastCol(s), s.col + n) };
    case 'j':
    case 'down':
    case 'enter':
      return goRow(s, s.row + n);
    case 'k':
    case 'up':
      return goRow(s, s.row - n);
    case '0':
    case 'home':
      return { ...s, col: 0 };
    case '$':
    case 'end':
      return { ...s, col: lastCol(s) };
    case 'w':
      return { ...s, col: wordMove(line, s.col, true) };
    case 'b':
      return { ...s, col: wordMove(line, s.col, false) };
    case 'G':
      return goRow({ ...s, col: 0 }, counted ? n - 1 : s.lines.length - 1);
    case 'x': {
      if (line === '') return s;
      const next = line.slice(0, s.col) + line.slice(s.col + n);
      return clampCol(edit(saveUndo(s), replaced(s.lines, s.row, next)));
    }
    case 'd':
    case 'y':
    case 'Z':
      return { ...s, pending: key, count: String(n) };
    case 'p':
    case 'P': {
      if (!s.yank) return s;
      const at = key === 'p' ? s.row + 1 : s.row;
      return { ...edit(saveUndo(s), [...s.lines.slice(0, at), ...s.yank, ...s.lines.slice(at)]), row: at, col: 0 };
    }
    case 'u':
      return s.undo ? { ...s, lines: s.undo.lines, row: s.undo.row, col: s.undo.col, undo: { lines: s.lines, row: s.row, col: s.col }, modified: true } : s;
    case 'i':
      return { ...saveUndo(s), mode: 'insert' };
    case 'a':
      return { ...saveUndo(s), mode: 'insert', col: Math.min(line.length, s.col + 1) };
    case 'A':
      return { ...saveUndo(s), mode: 'insert', col: line.length };
    case 'I':
      return { ...saveUndo(s), mode: 'insert', col: 0 };
    case 'o':
    case 'O': {
      const at = key === 'o' ? s.row + 1 : s.row;
      return { ...edit(saveUndo(s), [...s.lines.slice(0, at), '', ...s.lines.slice(at)]), row: at, col: 0, mode: 'insert' };
    }
    case ':':
    case '/':
      return { ...s, mode: key === ':' ? 'ex' : 'search', typed: '' };
    case 'n':
    case 'N':
      return find(s, s.search, key === 'n');
    default:
      return s;
  }
}

function insertKey(s: ViState, k: ViKey): ViState {
  const line = s.lines[s.row]!;
  if (k.kind === 'text') {
    const text = k.text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
    return edit({ ...s, col: s.col + text.length }, replaced(s.lines, s.row, line.slice(0, s.col) + text + line.slice(s.col)));
  }
  switch (k.name) {
    case 'escape':
    case 'ctrl-c':
      return { ...s, mode: 'command', col: Math.max(0, Math.min(s.col - 1, line.length - 1)) };
    case 'enter':
      return { ...edit(s, [...s.lines.slice(0, s.row), line.slice(0, s.col), line.slice(s.col), ...s.lines.slice(s.row + 1)]), row: s.row + 1, col: 0 };
    case 'backspace':
      if (s.col > 0) return edit({ ...s, col: s.col - 1 }, replaced(s.lines, s.row, line.slice(0, s.col - 1) + line.slice(s.col)));
      if (s.row === 0) return s;
      return { ...edit(s, [...s.lines.slice(0, s.row - 1), s.lines[s.row - 1]! + line, ...s.lines.slice(s.row + 1)]), row: s.row - 1, col: s.lines[s.row - 1]!.length };
    case 'tab':
      return insertKey(s, { kind: 'text', text: '\t' });
    case 'left':
    case 'right':
    case 'up':
    case 'down':
      return clampCol(commandKey({ ...s, mode: 'insert' }, k.name));
    default:
      return s;
  }
}

function lineKey(s: ViState, k: ViKey): ViState {
  if (k.kind === 'text') return { ...s, typed: s.typed + k.text.replace(/[\u0000-\u001f\u007f]/g, '') };
  if (k.name === 'backspace') return s.typed === '' ? { ...s, mode: 'command' } : { ...s, typed: s.typed.slice(0, -1) };
  if (k.name === 'escape' || k.name === 'ctrl-c') return { ...s, mode: 'command', typed: '' };
  if (k.name !== 'enter') return s;
  const back = { ...s, mode: 'command' as const, typed: '' };
  return s.mode === 'ex' ? ex(back, s.typed) : find(back, s.typed === '' ? s.search : s.typed, true);
}

/** One key. */
export function viKey(s: ViState, k: ViKey): ViState {
  if (s.done || s.request) return s;
  let next: ViState;
  if (s.mode === 'insert') next = insertKey(s, k);
  else if (s.mode === 'ex' || s.mode === 'search') next = lineKey(s, k);
  else if (k.kind === 'key') next = k.name === 'ctrl-c' || k.name === 'escape' ? { ...s, pending: '', count: '' } : commandKey(s, k.name);
  else {
    next = s;
    for (const ch of k.text) next = next.mode === 'command' ? commandKey(next, ch) : next.mode === 'insert' ? insertKey(next, { kind: 'text', text: ch }) : lineKey(next, { kind: 'text', text: ch });
  }
  return next;
}

/** A line as the screen shows it: tabs to the next multiple of 8, control characters as ^X. */
export function shown(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '\t') out += ' '.repeat(8 - (out.length % 8));
    else if (c < ' ' || c === '\x7f') out += `^${String.fromCharCode((c.charCodeAt(0) + 64) & 0x7f)}`;
    else out += c;
  }
  return out;
}

/** The screen: rows-1 lines of text (~ past the end) and the status line; the cursor's row and column. */
export function frame(s: ViState, rows: number, cols: number): { state: ViState; lines: string[]; cursor: [number, number] } {
  const height = Math.max(1, rows - 1);
  let top = s.top;
  if (s.row < top) top = s.row;
  if (s.row >= top + height) top = s.row - height + 1;
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    const line = s.lines[top + i];
    lines.push(line === undefined ? '~' : shown(line).slice(0, cols));
  }
  const status = s.mode === 'ex' ? `:${s.typed}` : s.mode === 'search' ? `/${s.typed}` : s.message;
  lines.push(shown(status).slice(0, cols - 1));
  const col = Math.min(cols - 1, shown(s.lines[s.row]!.slice(0, s.col)).length);
  const cursor: [number, number] = s.mode === 'ex' || s.mode === 'search' ? [height, Math.min(cols - 1, status.length)] : [s.row - top, col];
  return { state: { ...s, top }, lines, cursor };
}
