// The T state another wparsim sees while a line plays its output in the
// interactive shell (host begin/commit/abandon, world/wpars.ts inTransition).

import test from 'ava';
import { REPLAY_EPOCH, simulatedClock } from '../src/engine/session.js';
import { Host } from '../src/host/host.js';
import { MemoryStore } from '../src/host/memory-store.js';
import { createWpar } from '../src/world/wpars.js';

const states = async (store: MemoryStore) => (await store.load()).wpars.map((w) => `${w.name}:${w.state}`);
const shell = (store: MemoryStore, at = REPLAY_EPOCH) => Host.open(store, { clock: simulatedClock(at), interactive: true });
const text = (chunks: { text: string }[]) => chunks.map((c) => c.text).join('');

test('another wparsim sees T while the line plays, then the state the line left', async (t) => {
  const store = new MemoryStore();
  const a = await shell(store);
  const made = await a.begin('mkwpar -n w1');
  t.deepEqual(made.transit, ['w1']);
  t.deepEqual(await states(store), ['w1:T']);
  const b = await shell(store);
  t.regex(text((await b.run('lswpar')).chunks), /^w1 +T +S /m);
  t.regex(text((await b.run('startwpar w1')).chunks), /0960-231 Workload partition w1 is not in the 'Defined' state/);
  await a.commit(made);
  t.deepEqual(await states(store), ['w1:D']);
  t.is((await store.load()).wpars[0]!.settles, undefined);
  // (The memory store is one process's: a wparsim started now reads it.)
  t.regex(text((await (await shell(store)).run('lswpar')).chunks), /^w1 +D +S /m);
});

test('Ctrl-C while it plays puts the store back as it was before the line', async (t) => {
  const store = new MemoryStore();
  const a = await shell(store);
  await a.commit(await a.begin('mkwpar -n w1'));
  const starting = await a.begin('startwpar w1');
  t.deepEqual(await states(store), ['w1:T']);
  a.abandon(starting);
  await a.settled();
  t.deepEqual(await states(store), ['w1:D']);
  t.deepEqual(
    a.session.world.wpars.map((w) => w.state),
    ['D'],
  );
});

test("a change another wparsim saved meanwhile is kept with the line's own", async (t) => {
  const store = new MemoryStore();
  const a = await shell(store);
  await a.commit(await a.begin('mkwpar -n w1'));
  const removing = await a.begin('rmwpar w1');
  t.deepEqual(await states(store), ['w1:T']);
  const other = createWpar(await store.load(), { name: 'w2' }, REPLAY_EPOCH);
  if (!other.ok) return t.fail();
  store.writeElsewhere(other.value.world);
  const told: string[] = [];
  a.tell = (s) => told.push(s);
  await a.commit(removing);
  t.deepEqual(await states(store), ['w2:D']);
  t.regex(told.join('\n'), /with your command's change/);
});

test('a transition whose shell was killed is over once its time has passed', async (t) => {
  const store = new MemoryStore();
  const a = await shell(store);
  await a.begin('mkwpar -n w1');
  t.deepEqual(await states(store), ['w1:T']);
  const soon = await shell(store, REPLAY_EPOCH + 1000);
  t.is(soon.session.world.wpars[0]!.state, 'T');
  const later = await shell(store, REPLAY_EPOCH + 10 * 60_000);
  t.is(later.session.world.wpars[0]!.state, 'D');
  t.is(later.session.world.wpars[0]!.settles, undefined);
});
