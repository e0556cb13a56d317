// The interactive shell's start: the banner and a first prompt are written
// at once with plain output, keys typed meanwhile are held (raw mode, no
// echo), and Ink, which takes a while to load, then takes over the prompt
// line. Also: --record of the session, persistent history, the store saver.

import { realClock } from '../engine/session.js';
import { Host } from '../host/host.js';
import type { Catalogue } from '../lessons/catalogue.js';
import { type Cast, castText } from '../record/cast.js';
import { LiveRecorder } from '../record/live.js';
import { HistoryFile } from '../store/history.js';
import type { Store } from '../store/store.js';
import { writeAtomic } from '../store/temp-file.js';
import { scopeName } from '../world/scope.js';
import type { Speed } from './app.js';
import { startKeyReader } from './key-reader.js';
import { loadApp } from './load-app.js';
import { welcome } from './shell-text.js';

export interface ShellOptions {
  /** The lessons, read when first needed. */
  lessons: () => Catalogue;
  /** A line run before the first prompt (`wparsim lesson NAME` starts the lesson). */
  first?: string;
  recordTo?: string;
  speed: Speed;
  color: boolean;
}

const CLEAR = '\x1b[2J\x1b[3J\x1b[H';

export async function interactiveShell(store: Store, options: ShellOptions): Promise<number> {
  // Keys are read from here on (raw mode, no echo), by a worker thread, so Ctrl-C reaches a line that computes.
  const keyReader = startKeyReader();
  const recording = options.recordTo !== undefined ? startRecording() : undefined;
  const historyFile = HistoryFile.forStore(store.path);
  // Until Ink takes over, what the host says goes before the first prompt.
  let before = '';
  const host = await Host.open(store, {
    clock: realClock(Date.now),
    interactive: true,
    history: await historyFile.load(),
    lessons: options.lessons,
    interrupter: keyReader.interrupter,
    terminal: true,
    tell: (text) => {
      before += text + '\n';
    },
  });
  const { session } = host;
  // The login banner is the global /etc/motd (AIX's at first; whatever the learner wrote there later).
  before = welcome(session.world) + before;
  if (options.first !== undefined) {
    const step = await host.run(options.first);
    before += step.chunks.map((c) => c.text).join('');
  }
  const prompt = session.prompt();
  const scope = scopeName(session.frame.scope);
  const coloured = options.color && prompt.startsWith(scope) ? `\x1b[1;32m${scope}\x1b[0m${prompt.slice(scope.length)}` : prompt;
  process.stdout.write(before + coloured);

  // Ink draws nothing until exit when it thinks it runs in CI (is-in-ci reads
  // these variables when Ink loads); an interactive shell is at a terminal.
  for (const key of Object.keys(process.env)) {
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
  }
  const { mount, reflowReady } = await loadApp();
  await reflowReady;
  process.stdout.write('\r\x1b[2K');
  let status = 0;
  // Ink must forget the frame it drew before the screen is cleared, or it will not draw it again.
  let forget = () => {};
  const app = mount(keyReader.stdin, {
    host,
    history: historyFile,
    speed: options.speed,
    color: options.color,
    onExit: (s: number) => {
      status = s;
    },
    clearScreen: () => {
      forget();
      process.stdout.write(CLEAR);
    },
    ...(recording ? { onRawInput: recording.input } : {}),
  });
  forget = () => app.clear();
  await app.waitUntilExit();
  await keyReader.close();
  await host.settled();
  await historyFile.flush();
  if (recording && options.recordTo !== undefined) {
    try {
      await writeAtomic(options.recordTo, castText(recording.stop()));
    } catch (e) {
      process.stderr.write(`wparsim: ${options.recordTo}: cannot write the recording (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  // A change that could not be saved is a failure (as with -c), whatever the last command said.
  return host.saveFailed ? 3 : status;
}

/**
 * Records what the terminal shows (taken where it enters the terminal, so
 * Ink's redraws are in it) and the keys typed (handed over by the app, which
 * reads them), until stop() gives the cast.
 */
function startRecording(): { input: (data: string) => void; stop: () => Cast } {
  const recorder = new LiveRecorder(Date.now(), Date.now);
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    recorder.output(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  return {
    input: (data) => recorder.input(data),
    stop: () => {
      process.stdout.write = original;
      return recorder.cast(process.stdout.columns || 80, process.stdout.rows || 24, process.env['TERM'] ?? 'xterm-256color');
    },
  };
}
