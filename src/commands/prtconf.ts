// prtconf: the system configuration (lib/prtconf.ts, shared with lsconf).

import { prtconfCommand } from './lib/prtconf.js';

export const prtconf = prtconfCommand('prtconf');
