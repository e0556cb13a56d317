// Replays a parsed session file on a fresh world with the replay clock,
// through the host (src/host) like every front end, and
// renders the result in the same format, so that a file is verified by
// comparing whole texts. `## exit: N` lines are regenerated after every
// command whose status is not 0 (and kept where the file asserts a 0);
// `## expect-prompt:` is kept where the prompt matches and rewritten to the
// actual prompt where it does not, so a mismatch shows in the diff.
// The timeline (commands, markers, pauses) feeds the asciicast recorder.

import type { Chunk } from '../engine/contract.js';
import { REPLAY_EPOCH, simulatedClock } from '../engine/session.js';
import type { Item } from '../format/session-file.js';
import { Host } from '../host/host.js';
import { noProgress } from '../lessons/progress.js';
import type { World } from '../world/types.js';

export type Moment = { kind: 'command'; prompt: string; text: string; chunks: Chunk[]; status: number; clear: boolean } | { kind: 'marker'; text: string } | { kind: 'pause'; seconds: number };

export interface Replay {
  /** The session file as it would be with the actual output. */
  rendered: string;
  /** The transcript as a terminal shows it: prompt and command, then output. */
  transcript: string;
  timeline: Moment[];
  /** The prompt after the last command. */
  finalPrompt: string;
}

export interface ReplayOptions {
  rethrow?: boolean;
  /** What to build (all by default): a long session needs only what its caller uses. */
  want?: { rendered?: boolean; transcript?: boolean; timeline?: boolean };
  /** Receives the transcript command by command instead of building it (then `transcript` is ""). */
  onTranscript?: (text: string) => void;
}

export function replay(items: readonly Item[], world: World, options: ReplayOptions = {}): Replay {
  // The host without a store: a session file may use explain (a tutorial showing what a command would do); it takes no lessons.
  const host = new Host(world, noProgress(), { clock: simulatedClock(REPLAY_EPOCH), interactive: true, rethrow: options.rethrow ?? false });
  const { session } = host;
  const want = { rendered: true, transcript: true, timeline: true, ...options.want };
  const out: string[] = [];
  const transcript: string[] = [];
  const timeline: Moment[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'directive') {
      if (item.key === 'exit') continue;
      if (item.key === 'expect-prompt') {
        const actual = session.prompt().trimEnd();
        if (want.rendered) out.push(item.value === actual ? item.raw : `## expect-prompt: ${actual}`);
        continue;
      }
      if (want.timeline && item.key === 'marker') timeline.push({ kind: 'marker', text: item.value });
      if (want.timeline && item.key === 'pause') timeline.push({ kind: 'pause', seconds: Number(item.value) });
      if (want.rendered) out.push(item.raw);
      continue;
    }
    if (session.exited !== undefined) break;
    const { step } = host.step(item.text);
    let text = '';
    for (const c of step.chunks) text += c.text;
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    // A command over several lines shows its later lines after ksh's "> " prompt (PS2).
    const typed = item.text.replace(/\n/g, '\n> ');
    // A password typed at a question is not shown (as it is not at the terminal); the session file keeps it.
    const shown = step.hidden ? '' : typed;
    if (want.rendered) {
      out.push(item.text === '' ? '$' : `$ ${typed}`);
      if (text !== '') out.push(text.slice(0, -1));
      const next = items[i + 1];
      const asserted = next?.kind === 'directive' && next.key === 'exit';
      if (step.status !== 0 || asserted) out.push(`## exit: ${step.status}`);
    }
    if (options.onTranscript) options.onTranscript(step.prompt + shown + '\n' + text);
    else if (want.transcript) transcript.push(step.prompt + shown + '\n' + text);
    if (want.timeline) timeline.push({ kind: 'command', prompt: step.prompt, text: step.hidden ? '' : item.text, chunks: step.chunks, status: step.status, clear: step.clear });
  }
  return {
    rendered: out.length ? out.join('\n') + '\n' : '',
    transcript: transcript.join(''),
    timeline,
    finalPrompt: session.prompt(),
  };
}
