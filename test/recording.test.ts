// Recordings as users make and play them: `run --record` checked with the real
// asciinema client, `--record` of an interactive session through a pty
// (script(1)), and `export` through @xterm/headless.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { readCast } from '../src/record/cast.js';
import { HAS_TMUX, terminal } from './terminal.js';

const tmp = () => mkdtemp(join(tmpdir(), 'wparsim-rec-'));
const LESSON = '## title: First WPAR\n## source: wpar-guide "Simple WPAR creation"\n$ mkwpar -s -n wpar1\n$ clogin wpar1\n$ uname -W\n$ exit\n$ lswpar\n';

function wparsim(args: string[], store: string) {
  return spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { ...process.env, WPARSIM_STORE: store } });
}

function hasAsciinema(): boolean {
  return spawnSync('asciinema', ['--version'], { encoding: 'utf8' }).status === 0;
}

test('run --record writes a cast that the real asciinema client plays as the transcript', async (t) => {
  t.true(hasAsciinema(), 'asciinema is needed for this test: .ci/run installs it (apt-get install asciinema)');
  const dir = await tmp();
  await writeFile(join(dir, 'l.session'), LESSON);
  const r = wparsim(['run', join(dir, 'l.session'), '--record', join(dir, 'l.cast')], join(dir, 'w.json'));
  t.is(r.status, 0);
  const cast = await readFile(join(dir, 'l.cast'), 'utf8');
  const read = readCast(cast);
  t.true(read.ok);
  // asciinema 2.2's cat opens /dev/tty, so give it one with script(1).
  const played = execFileSync('script', ['-qec', `asciinema cat ${join(dir, 'l.cast')}`, '/dev/null'], { encoding: 'utf8' });
  t.is(played.replace(/\r/g, ''), r.stdout + 'Global aixlpar1:/ # ');
  t.is(wparsim(['run', join(dir, 'l.session'), '--record', join(dir, 'again.cast')], join(dir, 'w.json')).status, 0);
  t.is(await readFile(join(dir, 'again.cast'), 'utf8'), cast, 'byte-identical on every run');
});

test('export --txt gives the final text; --svg a still of the final screen', async (t) => {
  const dir = await tmp();
  await writeFile(join(dir, 'l.session'), LESSON);
  wparsim(['run', join(dir, 'l.session'), '--record', join(dir, 'l.cast'), '--height', '12'], join(dir, 'w.json'));
  const txt = wparsim(['export', join(dir, 'l.cast'), '--txt'], join(dir, 'w.json'));
  t.is(txt.status, 0);
  const transcript = wparsim(['run', join(dir, 'l.session')], join(dir, 'w.json')).stdout;
  t.is(txt.stdout, transcript + 'Global aixlpar1:/ #\n');
  t.is(wparsim(['export', join(dir, 'l.cast'), '--svg', join(dir, 'l.svg')], join(dir, 'w.json')).status, 0);
  const svg = await readFile(join(dir, 'l.svg'), 'utf8');
  t.regex(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="860" height="224"/);
  t.true(svg.includes('>wpar1  A      S     wpar1     /wpars/wpar1  no</text>'));
  t.false(svg.includes('Welcome to AIX'), 'only the final screen (12 rows), not the scrollback');
  t.regex(svg, /<rect x="[\d.]+" y="\d+" width="8\.4" height="17" fill="#d4d4d4" opacity="0\.7"\/>/, 'the cursor');
});

test('export renders colours and cursor moves through a real terminal emulator', async (t) => {
  const dir = await tmp();
  const cast = join(dir, 'c.cast');
  await writeFile(
    cast,
    [
      '{"version":2,"width":20,"height":3,"timestamp":0,"env":{"SHELL":"/usr/bin/ksh","TERM":"xterm"}}',
      '[0.1,"o","old text\\r\\n\\u001b[1;32mGlobal\\u001b[0m x"]',
      '[0.2,"o","\\u001b[H\\u001b[2JAB\\u001b[1;1HZ"]',
    ].join('\n') + '\n',
  );
  t.is(wparsim(['export', cast, '--txt'], join(dir, 'w.json')).stdout, 'ZB\n');
  await writeFile(cast, '{"version":2,"width":20,"height":3,"timestamp":0,"env":{"SHELL":"/usr/bin/ksh","TERM":"xterm"}}\n[0.1,"o","\\u001b[1;32mGlobal\\u001b[0m x"]\n');
  wparsim(['export', cast, '--svg', join(dir, 'c.svg')], join(dir, 'w.json'));
  const svg = await readFile(join(dir, 'c.svg'), 'utf8');
  t.true(svg.includes('fill="#0dbc79" font-weight="bold">Global</text>'));
  t.true(svg.includes('fill="#d4d4d4"> x</text>'));
  const bad = wparsim(['export', join(dir, 'nosuch.cast'), '--txt'], join(dir, 'w.json'));
  t.deepEqual([bad.status, bad.stderr], [2, `wparsim: ${join(dir, 'nosuch.cast')}: no such file\n`]);
  await writeFile(join(dir, 'broken.cast'), '{"version":2,"width":20,"height":3}\n[2,"o","a"]\n[1,"o","b"]\n');
  const broken = wparsim(['export', join(dir, 'broken.cast'), '--txt'], join(dir, 'w.json'));
  t.deepEqual([broken.status, broken.stderr], [2, `wparsim: ${join(dir, 'broken.cast')}:3: event times go backwards\n`]);
  t.is(wparsim(['export', cast], join(dir, 'w.json')).status, 2);
});

const liveTitle = '--record of an interactive session, typed into a real terminal';
if (HAS_TMUX) {
  test(liveTitle, async (t) => {
    const dir = await tmp();
    const out = join(dir, 'live.cast');
    const term = await terminal(100, 30, `--record ${out}`);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('hostname', 'Enter');
      await term.waitFor(/aixlpar1\nGlobal aixlpar1:\/ #$/);
      term.keys('uname -W', 'Enter');
      await term.waitFor(/0\nGlobal aixlpar1:\/ #$/);
      term.keys('exit', 'Enter');
      await term.waitFor('EXIT=0');
    } finally {
      term.close();
    }
    const read = readCast(await readFile(out, 'utf8'));
    if (!read.ok) return t.fail(read.message);
    t.is(
      read.cast.events
        .filter((e) => e[1] === 'i')
        .map((e) => e[2])
        .join(''),
      'hostname\runame -W\rexit\r',
    );
    t.deepEqual([read.cast.header.width, read.cast.header.height], [100, 30]);
    const txt = wparsim(['export', out, '--txt'], join(dir, 'w.json')).stdout;
    t.true(txt.includes('Welcome to AIX Version 7.3!'));
    t.true(txt.endsWith('Global aixlpar1:/ # hostname\naixlpar1\nGlobal aixlpar1:/ # uname -W\n0\nGlobal aixlpar1:/ # exit\n'));
  });
} else {
  test.skip(`${liveTitle} (SKIPPED: tmux is not installed; .ci/run installs it with apt-get)`, () => {});
}
