// The store's lock (src/store/lock.ts): one holder at a time; a lock whose
// owner died is taken over at once instead of stalling the next command; a
// lock of a live process is waited for.

import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { lock } from '../src/store/lock.js';

const tmp = () => mkdtemp(join(tmpdir(), 'wparsim-lock-'));

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('a lock whose owner died is taken over, and released leaves nothing behind', async (t) => {
  const dir = await tmp();
  const store = join(dir, 'world.json');
  await mkdir(`${store}.lock`);
  await writeFile(`${store}.lock/owner`, `${deadPid()}\n${hostname()}\n`);
  const release = await lock(store);
  t.truthy(release);
  await release!();
  t.deepEqual(await readdir(dir), []);
});

test('a live owner is waited for: the second lock comes only after the first is released', async (t) => {
  const store = join(await tmp(), 'world.json');
  const first = await lock(store);
  const order: string[] = [];
  const second = lock(store).then((r) => {
    order.push('second');
    return r;
  });
  await new Promise((r) => setImmediate(r));
  order.push('released');
  await first!();
  await (await second)!();
  t.deepEqual(order, ['released', 'second']);
});

test('a lock of another host is never taken over as dead', async (t) => {
  const store = join(await tmp(), 'world.json');
  await mkdir(`${store}.lock`);
  await writeFile(`${store}.lock/owner`, `${deadPid()}\nsome-other-host\n`);
  // Still waiting after 300 ms (it would have taken a dead local owner's lock at once); then the wait is given up.
  const stop = new AbortController();
  const waiting = lock(store, stop.signal);
  const got = await Promise.race([waiting, new Promise((r) => setTimeout(() => r('waiting'), 300))]);
  t.is(got, 'waiting');
  stop.abort();
  t.is(await waiting, null);
});

test('no lock can be made in a directory that is not there or not writable: null, at once', async (t) => {
  t.is(await lock('/proc/wparsim-no/world.json'), null);
});
