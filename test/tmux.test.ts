// The interactive shell as a person uses it: the built wparsim in a real
// terminal (tmux), keys sent with send-keys, the screen read with
// capture-pane, at 80x24 and 200x50. .ci/run installs tmux when it is missing;
// without it these tests are skipped with a message saying so.

import { readFile } from 'node:fs/promises';
import test from 'ava';
import { HAS_TMUX, terminal } from './terminal.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const [width, height] of [
  [80, 24],
  [200, 50],
] as const) {
  const title = `a learner's session in a ${width}x${height} terminal`;
  if (!HAS_TMUX) {
    test.skip(`${title} (SKIPPED: tmux is not installed; .ci/run installs it with apt-get)`, () => {});
    continue;
  }
  test.serial(title, async (t) => {
    const term = await terminal(width, height);
    try {
      await term.waitFor('Welcome to AIX Version 7.3!');
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('mkwpar -n wpar1', 'Enter');
      t.regex(await term.waitFor(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] mkwpar -n wpar1/), /on a real system; Ctrl-C stops it\)$/, 'a progress line while it runs');
      await term.waitFor(/Workload partition wpar1 created successfully\.[\s\S]*Global aixlpar1:\/ #$/);
      term.keys('startwpar wp', 'Tab');
      await term.waitFor(/# startwpar wpar1$/);
      term.keys('Enter');
      await term.waitFor(/Verifying workload partition startup\.\nGlobal aixlpar1:\/ #$/);
      term.keys('clogin wpar1', 'Enter');
      await term.waitFor(/wpar1 wpar1:\/ #$/);
      term.keys('uname -W', 'Enter');
      await term.waitFor(/uname -W\n1\nwpar1 wpar1:\/ #$/);
      term.keys('typing something', 'C-c');
      await term.waitFor(/typing something\^C\nwpar1 wpar1:\/ #$/);
      term.keys('Up');
      await term.waitFor(/wpar1 wpar1:\/ # uname -W$/);
      term.keys('C-u', 'C-d');
      await term.waitFor(/wpar1 wpar1:\/ # exit\nGlobal aixlpar1:\/ #$/);
      term.keys('lswpar', 'Enter');
      const listed = await term.waitFor(/wpar1  A      S     wpar1     \/wpars\/wpar1  no\nGlobal aixlpar1:\/ #$/);
      t.false(
        listed.split('\n').some((l) => l.length > width),
        'nothing wider than the terminal',
      );
      term.resize(60, 20);
      term.keys('hostname', 'Enter');
      await term.waitFor(/# hostname\naixlpar1\nGlobal aixlpar1:\/ #$/);
      term.keys('C-d');
      t.regex(await term.waitFor('EXIT='), /EXIT=0$/);
    } finally {
      term.close();
    }
  });
}

if (HAS_TMUX) {
  test.serial("two shells on one store: each sees the other's changes and is told so", async (t) => {
    const a = await terminal(100, 24);
    const b = await terminal(100, 24, '', a.store);
    try {
      await a.waitFor(/Global aixlpar1:\/ #$/);
      await b.waitFor(/Global aixlpar1:\/ #$/);
      // A person takes a moment between the two windows; the save after a command is not instant.
      const saved = async (name: string) => {
        for (let i = 0; i < 200 && !(await readFile(a.store, 'utf8').catch(() => '')).includes(`"name":"${name}"`); i++) await pause(50);
      };
      a.keys('mkwpar -n a1 >/dev/null 2>&1', 'Enter');
      await a.waitFor(/2>&1\nGlobal aixlpar1:\/ #$/);
      await saved('a1');
      b.keys('lswpar -c -q', 'Enter');
      const seen = await b.waitFor(/a1:D:S:a1:\/wpars\/a1:no\nGlobal aixlpar1:\/ #$/);
      t.true(seen.includes('wparsim: another wparsim changed the world in'), seen);
      b.keys('mkwpar -n b1 >/dev/null 2>&1', 'Enter');
      await b.waitFor(/b1 >\/dev\/null 2>&1\nGlobal aixlpar1:\/ #$/);
      await saved('b1');
      a.keys('lswpar -c -q', 'Enter');
      await a.waitFor(/a1:D:S:a1:\/wpars\/a1:no\nb1:D:S:b1:\/wpars\/b1:no\nGlobal aixlpar1:\/ #$/);
      // While a's startwpar plays its output, b sees a1 Transitional; after it, Active.
      a.keys('startwpar a1', 'Enter');
      await a.waitFor(/Starting workload partition a1\./);
      b.keys('lswpar -c -q -a name,state a1', 'Enter');
      await b.waitFor(/\na1:T\nGlobal aixlpar1:\/ #$/);
      await a.waitFor(/Verifying workload partition startup\.\nGlobal aixlpar1:\/ #$/);
      for (let i = 0; i < 200 && !(await readFile(a.store, 'utf8')).includes('"state":"A"'); i++) await pause(50);
      b.keys('lswpar -c -q -a name,state a1', 'Enter');
      await b.waitFor(/\na1:A\nGlobal aixlpar1:\/ #$/);
      t.pass();
    } finally {
      a.close();
      b.close();
    }
  });
}

if (HAS_TMUX) {
  test.serial('a learner does a lesson in the terminal: the task, check, hint, the status line, the pass', async (t) => {
    const term = await terminal(80, 24, 'lesson 05-give-a-disk');
    try {
      await term.waitFor(/Lesson 05-give-a-disk: Give a running WPAR a disk\n\nwpar1 is running\. Give it the disk hdisk2/);
      await term.waitFor(/lesson 05-give-a-disk: 0 of 3 done \(check, hint, solution, lesson reset\)\nGlobal aixlpar1:\/ #$/);
      term.keys('hint', 'Enter');
      // Ink folds a long line at a word boundary.
      await term.waitFor(
        /# hint\nHint for "hdisk2 is Exported in the global environment": chwpar -D\ndevname=hdisk2 wpar1 gives the disk to the WPAR\. lsdev -x -l hdisk2 shows\nExported in the global environment\.\nlesson 05-give-a-disk: 0 of 3 done/,
      );
      term.keys('chwpar -D devname=hdisk2 wpar1', 'Enter');
      await term.waitFor(/# chwpar -D devname=hdisk2 wpar1\nlesson: done: hdisk2 is Exported in the global environment\nlesson 05-give-a-disk: 1 of 3 done/);
      term.keys('clogin wpar1', 'Enter');
      await term.waitFor(/wpar1 wpar1:\/ #$/);
      term.keys('check', 'Enter');
      const checked = await term.waitFor(/1 of 3 done\.\nlesson 05-give-a-disk: 1 of 3 done \(check, hint, solution, lesson reset\)\nwpar1 wpar1:\/ #$/);
      t.regex(checked, /  \[done\]    hdisk2 is Exported in the global environment\n  \[not yet\] hdisk2 is Available inside wpar1\n  \[not yet\] lspv was run inside wpar1 and showed "hdisk2"\n/);
      term.keys('cfgmgr', 'Enter');
      await term.waitFor(/# cfgmgr\nlesson: done: hdisk2 is Available inside wpar1\n/);
      term.keys('lspv', 'Enter');
      await term.waitFor(
        /hdisk2 +none +None\nlesson: done: lspv was run inside wpar1 and showed "hdisk2"\nlesson: 05-give-a-disk passed: all 3 checks are done \(attempt 1, \d+ s\)\.\s+Type\s+lessons for the next one\.\nlesson 05-give-a-disk: passed\. Type lessons for the next one\.\nwpar1 wpar1:\/ #$/,
      );
      term.keys('C-d', 'C-d');
      t.regex(await term.waitFor('EXIT='), /EXIT=0$/);
      // The progress was saved: a new shell's report says passed.
      const { spawnSync } = await import('node:child_process');
      const report = spawnSync(process.execPath, ['dist/cli.cjs', 'lessons', '--report'], { env: { ...process.env, WPARSIM_STORE: term.store }, encoding: 'utf8' });
      t.regex(report.stdout, /^05-give-a-disk +yes +1 +\d+ s +1 +no$/m);
    } finally {
      term.close();
    }
  });
}

if (HAS_TMUX) {
  test.serial('a command left open goes on at the "> " prompt (PS2); Ctrl-C there drops it; Up recalls it whole', async (t) => {
    const term = await terminal(100, 30);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('for w in a b', 'Enter');
      await term.waitFor(/# for w in a b\n>$/);
      term.keys('do echo "w=$w"', 'Enter');
      await term.waitFor(/\n> do echo "w=\$w"\n>$/);
      term.keys('done', 'Enter');
      await term.waitFor(/\n> done\nw=a\nw=b\nGlobal aixlpar1:\/ #$/);
      term.keys('cat <<EOF', 'Enter', 'hello $HOME', 'Enter', 'EOF', 'Enter');
      await term.waitFor(/# cat <<EOF\n> hello \$HOME\n> EOF\nhello \/\nGlobal aixlpar1:\/ #$/);
      term.keys('if true', 'Enter', 'then', 'C-c');
      await term.waitFor(/# if true\n> then\^C\nGlobal aixlpar1:\/ #$/);
      term.keys('Up');
      await term.waitFor(/# cat <<EOF\nhello \$HOME\nEOF$/);
      term.keys('Up');
      await term.waitFor(/# for w in a b\ndo echo "w=\$w"\ndone$/);
      term.keys('C-u', 'C-d');
      t.regex(await term.waitFor('EXIT='), /EXIT=0$/);
    } finally {
      term.close();
    }
  });
}

if (HAS_TMUX) {
  test.serial('a narrower terminal with a half-typed line: the line once, rewrapped, no stale copy above it', async (t) => {
    const term = await terminal(100, 24);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      const typed = 'echo a fairly long half typed line that the terminal wraps when it is narrow';
      term.keys(typed);
      await term.waitFor('when it is narrow');
      for (const width of [50, 32]) {
        term.resize(width, 24);
        // Ink draws the line again at the new width: wait until the last row is the end of the line.
        const s = await term.waitFor(/is narrow ?$/);
        const joined = s.replace(/\n/g, '');
        t.is(joined.split('Global aixlpar1:/ #').length - 1, 1, `one prompt on the screen at ${width} columns:\n${s}`);
        t.is(joined.split('half typed').length - 1, 1, `the line once at ${width} columns:\n${s}`);
      }
      term.resize(100, 24);
      await term.waitFor(/# echo a fairly long half typed line that the terminal wraps when it is narrow ?$/);
      // tmux rewraps what is on the screen at once; Ink learns the new width a little later (SIGWINCH), and wraps what it prints by it.
      await pause(400);
      term.keys('Enter');
      await term.waitFor(/^a fairly long half typed line that the terminal wraps when it is narrow\nGlobal aixlpar1:\/ #$/m);
      t.pass();
    } finally {
      term.close();
    }
  });
}

if (HAS_TMUX) {
  test.serial('a password asked at the prompt is not shown, not kept in the history, and Ctrl-C gives the question up', async (t) => {
    const term = await terminal(100, 30);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('echo "192.168.10.31 wpar1" >> /etc/hosts; mkwpar -s -n wpar1 >/dev/null 2>&1; clogin wpar1 mkuser bob', 'Enter');
      await term.waitFor(/mkuser bob\nGlobal aixlpar1:\/ #$/);
      term.keys('ssh bob@wpar1', 'Enter');
      await term.waitFor(/ssh bob@wpar1\nbob@wpar1's password:$/);
      term.keys('s3cret');
      await pause(200);
      t.false((await term.waitFor(/password:$/)).includes('s3cret'), 'what is typed is not on the screen');
      term.keys('Enter');
      await term.waitFor(/bob@wpar1's password:\n[\s\S]*wpar1 wpar1:\/home\/bob \$$/);
      term.keys('whoami', 'Enter');
      await term.waitFor(/whoami\nbob\nwpar1 wpar1:\/home\/bob \$$/);
      term.keys('exit', 'Enter');
      await term.waitFor(/exit\nGlobal aixlpar1:\/ #$/);
      term.keys('Up');
      await term.waitFor(/Global aixlpar1:\/ # exit$/);
      term.keys('Up');
      await term.waitFor(/Global aixlpar1:\/ # whoami$/);
      term.keys('Up');
      await term.waitFor(/Global aixlpar1:\/ # ssh bob@wpar1$/, 5000);
      term.keys('Enter');
      await term.waitFor(/password:$/);
      term.keys('C-c');
      await term.waitFor(/password: \^C\nGlobal aixlpar1:\/ #$/);
      t.false((await term.waitFor(/#$/)).includes('s3cret'));
    } finally {
      term.close();
    }
  });
}
