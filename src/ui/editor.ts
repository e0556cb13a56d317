// The line editor as a pure reducer: text and cursor, emacs-style keys
// (Ctrl-A/E/U/K/W, Home/End, Backspace/Delete), history browsing with
// Up/Down, Ctrl-R reverse search, and the application of Tab completions.
// No terminal here: the Ink app maps keys to actions (ui/keymap.ts) and
// renders the state; tests drive it directly.

export interface Search {
  query: string;
  /** Index in history of the current match, or -1 when nothing matches. */
  match: number;
}

export interface EditorState {
  text: string;
  cursor: number;
  /** Oldest first. */
  history: readonly string[];
  /** Position while browsing history; history.length means "the line being typed". */
  historyIndex: number;
  /** The line being typed, kept while browsing history. */
  draft: string;
  search: Search | null;
}

export type EditorAction =
  | { type: 'insert'; text: string }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'kill-to-start' }
  | { type: 'kill-to-end' }
  | { type: 'kill-word' }
  | { type: 'word-left' }
  | { type: 'word-right' }
  | { type: 'history-prev' }
  | { type: 'history-next' }
  | { type: 'search-start' }
  | { type: 'search-accept' }
  | { type: 'search-cancel' }
  | { type: 'replace'; start: number; end: number; text: string }
  | { type: 'reset'; history?: readonly string[] };

export function initialEditor(history: readonly string[] = []): EditorState {
  return { text: '', cursor: 0, history, historyIndex: history.length, draft: '', search: null };
}

/** Characters a terminal line can hold: control characters are dropped (tabs become a space). */
export function printable(text: string): string {
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

function findBackward(history: readonly string[], query: string, from: number): number {
  if (query === '') return -1;
  for (let i = Math.min(from, history.length - 1); i >= 0; i--) if (history[i]!.includes(query)) return i;
  return -1;
}

function wordStart(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

function wordEnd(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

const at = (s: EditorState, text: string, cursor: number): EditorState => ({ ...s, text, cursor, search: null });

function searching(s: EditorState, a: EditorAction): EditorState | null {
  const search = s.search!;
  switch (a.type) {
    case 'insert': {
      const query = search.query + printable(a.text);
      return { ...s, search: { query, match: findBackward(s.history, query, search.match >= 0 ? search.match : s.history.length - 1) } };
    }
    case 'backspace': {
      const query = search.query.slice(0, -1);
      return { ...s, search: { query, match: findBackward(s.history, query, s.history.length - 1) } };
    }
    case 'search-start': {
      // Ctrl-R again: the next older match.
      const next = findBackward(s.history, search.query, search.match - 1);
      return { ...s, search: { ...search, match: next >= 0 ? next : search.match } };
    }
    case 'search-cancel':
      return { ...s, search: null };
    case 'search-accept':
    default: {
      // Any other key takes the match onto the line, then acts as usual.
      const text = search.match >= 0 ? s.history[search.match]! : s.text;
      const accepted: EditorState = { ...s, text, cursor: text.length, search: null, historyIndex: s.history.length };
      return a.type === 'search-accept' ? accepted : editor(accepted, a);
    }
  }
}

export function editor(s: EditorState, a: EditorAction): EditorState {
  if (s.search) return searching(s, a)!;
  const { text, cursor } = s;
  switch (a.type) {
    case 'insert': {
      const add = printable(a.text);
      return at(s, text.slice(0, cursor) + add + text.slice(cursor), cursor + add.length);
    }
    case 'left':
      return at(s, text, Math.max(0, cursor - 1));
    case 'right':
      return at(s, text, Math.min(text.length, cursor + 1));
    case 'home':
      return at(s, text, 0);
    case 'end':
      return at(s, text, text.length);
    case 'word-left':
      return at(s, text, wordStart(text, cursor));
    case 'word-right':
      return at(s, text, wordEnd(text, cursor));
    case 'backspace':
      return cursor === 0 ? s : at(s, text.slice(0, cursor - 1) + text.slice(cursor), cursor - 1);
    case 'delete':
      return at(s, text.slice(0, cursor) + text.slice(cursor + 1), cursor);
    case 'kill-to-start':
      return at(s, text.slice(cursor), 0);
    case 'kill-to-end':
      return at(s, text.slice(0, cursor), cursor);
    case 'kill-word': {
      const start = wordStart(text, cursor);
      return at(s, text.slice(0, start) + text.slice(cursor), start);
    }
    case 'history-prev': {
      if (s.historyIndex === 0) return s;
      const draft = s.historyIndex === s.history.length ? text : s.draft;
      const line = s.history[s.historyIndex - 1]!;
      return { ...s, text: line, cursor: line.length, historyIndex: s.historyIndex - 1, draft };
    }
    case 'history-next': {
      if (s.historyIndex >= s.history.length) return s;
      const index = s.historyIndex + 1;
      const line = index === s.history.length ? s.draft : s.history[index]!;
      return { ...s, text: line, cursor: line.length, historyIndex: index };
    }
    case 'search-start':
      return { ...s, search: { query: '', match: -1 } };
    case 'search-accept':
    case 'search-cancel':
      return s;
    case 'replace': {
      const replaced = text.slice(0, a.start) + a.text + text.slice(a.end);
      return at(s, replaced, a.start + a.text.length);
    }
    case 'reset': {
      const history = a.history ?? s.history;
      return initialEditor(history);
    }
  }
}
