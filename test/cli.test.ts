// The command-line contract, through the built dist/cli.cjs as a user runs it,
// each test on its own temporary store.

import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { publicCli } from './helpers.js';

const CLI = 'dist/cli.cjs';

async function store(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'wparsim-cli-')), 'world.json');
}

function wparsim(args: string[], opts: { store?: string; input?: string; env?: Record<string, string>; uid?: number; cli?: string } = {}) {
  const env = { ...process.env, ...(opts.store ? { WPARSIM_STORE: opts.store } : {}), ...opts.env };
  const r = spawnSync(process.execPath, [opts.cli ?? CLI, ...args], { input: opts.input ?? '', env, encoding: 'utf8', ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}) });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

test('the issue scenario: mkwpar, lswpar, startwpar -v, clogin, piped clogin, stop and remove, across runs', async (t) => {
  const s = await store();
  const mk = wparsim(['-c', 'mkwpar -n wpar1'], { store: s });
  t.is(mk.status, 0);
  t.true(mk.out.startsWith('mkwpar: Creating file systems...\n'));
  t.true(mk.out.endsWith('mkwpar: 0960-390 To start the workload partition, execute the following as root: startwpar [-v] wpar1\n'));
  t.is(
    wparsim(['-c', 'lswpar'], { store: s }).out,
    'Name   State  Type  Hostname  Directory     RootVG WPAR\n' + '---------------------------------------------------------\n' + 'wpar1  D      S     wpar1     /wpars/wpar1  no\n',
  );
  const start = wparsim(['-c', 'startwpar -v wpar1'], { store: s });
  t.is(start.status, 0);
  t.true(start.out.endsWith('Return Status = SUCCESS.\n'));
  t.regex(wparsim(['-c', 'lswpar -c -q'], { store: s }).out, /^wpar1:A:/);
  t.is(wparsim(['-c', 'clogin wpar1 uname -W'], { store: s }).out, '1\n');
  t.is(wparsim(['-c', 'uname -W'], { store: s }).out, '0\n');
  const piped = wparsim([], { store: s, input: 'clogin wpar1\nhostname\nuname -n\nexit\nuname -n\n' });
  t.is(piped.out, 'wpar1\nwpar1\naixlpar1\n');
  t.is(piped.status, 0);
  const end = wparsim(['-c', 'stopwpar -F wpar1; rmwpar wpar1; lswpar'], { store: s });
  t.is(end.status, 0);
  t.true(end.out.endsWith('rmlv: Logical volume fslv00 is removed.\n'));
  t.is(wparsim(['-c', 'lswpar'], { store: s }).out, '');
});

test('-c exits with the last status; unknown commands 127 on stderr; errors on stderr', async (t) => {
  const s = await store();
  t.is(wparsim(['-c', 'false'], { store: s }).status, 1);
  const r = wparsim(['-c', 'frobnicate'], { store: s });
  t.deepEqual([r.out, r.err, r.status], ['', 'ksh: frobnicate:  not found.\n', 127]);
  const e = wparsim(['-c', 'lswpar nosuch'], { store: s });
  t.deepEqual([e.out, e.err, e.status], ['', 'lswpar: 0960-419 Could not find a workload partition called nosuch.\n', 1]);
});

test('piped stdin: a syntax error is reported and the next line still runs; status of the last line', async (t) => {
  const s = await store();
  const r = wparsim([], { store: s, input: 'echo a; fi\necho next\nfalse\n' });
  t.is(r.err, "ksh: 0403-057 Syntax error at line 1 : `fi' is not expected.\n");
  t.is(r.out, 'next\n');
  t.is(r.status, 1);
  // An unclosed quote goes on to the end of the input (the lines after it are inside it), as in ksh.
  const open = wparsim([], { store: s, input: 'echo "open\necho next\nfalse\n' });
  t.is(open.err, 'ksh: 0403-057 Syntax error at line 1 : `"\' is not matched.\n');
  t.is(open.out, '');
});

test('piped stdin: a loop, an if and a here-document over several lines run whole, as ksh reads a script', async (t) => {
  const s = await store();
  const input = 'for w in a b\ndo\n  echo "w=$w"\ndone\nif true\nthen echo yes\nfi\ncat <<EOF\nhello $HOME\nEOF\necho "two\nlines"\n';
  const r = wparsim([], { store: s, input });
  t.is(r.out, 'w=a\nw=b\nyes\nhello /\ntwo\nlines\n');
  t.is(r.err, '');
  t.is(r.status, 0);
  const open = wparsim([], { store: s, input: 'if true\nthen echo never\n' });
  t.is(open.err, "ksh: 0403-057 Syntax error at line 1 : `if' is not matched.\n", 'input that ends inside an if is an error');
  t.is(open.status, 2);
});

test('a failed command does not write the store; a damaged store is reported, exit 3, file untouched', async (t) => {
  const s = await store();
  wparsim(['-c', 'mkwpar -n wpar1'], { store: s });
  const saved = await readFile(s, 'utf8');
  wparsim(['-c', 'mkwpar -n wpar1; startwpar nosuch'], { store: s });
  t.is(await readFile(s, 'utf8'), saved);
  await writeFile(s, '{"schemaVersion":1,"world":{');
  const r = wparsim(['-c', 'lswpar'], { store: s });
  t.is(r.status, 3);
  t.regex(r.err, /^wparsim: the store .*world\.json is not valid JSON\.\nIt was left as it is\. Run 'wparsim reset'/);
  t.is(await readFile(s, 'utf8'), '{"schemaVersion":1,"world":{');
});

test('reset: factory world again, the old store kept beside it', async (t) => {
  const s = await store();
  wparsim(['-c', 'mkwpar -n wpar1'], { store: s });
  const r = wparsim(['reset', '--store', s]);
  t.is(r.status, 0);
  t.regex(r.out, /is the factory world again; the old store is kept as .*world\.json\.bak-/);
  t.is(wparsim(['-c', 'lswpar'], { store: s }).out, '');
});

test('restore: lists the kept copies, puts one back (keeping the world it replaces), refuses what is not a store', async (t) => {
  const s = await store();
  t.is(wparsim(['restore'], { store: s }).out, `wparsim: no copies of ${s} are kept beside it.\n`);
  wparsim(['-c', 'mkwpar -n wpar1'], { store: s });
  const reset = wparsim(['reset'], { store: s });
  const copy = /kept as .*\/(world\.json\.bak-[^\s]+)\n/.exec(reset.out)![1]!;
  const listed = wparsim(['restore'], { store: s });
  t.is(listed.status, 0);
  t.is(listed.out, `Copies of ${s}, newest first:\n  ${copy}  before a reset\nwparsim restore NAME puts one back (the world it replaces is kept as a copy too).\n`);
  const r = wparsim(['restore', copy], { store: s });
  t.is(r.status, 0, r.err);
  t.regex(r.out, new RegExp(`^wparsim: the world of .*${copy} is back in ${s}; the world it replaced is kept as .*world\\.json\\.bak-before-restore-`));
  t.regex(wparsim(['-c', 'lswpar'], { store: s }).out, /^wpar1 +D /m);
  t.regex(wparsim(['restore'], { store: s }).out, /before a restore\n.*before a reset\n/s);
  // Not a store: said, nothing changes.
  const junk = join(s, '..', 'junk.json');
  await writeFile(junk, '{"hello": 1}');
  const bad = wparsim(['restore', junk], { store: s });
  t.is(bad.status, 1);
  t.is(bad.err, `wparsim: ${junk} is not a wparsim store (no schemaVersion); nothing was restored.\n`);
  t.is(wparsim(['restore', 'nosuch'], { store: s }).err, `wparsim: ${join(s, '..', 'nosuch')} is not a file; nothing was restored.\n`);
  t.regex(wparsim(['-c', 'lswpar'], { store: s }).out, /^wpar1 +D /m);
});

test('options before or after the subcommand; --help, --version, bad options', async (t) => {
  const s = await store();
  t.is(wparsim(['--store', s, '-c', 'hostname']).out, 'aixlpar1\n');
  t.is(wparsim(['-c', 'hostname', '--store', s]).out, 'aixlpar1\n');
  t.regex(wparsim(['--help']).out, /^Usage: wparsim/);
  t.regex(wparsim(['--version']).out, /^wparsim \d+\.\d+\.\d+\n$/);
  const bad = wparsim(['--frobnicate']);
  t.is(bad.status, 2);
  t.regex(bad.err, /^wparsim: Unknown option '--frobnicate'/);
  t.is(wparsim(['verify', 'x.session']).status, 2);
});

test('run replays a session file on a fresh world and prints the transcript with prompts', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wparsim-run-'));
  const file = join(dir, 'lesson.session');
  await writeFile(file, '## title: t\n$ mkwpar -s -n wpar1\n$ clogin wpar1\n$ uname -W\n$ exit\n$ uname -W\n');
  const s = await store();
  const r = wparsim(['run', file], { store: s });
  t.is(r.status, 0);
  const shown = r.out
    .split('\n')
    .filter((l) => l.includes(' # '))
    .join('\n');
  t.is(shown, 'Global aixlpar1:/ # mkwpar -s -n wpar1\nGlobal aixlpar1:/ # clogin wpar1\nwpar1 wpar1:/ # uname -W\nwpar1 wpar1:/ # exit\nGlobal aixlpar1:/ # uname -W');
  t.true(r.out.endsWith('Global aixlpar1:/ # uname -W\n0\n'));
  t.is(wparsim(['run', file], { store: s }).out, r.out, 'byte-identical on a second run');
  const bad = join(dir, 'bad.session');
  await writeFile(bad, 'stray output\n$ hostname\n');
  const b = wparsim(['run', bad]);
  t.is(b.status, 2);
  t.is(b.err, `wparsim: ${bad}:1: output before the first command ("$ ")\n`);
});

test('a store that cannot be read (no permission) is reported, exit 3', async (t) => {
  const s = await store();
  await writeFile(s, '{}');
  await chmod(s, 0o000);
  await chmod(join(s, '..'), 0o755);
  // As root every file is readable, so run wparsim as nobody (uid 65534) there, from a copy nobody can read.
  const r = wparsim(['-c', 'true'], { store: s, ...(process.getuid?.() === 0 ? { uid: 65534, cli: await publicCli() } : {}) });
  t.is(r.status, 3);
  t.regex(r.err, /world\.json cannot be read \(permission denied\)\./);
});

test('output into a pipe that closes early (| head) ends quietly, no stack trace', async (t) => {
  const s = await store();
  const input = 'mkwpar -n w1 2>/dev/null\nlswpar -L\n'.repeat(1) + 'lswpar -L\n'.repeat(3000);
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI], { env: { ...process.env, WPARSIM_STORE: s }, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.on('error', () => {});
  child.stdin.end(input);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  t.is(err, '');
  t.is(status, 141);
});
