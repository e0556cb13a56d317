// Host isolation (issue 10): a whole session under strace, with a temporary
// HOME and working directory. Every file it creates, writes, renames or
// removes must be the store (and its lock and temporary file) or a file the
// user named (--record); no network socket is opened. .ci/run installs strace.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';

const HAS_STRACE = spawnSync('strace', ['-V']).status === 0;
const CLI = join(process.cwd(), 'dist/cli.cjs');

const SESSION =
  [
    'mkwpar -s -n wpar1 -N address=10.1.1.1',
    'clogin wpar1 touch /home/notes',
    'savewpar -f /tmp/b.bff wpar1',
    'restwpar -f /tmp/b.bff -n copy -M "-N address=10.1.1.2"',
    'installp -aXYd /dev/cd0 bos.perf.tools',
    'syncwpar -A',
    'mkwpar -e wpar1 -o /tmp/w.spec -w',
    'mksysb -i /tmp/sys.img',
    'mkwpar -t -n copy2',
    'echo hi > /etc/motd',
    'chwpar -D devname=hdisk2 wpar1',
    'clogin wpar1 cfgmgr',
    'lswpar -L',
    'ps -ef@',
    'host wpar1',
    'netstat -in',
    'exit',
  ].join('\n') + '\n';

(HAS_STRACE ? test : test.skip)('a whole session writes only its store and the named recording, and opens no socket', async (t) => {
  const home = await mkdtemp(join(tmpdir(), 'wparsim-home-'));
  const work = await mkdtemp(join(tmpdir(), 'wparsim-cwd-'));
  const log = join(work, 'strace.log');
  const cast = join(work, 'named.cast');
  const calls = 'trace=openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,truncate,socket,connect';
  const env = { PATH: process.env['PATH'] ?? '', HOME: home };
  const r = spawnSync('strace', ['-f', '-qq', '-e', calls, '-o', log, process.execPath, CLI, '-c', 'true'], { cwd: work, env, encoding: 'utf8' });
  t.is(r.status, 0, r.stderr);
  const lesson = join(work, 'lesson.session');
  await writeFile(
    lesson,
    '## title: isolation\n' +
      SESSION.split('\n')
        .filter(Boolean)
        .map((l) => `$ ${l}\n`)
        .join(''),
  );
  const full = spawnSync('strace', ['-f', '-qq', '-e', calls, '-o', `${log}.1`, process.execPath, CLI, 'run', lesson, '--record', cast], { cwd: work, env, encoding: 'utf8' });
  t.is(full.status, 0, full.stderr);
  const piped = spawnSync('strace', ['-f', '-qq', '-e', calls, '-o', `${log}.2`, process.execPath, CLI], { cwd: work, env, input: SESSION, encoding: 'utf8' });
  t.is(piped.status, 0, piped.stderr);

  const store = join(home, '.local/state/wparsim');
  // The recording is written atomically: a temporary file beside it, then renamed.
  const allowed = (p: string) => p.startsWith(store) || p === cast || p.startsWith(join(work, '.named.cast.')) || p === join(home, '.local') || p === join(home, '.local/state');
  const writes: string[] = [];
  const sockets: string[] = [];
  for (const file of [log, `${log}.1`, `${log}.2`]) {
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (/\b(socket|connect)\(/.test(line) && !/AF_UNIX|AF_LOCAL/.test(line)) sockets.push(line);
      const opened = /open(?:at)?\((?:AT_FDCWD, )?"([^"]+)", ([A-Z_|]+)/.exec(line);
      if (opened && /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC/.test(opened[2]!) && !opened[1]!.startsWith('/dev/')) writes.push(opened[1]!);
      const changed = /(?:mkdir(?:at)?|rename(?:at2?)?|unlink(?:at)?|rmdir|truncate)\((?:AT_FDCWD, |\d+, )?"([^"]+)"(?:, (?:AT_FDCWD, )?"([^"]+)")?/.exec(line);
      if (changed) writes.push(...[changed[1], changed[2]].filter((x): x is string => x !== undefined));
    }
  }
  const outside = [...new Set(writes.map((p) => (p.startsWith('/') ? p : join(work, p))))].filter((p) => !allowed(p));
  t.deepEqual(outside, [], 'files written outside the store and the named recording');
  t.deepEqual(sockets, [], 'network sockets');
  t.true(
    writes.some((p) => p.startsWith(store)),
    'the store was written',
  );
});

(HAS_STRACE ? test : test.skip)('a save flushes the new store to the disk before it replaces the old one, and flushes the rename', async (t) => {
  const work = await mkdtemp(join(tmpdir(), 'wparsim-sync-'));
  const store = join(work, 'world.json');
  const log = join(work, 'strace.log');
  const r = spawnSync('strace', ['-f', '-qq', '-e', 'trace=openat,fsync,fdatasync,rename,renameat,renameat2,close', '-o', log, process.execPath, CLI, '--store', store, '-c', 'mkwpar -n wpar1'], {
    encoding: 'utf8',
  });
  t.is(r.status, 0, r.stderr);
  // One thread's view is enough: the calls of a save follow each other (each awaits the last).
  const lines = (await readFile(log, 'utf8')).split('\n').map((l) => l.replace(/^\d+ +/, ''));
  // The temporary file has an unpredictable name and is created exclusively (a planted symlink is never followed).
  const opened = lines.findIndex((l) => /"[^"]*\/\.world\.json\.[0-9a-f]{12}\.tmp", O_WRONLY\|O_CREAT\|O_EXCL/.test(l));
  t.true(opened >= 0, 'the temporary file is created exclusively for writing');
  const temp = /"([^"]*\.tmp)"/.exec(lines[opened]!)![1]!;
  const fd = /= (\d+)$/.exec(lines[opened]!)?.[1];
  const synced = lines.findIndex((l, i) => i > opened && new RegExp(`^f(data)?sync\\(${fd}\\) += 0`).test(l));
  const renamed = lines.findIndex((l) => /^rename/.test(l) && l.includes(`"${temp}"`) && l.includes(`"${store}"`));
  t.true(synced > opened, 'the temporary file is flushed');
  t.true(renamed > synced, 'and only then renamed over the store');
  const dirOpened = lines.findIndex((l, i) => i > renamed && l.includes(`"${work}", O_RDONLY`));
  const dirFd = /= (\d+)$/.exec(lines[dirOpened] ?? '')?.[1];
  t.true(dirOpened > renamed && lines.some((l, i) => i > dirOpened && l.startsWith(`fsync(${dirFd}) `)), 'the directory is flushed after the rename');
});
