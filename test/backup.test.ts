import test from 'ava';
import { imageOf, readImage, restoreWpar, writeImage } from '../src/world/backup.js';
import { factoryWorld } from '../src/world/factory.js';
import { readFile, writeFile } from '../src/world/fs.js';
import { nodeIn, withNodeIn } from '../src/world/tree.js';
import type { World } from '../src/world/types.js';
import { createWpar } from '../src/world/wpars.js';

function withWpar(): World {
  const c = createWpar(factoryWorld(), { name: 'wpar1', mounts: [{ directory: '/data', vfs: 'jfs2', size: '32M' }] }, 0);
  if (!c.ok) throw new Error('create');
  const dev = c.value.wpar.mounts.find((m) => m.dir === '/home')!.dev;
  const world = c.value.world;
  return { ...world, filesystems: { ...world.filesystems, [dev]: withNodeIn(world.filesystems[dev]!, 'notes', { kind: 'file', content: 'kept\n', mtime: 5 }) } };
}

test('an image written to a file reads back and restores the files under a new name and directory', (t) => {
  const w = withWpar();
  const image = imageOf(w, w.wpars[0]!, 7);
  if (!image.ok) return t.fail();
  t.deepEqual(image.value.wpar.mounts, [{ directory: '/data', vfs: 'jfs2', size: '32M' }], 'only the non-default mounts are kept as -M groups');
  const written = writeImage(w, '/tmp/b.bff', image.value, 7);
  if (!written.ok) return t.fail();
  const read = readImage(written.value, '/tmp/b.bff');
  if (!read.ok) return t.fail();
  t.deepEqual(read.value, image.value);
  const r = restoreWpar(written.value, read.value, { name: 'copy', force: false }, 9);
  if (!r.ok) return t.fail();
  t.is(r.value.wpar.directory, '/wpars/copy');
  t.is(r.value.wpar.hostname, 'copy');
  t.deepEqual(
    r.value.wpar.mounts.map((m) => m.dir),
    ['/', '/data', '/home', '/opt', '/proc', '/tmp', '/usr', '/var'],
  );
  const home = r.value.wpar.mounts.find((m) => m.dir === '/home')!.dev;
  t.is(nodeIn(r.value.world.filesystems[home], 'notes')?.content, 'kept\n');
  t.not(home, w.wpars[0]!.mounts.find((m) => m.dir === '/home')!.dev, 'the copy gets logical volumes of its own');
});

test('an existing name is refused without -F and the world is unchanged; damaged images are refused', (t) => {
  const w = withWpar();
  const image = imageOf(w, w.wpars[0]!, 7);
  if (!image.ok) return t.fail();
  t.deepEqual(restoreWpar(w, image.value, { force: false }, 9), { ok: false, error: { code: 'wpar-exists', name: 'wpar1' } });
  const bad = restoreWpar(w, image.value, { name: 'a.b', force: true }, 9);
  t.false(bad.ok);
  const forced = restoreWpar(w, image.value, { force: true }, 9);
  t.true(forced.ok && forced.value.replaced?.name === 'wpar1' && forced.value.world.wpars.length === 1);

  for (const content of ['junk\n', 'wparsim savewpar image 1\n{not json\n', 'wparsim savewpar image 1\n{"wpar":{}}\n']) {
    const f = writeFile(w, '/tmp/x.bff', content, false, 0);
    if (!f.ok) return t.fail();
    t.deepEqual(readImage(f.value, '/tmp/x.bff'), { ok: false, error: { code: 'bad-image', device: '/tmp/x.bff' } }, content);
  }
  t.deepEqual(readImage(w, '/dev/rmt1'), { ok: false, error: { code: 'no-image', device: '/dev/rmt1' } });
  const tape = writeImage(w, '/dev/rmt1', image.value, 0);
  t.true(tape.ok && readFile(tape.value, '/dev/rmt1').ok);
});

test('a versioned WPAR restores as a versioned WPAR', (t) => {
  const c = createWpar(factoryWorld(), { name: 'v', privateUsr: true, osLevel: '5300-12-09-1341' }, 0);
  if (!c.ok) return t.fail();
  const image = imageOf(c.value.world, c.value.wpar, 1);
  if (!image.ok) return t.fail();
  const r = restoreWpar(c.value.world, image.value, { name: 'v2', force: false }, 2);
  if (!r.ok) return t.fail();
  t.is(r.value.wpar.osLevel, '5300-12-09-1341');
  t.true(r.value.wpar.privateUsr);
  t.is(r.value.wpar.usrParts?.['bos.rte'], '5.3.12.9');
});

test('restwpar brings back the devices the WPAR had; junk device groups in an edited image are dropped', (t) => {
  const c = createWpar(factoryWorld(), { name: 'wpar1', devices: [{ devname: 'hdisk2' }] }, 0);
  if (!c.ok) return t.fail();
  const image = imageOf(c.value.world, c.value.wpar, 7);
  if (!image.ok) return t.fail();
  t.deepEqual(image.value.wpar.devices, [{ devname: 'hdisk2' }]);
  const removed = { ...c.value.world, wpars: [] };
  const r = restoreWpar(removed, image.value, { force: false }, 9);
  if (!r.ok) return t.fail(JSON.stringify(r.error));
  t.deepEqual(r.value.wpar.devices, [{ devname: 'hdisk2' }]);
  const edited = { ...image.value, wpar: { ...image.value.wpar, devices: [{ devname: 'hdisk3' }, { devname: 7 }, 'x', { 'bad key': 'y' }] as never } };
  const r2 = restoreWpar(removed, edited, { force: false }, 9);
  if (!r2.ok) return t.fail(JSON.stringify(r2.error));
  t.deepEqual(r2.value.wpar.devices, [{ devname: 'hdisk3' }]);
});
