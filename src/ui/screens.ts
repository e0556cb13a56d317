// The full-screen programs of the interactive shell, run when a line that
// asked for them is over (Step.screens): the pager of more, pg and man, whose
// screenfuls go into the scrollback with the prompt waiting below them, and
// vi, drawn on the terminal's alternate screen (as AIX's vi uses it), so the
// scrollback comes back as it was when vi ends. The editing and the paging
// are pure models in the core (commands/vi/editor.ts, commands/lib/pager.ts);
// this runs them: keys in, lines or frames out, vi's writes through the host.

import { type PagerState, pagerKey, pagerPrompt, startPager } from '../commands/lib/pager.js';
import { frame, openVi, shown, type ViKey, type ViState, viKey, written } from '../commands/vi/editor.js';
import type { Screen } from '../engine/contract.js';
import type { Host } from '../host/host.js';

export interface Terminal {
  rows(): number;
  columns(): number;
  /** Lines into the scrollback (as command output). */
  print(lines: string[]): void;
  /** Raw bytes to the terminal (vi's frames). */
  write(data: string): void;
  /**
   * While vi has the alternate screen: how the program's end (SIGTERM, SIGHUP
   * at a terminal) gives the normal screen back first. Returns what undoes it.
   */
  guard?(restore: () => void): () => void;
}

/** Rows a pager's screenful may take: the shell's screen (Ink) keeps its cursor on a line below the prompt. */
const pageRows = (term: Terminal): number => Math.max(2, term.rows() - 1);

type Running = { kind: 'page'; state: PagerState } | { kind: 'vi'; state: ViState; screen: Extract<Screen, { kind: 'vi' }> };

export const ENTER_ALTERNATE = '\x1b[?1049h';
export const LEAVE_ALTERNATE = '\x1b[?1049l';

export class Screens {
  private running: Running | null = null;
  private readonly queue: Screen[] = [];
  private unguard: (() => void) | null = null;

  constructor(
    private readonly host: Host,
    private readonly term: Terminal,
  ) {}

  /** Whether a program has the keys. */
  get active(): boolean {
    return this.running !== null;
  }

  /** Whether vi has the (alternate) screen: the shell draws nothing meanwhile. */
  get fullScreen(): boolean {
    return this.running?.kind === 'vi';
  }

  /** The pager's prompt under its text, or null. */
  prompt(): string | null {
    return this.running?.kind === 'page' ? pagerPrompt(this.running.state) : null;
  }

  /** Queues a line's programs and starts the first; says whether one is running. */
  start(screens: readonly Screen[]): boolean {
    this.queue.push(...screens);
    this.next();
    return this.active;
  }

  private next(): void {
    this.running = null;
    while (this.running === null && this.queue.length > 0) {
      const screen = this.queue.shift()!;
      if (screen.kind === 'page') {
        const { state, print } = startPager(screen.text, screen.style, pageRows(this.term));
        this.term.print(print.map(shown));
        if (!state.done) this.running = { kind: 'page', state };
      } else {
        this.running = { kind: 'vi', state: openVi(screen.name, screen.text, screen.readOnly), screen };
        this.term.write(ENTER_ALTERNATE);
        this.unguard = this.term.guard?.(() => this.restore()) ?? null;
        this.draw();
      }
    }
  }

  /** One key for the running program; says whether a program is still running after it. */
  key(k: ViKey): boolean {
    // Esc typed just before b or f reaches the keymap as one sequence (Alt-b, Alt-f).
    if (k.kind === 'key' && (k.name === 'word-left' || k.name === 'word-right')) {
      this.key({ kind: 'key', name: 'escape' });
      return this.key({ kind: 'text', text: k.name === 'word-left' ? 'b' : 'f' });
    }
    const r = this.running;
    if (!r) return false;
    if (r.kind === 'page') {
      const { state, print } = pagerKey(r.state, k, pageRows(this.term));
      this.term.print(print.map(shown));
      r.state = state;
      if (state.done) this.next();
      return this.active;
    }
    if (k.kind === 'key' && k.name === 'ctrl-l') {
      this.draw();
      return true;
    }
    r.state = viKey(r.state, k);
    const request = r.state.request;
    if (request && r.screen.path !== null) {
      const done = this.host.writeFile(r.screen.path, r.state.name ?? r.screen.path, request.text);
      r.state = written(r.state, done.ok, done.message);
    }
    if (r.state.done) {
      this.leave();
      this.next();
      return this.active;
    }
    this.draw();
    return true;
  }

  /** The program ends with the shell (SIGTERM, SIGHUP): the terminal gets its normal screen back. */
  restore(): void {
    if (this.running?.kind === 'vi') this.leave();
    this.running = null;
    this.queue.length = 0;
  }

  private leave(): void {
    this.term.write(LEAVE_ALTERNATE);
    this.unguard?.();
    this.unguard = null;
  }

  /** Draws vi's screen again (a key, a resize). */
  draw(): void {
    const r = this.running;
    if (r?.kind !== 'vi') return;
    const { state, lines, cursor } = frame(r.state, this.term.rows(), this.term.columns());
    r.state = state;
    this.term.write(`\x1b[H${lines.map((l) => `${l}\x1b[K`).join('\r\n')}\x1b[${cursor[0] + 1};${cursor[1] + 1}H`);
  }
}
