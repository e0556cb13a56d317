// What the shell shows, as text both front ends draw (ui/live-line.tsx with
// Ink, web/terminal-view.ts with escape sequences): the welcome before the
// first prompt, a finished line, the progress line of a running operation,
// and the reverse-i-search line.

import { visible } from '../format/visible.js';
import { readFile } from '../world/fs.js';
import type { World } from '../world/types.js';
import type { EditorState } from './editor.js';

const BANNER_LINE = 'wparsim: a simulated AIX LPAR with workload partitions. Type help for what works here.';

/** What a new shell shows before its first prompt: the global /etc/motd (AIX's, or what the learner wrote there) and wparsim's line. */
export function welcome(world: World): string {
  const motd = readFile(world, '/etc/motd');
  return `${motd.ok ? visible(motd.value) : ''}${BANNER_LINE}\n\n`;
}

/** A finished line on the screen: a prompt line keeps its scope, which is coloured (green global, yellow inside a WPAR). */
export interface OutputLine {
  scope?: string;
  inWpar?: boolean;
  text: string;
}

/** A line running now: its label, the spinner's frame, and how far through its (simulated) time it is. */
export interface Running {
  label: string;
  frame: number;
  /** Simulated milliseconds shown so far, and in all. */
  elapsed: number;
  total: number;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const minutes = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

/** The progress line of a running operation: its spinner, then the rest. */
export const spinnerFrame = (r: Running): string => SPINNER[r.frame % SPINNER.length]!;
export const progressText = (r: Running): string => ` ${r.label}  (${minutes(r.elapsed)} of about ${minutes(r.total)} on a real system; Ctrl-C stops it)`;

/** The reverse-i-search line (Ctrl-R) in place of the prompt. */
export function searchText(s: EditorState): string {
  const search = s.search!;
  const match = search.match >= 0 ? s.history[search.match]! : '';
  return `${search.match < 0 && search.query !== '' ? '(failed reverse-i-search)' : '(reverse-i-search)'}\`${search.query}': ${match}`;
}
