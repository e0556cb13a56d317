// The verifier and the run/verify/export command lines, on temporary files.

import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { parseSession } from '../src/format/session-file.js';
import { verifySession } from '../src/replay/verify.js';

const tmp = () => mkdtemp(join(tmpdir(), 'wparsim-verify-'));
const wparsim = (args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { ...process.env, WPARSIM_STORE: join(tmpdir(), 'wparsim-verify-unused.json') } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};

const GOOD = '## title: g\n$ uname -W\n0\n$ mkwpar -n 0bad\nmkwpar: 0960-070 0bad is not a valid workload partition name.\n## exit: 1\n';

test('a matching file verifies; a deliberate mismatch names file, line and command, with a unified diff', (t) => {
  const ok = parseSession(GOOD);
  if (!ok.ok) return t.fail();
  t.deepEqual(verifySession('g.session', GOOD, ok.file), { kind: 'match' });
  const wrong = GOOD.replace('\n0\n', '\n7\n');
  const parsed = parseSession(wrong);
  if (!parsed.ok) return t.fail();
  const v = verifySession('g.session', wrong, parsed.file);
  if (v.kind !== 'mismatch') return t.fail();
  t.is(v.rendered, GOOD);
  t.is(
    v.report,
    [
      'g.session:3: the replay differs from the file (output of "$ uname -W", line 2)',
      'Index: g.session',
      '===================================================================',
      '--- g.session\texpected',
      '+++ g.session\tactual',
      '@@ -1,6 +1,6 @@',
      ' ## title: g',
      ' $ uname -W',
      '-7',
      '+0',
      ' $ mkwpar -n 0bad',
      ' mkwpar: 0960-070 0bad is not a valid workload partition name.',
      ' ## exit: 1',
      '',
    ].join('\n'),
  );
});

test('output missing from the file is named after the command that printed it, not the next one', (t) => {
  const text = '$ uname -W\n$ hostname\naixlpar1\n';
  const parsed = parseSession(text);
  if (!parsed.ok) return t.fail();
  const v = verifySession('m.session', text, parsed.file);
  if (v.kind !== 'mismatch') return t.fail();
  t.regex(v.report, /^m\.session:2: the replay differs from the file \(output of "\$ uname -W", line 1\)\n/);
  // Output the file has and the replay has not: the command that would have printed it.
  const extra = '$ uname -W\n0\nmore\n$ hostname\naixlpar1\n';
  const p2 = parseSession(extra);
  if (!p2.ok) return t.fail();
  const v2 = verifySession('x.session', extra, p2.file);
  if (v2.kind !== 'mismatch') return t.fail();
  t.regex(v2.report, /^x\.session:3: the replay differs from the file \(output of "\$ uname -W", line 1\)\n/);
});

test('expect-prompt checks where clogin took the learner; a wrong prompt is a mismatch', (t) => {
  const text = '$ mkwpar -s -n w1\n$ clogin w1\n## expect-prompt: w1 w1:/ #\n$ exit\n## expect-prompt: Global aixlpar1:/ #\n';
  const parsed = parseSession(text);
  if (!parsed.ok) return t.fail();
  const v = verifySession('p.session', text, parsed.file);
  // The mkwpar output is not in the file, so it differs, but the prompts are kept as written.
  if (v.kind !== 'mismatch') return t.fail();
  t.true(v.rendered.includes('## expect-prompt: w1 w1:/ #\n$ exit\n## expect-prompt: Global aixlpar1:/ #\n'));
  const wrong = v.rendered.replace('## expect-prompt: w1 w1:/ #', '## expect-prompt: Global aixlpar1:/ #');
  const again = parseSession(wrong);
  if (!again.ok) return t.fail();
  const w = verifySession('p.session', wrong, again.file);
  t.is(w.kind, 'mismatch');
  if (w.kind === 'mismatch') t.regex(w.report, /^-## expect-prompt: Global aixlpar1:\/ #\n\+## expect-prompt: w1 w1:\/ #$/m);
});

test('verify: exit 0 when all match, 1 on a mismatch, 2 on an invalid file; --update rewrites all but locked files', async (t) => {
  const dir = await tmp();
  await writeFile(join(dir, 'a.session'), GOOD);
  const ok = wparsim(['verify', dir]);
  t.deepEqual([ok.status, ok.out], [0, 'verify: 1 passed, 0 failed\n']);
  await writeFile(join(dir, 'b.session'), GOOD.replace('\n0\n', '\n9\n'));
  await writeFile(join(dir, 'c.session'), '## locked\n' + GOOD.replace('\n0\n', '\n9\n'));
  const bad = wparsim(['verify', dir]);
  t.is(bad.status, 1);
  t.regex(bad.out, /b\.session:3: the replay differs from the file \(output of "\$ uname -W", line 2\)\nIndex: .*b\.session\n={67}\n--- /);
  t.regex(bad.out, /verify: 1 passed, 2 failed\n$/);
  const up = wparsim(['verify', '--update', dir]);
  t.is(up.status, 1, 'the locked file still fails');
  t.regex(up.out, /wparsim: updated .*b\.session\n/);
  t.regex(up.out, /c\.session is locked; not updated/);
  t.is(await readFile(join(dir, 'b.session'), 'utf8'), GOOD);
  t.is((await readFile(join(dir, 'c.session'), 'utf8')).includes('\n9\n'), true);
  await writeFile(join(dir, 'd.session'), '$ true\n## exit: x\n');
  const invalid = wparsim(['verify', dir]);
  t.is(invalid.status, 2);
  t.regex(invalid.err, /d\.session:2: '## exit:' takes a status from 0 to 255, not 'x'\n/);
});

test('bad input to run and verify: one line with the file (and line), exit 2', async (t) => {
  const dir = await tmp();
  const empty = join(dir, 'empty');
  await mkdir(empty);
  const big = join(dir, 'big.session');
  await writeFile(big, '$ true\n');
  await truncate(big, 100 * 1024 * 1024);
  const binary = join(dir, 'bin.session');
  await writeFile(binary, Buffer.from([0x24, 0x20, 0x74, 0x0a, 0x00, 0xff]));
  const latin = join(dir, 'latin.session');
  await writeFile(latin, Buffer.from([0x24, 0x20, 0x65, 0x63, 0x68, 0x6f, 0x20, 0xe9, 0x0a]));
  const quote = join(dir, 'quote.session');
  await writeFile(quote, '## title: q\n$ echo "open\n');
  const fixture = join(dir, 'fixture.session');
  await writeFile(fixture, '## world: moon\n$ true\n');
  const cases: [string[], string][] = [
    [['run', join(dir, 'missing.session')], `wparsim: ${join(dir, 'missing.session')}: no such file\n`],
    [['verify', empty], `wparsim: ${empty}: no .session files in this directory\n`],
    [['run', big], `wparsim: ${big}: too large (104857600 bytes; a session file may have at most 10485760)\n`],
    [['run', binary], `wparsim: ${binary}:2: binary file (NUL byte), not a session file\n`],
    [['run', latin], `wparsim: ${latin}: not UTF-8 text, not a session file\n`],
    [['run', quote], `wparsim: ${quote}:2: unterminated " in the command\n`],
    [['run', fixture], `wparsim: ${fixture}:1: unknown world fixture 'moon' (known: factory, wpar1-defined, wpar1-active, two-wpars, private-wpar, three-wpars)\n`],
    [['run', dir], `wparsim: ${dir}: is a directory\n`],
    [['run', join(dir, 'x.session'), '--typing-speed', 'fast'], ''],
  ];
  for (const [args, err] of cases) {
    const r = wparsim(args);
    t.is(r.status, 2, args.join(' '));
    if (err) t.is(r.err, err, args.join(' '));
  }
  const speed = join(dir, 'ok.session');
  await writeFile(speed, '$ true\n');
  t.is(wparsim(['run', speed, '--record', join(dir, 'o.cast'), '--typing-speed', 'fast']).err, "wparsim: --typing-speed takes a number from 0.01 to 1000, not 'fast'\n");
  t.is(wparsim(['run', speed, '--record', join(dir, 'o.cast'), '--typing-speed', '1e-308']).status, 2, 'a speed that makes times overflow');
  t.is(wparsim(['run', speed, '--record', join(dir, 'o.cast'), '--width', '100000']).err, "wparsim: --width takes a whole number from 1 to 500, not '100000'\n");
  const unwritable = wparsim(['run', speed, '--record', join(dir, 'no', 'such', 'dir.cast')]);
  t.is(unwritable.status, 2);
  t.regex(unwritable.err, /cannot write the recording \(ENOENT\)/);
});

test('a shared session file cannot drive the terminal through run or verify: control characters are made visible', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wparsim-osc-'));
  const file = join(dir, 'osc.session');
  await writeFile(file, '## title: t\n$ echo "\x1b]0;pwned\x07"\nnot what it prints \x1b]52;c;aGk=\x07\n');
  const run = wparsim(['run', file]);
  t.is(run.status, 0);
  t.false(/[\x1b\x07]/.test(run.out), JSON.stringify(run.out));
  t.true(run.out.includes('echo "^[]0;pwned^G"'));
  const verify = wparsim(['verify', file]);
  t.is(verify.status, 1);
  t.false(/[\x1b\x07]/.test(verify.out + verify.err), JSON.stringify(verify.out));
  t.true(verify.out.includes('not what it prints ^[]52;c;aGk=^G'));
});
