// Inputs that once broke wparsim (test/regressions/, copied from the
// project's shared list): each, piped into the built shell on a fresh store,
// ends by itself with no internal error, and leaves a store that loads.
// hang-on-piped-input.txt ended in `mv .. -K` from /tmp: moving / into
// /tmp/-K copied the whole tree into itself and never ended.

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { Store } from '../src/store/store.js';
import { run, session } from './helpers.js';

const DIR = 'test/regressions';

/** Runs the CLI on `input`; kills it after `ms` (a hang fails the test instead of stalling it). */
function pipe(input: Buffer, store: string, ms: number): Promise<{ status: number | null; err: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli.cjs', '--store', store], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, err, killed });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

test('every input that once broke wparsim ends by itself, with no internal error, and leaves a store that loads', async (t) => {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.txt'));
  t.true(files.length > 0);
  for (const f of files) {
    const store = join(await mkdtemp(join(tmpdir(), 'wparsim-regression-')), 'world.json');
    const r = await pipe(await readFile(join(DIR, f)), store, 60_000);
    t.false(r.killed, `${f} did not end by itself`);
    t.notRegex(r.err, /internal error|    at /, `${f}: ${r.err.slice(-500)}`);
    await t.notThrowsAsync(new Store(store).load(), `${f}: the store does not load`);
  }
});

test('a directory is never copied or moved into itself: refused, the world unchanged', (t) => {
  const s = session();
  run(s, 'mkdir -p /a/b');
  const before = s.world;
  for (const line of ['cp -r /a /a/b', 'mv /a /a/b', 'cd /tmp; mv .. /tmp/x', 'cp -r / /tmp/all']) {
    const r = run(s, line);
    t.is(r.status, 2, line);
    t.regex(r.err, /A parameter is not valid\.\n$/, line);
    t.is(s.world, before, line);
  }
});
