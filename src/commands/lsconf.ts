// lsconf: the system configuration, as prtconf prints it (lib/prtconf.ts).

import { prtconfCommand } from './lib/prtconf.js';

export const lsconf = prtconfCommand('lsconf');
