// A line that never looks at Ctrl-C (only a bug in wparsim could make one):
// the key reader's last resort must end the program within a second of the
// key, the terminal given back. Run by test/interrupt.test.ts in tmux.

import { startKeyReader } from '../../src/ui/key-reader.js';

const keys = startKeyReader();
process.stdout.write('stuck> ');
setTimeout(() => {
  keys.interrupter.arm();
  process.stdout.write('computing\n');
  for (;;) {
    // never asks keys.interrupter.pressed()
  }
}, 200);
