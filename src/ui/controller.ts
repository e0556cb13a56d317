// The interactive shell's behaviour, shared by both front ends (the Ink
// terminal in ui/app.tsx and the browser page in web/): keys through the
// keymap (ui/keymap.ts) into the line editor (ui/editor.ts), Tab completion,
// history search, lines run through the host, long operations streamed with
// a progress line (compressed in time by --speed), Ctrl-C that undoes a
// running line, questions (a password) whose answers are not shown, PS2 for
// a command left open. A front end gives it a view: where finished lines go,
// when to draw the live line again, how wide the screen is.

import type { Chunk, Screen } from '../engine/contract.js';
import type { Host, Pending } from '../host/host.js';
import { isIncomplete } from '../shell/continuation.js';
import { scopeName } from '../world/scope.js';
import { columns, commonPrefix, complete, completionCommands } from './completion.js';
import { type EditorState, editor, initialEditor } from './editor.js';
import { EDIT_KEYS, type KeyEvent } from './keymap.js';
import type { OutputLine, Running } from './shell-text.js';
import { INSERTING, type ViMode, viModeKey } from './vi-mode.js';

export type Speed = 'instant' | 'fast' | 'real';

/** With --speed fast, a long operation streams over about this long. */
export const FAST_TOTAL_MS = 2000;

export interface ShellView {
  /** Finished lines, in order. */
  print(lines: OutputLine[]): void;
  /** The live line (prompt and what is typed, or the progress line) changed. */
  redraw(): void;
  /** Clear the screen once what was printed has been drawn (Ctrl-L, `clear`). */
  clear(): void;
  /** The shell ended with this status (once the last lines are drawn). */
  exit(status: number): void;
  /** Full-screen programs (vi, more) to start once the line's output is drawn; the controller waits for screensDone(). */
  screens(requests: readonly Screen[]): void;
  /** The screen's width in columns (completion lists). */
  columns(): number;
}

export interface ShellOptions {
  speed: Speed;
  /** How long --speed fast streams a long operation (default FAST_TOTAL_MS). */
  fastTotalMs?: number;
  /** A line typed at the prompt that belongs in the history file. */
  remember?: (line: string) => void;
}

export class ShellController {
  /** The line being edited. */
  ed: EditorState;
  /** The progress line of a running operation, or null. */
  running: Running | null = null;
  private viMode: ViMode = INSERTING;
  /** Keys are queued while a line runs (Ctrl-C interrupts it). */
  private busy = false;
  private timers: ReturnType<typeof setTimeout>[] = [];
  // Ctrl-C while the host was still taking the store's lock: the line is undone as soon as it ran.
  private cancelled = false;
  private queued: KeyEvent[] = [];
  private lastKey = '';
  private pending: Pending | null = null;
  /** The lines typed so far of a command left open (if ... fi, a here-document): the prompt is then ksh's PS2, "> ". */
  private continued: string | null = null;
  /** Keys go to vi or a pager while this says so (the Ink front end's screens). */
  fullScreenKey: ((k: KeyEvent) => boolean) | null = null;

  constructor(
    readonly host: Host,
    private readonly view: ShellView,
    private readonly options: ShellOptions,
  ) {
    this.ed = initialEditor(host.session.history);
  }

  private get session() {
    return this.host.session;
  }

  /** The prompt: its scope (coloured) when it starts with one, and the rest; "> " on a continued line. */
  promptParts(): { scope?: string; rest: string } {
    if (this.continued !== null) return { rest: '> ' };
    const prompt = this.session.prompt();
    const scope = scopeName(this.session.frame.scope);
    return this.session.frame.vars['PS1'] === undefined && prompt.startsWith(scope) ? { scope, rest: prompt.slice(scope.length) } : { rest: prompt };
  }

  /** The editor as the live line shows it: an answer that is not shown (a password) shows nothing. */
  shownEditor(): EditorState {
    return this.session.question?.hidden ? { ...this.ed, text: '', cursor: 0 } : this.ed;
  }

  /** Inside a WPAR (the prompt's colour). */
  inWpar(): boolean {
    return this.session.frames.length > 1;
  }

  echo(text: string): void {
    const p = this.promptParts();
    this.view.print([{ ...(p.scope !== undefined ? { scope: p.scope, inWpar: this.inWpar() } : {}), text: p.rest + text }]);
  }

  private outputLines(chunks: readonly Chunk[]): OutputLine[] {
    const text = chunks.map((c) => c.text).join('');
    if (text === '') return [];
    return text
      .replace(/\n$/, '')
      .split('\n')
      .map((t) => ({ text: t }));
  }

  private finish(pending: Pending, interrupted: boolean): void {
    const { step } = pending;
    this.busy = false;
    this.running = null;
    this.clearTimers();
    this.pending = null;
    if (!interrupted) void this.host.commit(pending);
    if (!interrupted && step.exited !== undefined) {
      this.busy = true;
      this.view.exit(step.exited);
      return;
    }
    if (!interrupted && step.screens) {
      this.busy = true;
      this.view.screens(step.screens);
      return;
    }
    this.drain();
    this.view.redraw();
  }

  /** The full-screen programs the last line asked for are running (the keys go to them): queued keys go on. */
  screensDone(): void {
    this.busy = false;
    this.drain();
    this.view.redraw();
  }

  private drain(): void {
    for (const k of this.queued.splice(0)) this.key(k);
  }

  private clearTimers(): void {
    for (const t of this.timers) {
      clearTimeout(t);
      clearInterval(t);
    }
    this.timers = [];
  }

  private play(pending: Pending): void {
    const { step } = pending;
    const total = step.chunks.reduce((sum, c) => sum + (c.delayMs ?? 0), 0);
    // sleep's waits are taken as they are; the simulated durations of operations are compressed (--speed fast).
    const simulatedTotal = step.chunks.reduce((sum, c) => sum + (c.realTime ? 0 : (c.delayMs ?? 0)), 0);
    if (this.options.speed === 'instant' || total === 0) {
      this.view.print(this.outputLines(step.chunks));
      this.finish(pending, false);
      return;
    }
    const scale = this.options.speed === 'real' || simulatedTotal === 0 ? 1 : Math.min(1, (this.options.fastTotalMs ?? FAST_TOTAL_MS) / simulatedTotal);
    this.busy = true;
    this.running = { label: step.line, frame: 0, elapsed: 0, total };
    let at = 0;
    let simulated = 0;
    step.chunks.forEach((chunk, i) => {
      at += (chunk.delayMs ?? 0) * (chunk.realTime ? 1 : scale);
      simulated += chunk.delayMs ?? 0;
      const shownAt = simulated;
      this.timers.push(
        setTimeout(() => {
          this.view.print(this.outputLines([chunk]));
          if (this.running) this.running = { ...this.running, elapsed: shownAt };
          this.view.redraw();
          if (i === step.chunks.length - 1) this.finish(pending, false);
        }, at),
      );
    });
    const spin = setInterval(() => {
      if (this.running) this.running = { ...this.running, frame: this.running.frame + 1 };
      this.view.redraw();
    }, 80);
    this.timers.push(spin);
    this.pending = pending;
  }

  /** Runs a typed line (shown: echoed after the prompt and kept in the history). */
  submit(typed: string, shown = true): void {
    // The answer to a question (a password) is not shown, not a command and not kept in the history.
    const question = this.session.question;
    if (shown) this.echo(question?.hidden ? '' : typed);
    const line = this.continued === null ? typed : `${this.continued}\n${typed}`;
    if (!question && isIncomplete(line)) {
      this.continued = line;
      this.ed = initialEditor(this.session.history);
      return;
    }
    this.continued = null;
    if (shown && !question && line.trim() !== '') this.options.remember?.(line);
    // Keys typed while the host takes the store's lock and reloads wait in the queue.
    this.busy = true;
    this.cancelled = false;
    void this.host.begin(line).then((pending) => {
      if (pending.step.interrupted) {
        // Ctrl-C while it computed: what it wrote before stays, then ^C; the host has undone it.
        this.view.print([...this.outputLines(pending.step.chunks), { text: '^C' }]);
        this.queued = [];
        this.finish(pending, true);
        this.ed = initialEditor(this.session.history);
        this.view.redraw();
        return;
      }
      if (this.cancelled) {
        this.host.abandon(pending);
        this.finish(pending, true);
        return;
      }
      this.ed = initialEditor(this.session.history);
      if (pending.step.clear) this.view.clear();
      this.play(pending);
      this.view.redraw();
    });
  }

  private interrupt(): void {
    this.clearTimers();
    this.queued = [];
    this.view.print([{ text: '^C' }]);
    const pending = this.pending;
    if (pending) {
      this.host.abandon(pending);
      this.finish(pending, true);
    } else {
      this.cancelled = true;
    }
    this.view.redraw();
  }

  private completeWord(again: boolean): void {
    const s = this.ed;
    const session = this.session;
    const c = complete(s.text, s.cursor, session.world, session.frame.scope, completionCommands(session.commands.values()), session.frame.cwd);
    if (c.candidates.length === 0) return;
    const word = s.text.slice(c.start, c.end);
    if (c.candidates.length === 1) {
      this.ed = editor(s, { type: 'replace', start: c.start, end: c.end, text: c.candidates[0]! + c.suffix });
      return;
    }
    const prefix = commonPrefix(c.candidates);
    if (prefix.length > word.length) {
      this.ed = editor(s, { type: 'replace', start: c.start, end: c.end, text: prefix });
    } else if (again) {
      this.echo(s.text);
      this.view.print(columns(c.candidates, this.view.columns()).map((text) => ({ text })));
    }
  }

  /** A key typed (or a line of a paste). */
  key(k: KeyEvent): void {
    if (this.busy) {
      if (k.kind === 'key' && k.name === 'ctrl-c') this.interrupt();
      else this.queued.push(k);
      return;
    }
    if (this.fullScreenKey?.(k)) return;
    const session = this.session;
    const name = k.kind === 'key' ? k.name : 'text';
    const wasTab = this.lastKey === 'tab';
    this.lastKey = name;
    // set -o vi: Esc enters command mode; Enter on a history search takes the match without running it.
    if (session.options.has('vi')) {
      if (this.ed.search && name === 'enter') {
        this.ed = editor(this.ed, { type: 'search-accept' });
        this.view.redraw();
        return;
      }
      const r = this.ed.search ? null : viModeKey(this.viMode, this.ed, k);
      if (r) {
        this.viMode = r.mode;
        this.ed = r.state;
        this.view.redraw();
        return;
      }
    }
    if (name === 'enter' || name === 'ctrl-c') this.viMode = INSERTING;
    if (k.kind === 'text') {
      this.ed = editor(this.ed, { type: 'insert', text: k.text });
    } else if (k.name === 'enter') {
      if (this.ed.search) this.ed = editor(this.ed, { type: 'search-accept' });
      this.submit(this.ed.text);
    } else if (k.name === 'tab') {
      if (!this.ed.search && !session.question) this.completeWord(wasTab);
    } else if (k.name === 'ctrl-c') {
      if (this.ed.search) this.ed = editor(this.ed, { type: 'search-cancel' });
      else if (session.question) {
        // Ctrl-C at a question (login:, a password) gives it up: the prompt comes back.
        this.echo(session.question.hidden ? '^C' : this.ed.text + '^C');
        session.question = undefined;
        session.lastStatus = 1;
        this.ed = initialEditor(session.history);
      } else {
        this.echo(this.ed.text + '^C');
        // Ctrl-C on a "> " line drops the whole command, as in ksh.
        this.continued = null;
        this.ed = initialEditor(session.history);
      }
    } else if (k.name === 'ctrl-d') {
      if (this.ed.text !== '') this.ed = editor(this.ed, { type: 'delete' });
      else if (session.question) {
        this.echo('');
        session.question = undefined;
        session.lastStatus = 1;
      } else if (session.frames.length > 1) this.submit('exit');
      else {
        // Ctrl-D at the login shell's prompt ends it as exit does: its EXIT trap runs.
        this.echo('');
        this.submit('exit', false);
      }
    } else if (k.name === 'ctrl-l') {
      this.view.clear();
    } else {
      const action = EDIT_KEYS[k.name];
      if (action) this.ed = editor(this.ed, action);
    }
    this.view.redraw();
  }

  /** The status line above the prompt (a lesson's), when nothing runs. */
  statusLine(): string | null {
    return this.running ? null : this.host.tutor.statusLine(this.session);
  }
}
