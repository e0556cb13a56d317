import test from 'ava';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store, StoreError, storePath } from '../src/store/store.js';
import { SCHEMA_VERSION } from '../src/store/schema.js';
import { factoryWorld } from '../src/world/factory.js';
import { createWpar } from '../src/world/wpars.js';

const tmp = () => mkdtemp(join(tmpdir(), 'wparsim-store-'));

test('store path: option, then WPARSIM_STORE, then XDG_STATE_HOME, then ~/.local/state', (t) => {
  t.is(storePath('/a.json', { WPARSIM_STORE: '/b.json' }, '/home/u'), '/a.json');
  t.is(storePath(undefined, { WPARSIM_STORE: '/b.json', XDG_STATE_HOME: '/x' }, '/home/u'), '/b.json');
  t.is(storePath(undefined, { XDG_STATE_HOME: '/x' }, '/home/u'), '/x/wparsim/world.json');
  t.is(storePath(undefined, {}, '/home/u'), '/home/u/.local/state/wparsim/world.json');
});

test('no store yet: the factory world; save then load round-trips, with a schema version', async (t) => {
  const dir = await tmp();
  const store = new Store(join(dir, 'sub', 'world.json'));
  t.deepEqual(await store.load(), factoryWorld());
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  await store.save(c.value.world);
  t.deepEqual(await store.load(), c.value.world);
  const raw = JSON.parse(await readFile(store.path, 'utf8'));
  t.is(raw.schemaVersion, SCHEMA_VERSION);
  t.deepEqual(await readdir(join(dir, 'sub')), ['world.json'], 'no temporary file is left behind');
});

const damaged: [string, string | null, RegExp][] = [
  ['not JSON', '{"schemaVersion": 1, "world": ', /is not valid JSON/],
  ['empty', '', /is empty/],
  ['no schema version', '{"world": {}}', /is not a wparsim store/],
  ['a future schema', JSON.stringify({ schemaVersion: 99, world: factoryWorld() }), /newer wparsim \(schema version 99/],
  ['a wrong shape', JSON.stringify({ schemaVersion: 1, world: { ...factoryWorld(), wpars: [{ name: 3 }] } }), /does not hold a valid world \(world\.wpars\[0\]\.name is not a string\)/],
  ['a directory', null, /is a directory/],
];

for (const [what, content, message] of damaged) {
  test(`a damaged store (${what}) is reported, named, and left exactly as it was`, async (t) => {
    const dir = await tmp();
    const path = join(dir, 'world.json');
    if (content === null) await mkdir(path);
    else await writeFile(path, content);
    const err = await t.throwsAsync(new Store(path).load(), { instanceOf: StoreError });
    t.regex(err!.message, message);
    t.true(err!.message.includes(path));
    t.regex(err!.message, /wparsim reset/);
    if (content !== null) t.is(await readFile(path, 'utf8'), content);
  });
}

test('reset keeps the old file as a backup and writes the factory world', async (t) => {
  const dir = await tmp();
  const path = join(dir, 'world.json');
  await writeFile(path, 'garbage that must survive');
  const backup = await new Store(path).reset(new Date(Date.UTC(2026, 10, 25, 12, 0, 0)));
  t.is(backup, `${path}.bak-2026-11-25T12-00-00-000Z`);
  t.is(await readFile(backup!, 'utf8'), 'garbage that must survive');
  t.deepEqual(await new Store(path).load(), factoryWorld());
});
