// A plain line-mode terminal front end on node:readline: the prompt, line
// editing and Up/Down history that readline gives, Ctrl-C abandons the line,
// Ctrl-D leaves a WPAR or quits. Simulated delays are not played here. The
// full Ink shell (banner, completion, Ctrl-R, streaming output) is the
// interactive-shell issue; this keeps `npm start` usable until then.

import { createInterface } from 'node:readline';
import { runLine } from '../engine/run-line.js';
import { realClock, Session } from '../engine/session.js';
import type { Store } from '../store/store.js';
import { motd } from '../commands/lib/motd.js';
import { castText, type Cast } from '../record/cast.js';
import { LiveRecorder } from '../record/live.js';
import { writeAtomic } from '../replay/load.js';

export async function interactiveShell(store: Store, recordTo?: string): Promise<number> {
  const session = new Session(await store.load(), { clock: realClock(Date.now), interactive: true });
  const stopRecording = recordTo !== undefined ? startRecording() : undefined;
  const { osVersion, osRelease } = session.world.lpar;
  process.stdout.write([...motd(`${osVersion}.${osRelease}`), BANNER_LINE, ''].join('\n') + '\n');
  const status = await lineShell(store, session);
  if (stopRecording && recordTo !== undefined) {
    try {
      await writeAtomic(recordTo, castText(stopRecording()));
    } catch (e) {
      process.stderr.write(`wparsim: ${recordTo}: cannot write the recording (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  }
  return status;
}

/**
 * Records what the terminal shows and the keys typed, from now until the
 * returned function is called (which gives the cast). Output is taken where
 * it enters the terminal, so readline's echo and line editing are in it too.
 */
function startRecording(): () => Cast {
  const recorder = new LiveRecorder(Date.now(), Date.now);
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    recorder.output(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  const onKey = (d: Buffer | string) => recorder.input(d.toString());
  process.stdin.on('data', onKey);
  return () => {
    process.stdout.write = original;
    process.stdin.off('data', onKey);
    return recorder.cast(process.stdout.columns || 80, process.stdout.rows || 24, process.env['TERM'] ?? 'xterm-256color');
  };
}

export const BANNER_LINE = 'wparsim: a simulated AIX LPAR with workload partitions. Type help for what works here.';

function lineShell(store: Store, session: Session): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000 });
  let reported = false;
  const save = async () => {
    try {
      await store.save(session.world);
    } catch (e) {
      if (!reported) process.stderr.write(`wparsim: could not save the world to ${store.path}: ${(e as Error).message}\n`);
      reported = true;
    }
  };

  return new Promise<number>((resolve) => {
    const ask = () => {
      rl.setPrompt(session.prompt());
      rl.prompt();
    };
    // Saves run one after another in the background so that the prompt comes back at once,
    // even for lines typed ahead; the last save is awaited before leaving.
    let saving = Promise.resolve();
    rl.on('line', (line) => {
      const step = runLine(session, line);
      if (step.clear) process.stdout.write('\x1b[H\x1b[2J');
      for (const c of step.chunks) (c.stream === 'out' ? process.stdout : process.stderr).write(c.text);
      if (step.worldChanged) saving = saving.then(save);
      if (step.exited !== undefined) {
        const status = step.exited;
        void saving.then(() => { rl.close(); resolve(status); });
      } else {
        ask();
      }
    });
    rl.on('SIGINT', () => {
      process.stdout.write('^C\n');
      rl.write(null, { ctrl: true, name: 'u' });
      ask();
    });
    rl.on('close', () => {
      if (session.exited !== undefined) return;
      if (session.frames.length > 1) {
        // Ctrl-D inside a WPAR: like exit, back to the global shell.
        process.stdout.write('\n');
        runLine(session, 'exit');
        resolve(saving.then(() => lineShell(store, session)));
        return;
      }
      process.stdout.write('\n');
      resolve(saving.then(() => session.lastStatus));
    });
    ask();
  });
}
