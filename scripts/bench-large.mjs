// npm run bench (issue 10): a world of 1,000 WPARs, each with a disk
// allocated and an extra namefs mount, half of them active: how long the store
// takes to load and save, how long `lswpar` takes on it, and the store's size.
// Goal (issue 15): load plus lswpar within 50 ms of the same on the factory world.

import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runLine } from '../dist/lib/engine/run-line.js';
import { REPLAY_EPOCH, Session, simulatedClock } from '../dist/lib/engine/session.js';
import { Store } from '../dist/lib/store/store.js';
import { factoryWorld } from '../dist/lib/world/factory.js';
import { createWpar, startWpar } from '../dist/lib/world/wpars.js';

const N = 1000;
let world = factoryWorld();
for (let i = 1; i <= N; i++) {
  const r = createWpar(
    world,
    {
      name: `w${i}`,
      networks: [{ interface: 'en0', address: `10.${(i >> 8) & 255}.${i & 255}.1`, netmask: '255.255.255.0' }],
      devices: [{ devname: `hdisk${1 + (i % 4)}` }],
      mounts: [{ directory: '/shared', vfs: 'namefs', dev: '/home' }],
    },
    REPLAY_EPOCH,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  world = r.value.world;
  if (i % 2 === 0) {
    const s = startWpar(world, `w${i}`, REPLAY_EPOCH);
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    world = s.value.world;
  }
}
const store = new Store(join(mkdtempSync(join(tmpdir(), 'wparsim-large-')), 'world.json'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const least = (xs) => Math.min(...xs);
const timed = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

/** Saves `w`, then times load and lswpar on it, 7 times: the medians. */
async function measure(w, expectLines) {
  const saves = [];
  const loads = [];
  const lists = [];
  const both = [];
  for (let i = 0; i < 7; i++) {
    saves.push(await timed(() => store.save(w)));
    let loaded;
    const load = await timed(async () => {
      loaded = await store.load();
    });
    const s = new Session(loaded, { clock: simulatedClock(REPLAY_EPOCH), interactive: false });
    let lines = 0;
    const list = await timed(() => {
      lines = runLine(s, 'lswpar')
        .chunks.map((c) => c.text)
        .join('')
        .split('\n').length;
    });
    if (lines < expectLines) throw new Error(`lswpar listed ${lines} lines`);
    loads.push(load);
    lists.push(list);
    both.push(load + list);
  }
  return { save: median(saves), load: median(loads), list: median(lists), both: median(both), best: least(both) };
}

const factory = await measure(factoryWorld(), 0);
const large = await measure(world, N);
const size = statSync(store.path).size;
console.log(
  `large world: ${N} WPARs (${N / 2} active, each with a disk and a namefs mount): load ${large.load.toFixed(1)} ms + lswpar ${large.list.toFixed(1)} ms = ${large.both.toFixed(1)} ms (best ${large.best.toFixed(1)}); the factory world ${factory.both.toFixed(1)} ms (best ${factory.best.toFixed(1)}): ${(large.both - factory.both).toFixed(1)} ms more (goal < 50 ms more); save ${large.save.toFixed(1)} ms; medians of 7; store ${(size / 1024 / 1024).toFixed(1)} MB`,
);
