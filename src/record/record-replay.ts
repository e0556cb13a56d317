// Turns a replay timeline into a cast that looks typed by a person: each
// command is typed key by key at --typing-speed characters per second with a
// small jitter from a fixed seed (so the same session gives the same bytes),
// its output appears with its simulated delays scaled to fit a few seconds
// (a minutes-long mkwpar streams for about 3 s) and no single wait longer
// than --idle-limit seconds, markers become "m" events and `## pause:` holds the screen.

import { visible } from '../format/visible.js';
import type { Moment } from '../replay/runner.js';
import type { Cast, CastEvent } from './cast.js';

export interface RecordOptions {
  width: number;
  height: number;
  /** Unix seconds for the header (fixed for replays). */
  timestamp: number;
  title?: string;
  /** Characters per second. */
  typingSpeed: number;
  /** The longest wait, in seconds, that output may show. */
  idleLimit: number;
  seed: number;
}

export const RECORD_DEFAULTS = { width: 100, height: 30, typingSpeed: 14, idleLimit: 2, seed: 0x5eed };

/** A long operation (mkwpar takes minutes) streams its output over about this many seconds. */
export const COMMAND_BUDGET_SECONDS = 3;

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A terminal turns "\n" into "\r\n" (onlcr); casts record what the terminal received. */
export const toTerminal = (text: string) => text.replace(/\r?\n/g, '\r\n');

export function recordReplay(timeline: readonly Moment[], finalPrompt: string, o: RecordOptions): Cast {
  const random = prng(o.seed);
  const events: CastEvent[] = [];
  let t = 0;
  const emit = (code: CastEvent[1], data: string) => events.push([t, code, data]);
  const perChar = 1 / o.typingSpeed;
  let first = true;
  for (const m of timeline) {
    if (m.kind === 'marker') {
      emit('m', visible(m.text));
      continue;
    }
    if (m.kind === 'pause') {
      t += m.seconds;
      continue;
    }
    if (!first) t += 0.2;
    emit('o', m.prompt);
    first = false;
    t += 0.6 + random() * 0.4; // a moment to read the prompt
    // The session file's text and what it printed, with control characters made visible (a shared file); clear stays a clear.
    for (const ch of visible(m.text)) {
      t += perChar * (0.5 + random());
      // A command over several lines: Enter, then ksh's "> " prompt (PS2) for the next one.
      emit('i', ch === '\n' ? '\r' : ch);
      emit('o', ch === '\n' ? '\r\n> ' : ch);
    }
    t += 0.25 + random() * 0.2;
    emit('i', '\r');
    emit('o', '\r\n');
    if (m.clear) emit('o', '\x1b[H\x1b[2J');
    // Keep the rhythm of the simulated delays but fit the whole command into the budget.
    const total = m.chunks.reduce((sum, c) => sum + (c.delayMs ?? 0), 0) / 1000;
    const scale = total > COMMAND_BUDGET_SECONDS ? COMMAND_BUDGET_SECONDS / total : 1;
    for (const c of m.chunks) {
      t += Math.min(((c.delayMs ?? 0) / 1000) * scale, o.idleLimit);
      emit('o', toTerminal(visible(c.text)));
    }
  }
  t += 0.2;
  emit('o', finalPrompt);
  const header: Cast['header'] = {
    version: 2,
    width: o.width,
    height: o.height,
    timestamp: o.timestamp,
    ...(o.title ? { title: o.title } : {}),
    idle_time_limit: o.idleLimit,
    env: { SHELL: '/usr/bin/ksh', TERM: 'xterm-256color' },
  };
  return { header, events };
}
