// The shell on an xterm.js terminal: the shared controller (ui/controller.ts)
// drives it as it drives the Ink screen. Finished lines are written once;
// the live part below them (a lesson's status line, then the prompt with what
// is typed, or the progress line) is erased and written again on each change,
// the cursor put back where the editor has it. Colours as in the terminal:
// the prompt's scope green (yellow inside a WPAR), the status line dim, the
// spinner cyan. Output is written as the commands printed it, as at a
// terminal (a shared file's text is made visible() where it is read). vi
// draws on xterm.js's alternate screen and the pagers print into the
// scrollback, run by the terminal's own ui/screens.ts.

import type { Terminal } from '@xterm/xterm';
import type { ShellController } from '../ui/controller.js';
import type { Screens } from '../ui/screens.js';
import { type OutputLine, progressText, searchText, spinnerFrame } from '../ui/shell-text.js';

const GREEN = '\x1b[1;32m';
const YELLOW = '\x1b[1;33m';
const DIM = '\x1b[2m';
const CYAN = '\x1b[36m';
const RESET = '\x1b[0m';

/** What a line takes on the screen: its characters (one column each) and its escapes for colour. */
interface Painted {
  text: string;
  width: number;
}

const scoped = (scope: string | undefined, inWpar: boolean, rest: string): Painted =>
  scope === undefined ? { text: rest, width: rest.length } : { text: `${inWpar ? YELLOW : GREEN}${scope}${RESET}${rest}`, width: scope.length + rest.length };

export class TerminalView {
  /** Rows the live part takes now (to erase it), and the row of it the cursor is on. */
  private liveRows = 0;
  private cursorRow = 0;
  private scheduled = false;
  controller: ShellController | null = null;
  /** vi and the pagers (ui/screens.ts): vi's screen hides the live part; a pager's prompt takes its place. */
  screens: Screens | null = null;

  constructor(
    private readonly term: Terminal,
    private readonly onExit: (status: number) => void,
  ) {}

  print(lines: OutputLine[]): void {
    if (lines.length === 0) return;
    let out = this.erase();
    for (const l of lines) out += `${scoped(l.scope, l.inWpar ?? false, l.text).text}\r\n`;
    this.term.write(out);
    this.liveRows = 0;
    this.redraw();
  }

  /** Draws the live part again (at most once per task: a paste of many keys is one draw). */
  redraw(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.draw();
    });
  }

  clear(): void {
    this.term.write('\x1b[2J\x1b[3J\x1b[H');
    this.term.clear();
    this.liveRows = 0;
    this.redraw();
  }

  exit(status: number): void {
    this.term.write(`${this.erase()}\r\n[wparsim: the shell ended (status ${status}). Reload the page for a new one.]\r\n`);
    this.liveRows = 0;
    this.onExit(status);
  }

  columns(): number {
    return this.term.cols;
  }

  /** Takes the live part off the screen (before vi takes it). */
  hideLive(): void {
    this.term.write(this.erase());
    this.liveRows = 0;
  }

  /** Moves to the top of the live part and erases it (the escapes to do so). */
  private erase(): string {
    if (this.liveRows === 0) return '';
    return `\r${this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : ''}\x1b[J`;
  }

  private rowsOf(width: number): number {
    return Math.max(1, Math.ceil(width / this.term.cols));
  }

  private draw(): void {
    const ctl = this.controller;
    if (!ctl) return;
    if (this.screens?.fullScreen) return;
    const pager = this.screens?.prompt() ?? null;
    if (pager !== null) {
      this.term.write(`${this.erase()}\x1b[7m${pager}${RESET}`);
      this.liveRows = this.rowsOf(pager.length);
      this.cursorRow = this.liveRows - 1;
      return;
    }
    const parts: Painted[] = [];
    const status = ctl.statusLine();
    if (status !== null) parts.push({ text: `${DIM}${status}${RESET}`, width: status.length });
    let cursorAt: number;
    const ed = ctl.shownEditor();
    if (ctl.running) {
      const rest = progressText(ctl.running);
      parts.push({ text: `${CYAN}${spinnerFrame(ctl.running)}${RESET}${rest}`, width: 1 + rest.length });
      cursorAt = 1 + rest.length;
    } else if (ed.search) {
      const text = searchText(ed);
      parts.push({ text, width: text.length });
      cursorAt = text.length;
    } else {
      const p = ctl.promptParts();
      const line = scoped(p.scope, ctl.inWpar(), p.rest + ed.text);
      parts.push(line);
      cursorAt = (p.scope?.length ?? 0) + p.rest.length + ed.cursor;
    }
    let out = this.erase();
    out += parts.map((p) => p.text).join('\r\n');
    // The cursor: after the last part's text, then back to where the editor has it.
    const last = parts[parts.length - 1]!;
    const above = parts.slice(0, -1).reduce((n, p) => n + this.rowsOf(p.width), 0);
    const endRow = this.rowsOf(last.width) - 1;
    // A line that exactly fills its rows leaves the cursor at the end of the last one.
    const targetRow = Math.min(Math.floor(cursorAt / this.term.cols), this.rowsOf(Math.max(last.width, cursorAt + 1)) - 1);
    const up = endRow - targetRow;
    if (up > 0) out += `\x1b[${up}A`;
    else if (up < 0) out += `\r\n`.repeat(-up);
    out += `\x1b[${(cursorAt % this.term.cols) + 1}G`;
    this.term.write(out);
    this.liveRows = above + Math.max(endRow, targetRow) + 1;
    this.cursorRow = above + targetRow;
  }
}
