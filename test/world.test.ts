import test from 'ava';
import { fixtureWorld } from '../src/engine/fixtures.js';
import { checkWorld } from '../src/store/schema.js';
import { factoryWorld } from '../src/world/factory.js';
import * as fsModule from '../src/world/fs.js';
import { list, nodeAt } from '../src/world/fs.js';
import { createWpar, isValidWparName, removeWpar, startWpar, stopWpar } from '../src/world/wpars.js';
import { run, session } from './helpers.js';

test('WPAR name rules from the mkwpar documentation', (t) => {
  for (const good of ['wpar1', 'w', 'a'.repeat(25), 'web-01', 'wpar_name', 'A9']) t.true(isValidWparName(good), good);
  for (const bad of ['', 'a'.repeat(26), '0wpar', '-wpar', 'a.b', 'a b', 'a/b', 'a:b', 'é', 'x*', 'tab\t']) t.false(isValidWparName(bad), bad);
});

test('create, start, stop, remove: states D, A, D and gone; the input world is never changed', (t) => {
  const w0 = factoryWorld();
  const frozen = JSON.stringify(w0);
  const c = createWpar(w0, { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  t.is(c.value.wpar.state, 'D');
  t.is(c.value.wpar.cid, 1);
  t.deepEqual(
    c.value.wpar.mounts.map((m) => `${m.dir}:${m.dev}`),
    ['/:/dev/fslv00', '/home:/dev/fslv01', '/opt:/opt', '/proc:/proc', '/tmp:/dev/fslv02', '/usr:/usr', '/var:/dev/fslv03'],
  );
  t.deepEqual(list(c.value.world, '/wpars'), ['wpar1']);
  t.deepEqual(list(c.value.world, '/wpars/wpar1'), [], "a stopped WPAR's directory is an empty mount point");
  const s = startWpar(c.value.world, 'wpar1', 0);
  if (!s.ok) return t.fail();
  t.is(s.value.wpar.state, 'A');
  t.is(s.value.wpar.corPid, w0.counters.nextPid);
  t.true(s.value.world.counters.nextPid > w0.counters.nextPid);
  t.deepEqual(startWpar(s.value.world, 'wpar1', 0), { ok: false, error: { code: 'not-defined', name: 'wpar1', state: 'A' } });
  t.deepEqual(removeWpar(s.value.world, 'wpar1'), { ok: false, error: { code: 'is-active', name: 'wpar1' } });
  const st = stopWpar(s.value.world, 'wpar1', 0);
  if (!st.ok) return t.fail();
  t.is(st.value.wpar.state, 'D');
  t.is(st.value.wpar.corPid, undefined);
  t.deepEqual(stopWpar(st.value.world, 'wpar1', 0), { ok: false, error: { code: 'not-active', name: 'wpar1' } });
  const r = removeWpar(st.value.world, 'wpar1');
  if (!r.ok) return t.fail();
  t.deepEqual(r.value.world.wpars, []);
  t.deepEqual(list(r.value.world, '/wpars'), []);
  t.false(Object.keys(r.value.world.filesystems).some((f) => f.startsWith('/dev/fslv')));
  t.is(JSON.stringify(w0), frozen);
  for (const w of [c.value.world, s.value.world, st.value.world, r.value.world]) t.is(checkWorld(w), null);
});

test('refusals: existing and invalid names, unknown WPARs, bad -M groups', (t) => {
  const c = createWpar(factoryWorld(), { name: 'wpar1' }, 0);
  if (!c.ok) return t.fail();
  t.deepEqual(createWpar(c.value.world, { name: 'wpar1' }, 0), { ok: false, error: { code: 'wpar-exists', name: 'wpar1' } });
  t.deepEqual(createWpar(c.value.world, { name: '0bad' }, 0), { ok: false, error: { code: 'bad-name', name: '0bad' } });
  t.deepEqual(startWpar(c.value.world, 'nosuch', 0), { ok: false, error: { code: 'wpar-not-found', name: 'nosuch' } });
  t.deepEqual(createWpar(c.value.world, { name: 'w2', mounts: [{ vfs: 'jfs2' }] }, 0), { ok: false, error: { code: 'missing-attribute', flag: '-M', attr: 'directory' } });
  t.deepEqual(createWpar(c.value.world, { name: 'w2', mounts: [{ directory: '/x', vfs: 'zfs' }] }, 0), { ok: false, error: { code: 'bad-attribute', flag: '-M', text: 'vfs=zfs' } });
  t.deepEqual(createWpar(c.value.world, { name: 'w2', directory: '/wpars' }, 0), { ok: false, error: { code: 'dir-not-empty', dir: '/wpars' } });
});

test('logical volume numbers are the next free ones, and are reused after removal', (t) => {
  let w = factoryWorld();
  for (const name of ['a', 'b']) {
    const c = createWpar(w, { name, privateUsr: name === 'b' }, 0);
    if (!c.ok) return t.fail();
    w = c.value.world;
  }
  const devs = (name: string) =>
    w.wpars
      .find((x) => x.name === name)!
      .mounts.map((m) => m.dev)
      .filter((d) => d.startsWith('/dev/'));
  t.deepEqual(devs('b'), ['/dev/fslv04', '/dev/fslv05', '/dev/fslv06', '/dev/fslv07', '/dev/fslv08', '/dev/fslv09']);
  const r = removeWpar(w, 'a');
  if (!r.ok) return t.fail();
  const c = createWpar(r.value.world, { name: 'c' }, 0);
  if (!c.ok) return t.fail();
  t.deepEqual(
    c.value.wpar.mounts.map((m) => m.dev).filter((d) => d.startsWith('/dev/')),
    ['/dev/fslv00', '/dev/fslv01', '/dev/fslv02', '/dev/fslv03'],
  );
});

import { allocate, configure, deallocate, makeVg, varyVg } from '../src/world/devices.js';
import type { World } from '../src/world/types.js';

function active(name: string, world: World = factoryWorld()): World {
  const c = createWpar(world, { name }, 0);
  if (!c.ok) throw new Error(c.error.code);
  const s = startWpar(c.value.world, name, 0);
  if (!s.ok) throw new Error(s.error.code);
  return s.value.world;
}
const disk = (w: World, n: string) => w.disks.find((d) => d.name === n)!;
const must = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

test('a disk given to a running WPAR: exported at once, Defined inside until cfgmgr, returned on stop', (t) => {
  let w = must(allocate(active('wpar1'), 'wpar1', { devname: 'hdisk2' }));
  t.like(disk(w, 'hdisk2'), { exportedTo: 'wpar1', wparState: 'Defined' });
  w = must(configure(w, { kind: 'wpar', name: 'wpar1' })).world;
  t.like(disk(w, 'hdisk2'), { wparState: 'Available' });
  t.deepEqual(must(configure(w, { kind: 'wpar', name: 'wpar1' })).configured, [], 'nothing new the second time');
  w = must(stopWpar(w, 'wpar1', 0)).world;
  t.is(disk(w, 'hdisk2').exportedTo, undefined);
  w = must(startWpar(w, 'wpar1', 0)).world;
  t.like(disk(w, 'hdisk2'), { exportedTo: 'wpar1', wparState: 'Available' }, 'a starting WPAR configures its disks');
});

test('exported to one WPAR at a time; a busy disk cannot be removed; failures change nothing', (t) => {
  let w = active('wpar1');
  w = must(allocate(w, 'wpar1', { devname: 'hdisk3' }));
  const c = createWpar(w, { name: 'wpar2', devices: [{ devname: 'hdisk3' }] }, 0);
  if (!c.ok) return t.fail();
  const started = must(startWpar(c.value.world, 'wpar2', 0));
  t.deepEqual(started.busy, [['hdisk3', 'wpar1']]);
  t.is(disk(started.world, 'hdisk3').exportedTo, 'wpar1');
  w = must(configure(started.world, { kind: 'wpar', name: 'wpar1' })).world;
  w = must(makeVg(w, { kind: 'wpar', name: 'wpar1' }, 'datavg', ['hdisk3'])).world;
  const before = JSON.stringify(w);
  t.deepEqual(deallocate(w, 'wpar1', 'hdisk3'), { ok: false, error: { code: 'device-busy', dev: 'hdisk3', wpar: 'wpar1' } });
  t.deepEqual(allocate(w, 'wpar1', { devname: 'hdisk0' }), { ok: false, error: { code: 'device-in-vg', dev: 'hdisk0', vg: 'rootvg' } });
  t.deepEqual(allocate(w, 'wpar1', { devname: 'hdisk9' }), { ok: false, error: { code: 'device-not-found', dev: 'hdisk9' } });
  t.is(JSON.stringify(w), before);
  w = must(varyVg(w, { kind: 'wpar', name: 'wpar1' }, 'datavg', false));
  w = must(deallocate(w, 'wpar1', 'hdisk3'));
  t.like(disk(w, 'hdisk3'), { state: 'Available', exportedTo: undefined });
  t.is(checkWorld(w), null);
});

import { addressConflict, resolveHost } from '../src/world/network.js';
import { checkResource } from '../src/world/resources.js';

test('resource control values as AIX takes them', (t) => {
  for (const [a, v] of [
    ['CPU', '10%-20%,50%'],
    ['memory', '0%-100%,100%'],
    ['shares_CPU', '1'],
    ['totalProcesses', '1024'],
    ['procVirtMem', '2G'],
    ['pct_pinMem', '50%'],
    ['active', 'no'],
  ]) {
    t.is(checkResource(a!, v!), null, `${a}=${v}`);
  }
  for (const [a, v] of [
    ['CPU', '50%-20%,10%'],
    ['CPU', '10%-20%,150%'],
    ['CPU', '10-20,50'],
    ['shares_CPU', '0'],
    ['totalProcesses', '-1'],
    ['procVirtMem', '2X'],
    ['active', 'maybe'],
  ]) {
    t.not(checkResource(a!, v!), null, `${a}=${v}`);
  }
});

test("addresses: the LPAR's own and an active WPAR's are in use; host names resolve from /etc/hosts", (t) => {
  let w = factoryWorld();
  t.is(resolveHost(w, 'aixlpar1'), '192.168.10.21');
  t.is(resolveHost(w, 'wpar1'), undefined);
  const a = createWpar(w, { name: 'a', networks: [{ address: '10.1.1.1' }] }, 0);
  if (!a.ok) return t.fail();
  const b = createWpar(a.value.world, { name: 'b', networks: [{ address: '10.1.1.1' }] }, 0);
  if (!b.ok) return t.fail();
  w = must(startWpar(b.value.world, 'a', 0)).world;
  t.deepEqual(startWpar(w, 'b', 0), { ok: false, error: { code: 'address-in-use', address: '10.1.1.1', by: 'a' } });
  t.deepEqual(addressConflict(w, { ...b.value.wpar, networks: [{ address: '192.168.10.21' }] }), { address: '192.168.10.21', by: 'Global' });
});

test("a WPAR's processes start with it (its init is PID 1 inside) and end with it", (t) => {
  const w = active('wpar1');
  const mine = w.processes.filter((p) => p.wpar === 'wpar1');
  t.is(mine.length, 15);
  t.like(mine[0], { cmd: '/etc/init', vpid: 1, pid: w.wpars[0]!.corPid });
  t.true(new Set(w.processes.map((p) => p.pid)).size === w.processes.length, 'PIDs are unique');
  t.deepEqual(
    must(stopWpar(w, 'wpar1', 0)).world.processes.filter((p) => p.wpar),
    [],
  );
});

test('a file-tree write copies only the directories on its path: everything else is shared with the world before', (t) => {
  const { writeFile: write, makeDir } = fsModule;
  let w = factoryWorld();
  for (const d of ['/tmp/a', '/tmp/a/b', '/tmp/a/b/c', '/tmp/other']) {
    const r = makeDir(w, d, 1);
    if (!r.ok) return t.fail(d);
    w = r.value;
  }
  const r = write(w, '/tmp/a/b/c/file', 'x\n', false, 2);
  if (!r.ok) return t.fail();
  const after = r.value;
  const tmp = (x: World) => x.filesystems['/dev/hd3']!;
  t.not(tmp(after), tmp(w), 'the root of /tmp is copied');
  t.is(tmp(after).entries!['other'], tmp(w).entries!['other'], 'a sibling directory is the same object');
  t.is(tmp(after).entries!['lost+found'], tmp(w).entries!['lost+found']);
  for (const dev of Object.keys(w.filesystems)) if (dev !== '/dev/hd3') t.is(after.filesystems[dev], w.filesystems[dev], `${dev} is untouched`);
  t.is(nodeAt(after, '/tmp/a/b/c/file')?.content, 'x\n');
  t.is(nodeAt(w, '/tmp/a/b/c/file'), undefined, 'the world before is unchanged');
});

test("a WPAR's /usr starts as the global /usr itself, and a write to one leaves the other as it was", (t) => {
  const c = createWpar(factoryWorld(), { name: 'p1', privateUsr: true }, 0);
  if (!c.ok) return t.fail();
  const usrDev = c.value.wpar.mounts.find((m) => m.dir === '/usr')!.dev;
  t.is(c.value.world.filesystems[usrDev], c.value.world.filesystems['/dev/hd2']);
  const started = startWpar(c.value.world, 'p1', 0);
  if (!started.ok) return t.fail();
  const r = fsModule.writeFile(started.value.world, '/wpars/p1/usr/mine', 'y', false, 1);
  if (!r.ok) return t.fail(r.error);
  t.is(nodeAt(r.value, '/wpars/p1/usr/mine')?.content, 'y');
  t.is(nodeAt(r.value, '/usr/mine'), undefined);
});

test('exportvg keeps a volume group on its disks; importvg brings it back elsewhere with its file systems under the new root', (t) => {
  const fixture = fixtureWorld('two-wpars');
  if (!fixture.ok) return t.fail(fixture.message);
  const s = session(fixture.world);
  run(s, 'mkvg -y datavg hdisk2; crfs -v jfs2 -g datavg -m /appdata -a size=64M; varyoffvg datavg; exportvg datavg');
  t.false(s.world.vgs.some((v) => v.name === 'datavg'));
  t.is(s.world.exportedVgs?.length, 1);
  run(s, 'chwpar -D devname=hdisk2 wpar1; clogin wpar1 cfgmgr; clogin wpar1 importvg -y appvg hdisk2');
  const vg = s.world.vgs.find((v) => v.name === 'appvg')!;
  t.is(vg.owner, 'wpar1');
  t.true(vg.active);
  t.deepEqual(s.world.exportedVgs, []);
  const stanza = s.world.fstab.find((x) => x.vg === vg.vgid)!;
  t.is(stanza.point, '/wpars/wpar1/appdata');
  t.is(stanza.type, 'wpar1');
});

import { ERRLOG_ENTRIES, logEvent } from '../src/world/errlog.js';

test("the error log wraps as AIX's does at its size: the newest entries are kept, the oldest dropped", (t) => {
  let w = factoryWorld();
  for (let i = 0; i < ERRLOG_ENTRIES + 5; i++) w = logEvent(w, 'wpar-start', `w${i}`, `w${i}`, i);
  const log = w.errlog ?? [];
  t.is(log.length, ERRLOG_ENTRIES);
  t.is(log[log.length - 1]!.resource, `w${ERRLOG_ENTRIES + 4}`);
  t.false(log.some((e) => e.resource === 'w0'));
});
