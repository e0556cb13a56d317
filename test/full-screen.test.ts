// vi and more in a real terminal (tmux), as a person uses them: vi takes the
// screen, :wq writes into the world and gives the scrollback back; a read-only
// file refuses the write with a message and vi stays; more pages with Space
// and q and the prompt comes back under the text.

import { spawnSync } from 'node:child_process';
import test from 'ava';
import { HAS_TMUX, terminal } from './terminal.js';

if (!HAS_TMUX) {
  test.skip('vi and more in a terminal (SKIPPED: tmux is not installed; .ci/run installs it with apt-get)', () => {});
} else {
  test.serial('vi edits /etc/hosts on the alternate screen and :wq saves it; the scrollback comes back', async (t) => {
    const term = await terminal(80, 24);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('echo before-vi', 'Enter');
      await term.waitFor(/^before-vi$/m);
      term.keys('vi /etc/hosts', 'Enter');
      const opened = await term.waitFor(/"\/etc\/hosts" 3 lines, \d+ characters$/);
      t.notRegex(opened, /before-vi/, 'vi has the whole screen');
      t.regex(opened, /^~$/m);
      term.keys('G', 'o', '10.0.0.5 web1', 'Escape', ':wq', 'Enter');
      const back = await term.waitFor(/# vi \/etc\/hosts\nGlobal aixlpar1:\/ #$/);
      t.regex(back, /before-vi/, 'the scrollback is as it was');
      term.keys('tail -1 /etc/hosts', 'Enter');
      await term.waitFor(/^10\.0\.0\.5 web1\nGlobal aixlpar1:\/ #$/m);
      // The store has it: another wparsim on the same store reads the line vi wrote.
      const other = spawnSync(process.execPath, ['dist/cli.cjs', '--store', term.store, '-c', 'tail -1 /etc/hosts'], { encoding: 'utf8' });
      t.is(other.stdout, '10.0.0.5 web1\n');
      // Inside a WPAR the shared /usr is read-only: the write is refused and vi stays open.
      term.keys('mkwpar -n w1 >/dev/null 2>&1; startwpar w1 >/dev/null 2>&1; clogin w1', 'Enter');
      await term.waitFor(/w1:\/ #$/, 30000);
      term.keys('vi /usr/lib/notes', 'Enter');
      await term.waitFor('"/usr/lib/notes" [New file]');
      term.keys('i', 'hello', 'Escape', ':w', 'Enter');
      await term.waitFor('"/usr/lib/notes" The file system has read permission only.');
      term.keys(':q', 'Enter');
      await term.waitFor('No write since last change (:quit! overrides)');
      term.keys(':q!', 'Enter');
      await term.waitFor(/# vi \/usr\/lib\/notes\n.*w1:\/ #$/);
      // Ended by SIGTERM while vi has the screen: the terminal gets its normal screen back.
      term.keys('vi /etc/motd', 'Enter');
      await term.waitFor('"/etc/motd"');
      t.true(term.alternate());
      term.signal('SIGTERM');
      const ended = await term.waitFor(/EXIT=143$/);
      t.false(term.alternate(), 'the normal screen is back');
      t.regex(ended, /# vi \/etc\/motd\n/);
    } finally {
      term.close();
    }
  });

  test.serial('man pages through more: --More--, Space, q, and the prompt under the text', async (t) => {
    const term = await terminal(80, 12);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('man mkwpar', 'Enter');
      const first = await term.waitFor(/--More--\(\d+%\)$/);
      t.regex(first, /^mkwpar Command$/m);
      t.is(first.split('\n').length, 11, 'a screenful: 10 lines and the prompt, above the line Ink keeps for its cursor');
      term.keys('Space');
      await term.waitFor(/--More--\(\d+%\)$/);
      term.keys('q');
      const done = await term.waitFor(/\nGlobal aixlpar1:\/ #$/);
      t.notRegex(done, /--More--/);
      term.keys('man mkwpar | wc -l', 'Enter');
      await term.waitFor(/^\s+\d+\nGlobal aixlpar1:\/ #$/m);
    } finally {
      term.close();
    }
  });

  test.serial('set -o vi: Esc, r, k and C edit the line as in ksh; set -o emacs goes back', async (t) => {
    const term = await terminal(80, 24);
    try {
      await term.waitFor(/Global aixlpar1:\/ #$/);
      term.keys('set -o vi', 'Enter');
      await term.waitFor(/# set -o vi\nGlobal aixlpar1:\/ #$/);
      term.keys('echo hellp');
      term.keys('Escape');
      term.keys('ro');
      term.keys('Enter');
      await term.waitFor(/^hello\nGlobal aixlpar1:\/ #$/m);
      term.keys('Escape');
      term.keys('k');
      await term.waitFor(/# echo hello$/);
      term.keys('0', 'w', 'C', 'bye', 'Enter');
      await term.waitFor(/^bye\nGlobal aixlpar1:\/ #$/m);
      term.keys('set -o emacs; set -o | grep -E "^(vi|emacs) "', 'Enter');
      const screen = await term.waitFor(/emacs +on\nvi +off\nGlobal aixlpar1:\/ #$/);
      t.regex(screen, /# echo bye\n/, 'the recalled line, changed, is what ran');
      // Ctrl-D at the prompt ends the login shell as exit does: its EXIT trap runs.
      term.keys("trap 'echo trap at exit' EXIT", 'Enter');
      await term.waitFor(/EXIT\nGlobal aixlpar1:\/ #$/);
      term.keys('C-d');
      t.regex(await term.waitFor('EXIT='), /trap at exit\n(.*\n)*EXIT=0$/);
    } finally {
      term.close();
    }
  });
}
