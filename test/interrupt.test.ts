// Ctrl-C stops a line while it computes, in a real terminal (tmux): the
// engine runs on the main thread and a worker reads the keys
// (ui/key-reader.ts). The line is undone and the shell goes on; a line that
// never stops (a bug) ends the program instead of freezing the terminal.
// How fast Ctrl-C takes effect is measured by scripts/bench-ui.mjs.

import test from 'ava';
import { until } from './helpers.js';
import { HAS_TMUX, terminal } from './terminal.js';

/** A line that computes for seconds: A grows to 16 MB, then grep reads it five times over (a match that never succeeds). */
const SLOW = `A=xy; ${Array.from({ length: 23 }, () => 'A=$A$A').join('; ')}; ${Array.from({ length: 5 }, () => "echo $A | grep -c -E '(x|y)*z'").join('; ')}`;

if (!HAS_TMUX) {
  test.skip('Ctrl-C in a terminal (SKIPPED: tmux is not installed; .ci/run installs it with apt-get)', () => {});
} else {
  test.serial('Ctrl-C stops a line that computes; the line is undone and the shell goes on', async (t) => {
    const term = await terminal(200, 50);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('mkdir /tmp/kept', 'Enter');
      await term.waitFor(/# mkdir \/tmp\/kept\nGlobal aixlpar1:\/ #$/);
      term.keys(`mkdir /tmp/undone; ${SLOW}`);
      await term.waitFor(/\(x\|y\)\*z'$/);
      // Ctrl-C once the line has computed for a while (its CPU time shows it), well before it could end.
      const idle = term.cpuMs();
      term.keys('Enter');
      await until(() => term.cpuMs() > idle + 300, 'the line computes');
      term.keys('C-c');
      const screen = await term.waitFor(/\n\^C\nGlobal aixlpar1:\/ #$/);
      t.false(/^0$/m.test(screen), 'no grep ran to its end');
      term.keys('echo "status $? A=[$A]"; ls /tmp', 'Enter');
      const after = await term.waitFor(/status 130 A=\[\]\n[\s\S]*Global aixlpar1:\/ #$/);
      t.regex(after, /kept/, 'the line before it stays done');
      t.notRegex(after.split('status 130')[1]!, /undone/, 'the interrupted line is undone, all of it');
      // A loop that never ends by itself (issue 17): Ctrl-C stops it too.
      term.keys('clear', 'Enter');
      await term.waitFor(/^Global aixlpar1:\/ #$/);
      const before = term.cpuMs();
      term.keys('i=0; while :; do (( i += 1 )); done', 'Enter');
      await until(() => term.cpuMs() > before + 300, 'the loop runs');
      term.keys('C-c');
      await term.waitFor(/done\n\^C\nGlobal aixlpar1:\/ #$/);
      term.keys('echo "status $? i=[$i]"', 'Enter');
      await term.waitFor(/status 130 i=\[\]\nGlobal aixlpar1:\/ #$/);
      term.keys('C-d');
      t.regex(await term.waitFor('EXIT='), /EXIT=0$/);
    } finally {
      term.close();
    }
  });

  test.serial('a line that never stops at Ctrl-C ends the program within a second, the terminal given back', async (t) => {
    const term = await terminal(200, 20, '', undefined, `${process.execPath} --import tsx test/programs/stuck-line.ts`);
    try {
      await term.waitFor('computing');
      term.keys('C-c');
      const screen = await term.waitFor('EXIT=', 5000);
      t.regex(screen, /wparsim: the command did not stop at Ctrl-C, so wparsim ended\. Your world is as it was before that command\./);
      t.regex(screen, /EXIT=143$/, 'ended by SIGTERM, which restores the terminal');
    } finally {
      term.close();
    }
  });
}
