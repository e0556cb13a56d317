// ksh: the Korn shell as a command: ksh -c, ksh script [args], commands
// piped in (commands/lib/shell-invocation.ts).

import { shellCommand } from './lib/shell-invocation.js';

export const ksh = shellCommand('ksh', 'Run the Korn shell on commands or a script (-c)');
