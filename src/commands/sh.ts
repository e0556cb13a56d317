// sh: on AIX the standard shell is the Korn shell (/usr/bin/sh is ksh), so
// sh runs as ksh does (commands/lib/shell-invocation.ts).

import { shellCommand } from './lib/shell-invocation.js';

export const sh = shellCommand('sh', 'Run the standard shell (the Korn shell) on commands or a script (-c)');
