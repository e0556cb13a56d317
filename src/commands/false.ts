// false: does nothing, unsuccessfully (status 1).

import type { Command } from './lib/types.js';

export const falseCmd: Command = { name: 'false', scope: 'any', summary: 'Return a non-zero exit status', run: () => ({ out: [], status: 1 }) };
