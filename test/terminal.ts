// A real terminal for tests: wparsim in tmux, keys sent with send-keys, the
// screen read with capture-pane. .ci/run installs tmux when it is missing.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let opened = 0;

/** A terminal running wparsim on its own store, or on `sharedStore` (two shells on one store); `program` runs instead of wparsim. */
export async function terminal(width: number, height: number, cliArgs = '', sharedStore?: string, program = `${process.execPath} dist/cli.cjs ${cliArgs}`) {
  const socket = `wparsim-test-${process.pid}-${width}-${++opened}`;
  const store = sharedStore ?? join(await mkdtemp(join(tmpdir(), 'wparsim-tmux-')), 'world.json');
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  tmux(
    'new-session',
    '-d',
    '-s',
    'w',
    '-x',
    String(width),
    '-y',
    String(height),
    // CI=true as on a CI machine: the interactive shell must still draw live (Ink's CI mode would not).
    `CI=true WPARSIM_STORE=${store} WPARSIM_SPEED=fast ${program}; echo "EXIT=$?"; sleep 30`,
  );
  const socketPath = tmux('display-message', '-p', '#{socket_path}').trim();
  const screen = () => tmux('capture-pane', '-t', 'w', '-p').replace(/\s+$/, '');
  const waitFor = async (what: string | RegExp, ms = 15000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const s = screen();
      if (typeof what === 'string' ? s.includes(what) : what.test(s)) return s;
      await pause(50);
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${screen()}`);
  };
  const keys = (...k: string[]) => tmux('send-keys', '-t', 'w', ...k);
  const resize = (x: number, y: number) => tmux('resize-window', '-t', 'w', '-x', String(x), '-y', String(y));
  const close = () => {
    try {
      tmux('kill-server');
    } catch {
      /* gone already */
    }
    rmSync(socketPath, { force: true });
  };
  /** The program in the terminal (the shell's child), or undefined once it ended. */
  const running = () => {
    const shell = tmux('display-message', '-p', '-t', 'w', '#{pane_pid}').trim();
    return readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(' ')[0] || undefined;
  };
  /** Sends the program a signal, as another process would. */
  const signal = (name: NodeJS.Signals) => process.kill(Number(running()), name);
  /** Whether the terminal shows its alternate screen (a full-screen program's). */
  const alternate = () => tmux('display-message', '-p', '-t', 'w', '#{alternate_on}').trim() === '1';
  /** CPU time (ms) used so far by the program in the terminal (the shell's child), from /proc. */
  const cpuMs = () => {
    const child = running();
    if (!child) return 0;
    // utime and stime are fields 14 and 15, in clock ticks (100 a second on Linux); the name (field 2) may hold spaces.
    const fields = readFileSync(`/proc/${child}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  return { screen, waitFor, keys, resize, close, store, cpuMs, signal, alternate };
}
