// The interactive shell's keys are read by a worker thread, not by the main
// thread that runs the engine. While a line computes, the main thread is busy
// and cannot read the terminal; the worker can, so Ctrl-C reaches the engine
// through shared memory (the Interrupter the host gives the engine) and the
// line stops at the engine's next check, within a few milliseconds. Every
// other key is passed on to Ink through a stream that stands in for stdin.
//
// The last resort: a line that does not stop within a second of Ctrl-C
// (only a bug in wparsim can do that) ends the whole program, so that a
// learner is never left with a frozen terminal. Nothing is lost: the world
// a line changes is saved only after the line is over.

import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Interrupter } from '../host/host.js';

/** Slots in the shared memory: Ctrl-C was pressed; a line is running; which line (for the last resort). */
const PRESSED = 0;
const ARMED = 1;
const LINE = 2;

/** How long a line may go on after Ctrl-C before the program ends. */
export const LAST_RESORT_MS = 1000;

// The worker, as CommonJS source (it is not bundled: it must start fast and needs nothing of ours).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { ReadStream } = require('node:tty');
const { writeSync } = require('node:fs');
const flags = new Int32Array(workerData.shared);
const keys = new ReadStream(0);
keys.setRawMode(true);
keys.on('data', (data) => {
  const at = data.indexOf(3);
  if (at >= 0 && Atomics.load(flags, ${ARMED}) === 1) {
    // Ctrl-C while a line runs: the line stops; what was typed before it is kept, what came after it in the same read is dropped (as the tty driver flushes input on an interrupt).
    if (at > 0) parentPort.postMessage(data.subarray(0, at));
    Atomics.store(flags, ${PRESSED}, 1);
    const line = Atomics.load(flags, ${LINE});
    setTimeout(() => {
      if (Atomics.load(flags, ${ARMED}) !== 1 || Atomics.load(flags, ${LINE}) !== line) return;
      keys.setRawMode(false);
      writeSync(2, '\\x1b[?25h\\r\\nwparsim: the command did not stop at Ctrl-C, so wparsim ended. Your world is as it was before that command.\\r\\n');
      // While a line runs the main thread has no SIGTERM listener (see arm()), so Node restores the terminal and ends.
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => process.kill(process.pid, 'SIGKILL'), 500).unref();
    }, ${LAST_RESORT_MS}).unref();
    return;
  }
  parentPort.postMessage(data);
});
parentPort.on('message', (m) => {
  if (m.raw !== undefined) keys.setRawMode(m.raw);
  if (m.stop) {
    keys.setRawMode(false);
    keys.destroy();
    parentPort.close();
  }
});
`;

export interface KeyReader {
  /** Stands in for process.stdin: give it to Ink. */
  readonly stdin: NodeJS.ReadStream;
  readonly interrupter: Interrupter;
  /** Gives the terminal back (raw mode off) and ends the worker. */
  close(): Promise<void>;
}

// Listeners for SIGTERM and SIGHUP (Ink's clean-up) run only when the main thread is idle; while a line computes they
// are set aside, so that those signals end the program at once (Node restores the terminal's mode) rather than
// after the line. The world a line changes is saved only after the line, so nothing half-done is kept.
const SIGNALS = ['SIGTERM', 'SIGHUP'] as const;
const asideListeners = new Map<string, NodeJS.SignalsListener[]>();

function setSignalsAside(): void {
  for (const signal of SIGNALS) {
    const listeners = process.listeners(signal);
    asideListeners.set(signal, listeners);
    for (const l of listeners) process.removeListener(signal, l);
  }
}

function putSignalsBack(): void {
  for (const [signal, listeners] of asideListeners) for (const l of listeners) process.on(signal, l);
  asideListeners.clear();
}

/** Starts reading keys (raw mode, no echo) at once: what is typed before the prompt is drawn is kept. */
export function startKeyReader(): KeyReader {
  // Raw at once, before the worker (which takes a moment to start) takes the keys: typed early, Enter is still CR and nothing is echoed.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const flags = new Int32Array(shared);
  const worker = new Worker(WORKER, { eval: true, workerData: { shared }, stdin: false, stdout: false, stderr: false });
  const stream = new PassThrough() as unknown as PassThrough & NodeJS.ReadStream;
  Object.assign(stream, {
    isTTY: true,
    isRaw: true,
    setRawMode: (raw: boolean) => {
      worker.postMessage({ raw });
      return stream;
    },
    // Ink refs and unrefs its stdin; the worker keeps the program alive until close().
    ref: () => stream,
    unref: () => stream,
  });
  worker.on('message', (data: Uint8Array) => stream.write(Buffer.from(data)));
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stdin: stream,
    interrupter: {
      arm: () => {
        Atomics.store(flags, PRESSED, 0);
        Atomics.add(flags, LINE, 1);
        Atomics.store(flags, ARMED, 1);
        setSignalsAside();
      },
      pressed: () => Atomics.load(flags, PRESSED) === 1,
      disarm: () => {
        Atomics.store(flags, ARMED, 0);
        putSignalsBack();
        return Atomics.exchange(flags, PRESSED, 0) === 1;
      },
    },
    close: async () => {
      worker.postMessage({ stop: true });
      await ended;
    },
  };
}
