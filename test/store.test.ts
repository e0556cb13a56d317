import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { REPLAY_EPOCH, simulatedClock } from '../src/engine/session.js';
import { Host } from '../src/host/host.js';
import { decodeWorld, encodeWorld } from '../src/store/codec.js';
import { storePath } from '../src/store/path.js';
import { SCHEMA_VERSION } from '../src/store/schema.js';
import { Store, StoreError } from '../src/store/store.js';
import { factoryWorld } from '../src/world/factory.js';
import { writeFile as fsWrite, makeDir, makeLink, setAttributes } from '../src/world/fs.js';
import { countNodes, flatten, treeFrom } from '../src/world/tree.js';
import type { FsNode, World } from '../src/world/types.js';
import { createWpar } from '../src/world/wpars.js';

/** A world as a version 1 store held it: each file system a flat table of nodes by path. */
const asVersion1 = (w: World) => ({ ...w, filesystems: Object.fromEntries(Object.entries(w.filesystems).map(([d, root]) => [d, flatten(root)])) });

const tmp = () => mkdtemp(join(tmpdir(), 'wparsim-store-'));

/** A WPAR as the store holds it (wpar1 made by mkwpar), renamed. */
function wparLike(name: string) {
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) throw new Error('mkwpar failed');
  return { ...encodeWorld(c.value.world).world.wpars[0]!, name };
}

/** The factory world as this version's store writes it. */
function storedFactory() {
  const { world, nodes } = encodeWorld(factoryWorld());
  return { schemaVersion: SCHEMA_VERSION, world, nodes, lessons: { results: {} } };
}

/** A world as a version 2 store wrote it: each file system a flat table of paths to node numbers. */
function asVersion2(w: World) {
  const { world, nodes } = encodeWorld(w);
  const flatNodes: FsNode[] = [];
  const filesystems = Object.fromEntries(Object.entries(w.filesystems).map(([dev, root]) => [dev, Object.fromEntries(Object.entries(flatten(root)).map(([p, n]) => [p, flatNodes.push(n) - 1]))]));
  void nodes;
  return { schemaVersion: 2, world: { ...world, filesystems }, nodes: flatNodes, lessons: { results: {} } };
}

test('store path: option, then WPARSIM_STORE, then an absolute XDG_STATE_HOME, then ~/.local/state', (t) => {
  t.is(storePath('/a.json', { WPARSIM_STORE: '/b.json' }, '/home/u'), '/a.json');
  t.is(storePath(undefined, { WPARSIM_STORE: '/b.json', XDG_STATE_HOME: '/x' }, '/home/u'), '/b.json');
  t.is(storePath(undefined, { XDG_STATE_HOME: '/x' }, '/home/u'), '/x/wparsim/world.json');
  t.is(storePath(undefined, {}, '/home/u'), '/home/u/.local/state/wparsim/world.json');
  // The XDG spec: a relative XDG_STATE_HOME is ignored. No absolute home and no store named: none (never /.local/...).
  t.is(storePath(undefined, { XDG_STATE_HOME: 'rel' }, '/home/u'), '/home/u/.local/state/wparsim/world.json');
  t.is(storePath(undefined, {}, ''), null);
  t.is(storePath(undefined, {}, 'relative'), null);
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
  [
    'bad lesson progress',
    JSON.stringify({ ...storedFactory(), lessons: { results: { x: { attempts: 'two' } } } }),
    /does not hold valid lesson progress \(lessons\.results\.x\.attempts is not a number\)/,
  ],
  ['no lesson progress in a version 3 store', JSON.stringify({ ...storedFactory(), lessons: undefined }), /does not hold valid lesson progress \(lessons is not an object\)/],
  ['a version 0', JSON.stringify({ schemaVersion: 0, world: factoryWorld() }), /has an unknown schema version \(0\)/],
  [
    'a file referring to a node the table does not have',
    JSON.stringify({ ...storedFactory(), nodes: [] }),
    /does not hold a valid world \(world\.filesystems\.\/dev\/hd4\. refers to node 0, which is not in the node table\)/,
  ],
  ['a bad node', JSON.stringify({ ...storedFactory(), nodes: [{ kind: 'socket', mtime: 0 }] }), /does not hold a valid world \(nodes\[0\]\.kind is not one of dir, file, link\)/],
  [
    'a WPAR name with a control character',
    JSON.stringify({ ...storedFactory(), world: { ...storedFactory().world, wpars: [{ ...wparLike('w1'), name: 'w\u001b]0;pwned\u0007' }] } }),
    /does not hold a valid world \(world\.wpars\[0\]\.name has a control character\)/,
  ],
  ['two WPARs of one name', JSON.stringify({ ...storedFactory(), world: { ...storedFactory().world, wpars: [wparLike('w1'), wparLike('w1')] } }), /world\.wpars\[1\]\.name repeats the name w1/],
  [
    'a counter of 1e308',
    JSON.stringify({ ...storedFactory(), world: { ...storedFactory().world, counters: { ...storedFactory().world.counters, nextPid: 1e308 } } }),
    /world\.counters\.nextPid is not a counter/,
  ],
  [
    'a version 1 world in a version 2 store',
    JSON.stringify({ schemaVersion: 2, world: asVersion1(factoryWorld()), nodes: [], lessons: { results: {} } }),
    /does not hold a valid world \(world\.filesystems\.\/dev\/hd4\. is not a number\)/,
  ],
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

test('a version 2 store (each file system a flat table of paths) is migrated on load to trees, and the old file is kept', async (t) => {
  const dir = await tmp();
  const path = join(dir, 'world.json');
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  const made = fsWrite(c.value.world, '/tmp/deep', '', false, 0);
  const old = JSON.stringify(asVersion2(c.value.world));
  await writeFile(path, old);
  const store = new Store(path);
  t.deepEqual(await store.load(), c.value.world);
  t.truthy(made);
  t.is(JSON.parse(await readFile(path, 'utf8')).schemaVersion, SCHEMA_VERSION);
  t.is(await readFile(store.migrated!.backup, 'utf8'), old);
  t.regex(store.migrationNotice()!, /schema version 2\); it is now version 3/);
});

test('a chain of 500 directories takes a store proportional to it (version 2 wrote every path in full)', async (t) => {
  let w = factoryWorld();
  let path = '/tmp';
  for (let i = 0; i < 500; i++) {
    path += '/a';
    const r = makeDir(w, path, 0);
    if (!r.ok) return t.fail(r.error);
    w = r.value;
  }
  const now = JSON.stringify(encodeWorld(w)).length - JSON.stringify(encodeWorld(factoryWorld())).length;
  const before = JSON.stringify(asVersion2(w)).length - JSON.stringify(asVersion2(factoryWorld())).length;
  t.true(now < 20 * 500, `${now} bytes for 500 directories`);
  t.true(before > 100 * 500, `version 2 took ${before}`);
});

test('a version 1 store (before lesson progress) is migrated on load, and the old file is kept', async (t) => {
  const dir = await tmp();
  const path = join(dir, 'world.json');
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  const old = JSON.stringify({ schemaVersion: 1, world: asVersion1(c.value.world) });
  await writeFile(path, old);
  const store = new Store(path);
  t.deepEqual(await store.load(), c.value.world);
  t.deepEqual(store.progress, { results: {} });
  t.regex(store.migrated!.backup, /world\.json\.bak-v1-\d{4}-\d\d-\d\dT[\d-]+Z$/);
  t.is(await readFile(store.migrated!.backup, 'utf8'), old, 'the backup is the old file, byte for byte');
  const now = JSON.parse(await readFile(path, 'utf8'));
  t.is(now.schemaVersion, SCHEMA_VERSION);
  t.deepEqual(now.lessons, { results: {} });
  t.deepEqual(now.world.wpars, c.value.world.wpars);
  t.deepEqual(await new Store(path).load(), c.value.world);
  t.regex(store.migrationNotice() ?? '', /was written by an older wparsim \(schema version 1\); it is now version 3, and the old file is kept as .*bak-v1-/);
  // Loaded again, it is a version 3 store: no second migration, no second backup.
  const again = new Store(path);
  await again.load();
  t.is(again.migrated, undefined);
  t.is((await readdir(dir)).filter((f) => f.includes('.bak-')).length, 1);
});

test('a version 1 store written while a shell runs is migrated the same way when the host reloads it', async (t) => {
  const dir = await tmp();
  const path = join(dir, 'world.json');
  const store = new Store(path);
  const told: string[] = [];
  const host = await Host.open(store, { clock: simulatedClock(REPLAY_EPOCH), interactive: false, tell: (x) => told.push(x) });
  await writeFile(path, JSON.stringify({ schemaVersion: 1, world: asVersion1(factoryWorld()) }));
  await host.run('true');
  t.is(JSON.parse(await readFile(path, 'utf8')).schemaVersion, SCHEMA_VERSION);
  t.is(await readFile(store.migrated!.backup, 'utf8'), JSON.stringify({ schemaVersion: 1, world: asVersion1(factoryWorld()) }));
  t.deepEqual((await readdir(dir)).sort(), ['world.json', store.migrated!.backup.slice(dir.length + 1)].sort(), 'no temporary file is left');
  t.regex(told.join('\n'), /another wparsim changed the world/);
});

test('lesson progress is saved with the world and read back; reset keeps the results and ends the lesson', async (t) => {
  const dir = await tmp();
  const store = new Store(join(dir, 'world.json'));
  await store.load();
  store.progress = {
    current: { name: 'l1', started: 5, ran: ['cfgmgr@wpar1'], done: [true, false], hintsGiven: [0, 1], passed: false },
    results: { l1: { attempts: 2, passed: false, firstStarted: 1, hints: 3, solutionShown: true } },
  };
  await store.save(factoryWorld());
  const again = new Store(store.path);
  await again.load();
  t.deepEqual(again.progress, store.progress);
  await again.reset(new Date(0));
  const after = new Store(store.path);
  await after.load();
  t.deepEqual(after.progress, { results: { l1: { attempts: 2, passed: false, firstStarted: 1, hints: 3, solutionShown: true } } });
});

test('the node table: distinct nodes are written once, and decoding gives the same world back', (t) => {
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  const w = c.value.world;
  const { world, nodes } = encodeWorld(w);
  // Every node of every file system (the factory's directories are alike: they share a node).
  const count = Object.values(w.filesystems).reduce((n, f) => n + countNodes(f), 0);
  t.true(nodes.length < count / 2, `${nodes.length} distinct of ${count}`);
  t.deepEqual(decodeWorld(JSON.parse(JSON.stringify(world)), JSON.parse(JSON.stringify(nodes))), w);
  // Two files with the same content and time share a node; different content does not.
  const two = {
    ...w,
    filesystems: {
      ...w.filesystems,
      '/dev/hd3': treeFrom({ a: { kind: 'file', content: 'x', mtime: 1 }, b: { kind: 'file', content: 'x', mtime: 1 }, c: { kind: 'file', content: 'y', mtime: 1 } }),
    },
  };
  const tmp = encodeWorld(two).world.filesystems['/dev/hd3']!;
  if (typeof tmp === 'number') return t.fail();
  t.is(tmp.e['a'], tmp.e['b']);
  t.not(tmp.e['a'], tmp.e['c']);
});

test("a running WPAR's daemons are written as the numbers they are made from; a changed set is written as it is", async (t) => {
  const { session, run } = await import('./helpers.js');
  const s = session();
  run(s, 'mkwpar -s -n wpar1; mkwpar -s -n wpar2; wparexec -n app -- /usr/bin/sleep 5');
  const pid = s.world.processes.find((p) => p.wpar === 'wpar2' && p.cmd === '/usr/sbin/cron')!.pid;
  run(s, `kill -9 ${pid}`);
  const w = s.world;
  const { world } = encodeWorld(w);
  const wpar1 = w.processes.filter((p) => p.wpar === 'wpar1');
  t.is(wpar1.length, 15);
  t.deepEqual(
    world.processes.filter((p) => 'daemons' in p),
    [{ daemons: 'wpar1', init: wpar1[0]!.pid, first: wpar1[1]!.pid, start: wpar1[0]!.start }],
  );
  t.is(world.processes.filter((p) => 'pid' in p && p.wpar === 'wpar2').length, 14, 'wpar2 lost its cron: its 14 processes are written one by one');
  t.deepEqual(decodeWorld(JSON.parse(JSON.stringify(world)), encodeWorld(w).nodes), w);
  const dir = await tmp();
  const store = new Store(join(dir, 'world.json'));
  await store.save(w);
  t.deepEqual(await new Store(store.path).load(), w);
});

test('every world the lessons and golden transcripts pass through is given back by the store encoding, field order and all', async (t) => {
  const { readdir: list, readFile: read } = await import('node:fs/promises');
  const { parseSession } = await import('../src/format/session-file.js');
  const { fixtureWorld } = await import('../src/engine/fixtures.js');
  const { session, run } = await import('./helpers.js');
  let worlds = 0;
  let sets = 0;
  for (const dir of ['sessions', 'test/transcripts']) {
    for (const name of (await list(dir)).filter((f) => f.endsWith('.session'))) {
      const parsed = parseSession(await read(join(dir, name), 'utf8'));
      if (!parsed.ok) return t.fail(name);
      const start = fixtureWorld(parsed.file.world);
      if (!start.ok) return t.fail(name);
      const s = session(start.world, true, false);
      for (const item of parsed.file.items) {
        if (item.kind !== 'command') continue;
        run(s, item.text);
        const { world, nodes } = encodeWorld(s.world);
        sets += [...world.processes, ...world.fstab, ...world.mounts].filter((x) => 'daemons' in x || 'stanzas' in x || 'mounts' in x).length;
        const back = decodeWorld(JSON.parse(JSON.stringify(world)), JSON.parse(JSON.stringify(nodes)));
        if (JSON.stringify(back) !== JSON.stringify(s.world)) return t.fail(`${dir}/${name}: after ${item.text}`);
        worlds++;
      }
    }
  }
  t.log(`${worlds} worlds, ${sets} sets`);
  t.true(worlds > 800, `${worlds} worlds`);
  t.true(sets > 2000, `${sets} sets written as what they are made from`);
});

test('the generators the store encoding relies on still make what schema version 2 was written with', async (t) => {
  const { createHash } = await import('node:crypto');
  const { wparDaemons } = await import('../src/world/processes.js');
  const { wparStanzas, mountOf } = await import('../src/world/wparfs.js');
  const c = createWpar(factoryWorld(), { name: 'w', mounts: [{ directory: '/shared', vfs: 'namefs', dev: '/home' }] }, 0);
  if (!c.ok) return t.fail();
  const stanzas = wparStanzas(c.value.wpar);
  const made = JSON.stringify([wparDaemons('w', 100, 200, 5), stanzas, stanzas.map((s) => mountOf(s, 7))]);
  const hash = createHash('sha256').update(made).digest('hex').slice(0, 16);
  // If this changes, stores already written load differently: raise SCHEMA_VERSION and migrate (store/codec.ts).
  t.is(hash, HASH_OF_VERSION_2_GENERATORS, made);
});

const HASH_OF_VERSION_2_GENERATORS = '980c3d832725659f';

test("another process's save is noticed even when the file's size, mtime and inode are what they were", async (t) => {
  const dir = await tmp();
  const path = join(dir, 'world.json');
  const a = new Store(path);
  const b = new Store(path);
  await a.save(factoryWorld());
  await utimes(path, 1000, 1000);
  await b.load();
  const before = await stat(path);
  // Another save of the same size in the same clock tick, into a reused inode: written in place here, times put back.
  const text = await readFile(path, 'utf8');
  const other = text.replace(/"generation":"([0-9a-f]+)"/, (_, g: string) => `"generation":"${[...g].reverse().join('')}"`);
  t.not(other, text);
  await writeFile(path, other);
  await utimes(path, 1000, 1000);
  const after = await stat(path);
  t.deepEqual([after.size, after.mtimeMs, after.ino], [before.size, before.mtimeMs, before.ino]);
  t.true(await b.changedElsewhere());
});

test('a store named through a symlink is resolved once: the save replaces the target, and the link stays', async (t) => {
  const { resolveStorePath } = await import('../src/store/path.js');
  const { lstat, symlink } = await import('node:fs/promises');
  const dir = await tmp();
  const target = join(dir, 'target.json');
  const link = join(dir, 'link.json');
  await new Store(target).save(factoryWorld());
  await symlink(target, link);
  const path = resolveStorePath(link);
  t.is(path, target);
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  await new Store(path).save(c.value.world);
  t.true((await lstat(link)).isSymbolicLink());
  t.deepEqual(
    (await new Store(link).load()).wpars.map((w) => w.name),
    ['wpar1'],
  );
});

test('a store that is not a regular file (a FIFO) is refused at once, not waited on', async (t) => {
  const dir = await tmp();
  const fifo = join(dir, 'fifo.json');
  const { execFileSync } = await import('node:child_process');
  execFileSync('mkfifo', [fifo]);
  const err = await t.throwsAsync(new Store(fifo).load(), { instanceOf: StoreError });
  t.regex(err!.message, /is not a regular file/);
});

test('permission bits, owners, groups (chmod, chown, chgrp) and symbolic links are saved and loaded with the files, field order and all', (t) => {
  let w = factoryWorld();
  for (const [path, change] of [
    ['/', { mode: 0o700 }],
    ['/tmp', { mode: 0o1777 }],
    ['/etc/hosts', { mode: 0o600, owner: 'guest' }],
    ['/etc/motd', { group: 'staff' }],
    ['/home', { owner: '211', group: 'adm' }],
  ] as const) {
    const r = setAttributes(w, path, change);
    if (!r.ok) return t.fail(path);
    w = r.value;
  }
  const linked = makeLink(w, '/tmp/hosts', '/etc/hosts', 0);
  if (!linked.ok) return t.fail('ln -s');
  w = linked.value;
  const { world, nodes } = encodeWorld(w);
  const back = decodeWorld(JSON.parse(JSON.stringify(world)), JSON.parse(JSON.stringify(nodes)));
  t.is(JSON.stringify(back), JSON.stringify(w));
});
