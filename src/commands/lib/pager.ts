// Paging as more and pg do it at a terminal, pure: the text goes out a
// screenful at a time (into the scrollback, as on a real terminal) and a
// prompt waits at the bottom. more: "--More--(NN%)" (the share of the text
// shown), Space the next screen, Enter the next line, d half a screen, q to
// stop; it ends by itself at the end of the text. pg: ":" (then "(EOF):" at
// the end, where it waits), Enter or Space the next screen, l the next line,
// $ the last screen, q to stop. Not simulated: going back (b, -), searching.
// Prompts RECALLED from AIX more and pg.

import type { CommandContext, CommandResult } from '../../engine/contract.js';
import type { ViKey } from '../vi/editor.js';
import { filterInput } from './files.js';
import { errLine } from './output.js';

export interface PagerState {
  lines: readonly string[];
  /** How many lines are on the screen so far. */
  at: number;
  style: 'more' | 'pg';
  done: boolean;
}

const chars = (lines: readonly string[], n: number): number => lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);

/** Shows up to n more lines; more ends at the end of the text, pg waits at "(EOF):". */
function forward(s: PagerState, n: number): { state: PagerState; print: string[] } {
  const print = s.lines.slice(s.at, s.at + n);
  const at = s.at + print.length;
  return { state: { ...s, at, done: s.style === 'more' && at >= s.lines.length }, print };
}

export function startPager(text: string, style: 'more' | 'pg', rows: number): { state: PagerState; print: string[] } {
  const lines = text.replace(/\n$/, '').split('\n');
  return forward({ lines, at: 0, style, done: false }, Math.max(1, rows - 1));
}

export function pagerKey(s: PagerState, k: ViKey, rows: number): { state: PagerState; print: string[] } {
  const page = Math.max(1, rows - 1);
  const key = k.kind === 'text' ? k.text[0] : k.name;
  if (key === 'q' || key === 'Q' || key === 'ctrl-c' || key === 'ctrl-d') return { state: { ...s, done: true }, print: [] };
  const atEnd = s.at >= s.lines.length;
  if (s.style === 'pg' && atEnd && (key === 'enter' || key === ' ')) return { state: { ...s, done: true }, print: [] };
  switch (key) {
    case ' ':
      return forward(s, page);
    case 'enter':
      return forward(s, s.style === 'more' ? 1 : page);
    case 'j':
    case 'l':
      return forward(s, 1);
    case 'd':
      return forward(s, Math.ceil(page / 2));
    case '$':
      return s.style === 'pg' ? forward(s, Math.max(0, s.lines.length - s.at)) : { state: s, print: [] };
    default:
      return { state: s, print: [] };
  }
}

/** The prompt under the text. */
export function pagerPrompt(s: PagerState): string {
  if (s.style === 'pg') return s.at >= s.lines.length ? '(EOF):' : ':';
  const total = chars(s.lines, s.lines.length);
  return `--More--(${Math.floor((chars(s.lines, s.at) * 100) / Math.max(1, total))}%)`;
}

/** What more and pg share: the files' text, paged at a terminal or written out. */
export function pageText(ctx: CommandContext, name: string, style: 'more' | 'pg'): CommandResult {
  const files = ctx.argv.slice(1).filter((a) => !a.startsWith('-') && !a.startsWith('+'));
  const { text, errors } = filterInput(ctx, name, files);
  const status = errors.length ? 2 : 0;
  const err = errors.map(errLine);
  if (ctx.terminal && text !== '') return { out: err, status, effects: [{ kind: 'screen', screen: { kind: 'page', text, style } }] };
  return { out: [...err, ...(text ? [{ text, stream: 'out' as const }] : [])], status };
}
