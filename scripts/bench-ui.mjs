// The interactive shell's speed (run by npm run bench):
// 1. keystroke to updated screen with 10,000 lines of scrollback (goal < 16 ms):
//    the real Ink app on in-memory terminal streams, timed from the key to the
//    frame Ink writes;
// 2. start to first prompt on a pseudo-terminal, as a ratio to `node -e 0`
//    under the same pseudo-terminal (goal < 3x);
// 3. Ctrl-C to the prompt while a line computes (goal < 200 ms), on a
//    pseudo-terminal: the key is read by ui/key-reader.ts's worker.

import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { render } from 'ink';
import { createElement } from 'react';

const { App } = await import('../dist/lib/ui/app.js');
const { simulatedClock } = await import('../dist/lib/engine/session.js');
const { Host } = await import('../dist/lib/host/host.js');
const { MemoryStore } = await import('../dist/lib/host/memory-store.js');
const { noProgress } = await import('../dist/lib/lessons/progress.js');
const { factoryWorld } = await import('../dist/lib/world/factory.js');

class Stdout extends EventEmitter {
  columns = 100;
  rows = 30;
  isTTY = true;
  onWrite = () => {};
  write(data) {
    this.onWrite(String(data));
    return true;
  }
}
class Stdin extends EventEmitter {
  isTTY = true;
  data = null;
  send(data) {
    this.data = data;
    this.emit('readable');
  }
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function keystrokes() {
  const stdout = new Stdout();
  const stdin = new Stdin();
  const host = new Host(factoryWorld(), noProgress(), { clock: simulatedClock(0), interactive: true, store: new MemoryStore() });
  const initialLines = Array.from({ length: 10000 }, (_, i) => `scrollback line ${i} ${'-'.repeat(i % 60)}`);
  const app = render(
    createElement(App, {
      host,
      history: null,
      speed: 'instant',
      color: true,
      onExit: () => {},
      clearScreen: () => {},
      initialLines,
    }),
    { stdout, stdin, stderr: stdout, exitOnCtrlC: false, patchConsole: false, maxFps: 120 },
  );
  await new Promise((r) => setTimeout(r, 300));
  const times = [];
  for (let i = 0; i < 200; i++) {
    const key = i % 20 === 19 ? '\x15' : 'abcdefghij'[i % 10]; // type, and clear the line now and then
    const frame = new Promise((resolve) => {
      stdout.onWrite = () => resolve(performance.now());
    });
    const t0 = performance.now();
    stdin.send(key);
    times.push((await frame) - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  app.unmount();
  return times;
}

function firstOutput(command, seen) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qec', `stty cols 100 rows 30; ${command}`, '/dev/null'], {
      env: { ...process.env, WPARSIM_STORE: join(mkdtempSync(join(tmpdir(), 'wparsim-bench-ui-')), 'world.json') },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    let t1 = 0;
    child.stdout.on('data', (d) => {
      out += d;
      if (!t1 && seen(out)) {
        t1 = performance.now() - t0;
        child.kill('SIGKILL');
      }
    });
    child.on('close', () => (t1 ? resolve(t1) : reject(new Error(`not seen in: ${JSON.stringify(out)}`))));
  });
}

const times = await keystrokes();
console.log(`keystroke to screen with 10,000 lines of scrollback: median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms (goal < 16 ms)`);

const base = [];
const prompt = [];
const ink = [];
// Ink's first frame comes after the plain prompt is erased ("\r\x1b[2K").
const inkDrawn = (out) => {
  const i = out.indexOf('\r\x1b[2K');
  return i >= 0 && out.slice(i).includes('aixlpar1:/ #');
};
for (let i = 0; i < 15; i++) {
  base.push(await firstOutput(`${process.execPath} -e "process.stdout.write('ready')"`, (o) => o.includes('ready')));
  prompt.push(await firstOutput(`${process.execPath} dist/cli.cjs`, (o) => o.includes('aixlpar1:/ # ')));
  ink.push(await firstOutput(`${process.execPath} dist/cli.cjs`, inkDrawn));
}
const ratio = median(prompt) / median(base);
console.log(
  `first prompt on a pty: ${median(prompt).toFixed(0)} ms against ${median(base).toFixed(0)} ms for node -e on the same pty, ratio ${ratio.toFixed(2)}x (goal < 3x); Ink takes over the line at ${median(ink).toFixed(0)} ms (${(median(ink) / median(base)).toFixed(2)}x)`,
);

/** Ctrl-C while a line computes: from the key to "^C" and the next prompt on the screen. */
function interruptOnce() {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `stty cols 200 rows 30; ${process.execPath} dist/cli.cjs`, '/dev/null'], {
      env: { ...process.env, WPARSIM_STORE: join(mkdtempSync(join(tmpdir(), 'wparsim-bench-ui-')), 'world.json') },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const slow = `A=xy; ${Array.from({ length: 23 }, () => 'A=$A$A').join('; ')}; ${Array.from({ length: 5 }, () => "echo $A | grep -c -E '(x|y)*z'").join('; ')}`;
    let out = '';
    let stage = 'start';
    let pressed = 0;
    child.stdout.on('data', (d) => {
      out += d;
      if (stage === 'start' && inkDrawn(out)) {
        stage = 'typed';
        child.stdin.write(`${slow}\r`);
        // Long enough for the line to be computing; it computes for seconds.
        setTimeout(() => {
          stage = 'pressed';
          out = '';
          pressed = performance.now();
          child.stdin.write('\x03');
        }, 700);
      } else if (stage === 'pressed' && /\^C[\s\S]*aixlpar1:\/ #/.test(out)) {
        stage = 'done';
        resolve(performance.now() - pressed);
        child.kill('SIGKILL');
      }
    });
    child.on('close', () => stage !== 'done' && reject(new Error(`no prompt after Ctrl-C: ${JSON.stringify(out.slice(-300))}`)));
  });
}
const stops = [];
for (let i = 0; i < 7; i++) stops.push(await interruptOnce());
console.log(`Ctrl-C while a line computes, to the prompt: median ${median(stops).toFixed(0)} ms, worst ${Math.max(...stops).toFixed(0)} ms (goal < 200 ms)`);
